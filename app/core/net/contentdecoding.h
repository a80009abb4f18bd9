#pragma once

#include <QByteArray>

// Undoes an answer's Content-Encoding ourselves rather than letting Qt do it: Qt 6.4 inflates
// on the thread that owns the reply (the window's, ~0.4 ms per Pokémon), and it cannot tell a
// stream that was cut short from a whole one. This runs on a worker, with a cap on the size.
namespace ContentDecoding {

// What the queue asks servers for, as the Accept-Encoding header.
inline constexpr char AcceptEncoding[] = "gzip";

struct Decoded
{
    enum class Outcome {
        Ok,
        Cut, // the stream ends before its end: the connection broke off
        Damaged, // not a stream of that coding, a bad checksum, or a coding we did not ask for
        TooLarge, // inflates past the cap (a "zip bomb", or merely huge)
    };
    Outcome outcome = Outcome::Ok;
    QByteArray body;
};

// `coding` is the Content-Encoding header's value; empty and "identity" leave the body as is.
Decoded decode(const QByteArray &coding, const QByteArray &body, qint64 maxSize);

} // namespace ContentDecoding
