#include "api/jsonskim.h"

#include <QVarLengthArray>
#include <QtAlgorithms>
#include <algorithm>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

const char *skipSpace(const char *p, const char *end)
{
    while (p < end && isSpace(*p))
        ++p;
    return p;
}

// p is just past an opening quote; returns just past the closing one, or nullptr.
const char *skipStringBody(const char *p, const char *end)
{
    while (p < end) {
        // Strings are most of a PokeAPI document: jump to the next quote or backslash.
        const char *quote = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
        if (!quote)
            return nullptr;
        const char *slash = static_cast<const char *>(std::memchr(p, '\\', size_t(quote - p)));
        if (!slash)
            return quote + 1;
        p = slash + 2; // the escaped character, whatever it is
    }
    return nullptr;
}

// Where a container (an object or an array, its brackets not matched by kind) that opens at
// or after p ends: the state of the scan, byte by byte or 64 bytes at a time.
struct ContainerScan
{
    qint64 depth = 0;
    bool inString = false;
    bool escaped = false; // the byte before was a backslash inside a string

    // Scans [p, end) a byte at a time; returns just past the closing bracket, or nullptr if
    // the container has not ended by `end`.
    const char *bytes(const char *p, const char *end)
    {
        for (; p < end; ++p) {
            const char c = *p;
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return p + 1;
            }
        }
        return nullptr;
    }

