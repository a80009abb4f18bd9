// The fake PokeAPI every networked test relies on, tested with the clients that use it:
// a real QNetworkAccessManager, and a raw QTcpSocket where HTTP details matter.

#include "fakepokeapi.h"
#include "httprequestparser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScopedPointer>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <optional>
#include <vector>

using ReplyPtr = QScopedPointer<QNetworkReply, QScopedPointerDeleteLater>;

namespace {

constexpr int NetworkTimeoutMs = 10000;

bool waitForFinished(QNetworkReply *reply)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &QNetworkReply::finished);
    return spy.wait(NetworkTimeoutMs);
}

int statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QJsonObject jsonOf(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "JSON error:" << error.errorString();
    return document.object();
}

// Speaks HTTP by hand, for what QNetworkAccessManager hides: connection reuse,
// pipelining, malformed requests.
class RawClient
{
public:
    struct Response
    {
        int status = 0;
        QByteArray head;
        QByteArray body;
    };

    bool connectTo(quint16 port)
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        QSignalSpy spy(&m_socket, &QTcpSocket::connected);
        return m_socket.state() == QAbstractSocket::ConnectedState || spy.wait(NetworkTimeoutMs);
    }

    void send(const QByteArray &bytes) { m_socket.write(bytes); }

    // Waits, running the event loop, until a complete response has arrived.
    bool waitForResponse(bool headOnly = false)
    {
        return QTest::qWaitFor([&] { return parse(headOnly).has_value(); }, NetworkTimeoutMs);
    }

    // Call after waitForResponse() succeeded.
    Response takeResponse(bool headOnly = false)
    {
        const auto [response, consumed]
            = parse(headOnly).value_or(std::pair<Response, qsizetype>());
        m_buffer.remove(0, consumed);
        return response;
    }

    QByteArray leftover() { return m_buffer + m_socket.readAll(); }
    QTcpSocket &socket() { return m_socket; }

