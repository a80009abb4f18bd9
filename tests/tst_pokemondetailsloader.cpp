// PokemonDetailsLoader against the fake PokeAPI: the parts of a detail view go out together,
// the evolution chain follows the species, types are fetched once per session, a new load
// silences the old one, and every part ends loaded or failed.

#include "api/pokeapiclient.h"
#include "api/pokemondetailsloader.h"
#include "fakepokeapi.h"
#include "net/cachestore.h"
#include "net/pokeapidiskcache.h"
#include "net/requestqueue.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString nameOf(DetailSection section)
{
    switch (section) {
    case DetailSection::Pokemon:
        return QStringLiteral("pokemon");
    case DetailSection::Species:
        return QStringLiteral("species");
    case DetailSection::Types:
        return QStringLiteral("types");
    case DetailSection::Evolution:
        return QStringLiteral("evolution");
    case DetailSection::Artwork:
        return QStringLiteral("artwork");
    case DetailSection::Abilities:
    case DetailSection::Breeding:
    case DetailSection::Moves:
    case DetailSection::Encounters:
        break; // PokemonSheetLoader's
    }
    return {};
}

// Every signal of a loader, in order, as "part:loaded" / "part:failed" plus what came with it.
class Recorder : public QObject
{
public:
    explicit Recorder(PokemonDetailsLoader *loader)
    {
        connect(loader, &PokemonDetailsLoader::speciesLoaded, this,
                [this](const SpeciesDetails &s) {
                    species.append(s);
                    endings.append(QStringLiteral("species:loaded"));
                });
        connect(loader, &PokemonDetailsLoader::matchupsLoaded, this, [this](const TypeMatchups &m) {
            matchups.append(m);
            endings.append(QStringLiteral("types:loaded"));
        });
        connect(loader, &PokemonDetailsLoader::evolutionLoaded, this,
                [this](const EvolutionNode &e) {
                    evolution.append(e);
                    endings.append(QStringLiteral("evolution:loaded"));
                });
        connect(loader, &PokemonDetailsLoader::artworkLoaded, this,
                [this](const QByteArray &bytes) {
                    artwork.append(bytes);
                    endings.append(QStringLiteral("artwork:loaded"));
                });
        connect(loader, &PokemonDetailsLoader::partFailed, this,
                [this](DetailSection section, const QString &error) {
                    const QString part = nameOf(section);
                    errors.insert(part, error);
                    endings.append(part + QStringLiteral(":failed"));
                });
    }

    // Each of the four parts has ended exactly once.
    bool allPartsEnded() const
    {
        for (const char *part : { "species", "types", "evolution", "artwork" }) {
            const QString prefix = QLatin1String(part) + u':';
            int count = 0;
            for (const QString &ending : endings)
                count += ending.startsWith(prefix) ? 1 : 0;
            if (count != 1)
                return false;
        }
        return endings.size() == 4;
    }

    QStringList endings;
    QList<SpeciesDetails> species;
    QList<TypeMatchups> matchups;
    QList<EvolutionNode> evolution;
    QList<QByteArray> artwork;
    QHash<QString, QString> errors;
};

const QByteArray FakePng = QByteArrayLiteral("\x89PNG\r\n\x1a\n not really, but bytes");

} // namespace

class tst_PokemonDetailsLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void allPartsGoOutTogether();
    void evolutionFollowsTheSpecies();
    void aSharedTypeIsFetchedOnce();
    void aTypeStillNeededKeepsItsRequest();
    void newLoadSilencesTheOldOne();
    void cancelSilencesEverything();
    void everyPartEndsWhenTheServerFails_data();
    void everyPartEndsWhenTheServerFails();
    void noArtworkUrl();
    void artworkFallsBackAlongTheChain_data();
    void artworkFallsBackAlongTheChain();
    void undecodableArtworkTriesTheNext();
    void speciesFoundByNameWithoutUrl();
    void detailsGoAheadOfAQueuedSearch();
    void matchupsLoadOfflineFromTheDiskCache();

private:
    Pokemon lookUp(const QString &name);
    QString speciesPath(const Pokemon &p) const { return p.speciesUrl.path(); }

    std::unique_ptr<FakePokeApi> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<PokeApiClient> m_client;
    std::unique_ptr<PokemonDetailsLoader> m_loader;
    Pokemon m_charizardForCache;
};

