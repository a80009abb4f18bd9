#pragma once

#include "httpconnection.h"
#include "httprequestparser.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <deque>
#include <memory>

class FakeApiContent;
class QSslConfiguration;
class QTcpServer;

// An in-process PokeAPI on 127.0.0.1 speaking just enough HTTP/1.1 for
// QNetworkAccessManager, serving the real JSON of a data dir, with exact control over
// delay, status and faults, and counters that prove concurrency.
//
// Routes (GET and HEAD; other methods get 405, malformed requests or bodies 400):
//   /api/v2/<endpoint>/<name or id>[/]   -> <dataDir>/api/v2/<endpoint>/<id>.json
//   /api/v2/<endpoint>[/][?query]        -> <dataDir>/api/v2/<endpoint>/index.json
//   /sprites/<path>                      -> <dataDir>/sprites/<path> (PokeAPI/sprites' tree)
//   /cries/<path>                        -> <dataDir>/cries/<path> (PokeAPI/cries' tree)
//                                           or <mediaDir>/<path> once setMediaDir() was called
//   anything else                        -> 404 text/plain "Not Found", like PokeAPI
// Relative "/api/v2/..." URLs and GitHub sprite and cry URLs inside JSON point at this server.
// With setGzip(true), bodies are sent gzip-compressed to clients that accept it; with
// setTlsConfiguration() before listen(), the server speaks HTTPS (QSslServer).
class FakePokeApi : public QObject
{
    Q_OBJECT
public:
    enum class Fault {
        None,
        Stall, // read the request, never answer
        CloseBeforeResponse, // read the request, close without a byte
        CloseMidBody, // send headers and half the body, then close
        Trickle, // headers at once, then the body 1 byte per 100 ms
        // The body gzip-compressed (Content-Encoding: gzip) and cut in half, with a
        // Content-Length that matches the cut: a complete HTTP answer whose gzip stream
        // ends early. Sent whether or not the client accepts gzip.
        TruncatedGzip,
        // No Content-Length: the body ends when the server closes the connection, so a
        // client can only learn its size by reading it.
        NoContentLength,
    };

    explicit FakePokeApi(const QString &dataDir, QObject *parent = nullptr);
    ~FakePokeApi() override;

    // Call before listen(): from then on the server speaks only HTTPS with `configuration`
    // (its local certificate and private key), and its URLs start with https://.
    void setTlsConfiguration(const QSslConfiguration &configuration);
    bool listen(quint16 port = 0); // 127.0.0.1 only
    quint16 port() const;
    QUrl apiUrl() const; // http://127.0.0.1:PORT/api/v2/ (https:// with TLS)
    QUrl baseUrl() const; // http://127.0.0.1:PORT/

    // Behaviour, read when a request arrives; may change between requests.
    void setDelay(int ms); // before every response, on a timer
    // Overrides setDelay for /api/v2/*/<key>; "pikachu" also matches .../25 and vice versa.
    void setDelayFor(const QString &key, int ms);
    void setJitter(int ms); // adds a random 0..ms to every delay
    // path is exact and without the query, e.g. "/api/v2/pokemon/pikachu"; status 0 removes it
    void setResponseFor(const QString &path, int status, const QByteArray &body,
                        const QByteArray &contentType = QByteArrayLiteral("application/json"));
    void setFaultFor(const QString &path, Fault fault);
    void setExtraHeaders(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers);
    // Answers `path` with a redirect to `location` (absolute, or relative to the server).
    void setRedirectFor(const QString &path, const QUrl &location, int status = 301);
    // At most `perSecond` answers in any second (0: no limit); past that, 429 with
    // Retry-After: 1, as a rate-limiting CDN answers.
    void setRateLimit(int perSecond);
    int rateLimitedCount() const { return m_rateLimited; }
    // Compresses every body with gzip when the request's Accept-Encoding allows it.
    void setGzip(bool enabled);
    void addPokemon(const QString &name, int id, const QByteArray &json);
    // A directory holding PokeAPI's sprites/ and cries/ trees side by side (as
    // ../shared/pokeapi does): /sprites/<path> and /cries/<path> are served from <mediaDir>/<path>.
    void setMediaDir(const QString &mediaDir);
    // A gate: answers to `path` (exact, without the query) are held, and count as in flight,
    // until release(path) sends them, so that a test decides the order replies go out in
    // instead of racing delays. release() sends what waits, in arrival order, and stops
    // holding `path`; a held answer goes out at release without its delay.
    void hold(const QString &path);
    void release(const QString &path);
    void reset(); // behaviour and counters back to defaults, held answers sent; added Pokémon stay

    // A gzip stream (RFC 1952) of data, as sent with Content-Encoding: gzip.
    static QByteArray gzip(const QByteArray &data);
    // A valid JSON object of exactly `bytes` bytes (at least 16): {"padding":"xxx..."}.
    static QByteArray paddedJson(qint64 bytes);

    // Observation. resetCounters() forgets requests still in flight: their completion
    // counts nowhere and emits nothing.
    int inFlight() const; // fully received and not yet answered (or dropped)
    int peakInFlight() const;
    int requestCount() const;
    QStringList requestedPaths() const; // arrival order, path + query as requested
    QList<HttpRequest> requests() const; // arrival order, the heads as parsed (headers too)
    QStringList completedPaths() const; // order in which responses were fully written
    void resetCounters();

Q_SIGNALS:
    void requestReceived(const QString &pathAndQuery);
    void responseSent(const QString &pathAndQuery, int status);
    void inFlightChanged(int inFlight);

private:
    void acceptConnections();
    void handleRequest(HttpConnection *connection, const HttpRequest &request);
    void finishRequest(HttpConnection *connection, int status, bool written);
    HttpResponse route(const HttpRequest &request);
    int delayFor(const QString &path) const;

    struct Override
    {
        int status;
        QByteArray body;
        QByteArray contentType;
    };

    QTcpServer *m_server;
    std::unique_ptr<FakeApiContent> m_content;
    bool m_tls = false;

    int m_delayMs = 0;
    int m_ratePerSecond = 0;
    int m_rateLimited = 0;
    QElapsedTimer m_clock;
    std::deque<qint64> m_served; // when the answers of the last second were admitted
    bool m_gzip = false;
    int m_jitterMs = 0;
    QHash<QString, int> m_delayByKey;
    QHash<QString, Override> m_overrides;
    QHash<QString, Fault> m_faults;
    QHash<QString, QList<QPair<QByteArray, QByteArray>>> m_extraHeaders;
    QHash<QString, QUrl> m_redirects;
    QSet<QString> m_held;
    struct HeldAnswer
    {
        QPointer<HttpConnection> connection; // gone if the client hung up meanwhile
        HttpResponse response;
    };
    QHash<QString, QList<HeldAnswer>> m_heldAnswers;

    QHash<HttpConnection *, QString> m_inFlight; // the request each connection is answering
    int m_peakInFlight = 0;
    QStringList m_requestedPaths;
    QList<HttpRequest> m_requests;
    QStringList m_completedPaths;
};