private:
    // The first complete response in the stream and how many bytes it spans.
    std::optional<std::pair<Response, qsizetype>> parse(bool headOnly)
    {
        m_buffer += m_socket.readAll();
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return std::nullopt;
        Response response;
        response.head = m_buffer.left(headEnd);
        response.status = response.head.mid(9, 3).toInt();
        qsizetype length = 0;
        for (const QByteArray &line : response.head.split('\n')) {
            if (!headOnly && line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (m_buffer.size() < headEnd + 4 + length)
            return std::nullopt;
        response.body = m_buffer.mid(headEnd + 4, length);
        return std::pair { response, headEnd + 4 + length };
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

QByteArray getRequest(const QByteArray &path, const QByteArray &extraHeaders = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
}

} // namespace

class tst_FakePokeApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void servesResourceByNameOrId_data();
    void servesResourceByNameOrId();
    void rewritesUrlsToItself();
    void unknownPathIsPlainNotFound_data();
    void unknownPathIsPlainNotFound();
    void listingIgnoresQuery_data();
    void listingIgnoresQuery();
    void responseOverrideWinsAndIgnoresQuery();
    void extraHeadersAreSent();
    void servesAddedPokemon();
    void servesSpritesFromDataDirOnly();

    void parallelDelayedRequestsAreInFlightTogether();
    void delayForKeyMatchesNameAndId_data();
    void delayForKeyMatchesNameAndId();
    void faultsEndInAnError_data();
    void faultsEndInAnError();
    void trickleDeliversByteByByte();
    void resetCountersForgetsRequestsInFlight();
    void resetRestoresDefaults();
    void heldAnswersWaitForRelease();

    void keepAliveServesSequentialRequests();
    void pipelinedRequestsAreAnsweredInOrder();
    void requestSplitAcrossWritesIsServed();
    void headSendsNoBody();
    void rawRequests_data();
    void rawRequests();
    void parserTakesRequestsByteByByte();

    void helperPrintsUrlAndCountersAndQuitsOnSigterm_data();
    void helperPrintsUrlAndCountersAndQuitsOnSigterm();

private:
    QNetworkReply *get(const QString &path, int transferTimeoutMs = 0);

    std::unique_ptr<FakePokeApi> m_api;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

QNetworkReply *tst_FakePokeApi::get(const QString &path, int transferTimeoutMs)
{
    QNetworkRequest request(m_api->baseUrl().resolved(QUrl(path)));
    request.setTransferTimeout(transferTimeoutMs);
    return m_nam->get(request);
}

void tst_FakePokeApi::initTestCase()
{
    m_api = std::make_unique<FakePokeApi>(QStringLiteral(POKEDEX_TEST_DATA));
    QVERIFY(m_api->listen());
    QVERIFY(m_api->port() != 0);
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void tst_FakePokeApi::init()
{
    m_api->reset();
}

void tst_FakePokeApi::servesResourceByNameOrId_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("name");

    QTest::newRow("pokemon by name") << "/api/v2/pokemon/pikachu" << 25 << "pikachu";
    QTest::newRow("pokemon by id") << "/api/v2/pokemon/25" << 25 << "pikachu";
    QTest::newRow("trailing slash") << "/api/v2/pokemon/pikachu/" << 25 << "pikachu";
    QTest::newRow("id, trailing slash") << "/api/v2/pokemon/25/" << 25 << "pikachu";
    QTest::newRow("query ignored") << "/api/v2/pokemon/mr-mime?x=1" << 122 << "mr-mime";
    QTest::newRow("species by name") << "/api/v2/pokemon-species/deoxys" << 386 << "deoxys";
    QTest::newRow("form name") << "/api/v2/pokemon/deoxys-normal" << 386 << "deoxys-normal";
}

void tst_FakePokeApi::servesResourceByNameOrId()
{
    QFETCH(QString, path);
    QFETCH(int, id);
    QFETCH(QString, name);

    ReplyPtr reply(get(path));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(statusOf(reply.get()), 200);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
             QStringLiteral("application/json"));
    const QJsonObject json = jsonOf(reply->readAll());
    QCOMPARE(json.value(QLatin1String("id")).toInt(), id);
    QCOMPARE(json.value(QLatin1String("name")).toString(), name);
    QCOMPARE(m_api->requestedPaths(), QStringList { path });
    QCOMPARE(m_api->completedPaths(), QStringList { path });
}

void tst_FakePokeApi::rewritesUrlsToItself()
{
    ReplyPtr reply(get(QStringLiteral("/api/v2/pokemon/pikachu")));
    QVERIFY(waitForFinished(reply.get()));
    const QByteArray body = reply->readAll();
    QVERIFY(!body.contains("\"/api/v2/"));
    QVERIFY(!body.contains("raw.githubusercontent.com/PokeAPI/sprites/"));

    const QJsonObject json = jsonOf(body);
    const QString api = m_api->apiUrl().toString();
    QCOMPARE(api, QStringLiteral("http://127.0.0.1:%1/api/v2/").arg(m_api->port()));
    QCOMPARE(json.value(QLatin1String("species")).toObject().value(QLatin1String("url")).toString(),
             api + QStringLiteral("pokemon-species/25/"));
    const QJsonObject form = json.value(QLatin1String("forms")).toArray().at(0).toObject();
    QCOMPARE(form.value(QLatin1String("url")).toString(), api + QStringLiteral("pokemon-form/25/"));
    QCOMPARE(json.value(QLatin1String("sprites"))
                 .toObject()
                 .value(QLatin1String("front_default"))
                 .toString(),
             m_api->baseUrl().toString() + QStringLiteral("sprites/sprites/pokemon/25.png"));

    // The rewritten URL is one this server answers.
    ReplyPtr species(m_nam->get(QNetworkRequest(QUrl(
        json.value(QLatin1String("species")).toObject().value(QLatin1String("url")).toString()))));
    QVERIFY(waitForFinished(species.get()));
    QCOMPARE(statusOf(species.get()), 200);
    QCOMPARE(jsonOf(species->readAll()).value(QLatin1String("name")).toString(),
             QStringLiteral("pikachu"));
}

void tst_FakePokeApi::unknownPathIsPlainNotFound_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown name") << "/api/v2/pokemon/bad_name";
    QTest::newRow("species-only name") << "/api/v2/pokemon/deoxys";
    QTest::newRow("unknown endpoint") << "/api/v2/move/1";
    QTest::newRow("unknown endpoint listing") << "/api/v2/move/";
    QTest::newRow("sub-resource") << "/api/v2/pokemon/25/forms";
    QTest::newRow("encounters not in the data") << "/api/v2/pokemon/6/encounters";
    QTest::newRow("api root") << "/api/v2/";
    QTest::newRow("root") << "/";
    QTest::newRow("missing sprite") << "/sprites/sprites/pokemon/25.png";
}

void tst_FakePokeApi::unknownPathIsPlainNotFound()
{
    QFETCH(QString, path);
    ReplyPtr reply(get(path));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::ContentNotFoundError);
    QCOMPARE(statusOf(reply.get()), 404);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
             QStringLiteral("text/plain"));
    QCOMPARE(reply->readAll(), QByteArrayLiteral("Not Found"));
}

void tst_FakePokeApi::listingIgnoresQuery_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("count");
    QTest::newRow("limit") << "/api/v2/pokemon?limit=100000" << 1351;
    QTest::newRow("slash, limit") << "/api/v2/pokemon/?limit=100000&offset=0" << 1351;
    QTest::newRow("no query") << "/api/v2/pokemon" << 1351;
    QTest::newRow("species") << "/api/v2/pokemon-species/?limit=100000" << 1025;
}

