// The whole engine against the fake PokeAPI: concurrency, streaming into the model,
// cancellation, terminal states, did-you-mean.

#include "api/pokeapiclient.h"
#include "fakepokeapi.h"
#include "net/requestqueue.h"
#include "search/nameindex.h"
#include "search/pokemonlistmodel.h"
#include "search/searchcontroller.h"
#include "search/searchsummary.h"
#include "testengine.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using State = PokemonListModel::State;

class tst_SearchController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tenNamesFillTheWindowExactly();
    void rowsReachTheModelInCompletionOrder();
    void everyRowEndsInATerminalState();
    void duplicatesCollapseToOneRowAndOneRequest();
    void invalidNamesSendNothing();
    void pokedexNumbersAsTheGamesPrintThem_data();
    void pokedexNumbersAsTheGamesPrintThem();
    void abbreviationsWithoutASpace_data();
    void abbreviationsWithoutASpace();
    void otherNumbersSendNothing_data();
    void otherNumbersSendNothing();
    void pastedWallOfTextSendsNothing_data();
    void pastedWallOfTextSendsNothing();
    void notFoundOffersSuggestions();
    void finishedWaitsForEveryNotFoundRow_data();
    void finishedWaitsForEveryNotFoundRow();
    void aListedNameThatFailsIsNotSuggestedToItself();
    void theIndexKnowsEachNamesSpecies_data();
    void theIndexKnowsEachNamesSpecies();
    void newSearchCancelsTheOldOne();
    void cancelLeavesNothingSpinning();
    void aBigPasteIsHandedOverInSlices();
    void cancelledRowsAreCountedApartAndRetryLoadsThem();
    void retryTurnsAnErrorIntoAResult();
    void retryTimesItsOwnRound();
    void summaryText();
    void emptySearchFinishesAtOnce();
    void aSearchInTheFirstMomentsWaitsForTheNames();
    void cancelStopsASearchWaitingForTheNames();

private:
    QStringList statesOf() const;
    std::unique_ptr<FakePokeApi> m_server;
    std::unique_ptr<TestEngine> m_engine;
    PokeApiClient *m_client = nullptr;
    PokemonListModel *m_model = nullptr;
    NameIndex *m_index = nullptr;
    SearchController *m_controller = nullptr;
};

static const QString tenNames
    = QStringLiteral("bulbasaur, charmander, charizard, squirtle, pikachu, "
                     "jigglypuff, gengar, eevee, snorlax, mewtwo");

void tst_SearchController::init()
{
    m_server = std::make_unique<FakePokeApi>(QStringLiteral(POKEDEX_TEST_DATA));
    QVERIFY(m_server->listen());
    m_engine = std::make_unique<TestEngine>(m_server->apiUrl());
    m_client = &m_engine->client;
    m_model = &m_engine->model;
    m_index = &m_engine->index;
    m_controller = &m_engine->controller;
    m_client->queue()->setRetryPolicy(2, 10);
}

void tst_SearchController::cleanup()
{
    m_engine.reset();
    m_server.reset();
}

void tst_SearchController::tenNamesFillTheWindowExactly()
{
    m_server->setDelay(200);
    m_client->queue()->setMaxInFlight(4);
    QSignalSpy finished(m_controller, &SearchController::finished);

    m_controller->search(tenNames);

    // Every row exists, Loading, before any reply.
    QCOMPARE(m_model->rowCount(), 10);
    QCOMPARE(m_model->counts().loading, 10);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_model->counts().loaded, 10);
    QCOMPARE(m_server->requestCount(), 10);
    QCOMPARE(m_server->peakInFlight(), 4);
}

