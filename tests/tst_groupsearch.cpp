// Group searches (gen:1, type:dragon) against the fake PokeAPI: one request resolves the
// group, every member becomes a row at once, and the members stream through the window.

#include "api/pokeapiclient.h"
#include "dexdata.h"
#include "fakepokeapi.h"
#include "net/requestqueue.h"
#include "search/nameindex.h"
#include "search/pokemonfiltermodel.h"
#include "search/pokemonlistmodel.h"
#include "search/queryparser.h"
#include "search/searchcontroller.h"
#include "testengine.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using State = PokemonListModel::State;

namespace {

struct Member
{
    QString name;
    int id;
};

int idOf(const QString &url)
{
    return url.split(u'/', Qt::SkipEmptyParts).last().toInt();
}

// Read straight from the JSON (not through the parser under test), in Pokédex order.
QList<Member> membersOf(const QString &relativePath, const char *listKey, const char *entryKey)
{
    QList<Member> members;
    const QJsonArray list = DexData::readJson(relativePath).value(QLatin1String(listKey)).toArray();
    for (const QJsonValue &value : list) {
        QJsonObject entry = value.toObject();
        if (entryKey)
            entry = entry.value(QLatin1String(entryKey)).toObject();
        const int id = idOf(entry.value(QLatin1String("url")).toString());
        if (id < 10000)
            members.append({ entry.value(QLatin1String("name")).toString(), id });
    }
    std::sort(members.begin(), members.end(),
              [](const Member &a, const Member &b) { return a.id < b.id; });
    return members;
}

const QList<Member> &generationOne()
{
    static const QList<Member> members
        = membersOf(QStringLiteral("api/v2/generation/1.json"), "pokemon_species", nullptr);
    return members;
}

const QList<Member> &dragonType()
{
    static const QList<Member> members
        = membersOf(QStringLiteral("api/v2/type/16.json"), "pokemon", "pokemon");
    return members;
}

const QList<Member> &levitate()
{
    static const QList<Member> members
        = membersOf(QStringLiteral("api/v2/ability/26.json"), "pokemon", "pokemon");
    return members;
}

const QList<Member> &thunderboltLearners()
{
    static const QList<Member> members
        = membersOf(QStringLiteral("api/v2/move/85.json"), "learned_by_pokemon", nullptr);
    return members;
}

QStringList namesOf(const QList<Member> &members)
{
    QStringList names;
    for (const Member &member : members)
        names.append(member.name);
    return names;
}

void addMissingPokemon(FakePokeApi *server, const QList<Member> &members)
{
    QList<DexData::Species> species;
    for (const Member &member : members)
        species.append({ member.name, member.id, { QStringLiteral("normal") }, 0 });
    DexData::serveMissing(server, species);
}

} // namespace

class tst_GroupSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void generationOneYields151RowsInPokedexOrder();
    void theWindowIsNeverExceeded_data();
    void theWindowIsNeverExceeded();
    void typeDragon();
    void mixedWithNames();
    void membersAlreadyInTheSearchAreNotRepeated();
    void groupTypedWithSpaces();
    void invalidGroupsSendNothing();
    void unknownGroupIsOneNotFoundRow();
    void failedGroupIsOneErrorRowThatRetries();
    void malformedGroupDocumentIsAnError();
    void cancelMidFanOutLeavesNothingLoading();
    void cancelDuringResolutionLeavesARetryableRow();
    void newSearchCancelsTheResolution();
    void headlessPrintsOneLinePerMember();
    void headlessTextNamesTheMember();
    void abilityLevitateStreamsItsPokemon();
    void moveThunderboltPrintsEveryLearner();
    void memberSearchIsNarrowedByTypes_data();
    void memberSearchIsNarrowedByTypes();
    void memberSearchWithAGenerationShowsThatGenerationsMembers_data();
    void memberSearchWithAGenerationShowsThatGenerationsMembers();

