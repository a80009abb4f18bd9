#include "fakepokeapi.h"

#include "fakeapicontent.h"
#include "httpconnection.h"
#include "httprequestparser.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTimer>
#include <QtNetwork/qtnetworkglobal.h>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#include <QSslServer>
#endif

#include <zlib.h>

namespace {

const QLatin1String ApiPrefix("/api/v2/");
const QLatin1String SpritesPrefix("/sprites/");
const QLatin1String CriesPrefix("/cries/");

// "/api/v2/pokemon/pikachu/" -> {"pokemon", "pikachu"}; {} for paths outside the API.
QStringList apiSegments(const QString &path)
{
    if (!path.startsWith(ApiPrefix))
        return {};
    QString rest = path.mid(ApiPrefix.size());
    if (rest.endsWith(QLatin1Char('/')))
        rest.chop(1);
    return rest.split(QLatin1Char('/'));
}

HttpResponse textResponse(int status, const QByteArray &text)
{
    HttpResponse response;
    response.status = status;
    response.contentType = QByteArrayLiteral("text/plain");
    response.body = text;
    return response;
}

HttpResponse::Delivery deliveryFor(FakePokeApi::Fault fault)
{
    switch (fault) {
    case FakePokeApi::Fault::None:
        return HttpResponse::Delivery::Normal;
    case FakePokeApi::Fault::Stall:
        return HttpResponse::Delivery::Stall;
    case FakePokeApi::Fault::CloseBeforeResponse:
        return HttpResponse::Delivery::CloseBeforeResponse;
    case FakePokeApi::Fault::CloseMidBody:
        return HttpResponse::Delivery::CloseMidBody;
    case FakePokeApi::Fault::Trickle:
        return HttpResponse::Delivery::Trickle;
    case FakePokeApi::Fault::TruncatedGzip:
        return HttpResponse::Delivery::Normal;
    case FakePokeApi::Fault::NoContentLength:
        return HttpResponse::Delivery::CloseDelimited;
    }
    return HttpResponse::Delivery::Normal;
}

QString decodedPath(const HttpRequest &request)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(request.path()));
}

bool acceptsGzip(const HttpRequest &request)
{
    const QList<QByteArray> codings
        = request.header(QByteArrayLiteral("accept-encoding")).split(',');
    for (const QByteArray &coding : codings) {
        const QByteArray name = coding.split(';').value(0).trimmed().toLower();
        if (name == "gzip" || name == "x-gzip")
            return true;
    }
    return false;
}

bool hasHeader(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<FakeApiContent::Resource> lookUp(FakeApiContent &content, const QString &path)
{
    if (path.startsWith(SpritesPrefix))
        return content.media(QStringLiteral("sprites"), path.mid(SpritesPrefix.size()));
    if (path.startsWith(CriesPrefix))
        return content.media(QStringLiteral("cries"), path.mid(CriesPrefix.size()));
    const QStringList segments = apiSegments(path);
    if (segments.size() == 1 && !segments.at(0).isEmpty())
        return content.listing(segments.at(0));
    if (segments.size() == 2 && !segments.at(1).isEmpty())
        return content.resource(segments.at(0), segments.at(1));
    if (segments.size() == 3 && segments.at(2) == QLatin1String("encounters"))
        return content.encounters(segments.at(0), segments.at(1));
    return std::nullopt;
}

} // namespace

FakePokeApi::FakePokeApi(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_content(std::make_unique<FakeApiContent>(dataDir))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakePokeApi::acceptConnections);
}

FakePokeApi::~FakePokeApi() = default;

void FakePokeApi::setTlsConfiguration(const QSslConfiguration &configuration)
{
#if QT_CONFIG(ssl)
    if (m_server->isListening()) {
        qWarning("FakePokeApi::setTlsConfiguration: call it before listen()");
        return;
    }
    auto *server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    delete m_server;
    m_server = server;
    m_tls = true;
    // A TLS connection becomes pending only once its handshake is done.
    connect(m_server, &QTcpServer::newConnection, this, &FakePokeApi::acceptConnections);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this,
            &FakePokeApi::acceptConnections);
#else
    Q_UNUSED(configuration);
    qFatal("FakePokeApi: this Qt has no TLS support");
#endif
}

bool FakePokeApi::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    m_content->setBaseUrl(baseUrl().toEncoded());
    return true;
}

quint16 FakePokeApi::port() const
{
    return m_server->serverPort();
}

QUrl FakePokeApi::apiUrl() const
{
    return baseUrl().resolved(QUrl(QStringLiteral("api/v2/")));
}

QUrl FakePokeApi::baseUrl() const
{
    return QUrl(
        (m_tls ? QStringLiteral("https://127.0.0.1:%1/") : QStringLiteral("http://127.0.0.1:%1/"))
            .arg(port()));
}