void tst_SearchController::rowsReachTheModelInCompletionOrder()
{
    const QStringList names
        = { QStringLiteral("mewtwo"), QStringLiteral("snorlax"), QStringLiteral("eevee"),
            QStringLiteral("gengar"), QStringLiteral("pikachu") };
    for (const QString &name : names)
        m_server->hold(QStringLiteral("/api/v2/pokemon/") + name);
    QList<int> finishedRows;
    connect(m_model, &PokemonListModel::rowFinished, this,
            [&finishedRows](int row) { finishedRows.append(row); });
    QSignalSpy finished(m_controller, &SearchController::finished);

    m_controller->search(names.join(u','));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), int(names.size()), 10000);
    // The server answers from the last typed to the first, one answer at a time: each row
    // must be finished as soon as its answer is in.
    for (int row = int(names.size()) - 1; row >= 0; --row) {
        m_server->release(QStringLiteral("/api/v2/pokemon/") + names.at(row));
        QTRY_COMPARE_WITH_TIMEOUT(finishedRows.size(), int(names.size()) - row, 10000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);

    QCOMPARE(finishedRows, (QList<int> { 4, 3, 2, 1, 0 }));
    // Rows stay in typed order.
    QCOMPARE(m_model->entry(0).pokemon.name, QStringLiteral("mewtwo"));
}

void tst_SearchController::everyRowEndsInATerminalState()
{
    m_server->setResponseFor(QStringLiteral("/api/v2/pokemon/gengar"), 503, "busy", "text/plain");
    QSignalSpy finished(m_controller, &SearchController::finished);

    m_controller->search(QStringLiteral("pikachu, Mr. Mime, bad_name, gengar, Deoxys, ../x"));
    QVERIFY(finished.wait(10000));

    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->entry(0).state, State::Loaded);
    QCOMPARE(m_model->entry(1).state, State::Loaded);
    QCOMPARE(m_model->entry(1).pokemon.name, QStringLiteral("mr-mime"));
    QCOMPARE(m_model->entry(2).state, State::NotFound);
    QCOMPARE(m_model->entry(3).state, State::Error);
    QVERIFY2(m_model->entry(3).error.contains(QStringLiteral("503")),
             qPrintable(m_model->entry(3).error));
    QVERIFY2(m_model->entry(3).error.contains(QStringLiteral("gave up after 2 attempts")),
             qPrintable(m_model->entry(3).error));
    QCOMPARE(m_model->entry(4).state, State::Loaded);
    QCOMPARE(m_model->entry(4).pokemon.name, QStringLiteral("deoxys-normal"));
    QCOMPARE(m_model->entry(5).state, State::NotFound);
    QVERIFY(!m_controller->isRunning());
}

void tst_SearchController::duplicatesCollapseToOneRowAndOneRequest()
{
    QSignalSpy finished(m_controller, &SearchController::finished);
    m_controller->search(QStringLiteral("pikachu, Pikachu, PIKACHU , eevee"));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->entry(0).query, QStringLiteral("pikachu"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_server->requestCount(), 2);
}

void tst_SearchController::invalidNamesSendNothing()
{
    QSignalSpy finished(m_controller, &SearchController::finished);
    m_controller->search(QStringLiteral("../../etc/passwd, what?, 100%"));
    // Decided without the network, so already finished.
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(m_model->entry(row).state, State::NotFound);
        QVERIFY(!m_model->entry(row).error.isEmpty());
    }
    QCOMPARE(m_server->requestCount(), 0);
}

void tst_SearchController::pokedexNumbersAsTheGamesPrintThem_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : { "25", "025", "#025", "# 25", "No. 025", "No.025", "no 25", "NO. 25" })
        QTest::addRow("%s", text) << QString::fromUtf8(text);
}

// Typed in the search box, so split at spaces first: the words of "No. 025" stay together.
void tst_SearchController::pokedexNumbersAsTheGamesPrintThem()
{
    QFETCH(QString, text);

    QSignalSpy finished(m_controller, &SearchController::finished);
    m_controller->search(text);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->entry(0).state, State::Loaded);
    QCOMPARE(m_model->entry(0).pokemon.name, QStringLiteral("pikachu"));
    QCOMPARE(m_server->requestedPaths(), QStringList { QStringLiteral("/api/v2/pokemon/25") });
}

