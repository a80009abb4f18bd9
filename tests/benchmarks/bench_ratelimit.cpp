// Prints how the whole engine fares against a server that rate-limits: a fake PokeAPI that
// answers at most N requests a second and 429 (Retry-After: 1) past that, as a CDN does. How
// many Pokémon were found, how many requests each name cost, the wall time against the least
// the limit allows, how often the queue paused, and the window it ended with.
// It asserts nothing: it is for reading, and for comparing before and after a change.

#include "engine.h"
#include "fakepokeapi.h"
#include "net/requestqueue.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTextStream>
#include <cmath>

namespace {

struct Scenario
{
    const char *label;
    int names; // searched as the numbers "1".."names"
    int perSecond; // the server's limit
    int failOnceEvery; // every this many ids answer 500 once before they succeed; 0: none
};

struct Measurement
{
    int found = 0;
    int notFound = 0;
    int errors = 0;
    QString firstError;
    int requests = 0; // every request the server saw: answers, 429s and 500s
    int tooMany = 0; // 429s
    int failedOnce = 0; // 500s
    int retries = 0;
    double wallMs = 0;
    int pauses = 0; // rateLimited signals of the queue
    int smallestWindow = 0;
    int finalWindow = 0;
};

// Every id from 1 to count answers: the real document where tests/data has one, otherwise a
// small copy of pikachu's (~4 KB without the moves) under the name ratemon-<id>.
void addSyntheticPokemon(FakePokeApi &server, int count)
{
    QFile file(QStringLiteral(POKEDEX_TEST_DATA "/api/v2/pokemon/25.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read pikachu");
    QJsonObject pokemon = QJsonDocument::fromJson(file.readAll()).object();
    for (const char *heavy :
         { "moves", "game_indices", "held_items", "past_types", "past_abilities" })
        pokemon.remove(QLatin1String(heavy));
    for (int id = 1; id <= count; ++id) {
        if (QFile::exists(QStringLiteral(POKEDEX_TEST_DATA "/api/v2/pokemon/%1.json").arg(id)))
            continue;
        const QString name = QStringLiteral("ratemon-%1").arg(id);
        pokemon.insert(QStringLiteral("id"), id);
        pokemon.insert(QStringLiteral("name"), name);
        server.addPokemon(name, id, QJsonDocument(pokemon).toJson(QJsonDocument::Compact));
    }
}

Measurement runScenario(FakePokeApi &server, const Scenario &s)
{
    server.reset();
    QSet<QString> failing;
    for (int id = s.failOnceEvery; s.failOnceEvery > 0 && id <= s.names; id += s.failOnceEvery) {
        const QString path = QStringLiteral("/api/v2/pokemon/%1").arg(id);
        failing.insert(path);
        server.setResponseFor(path, 500, "Internal Server Error", "text/plain");
    }
    const int tooManyBefore = server.rateLimitedCount();

    EngineSettings settings;
    settings.apiUrl = server.apiUrl();
    Engine engine(settings);
    RequestQueue *queue = engine.client.queue();

    Measurement m;
    m.smallestWindow = queue->windowFor(server.apiUrl());
    // Once a path has failed, it answers like any other.
    QObject::connect(&server, &FakePokeApi::responseSent, &engine.controller,
                     [&server, &failing, &m](const QString &path, int status) {
                         if (status == 500 && failing.remove(path)) {
                             server.setResponseFor(path, 0, {});
                             ++m.failedOnce;
                         }
                     });
    QObject::connect(queue, &RequestQueue::rateLimited, &engine.controller,
                     [&m](const QString &, int, int window) {
                         ++m.pauses;
                         m.smallestWindow = qMin(m.smallestWindow, window);
                     });
    QObject::connect(queue, &RequestQueue::retryScheduled, &engine.controller,
                     [&m] { ++m.retries; });

    QStringList numbers;
    for (int id = 1; id <= s.names; ++id)
        numbers << QString::number(id);

    QSignalSpy finished(&engine.controller, &SearchController::finished);
    QElapsedTimer wall;
    wall.start();
    server.setRateLimit(s.perSecond); // the limit's first second starts now
    engine.controller.searchQueries(numbers);
    if (finished.isEmpty())
        finished.wait(600000);
    m.wallMs = wall.nsecsElapsed() / 1e6;

    const auto counts = engine.model.counts();
    m.found = counts.loaded;
    m.notFound = counts.notFound;
    m.errors = counts.error + counts.loading;
    for (int row = 0; row < engine.model.rowCount() && m.firstError.isEmpty(); ++row)
        m.firstError = engine.model.entry(row).error;
    m.requests = server.requestCount();
    m.tooMany = server.rateLimitedCount() - tooManyBefore;
    m.finalWindow = queue->windowFor(server.apiUrl());
    return m;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    FakePokeApi server(QStringLiteral(POKEDEX_TEST_DATA));
    if (!server.listen())
        qFatal("cannot listen");
    addSyntheticPokemon(server, 1025);

    const Scenario scenarios[] = {
        { "300 names, server limit 10 requests/s", 300, 10, 0 },
        { "1,025 names, server limit 30 requests/s, 20 % answer 500 once", 1025, 30, 5 },
    };

    QTextStream out(stdout);
    out << "Pokedex rate-limit benchmark (whole engine, fake PokeAPI on 127.0.0.1: 429 with "
           "Retry-After: 1 past the limit)\n";
    // bench_ratelimit [TEXT]: only the scenarios whose label contains TEXT.
    const QString only = app.arguments().value(1);
    for (const Scenario &s : scenarios) {
        if (!QString::fromUtf8(s.label).contains(only, Qt::CaseInsensitive))
            continue;
        const Measurement m = runScenario(server, s);
        // Every answer that is not a 429 counts against the limit, a 500 included. The
        // limit holds over any one second, so the first second's answers come at once.
        const int answers = s.names + m.failedOnce;
        const double paceS = double(answers) / s.perSecond;
        const double leastS = std::ceil(paceS) - 1;
        out << "\n" << s.label << "\n";
        out << QStringLiteral("  found %1/%2 | not found %3 | errors %4%5\n")
                   .arg(m.found)
                   .arg(s.names)
                   .arg(m.notFound)
                   .arg(m.errors)
                   .arg(m.firstError.isEmpty() ? QString() : QStringLiteral(": ") + m.firstError);
        out << QStringLiteral("  requests %1 = %2 per name (429s %3, 500s %4, retries %5)\n")
                   .arg(m.requests)
                   .arg(double(m.requests) / s.names, 0, 'f', 2)
                   .arg(m.tooMany)
                   .arg(m.failedOnce)
                   .arg(m.retries);
        out << QStringLiteral("  wall %1 s | the limit: %2 answers at %3/s = %4 s, %5 s at the "
                              "least | wall / least %6\n")
                   .arg(m.wallMs / 1000, 0, 'f', 1)
                   .arg(answers)
                   .arg(s.perSecond)
                   .arg(paceS, 0, 'f', 1)
                   .arg(leastS, 0, 'f', 1)
                   .arg(leastS > 0 ? m.wallMs / 1000 / leastS : 0, 0, 'f', 2);
        out << QStringLiteral("  rate-limit pauses %1 | smallest window %2 | final window %3\n")
                   .arg(m.pauses)
                   .arg(m.smallestWindow)
                   .arg(m.finalWindow);
        out.flush();
    }
    return 0;
}
