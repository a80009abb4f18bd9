#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// One HTTP/1.x request head, as the fake server needs it: no bodies, no chunking.
struct HttpRequest
{
    enum class Error { None, MalformedRequestLine, MalformedHeader, HasBody };

    Error error = Error::None;
    QByteArray method;
    QByteArray target; // path + query exactly as sent
    QByteArray version; // "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> headers;

    bool isValid() const { return error == Error::None; }
    QByteArray path() const; // target without the query
    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
    bool keepAlive() const; // HTTP/1.1 unless "Connection: close"; 1.0 only if asked
};

// Takes complete request heads off the front of a connection's receive buffer, so a
// request split over many reads, or several requests in one read, both work.
class HttpRequestParser
{
public:
    enum class Result { NeedMoreData, Complete, TooLarge };

    static constexpr int MaxHeadSize = 64 * 1024;

    // On Complete, the head is removed from buffer and stored in request (whose error
    // says whether it was well-formed). TooLarge means no head end within MaxHeadSize.
    static Result take(QByteArray &buffer, HttpRequest &request);
};