private:
    QList<QJsonObject> runHeadless(const QStringList &arguments, int *exitCode,
                                   QByteArray *out = nullptr);

    std::unique_ptr<FakePokeApi> m_server;
    std::unique_ptr<TestEngine> m_engine;
    PokeApiClient *m_client = nullptr;
    PokemonListModel *m_model = nullptr;
    NameIndex *m_index = nullptr;
    SearchController *m_controller = nullptr;
};

void tst_GroupSearch::initTestCase()
{
    QCOMPARE(generationOne().size(), 151);
    QCOMPARE(dragonType().size(), 70);
    QCOMPARE(levitate().size(), 32);
    QCOMPARE(thunderboltLearners().size(), 256);
}

void tst_GroupSearch::init()
{
    m_server = std::make_unique<FakePokeApi>(QStringLiteral(POKEDEX_TEST_DATA));
    addMissingPokemon(m_server.get(), generationOne());
    addMissingPokemon(m_server.get(), dragonType());
    addMissingPokemon(m_server.get(), levitate());
    addMissingPokemon(m_server.get(), thunderboltLearners());
    QVERIFY(m_server->listen());
    m_engine = std::make_unique<TestEngine>(m_server->apiUrl());
    m_client = &m_engine->client;
    m_model = &m_engine->model;
    m_index = &m_engine->index;
    m_controller = &m_engine->controller;
    m_client->queue()->setRetryPolicy(1, 10);
}

void tst_GroupSearch::cleanup()
{
    m_engine.reset();
    m_server.reset();
}

void tst_GroupSearch::generationOneYields151RowsInPokedexOrder()
{
    m_server->setDelay(30);
    m_client->queue()->setMaxInFlight(4);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    int loadingWhenInserted = -1;
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [&] { loadingWhenInserted = m_model->counts().loading; });
    QSignalSpy finished(m_controller, &SearchController::finished);
    QSignalSpy started(m_controller, &SearchController::started);
    QList<std::pair<int, int>> progress;
    connect(m_controller, &SearchController::progressChanged, this,
            [&progress](int done, int total) {
                progress.append({ done, total });
            });

    m_controller->search(QStringLiteral("gen:1"));

    // Resolving: no row yet, but the search runs and counts the group as one.
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_controller->isRunning());
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().first().toInt(), 1);

    // Then all 151 rows arrive in one insertion, every one Loading.
    QVERIFY(inserted.wait(10000));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 150);
    QCOMPARE(loadingWhenInserted, 151);
    QCOMPARE(progress.last().second, 151);

    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_model->rowCount(), 151);
    QCOMPARE(m_model->counts().loaded, 151);
    for (int row = 0; row < 151; ++row) {
        const PokemonListModel::Entry &e = m_model->entry(row);
        QCOMPARE(e.query, QStringLiteral("gen:1"));
        QCOMPARE(e.slug, generationOne().at(row).name);
        QCOMPARE(e.pokemon.id, row + 1);
    }
    QCOMPARE(m_model->entry(24).pokemon.name, QStringLiteral("pikachu"));

    // One request resolved the group, then one per member, never more than 4 at once.
    QCOMPARE(m_server->requestedPaths().first(), QStringLiteral("/api/v2/generation/1"));
    QCOMPARE(m_server->requestCount(), 1 + 151);
    QCOMPARE(m_server->peakInFlight(), 4);

    // Progress counted the members once known: totals only grow, and it ends at 151 / 151.
    QCOMPARE(progress.last(), std::make_pair(151, 151));
    for (qsizetype i = 1; i < progress.size(); ++i) {
        QVERIFY(progress.at(i).second >= progress.at(i - 1).second);
        QVERIFY(progress.at(i).first >= progress.at(i - 1).first);
    }
}

void tst_GroupSearch::theWindowIsNeverExceeded_data()
{
    QTest::addColumn<int>("window");
    QTest::addRow("1") << 1;
    QTest::addRow("3") << 3;
    QTest::addRow("6") << 6; // QNetworkAccessManager opens at most 6 HTTP/1.1 connections per host
}

