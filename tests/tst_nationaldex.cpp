// The National Dex against the fake PokeAPI: one listing and 27 group answers put every
// species in the grid in Pokédex order, with its number, types and generation, before any
// Pokémon of its own is asked for; a search replaces it and an empty one brings it back.
// Visible first: only rows the view says are on or near the screen are looked up, and the
// front of the queue follows the screen.

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

QList<int> rowsFrom(int first, int last)
{
    QList<int> rows;
    for (int row = first; row <= last; ++row)
        rows.append(row);
    return rows;
}

// The Pokédex numbers /pokemon/{n} was asked for, in order (the dex looks rows up by number).
QList<int> numbersLookedUp(const QStringList &paths)
{
    QList<int> numbers;
    for (const QString &path : paths) {
        if (path.startsWith(QLatin1String("/api/v2/pokemon/")))
            numbers.append(path.mid(16).toInt());
    }
    return numbers;
}

QList<int> numbersFrom(int first, int last)
{
    return rowsFrom(first, last);
}

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

    void onlyRowsNearTheScreenAreLookedUp();
    void theFrontOfTheQueueFollowsTheScreen();
    void theSameRowsAgainAskNothingMore();
    void returningToTheDexRefetchesNothingThatLoaded();
    void rowsCutOffByASearchAreListedAgain();
    void aRowLookedUpLaterTimesItsOwnLookup();
    void cancelInTheDexLeavesNotLoadedCards();
    void aSpeciesWithoutADocumentIsNotFoundWithoutSuggestions();
    void searchRowsOnScreenGoFirst();
    void formsJoinTheDexOnceTheTypesAreKnown();
    void fetchingTheRestComesBehindTheScreen();

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
    // Every species, then the forms the type answers list (tested below).
    QVERIFY(model.rowCount() > int(expected.size()));
    QCOMPARE(model.counts().listed, model.rowCount());
    for (int row = 0; row < int(expected.size()); ++row) {
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
    for (int row = 0; row < int(expected.size()); ++row) {
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
    QVERIFY(m_engine->model.rowCount() >= 1025);
}

void tst_NationalDex::aSearchReplacesTheDexAndClearingBringsItBack()
{
    QVERIFY(showWholeDex());
    const int dexRows = m_engine->model.rowCount();
    QVERIFY(m_engine->search(QStringLiteral("pikachu, eevee")));
    QVERIFY(!m_engine->controller.isShowingDex());
    QCOMPARE(m_engine->model.rowCount(), 2);
    QCOMPARE(m_engine->model.counts().loaded, 2);
    const int requests = m_server->requestCount();

    QVERIFY(m_engine->search(QString()));
    QVERIFY(m_engine->controller.isShowingDex());
    QCOMPARE(m_engine->model.rowCount(), dexRows);
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
    QCOMPARE(SearchSummary::dexText(model.counts(), 0),
             QStringLiteral("The National Dex did not load"));

    m_server->setResponseFor(ListingPath, 0, {});
    controller.retry(0);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 1025, 10000);
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
    QTRY_VERIFY(m_engine->model.rowCount() >= 1025);
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
    QVERIFY(m_engine->model.rowCount() > 1025);
    QCOMPARE(m_engine->model.index(5).data(PokemonListModel::TypesRole).toStringList(),
             (QStringList { QStringLiteral("fire"), QStringLiteral("flying") }));
    QCOMPARE(m_server->requestCount(), 28);
}

void tst_NationalDex::summarySaysHowMuchOfTheDexIsLoaded()
{
    PokemonListModel::Counts counts;
    QCOMPARE(SearchSummary::dexText(counts, 0), QStringLiteral("Loading the National Dex…"));
    counts.listed = 1300;
    counts.loaded = 20;
    counts.loading = 5;
    const QString text = SearchSummary::dexText(counts, 300); // forms are not counted
    QCOMPARE(SearchSummary::dexText({}, 0), QStringLiteral("Loading the National Dex…"));
    QVERIFY2(text.startsWith(
                 QStringLiteral("%1 Pokémon in the National Dex").arg(QLocale().toString(1025))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("20 loaded")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("5 loading")), qPrintable(text));
}

