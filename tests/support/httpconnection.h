#pragma once

#include "httprequestparser.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>

class QTcpSocket;
class QTimer;

struct HttpResponse
{
    // How the response reaches the client; everything but Normal simulates a fault.
    // CloseDelimited: no Content-Length; the body ends when the server closes the connection.
    enum class Delivery {
        Normal,
        Stall,
        CloseBeforeResponse,
        CloseMidBody,
        Trickle,
        CloseDelimited
    };

    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    bool headOnly = false; // answer to HEAD: headers with the body's length, no body
    Delivery delivery = Delivery::Normal;
};

// One accepted socket speaking HTTP/1.1 keep-alive, one request at a time: the next
// request is parsed only after the current one is answered, so responses stay in order.
// Deletes itself when the socket closes.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    explicit HttpConnection(QTcpSocket *socket, QObject *parent = nullptr);

    void respond(const HttpResponse &response);
    // Notices at once a client that already hung up (its FIN is waiting in the socket), so a
    // request it abandoned stops counting before the request it sent instead is counted.
    void checkPeerStillThere();

    static constexpr int TrickleIntervalMs = 100;

Q_SIGNALS:
    void requestReceived(const HttpRequest &request);
    void responseWritten(int status);
    // The socket went away while a request was waiting for (the rest of) its response.
    void requestAbandoned();

private:
    void processBuffer();
    void onBytesWritten();
    void onDisconnected();
    void writeNextTrickleByte();
    void finishResponse();

    QTcpSocket *m_socket;
    QByteArray m_buffer;
    QTimer *m_trickleTimer;
    QByteArray m_trickleRemaining;
    int m_status = 0;
    bool m_busy = false; // a request was handed out and is not answered yet
    bool m_flushing = false; // the whole response is written, waiting for the socket
    bool m_closeAfterResponse = false;
    bool m_closing = false;
};