void tst_PokemonDetailsLoader::init()
{
    m_server = std::make_unique<FakePokeApi>(QStringLiteral(POKEDEX_TEST_DATA));
    QVERIFY(m_server->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<PokeApiClient>(m_nam.get(), m_server->apiUrl());
    m_client->queue()->setMaxInFlight(6);
    m_client->queue()->setRetryPolicy(1, 10);
    m_loader = std::make_unique<PokemonDetailsLoader>(m_client.get());
}

void tst_PokemonDetailsLoader::cleanup()
{
    m_loader.reset();
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

// A Pokémon as the app has it: looked up through the client, so its URLs point at the fake.
// Its artwork answers with FakePng; the counters start from zero afterwards.
Pokemon tst_PokemonDetailsLoader::lookUp(const QString &name)
{
    PokemonLookup *lookup = m_client->lookupPokemon(name);
    QSignalSpy finished(lookup, &PokemonLookup::finished);
    if (!finished.wait(10000))
        return {};
    const Pokemon pokemon = finished.first().first().value<LookupResult>().pokemon;
    m_server->setResponseFor(pokemon.artworkUrl.path(), 200, FakePng, "image/png");
    m_server->resetCounters();
    return pokemon;
}

void tst_PokemonDetailsLoader::allPartsGoOutTogether()
{
    const Pokemon charizard = lookUp(QStringLiteral("charizard"));
    QVERIFY(charizard.isValid());
    QVERIFY(!charizard.artworkUrl.isEmpty());
    m_server->setDelay(300);
    Recorder recorder(m_loader.get());

    m_loader->load(charizard);

    // All four on their way in the same call, before any answer; nothing announced yet.
    QCOMPARE(m_client->queue()->inFlightCount(), 4);
    QVERIFY(recorder.endings.isEmpty());
    QTRY_COMPARE(m_server->inFlight(), 4);
    QStringList firstFour = m_server->requestedPaths();
    firstFour.sort();
    QStringList expected = { speciesPath(charizard), QStringLiteral("/api/v2/type/fire"),
                             QStringLiteral("/api/v2/type/flying"), charizard.artworkUrl.path() };
    expected.sort();
    QCOMPARE(firstFour, expected);

    QTRY_VERIFY_WITH_TIMEOUT(recorder.allPartsEnded(), 10000);
    QVERIFY2(recorder.errors.isEmpty(), qPrintable(recorder.endings.join(u' ')));
    QCOMPARE(m_server->peakInFlight(), 4);
    QCOMPARE(m_server->requestCount(), 5);
    QCOMPARE(m_server->requestedPaths().last(), QStringLiteral("/api/v2/evolution-chain/2/"));

    QCOMPARE(recorder.species.first().englishName, QStringLiteral("Charizard"));
    QCOMPARE(recorder.matchups.first().quadruple, QStringList { QStringLiteral("rock") });
    QCOMPARE(recorder.matchups.first().immune, QStringList { QStringLiteral("ground") });
    QCOMPARE(recorder.evolution.first().species, QStringLiteral("charmander"));
    QCOMPARE(recorder.artwork.first(), FakePng);
    // The evolution chain is the last part: it could only start once the species was in.
    QCOMPARE(recorder.endings.last(), QStringLiteral("evolution:loaded"));
}

void tst_PokemonDetailsLoader::evolutionFollowsTheSpecies()
{
    const Pokemon eevee = lookUp(QStringLiteral("eevee"));
    m_server->hold(speciesPath(eevee));
    bool speciesDoneWhenChainAsked = false;
    connect(m_server.get(), &FakePokeApi::requestReceived, this, [&](const QString &path) {
        if (path.contains(QLatin1String("evolution-chain")))
            speciesDoneWhenChainAsked = m_server->completedPaths().contains(speciesPath(eevee));
    });
    Recorder recorder(m_loader.get());
    m_loader->load(eevee);
    // Types and artwork end while the species is held; the chain cannot even be asked for.
    QTRY_COMPARE_WITH_TIMEOUT(recorder.endings.size(), 2, 10000);
    QVERIFY(!m_server->requestedPaths().join(u' ').contains(QLatin1String("evolution-chain")));
    m_server->release(speciesPath(eevee));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.allPartsEnded(), 10000);
    QVERIFY(recorder.errors.isEmpty());
    QVERIFY(speciesDoneWhenChainAsked);
    QCOMPARE(recorder.evolution.first().evolvesTo.size(), 8);
    QCOMPARE(recorder.endings.indexOf(QStringLiteral("species:loaded")), 2);
}

void tst_PokemonDetailsLoader::aSharedTypeIsFetchedOnce()
{
    const Pokemon charizard = lookUp(QStringLiteral("charizard"));
    const Pokemon charmander = lookUp(QStringLiteral("charmander"));
    const Pokemon pikachu = lookUp(QStringLiteral("pikachu"));
    Recorder recorder(m_loader.get());
    m_loader->load(charizard);
    QTRY_VERIFY_WITH_TIMEOUT(recorder.allPartsEnded(), 10000);
    QCOMPARE(m_server->requestedPaths().filter(QStringLiteral("/type/")).size(), 2);

    // Charmander is fire too: no type request, and its matchups still arrive, from the loop.
    m_server->resetCounters();
    recorder.endings.clear();
    recorder.matchups.clear();
    m_loader->load(charmander);
    QVERIFY(recorder.endings.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(recorder.allPartsEnded(), 10000);
    QVERIFY(m_server->requestedPaths().filter(QStringLiteral("/type/")).isEmpty());
    QCOMPARE(recorder.matchups.first().twice,
             (QStringList { QStringLiteral("ground"), QStringLiteral("rock"),
                            QStringLiteral("water") }));

    // Pikachu is electric: one new type.
    m_server->resetCounters();
    recorder.endings.clear();
    m_loader->load(pikachu);
    QTRY_VERIFY_WITH_TIMEOUT(recorder.allPartsEnded(), 10000);
    QCOMPARE(m_server->requestedPaths().filter(QStringLiteral("/type/")),
             QStringList { QStringLiteral("/api/v2/type/electric") });
}

void tst_PokemonDetailsLoader::aTypeStillNeededKeepsItsRequest()
{
    const Pokemon charizard = lookUp(QStringLiteral("charizard"));
    const Pokemon charmander = lookUp(QStringLiteral("charmander"));
    m_server->setDelay(300);
    Recorder recorder(m_loader.get());
    m_loader->load(charizard);
    QTRY_COMPARE(m_server->inFlight(), 4);

    m_loader->load(charmander);

    QTRY_VERIFY_WITH_TIMEOUT(recorder.allPartsEnded(), 10000);
    QVERIFY(recorder.errors.isEmpty());
    // Fire was on its way for charizard and is what charmander needs: asked for once.
    QCOMPARE(m_server->requestedPaths().count(QStringLiteral("/api/v2/type/fire")), 1);
    QCOMPARE(recorder.species.first().name, QStringLiteral("charmander"));
    QCOMPARE(recorder.matchups.first().quarter, QStringList()); // fire alone, not fire/flying
}

void tst_PokemonDetailsLoader::newLoadSilencesTheOldOne()
{
    const Pokemon charizard = lookUp(QStringLiteral("charizard"));
    const Pokemon eevee = lookUp(QStringLiteral("eevee"));
    m_server->setDelay(400);
    Recorder recorder(m_loader.get());
    m_loader->load(charizard);
    QTRY_COMPARE(m_server->inFlight(), 4);

    m_server->setDelay(0);
    m_loader->load(eevee);

    QCOMPARE(m_loader->pokemon().name, QStringLiteral("eevee"));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.allPartsEnded(), 10000);
    // Charizard's requests were dropped: none of them is answered any more.
    QTRY_COMPARE(m_server->inFlight(), 0);
    QVERIFY2(recorder.allPartsEnded(), qPrintable(recorder.endings.join(u' ')));
    QVERIFY(recorder.errors.isEmpty());
    QCOMPARE(recorder.species.size(), 1);
    QCOMPARE(recorder.species.first().name, QStringLiteral("eevee"));
    QCOMPARE(recorder.matchups.first().immune, QStringList { QStringLiteral("ghost") });
    QCOMPARE(recorder.evolution.first().species, QStringLiteral("eevee"));
    QVERIFY(!m_server->completedPaths().contains(speciesPath(charizard)));
    QVERIFY(!m_server->completedPaths().contains(QStringLiteral("/api/v2/type/flying")));
    QVERIFY(!m_server->requestedPaths().contains(QStringLiteral("/api/v2/evolution-chain/2/")));
}

void tst_PokemonDetailsLoader::cancelSilencesEverything()
{
    Pokemon charizard = lookUp(QStringLiteral("charizard"));
    m_server->setDelay(300);
    Recorder recorder(m_loader.get());
    m_loader->load(charizard);
    QTRY_COMPARE(m_server->inFlight(), 4);

    m_loader->cancel();

    QCOMPARE(m_client->queue()->inFlightCount() + m_client->queue()->pendingCount(), 0);
    QTRY_COMPARE(m_server->inFlight(), 0);
    QCOMPARE(m_server->requestCount(), 4); // and no evolution chain after it

    // Parts decided without the network ("No artwork") are silenced too.
    charizard.artworkUrl.clear();
    m_loader->load(charizard);
    m_loader->cancel();
    QTRY_COMPARE(m_server->inFlight(), 0);
    QCoreApplication::processEvents(); // where the "No artwork" would have been announced
    QVERIFY2(recorder.endings.isEmpty(), qPrintable(recorder.endings.join(u' ')));
}

void tst_PokemonDetailsLoader::everyPartEndsWhenTheServerFails_data()
{
    QTest::addColumn<QString>("path"); // "species" and "artwork" stand for charizard's URLs
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("failed");

    const QByteArray notFound = "Not Found";
    QTest::addRow("species 404") << QStringLiteral("species") << 404 << notFound
                                 << QStringList { QStringLiteral("species"),
                                                  QStringLiteral("evolution") };
    QTest::addRow("species 500") << QStringLiteral("species") << 500 << QByteArray("oops")
                                 << QStringList { QStringLiteral("species"),
                                                  QStringLiteral("evolution") };
    QTest::addRow("species not JSON")
        << QStringLiteral("species") << 200 << QByteArray("<html>")
        << QStringList { QStringLiteral("species"), QStringLiteral("evolution") };
    QTest::addRow("one type 500") << QStringLiteral("/api/v2/type/flying") << 500
                                  << QByteArray("oops") << QStringList { QStringLiteral("types") };
    QTest::addRow("type malformed") << QStringLiteral("/api/v2/type/fire") << 200
                                    << QByteArray("{}") << QStringList { QStringLiteral("types") };
    QTest::addRow("evolution 404") << QStringLiteral("/api/v2/evolution-chain/2/") << 404
                                   << notFound << QStringList { QStringLiteral("evolution") };
    QTest::addRow("evolution malformed")
        << QStringLiteral("/api/v2/evolution-chain/2/") << 200 << QByteArray(R"({"chain":[]})")
        << QStringList { QStringLiteral("evolution") };
    QTest::addRow("artwork 404") << QStringLiteral("artwork") << 404 << notFound
                                 << QStringList { QStringLiteral("artwork") };
    QTest::addRow("artwork 500") << QStringLiteral("artwork") << 500 << QByteArray("oops")
                                 << QStringList { QStringLiteral("artwork") };
}

void tst_PokemonDetailsLoader::everyPartEndsWhenTheServerFails()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, failed);

    const Pokemon charizard = lookUp(QStringLiteral("charizard"));
    if (path == QLatin1String("species"))
        path = speciesPath(charizard);
    else if (path == QLatin1String("artwork"))
        path = charizard.artworkUrl.path();
    m_server->setResponseFor(path, status, body, status == 200 ? "application/json" : "text/plain");
    Recorder recorder(m_loader.get());

    m_loader->load(charizard);

    QTRY_VERIFY_WITH_TIMEOUT(recorder.allPartsEnded(), 10000);
    QStringList failedParts = recorder.errors.keys();
    failedParts.sort();
    failed.sort();
    QCOMPARE(failedParts, failed);
    for (const QString &part : std::as_const(failed))
        QVERIFY2(!recorder.errors.value(part).isEmpty(), qPrintable(part));
}