void tst_NationalDex::onlyRowsNearTheScreenAreLookedUp()
{
    DexData::serveMissing(m_server.get(), DexData::everySpecies());
    QVERIFY(showWholeDex());
    SearchController &controller = m_engine->controller;
    QSignalSpy finished(&controller, &SearchController::finished);
    controller.setVisibleRows(rowsFrom(0, 19), rowsFrom(20, 29));
    QVERIFY(controller.isRunning());
    QCOMPARE(m_engine->model.counts().loading, 30);
    QVERIFY(finished.wait(10000));

    QList<int> asked = numbersLookedUp(m_server->requestedPaths());
    std::sort(asked.begin(), asked.end());
    QCOMPARE(asked, numbersFrom(1, 30));
    const PokemonListModel &model = m_engine->model;
    QCOMPARE(model.counts().loaded, 30);
    QCOMPARE(model.counts().listed, model.rowCount() - 30);
    QCOMPARE(model.entry(24).pokemon.name, QStringLiteral("pikachu"));
    QCOMPARE(model.entry(30).state, State::Listed);
}

void tst_NationalDex::theFrontOfTheQueueFollowsTheScreen()
{
    DexData::serveMissing(m_server.get(), DexData::everySpecies());
    QVERIFY(showWholeDex());
    m_server->setDelay(10);
    m_engine->client.setMaxInFlight(1); // one at a time: the order they go in is the order seen
    SearchController &controller = m_engine->controller;
    QSignalSpy finished(&controller, &SearchController::finished);
    controller.setVisibleRows(rowsFrom(0, 9), rowsFrom(10, 14));
    // A jump to the end before the top has loaded.
    QList<int> above = rowsFrom(995, 1004);
    std::reverse(above.begin(), above.end());
    controller.setVisibleRows(rowsFrom(1005, 1019), rowsFrom(1020, 1024) + above);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !controller.isRunning(), 20000);

    const QList<int> asked = numbersLookedUp(m_server->requestedPaths());
    QList<int> aboveNumbers = numbersFrom(996, 1005);
    std::reverse(aboveNumbers.begin(), aboveNumbers.end());
    // Bulbasaur was on the wire; then the new screen, the rows around it, and only then the
    // rows that scrolled away: fetched still, not cancelled.
    const QList<int> expected = QList<int> { 1 } + numbersFrom(1006, 1020) + numbersFrom(1021, 1025)
        + aboveNumbers + numbersFrom(2, 15);
    QCOMPARE(asked, expected);
    QCOMPARE(m_engine->model.counts().loaded, 45);
}

void tst_NationalDex::theSameRowsAgainAskNothingMore()
{
    DexData::serveMissing(m_server.get(), DexData::everySpecies());
    QVERIFY(showWholeDex());
    SearchController &controller = m_engine->controller;
    QSignalSpy finished(&controller, &SearchController::finished);
    controller.setVisibleRows(rowsFrom(0, 11), {});
    controller.setVisibleRows(rowsFrom(0, 11), {}); // a resize that changed nothing
    QVERIFY(finished.wait(10000));
    controller.setVisibleRows(rowsFrom(4, 11), rowsFrom(0, 3));
    QCOMPARE(numbersLookedUp(m_server->requestedPaths()).size(), 12);
    QVERIFY(!controller.isRunning());
}

void tst_NationalDex::returningToTheDexRefetchesNothingThatLoaded()
{
    DexData::serveMissing(m_server.get(), DexData::everySpecies());
    QVERIFY(showWholeDex());
    SearchController &controller = m_engine->controller;
    QSignalSpy finished(&controller, &SearchController::finished);
    controller.setVisibleRows(rowsFrom(0, 9), {});
    QVERIFY(finished.wait(10000));
    QVERIFY(m_engine->search(QStringLiteral("mewtwo")));
    const int requests = m_server->requestCount();

    QVERIFY(m_engine->search(QString()));
    controller.setVisibleRows(rowsFrom(0, 9), {});
    QVERIFY(!controller.isRunning());
    QCOMPARE(m_engine->model.counts().loaded, 10);
    QCOMPARE(m_engine->model.entry(5).pokemon.name, QStringLiteral("charizard"));
    QCOMPARE(m_server->requestCount(), requests);
}