void tst_GroupSearch::theWindowIsNeverExceeded()
{
    QFETCH(int, window);
    m_server->setDelay(15);
    m_client->queue()->setMaxInFlight(window);
    QSignalSpy finished(m_controller, &SearchController::finished);
    m_controller->search(QStringLiteral("type:dragon"));
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_model->counts().loaded, 70);
    QCOMPARE(m_server->peakInFlight(), window);
}

void tst_GroupSearch::typeDragon()
{
    QSignalSpy finished(m_controller, &SearchController::finished);
    m_controller->search(QStringLiteral("Type: Dragon"));
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_model->rowCount(), 70);
    QCOMPARE(m_model->counts().loaded, 70);
    for (int row = 0; row < 70; ++row) {
        QCOMPARE(m_model->entry(row).query, QStringLiteral("Type: Dragon"));
        QCOMPARE(m_model->entry(row).pokemon.name, dragonType().at(row).name);
    }
    QCOMPARE(m_server->requestedPaths().first(), QStringLiteral("/api/v2/type/dragon"));
}

void tst_GroupSearch::mixedWithNames()
{
    QSignalSpy finished(m_controller, &SearchController::finished);
    QList<int> totals;
    connect(m_controller, &SearchController::progressChanged, this,
            [&totals](int, int total) { totals.append(total); });

    m_controller->search(QStringLiteral("pikachu, type:dragon, eevee"));

    // Names are rows at once; the group's members follow them.
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(totals.first(), 3);
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_model->rowCount(), 72);
    QCOMPARE(m_model->counts().loaded, 72);
    QCOMPARE(m_model->entry(0).pokemon.name, QStringLiteral("pikachu"));
    QCOMPARE(m_model->entry(1).pokemon.name, QStringLiteral("eevee"));
    QCOMPARE(m_model->entry(2).query, QStringLiteral("type:dragon"));
    QCOMPARE(m_model->entry(2).slug, QStringLiteral("dratini"));
    QCOMPARE(totals.last(), 72);
}

void tst_GroupSearch::membersAlreadyInTheSearchAreNotRepeated()
{
    QSignalSpy finished(m_controller, &SearchController::finished);
    // dratini, dragonair and dragonite are gen 1 and dragon; dragonite is typed too.
    m_controller->search(QStringLiteral("dragonite, gen:1, type:dragon, GEN:I"));
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_model->rowCount(), 1 + 150 + 67);
    QStringList slugs;
    for (int row = 0; row < m_model->rowCount(); ++row)
        slugs.append(m_model->entry(row).slug);
    QCOMPARE(slugs.count(QStringLiteral("dragonite")), 1);
    QCOMPARE(slugs.count(QStringLiteral("dratini")), 1);
    QCOMPARE(m_model->entry(0).query, QStringLiteral("dragonite"));
    // The same group written twice is resolved once.
    QCOMPARE(m_server->requestedPaths().count(QStringLiteral("/api/v2/generation/1")), 1);
    QCOMPARE(m_model->counts().loaded, m_model->rowCount());
}

void tst_GroupSearch::groupTypedWithSpaces()
{
    QSignalSpy finished(m_controller, &SearchController::finished);
    // No comma: the box splits at spaces, and "type:" and "dragon" are put back together.
    m_controller->search(QStringLiteral("pikachu type: dragon"));
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_model->rowCount(), 71);
    QCOMPARE(m_model->entry(1).query, QStringLiteral("type: dragon"));

    m_controller->search(QStringLiteral("Type: Null"));
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->entry(0).pokemon.name, QStringLiteral("type-null"));
}

