// The National Dex against the fake PokeAPI: one listing and 27 group answers put every
// species in the grid in Pokédex order, with its number, types and generation, before any
// Pokémon of its own is asked for; a search replaces it and an empty one brings it back.

#include "api/pokeapiclient.h"
#include "dexdata.h"
#include "fakepokeapi.h"
#include "net/requestqueue.h"
#include "search/nationaldex.h"
#include "search/pokemonlistmodel.h"
#include "search/searchcontroller.h"
#include "search/searchsummary.h"
#include "testengine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using State = PokemonListModel::State;

namespace {

const QString ListingPath = QStringLiteral("/api/v2/pokemon-species");

// Requests for anything but the listing and the group answers.
QStringList lookupsIn(const QStringList &paths)
{
    QStringList lookups;
    for (const QString &path : paths) {
        if (!path.startsWith(ListingPath + u'?') && !path.startsWith(QLatin1String("/api/v2/type/"))
            && !path.startsWith(QLatin1String("/api/v2/generation/")))
            lookups.append(path);
    }
    return lookups;
}

} // namespace

class tst_NationalDex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void opensOnEverySpeciesInPokedexOrder();
    void twentyEightRequestsTellEveryTypeAndGeneration();
    void typesArriveAllAtOnce();
    void anEmptySearchShowsTheDex();
    void aSearchReplacesTheDexAndClearingBringsItBack();
    void searchRowsShowWhatTheDexKnows();
    void aFailedListingIsOneRowThatRetries();
    void aFailedGroupIsAskedForAgainNextTime();
    void theDexComesFromTheDiskCacheNextLaunch();
    void summarySaysHowMuchOfTheDexIsLoaded();

private:
    // Shows the dex and waits for its listing and every group answer.
    bool showWholeDex();

    std::unique_ptr<FakePokeApi> m_server;
    std::unique_ptr<TestEngine> m_engine;
};

void tst_NationalDex::init()
{
    m_server = std::make_unique<FakePokeApi>(QStringLiteral(POKEDEX_TEST_DATA));
    QVERIFY(m_server->listen());
    m_engine = std::make_unique<TestEngine>(m_server->apiUrl());
    m_engine->client.queue()->setRetryPolicy(1, 0);
}

void tst_NationalDex::cleanup()
{
    m_engine.reset();
    m_server.reset();
}

bool tst_NationalDex::showWholeDex()
{
    SearchController &controller = m_engine->controller;
    QSignalSpy finished(&controller, &SearchController::finished);
    controller.showDex();
    NationalDex &dex = m_engine->engine.dex;
    return QTest::qWaitFor(
        [&] {
            return !controller.isRunning() && dex.knowsTypes() && dex.knowsGenerations()
                && !finished.isEmpty();
        },
        10000);
}

void tst_NationalDex::opensOnEverySpeciesInPokedexOrder()
{
    const QList<DexData::Species> &expected = DexData::everySpecies();
    QCOMPARE(expected.size(), 1025);
    QVERIFY(showWholeDex());

    PokemonListModel &model = m_engine->model;
    QCOMPARE(model.rowCount(), int(expected.size()));
    QCOMPARE(model.counts().listed, int(expected.size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        QCOMPARE(index.data(PokemonListModel::SlugRole).toString(), expected.at(row).name);
        QCOMPARE(index.data(PokemonListModel::NumberRole).toInt(), expected.at(row).number);
        QCOMPARE(index.data(PokemonListModel::StateRole).value<State>(), State::Listed);
    }
    // Named as people write them, from DisplayNames, before anything of theirs is fetched.
    QCOMPARE(model.index(24).data(PokemonListModel::DisplayNameRole).toString(),
             QStringLiteral("Pikachu"));
    QCOMPARE(model.index(121).data(PokemonListModel::DisplayNameRole).toString(),
             QStringLiteral("Mr. Mime"));
    QCOMPARE(model.index(0).data(Qt::ToolTipRole).toString(), QStringLiteral("#001 Bulbasaur"));
}

void tst_NationalDex::twentyEightRequestsTellEveryTypeAndGeneration()
{
    QVERIFY(showWholeDex());
    const QStringList paths = m_server->requestedPaths();
    QCOMPARE(paths.size(), 1 + 18 + 9);
    QCOMPARE(paths.filter(ListingPath + u'?').size(), 1);
    QCOMPARE(paths.filter(QStringLiteral("/api/v2/type/")).size(), 18);
    QCOMPARE(paths.filter(QStringLiteral("/api/v2/generation/")).size(), 9);
    QCOMPARE(lookupsIn(paths), QStringList());

    const QList<DexData::Species> &expected = DexData::everySpecies();
    const PokemonListModel &model = m_engine->model;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        QCOMPARE(index.data(PokemonListModel::TypesRole).toStringList(), expected.at(row).types);
        QCOMPARE(index.data(PokemonListModel::GenerationRole).toInt(), expected.at(row).generation);
    }
    // Slot order: Charizard is Fire first, then Flying; Pecharunt is of the ninth generation.
    QCOMPARE(model.index(5).data(PokemonListModel::TypesRole).toStringList(),
             (QStringList { QStringLiteral("fire"), QStringLiteral("flying") }));
    QCOMPARE(model.index(1024).data(PokemonListModel::GenerationRole).toInt(), 9);
}