void tst_FakePokeApi::listingIgnoresQuery()
{
    QFETCH(QString, path);
    QFETCH(int, count);
    ReplyPtr reply(get(path));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(statusOf(reply.get()), 200);
    const QJsonObject json = jsonOf(reply->readAll());
    const QJsonArray results = json.value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), count);
    QVERIFY(results.at(0)
                .toObject()
                .value(QLatin1String("url"))
                .toString()
                .startsWith(m_api->apiUrl().toString()));
    QCOMPARE(m_api->requestedPaths(), QStringList { path });
}

void tst_FakePokeApi::responseOverrideWinsAndIgnoresQuery()
{
    m_api->setResponseFor(QStringLiteral("/api/v2/pokemon/pikachu"), 503, "busy", "text/plain");
    m_api->setResponseFor(QStringLiteral("/api/v2/pokemon/bad_name"), 200, "{\"id\":1}");

    ReplyPtr overridden(get(QStringLiteral("/api/v2/pokemon/pikachu?attempt=1")));
    ReplyPtr created(get(QStringLiteral("/api/v2/pokemon/bad_name")));
    ReplyPtr untouched(get(QStringLiteral("/api/v2/pokemon/25")));
    QVERIFY(waitForFinished(overridden.get()));
    QVERIFY(waitForFinished(created.get()));
    QVERIFY(waitForFinished(untouched.get()));

    QCOMPARE(statusOf(overridden.get()), 503);
    QCOMPARE(overridden->error(), QNetworkReply::ServiceUnavailableError);
    QCOMPARE(overridden->header(QNetworkRequest::ContentTypeHeader).toString(),
             QStringLiteral("text/plain"));
    QCOMPARE(overridden->readAll(), QByteArrayLiteral("busy"));
    QCOMPARE(statusOf(created.get()), 200);
    QCOMPARE(created->readAll(), QByteArrayLiteral("{\"id\":1}"));
    QCOMPARE(statusOf(untouched.get()), 200);

    // Status 0 takes the override away again.
    m_api->setResponseFor(QStringLiteral("/api/v2/pokemon/pikachu"), 0, {});
    ReplyPtr restored(get(QStringLiteral("/api/v2/pokemon/pikachu")));
    QVERIFY(waitForFinished(restored.get()));
    QCOMPARE(statusOf(restored.get()), 200);
    QCOMPARE(jsonOf(restored->readAll()).value(QLatin1String("id")).toInt(), 25);
}

void tst_FakePokeApi::extraHeadersAreSent()
{
    const QString path = QStringLiteral("/api/v2/pokemon/pikachu");
    m_api->setResponseFor(path, 429, "slow down", "text/plain");
    m_api->setExtraHeaders(path, { { "Retry-After", "2" }, { "X-Test", "yes" } });
    QSignalSpy sent(m_api.get(), &FakePokeApi::responseSent);

    ReplyPtr reply(get(path));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(statusOf(reply.get()), 429);
    QCOMPARE(reply->rawHeader("Retry-After"), QByteArrayLiteral("2"));
    QCOMPARE(reply->rawHeader("X-Test"), QByteArrayLiteral("yes"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).at(0).toString(), path);
    QCOMPARE(sent.at(0).at(1).toInt(), 429);
}

void tst_FakePokeApi::servesAddedPokemon()
{
    m_api->addPokemon(
        QStringLiteral("missingno"), 10999,
        R"({"id":10999,"name":"missingno","species":{"url":"/api/v2/pokemon-species/0/"}})");
    for (const QString &key : { QStringLiteral("missingno"), QStringLiteral("10999") }) {
        ReplyPtr reply(get(QStringLiteral("/api/v2/pokemon/") + key));
        QVERIFY(waitForFinished(reply.get()));
        QCOMPARE(statusOf(reply.get()), 200);
        const QJsonObject json = jsonOf(reply->readAll());
        QCOMPARE(json.value(QLatin1String("id")).toInt(), 10999);
        QCOMPARE(
            json.value(QLatin1String("species")).toObject().value(QLatin1String("url")).toString(),
            m_api->apiUrl().toString() + QStringLiteral("pokemon-species/0/"));
    }
}

