// PokemonSheetLoader against the fake PokeAPI serving real documents: the learnset of the
// newest game (or the one asked for) fills in move by move, machines get their numbers, each
// move, ability and machine is fetched once a session, failures end in a retryable part.

#include "api/pokeapiclient.h"
#include "api/pokemonsheetloader.h"
#include "fakepokeapi.h"
#include "net/requestqueue.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class tst_PokemonSheetLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void newestGameFillsMoveByMove();
    void askedGameAndItsMachines();
    void abilitiesAndEncounters();
    void secondPokemonOfTheLineCostsOnlyUnseenMoves();
    void failedMoveIsRetried();
    void missingEncountersFailOnlyTheirPart();
    void newLoadSilencesTheOldOne();

private:
    Pokemon lookUp(const QString &name);
    int pathsContaining(const QString &part) const;

    std::unique_ptr<FakePokeApi> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<PokeApiClient> m_client;
    std::unique_ptr<PokemonSheetLoader> m_loader;
};

void tst_PokemonSheetLoader::init()
{
    m_server = std::make_unique<FakePokeApi>(QStringLiteral(POKEDEX_TEST_DATA));
    QVERIFY(m_server->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<PokeApiClient>(m_nam.get(), m_server->apiUrl());
    m_client->queue()->setMaxInFlight(6);
    m_client->queue()->setRetryPolicy(1, 10);
    m_loader = std::make_unique<PokemonSheetLoader>(m_client.get());
}

void tst_PokemonSheetLoader::cleanup()
{
    m_loader.reset();
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

Pokemon tst_PokemonSheetLoader::lookUp(const QString &name)
{
    PokemonLookup *lookup = m_client->lookupPokemon(name);
    QSignalSpy finished(lookup, &PokemonLookup::finished);
    if (!finished.wait(10000))
        return {};
    m_server->resetCounters();
    return finished.first().first().value<LookupResult>().pokemon;
}

int tst_PokemonSheetLoader::pathsContaining(const QString &part) const
{
    int count = 0;
    for (const QString &path : m_server->requestedPaths())
        count += path.contains(part) ? 1 : 0;
    return count;
}

void tst_PokemonSheetLoader::newestGameFillsMoveByMove()
{
    const Pokemon pikachu = lookUp(QStringLiteral("pikachu"));
    QVERIFY(pikachu.isValid());
    QSignalSpy sheet(m_loader.get(), &PokemonSheetLoader::sheetLoaded);
    QSignalSpy chosen(m_loader.get(), &PokemonSheetLoader::gameChosen);
    QSignalSpy moves(m_loader.get(), &PokemonSheetLoader::moveLoaded);
    QSignalSpy failed(m_loader.get(), &PokemonSheetLoader::moveFailed);
    QSignalSpy settled(m_loader.get(), &PokemonSheetLoader::settled);

    m_loader->load(pikachu);
    QVERIFY(settled.wait(20000));
    QCOMPARE(sheet.size(), 1);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().at(0).toString(), QStringLiteral("champions"));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(moves.size(), 60); // each of the game's moves once
    QCOMPARE(pathsContaining(QStringLiteral("/move/")), 60);
    QCOMPARE(m_loader->sheet().versionGroups().size(), 26);
    QVERIFY(m_loader->isSettled());
    QCOMPARE(settled.size(), 1);
}

void tst_PokemonSheetLoader::askedGameAndItsMachines()
{
    const Pokemon pikachu = lookUp(QStringLiteral("pikachu"));
    QSignalSpy machines(m_loader.get(), &PokemonSheetLoader::machineLoaded);
    QSignalSpy settled(m_loader.get(), &PokemonSheetLoader::settled);

    m_loader->load(pikachu, QStringLiteral("scarlet-violet"));
    QVERIFY(settled.wait(20000));
    QCOMPARE(m_loader->game(), QStringLiteral("scarlet-violet"));
    QCOMPARE(machines.size(), 47); // every move Pikachu learns by TM there
    QCOMPARE(pathsContaining(QStringLiteral("/machine/")), 47);
    QCOMPARE(
        m_loader->machineLabel(QStringLiteral("thunderbolt"), QStringLiteral("scarlet-violet")),
        QStringLiteral("TM126"));
    const MoveDetails *thunderbolt = m_loader->move(QStringLiteral("thunderbolt"));
    QVERIFY(thunderbolt);
    QCOMPARE(thunderbolt->power, 90);

    // Another game of the same Pokémon: only its own moves, nothing asked twice.
    m_server->resetCounters();
    QSignalSpy chosen(m_loader.get(), &PokemonSheetLoader::gameChosen);
    m_loader->showGame(QStringLiteral("sword-shield"));
    QCOMPARE(chosen.size(), 1);
    QTRY_VERIFY(m_loader->isSettled());
    QCOMPARE(pathsContaining(QStringLiteral("/move/thunderbolt")), 0);
}

void tst_PokemonSheetLoader::abilitiesAndEncounters()
{
    const Pokemon pikachu = lookUp(QStringLiteral("pikachu"));
    QSignalSpy abilities(m_loader.get(), &PokemonSheetLoader::abilityLoaded);
    QSignalSpy encounters(m_loader.get(), &PokemonSheetLoader::encountersLoaded);
    QSignalSpy settled(m_loader.get(), &PokemonSheetLoader::settled);
    m_loader->load(pikachu);
    QVERIFY(settled.wait(20000));
    QCOMPARE(abilities.size(), 2);
    QStringList names;
    for (const auto &signal : abilities)
        names.append(signal.first().value<AbilityDetails>().name);
    names.sort();
    QCOMPARE(names, QStringList({ QStringLiteral("lightning-rod"), QStringLiteral("static") }));
    QVERIFY(!m_loader->ability(QStringLiteral("static"))->effect.isEmpty());
    QCOMPARE(encounters.size(), 1);
    QCOMPARE(encounters.first().first().value<QList<Encounter>>().size(), 242);
    QCOMPARE(m_loader->sheet().baseExperience, 112);
}

void tst_PokemonSheetLoader::secondPokemonOfTheLineCostsOnlyUnseenMoves()
{
    const Pokemon raichu = lookUp(QStringLiteral("raichu"));
    const Pokemon pikachu = lookUp(QStringLiteral("pikachu"));
    QSignalSpy settled(m_loader.get(), &PokemonSheetLoader::settled);
    m_loader->load(pikachu, QStringLiteral("scarlet-violet"));
    QVERIFY(settled.wait(20000));

    m_server->resetCounters();
    QSignalSpy moves(m_loader.get(), &PokemonSheetLoader::moveLoaded);
    m_loader->load(raichu, QStringLiteral("scarlet-violet"));
    QVERIFY(settled.wait(20000));
    QCOMPARE(moves.size(), 61); // every row of Raichu's table fills in
    // Focus Blast, Giga Impact and Hyper Beam, and the machines that teach them; the same two
    // abilities are known already. Plus the Pokémon's answer again and its encounters.
    QCOMPARE(pathsContaining(QStringLiteral("/move/")), 3);
    QCOMPARE(pathsContaining(QStringLiteral("/machine/")), 3);
    QCOMPARE(pathsContaining(QStringLiteral("/ability/")), 0);
    QCOMPARE(m_server->requestCount(), 8);
}

void tst_PokemonSheetLoader::failedMoveIsRetried()
{
    const Pokemon pikachu = lookUp(QStringLiteral("pikachu"));
    m_server->setResponseFor(QStringLiteral("/api/v2/move/85/"), 404, "Not Found", "text/plain");
    QSignalSpy failed(m_loader.get(), &PokemonSheetLoader::moveFailed);
    QSignalSpy moves(m_loader.get(), &PokemonSheetLoader::moveLoaded);
    QSignalSpy settled(m_loader.get(), &PokemonSheetLoader::settled);
    m_loader->load(pikachu, QStringLiteral("scarlet-violet"));
    QVERIFY(settled.wait(20000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(), QStringLiteral("thunderbolt"));
    QCOMPARE(moves.size(), 58);

    m_server->setResponseFor(QStringLiteral("/api/v2/move/85/"), 0, {});
    m_server->resetCounters();
    m_loader->retry(DetailSection::Moves);
    QVERIFY(settled.wait(20000));
    QCOMPARE(moves.size(), 59);
    QCOMPARE(pathsContaining(QStringLiteral("/move/")), 1); // only the one that failed
}

void tst_PokemonSheetLoader::missingEncountersFailOnlyTheirPart()
{
    const Pokemon charizard = lookUp(QStringLiteral("charizard")); // no encounters file here
    QSignalSpy failed(m_loader.get(), &PokemonSheetLoader::partFailed);
    QSignalSpy sheet(m_loader.get(), &PokemonSheetLoader::sheetLoaded);
    m_loader->load(charizard, QStringLiteral("no-such-game"));
    QTRY_COMPARE_WITH_TIMEOUT(sheet.size(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
    QCOMPARE(failed.first().at(0).value<DetailSection>(), DetailSection::Encounters);
    // An unknown game falls back to the newest one.
    QCOMPARE(m_loader->game(), m_loader->sheet().versionGroups().first());
    m_loader->cancel();
}

void tst_PokemonSheetLoader::newLoadSilencesTheOldOne()
{
    const Pokemon raichu = lookUp(QStringLiteral("raichu"));
    const Pokemon pikachu = lookUp(QStringLiteral("pikachu"));
    m_server->setDelay(200);
    QSignalSpy sheets(m_loader.get(), &PokemonSheetLoader::sheetLoaded);
    QSignalSpy settled(m_loader.get(), &PokemonSheetLoader::settled);
    m_loader->load(pikachu);
    m_loader->load(raichu);
    QVERIFY(settled.wait(20000));
    QCOMPARE(sheets.size(), 1);
    QCOMPARE(sheets.first().first().value<PokemonSheet>().name, QStringLiteral("raichu"));
}

QTEST_GUILESS_MAIN(tst_PokemonSheetLoader)
#include "tst_pokemonsheetloader.moc"