void tst_PokemonDetailsLoader::noArtworkUrl()
{
    Pokemon charizard = lookUp(QStringLiteral("charizard"));
    const QString artworkPath = charizard.artworkUrl.path();
    for (QUrl *url : { &charizard.artworkUrl, &charizard.homeUrl, &charizard.dreamWorldUrl,
                       &charizard.spriteUrl })
        url->clear();
    Recorder recorder(m_loader.get());
    m_loader->load(charizard);
    QVERIFY(recorder.endings.isEmpty()); // announced from the event loop, like the others
    QTRY_VERIFY_WITH_TIMEOUT(recorder.allPartsEnded(), 10000);
    QCOMPARE(recorder.errors.value(QStringLiteral("artwork")), QStringLiteral("No artwork"));
    QVERIFY(!m_server->requestedPaths().contains(artworkPath));
}

void tst_PokemonDetailsLoader::artworkFallsBackAlongTheChain_data()
{
    QTest::addColumn<QString>("cleared"); // some of "art home dream"
    QTest::addColumn<int>("officialStatus"); // 0: the fake's own 404
    QTest::addColumn<QString>("served"); // the one that answers: "home" or "sprite"
    QTest::addColumn<int>("requests"); // pictures asked for

    QTest::addRow("official 404, HOME") << "" << 0 << "home" << 2;
    QTest::addRow("official 500, HOME") << "" << 500 << "home" << 2;
    QTest::addRow("official null, HOME") << "art" << 0 << "home" << 1;
    QTest::addRow("all 404 but the sprite") << "" << 0 << "sprite" << 4;
    QTest::addRow("only the sprite") << "art home dream" << 0 << "sprite" << 1;
}