void tst_FakePokeApi::servesSpritesFromDataDirOnly()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    const QDir root(dataDir.path());
    QVERIFY(root.mkpath(QStringLiteral("api/v2/pokemon")));
    QVERIFY(root.mkpath(QStringLiteral("sprites/sprites/pokemon")));
    const auto write = [&root](const QString &path, const QByteArray &bytes) {
        QFile file(root.filePath(path));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    const QByteArray json
        = R"({"id":7001,"name":"testmon","sprites":{"front_default":)"
          R"("https://raw.githubusercontent.com/PokeAPI/sprites/master/sprites/pokemon/7001.png"}})";
    QVERIFY(write(QStringLiteral("api/v2/pokemon/7001.json"), json));
    QVERIFY(write(QStringLiteral("sprites/sprites/pokemon/7001.png"), "not really a png"));

    FakePokeApi api(dataDir.path());
    QVERIFY(api.listen());
    ReplyPtr pokemon(m_nam->get(
        QNetworkRequest(api.apiUrl().resolved(QUrl(QStringLiteral("pokemon/testmon"))))));
    QVERIFY(waitForFinished(pokemon.get()));
    const QUrl spriteUrl(jsonOf(pokemon->readAll())
                             .value(QLatin1String("sprites"))
                             .toObject()
                             .value(QLatin1String("front_default"))
                             .toString());
    QCOMPARE(spriteUrl,
             api.baseUrl().resolved(QUrl(QStringLiteral("sprites/sprites/pokemon/7001.png"))));

    ReplyPtr sprite(m_nam->get(QNetworkRequest(spriteUrl)));
    QVERIFY(waitForFinished(sprite.get()));
    QCOMPARE(statusOf(sprite.get()), 200);
    QCOMPARE(sprite->header(QNetworkRequest::ContentTypeHeader).toString(),
             QStringLiteral("image/png"));
    QCOMPARE(sprite->readAll(), QByteArrayLiteral("not really a png"));

    // Percent-encoded dots must not climb out of sprites/ (QNAM would resolve plain "..").
    RawClient client;
    QVERIFY(client.connectTo(api.port()));
    client.send(getRequest("/sprites/%2e%2e/api/v2/pokemon/7001.json"));
    RawClient::Response response;
    QVERIFY(client.waitForResponse());
    response = client.takeResponse();
    QCOMPARE(response.status, 404);
}

void tst_FakePokeApi::parallelDelayedRequestsAreInFlightTogether()
{
    const int delayMs = 1000;
    m_api->setDelay(delayMs);
    QSignalSpy received(m_api.get(), &FakePokeApi::requestReceived);
    QSignalSpy inFlightChanges(m_api.get(), &FakePokeApi::inFlightChanged);
    QElapsedTimer timer;
    timer.start();

    std::vector<std::unique_ptr<QNetworkReply>> replies;
    int finished = 0;
    for (const char *name : { "bulbasaur", "charmander", "squirtle", "pikachu" }) {
        replies.emplace_back(get(QStringLiteral("/api/v2/pokemon/") + QLatin1String(name)));
        connect(replies.back().get(), &QNetworkReply::finished, this, [&finished] { ++finished; });
    }

    QTRY_COMPARE_WITH_TIMEOUT(m_api->inFlight(), 4, NetworkTimeoutMs);
    QCOMPARE(finished, 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished, 4, NetworkTimeoutMs);
    QVERIFY(timer.elapsed() >= delayMs);
    QCOMPARE(m_api->peakInFlight(), 4);
    QCOMPARE(m_api->inFlight(), 0);
    QCOMPARE(m_api->requestCount(), 4);
    QCOMPARE(received.size(), 4);
    QCOMPARE(m_api->completedPaths().size(), 4);
    QCOMPARE(inFlightChanges.constLast().at(0).toInt(), 0);
    for (const auto &reply : replies) {
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(statusOf(reply.get()), 200);
    }
}

void tst_FakePokeApi::delayForKeyMatchesNameAndId_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("slowPath");

    QTest::newRow("name, by name") << "pikachu"
                                   << "/api/v2/pokemon/pikachu";
    QTest::newRow("id, by name") << "25"
                                 << "/api/v2/pokemon/pikachu";
    QTest::newRow("name, by id") << "pikachu"
                                 << "/api/v2/pokemon/25/";
    QTest::newRow("name, other endpoint") << "pikachu"
                                          << "/api/v2/pokemon-species/25/";
}

void tst_FakePokeApi::delayForKeyMatchesNameAndId()
{
    QFETCH(QString, key);
    QFETCH(QString, slowPath);
    const QString fastPath = QStringLiteral("/api/v2/pokemon/bulbasaur");
    m_api->setDelay(0);
    m_api->setDelayFor(key, 600);

    QElapsedTimer timer;
    timer.start();
    ReplyPtr slow(get(slowPath));
    ReplyPtr fast(get(fastPath));
    QVERIFY(waitForFinished(slow.get()));
    QVERIFY(timer.elapsed() >= 600);
    QVERIFY(fast->isFinished());
    QCOMPARE(m_api->completedPaths(), (QStringList { fastPath, slowPath }));
}