void tst_SearchController::abbreviationsWithoutASpace_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : { "Mr. Mime", "Mr.Mime", "MR.MIME", "mr.mime pikachu" })
        QTest::addRow("%s", text) << QString::fromUtf8(text);
}

// A bug once: "Mr.Mime" was looked up as "mrmime" and not found.
void tst_SearchController::abbreviationsWithoutASpace()
{
    QFETCH(QString, text);
    // As the app does at start: the index says which words belong together.
    QSignalSpy ready(m_index, &NameIndex::ready);
    m_index->load();
    QVERIFY(ready.wait(10000));

    QSignalSpy finished(m_controller, &SearchController::finished);
    m_controller->search(text);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_model->entry(0).state, State::Loaded);
    QCOMPARE(m_model->entry(0).pokemon.name, QStringLiteral("mr-mime"));
    QCOMPARE(m_model->counts().loaded, m_model->rowCount());
}

void tst_SearchController::otherNumbersSendNothing_data()
{
    QTest::addColumn<QString>("text");
    // A bug once: "25.0" found Ho-Oh (#250) and "-25" Pikachu.
    for (const char *text :
         { "25.0", "25,0", "-25", "+25", "0", "No. 000", "1026", "10001", "No. 25.0", "No. -25" })
        QTest::addRow("%s", text) << QString::fromUtf8(text);
}

// Each is one query: a number that is no Pokédex number ends NotFound, saying why.
void tst_SearchController::otherNumbersSendNothing()
{
    QFETCH(QString, text);

    QSignalSpy finished(m_controller, &SearchController::finished);
    m_controller->searchQueries({ text });
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->entry(0).state, State::NotFound);
    QVERIFY2(m_model->entry(0).error.contains(QStringLiteral("is not a Pokédex number")),
             qPrintable(m_model->entry(0).error));
    QCOMPARE(m_server->requestCount(), 0);
}

void tst_SearchController::pastedWallOfTextSendsNothing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");

    const qsizetype mebibyte = 1024 * 1024;
    QTest::addRow("9 MiB of U+FDFA") << QString(3 * mebibyte, QChar(0xFDFA)) << 1;
    QTest::addRow("1 MiB of letters") << QString(mebibyte, u'a') << 1;
    QTest::addRow("two huge names")
        << (QString(mebibyte / 2, u'a') + u',' + QString(mebibyte / 2, QChar(0xFDFA))) << 2;
}

// A bug once: normalising a long paste hung the app; it must end at once, as rows that are
// too long to be names.
void tst_SearchController::pastedWallOfTextSendsNothing()
{
    QFETCH(QString, text);
    QFETCH(int, rows);

    QSignalSpy finished(m_controller, &SearchController::finished);
    m_controller->search(text);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_model->rowCount(), rows);
    for (int row = 0; row < rows; ++row) {
        QCOMPARE(m_model->entry(row).state, State::NotFound);
        QVERIFY2(m_model->entry(row).error.contains(QStringLiteral("longer than")),
                 qPrintable(m_model->entry(row).error));
    }
    QCOMPARE(m_server->requestCount(), 0);
}