void tst_PokemonDetailsLoader::artworkFallsBackAlongTheChain()
{
    QFETCH(QString, cleared);
    QFETCH(int, officialStatus);
    QFETCH(QString, served);
    QFETCH(int, requests);

    Pokemon charizard = lookUp(QStringLiteral("charizard"));
    if (cleared.contains(QLatin1String("art")))
        charizard.artworkUrl.clear();
    if (cleared.contains(QLatin1String("home")))
        charizard.homeUrl.clear();
    if (cleared.contains(QLatin1String("dream")))
        charizard.dreamWorldUrl.clear();
    // lookUp() serves the official artwork; status 0 takes that away (the fake's own 404).
    m_server->setResponseFor(charizard.artworkUrl.path(), officialStatus, "oops", "text/plain");
    const QUrl answering
        = served == QLatin1String("home") ? charizard.homeUrl : charizard.spriteUrl;
    m_server->setResponseFor(answering.path(), 200, FakePng, "image/png");
    m_server->resetCounters();
    Recorder recorder(m_loader.get());

    m_loader->load(charizard);

    QTRY_VERIFY_WITH_TIMEOUT(recorder.allPartsEnded(), 10000);
    QCOMPARE(recorder.artwork, QList<QByteArray> { FakePng });
    QStringList pictures;
    for (const QString &path : m_server->requestedPaths()) {
        if (path.startsWith(QLatin1String("/sprites/")))
            pictures.append(path);
    }
    QCOMPARE(pictures.size(), requests);
    QCOMPARE(pictures.last(), answering.path());
}