void tst_FakePokeApi::faultsEndInAnError_data()
{
    QTest::addColumn<FakePokeApi::Fault>("fault");
    QTest::addColumn<QList<QNetworkReply::NetworkError>>("expected");

    QTest::newRow("stall") << FakePokeApi::Fault::Stall
                           << QList { QNetworkReply::OperationCanceledError,
                                      QNetworkReply::TimeoutError };
    QTest::newRow("close before response") << FakePokeApi::Fault::CloseBeforeResponse
                                           << QList { QNetworkReply::RemoteHostClosedError };
    QTest::newRow("close mid body")
        << FakePokeApi::Fault::CloseMidBody << QList { QNetworkReply::RemoteHostClosedError };
}

void tst_FakePokeApi::faultsEndInAnError()
{
    QFETCH(FakePokeApi::Fault, fault);
    QFETCH(QList<QNetworkReply::NetworkError>, expected);
    const QString path = QStringLiteral("/api/v2/pokemon/pikachu");
    m_api->setFaultFor(path, fault);
    QSignalSpy sent(m_api.get(), &FakePokeApi::responseSent);

    ReplyPtr reply(get(path, 300));
    if (fault == FakePokeApi::Fault::Stall)
        QTRY_COMPARE_WITH_TIMEOUT(m_api->inFlight(), 1, NetworkTimeoutMs);
    QVERIFY(waitForFinished(reply.get()));
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    QCOMPARE_LT(body.size(), 290000);
    // Qt 6.4 sometimes reports a body cut off by a closed connection as a success; then only
    // the announced length shows the cut, and a client has to check it (RequestQueue does).
    const bool cutOffSuccess = reply->error() == QNetworkReply::NoError
        && body.size() < reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    const bool cutOffAllowed = fault == FakePokeApi::Fault::CloseMidBody && cutOffSuccess;
    QVERIFY2(expected.contains(reply->error()) || cutOffAllowed, qPrintable(reply->errorString()));

    // Whatever the fault, the request stops counting once the connection is gone.
    QTRY_COMPARE_WITH_TIMEOUT(m_api->inFlight(), 0, NetworkTimeoutMs);
    QVERIFY(m_api->requestCount() >= 1);
    QCOMPARE(sent.size(), 0);
    QVERIFY(m_api->completedPaths().isEmpty());

    // Faults are per path: the server itself is fine.
    ReplyPtr other(get(QStringLiteral("/api/v2/pokemon/25")));
    QVERIFY(waitForFinished(other.get()));
    QCOMPARE(statusOf(other.get()), 200);
}

void tst_FakePokeApi::trickleDeliversByteByByte()
{
    const QString path = QStringLiteral("/api/v2/pokemon/slowpoke");
    const QByteArray body = "{\"id\":79}";
    m_api->setResponseFor(path, 200, body);
    m_api->setFaultFor(path, FakePokeApi::Fault::Trickle);

    QElapsedTimer timer;
    timer.start();
    ReplyPtr reply(get(path));
    int progressReports = 0;
    connect(reply.get(), &QNetworkReply::downloadProgress, this,
            [&progressReports](qint64 received) {
                if (received > 0)
                    ++progressReports;
            });
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), body);
    QVERIFY(timer.elapsed() >= (body.size() - 1) * 100);
    QVERIFY2(progressReports >= 3, QByteArray::number(progressReports).constData());
    QCOMPARE(m_api->completedPaths(), QStringList { path });
}

void tst_FakePokeApi::resetCountersForgetsRequestsInFlight()
{
    const QString path = QStringLiteral("/api/v2/pokemon/pikachu");
    m_api->setFaultFor(path, FakePokeApi::Fault::Stall);
    ReplyPtr reply(get(path));
    QTRY_COMPARE_WITH_TIMEOUT(m_api->inFlight(), 1, NetworkTimeoutMs);
    QCOMPARE(m_api->peakInFlight(), 1);
    QCOMPARE(m_api->requestCount(), 1);

    QSignalSpy inFlightChanges(m_api.get(), &FakePokeApi::inFlightChanged);
    m_api->resetCounters();
    QCOMPARE(m_api->inFlight(), 0);
    QCOMPARE(m_api->peakInFlight(), 0);
    QCOMPARE(m_api->requestCount(), 0);
    QVERIFY(m_api->requestedPaths().isEmpty());
    QCOMPARE(inFlightChanges.size(), 1);

    // The forgotten request's end must not drive the counter below zero.
    reply->abort();
    ReplyPtr next(get(QStringLiteral("/api/v2/pokemon/1")));
    QVERIFY(waitForFinished(next.get()));
    QCOMPARE(m_api->inFlight(), 0);
    QCOMPARE(m_api->peakInFlight(), 1);
    QCOMPARE(m_api->completedPaths(), QStringList { QStringLiteral("/api/v2/pokemon/1") });
}