void FakePokeApi::setDelay(int ms)
{
    m_delayMs = ms;
}

void FakePokeApi::setDelayFor(const QString &key, int ms)
{
    m_delayByKey.insert(key, ms);
}

void FakePokeApi::setJitter(int ms)
{
    m_jitterMs = ms;
}

void FakePokeApi::setResponseFor(const QString &path, int status, const QByteArray &body,
                                 const QByteArray &contentType)
{
    m_redirects.remove(path);
    if (status <= 0)
        m_overrides.remove(path);
    else
        m_overrides.insert(path, { status, body, contentType });
}

void FakePokeApi::setFaultFor(const QString &path, Fault fault)
{
    if (fault == Fault::None)
        m_faults.remove(path);
    else
        m_faults.insert(path, fault);
}

void FakePokeApi::setExtraHeaders(const QString &path,
                                  const QList<QPair<QByteArray, QByteArray>> &headers)
{
    m_extraHeaders.insert(path, headers);
}

void FakePokeApi::setRedirectFor(const QString &path, const QUrl &location, int status)
{
    setResponseFor(path, status, QByteArrayLiteral("Moved"), QByteArrayLiteral("text/plain"));
    m_redirects.insert(path, location);
}

void FakePokeApi::setGzip(bool enabled)
{
    m_gzip = enabled;
}

QByteArray FakePokeApi::gzip(const QByteArray &data)
{
    z_stream stream = {};
    // windowBits 15 + 16: a gzip header and trailer around the deflate stream.
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY)
        != Z_OK)
        qFatal("FakePokeApi::gzip: deflateInit2 failed");
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        qFatal("FakePokeApi::gzip: deflate failed");
    return out;
}

QByteArray FakePokeApi::paddedJson(qint64 bytes)
{
    const QByteArray head = QByteArrayLiteral("{\"padding\":\"");
    const QByteArray tail = QByteArrayLiteral("\"}");
    const qint64 padding = qMax<qint64>(0, bytes - head.size() - tail.size());
    return head + QByteArray(qsizetype(padding), 'x') + tail;
}

void FakePokeApi::addPokemon(const QString &name, int id, const QByteArray &json)
{
    m_content->addResource(QStringLiteral("pokemon"), name, id, json);
}

void FakePokeApi::setMediaDir(const QString &mediaDir)
{
    m_content->setMediaDir(mediaDir);
}

void FakePokeApi::setRateLimit(int perSecond)
{
    m_ratePerSecond = qMax(0, perSecond);
    m_served.clear();
    m_clock.start();
}

void FakePokeApi::hold(const QString &path)
{
    m_held.insert(path);
}

void FakePokeApi::release(const QString &path)
{
    m_held.remove(path);
    const QList<HeldAnswer> answers = m_heldAnswers.take(path);
    for (const HeldAnswer &answer : answers) {
        if (answer.connection)
            answer.connection->respond(answer.response);
    }
}

void FakePokeApi::reset()
{
    m_ratePerSecond = 0;
    m_served.clear();
    m_delayMs = 0;
    m_jitterMs = 0;
    m_delayByKey.clear();
    m_overrides.clear();
    m_faults.clear();
    m_extraHeaders.clear();
    m_redirects.clear();
    m_gzip = false;
    const QStringList held = m_heldAnswers.keys();
    for (const QString &path : held)
        release(path);
    m_held.clear();
    resetCounters();
}

int FakePokeApi::inFlight() const
{
    return int(m_inFlight.size());
}

int FakePokeApi::peakInFlight() const
{
    return m_peakInFlight;
}

int FakePokeApi::requestCount() const
{
    return int(m_requestedPaths.size());
}

QStringList FakePokeApi::requestedPaths() const
{
    return m_requestedPaths;
}

QList<HttpRequest> FakePokeApi::requests() const
{
    return m_requests;
}

QStringList FakePokeApi::completedPaths() const
{
    return m_completedPaths;
}

void FakePokeApi::resetCounters()
{
    const bool changed = !m_inFlight.isEmpty();
    m_inFlight.clear();
    m_peakInFlight = 0;
    m_requestedPaths.clear();
    m_requests.clear();
    m_completedPaths.clear();
    if (changed)
        Q_EMIT inFlightChanged(0);
}

void FakePokeApi::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, this);
        connect(
            connection, &HttpConnection::requestReceived, this,
            [this, connection](const HttpRequest &request) { handleRequest(connection, request); });
        connect(connection, &HttpConnection::responseWritten, this,
                [this, connection](int status) { finishRequest(connection, status, true); });
        connect(connection, &HttpConnection::requestAbandoned, this,
                [this, connection] { finishRequest(connection, 0, false); });
    }
}

