#include "httpconnection.h"

#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 204:
        return QByteArrayLiteral("No Content");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 302:
        return QByteArrayLiteral("Found");
    case 303:
        return QByteArrayLiteral("See Other");
    case 307:
        return QByteArrayLiteral("Temporary Redirect");
    case 308:
        return QByteArrayLiteral("Permanent Redirect");
    case 304:
        return QByteArrayLiteral("Not Modified");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

QByteArray serializeHead(const HttpResponse &response, bool keepAlive)
{
    const bool closeDelimited = response.delivery == HttpResponse::Delivery::CloseDelimited;
    keepAlive = keepAlive && !closeDelimited;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    head += "Server: pokedex-fakepokeapi\r\n";
    if (!response.contentType.isEmpty())
        head += "Content-Type: " + response.contentType + "\r\n";
    if (!closeDelimited)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += keepAlive ? QByteArrayLiteral("Connection: keep-alive\r\n")
                      : QByteArrayLiteral("Connection: close\r\n");
    for (const auto &[name, value] : response.extraHeaders)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    return head;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_trickleTimer(new QTimer(this))
{
    m_socket->setParent(this);
    m_trickleTimer->setInterval(TrickleIntervalMs);
    m_trickleTimer->setTimerType(Qt::PreciseTimer);
    connect(m_trickleTimer, &QTimer::timeout, this, &HttpConnection::writeNextTrickleByte);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::processBuffer);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    // Data may have arrived before the server handed the socket out.
    QMetaObject::invokeMethod(this, &HttpConnection::processBuffer, Qt::QueuedConnection);
}

void HttpConnection::processBuffer()
{
    if (m_closing)
        return;
    m_buffer += m_socket->readAll();
    if (m_busy)
        return;

    HttpRequest request;
    switch (HttpRequestParser::take(m_buffer, request)) {
    case HttpRequestParser::Result::NeedMoreData:
        return;
    case HttpRequestParser::Result::TooLarge:
        // No request to report: answer and hang up, the stream cannot be resynchronised.
        m_buffer.clear();
        m_busy = true;
        m_closeAfterResponse = true;
        respond({ 431,
                  QByteArrayLiteral("text/plain"),
                  QByteArrayLiteral("Request Too Large"),
                  {},
                  false,
                  HttpResponse::Delivery::Normal });
        return;
    case HttpRequestParser::Result::Complete:
        break;
    }
    m_busy = true;
    // After a bad request or a body we cannot skip, the stream cannot be trusted.
    m_closeAfterResponse = !request.isValid() || !request.keepAlive();
    Q_EMIT requestReceived(request);
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (m_closing || !m_busy)
        return;
    m_status = response.status;
    const QByteArray head = serializeHead(response, !m_closeAfterResponse);
    const QByteArray body = response.headOnly ? QByteArray() : response.body;

    switch (response.delivery) {
    case HttpResponse::Delivery::Stall:
        return;
    case HttpResponse::Delivery::CloseBeforeResponse:
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    case HttpResponse::Delivery::CloseMidBody:
        m_closing = true;
        m_socket->write(head + body.left(body.size() / 2));
        m_socket->disconnectFromHost(); // flushes what was written first
        return;
    case HttpResponse::Delivery::Trickle:
        m_socket->write(head);
        m_trickleRemaining = body;
        if (m_trickleRemaining.isEmpty())
            m_flushing = true;
        else
            m_trickleTimer->start();
        return;
    case HttpResponse::Delivery::CloseDelimited:
        m_closeAfterResponse = true;
        Q_FALLTHROUGH();
    case HttpResponse::Delivery::Normal:
        m_flushing = true;
        m_socket->write(head + body);
        return;
    }
}

void HttpConnection::checkPeerStillThere()
{
    if (m_closing || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    // Reads what is already there without blocking: a closed peer makes the socket emit
    // disconnected() now, instead of whenever the event loop gets to this socket.
    m_socket->waitForReadyRead(0);
}

void HttpConnection::writeNextTrickleByte()
{
    m_socket->write(m_trickleRemaining.left(1));
    m_trickleRemaining.remove(0, 1);
    if (m_trickleRemaining.isEmpty()) {
        m_trickleTimer->stop();
        m_flushing = true;
    }
}

void HttpConnection::onBytesWritten()
{
    if (m_flushing && m_socket->bytesToWrite() == 0)
        finishResponse();
}

void HttpConnection::finishResponse()
{
    m_flushing = false;
    m_busy = false;
    Q_EMIT responseWritten(m_status);
    if (m_closeAfterResponse) {
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    processBuffer(); // a pipelined request may already be waiting
}

void HttpConnection::onDisconnected()
{
    m_trickleTimer->stop();
    const bool abandoned = m_busy;
    m_busy = false;
    m_closing = true;
    if (abandoned)
        Q_EMIT requestAbandoned();
    deleteLater();
}