void tst_FakePokeApi::heldAnswersWaitForRelease()
{
    const QString heldPath = QStringLiteral("/api/v2/pokemon/pikachu");
    const QString otherPath = QStringLiteral("/api/v2/pokemon/eevee");
    m_api->hold(heldPath);
    ReplyPtr first(get(heldPath));
    ReplyPtr second(get(heldPath));
    ReplyPtr other(get(otherPath));
    QVERIFY(waitForFinished(other.get()));
    // Both held requests arrived and count as in flight; nothing of theirs went out.
    QTRY_COMPARE(m_api->inFlight(), 2);
    QCOMPARE(m_api->requestCount(), 3);
    QCOMPARE(m_api->completedPaths(), QStringList { otherPath });
    QVERIFY(!first->isFinished());
    QVERIFY(!second->isFinished());

    m_api->release(heldPath);
    QVERIFY(waitForFinished(first.get()));
    QVERIFY(waitForFinished(second.get()));
    QCOMPARE(statusOf(first.get()), 200);
    QCOMPARE(jsonOf(first->readAll()).value(QLatin1String("name")).toString(),
             QStringLiteral("pikachu"));
    QCOMPARE(m_api->inFlight(), 0);
    // Released means no longer held.
    ReplyPtr again(get(heldPath));
    QVERIFY(waitForFinished(again.get()));

    // reset() sends what is still held.
    m_api->hold(otherPath);
    ReplyPtr held(get(otherPath));
    QTRY_COMPARE(m_api->inFlight(), 1);
    m_api->reset();
    QVERIFY(waitForFinished(held.get()));
    QCOMPARE(statusOf(held.get()), 200);
}

void tst_FakePokeApi::resetRestoresDefaults()
{
    const QString path = QStringLiteral("/api/v2/pokemon/pikachu");
    m_api->setDelay(60000);
    m_api->setDelayFor(QStringLiteral("pikachu"), 60000);
    m_api->setResponseFor(path, 500, "boom");
    m_api->setFaultFor(path, FakePokeApi::Fault::Stall);
    m_api->setExtraHeaders(path, { { "X-Test", "yes" } });
    m_api->reset();

    ReplyPtr reply(get(path));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(statusOf(reply.get()), 200);
    QVERIFY(!reply->hasRawHeader("X-Test"));
    QCOMPARE(jsonOf(reply->readAll()).value(QLatin1String("id")).toInt(), 25);
    QCOMPARE(m_api->requestCount(), 1);
}

void tst_FakePokeApi::keepAliveServesSequentialRequests()
{
    RawClient client;
    QVERIFY(client.connectTo(m_api->port()));
    RawClient::Response response;

    client.send(getRequest("/api/v2/pokemon/1"));
    QVERIFY(client.waitForResponse());
    response = client.takeResponse();
    QCOMPARE(response.status, 200);
    QVERIFY(response.head.contains("Connection: keep-alive"));
    QCOMPARE(jsonOf(response.body).value(QLatin1String("id")).toInt(), 1);

    client.send(getRequest("/api/v2/pokemon/charmander"));
    QVERIFY(client.waitForResponse());
    response = client.takeResponse();
    QCOMPARE(response.status, 200);
    QCOMPARE(jsonOf(response.body).value(QLatin1String("id")).toInt(), 4);
    QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_api->requestCount(), 2);
}

void tst_FakePokeApi::pipelinedRequestsAreAnsweredInOrder()
{
    // The first is slower, so answering out of order would show.
    m_api->setDelayFor(QStringLiteral("gengar"), 300);
    RawClient client;
    QVERIFY(client.connectTo(m_api->port()));
    client.send(getRequest("/api/v2/pokemon/gengar") + getRequest("/api/v2/pokemon/404-me")
                + getRequest("/api/v2/pokemon/eevee"));

    RawClient::Response response;
    QVERIFY(client.waitForResponse());
    response = client.takeResponse();
    QCOMPARE(jsonOf(response.body).value(QLatin1String("name")).toString(),
             QStringLiteral("gengar"));
    QVERIFY(client.waitForResponse());
    response = client.takeResponse();
    QCOMPARE(response.status, 404);
    QCOMPARE(response.body, QByteArrayLiteral("Not Found"));
    QVERIFY(client.waitForResponse());
    response = client.takeResponse();
    QCOMPARE(jsonOf(response.body).value(QLatin1String("name")).toString(),
             QStringLiteral("eevee"));
    QCOMPARE(m_api->completedPaths(),
             (QStringList { QStringLiteral("/api/v2/pokemon/gengar"),
                            QStringLiteral("/api/v2/pokemon/404-me"),
                            QStringLiteral("/api/v2/pokemon/eevee") }));
}