void tst_NationalDex::typesArriveAllAtOnce()
{
    const QString fire = QStringLiteral("/api/v2/type/fire");
    m_server->hold(fire);
    SearchController &controller = m_engine->controller;
    controller.showDex();
    PokemonListModel &model = m_engine->model;
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1025, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 28, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->engine.dex.knowsGenerations(), 10000);
    // Every other type has answered, Flying too: Charizard must not show Flying alone.
    QCOMPARE(m_server->inFlight(), 1);
    QCOMPARE(model.index(5).data(PokemonListModel::TypesRole).toStringList(), QStringList());
    QCOMPARE(model.index(24).data(PokemonListModel::TypesRole).toStringList(), QStringList());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_server->release(fire);
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->engine.dex.knowsTypes(), 10000);
    QCOMPARE(model.index(5).data(PokemonListModel::TypesRole).toStringList(),
             (QStringList { QStringLiteral("fire"), QStringLiteral("flying") }));
    QCOMPARE(model.index(24).data(PokemonListModel::TypesRole).toStringList(),
             QStringList { QStringLiteral("electric") });
    // One signal for every row, not 1,025.
    QCOMPARE(changed.size(), 1);
}

void tst_NationalDex::anEmptySearchShowsTheDex()
{
    QVERIFY(m_engine->search(QStringLiteral(" , \n")));
    QVERIFY(m_engine->controller.isShowingDex());
    QCOMPARE(m_engine->model.rowCount(), 1025);
}

void tst_NationalDex::aSearchReplacesTheDexAndClearingBringsItBack()
{
    QVERIFY(showWholeDex());
    QVERIFY(m_engine->search(QStringLiteral("pikachu, eevee")));
    QVERIFY(!m_engine->controller.isShowingDex());
    QCOMPARE(m_engine->model.rowCount(), 2);
    QCOMPARE(m_engine->model.counts().loaded, 2);
    const int requests = m_server->requestCount();

    QVERIFY(m_engine->search(QString()));
    QVERIFY(m_engine->controller.isShowingDex());
    QCOMPARE(m_engine->model.rowCount(), 1025);
    QCOMPARE(m_engine->model.index(5).data(PokemonListModel::TypesRole).toStringList(),
             (QStringList { QStringLiteral("fire"), QStringLiteral("flying") }));
    // Nothing is asked for again: the listing and the groups are known.
    QCOMPARE(m_server->requestCount(), requests);
}

void tst_NationalDex::searchRowsShowWhatTheDexKnows()
{
    QVERIFY(showWholeDex());
    m_server->hold(QStringLiteral("/api/v2/pokemon/charizard"));
    m_engine->controller.search(QStringLiteral("charizard"));
    const QModelIndex row = m_engine->model.index(0);
    QCOMPARE(row.data(PokemonListModel::StateRole).value<State>(), State::Loading);
    QCOMPARE(row.data(PokemonListModel::NumberRole).toInt(), 6);
    QCOMPARE(row.data(PokemonListModel::TypesRole).toStringList(),
             (QStringList { QStringLiteral("fire"), QStringLiteral("flying") }));
    m_server->release(QStringLiteral("/api/v2/pokemon/charizard"));
}

