// The whole engine against a fake PokeAPI that speaks HTTP/2 only (tests/support/h2server.mjs
// under Node, TLS with the test CA): the first reply tells the queue the host multiplexes,
// and from then on the window is as wide as the settings allow: MaxConcurrency when automatic,
// exactly the cap when one is set. Counted by the server, which sees what really was open at
// once, and by the queue; no timing is asserted.

#include "net/networkdefaults.h"
#include "net/requestqueue.h"
#include "serverprocess.h"
#include "testengine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

using State = PokemonListModel::State;

namespace {

QByteArray readTestFile(const QString &relativePath)
{
    QFile file(QStringLiteral(POKEDEX_TEST_DATA "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

// The first `count` names of the real /pokemon listing: bulbasaur, ivysaur, ...
QStringList listedNames(int count)
{
    const QJsonArray results
        = QJsonDocument::fromJson(readTestFile(QStringLiteral("api/v2/pokemon/index.json")))
              .object()
              .value(QLatin1String("results"))
              .toArray();
    QStringList names;
    for (qsizetype i = 0; i < results.size() && names.size() < count; ++i)
        names.append(results.at(i).toObject().value(QLatin1String("name")).toString());
    return names;
}

int counter(const QJsonObject &counters, const char *name)
{
    return counters.value(QLatin1String(name)).toInt(-1);
}

} // namespace

class tst_Http2 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstReplyReportsHttp2();
    void windowWidensToTheLimit_data();
    void windowWidensToTheLimit();

private:
    // A TestEngine on `server` that trusts the test CA.
    std::unique_ptr<TestEngine> engineFor(const ServerProcess &server) const;

    QSslConfiguration m_trustingTestCa;
};

void tst_Http2::initTestCase()
{
    // On CI a missing prerequisite must fail: a green run that tested nothing proves nothing.
    const bool ci = qEnvironmentVariableIsSet("CI");
    if (!QSslSocket::supportsSsl()) {
        if (ci)
            QFAIL("this Qt has no TLS backend, and CI (the CI variable is set) must test HTTP/2");
        QSKIP("this Qt has no TLS backend, and HTTP/2 needs TLS (ALPN)");
    }
    if (ServerProcess::node().isEmpty()) {
        if (ci)
            QFAIL("Node (node or nodejs, Debian package nodejs) is not on PATH, and CI (the CI "
                  "variable is set) must test HTTP/2; packaging/install-build-deps.sh installs it");
        QSKIP("Node (node or nodejs, Debian package nodejs) is not on PATH: the HTTP/2 fake "
              "server runs on it; packaging/install-build-deps.sh installs it");
    }
    const QList<QSslCertificate> ca
        = QSslCertificate::fromData(readTestFile(QStringLiteral("tls/ca.pem")));
    QCOMPARE(ca.size(), 1);
    m_trustingTestCa = QSslConfiguration::defaultConfiguration();
    m_trustingTestCa.addCaCertificates(ca);
}

std::unique_ptr<TestEngine> tst_Http2::engineFor(const ServerProcess &server) const
{
    auto engine = std::make_unique<TestEngine>(server.apiUrl());
    engine->client.queue()->setSslConfiguration(m_trustingTestCa);
    return engine;
}

void tst_Http2::firstReplyReportsHttp2()
{
    ServerProcess server;
    const QString failure = server.startHttp2({});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    auto engine = engineFor(server);
    RequestQueue *queue = engine->client.queue();
    const QUrl apiUrl = server.apiUrl();
    QCOMPARE(queue->windowFor(apiUrl), RequestQueue::Http1ConnectionsPerHost); // not known yet
    QSignalSpy protocol(&engine->client, &PokeApiClient::protocolKnown);

    QVERIFY(engine->search(QStringLiteral("pikachu")));

    const auto &entry = engine->model.entry(0);
    QVERIFY2(entry.state == State::Loaded, qPrintable(entry.error));
    QCOMPARE(entry.pokemon.id, 25);
    QCOMPARE(protocol.size(), 1);
    QCOMPARE(protocol.at(0).at(0).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(protocol.at(0).at(1).toBool(), true);
    QCOMPARE(queue->windowFor(apiUrl), NetworkDefaults::MaxConcurrency);
    const QJsonObject counters = server.stop();
    QCOMPARE(counter(counters, "streams"), 1);
    QCOMPARE(counter(counters, "inFlight"), 0);
}

void tst_Http2::windowWidensToTheLimit_data()
{
    QTest::addColumn<int>("maxInFlight");
    QTest::addColumn<int>("expectedPeak");
    QTest::addRow("automatic: MaxConcurrency") << 0 << NetworkDefaults::MaxConcurrency;
    QTest::addRow("capped at 16") << 16 << 16;
    QTest::addRow("capped at 3, below HTTP/1.1's 6") << 3 << 3;
}

// 150 names, each answered after 200 ms: far more than any window, and slow enough that the
// window fills before the first answers come back.
void tst_Http2::windowWidensToTheLimit()
{
    QFETCH(int, maxInFlight);
    QFETCH(int, expectedPeak);
    ServerProcess server;
    const QString failure = server.startHttp2(
        { QStringLiteral("--synthetic"), QStringLiteral("--delay"), QStringLiteral("200") });
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    auto engine = engineFor(server);
    engine->stopModelChecks(); // the tester checks the whole model on every change
    RequestQueue *queue = engine->client.queue();
    queue->setMaxInFlight(maxInFlight);
    QSignalSpy protocol(queue, &RequestQueue::protocolKnown);
    QSignalSpy rateLimited(queue, &RequestQueue::rateLimited);
    int clientPeak = 0;
    connect(queue, &RequestQueue::countsChanged, this,
            [&clientPeak](int inFlight, int) { clientPeak = qMax(clientPeak, inFlight); });
    const QStringList names = listedNames(150);
    QCOMPARE(names.size(), 150);

    QSignalSpy finished(&engine->controller, &SearchController::finished);
    engine->controller.searchQueries(names);
    QVERIFY(finished.wait(60000));

    // What the server saw is the proof; the queue's own view must agree with it.
    const QJsonObject counters = server.stop();
    QCOMPARE(counter(counters, "streams"), names.size()); // each name asked once, none retried
    QCOMPARE(counter(counters, "peakInFlight"), expectedPeak);
    QCOMPARE(counter(counters, "inFlight"), 0);
    QCOMPARE(protocol.size(), 1);
    QCOMPARE(protocol.at(0).at(1).toBool(), true);
    QCOMPARE(rateLimited.size(), 0);
    QCOMPARE(queue->windowFor(server.apiUrl()), expectedPeak);
    QCOMPARE(clientPeak, expectedPeak);
    QCOMPARE(engine->model.rowCount(), names.size());
    QCOMPARE(engine->model.counts().loaded, names.size());
    for (int row = 0; row < names.size(); ++row) {
        const auto &entry = engine->model.entry(row);
        QVERIFY2(entry.state == State::Loaded, qPrintable(names.at(row) + u": " + entry.error));
        QCOMPARE(entry.pokemon.name, names.at(row));
        QCOMPARE(entry.pokemon.id, row + 1);
    }
}

QTEST_GUILESS_MAIN(tst_Http2)
#include "tst_http2.moc"