void tst_FakePokeApi::requestSplitAcrossWritesIsServed()
{
    RawClient client;
    QVERIFY(client.connectTo(m_api->port()));
    QSignalSpy received(m_api.get(), &FakePokeApi::requestReceived);
    const QByteArray request = getRequest("/api/v2/pokemon/snorlax", "Accept: */*\r\n");
    for (qsizetype at = 0; at < request.size(); at += 7) {
        client.send(request.mid(at, 7));
        QTRY_COMPARE_WITH_TIMEOUT(client.socket().bytesToWrite(), qint64(0), NetworkTimeoutMs);
    }
    RawClient::Response response;
    QVERIFY(client.waitForResponse());
    response = client.takeResponse();
    QCOMPARE(response.status, 200);
    QCOMPARE(jsonOf(response.body).value(QLatin1String("id")).toInt(), 143);
    QCOMPARE(received.size(), 1);
}

void tst_FakePokeApi::headSendsNoBody()
{
    RawClient client;
    QVERIFY(client.connectTo(m_api->port()));
    client.send("HEAD /api/v2/pokemon/1 HTTP/1.1\r\nHost: x\r\n\r\n"
                + getRequest("/api/v2/pokemon/7"));
    RawClient::Response response;
    QVERIFY(client.waitForResponse(true));
    response = client.takeResponse(true);
    QCOMPARE(response.status, 200);
    QVERIFY(!response.head.contains("Content-Length: 0\r"));
    // Were a body sent after the HEAD answer, it would be parsed as the next response.
    QVERIFY(client.waitForResponse());
    response = client.takeResponse();
    QCOMPARE(response.status, 200);
    QCOMPARE(jsonOf(response.body).value(QLatin1String("id")).toInt(), 7);
}

void tst_FakePokeApi::rawRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("closes");

    QTest::newRow("garbage") << QByteArray("this is not http at all\r\n\r\n") << 400 << true;
    QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\r\n\r\n", 10) << 400 << true;
    QTest::newRow("no version") << QByteArray("GET /api/v2/pokemon/1\r\n\r\n") << 400 << true;
    QTest::newRow("unknown version") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 400 << true;
    QTest::newRow("relative target") << QByteArray("GET pokemon HTTP/1.1\r\n\r\n") << 400 << true;
    QTest::newRow("bad header") << QByteArray("GET / HTTP/1.1\r\nno colon\r\n\r\n") << 400 << true;
    QTest::newRow("body") << QByteArray(
        "GET /api/v2/pokemon/1 HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello")
                          << 400 << true;
    QTest::newRow("chunked body") << QByteArray(
        "POST /api/v2/pokemon/1 HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                  << 400 << true;
    QTest::newRow("post") << QByteArray(
        "POST /api/v2/pokemon/1 HTTP/1.1\r\nContent-Length: 0\r\n\r\n")
                          << 405 << false;
    QTest::newRow("delete") << QByteArray("DELETE /api/v2/pokemon/1 HTTP/1.1\r\n\r\n") << 405
                            << false;
    QTest::newRow("connection close")
        << QByteArray("GET /api/v2/pokemon/1 HTTP/1.1\r\nConnection: close\r\n\r\n") << 200 << true;
    QTest::newRow("http/1.0") << QByteArray("GET /api/v2/pokemon/1 HTTP/1.0\r\n\r\n") << 200
                              << true;
    QTest::newRow("bare LF") << QByteArray("GET /api/v2/pokemon/1 HTTP/1.1\nHost: x\n\n") << 200
                             << false;
}

void tst_FakePokeApi::rawRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(bool, closes);

    RawClient client;
    QVERIFY(client.connectTo(m_api->port()));
    QSignalSpy sent(m_api.get(), &FakePokeApi::responseSent);
    client.send(request);
    RawClient::Response response;
    QVERIFY(client.waitForResponse());
    response = client.takeResponse();
    QCOMPARE(response.status, status);
    QVERIFY(response.head.startsWith("HTTP/1.1 "));
    QCOMPARE(response.head.contains("Connection: close"), closes);
    if (closes) {
        QTRY_COMPARE_WITH_TIMEOUT(client.socket().state(), QAbstractSocket::UnconnectedState,
                                  NetworkTimeoutMs);
        QCOMPARE(client.leftover(), QByteArray());
    } else {
        // Still usable for the next request.
        client.send(getRequest("/api/v2/pokemon/39"));
        QVERIFY(client.waitForResponse());
        response = client.takeResponse();
        QCOMPARE(response.status, 200);
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_api->inFlight(), 0, NetworkTimeoutMs);
    QCOMPARE(sent.at(0).at(1).toInt(), status);
}