#if defined(__SSE2__)
    // The 64 bytes at p, and which of them are a given byte.
    struct Block
    {
        __m128i chunks[4];

        explicit Block(const char *p)
        {
            for (int i = 0; i < 4; ++i)
                chunks[i] = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * i));
        }
        quint64 mask(char c) const
        {
            const __m128i wanted = _mm_set1_epi8(c);
            const auto lanes = [&wanted](__m128i chunk) {
                return quint64(quint32(_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, wanted))));
            };
            return lanes(chunks[0]) | lanes(chunks[1]) << 16 | lanes(chunks[2]) << 32
                | lanes(chunks[3]) << 48;
        }
    };

    // Bit i set when an odd number of bits at or below i are: which bytes are inside a string
    // (an opening quote counts as inside, a closing one as outside).
    static quint64 prefixXor(quint64 bits)
    {
        bits ^= bits << 1;
        bits ^= bits << 2;
        bits ^= bits << 4;
        bits ^= bits << 8;
        bits ^= bits << 16;
        bits ^= bits << 32;
        return bits;
    }

    // Counts bits without a call: x86-64's baseline has no popcnt instruction.
    static qint64 bitCount(quint64 bits)
    {
        bits -= (bits >> 1) & 0x5555555555555555ULL;
        bits = (bits & 0x3333333333333333ULL) + ((bits >> 2) & 0x3333333333333333ULL);
        bits = (bits + (bits >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
        return qint64((bits * 0x0101010101010101ULL) >> 56);
    }

    // Scans the 64 bytes at p; returns just past the closing bracket, or nullptr if the
    // container goes on. A block with a backslash is scanned byte by byte: PokeAPI's
    // Pokémon documents have next to none.
    const char *block(const char *p)
    {
        const Block bytesAt(p);
        if (escaped || bytesAt.mask('\\') != 0)
            return bytes(p, p + 64);
        const quint64 strings = prefixXor(bytesAt.mask('"')) ^ (inString ? ~quint64(0) : 0);
        inString = (strings >> 63) != 0;
        const quint64 opens = (bytesAt.mask('{') | bytesAt.mask('[')) & ~strings;
        const quint64 closes = (bytesAt.mask('}') | bytesAt.mask(']')) & ~strings;
        const qint64 closing = bitCount(closes);
        if (depth > closing) { // cannot end in this block
            depth += bitCount(opens) - closing;
            return nullptr;
        }
        for (quint64 brackets = opens | closes; brackets != 0; brackets &= brackets - 1) {
            const int at = qCountTrailingZeroBits(brackets);
            if (opens & (quint64(1) << at))
                ++depth;
            else if (--depth == 0)
                return p + at + 1;
        }
        return nullptr;
    }
#endif

    const char *run(const char *p, const char *end)
    {
#if defined(__SSE2__)
        for (; end - p >= 64; p += 64) {
            if (const char *closed = block(p))
                return closed;
        }
#endif
        return bytes(p, end);
    }
};

// p is at the first byte of a value; returns just past it, or nullptr if it never ends. A
// scalar ends at the first ',', '}' or ']' outside brackets (its grammar is not checked).
const char *skipValue(const char *p, const char *end)
{
    if (p < end && (*p == '{' || *p == '['))
        return ContainerScan().run(p, end);
    qint64 depth = 0;
    while (p < end) {
        switch (*p) {
        case '"':
            p = skipStringBody(p + 1, end);
            if (!p)
                return nullptr;
            if (depth == 0)
                return p;
            continue;
        case '{':
        case '[':
            ++depth;
            break;
        case '}':
        case ']':
            if (depth == 0)
                return p; // the end of the enclosing object: a scalar ended
            if (--depth == 0)
                return p + 1;
            break;
        case ',':
            if (depth == 0)
                return p;
            break;
        default:
            break;
        }
        ++p;
    }
    return depth == 0 ? p : nullptr;
}

using Keys = QVarLengthArray<QLatin1String, 16>;

// What of member `key` is kept: all of it, some of its members ("sprites.other" asks for
// member "other" of "sprites"), or nothing (both empty/false).
bool wanted(const Keys &keys, QLatin1String key, Keys *nested)
{
    bool whole = false;
    for (const QLatin1String &wantedKey : keys) {
        if (wantedKey == key)
            whole = true;
        else if (wantedKey.size() > key.size() + 1 && wantedKey.startsWith(key)
                 && wantedKey.at(key.size()) == QLatin1Char('.'))
            nested->append(wantedKey.sliced(key.size() + 1));
    }
    return whole;
}

std::optional<QByteArray> keep(const char *p, const char *const end, const Keys &keys)
{
    p = skipSpace(p, end);
    if (p == end || *p != '{')
        return std::nullopt;
    p = skipSpace(p + 1, end);
    QByteArray kept;
    kept.reserve(4096);
    kept.append('{');
    bool first = true;
    if (p < end && *p == '}') {
        p = p + 1;
    } else {
        for (;;) {
            if (p == end || *p != '"')
                return std::nullopt;
            const char *keyStart = p + 1;
            const char *keyEnd = skipStringBody(keyStart, end);
            if (!keyEnd)
                return std::nullopt;
            const QLatin1String key(keyStart, keyEnd - 1 - keyStart);
            // Keys are compared as written; one with an escape might spell a kept key.
            if (std::memchr(key.data(), '\\', size_t(key.size())))
                return std::nullopt;
            p = skipSpace(keyEnd, end);
            if (p == end || *p != ':')
                return std::nullopt;
            const char *valueStart = skipSpace(p + 1, end);
            const char *valueEnd = skipValue(valueStart, end);
            if (!valueEnd || valueEnd == valueStart)
                return std::nullopt;
            Keys nested;
            const bool whole = wanted(keys, key, &nested);
            if (whole || !nested.isEmpty()) {
                if (!first)
                    kept.append(',');
                first = false;
                kept.append(keyStart - 1, keyEnd - (keyStart - 1));
                kept.append(':');
                if (!whole && *valueStart == '{') {
                    const std::optional<QByteArray> inner = keep(valueStart, valueEnd, nested);
                    if (!inner)
                        return std::nullopt;
                    kept.append(*inner);
                } else { // whole, or not an object: the reader says what is wrong with it
                    kept.append(valueStart, valueEnd - valueStart);
                }
            }
            p = skipSpace(valueEnd, end);
            if (p < end && *p == ',') {
                p = skipSpace(p + 1, end);
                continue;
            }
            if (p < end && *p == '}') {
                ++p;
                break;
            }
            return std::nullopt;
        }
    }
    if (skipSpace(p, end) != end)
        return std::nullopt; // something after the object
    kept.append('}');
    return kept;
}

} // namespace

namespace JsonSkim {

std::optional<QByteArray> keepMembers(const QByteArray &json,
                                      std::initializer_list<QLatin1String> keys)
{
    return keep(json.constData(), json.constData() + json.size(), Keys(keys.begin(), keys.end()));
}

} // namespace JsonSkim
