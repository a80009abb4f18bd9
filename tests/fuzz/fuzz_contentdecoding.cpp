// libFuzzer target: whatever bytes a server sends as a gzip answer, inflating them never
// crashes, never goes past the cap, and hands on a body only when the stream was whole.

#include "net/contentdecoding.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    constexpr qint64 Cap = 1024 * 1024;
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const ContentDecoding::Decoded decoded = ContentDecoding::decode("gzip", body, Cap);
    using Outcome = ContentDecoding::Decoded::Outcome;
    if (decoded.body.size() > Cap)
        std::abort(); // past the cap
    if (decoded.outcome != Outcome::Ok && !decoded.body.isEmpty())
        std::abort(); // partial data handed on
    if (decoded.outcome == Outcome::Ok && size > 0 && size < 18)
        std::abort(); // a whole gzip stream has a 10-byte header and an 8-byte trailer
    return 0;
}