void FakePokeApi::handleRequest(HttpConnection *connection, const HttpRequest &request)
{
    const HttpResponse response = route(request);
    int delay = request.isValid() ? delayFor(decodedPath(request)) : m_delayMs;
    if (m_jitterMs > 0)
        delay += int(QRandomGenerator::global()->bounded(m_jitterMs + 1));

    // A client that gave up on a request (a timeout, a cancel) hangs up and sends the next
    // one at once; both may be waiting for us. Count the hang-ups first, so that the peak
    // measures what the client really had open, not the order we read the sockets in.
    const QList<HttpConnection *> others = m_inFlight.keys();
    for (HttpConnection *other : others) {
        if (other != connection && m_inFlight.contains(other))
            other->checkPeerStillThere();
    }

    const QString pathAndQuery = QString::fromUtf8(request.target);
    m_inFlight.insert(connection, pathAndQuery);
    m_peakInFlight = qMax(m_peakInFlight, inFlight());
    m_requestedPaths.append(pathAndQuery);
    m_requests.append(request);
    Q_EMIT requestReceived(pathAndQuery);
    Q_EMIT inFlightChanged(inFlight());

    if (request.isValid() && m_held.contains(decodedPath(request))) {
        m_heldAnswers[decodedPath(request)].append({ connection, response });
        return;
    }
    if (delay <= 0) {
        connection->respond(response);
        return;
    }
    // The connection is the timer's context: if the client hangs up, nothing fires.
    QTimer::singleShot(delay, Qt::PreciseTimer, connection,
                       [connection, response] { connection->respond(response); });
}

void FakePokeApi::finishRequest(HttpConnection *connection, int status, bool written)
{
    const auto it = m_inFlight.constFind(connection);
    if (it == m_inFlight.cend())
        return; // arrived before resetCounters()
    const QString pathAndQuery = *it;
    m_inFlight.erase(it);
    if (written) {
        m_completedPaths.append(pathAndQuery);
        Q_EMIT responseSent(pathAndQuery, status);
    }
    Q_EMIT inFlightChanged(inFlight());
}

HttpResponse FakePokeApi::route(const HttpRequest &request)
{
    if (!request.isValid())
        return textResponse(400, QByteArrayLiteral("Bad Request"));
    if (request.method != "GET" && request.method != "HEAD") {
        HttpResponse response = textResponse(405, QByteArrayLiteral("Method Not Allowed"));
        response.extraHeaders.append(
            { QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, HEAD") });
        return response;
    }

    if (m_ratePerSecond > 0) {
        const qint64 now = m_clock.elapsed();
        while (!m_served.empty() && m_served.front() <= now - 1000)
            m_served.pop_front();
        if (int(m_served.size()) >= m_ratePerSecond) {
            ++m_rateLimited;
            HttpResponse limited = textResponse(429, QByteArrayLiteral("Too Many Requests"));
            limited.extraHeaders.append(
                { QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1") });
            return limited;
        }
        m_served.push_back(now);
    }

    const QString path = decodedPath(request);
    HttpResponse response = textResponse(404, QByteArrayLiteral("Not Found"));
    if (const auto override = m_overrides.constFind(path); override != m_overrides.cend()) {
        response.status = override->status;
        response.body = override->body;
        response.contentType = override->contentType;
    } else if (const auto found = lookUp(*m_content, path)) {
        response.status = 200;
        response.body = found->body;
        response.contentType = found->contentType;
    }

    response.extraHeaders += m_extraHeaders.value(path);
    if (const auto redirect = m_redirects.constFind(path); redirect != m_redirects.cend()) {
        response.extraHeaders.append(
            { QByteArrayLiteral("Location"), baseUrl().resolved(*redirect).toEncoded() });
    }
    const Fault fault = m_faults.value(path, Fault::None);
    response.delivery = deliveryFor(fault);
    response.headOnly = request.method == "HEAD";

    const bool compress = fault == Fault::TruncatedGzip
        || (m_gzip && acceptsGzip(request) && !response.body.isEmpty());
    if (compress && !hasHeader(response.extraHeaders, QByteArrayLiteral("Content-Encoding"))) {
        response.body = gzip(response.body);
        response.extraHeaders.append(
            { QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip") });
        if (fault == Fault::TruncatedGzip)
            response.body.truncate(response.body.size() / 2);
    }
    return response;
}

int FakePokeApi::delayFor(const QString &path) const
{
    const QStringList segments = apiSegments(path);
    if (segments.size() == 2) {
        for (const QString &alias : m_content->aliases(segments.at(0), segments.at(1))) {
            if (const auto delay = m_delayByKey.constFind(alias); delay != m_delayByKey.cend())
                return *delay;
        }
    }
    return m_delayMs;
}
