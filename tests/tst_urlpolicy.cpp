// URLs inside answers are data, not orders: resource URLs are mapped onto the configured API
// by their path below /api/v2/, and nothing else is fetched — proved against two fake servers
// and a local file.

#include "api/pokeapiclient.h"
#include "api/pokemondetailsloader.h"
#include "fakepokeapi.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_UrlPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void resolveResource_data();
    void resolveResource();
    void mirrorBaseKeepsItsOwnUrls();
    void varietyOnAnotherHostIsAskedOfTheConfiguredApi();
    void varietyAsALocalFileIsRefused_data();
    void varietyAsALocalFileIsRefused();
    void mediaOnlyOverHttp_data();
    void mediaOnlyOverHttp();

private:
    QByteArray speciesWithVarietyUrl(const QByteArray &url) const;
    LookupResult lookUp(const QString &slug);

    std::unique_ptr<FakePokeApi> m_server;
    std::unique_ptr<FakePokeApi> m_otherHost; // must never see a request
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<PokeApiClient> m_client;
    QTemporaryDir m_dir;
};

void tst_UrlPolicy::init()
{
    m_server = std::make_unique<FakePokeApi>(QStringLiteral(POKEDEX_TEST_DATA));
    QVERIFY(m_server->listen());
    m_otherHost = std::make_unique<FakePokeApi>(QStringLiteral(POKEDEX_TEST_DATA));
    QVERIFY(m_otherHost->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<PokeApiClient>(m_nam.get(), m_server->apiUrl());
    QVERIFY(m_dir.isValid());
}

void tst_UrlPolicy::resolveResource_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("resolved"); // below the API; empty: refused
    QTest::addRow("pokeapi.co") << "https://pokeapi.co/api/v2/pokemon-species/6/"
                                << "pokemon-species/6/";
    QTest::addRow("another loopback host") << "http://127.0.0.2:8080/api/v2/evolution-chain/2/"
                                           << "evolution-chain/2/";
    QTest::addRow("absolute path") << "/api/v2/pokemon/25/"
                                   << "pokemon/25/";
    QTest::addRow("relative to the api") << "type/fire"
                                         << "type/fire";
    QTest::addRow("query kept") << "https://pokeapi.co/api/v2/pokemon?offset=20&limit=20"
                                << "pokemon?offset=20&limit=20";
    QTest::addRow("encoded name kept") << "/api/v2/pokemon/mr%20mime/"
                                       << "pokemon/mr%20mime/";
    QTest::addRow("file") << "file:///etc/passwd" << QString();
    QTest::addRow("file with api path") << "file:///api/v2/pokemon/1/" << QString();
    QTest::addRow("qrc") << "qrc:/api/v2/pokemon/1/" << QString();
    QTest::addRow("data") << "data:application/json,{}" << QString();
    QTest::addRow("ftp") << "ftp://pokeapi.co/api/v2/pokemon/1/" << QString();
    QTest::addRow("outside the api") << "https://pokeapi.co/media/sprites/1.png" << QString();
    QTest::addRow("protocol-relative") << "//evil.example/api/v2/pokemon/1/" << QString();
    QTest::addRow("climbs out") << "/api/v2/../../etc/passwd" << QString();
    QTest::addRow("climbs out, encoded") << "/api/v2/%2e%2e/%2E%2E/etc/passwd" << QString();
    QTest::addRow("relative climb") << "../../etc/passwd" << QString();
    QTest::addRow("api root itself") << "/api/v2/" << QString();
}

void tst_UrlPolicy::resolveResource()
{
    QFETCH(QString, url);
    QFETCH(QString, resolved);
    QString error;
    const auto result = m_client->resolveResource(QUrl(url), &error);
    if (resolved.isEmpty()) {
        QVERIFY2(!result, qPrintable(result ? result->toString() : QString()));
        QVERIFY2(error.contains(QStringLiteral("not a PokeAPI resource")), qPrintable(error));
        return;
    }
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->toString(QUrl::FullyEncoded),
             m_server->apiUrl().toString(QUrl::FullyEncoded) + resolved);
}

void tst_UrlPolicy::mirrorBaseKeepsItsOwnUrls()
{
    // A mirror under another path: its own absolute URLs stay as they are.
    PokeApiClient mirror(m_nam.get(), QUrl(QStringLiteral("http://127.0.0.1:9/pokeapi/v2")));
    const QUrl own(QStringLiteral("http://127.0.0.1:9/pokeapi/v2/pokemon/1/"));
    QCOMPARE(mirror.resolveResource(own), std::optional(own));
    QCOMPARE(mirror.resolveResource(QUrl(QStringLiteral("https://pokeapi.co/api/v2/pokemon/1/"))),
             std::optional(own));
    QVERIFY(!mirror.resolveResource(QUrl(QStringLiteral("http://127.0.0.1:10/pokeapi/v2/x/1/"))));
}