void tst_FakePokeApi::parserTakesRequestsByteByByte()
{
    const QByteArray stream = "\r\nGET /a?q=1 HTTP/1.1\r\nHost: x\r\nConnection:  close \r\n\r\n"
                              "GET /b HTTP/1.0\r\nConnection: keep-alive\r\n\r\n";
    QByteArray buffer;
    QList<HttpRequest> requests;
    for (char byte : stream) {
        buffer += byte;
        HttpRequest request;
        if (HttpRequestParser::take(buffer, request) == HttpRequestParser::Result::Complete)
            requests.append(request);
    }
    QCOMPARE(requests.size(), 2);
    QVERIFY(buffer.isEmpty());
    QVERIFY(requests.at(0).isValid());
    QCOMPARE(requests.at(0).method, QByteArrayLiteral("GET"));
    QCOMPARE(requests.at(0).target, QByteArrayLiteral("/a?q=1"));
    QCOMPARE(requests.at(0).path(), QByteArrayLiteral("/a"));
    QCOMPARE(requests.at(0).header("host"), QByteArrayLiteral("x"));
    QVERIFY(!requests.at(0).keepAlive());
    QCOMPARE(requests.at(1).target, QByteArrayLiteral("/b"));
    QVERIFY(requests.at(1).keepAlive());

    QByteArray endless(HttpRequestParser::MaxHeadSize + 1, 'a');
    HttpRequest request;
    QCOMPARE(HttpRequestParser::take(endless, request), HttpRequestParser::Result::TooLarge);
}

void tst_FakePokeApi::helperPrintsUrlAndCountersAndQuitsOnSigterm_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addRow("http") << false;
    QTest::addRow("https with the test certificate (--tls)") << true;
}

void tst_FakePokeApi::helperPrintsUrlAndCountersAndQuitsOnSigterm()
{
    QFETCH(bool, tls);
    QProcess helper;
    QStringList arguments { QStringLiteral("--delay"), QStringLiteral("50"),
                            QStringLiteral("--jitter"), QStringLiteral("20") };
    QSslConfiguration trustingTestCa = QSslConfiguration::defaultConfiguration();
    if (tls) {
        arguments << QStringLiteral("--tls");
        QFile ca(QStringLiteral(POKEDEX_TEST_DATA "/tls/ca.pem"));
        QVERIFY(ca.open(QIODevice::ReadOnly));
        trustingTestCa.addCaCertificates(QSslCertificate::fromData(ca.readAll()));
    }
    helper.start(QStringLiteral(FAKEPOKEAPI_EXE), arguments);
    QVERIFY2(helper.waitForStarted(NetworkTimeoutMs), qPrintable(helper.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(helper.canReadLine(), NetworkTimeoutMs);
    const QByteArray line = helper.readLine();
    const QUrl apiUrl(QString::fromUtf8(line.trimmed()));
    QCOMPARE(apiUrl.scheme(), tls ? QStringLiteral("https") : QStringLiteral("http"));
    QCOMPARE(apiUrl.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(apiUrl.path(), QStringLiteral("/api/v2/"));
    QVERIFY(apiUrl.port() > 0);

    // Its default data dir is the test data.
    QElapsedTimer timer;
    timer.start();
    QNetworkRequest request(apiUrl.resolved(QUrl(QStringLiteral("pokemon/pikachu"))));
    request.setSslConfiguration(trustingTestCa);
    ReplyPtr reply(m_nam->get(request));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(statusOf(reply.get()), 200);
    QVERIFY(timer.elapsed() >= 50);
    QCOMPARE(reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool(), false);
    const QJsonObject json = jsonOf(reply->readAll());
    QCOMPARE(json.value(QLatin1String("species")).toObject().value(QLatin1String("url")).toString(),
             apiUrl.toString() + QStringLiteral("pokemon-species/25/"));

    QSignalSpy finished(&helper, &QProcess::finished);
    helper.terminate();
    QVERIFY(finished.wait(NetworkTimeoutMs));
    QCOMPARE(helper.exitStatus(), QProcess::NormalExit);
    QCOMPARE(helper.exitCode(), 0);
    // Then its counters, as one JSON line, and nothing more.
    const QList<QByteArray> lines = helper.readAllStandardOutput().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1), QByteArray());
    const QJsonObject counters = jsonOf(lines.at(0));
    QCOMPARE(counters.value(QLatin1String("requests")).toInt(-1), 1);
    QCOMPARE(counters.value(QLatin1String("peakInFlight")).toInt(-1), 1);
    QCOMPARE(counters.value(QLatin1String("inFlight")).toInt(-1), 0);
}

QTEST_GUILESS_MAIN(tst_FakePokeApi)
#include "tst_fakepokeapi.moc"