void tst_PokemonDetailsLoader::undecodableArtworkTriesTheNext()
{
    Pokemon charizard = lookUp(QStringLiteral("charizard"));
    m_server->setResponseFor(charizard.artworkUrl.path(), 200, "garbage", "image/png");
    m_server->setResponseFor(charizard.homeUrl.path(), 200, FakePng, "image/png");
    Recorder recorder(m_loader.get());
    m_loader->load(charizard);
    QTRY_COMPARE(recorder.artwork.size(), 1);
    QCOMPARE(recorder.artwork.at(0), QByteArrayLiteral("garbage"));

    // The UI could not decode it: the next picture comes.
    m_loader->tryNextArtwork(QStringLiteral("The image cannot be decoded"));
    QTRY_COMPARE(recorder.artwork.size(), 2);
    QCOMPARE(recorder.artwork.at(1), FakePng);

    // Neither does that one, nor the rest (404): the part fails with the first reason.
    m_loader->tryNextArtwork(QStringLiteral("Not this one either"));
    QTRY_VERIFY(recorder.errors.contains(QStringLiteral("artwork")));
    QCOMPARE(recorder.errors.value(QStringLiteral("artwork")),
             QStringLiteral("The image cannot be decoded"));
    QCOMPARE(recorder.artwork.size(), 2);
}