void tst_SearchController::notFoundOffersSuggestions()
{
    QSignalSpy finished(m_controller, &SearchController::finished);
    m_controller->search(QStringLiteral("charzard"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_model->entry(0).state, State::NotFound);
    QVERIFY(!m_model->entry(0).suggestions.isEmpty());
    QCOMPARE(m_model->entry(0).suggestions.first(), QStringLiteral("charizard"));
    QVERIFY(m_index->isLoaded());

    // The index is fetched once: a second miss asks only for the name itself.
    const int before = m_server->requestCount();
    m_controller->search(QStringLiteral("pikchu"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_model->entry(0).suggestions.first(), QStringLiteral("pikachu"));
    QCOMPARE(m_server->requestCount() - before, 2); // /pokemon and /pokemon-species
}

void tst_SearchController::finishedWaitsForEveryNotFoundRow_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<bool>("indexFails");
    QTest::addColumn<int>("notFound");

    const QString charzard = QStringLiteral("charzard");
    const QString bulbasor = QStringLiteral("bulbasor");
    QTest::addRow("two not found") << QStringList { charzard, bulbasor } << false << 2;
    QTest::addRow("three not found")
        << QStringList { charzard, bulbasor, QStringLiteral("pikchu") } << false << 3;
    QTest::addRow("found between two not found")
        << QStringList { charzard, QStringLiteral("pikachu"), bulbasor } << false << 2;
    QTest::addRow("two not found, index fails") << QStringList { charzard, bulbasor } << true << 2;
}

// A bug once: rows waiting for the name index were all released at once, and the first one
// reported the search finished while the others were still Loading.
void tst_SearchController::finishedWaitsForEveryNotFoundRow()
{
    QFETCH(QStringList, names);
    QFETCH(bool, indexFails);
    QFETCH(int, notFound);

    // The lookups answer at once and the name index late, so every miss waits for it.
    m_server->setDelay(300);
    for (const QString &name : std::as_const(names))
        m_server->setDelayFor(name, 0);
    if (indexFails) {
        m_server->setResponseFor(QStringLiteral("/api/v2/pokemon"), 500, "oops", "text/plain");
    }

    QObject context; // ends the connections below before the locals they capture
    int loadingAtFinish = -1;
    int rowsAfterFinish = 0;
    QSignalSpy finished(m_controller, &SearchController::finished);
    connect(m_controller, &SearchController::finished, &context,
            [&] { loadingAtFinish = m_model->counts().loading; });
    connect(m_model, &PokemonListModel::rowFinished, &context, [&](int) {
        if (!finished.isEmpty())
            ++rowsAfterFinish;
    });

    m_controller->search(names.join(u','));
    QVERIFY(finished.wait(10000));

    QCOMPARE(finished.size(), 1);
    QCOMPARE(loadingAtFinish, 0);
    QCOMPARE(rowsAfterFinish, 0);
    QCOMPARE(m_model->counts().notFound, notFound);
    QCOMPARE(m_model->counts().loaded, int(names.size()) - notFound);
    QVERIFY(!m_controller->isRunning());
}

void tst_SearchController::aListedNameThatFailsIsNotSuggestedToItself()
{
    // pikachu is in the name listing, but this server has no document for it.
    m_server->setResponseFor(QStringLiteral("/api/v2/pokemon/pikachu"), 404, "Not Found",
                             "text/plain");
    m_server->setResponseFor(QStringLiteral("/api/v2/pokemon-species/pikachu"), 404, "Not Found",
                             "text/plain");
    QSignalSpy finished(m_controller, &SearchController::finished);
    m_controller->search(QStringLiteral("pikachu"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_model->entry(0).state, State::NotFound);
    QVERIFY(m_index->contains(QStringLiteral("pikachu")));
    QVERIFY(!m_model->entry(0).suggestions.contains(QStringLiteral("pikachu")));
    QVERIFY(!m_model->entry(0).suggestions.isEmpty()); // pichu, pikachu-* forms…
}

void tst_SearchController::theIndexKnowsEachNamesSpecies_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("species");
    QTest::addRow("a species") << QStringLiteral("charizard") << QStringLiteral("charizard");
    QTest::addRow("a form") << QStringLiteral("deoxys-normal") << QStringLiteral("deoxys");
    // A species with a dash is itself, not a form of the shorter one.
    QTest::addRow("porygon-z") << QStringLiteral("porygon-z") << QStringLiteral("porygon-z");
    QTest::addRow("a dashed species' form")
        << QStringLiteral("mr-mime-galar") << QStringLiteral("mr-mime");
    QTest::addRow("a dashed species' form with a dashed kind")
        << QStringLiteral("kommo-o-totem") << QStringLiteral("kommo-o");
    QTest::addRow("a costume") << QStringLiteral("pikachu-alola-cap") << QStringLiteral("pikachu");
    QTest::addRow("unknown") << QStringLiteral("missingno-x") << QString();
}

// From the real listings: what the completer hands DisplayNames::forPokemon.
void tst_SearchController::theIndexKnowsEachNamesSpecies()
{
    QFETCH(QString, slug);
    QFETCH(QString, species);
    QSignalSpy ready(m_index, &NameIndex::ready);
    m_index->load();
    QVERIFY(ready.wait(10000));
    QVERIFY(ready.at(0).at(0).toBool());
    QCOMPARE(m_index->speciesOf(slug), species);

    // Names given without species know none.
    m_index->setNames({ slug });
    QCOMPARE(m_index->speciesOf(slug), QString());
}

void tst_SearchController::newSearchCancelsTheOldOne()
{
    m_server->setDelay(10000); // the old requests never finish by themselves
    m_client->queue()->setMaxInFlight(2);
    QSignalSpy finished(m_controller, &SearchController::finished);
    m_controller->search(tenNames);
    QTRY_COMPARE(m_server->inFlight(), 2);
    const int sentByOldSearch = m_server->requestCount();

    m_server->setDelay(50);
    m_controller->search(QStringLiteral("ho-oh, type-null"));

    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_client->queue()->pendingCount() + m_client->queue()->inFlightCount(), 2);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1); // the old search never reports
    QCOMPARE(m_model->entry(0).pokemon.name, QStringLiteral("ho-oh"));
    QCOMPARE(m_model->entry(1).pokemon.name, QStringLiteral("type-null"));
    // The old search's queued requests never reached the server: only the two new ones did.
    QCOMPARE(sentByOldSearch, 2);
    QCOMPARE(m_server->requestCount(), sentByOldSearch + 2);
    QTRY_COMPARE(m_server->inFlight(), 0); // and the old ones were dropped, not left waiting
}

