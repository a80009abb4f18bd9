#pragma once

#include "net/networkresult.h"

#include <QByteArray>
#include <QNetworkReply>

// Turns what one finished reply left behind into a NetworkResult: whether the body is whole,
// within the size cap and decodable, and the words for it when not. Kept apart from the
// RequestQueue (which schedules) so that every check is tested without a server.
namespace ReplyChecks {

// What a finished QNetworkReply tells about itself, plus what the queue saw happen to it.
struct Facts
{
    QUrl url;
    int httpStatus = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString qtErrorString;
    bool hasContentLength = false;
    qint64 contentLength = 0;
    QByteArray contentEncoding; // the header's value; the body is still encoded
    bool isJson = false; // the Content-Type says JSON
    bool fromCache = false;
    bool abortedTooLarge = false;
    bool abortedPastDeadline = false;
    int attempts = 1;
};

struct Limits
{
    qint64 maxBodySize = 0;
    int transferTimeoutMs = 0;
    int exchangeDeadlineMs = 0;
};

struct Verdict
{
    NetworkResult result;
    // The body was refused although Qt called it a success, and so may already sit in the
    // disk cache: it must be dropped there.
    bool refusedASuccess = false;
};

Facts factsOf(const QNetworkReply *reply);
// Decodes the body first (see ContentDecoding): thread-safe, and meant for a worker when
// facts.contentEncoding is set.
Verdict judge(const Facts &facts, QByteArray body, const Limits &limits);

// Whether a JSON text is whole: once it opens with { or [, every bracket is closed again,
// outside of strings, by its end. This does not validate (the parser does); it tells a
// document that was cut short from one that is merely wrong.
bool isWholeJson(const QByteArray &body);

// Connection, proxy and protocol failures, as opposed to an HTTP error status whose body is a
// complete answer (a 404's "Not Found").
bool isTransportError(QNetworkReply::NetworkError error);

} // namespace ReplyChecks
