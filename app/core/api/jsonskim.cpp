#include "api/jsonskim.h"

#include <QVarLengthArray>
#include <algorithm>
#include <cstring>

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

// p is at the first byte of a value; returns just past it, or nullptr if it never ends. A
// scalar ends at the first ',', '}' or ']' outside brackets (its grammar is not checked).
const char *skipValue(const char *p, const char *end)
{
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