void tst_NationalDex::aFailedListingIsOneRowThatRetries()
{
    m_server->setResponseFor(ListingPath, 500, QByteArrayLiteral("oops"), "text/plain");
    SearchController &controller = m_engine->controller;
    QSignalSpy finished(&controller, &SearchController::finished);
    controller.showDex();
    QVERIFY(controller.isRunning());
    QVERIFY(finished.wait(10000));
    PokemonListModel &model = m_engine->model;
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entry(0).state, State::Error);
    QVERIFY2(model.entry(0).error.contains(QLatin1String("500")), qPrintable(model.entry(0).error));
    QCOMPARE(SearchSummary::dexText(model.counts()),
             QStringLiteral("The National Dex did not load"));

    m_server->setResponseFor(ListingPath, 0, {});
    controller.retry(0);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1025, 10000);
    QCOMPARE(m_server->requestedPaths().filter(ListingPath + u'?').size(), 2);
}

void tst_NationalDex::aFailedGroupIsAskedForAgainNextTime()
{
    const QString fire = QStringLiteral("/api/v2/type/fire");
    m_server->setResponseFor(fire, 503, QByteArrayLiteral("busy"), "text/plain");
    SearchController &controller = m_engine->controller;
    NationalDex &dex = m_engine->engine.dex;
    controller.showDex();
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount() == 28 && !controller.isRunning()
                                 && dex.knowsGenerations() && m_server->inFlight() == 0,
                             10000);
    QTRY_COMPARE(m_engine->model.rowCount(), 1025);
    QVERIFY(!dex.knowsTypes());
    // What the other 17 types tell is shown; Charizard lacks its Fire.
    QCOMPARE(m_engine->model.index(5).data(PokemonListModel::TypesRole).toStringList(),
             QStringList { QStringLiteral("flying") });

    m_server->setResponseFor(fire, 0, {});
    controller.showDex();
    QTRY_VERIFY_WITH_TIMEOUT(dex.knowsTypes(), 10000);
    QCOMPARE(m_server->requestedPaths().filter(QStringLiteral("/api/v2/type/")).size(), 19);
    QCOMPARE(m_server->requestCount(), 29);
    QCOMPARE(m_engine->model.index(5).data(PokemonListModel::TypesRole).toStringList(),
             (QStringList { QStringLiteral("fire"), QStringLiteral("flying") }));
}

void tst_NationalDex::theDexComesFromTheDiskCacheNextLaunch()
{
    QTemporaryDir cacheDir;
    QVERIFY(cacheDir.isValid());
    m_engine->useDiskCache(cacheDir.path());
    QVERIFY(showWholeDex());
    QCOMPARE(m_server->requestCount(), 28);

    m_engine = std::make_unique<TestEngine>(m_server->apiUrl());
    m_engine->useDiskCache(cacheDir.path());
    QVERIFY(showWholeDex());
    QCOMPARE(m_engine->model.rowCount(), 1025);
    QCOMPARE(m_engine->model.index(5).data(PokemonListModel::TypesRole).toStringList(),
             (QStringList { QStringLiteral("fire"), QStringLiteral("flying") }));
    QCOMPARE(m_server->requestCount(), 28);
}

void tst_NationalDex::summarySaysHowMuchOfTheDexIsLoaded()
{
    PokemonListModel::Counts counts;
    QCOMPARE(SearchSummary::dexText(counts), QStringLiteral("Loading the National Dex…"));
    counts.listed = 1000;
    counts.loaded = 20;
    counts.loading = 5;
    const QString text = SearchSummary::dexText(counts);
    QVERIFY2(text.startsWith(
                 QStringLiteral("%1 Pokémon in the National Dex").arg(QLocale().toString(1025))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("20 loaded")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("5 loading")), qPrintable(text));
}

QTEST_GUILESS_MAIN(tst_NationalDex)
#include "tst_nationaldex.moc"
