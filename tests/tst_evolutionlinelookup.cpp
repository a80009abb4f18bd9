// EvolutionLineLookup against the fake PokeAPI: any stage of a chain gives the whole line, in
// chain order; failures end in failed(); a new lookup silences the old one.

#include "api/evolutionlinelookup.h"
#include "api/pokeapiclient.h"
#include "fakepokeapi.h"
#include "net/requestqueue.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class tst_EvolutionLineLookup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyStageGivesTheWholeLine_data();
    void everyStageGivesTheWholeLine();
    void aFailedRequestEndsInFailed_data();
    void aFailedRequestEndsInFailed();
    void aNewLookupSilencesTheOldOne();
    void speciesOfWalksEveryBranch();

private:
    std::unique_ptr<FakePokeApi> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<PokeApiClient> m_client;
    std::unique_ptr<EvolutionLineLookup> m_lookup;
};

namespace {

// A Pokémon as a card knows it, without the species URL: found by its species' name.
Pokemon pokemonNamed(const QString &name)
{
    Pokemon pokemon;
    pokemon.id = 1;
    pokemon.name = name;
    pokemon.speciesName = name;
    return pokemon;
}

} // namespace

void tst_EvolutionLineLookup::init()
{
    m_server = std::make_unique<FakePokeApi>(QStringLiteral(POKEDEX_TEST_DATA));
    QVERIFY(m_server->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<PokeApiClient>(m_nam.get(), m_server->apiUrl());
    m_client->queue()->setRetryPolicy(1, 10);
    m_lookup = std::make_unique<EvolutionLineLookup>(m_client.get());
}

void tst_EvolutionLineLookup::cleanup()
{
    m_lookup.reset();
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

void tst_EvolutionLineLookup::everyStageGivesTheWholeLine_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("line");
    const QStringList charmander { QStringLiteral("charmander"), QStringLiteral("charmeleon"),
                                   QStringLiteral("charizard") };
    QTest::addRow("the first stage") << QStringLiteral("charmander") << charmander;
    QTest::addRow("the middle stage") << QStringLiteral("charmeleon") << charmander;
    QTest::addRow("the last stage") << QStringLiteral("charizard") << charmander;
    QTest::addRow("eight branches")
        << QStringLiteral("eevee")
        << QStringList { QStringLiteral("eevee"),   QStringLiteral("vaporeon"),
                         QStringLiteral("jolteon"), QStringLiteral("flareon"),
                         QStringLiteral("espeon"),  QStringLiteral("umbreon"),
                         QStringLiteral("leafeon"), QStringLiteral("glaceon"),
                         QStringLiteral("sylveon") };
    QTest::addRow("a split") << QStringLiteral("wurmple")
                             << QStringList { QStringLiteral("wurmple"), QStringLiteral("silcoon"),
                                              QStringLiteral("beautifly"),
                                              QStringLiteral("cascoon"), QStringLiteral("dustox") };
}

void tst_EvolutionLineLookup::everyStageGivesTheWholeLine()
{
    QFETCH(QString, name);
    QFETCH(QStringList, line);
    QSignalSpy found(m_lookup.get(), &EvolutionLineLookup::found);
    QSignalSpy failed(m_lookup.get(), &EvolutionLineLookup::failed);

    m_lookup->lookUp(pokemonNamed(name));
    QVERIFY(m_lookup->isRunning());
    QVERIFY(found.wait(10000));

    QCOMPARE(found.first().at(0).value<Pokemon>().name, name);
    QCOMPARE(found.first().at(1).toStringList(), line);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!m_lookup->isRunning());
    // The species, then its chain: nothing else.
    QCOMPARE(m_server->requestCount(), 2);
    QVERIFY(
        m_server->requestedPaths().last().startsWith(QStringLiteral("/api/v2/evolution-chain/")));
}

void tst_EvolutionLineLookup::aFailedRequestEndsInFailed_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addRow("species 500") << QStringLiteral("/api/v2/pokemon-species/charmeleon") << 500;
    QTest::addRow("species 404") << QStringLiteral("/api/v2/pokemon-species/charmeleon") << 404;
    QTest::addRow("chain 503") << QStringLiteral("/api/v2/evolution-chain/2/") << 503;
    QTest::addRow("chain damaged") << QStringLiteral("/api/v2/evolution-chain/2/") << 200;
}

void tst_EvolutionLineLookup::aFailedRequestEndsInFailed()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    m_server->setResponseFor(path, status, status == 200 ? "{\"chain\":[]}" : "no", "text/plain");
    QSignalSpy found(m_lookup.get(), &EvolutionLineLookup::found);
    QSignalSpy failed(m_lookup.get(), &EvolutionLineLookup::failed);

    m_lookup->lookUp(pokemonNamed(QStringLiteral("charmeleon")));
    QVERIFY(failed.wait(10000));

    QCOMPARE(found.size(), 0);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<Pokemon>().name, QStringLiteral("charmeleon"));
    QVERIFY(!failed.first().at(1).toString().isEmpty());
    QVERIFY(!m_lookup->isRunning());
}

void tst_EvolutionLineLookup::aNewLookupSilencesTheOldOne()
{
    m_server->hold(QStringLiteral("/api/v2/pokemon-species/charmander"));
    QSignalSpy found(m_lookup.get(), &EvolutionLineLookup::found);
    m_lookup->lookUp(pokemonNamed(QStringLiteral("charmander")));
    QTRY_COMPARE(m_server->inFlight(), 1);

    m_lookup->lookUp(pokemonNamed(QStringLiteral("eevee")));
    m_server->release(QStringLiteral("/api/v2/pokemon-species/charmander"));
    QVERIFY(found.wait(10000));
    QCOMPARE(found.first().at(0).value<Pokemon>().name, QStringLiteral("eevee"));
    QTRY_COMPARE(m_server->inFlight(), 0);
    QCOMPARE(found.size(), 1);

    // cancel() silences it too.
    m_lookup->lookUp(pokemonNamed(QStringLiteral("charizard")));
    m_lookup->cancel();
    QVERIFY(!m_lookup->isRunning());
    QVERIFY(!found.wait(300));
    QCOMPARE(found.size(), 1);
}

void tst_EvolutionLineLookup::speciesOfWalksEveryBranch()
{
    // A stage is listed before what it evolves into, each species once.
    EvolutionNode root { QStringLiteral("a"), {}, {}, {} };
    EvolutionNode b { QStringLiteral("b"), {}, {}, {} };
    b.evolvesTo = { EvolutionNode { QStringLiteral("c"), {}, {}, {} } };
    root.evolvesTo = { b, EvolutionNode { QStringLiteral("d"), {}, {}, {} } };
    QCOMPARE(EvolutionLineLookup::speciesOf(root),
             (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                            QStringLiteral("d") }));
    QCOMPARE(EvolutionLineLookup::speciesOf(EvolutionNode { QStringLiteral("ditto"), {}, {}, {} }),
             QStringList { QStringLiteral("ditto") });
}

QTEST_GUILESS_MAIN(tst_EvolutionLineLookup)
#include "tst_evolutionlinelookup.moc"
