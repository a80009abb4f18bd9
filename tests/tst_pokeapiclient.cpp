// PokeApiClient against the fake PokeAPI: found, species fallback, not found, errors.

#include "api/detailsparser.h"
#include "api/pokeapiclient.h"
#include "fakepokeapi.h"
#include "net/requestqueue.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

class tst_PokeApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void urls();
    void nameCannotEscapeThePath_data();
    void nameCannotEscapeThePath();
    void findsByName();
    void findsById();
    void speciesFallbackFindsDefaultVariety();
    void unknownNameIsNotFoundAfterBothEndpoints();
    void serverErrorIsAnErrorWithoutFallback();
    void malformedJsonIsAnError();
    void abortedLookupNeverFinishes();
    void aLookupKeepsItsPriorityThroughTheFallback();
    void aResourceIsOneParserAndOneFetch_data();
    void aResourceIsOneParserAndOneFetch();

private:
    LookupResult lookUp(const QString &slug);

    std::unique_ptr<FakePokeApi> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<PokeApiClient> m_client;
};

void tst_PokeApiClient::init()
{
    m_server = std::make_unique<FakePokeApi>(QStringLiteral(POKEDEX_TEST_DATA));
    QVERIFY(m_server->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<PokeApiClient>(m_nam.get(), m_server->apiUrl());
}

LookupResult tst_PokeApiClient::lookUp(const QString &slug)
{
    PokemonLookup *lookup = m_client->lookupPokemon(slug);
    QSignalSpy spy(lookup, &PokemonLookup::finished);
    if (!spy.wait(10000))
        return {};
    return spy.at(0).at(0).value<LookupResult>();
}

void tst_PokeApiClient::urls()
{
    QNetworkAccessManager nam;
    // A base URL without its trailing slash still keeps its last path segment.
    PokeApiClient client(&nam, QUrl(QStringLiteral("https://example.org/api/v2")));
    QCOMPARE(client.apiUrl(), QUrl(QStringLiteral("https://example.org/api/v2/")));
    QCOMPARE(client.resourceUrl(QStringLiteral("pokemon"), QStringLiteral("mr-mime")),
             QUrl(QStringLiteral("https://example.org/api/v2/pokemon/mr-mime")));
    QCOMPARE(client.listUrl(QStringLiteral("pokemon-species")),
             QUrl(QStringLiteral("https://example.org/api/v2/pokemon-species?limit=100000")));
    QCOMPARE(PokeApiClient::defaultApiUrl(), QUrl(QStringLiteral("https://pokeapi.co/api/v2/")));
}

void tst_PokeApiClient::nameCannotEscapeThePath_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("parent") << QStringLiteral("../../etc/passwd");
    QTest::addRow("query") << QStringLiteral("x?limit=1");
    QTest::addRow("fragment") << QStringLiteral("x#y");
    QTest::addRow("encoded slash") << QStringLiteral("x%2F..");
    QTest::addRow("absolute url") << QStringLiteral("http://evil.example/");
}

void tst_PokeApiClient::nameCannotEscapeThePath()
{
    QFETCH(QString, name);
    QNetworkAccessManager nam;
    PokeApiClient client(&nam, QUrl(QStringLiteral("https://example.org/api/v2/")));
    const QUrl url = client.resourceUrl(QStringLiteral("pokemon"), name);
    QCOMPARE(url.host(), QStringLiteral("example.org"));
    QVERIFY(!url.hasQuery());
    QVERIFY(!url.hasFragment());
    QVERIFY2(url.path(QUrl::FullyEncoded).startsWith(QStringLiteral("/api/v2/pokemon/")),
             qPrintable(url.toString()));
    // Exactly one segment after /pokemon/.
    QCOMPARE(url.path(QUrl::FullyEncoded).count(u'/'), 4);
}

void tst_PokeApiClient::findsByName()
{
    const LookupResult result = lookUp(QStringLiteral("charizard"));
    QCOMPARE(result.status, LookupResult::Status::Found);
    QCOMPARE(result.pokemon.id, 6);
    QCOMPARE(result.pokemon.name, QStringLiteral("charizard"));
    QCOMPARE(result.pokemon.types,
             (QStringList { QStringLiteral("fire"), QStringLiteral("flying") }));
    QCOMPARE(m_server->requestedPaths(),
             QStringList { QStringLiteral("/api/v2/pokemon/charizard") });
}

void tst_PokeApiClient::findsById()
{
    const LookupResult result = lookUp(QStringLiteral("25"));
    QCOMPARE(result.status, LookupResult::Status::Found);
    QCOMPARE(result.pokemon.name, QStringLiteral("pikachu"));
}

void tst_PokeApiClient::speciesFallbackFindsDefaultVariety()
{
    const LookupResult result = lookUp(QStringLiteral("deoxys"));
    QCOMPARE(result.status, LookupResult::Status::Found);
    QCOMPARE(result.pokemon.name, QStringLiteral("deoxys-normal"));
    QCOMPARE(result.pokemon.id, 386);
    const QStringList paths = m_server->requestedPaths();
    QCOMPARE(paths.size(), 3);
    QCOMPARE(paths.at(0), QStringLiteral("/api/v2/pokemon/deoxys"));
    QCOMPARE(paths.at(1), QStringLiteral("/api/v2/pokemon-species/deoxys"));
    // The variety's own (absolute) URL is followed rather than a path built by hand.
    QVERIFY2(paths.at(2).startsWith(QStringLiteral("/api/v2/pokemon/386")),
             qPrintable(paths.at(2)));
}