QByteArray tst_UrlPolicy::speciesWithVarietyUrl(const QByteArray &url) const
{
    QFile file(QStringLiteral(POKEDEX_TEST_DATA "/api/v2/pokemon-species/386.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray json = file.readAll();
    json.replace("\"/api/v2/pokemon/386/\"", QByteArray('"' + url + '"'));
    return json;
}

LookupResult tst_UrlPolicy::lookUp(const QString &slug)
{
    PokemonLookup *lookup = m_client->lookupPokemon(slug);
    QSignalSpy spy(lookup, &PokemonLookup::finished);
    if (!spy.wait(10000))
        return {};
    return spy.at(0).at(0).value<LookupResult>();
}

void tst_UrlPolicy::varietyOnAnotherHostIsAskedOfTheConfiguredApi()
{
    const QByteArray elsewhere = m_otherHost->apiUrl().toEncoded() + "pokemon/386/";
    m_server->setResponseFor(QStringLiteral("/api/v2/pokemon-species/deoxys"), 200,
                             speciesWithVarietyUrl(elsewhere));
    const LookupResult result = lookUp(QStringLiteral("deoxys"));
    QCOMPARE(result.status, LookupResult::Status::Found);
    QCOMPARE(result.pokemon.name, QStringLiteral("deoxys-normal"));
    QCOMPARE(m_otherHost->requestCount(), 0);
    QCOMPARE(m_server->requestedPaths().value(2), QStringLiteral("/api/v2/pokemon/386/"));
}

void tst_UrlPolicy::varietyAsALocalFileIsRefused_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addRow("file") << "file";
    QTest::addRow("qrc") << "qrc";
}

void tst_UrlPolicy::varietyAsALocalFileIsRefused()
{
    QFETCH(QString, scheme);
    // A whole, valid Pokémon document: if it were read, the lookup would find Pikachu.
    const QString path = m_dir.filePath(QStringLiteral("api/v2/pokemon/386.json"));
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile::remove(path);
    QVERIFY(QFile::copy(QStringLiteral(POKEDEX_TEST_DATA "/api/v2/pokemon/25.json"), path));
    const QUrl local = QUrl::fromLocalFile(path);
    QUrl url = local;
    url.setScheme(scheme);
    m_server->setResponseFor(QStringLiteral("/api/v2/pokemon-species/deoxys"), 200,
                             speciesWithVarietyUrl(url.toEncoded()));

    const LookupResult result = lookUp(QStringLiteral("deoxys"));
    QCOMPARE(result.status, LookupResult::Status::Error);
    QVERIFY2(result.error.contains(QStringLiteral("not a PokeAPI resource")),
             qPrintable(result.error));
    QCOMPARE(result.pokemon.name, QString());
    // Nothing was sent for the refused URL, to this server or any other.
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_otherHost->requestCount(), 0);
}

void tst_UrlPolicy::mediaOnlyOverHttp_data()
{
    QTest::addColumn<QString>("artwork");
    QTest::addColumn<bool>("fetched");
    QTest::addRow("http") << "sprites/pokemon/25.png" << true;
    QTest::addRow("file") << "file:///etc/passwd" << false;
    QTest::addRow("qrc") << "qrc:/icons/search.svg" << false;
    QTest::addRow("data") << "data:image/png;base64,iVBORw0KGgo=" << false;
    QTest::addRow("ftp") << "ftp://127.0.0.1/sprites/pokemon/25.png" << false;
}

void tst_UrlPolicy::mediaOnlyOverHttp()
{
    QFETCH(QString, artwork);
    QFETCH(bool, fetched);
    const QUrl url = fetched ? m_server->baseUrl().resolved(QUrl(artwork)) : QUrl(artwork);
    ApiReply *reply = m_client->fetchMedia(url);
    QSignalSpy spy(reply, &ApiReply::finished);
    QVERIFY(spy.wait(10000));
    const auto result = spy.at(0).at(0).value<ApiResult>();
    QCOMPARE(m_server->requestCount(), fetched ? 1 : 0);
    if (!fetched) {
        QCOMPARE(result.status, ApiResult::Status::Error);
        QVERIFY2(result.error.contains(QStringLiteral("http or https only")),
                 qPrintable(result.error));
    }

    // The details loader goes through the same gate for the artwork.
    Pokemon pokemon;
    pokemon.id = 25;
    pokemon.name = QStringLiteral("pikachu");
    pokemon.artworkUrl = url;
    PokemonDetailsLoader loader(m_client.get());
    QSignalSpy failed(&loader, &PokemonDetailsLoader::partFailed);
    QSignalSpy loaded(&loader, &PokemonDetailsLoader::artworkLoaded);
    m_server->resetCounters();
    loader.load(pokemon);
    if (fetched)
        return; // the fake's sprite may or may not exist; the refusals are what matter here
    QTRY_VERIFY(!failed.isEmpty() && [&failed] {
        for (const auto &args : failed)
            if (args.at(0).value<DetailSection>() == DetailSection::Artwork)
                return true;
        return false;
    }());
    QCOMPARE(loaded.count(), 0);
    QVERIFY(!m_server->requestedPaths().join(u' ').contains(QStringLiteral("sprites")));
}

QTEST_GUILESS_MAIN(tst_UrlPolicy)
#include "tst_urlpolicy.moc"