void tst_SearchController::cancelLeavesNothingSpinning()
{
    m_server->setDelay(5000);
    QSignalSpy finished(m_controller, &SearchController::finished);
    m_controller->search(QStringLiteral("pikachu, eevee, gengar"));
    QTRY_COMPARE(m_server->inFlight(), 3);

    m_controller->cancel();

    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_model->counts().loading, 0);
    QCOMPARE(m_model->counts().notLoaded, 3);
    QCOMPARE(m_model->counts().error, 0);
    QCOMPARE(m_model->entry(0).state, State::NotLoaded);
    QVERIFY(m_model->entry(0).error.isEmpty());
    QVERIFY(!m_controller->isRunning());
    QCOMPARE(m_client->queue()->inFlightCount(), 0);
}

// 10,000 names are not all handed to the client in one go (that froze the window for
// 150 ms), yet every one is asked for; cancelling between slices ends the rest too.
void tst_SearchController::aBigPasteIsHandedOverInSlices()
{
    m_engine->stopModelChecks();
    m_server->setDelay(5000);
    QStringList names;
    for (int i = 1; i <= 10000; ++i)
        names.append(QStringLiteral("pastemon-%1").arg(i));
    RequestQueue *queue = m_client->queue();
    m_controller->search(names.join(u'\n'));
    const int handedAtOnce = queue->pendingCount() + queue->inFlightCount();
    QVERIFY2(handedAtOnce > 0 && handedAtOnce < 10000, qPrintable(QString::number(handedAtOnce)));
    QCOMPARE(m_model->counts().loading, 10000);
    QVERIFY(m_controller->isRunning());
    QTRY_COMPARE(queue->pendingCount() + queue->inFlightCount(), 10000);

    m_controller->search(names.join(u'\n')); // again, and cancelled before the slices end
    QVERIFY(queue->pendingCount() + queue->inFlightCount() < 10000);
    QSignalSpy finished(m_controller, &SearchController::finished);
    m_controller->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_model->counts().loading, 0);
    QCOMPARE(m_model->counts().notLoaded, 10000);
    QCOMPARE(queue->pendingCount() + queue->inFlightCount(), 0);
    QCoreApplication::processEvents(); // a slice already scheduled starts nothing now
    QCOMPARE(queue->pendingCount() + queue->inFlightCount(), 0);
}