void tst_PokemonDetailsLoader::speciesFoundByNameWithoutUrl()
{
    Pokemon charizard = lookUp(QStringLiteral("charizard"));
    charizard.speciesUrl.clear();
    Recorder recorder(m_loader.get());
    m_loader->load(charizard);
    QTRY_VERIFY_WITH_TIMEOUT(recorder.allPartsEnded(), 10000);
    QVERIFY(recorder.errors.isEmpty());
    QVERIFY(
        m_server->requestedPaths().contains(QStringLiteral("/api/v2/pokemon-species/charizard")));
}

void tst_PokemonDetailsLoader::detailsGoAheadOfAQueuedSearch()
{
    const Pokemon eevee = lookUp(QStringLiteral("eevee"));
    m_client->queue()->setMaxInFlight(1);
    m_server->setDelay(50);
    // A long search holds the only slot and has more waiting behind it.
    QList<QPointer<PokemonLookup>> search;
    for (const char *name : { "bulbasaur", "squirtle", "gengar", "snorlax", "mewtwo" })
        search.append(m_client->lookupPokemon(QString::fromLatin1(name)));
    Recorder recorder(m_loader.get());

    m_loader->load(eevee);

    QTRY_VERIFY_WITH_TIMEOUT(recorder.allPartsEnded(), 10000);
    const QStringList paths = m_server->requestedPaths();
    // Only the lookup already on the wire went before the detail view's four parts.
    QCOMPARE(paths.first(), QStringLiteral("/api/v2/pokemon/bulbasaur"));
    QVERIFY2(paths.indexOf(speciesPath(eevee)) <= 4, qPrintable(paths.join(u' ')));
    QVERIFY2(paths.indexOf(QStringLiteral("/api/v2/type/normal")) <= 4,
             qPrintable(paths.join(u' ')));
    for (const QPointer<PokemonLookup> &lookup : std::as_const(search)) {
        if (lookup)
            lookup->abort();
    }
}

// Type data never changes: matchups once fetched work offline, in a later session too, even
// after the cache's freshness ran out.
void tst_PokemonDetailsLoader::matchupsLoadOfflineFromTheDiskCache()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto session = [&](bool offline, qint64 freshnessSecs) {
        // Outlives the client, and finishes its writes when it goes.
        CacheStore cache(dir.path());
        cache.setMinimumFreshness(freshnessSecs);
        QNetworkAccessManager nam;
        PokeApiClient client(&nam, m_server->apiUrl());
        client.queue()->setCacheStore(&cache);
        client.setOffline(offline);
        PokemonDetailsLoader loader(&client);
        Recorder recorder(&loader);
        loader.load(m_charizardForCache);
        if (!QTest::qWaitFor([&] { return recorder.allPartsEnded(); }, 10000))
            return QStringList { QStringLiteral("timeout") };
        QStringList result = recorder.endings;
        if (!recorder.matchups.isEmpty())
            result << recorder.matchups.first().quadruple;
        result.sort();
        return result;
    };
    m_charizardForCache = lookUp(QStringLiteral("charizard"));
    const QStringList online = session(false, PokeApiDiskCache::DefaultFreshnessSecs);
    QVERIFY2(online.contains(QStringLiteral("types:loaded")), qPrintable(online.join(u' ')));
    const int asked = m_server->requestCount();

    for (const qint64 freshness : { PokeApiDiskCache::DefaultFreshnessSecs, qint64(0) }) {
        const QStringList offline = session(true, freshness);
        QVERIFY2(offline.contains(QStringLiteral("types:loaded")), qPrintable(offline.join(u' ')));
        QVERIFY(offline.contains(QStringLiteral("rock"))); // x4 against fire/flying
        QVERIFY(offline.contains(QStringLiteral("species:loaded")));
        QVERIFY(offline.contains(QStringLiteral("evolution:loaded")));
    }
    QCOMPARE(m_server->requestCount(), asked); // offline: nothing sent
}

QTEST_GUILESS_MAIN(tst_PokemonDetailsLoader)
#include "tst_pokemondetailsloader.moc"
