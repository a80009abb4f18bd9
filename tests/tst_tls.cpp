// HTTPS against the fake PokeAPI served by a QSslServer with the test certificate in
// tests/data/tls: a client that trusts the test CA loads a Pokémon, one that does not gets
// an error row (TLS errors are never ignored), and redirects never lower the security.

#include "api/pokeapiclient.h"
#include "fakepokeapi.h"
#include "net/requestqueue.h"
#include "search/nameindex.h"
#include "search/pokemonlistmodel.h"
#include "search/searchcontroller.h"

#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTest>
#include <memory>
#include <optional>

using State = PokemonListModel::State;

namespace {

QByteArray readTestFile(const QString &name)
{
    QFile file(QStringLiteral(POKEDEX_TEST_DATA "/tls/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

// The whole engine over one network access manager, as the app builds it.
struct Engine
{
    explicit Engine(const QUrl &apiUrl)
        : client(&nam, apiUrl)
        , index(&client)
        , controller(&client, &model, &index)
    {
        client.queue()->setRetryPolicy(2, 5);
    }

    // Searches and waits until every row is terminal; the state of the first row.
    PokemonListModel::Entry search(const QString &text)
    {
        QSignalSpy finished(&controller, &SearchController::finished);
        controller.search(text);
        if (!finished.wait(20000))
            qWarning("search did not finish");
        return model.rowCount() > 0 ? model.entry(0) : PokemonListModel::Entry();
    }

    QNetworkAccessManager nam;
    PokeApiClient client;
    PokemonListModel model;
    NameIndex index;
    SearchController controller;
};

} // namespace

class tst_Tls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void clientTrustingTheTestCaLoadsPikachu();
    void clientNotTrustingItGetsAnErrorRow();
    void sslErrorsAreIgnoredNowhere();
    void redirects_data();
    void redirects();

private:
    QSslConfiguration trustingConfiguration() const;

    QList<QSslCertificate> m_ca;
    QSslConfiguration m_serverConfiguration;
    std::unique_ptr<FakePokeApi> m_https;
    std::unique_ptr<FakePokeApi> m_http;
};

void tst_Tls::initTestCase()
{
    if (!QSslSocket::supportsSsl()) {
        // A CI runner that lost its TLS backend would otherwise pass without testing TLS.
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("this Qt has no TLS backend, and CI (the CI variable is set) must test TLS");
        QSKIP("this Qt has no TLS backend");
    }
    m_ca = QSslCertificate::fromData(readTestFile(QStringLiteral("ca.pem")));
    QCOMPARE(m_ca.size(), 1);
    const QList<QSslCertificate> server
        = QSslCertificate::fromData(readTestFile(QStringLiteral("server.pem")));
    QCOMPARE(server.size(), 1);
    const QSslKey key(readTestFile(QStringLiteral("server-key.pem")), QSsl::Ec);
    QVERIFY(!key.isNull());
    // The test CA is nobody's system CA: otherwise "not trusted" below would prove nothing.
    QVERIFY(!QSslConfiguration::systemCaCertificates().contains(m_ca.first()));

    m_serverConfiguration = QSslConfiguration::defaultConfiguration();
    m_serverConfiguration.setLocalCertificate(server.first());
    m_serverConfiguration.setPrivateKey(key);
    m_serverConfiguration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
}

void tst_Tls::init()
{
    m_https = std::make_unique<FakePokeApi>(QStringLiteral(POKEDEX_TEST_DATA));
    m_https->setTlsConfiguration(m_serverConfiguration);
    QVERIFY(m_https->listen());
    QCOMPARE(m_https->apiUrl().scheme(), QStringLiteral("https"));
    m_http = std::make_unique<FakePokeApi>(QStringLiteral(POKEDEX_TEST_DATA));
    QVERIFY(m_http->listen());
}

void tst_Tls::cleanup()
{
    m_https.reset();
    m_http.reset();
}

QSslConfiguration tst_Tls::trustingConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(m_ca);
    return configuration;
}

void tst_Tls::clientTrustingTheTestCaLoadsPikachu()
{
    Engine engine(m_https->apiUrl());
    engine.client.queue()->setSslConfiguration(trustingConfiguration());

    const auto entry = engine.search(QStringLiteral("pikachu"));

    QVERIFY2(entry.state == State::Loaded, qPrintable(entry.error));
    QCOMPARE(entry.pokemon.name, QStringLiteral("pikachu"));
    QCOMPARE(entry.pokemon.id, 25);
    QCOMPARE(m_https->requestedPaths(), QStringList { QStringLiteral("/api/v2/pokemon/pikachu") });
}

void tst_Tls::clientNotTrustingItGetsAnErrorRow()
{
    Engine engine(m_https->apiUrl()); // Qt's default configuration: the system's CAs only
    QSignalSpy retries(engine.client.queue(), &RequestQueue::retryScheduled);

    const auto entry = engine.search(QStringLiteral("pikachu"));

    QCOMPARE(entry.state, State::Error);
    QVERIFY2(entry.error.contains(QStringLiteral("The secure connection to 127.0.0.1 failed")),
             qPrintable(entry.error));
    QCOMPARE(retries.size(), 0); // a certificate does not get better by asking again
    QCOMPARE(m_https->requestCount(), 0); // not a byte of HTTP went over the untrusted channel
}

// There must be no way to switch certificate checks off: no call of ignoreSslErrors()
// anywhere in the program's sources.
void tst_Tls::sslErrorsAreIgnoredNowhere()
{
    int files = 0;
    for (const char *dir : { "app", "ui" }) {
        QDirIterator it(QStringLiteral(POKEDEX_SOURCE_DIR "/") + QLatin1String(dir),
                        { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++files;
            QVERIFY2(!file.readAll().contains("ignoreSslErrors"), qPrintable(file.fileName()));
        }
    }
    QVERIFY(files > 20);
}

void tst_Tls::redirects_data()
{
    QTest::addColumn<bool>("fromHttps");
    QTest::addColumn<bool>("toHttps");
    QTest::addColumn<bool>("followed");
    QTest::newRow("https -> http is refused") << true << false << false;
    QTest::newRow("http -> http on the same host is followed") << false << false << true;
    QTest::newRow("https -> https is followed") << true << true << true;
    QTest::newRow("http -> https is followed") << false << true << true;
}

void tst_Tls::redirects()
{
    QFETCH(bool, fromHttps);
    QFETCH(bool, toHttps);
    QFETCH(bool, followed);
    FakePokeApi *from = fromHttps ? m_https.get() : m_http.get();
    FakePokeApi *to = toHttps ? m_https.get() : m_http.get();
    // Moved to the same Pokémon by number, so that only the redirected request can answer.
    const QString movedPath = QStringLiteral("/api/v2/pokemon/pikachu");
    const QUrl target = to->baseUrl().resolved(QUrl(QStringLiteral("api/v2/pokemon/25")));
    from->setRedirectFor(movedPath, target, 301);
    Engine engine(from->apiUrl());
    engine.client.queue()->setSslConfiguration(trustingConfiguration());

    const auto entry = engine.search(QStringLiteral("pikachu"));

    QCOMPARE(from->requestedPaths().value(0), movedPath);
    if (followed) {
        QVERIFY2(entry.state == State::Loaded, qPrintable(entry.error));
        QCOMPARE(entry.pokemon.id, 25);
        QVERIFY(to->requestedPaths().contains(QStringLiteral("/api/v2/pokemon/25")));
    } else {
        QCOMPARE(entry.state, State::Error);
        QVERIFY2(entry.error.contains(QStringLiteral("Refused an unsafe or endless redirect")),
                 qPrintable(entry.error));
        QCOMPARE(to->requestCount(), 0); // nothing was sent in clear text
    }
}

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_tls.moc"