void tst_NationalDex::rowsCutOffByASearchAreListedAgain()
{
    DexData::serveMissing(m_server.get(), DexData::everySpecies());
    QVERIFY(showWholeDex());
    m_server->hold(QStringLiteral("/api/v2/pokemon/3"));
    SearchController &controller = m_engine->controller;
    controller.setVisibleRows(rowsFrom(0, 3), {});
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->model.counts().loaded, 3, 10000);
    QVERIFY(m_engine->search(QStringLiteral("pikachu")));

    QVERIFY(m_engine->search(QString()));
    const PokemonListModel &model = m_engine->model;
    QCOMPARE(model.counts().loaded, 3);
    // Venusaur's lookup was cut off: it is asked for again when it is on screen again.
    QCOMPARE(model.entry(2).state, State::Listed);
    QCOMPARE(model.entry(2).attempts, 1);
    QCOMPARE(model.counts().error, 0);
    m_server->release(QStringLiteral("/api/v2/pokemon/3"));
    QSignalSpy finished(&controller, &SearchController::finished);
    controller.setVisibleRows(rowsFrom(0, 3), {});
    QVERIFY(finished.wait(10000));
    QCOMPARE(model.counts().loaded, 4);
}

// A card of the dex looked up once scrolled to says how long its own lookup took, not the
// time since the dex was opened.
void tst_NationalDex::aRowLookedUpLaterTimesItsOwnLookup()
{
    DexData::serveMissing(m_server.get(), DexData::everySpecies());
    m_server->setDelay(600); // the listing takes at least this long
    QVERIFY(showWholeDex());
    QVERIFY(m_engine->controller.elapsedMs() >= 600);
    m_server->setDelay(0);
    QSignalSpy finished(&m_engine->controller, &SearchController::finished);
    m_engine->controller.setVisibleRows(rowsFrom(0, 3), {});
    QVERIFY(finished.wait(10000));
    const PokemonListModel &model = m_engine->model;
    QCOMPARE(model.counts().loaded, 4);
    for (int row = 0; row < 4; ++row)
        QVERIFY2(model.entry(row).elapsedMs < 500, qPrintable(QString::number(row)));
}