void tst_SearchController::cancelledRowsAreCountedApartAndRetryLoadsThem()
{
    m_server->setDelayFor(QStringLiteral("eevee"), 5000);
    m_server->setDelayFor(QStringLiteral("gengar"), 5000);
    m_server->setResponseFor(QStringLiteral("/api/v2/pokemon/ditto"), 500, "oops", "text/plain");
    m_client->queue()->setRetryPolicy(1, 10);
    QSignalSpy finished(m_controller, &SearchController::finished);
    m_controller->search(QStringLiteral("pikachu, ditto, eevee, gengar"));
    QTRY_COMPARE(m_model->counts().loaded + m_model->counts().error, 2);
    QSignalSpy rowsFinished(m_model, &PokemonListModel::rowFinished);

    m_controller->cancel();

    QCOMPARE(finished.size(), 1);
    const auto counts = m_model->counts();
    QCOMPARE(counts.loaded, 1);
    QCOMPARE(counts.error, 1);
    QCOMPARE(counts.notLoaded, 2);
    QCOMPARE(counts.total(), 4);
    QCOMPARE(rowsFinished.size(), 2); // a NotLoaded row is terminal
    QCOMPARE(SearchSummary::text(counts, 0),
             QStringLiteral("1 found, 1 failed, 2 not loaded — 0.00 s"));
    QCOMPARE(m_model->index(2).data(Qt::ToolTipRole).toString(),
             QStringLiteral("eevee was not loaded: the search was cancelled (Enter loads it)"));

    // Retry Failed loads the cancelled rows as it retries the failed one.
    m_server->setDelayFor(QStringLiteral("eevee"), 0);
    m_server->setDelayFor(QStringLiteral("gengar"), 0);
    m_controller->retryFailed();
    QCOMPARE(m_model->counts().notLoaded, 0);
    QCOMPARE(m_model->counts().loading, 3);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_model->entry(2).state, State::Loaded);
    QCOMPARE(m_model->entry(3).state, State::Loaded);
    QCOMPARE(m_model->entry(1).state, State::Error);

    // One row alone, too.
    m_server->setDelayFor(QStringLiteral("eevee"), 5000);
    m_controller->search(QStringLiteral("eevee"));
    m_controller->cancel();
    QCOMPARE(m_model->entry(0).state, State::NotLoaded);
    m_server->setDelayFor(QStringLiteral("eevee"), 0);
    m_controller->retry(0);
    QCOMPARE(m_model->entry(0).state, State::Loading);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_model->entry(0).state, State::Loaded);
}

void tst_SearchController::retryTurnsAnErrorIntoAResult()
{
    m_server->setResponseFor(QStringLiteral("/api/v2/pokemon/pikachu"), 502, "bad gateway",
                             "text/plain");
    QSignalSpy finished(m_controller, &SearchController::finished);
    m_controller->search(QStringLiteral("pikachu, eevee"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_model->entry(0).state, State::Error);

    m_server->reset();
    m_controller->retryFailed();
    QCOMPARE(m_model->entry(0).state, State::Loading);
    QVERIFY(m_controller->isRunning());
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_model->entry(0).state, State::Loaded);
    QCOMPARE(m_model->entry(0).attempts, 2);
    QCOMPARE(m_model->entry(1).attempts, 1); // loaded rows are left alone
}