void tst_PokeApiClient::unknownNameIsNotFoundAfterBothEndpoints()
{
    const LookupResult result = lookUp(QStringLiteral("bad_name"));
    QCOMPARE(result.status, LookupResult::Status::NotFound);
    QCOMPARE(m_server->requestedPaths(),
             (QStringList { QStringLiteral("/api/v2/pokemon/bad_name"),
                            QStringLiteral("/api/v2/pokemon-species/bad_name") }));
}

void tst_PokeApiClient::serverErrorIsAnErrorWithoutFallback()
{
    m_server->setResponseFor(QStringLiteral("/api/v2/pokemon/pikachu"), 500, "boom", "text/plain");
    m_client->queue()->setRetryPolicy(1, 0);
    const LookupResult result = lookUp(QStringLiteral("pikachu"));
    QCOMPARE(result.status, LookupResult::Status::Error);
    QVERIFY2(result.error.contains(QStringLiteral("500")), qPrintable(result.error));
    QCOMPARE(m_server->requestCount(), 1);
}

void tst_PokeApiClient::malformedJsonIsAnError()
{
    m_server->setResponseFor(QStringLiteral("/api/v2/pokemon/pikachu"), 200, "{\"id\": 25, \"na");
    const LookupResult result = lookUp(QStringLiteral("pikachu"));
    QCOMPARE(result.status, LookupResult::Status::Error);
    QVERIFY2(result.error.startsWith(QStringLiteral("Unexpected answer")),
             qPrintable(result.error));
}

void tst_PokeApiClient::abortedLookupNeverFinishes()
{
    m_server->setDelay(200);
    QPointer<PokemonLookup> lookup = m_client->lookupPokemon(QStringLiteral("pikachu"));
    QSignalSpy spy(lookup.data(), &PokemonLookup::finished);
    QTRY_COMPARE(m_server->inFlight(), 1);
    lookup->abort();
    QTRY_VERIFY(lookup.isNull());
    QTRY_COMPARE(m_server->inFlight(), 0);
    QCOMPARE(spy.size(), 0);
    QCOMPARE(m_client->queue()->inFlightCount(), 0);
}

QTEST_GUILESS_MAIN(tst_PokeApiClient)
void tst_PokeApiClient::aLookupKeepsItsPriorityThroughTheFallback()
{
    // deoxys takes three requests: /pokemon/deoxys (404), its species, its default form.
    m_server->setDelay(30);
    m_client->setMaxInFlight(1);
    PokemonLookup *deoxys = m_client->lookupPokemon(QStringLiteral("deoxys"));
    QSignalSpy deoxysDone(deoxys, &PokemonLookup::finished);
    for (const char *name : { "pikachu", "eevee", "gengar", "snorlax" })
        m_client->lookupPokemon(QString::fromLatin1(name));
    // Scrolled onto the screen while its first request is on the wire.
    deoxys->setPriority(FetchPriority::High);
    QVERIFY(deoxysDone.wait(10000));
    QCOMPARE(deoxysDone.at(0).at(0).value<LookupResult>().pokemon.name,
             QStringLiteral("deoxys-normal"));
    // Its second and third requests went ahead of those queued before them. (The window
    // slides before anyone hears of an answer, so each waited for one other request.)
    const QStringList paths = m_server->requestedPaths();
    const auto at = [&paths](const char *pattern) {
        return paths.indexOf(QRegularExpression(QLatin1String(pattern)));
    };
    QCOMPARE(at("^/api/v2/pokemon/deoxys$"), 0);
    QCOMPARE(at("^/api/v2/pokemon-species/deoxys$"), 2);
    QCOMPARE(at("^/api/v2/pokemon/386/?$"), 4);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 7, 10000); // the others too
}

void tst_PokeApiClient::aResourceIsOneParserAndOneFetch_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body"); // empty: the real /ability/static
    QTest::addColumn<int>("outcome"); // ApiResult::Status
    QTest::addColumn<QString>("wording");
    QTest::addRow("found") << 0 << QByteArray() << int(ApiResult::Status::Ok) << QString();
    QTest::addRow("not found") << 404 << QByteArray("Not Found") << int(ApiResult::Status::NotFound)
                               << QStringLiteral("Not found");
    QTest::addRow("not an ability")
        << 200 << QByteArray("{\"name\": \"static\"}") << int(ApiResult::Status::Error)
        << QStringLiteral("Unexpected answer from the server: names is missing");
    // Whole as HTTP goes (its length is right), but not JSON.
    QTest::addRow("not json") << 200 << QByteArray("{\"name\": \"sta")
                              << int(ApiResult::Status::Error) << QStringLiteral("not valid JSON");
}

// /ability, the first resource added after the gateway: one parser (DetailsParser::
// parseAbility) and one fetch; status, parsing off the GUI thread and wording come with it.
void tst_PokeApiClient::aResourceIsOneParserAndOneFetch()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, outcome);
    QFETCH(QString, wording);
    if (status)
        m_server->setResponseFor(QStringLiteral("/api/v2/ability/static"), status, body);
    m_client->queue()->setRetryPolicy(1, 0);
    ApiReply *reply = m_client->fetch(
        { m_client->resourceUrl(QStringLiteral("ability"), QStringLiteral("static")) },
        parserOf(&DetailsParser::parseAbility));
    QSignalSpy spy(reply, &ApiReply::finished);
    QVERIFY(spy.wait(10000));
    const auto result = spy.at(0).at(0).value<ApiResult>();
    QCOMPARE(int(result.status), outcome);
    if (outcome == int(ApiResult::Status::Ok)) {
        const auto ability = result.as<AbilityDetails>();
        QCOMPARE(ability.englishName, QStringLiteral("Static"));
        QVERIFY2(ability.shortEffect.contains(QStringLiteral("paralyzing")),
                 qPrintable(ability.shortEffect));
    } else {
        QVERIFY2(result.error.contains(wording), qPrintable(result.error));
    }
}

#include "tst_pokeapiclient.moc"
