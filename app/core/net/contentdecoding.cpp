#include "net/contentdecoding.h"

#include <limits>
#include <utility>
#include <zlib.h>

namespace ContentDecoding {

namespace {

    Decoded gunzip(const QByteArray &body, qint64 maxSize)
    {
        Decoded decoded;
        z_stream stream {};
        // windowBits 15 + 16: a gzip header and trailer (with its CRC and length) are required.
        if (inflateInit2(&stream, 15 + 16) != Z_OK) {
            decoded.outcome = Decoded::Outcome::Damaged;
            return decoded;
        }
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(body.constData()));
        stream.avail_in = uInt(body.size());
        // PokeAPI's JSON inflates about tenfold; grow from there, never past the cap (+1 to
        // notice that it would go past).
        const qint64 limit = qMin<qint64>(maxSize, std::numeric_limits<uInt>::max() - 1) + 1;
        QByteArray out(qsizetype(qMin(limit, qMax<qint64>(4096, qint64(body.size()) * 10))),
                       Qt::Uninitialized);
        int status = Z_OK;
        while (status == Z_OK) {
            if (qint64(stream.total_out) == out.size()) {
                if (out.size() >= limit)
                    break;
                out.resize(qsizetype(qMin<qint64>(out.size() * 2, limit)));
            }
            stream.next_out = reinterpret_cast<Bytef *>(out.data()) + stream.total_out;
            stream.avail_out = uInt(out.size() - qsizetype(stream.total_out));
            status = inflate(&stream, Z_NO_FLUSH);
        }
        const qint64 produced = qint64(stream.total_out);
        const bool rest = stream.avail_in > 0;
        inflateEnd(&stream);
        if (produced > maxSize)
            decoded.outcome = Decoded::Outcome::TooLarge;
        else if (status == Z_STREAM_END && !rest) {
            out.truncate(qsizetype(produced));
            decoded.body = std::move(out);
        } else if (status == Z_BUF_ERROR || (status == Z_OK && !rest))
            decoded.outcome = Decoded::Outcome::Cut; // wanted more input than there was
        else
            decoded.outcome = Decoded::Outcome::Damaged; // bad data, or bytes after the end
        return decoded;
    }

} // namespace

Decoded decode(const QByteArray &coding, const QByteArray &body, qint64 maxSize)
{
    const QByteArray name = coding.trimmed().toLower();
    if (name.isEmpty() || name == "identity")
        return { Decoded::Outcome::Ok, body };
    if (name == "gzip" || name == "x-gzip") {
        if (body.isEmpty()) // a HEAD, or a 204: nothing was compressed
            return { Decoded::Outcome::Ok, body };
        return gunzip(body, maxSize);
    }
    return { Decoded::Outcome::Damaged, {} };
}

} // namespace ContentDecoding