// Esc in the dex stops the cards on screen: not loaded, and counted so, not failed.
void tst_NationalDex::cancelInTheDexLeavesNotLoadedCards()
{
    DexData::serveMissing(m_server.get(), DexData::everySpecies());
    QVERIFY(showWholeDex());
    m_server->setDelay(10'000);
    SearchController &controller = m_engine->controller;
    controller.setVisibleRows(rowsFrom(0, 3), {});
    QCOMPARE(m_engine->model.counts().loading, 4);
    controller.cancel();
    const PokemonListModel &model = m_engine->model;
    QCOMPARE(model.counts().notLoaded, 4);
    QCOMPARE(model.counts().error, 0);
    QVERIFY2(SearchSummary::dexText(model.counts(), 0).contains(QStringLiteral("4 not loaded")),
             qPrintable(SearchSummary::dexText(model.counts(), 0)));
    // Scrolling past them does not load them again; Retry Failed does.
    controller.setVisibleRows(rowsFrom(0, 3), {});
    QCOMPARE(model.counts().notLoaded, 4);
    m_server->setDelay(0);
    QSignalSpy finished(&controller, &SearchController::finished);
    controller.retryFailed();
    QVERIFY(finished.wait(10000));
    QCOMPARE(model.counts().loaded, 4);
}

void tst_NationalDex::aSpeciesWithoutADocumentIsNotFoundWithoutSuggestions()
{
    QVERIFY(showWholeDex());
    SearchController &controller = m_engine->controller;
    QSignalSpy finished(&controller, &SearchController::finished);
    controller.setVisibleRows({ 0, 1 }, {}); // bulbasaur is in the test data, ivysaur is not
    QVERIFY(finished.wait(10000));
    const PokemonListModel &model = m_engine->model;
    QCOMPARE(model.entry(0).state, State::Loaded);
    QCOMPARE(model.entry(1).state, State::NotFound);
    QCOMPARE(model.entry(1).suggestions, QStringList());
    // No did-you-mean for a name the dex itself listed: the name index is not fetched.
    QCOMPARE(m_server->requestedPaths().filter(QStringLiteral("limit=")).size(), 1);
}

void tst_NationalDex::searchRowsOnScreenGoFirst()
{
    m_server->setDelay(10);
    m_engine->client.setMaxInFlight(1);
    SearchController &controller = m_engine->controller;
    QSignalSpy finished(&controller, &SearchController::finished);
    const QStringList names
        = { QStringLiteral("bulbasaur"), QStringLiteral("charmander"), QStringLiteral("charizard"),
            QStringLiteral("squirtle"),  QStringLiteral("pikachu"),    QStringLiteral("gengar"),
            QStringLiteral("eevee"),     QStringLiteral("snorlax"),    QStringLiteral("mewtwo") };
    controller.search(names.join(u','));
    controller.setVisibleRows({ 6, 7 }, { 8 });
    QVERIFY(finished.wait(10000));
    QStringList order = m_server->requestedPaths();
    for (QString &path : order)
        path.remove(QStringLiteral("/api/v2/pokemon/"));
    // Every row of a search is fetched, those on screen first; the rest keep their order.
    QCOMPARE(order,
             (QStringList { names.at(0), names.at(6), names.at(7), names.at(1), names.at(2),
                            names.at(3), names.at(4), names.at(5), names.at(8) }));
}

void tst_NationalDex::formsJoinTheDexOnceTheTypesAreKnown()
{
    QVERIFY(showWholeDex());
    const PokemonListModel &model = m_engine->model;
    const int mega = model.rowOfSlug(QStringLiteral("charizard-mega-x"));
    QVERIFY(mega >= 1025); // after every species
    const DexFacts megaFacts { 6, { QStringLiteral("fire"), QStringLiteral("dragon") }, 1, true };
    QCOMPARE(model.entry(mega).facts, megaFacts);
    QCOMPARE(model.index(mega).data(Qt::DisplayRole).toString(),
             QStringLiteral("Mega Charizard X"));
    // Given to the longest species name it starts with: Mr. Mime's, not a Mr.'s.
    const int galar = model.rowOfSlug(QStringLiteral("mr-mime-galar"));
    QVERIFY(galar >= 1025);
    QCOMPARE(model.entry(galar).facts.number, 122);
    QCOMPARE(model.entry(model.rowOfSlug(QStringLiteral("exeggutor-alola"))).facts.types,
             (QStringList { QStringLiteral("grass"), QStringLiteral("dragon") }));
    // A form is looked up by its name (its number is its species').
    SearchController &controller = m_engine->controller;
    QSignalSpy finished(&controller, &SearchController::finished);
    controller.setVisibleRows({ mega }, {});
    QVERIFY(finished.wait(10000));
    QCOMPARE(model.entry(mega).state, State::Loaded);
    QVERIFY(
        m_server->requestedPaths().contains(QStringLiteral("/api/v2/pokemon/charizard-mega-x")));
}

void tst_NationalDex::fetchingTheRestComesBehindTheScreen()
{
    DexData::serveMissing(m_server.get(), DexData::everySpecies());
    QVERIFY(showWholeDex());
    m_server->setDelay(5);
    m_engine->client.setMaxInFlight(1);
    SearchController &controller = m_engine->controller;
    QSignalSpy finished(&controller, &SearchController::finished);
    controller.setVisibleRows({ 0, 1, 2 }, {});
    controller.fetchRows({ 10, 11, 1, 12 }); // what a sort by stats lacks
    controller.setVisibleRows({ 20 }, {}); // then the screen moves
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !controller.isRunning(), 10000);
    QCOMPARE(numbersLookedUp(m_server->requestedPaths()), (QList<int> { 1, 21, 11, 12, 13, 2, 3 }));
}

QTEST_GUILESS_MAIN(tst_NationalDex)
#include "tst_nationaldex.moc"