void tst_GroupSearch::invalidGroupsSendNothing()
{
    QSignalSpy finished(m_controller, &SearchController::finished);
    m_controller->search(QStringLiteral("gen:0, gen:10, gen:, type:, type:../x"));
    QCOMPARE(finished.size(), 1); // decided without the network
    QCOMPARE(m_model->rowCount(), 5);
    for (int row = 0; row < 5; ++row) {
        QCOMPARE(m_model->entry(row).state, State::NotFound);
        QVERIFY(!m_model->entry(row).error.isEmpty());
    }
    QCOMPARE(m_model->entry(4).query, QStringLiteral("type:../x"));
    QVERIFY2(m_model->entry(4).error.contains(QStringLiteral("is not a type")),
             qPrintable(m_model->entry(4).error));
    QVERIFY(!m_controller->isRunning());
    QCOMPARE(m_client->queue()->pendingCount() + m_client->queue()->inFlightCount(), 0);
    QCOMPARE(m_server->requestCount(), 0);
}

void tst_GroupSearch::unknownGroupIsOneNotFoundRow()
{
    m_server->setResponseFor(QStringLiteral("/api/v2/generation/9"), 404, "Not Found",
                             "text/plain");
    QSignalSpy finished(m_controller, &SearchController::finished);
    m_controller->search(QStringLiteral("gen:9, pikachu"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->entry(1).query, QStringLiteral("gen:9"));
    QCOMPARE(m_model->entry(1).state, State::NotFound);
    QVERIFY2(m_model->entry(1).error.contains(QStringLiteral("group")),
             qPrintable(m_model->entry(1).error));
    QCOMPARE(m_model->entry(0).state, State::Loaded);
}

void tst_GroupSearch::failedGroupIsOneErrorRowThatRetries()
{
    m_server->setResponseFor(QStringLiteral("/api/v2/type/dragon"), 500, "oops", "text/plain");
    QSignalSpy finished(m_controller, &SearchController::finished);
    QList<std::pair<int, int>> progress;
    connect(m_controller, &SearchController::progressChanged, this,
            [&progress](int done, int total) {
                progress.append({ done, total });
            });
    m_controller->search(QStringLiteral("type:dragon"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->entry(0).state, State::Error);
    QVERIFY2(m_model->entry(0).error.contains(QStringLiteral("500")),
             qPrintable(m_model->entry(0).error));
    QCOMPARE(progress.last(), std::make_pair(1, 1));

    // Retrying the row resolves the group again: the row becomes its first member.
    m_server->reset();
    m_controller->retryFailed();
    QVERIFY(m_controller->isRunning());
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_model->rowCount(), 70);
    QCOMPARE(m_model->counts().loaded, 70);
    QCOMPARE(m_model->entry(0).pokemon.name, QStringLiteral("dratini"));
    QCOMPARE(m_model->entry(0).query, QStringLiteral("type:dragon"));
    QCOMPARE(progress.last(), std::make_pair(70, 70));
}

void tst_GroupSearch::malformedGroupDocumentIsAnError()
{
    m_server->setResponseFor(QStringLiteral("/api/v2/generation/2"), 200,
                             R"({"pokemon_species":[{"name":"x"}]})");
    QSignalSpy finished(m_controller, &SearchController::finished);
    m_controller->search(QStringLiteral("gen:2"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->entry(0).state, State::Error);
    QVERIFY2(m_model->entry(0).error.contains(QStringLiteral("pokemon_species[0].url is missing")),
             qPrintable(m_model->entry(0).error));
    QCOMPARE(m_server->requestCount(), 1);
}

void tst_GroupSearch::cancelMidFanOutLeavesNothingLoading()
{
    m_server->setDelay(100);
    m_client->queue()->setMaxInFlight(4);
    QSignalSpy finished(m_controller, &SearchController::finished);
    QList<std::pair<int, int>> progress;
    connect(m_controller, &SearchController::progressChanged, this,
            [&progress](int done, int total) {
                progress.append({ done, total });
            });
    QSignalSpy sentByClient(m_client->queue(), &RequestQueue::requestStarted);
    m_controller->search(QStringLiteral("gen:1"));
    QTRY_VERIFY_WITH_TIMEOUT(m_model->counts().loaded >= 4, 10000);
    QVERIFY(m_model->counts().loading > 100);
    // Still loading, a member's card is titled by its name, not by the query "gen:1"; the
    // query stays the group (headless prints it).
    const QModelIndex last = m_model->index(150);
    QCOMPARE(last.data(PokemonListModel::StateRole).value<PokemonListModel::State>(),
             PokemonListModel::State::Loading);
    QCOMPARE(last.data(Qt::DisplayRole).toString(), QStringLiteral("Mew"));
    QCOMPARE(last.data(PokemonListModel::QueryRole).toString(), QStringLiteral("gen:1"));

    m_controller->cancel();
    // ...and cancelled, too.
    QCOMPARE(last.data(Qt::DisplayRole).toString(), QStringLiteral("Mew"));

    QCOMPARE(finished.size(), 1);
    const auto counts = m_model->counts();
    QCOMPARE(counts.loading, 0);
    QCOMPARE(counts.total(), 151);
    QCOMPARE(counts.loaded + counts.notLoaded, 151);
    QCOMPARE(counts.error, 0); // cancelled is not failed
    QVERIFY(!m_controller->isRunning());
    QCOMPARE(progress.last(), std::make_pair(151, 151));
    QCOMPARE(m_client->queue()->pendingCount() + m_client->queue()->inFlightCount(), 0);
    const qsizetype sent = sentByClient.size();
    // The group, the members loaded, and the 4 that were on the wire: none started during
    // the cancel itself.
    QVERIFY2(sent <= 1 + counts.loaded + 4, qPrintable(QString::number(sent)));
    QTRY_COMPARE(m_server->inFlight(), 0);
    // Nothing more goes out: the server saw at most what had left before the cancel.
    QCOMPARE(sentByClient.size(), sent);
    QVERIFY(m_server->requestCount() <= sent);
}

void tst_GroupSearch::cancelDuringResolutionLeavesARetryableRow()
{
    m_server->setDelay(10000);
    QSignalSpy finished(m_controller, &SearchController::finished);
    m_controller->search(QStringLiteral("pikachu, gen:1"));
    QTRY_COMPARE(m_server->inFlight(), 2);

    m_controller->cancel();

    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->counts().loading, 0);
    QCOMPARE(m_model->entry(1).query, QStringLiteral("gen:1"));
    QCOMPARE(m_model->entry(1).state, State::NotLoaded);
    QCOMPARE(m_model->entry(1).slug, QStringLiteral("gen:1"));
    QCOMPARE(m_client->queue()->inFlightCount(), 0);

    m_server->setDelay(0);
    m_controller->retry(1);
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_model->rowCount(), 1 + 150); // pikachu stays where it was, not repeated
    QCOMPARE(m_model->entry(1).pokemon.name, QStringLiteral("bulbasaur"));
    QCOMPARE(m_model->counts().loaded, 150);
    QCOMPARE(m_model->entry(0).state, State::NotLoaded); // the cancelled name was not retried
}