// A bug once: a card retried long after its search said "37.89 s", the time since the search.
void tst_SearchController::retryTimesItsOwnRound()
{
    const QString slow = QStringLiteral("/api/v2/pokemon/eevee");
    m_server->setResponseFor(slow, 500, "oops", "text/plain");
    m_server->setDelay(600); // the first round takes at least this long
    m_client->queue()->setRetryPolicy(1, 10);
    QSignalSpy finished(m_controller, &SearchController::finished);
    m_controller->search(QStringLiteral("pikachu, eevee"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_model->entry(1).state, State::Error);
    QVERIFY(m_model->entry(1).elapsedMs >= 600);
    QVERIFY(m_controller->elapsedMs() >= 600);

    m_server->setDelay(0);
    m_server->setResponseFor(slow, 0, {});
    m_controller->retry(1);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_model->entry(1).state, State::Loaded);
    // Both count from the retry: a fast answer takes far less than the first round did.
    QVERIFY2(m_model->entry(1).elapsedMs < 500,
             qPrintable(QString::number(m_model->entry(1).elapsedMs)));
    QVERIFY2(m_controller->elapsedMs() < 500,
             qPrintable(QString::number(m_controller->elapsedMs())));
    QVERIFY(m_model->entry(0).elapsedMs >= 600); // the row not retried keeps its time
}

void tst_SearchController::summaryText()
{
    QSignalSpy finished(m_controller, &SearchController::finished);
    m_controller->search(QStringLiteral("pikachu, charizard, Mr. Mime, bad_name"));
    QVERIFY(finished.wait(10000));
    const QString summary
        = SearchSummary::text(m_controller->model()->counts(), m_controller->elapsedMs());
    QVERIFY2(QRegularExpression(QStringLiteral("^3 found, 1 not found — \\d+\\.\\d\\d s$"))
                 .match(summary)
                 .hasMatch(),
             qPrintable(summary));
}

void tst_SearchController::emptySearchFinishesAtOnce()
{
    // Without a National Dex to show instead (tst_nationaldex covers that).
    PokemonListModel model;
    SearchController controller(m_client, &model, m_index);
    QSignalSpy finished(&controller, &SearchController::finished);
    controller.search(QStringLiteral(" , ,\n"));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!controller.isShowingDex());
    QCOMPARE(m_server->requestCount(), 0);
}

QTEST_GUILESS_MAIN(tst_SearchController)
// A bug once: a search typed before the worker had built the names table built it on the
// window's thread (~90 ms). It waits for the worker's table instead, and says so.
void tst_SearchController::aSearchInTheFirstMomentsWaitsForTheNames()
{
    EngineSettings settings;
    settings.apiUrl = m_server->apiUrl();
    Engine engine(settings); // its table is still being built: no event loop ran yet
    QVERIFY(!engine.index.hasLocalizedNames());
    QSignalSpy waiting(&engine.controller, &SearchController::waitingForNames);
    QSignalSpy started(&engine.controller, &SearchController::started);
    QSignalSpy finished(&engine.controller, &SearchController::finished);
    engine.controller.search(QStringLiteral("Glurak, pikachu"));
    QCOMPARE(waiting.count(), 1);
    QVERIFY(engine.controller.isRunning());
    QVERIFY(!engine.index.hasLocalizedNames()); // not built on this thread
    QCOMPARE(engine.model.rowCount(), 0);
    QCOMPARE(started.count(), 0);
    // A second search while waiting replaces the first.
    engine.controller.search(QStringLiteral("Glurak"));
    QVERIFY(finished.wait(10000));
    QVERIFY(engine.index.hasLocalizedNames());
    QCOMPARE(started.count(), 1);
    QCOMPARE(engine.model.rowCount(), 1);
    QCOMPARE(engine.model.entry(0).state, State::Loaded);
    QCOMPARE(engine.model.entry(0).pokemon.name, QStringLiteral("charizard"));
}

void tst_SearchController::cancelStopsASearchWaitingForTheNames()
{
    EngineSettings settings;
    settings.apiUrl = m_server->apiUrl();
    Engine engine(settings);
    QSignalSpy finished(&engine.controller, &SearchController::finished);
    QSignalSpy names(&engine.index, &NameIndex::localizedNamesChanged);
    engine.controller.search(QStringLiteral("pikachu"));
    engine.controller.cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!engine.controller.isRunning());
    QVERIFY(names.wait(10000));
    QCOMPARE(engine.model.rowCount(), 0); // nothing started when the table landed
}

#include "tst_searchcontroller.moc"