void tst_GroupSearch::newSearchCancelsTheResolution()
{
    m_server->setDelay(10000);
    QSignalSpy finished(m_controller, &SearchController::finished);
    m_controller->search(QStringLiteral("gen:1"));
    QTRY_COMPARE(m_server->inFlight(), 1);

    m_server->setDelay(0);
    m_controller->search(QStringLiteral("pikachu"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1); // the old search never reports
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->entry(0).pokemon.name, QStringLiteral("pikachu"));
    QTRY_COMPARE(m_server->inFlight(), 0); // the resolution was dropped, not left waiting
    QCOMPARE(m_model->rowCount(), 1);
}

QList<QJsonObject> tst_GroupSearch::runHeadless(const QStringList &arguments, int *exitCode,
                                                QByteArray *out)
{
    QTemporaryDir cacheDir;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(POKEDEX_BINARY),
                  QStringList { QStringLiteral("--api-url"), m_server->apiUrl().toString(),
                                QStringLiteral("--cache-dir"), cacheDir.path(),
                                QStringLiteral("--headless") }
                      + arguments);
    process.closeWriteChannel();
    QSignalSpy done(&process, &QProcess::finished);
    // The event loop keeps running while we wait, so the in-process server answers.
    if (!done.wait(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    const QByteArray output = process.readAllStandardOutput();
    if (out)
        *out = output;
    QList<QJsonObject> lines;
    for (const QByteArray &line : output.split('\n')) {
        if (!line.isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

void tst_GroupSearch::headlessPrintsOneLinePerMember()
{
    m_server->setDelay(10);
    int exitCode = -1;
    const QList<QJsonObject> lines
        = runHeadless({ QStringLiteral("--json"), QStringLiteral("--concurrency"),
                        QStringLiteral("4"), QStringLiteral("gen:1") },
                      &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(lines.size(), 151 + 1);
    QStringList names;
    for (int i = 0; i < 151; ++i) {
        const QJsonObject &line = lines.at(i);
        QCOMPARE(line.value(QLatin1String("query")).toString(), QStringLiteral("gen:1"));
        QCOMPARE(line.value(QLatin1String("status")).toString(), QStringLiteral("found"));
        names.append(line.value(QLatin1String("name")).toString());
    }
    // Arrival order on stdout; every member exactly once.
    names.sort();
    QStringList expected = namesOf(generationOne());
    expected.sort();
    QCOMPARE(names, expected);
    QCOMPARE(lines.last().value(QLatin1String("requested")).toInt(), 151);
    QCOMPARE(lines.last().value(QLatin1String("found")).toInt(), 151);
    QCOMPARE(m_server->peakInFlight(), 4);
}

void tst_GroupSearch::headlessTextNamesTheMember()
{
    m_server->setResponseFor(QStringLiteral("/api/v2/pokemon/dratini"), 500, "oops", "text/plain");
    int exitCode = -1;
    QByteArray out;
    runHeadless({ QStringLiteral("type:dragon"), QStringLiteral("gen:0") }, &exitCode, &out);
    QCOMPARE(exitCode, 1);
    const QStringList lines = QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 70 + 1 + 1);
    QVERIFY2(lines.filter(QRegularExpression(QStringLiteral("^dratini  error: .*500"))).size() == 1,
             out.constData());
    QVERIFY2(lines.filter(QRegularExpression(QStringLiteral("^dragonite  #149  normal  \\d+ ms$")))
                     .size()
                 == 1,
             out.constData());
    QVERIFY2(
        lines.filter(QRegularExpression(QStringLiteral("^gen:0  not found: is not a generation")))
                .size()
            == 1,
        out.constData());
}

void tst_GroupSearch::abilityLevitateStreamsItsPokemon()
{
    QSignalSpy finished(m_controller, &SearchController::finished);
    m_controller->search(QStringLiteral("ability:levitate"));
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_server->requestedPaths().first(), QStringLiteral("/api/v2/ability/levitate"));
    QCOMPARE(m_model->rowCount(), levitate().size());
    QCOMPARE(m_model->counts().loaded, levitate().size());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QCOMPARE(m_model->entry(row).query, QStringLiteral("ability:levitate"));
        QCOMPARE(m_model->entry(row).pokemon.name, levitate().at(row).name); // Pokédex order
    }
}

void tst_GroupSearch::moveThunderboltPrintsEveryLearner()
{
    int exitCode = -1;
    const QList<QJsonObject> lines
        = runHeadless({ QStringLiteral("--json"), QStringLiteral("move:thunderbolt") }, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(lines.size(), thunderboltLearners().size() + 1);
    QStringList names;
    for (int i = 0; i + 1 < lines.size(); ++i) {
        QCOMPARE(lines.at(i).value(QLatin1String("query")).toString(),
                 QStringLiteral("move:thunderbolt"));
        names.append(lines.at(i).value(QLatin1String("name")).toString());
    }
    names.sort();
    QStringList expected = namesOf(thunderboltLearners());
    expected.sort();
    QCOMPARE(names, expected);
    QVERIFY(names.contains(QStringLiteral("pikachu")));
}

void tst_GroupSearch::memberSearchIsNarrowedByTypes_data()
{
    const auto words = [](const char *text) {
        return QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
    };
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("queries"); // empty: not a member search
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QList<int>>("generations");
    QTest::addColumn<bool>("dexFilter"); // QueryParser::filterOf takes it instead
    QTest::addRow("move") << QStringLiteral("move:surf") << words("move:surf") << QStringList()
                          << QList<int>() << false;
    QTest::addRow("move and type")
        << QStringLiteral("move:surf type:electric") << words("move:surf") << words("electric")
        << QList<int>() << false;
    QTest::addRow("ability, gen, two types")
        << QStringLiteral("ability:levitate gen:1 type:ghost type:poison")
        << words("ability:levitate") << words("ghost poison") << QList<int> { 1 } << false;
    QTest::addRow("type alone filters the dex")
        << QStringLiteral("type:fire") << QStringList() << QStringList() << QList<int>() << true;
    QTest::addRow("with a name") << QStringLiteral("move:surf pikachu") << QStringList()
                                 << QStringList() << QList<int>() << false;
}

void tst_GroupSearch::memberSearchIsNarrowedByTypes()
{
    QFETCH(QString, text);
    QFETCH(QStringList, queries);
    QFETCH(QStringList, types);
    QFETCH(QList<int>, generations);
    QFETCH(bool, dexFilter);
    const auto search = QueryParser::memberSearchOf(text);
    QCOMPARE(search.has_value(), !queries.isEmpty());
    QCOMPARE(QueryParser::filterOf(text).has_value(), dexFilter);
    if (!search)
        return;
    QCOMPARE(search->queries, queries);
    QCOMPARE(search->filter.types, types);
    QCOMPARE(search->filter.generations, generations);
}

void tst_GroupSearch::memberSearchWithAGenerationShowsThatGenerationsMembers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("members");
    QTest::addColumn<int>("generation");
    QTest::addRow("move:thunderbolt gen:1")
        << QStringLiteral("move:thunderbolt gen:1") << namesOf(thunderboltLearners()) << 1;
    QTest::addRow("ability:levitate gen:3")
        << QStringLiteral("ability:levitate gen:3") << namesOf(levitate()) << 3;
}

void tst_GroupSearch::memberSearchWithAGenerationShowsThatGenerationsMembers()
{
    QFETCH(QString, text);
    QFETCH(QStringList, members);
    QFETCH(int, generation);
    // Read from the test data, not through the dex under test.
    QStringList expected;
    for (const DexData::Species &species : DexData::everySpecies()) {
        if (species.generation == generation && members.contains(species.name))
            expected.append(species.name);
    }
    QVERIFY(expected.size() >= 5);

    const auto search = QueryParser::memberSearchOf(text);
    QVERIFY(search);
    PokemonFilterModel filter;
    filter.setSourceModel(m_model);
    filter.setSearchResults(true);
    filter.setFilter(search->filter);
    QSignalSpy finished(m_controller, &SearchController::finished);
    m_controller->searchMembers(*search);
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_model->rowCount(), members.size()); // every member is a row; the filter narrows
    QTRY_COMPARE_WITH_TIMEOUT(filter.rowCount(), expected.size(), 30000);
    QStringList shown;
    for (int row = 0; row < filter.rowCount(); ++row)
        shown.append(filter.index(row, 0).data(PokemonListModel::SlugRole).toString());
    shown.sort();
    expected.sort();
    QCOMPARE(shown, expected);
}

QTEST_GUILESS_MAIN(tst_GroupSearch)
#include "tst_groupsearch.moc"
