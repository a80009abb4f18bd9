// Prints how long searches take end to end against the fake PokeAPI with realistic latency,
// compared with the slowest single lookup and with the sum of all of them, plus the peak of
// requests in flight, the longest stall of the event loop and peak memory.
// It asserts nothing: it is for reading, and for comparing before and after a change.

#include "api/pokeapiclient.h"
#include "fakepokeapi.h"
#include "net/pokeapidiskcache.h"
#include "net/requestqueue.h"
#include "search/nameindex.h"
#include "search/pokemonlistmodel.h"
#include "search/searchcontroller.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

namespace {

struct Scenario
{
    const char *label;
    const char *prefix; // benchmon-N: 250 KB documents; tinymon-N: 1 KB ones
    int names;
    int concurrency;
    int delayMs;
    int jitterMs;
    bool cached = false; // run once to fill a disk cache, measure the second run
};

struct Measurement
{
    double wallMs = 0;
    double firstMs = 0;
    double slowestRequestMs = 0;
    double sumOfRequestsMs = 0;
    int peakInFlight = 0;
    int loaded = 0;
    double longestStallMs = 0;
};

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// Synthetic Pokémon: benchmon-N from pikachu's real 250 KB document, so parsing costs what
// it does; tinymon-N with the moves left out (~4 KB), for pastes of 10,000 names.
void addSyntheticPokemon(FakePokeApi &server, int count, int tinyCount)
{
    QFile file(QStringLiteral(POKEDEX_TEST_DATA "/api/v2/pokemon/25.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read pikachu");
    QJsonObject pikachu = QJsonDocument::fromJson(file.readAll()).object();
    for (int i = 1; i <= count; ++i) {
        pikachu.insert(QStringLiteral("id"), 20000 + i);
        const QString name = QStringLiteral("benchmon-%1").arg(i);
        pikachu.insert(QStringLiteral("name"), name);
        server.addPokemon(name, 20000 + i, QJsonDocument(pikachu).toJson(QJsonDocument::Compact));
    }
    for (const char *heavy :
         { "moves", "game_indices", "held_items", "past_types", "past_abilities" })
        pikachu.remove(QLatin1String(heavy));
    for (int i = 1; i <= tinyCount; ++i) {
        pikachu.insert(QStringLiteral("id"), 40000 + i);
        const QString name = QStringLiteral("tinymon-%1").arg(i);
        pikachu.insert(QStringLiteral("name"), name);
        server.addPokemon(name, 40000 + i, QJsonDocument(pikachu).toJson(QJsonDocument::Compact));
    }
}

Measurement runScenario(FakePokeApi &server, const Scenario &s)
{
    server.reset();
    server.setDelay(s.delayMs);
    server.setJitter(s.jitterMs);

    QNetworkAccessManager nam;
    QTemporaryDir cacheDir;
    if (s.cached)
        nam.setCache(new PokeApiDiskCache(cacheDir.path(), &nam));
    PokeApiClient client(&nam, server.apiUrl());
    client.queue()->setMaxInFlight(s.concurrency);
    PokemonListModel model;
    NameIndex index(&client);
    SearchController controller(&client, &model, &index);

    Measurement m;
    QHash<QUrl, QElapsedTimer> started;
    QObject::connect(client.queue(), &RequestQueue::requestStarted, &controller,
                     [&started](const QUrl &url) { started[url].start(); });
    QObject::connect(client.queue(), &RequestQueue::requestFinished, &controller,
                     [&started, &m](const NetworkResult &r) {
                         if (!started.contains(r.url))
                             return; // answered from the cache: never sent
                         const double ms = started.value(r.url).nsecsElapsed() / 1e6;
                         m.sumOfRequestsMs += ms;
                         m.slowestRequestMs = qMax(m.slowestRequestMs, ms);
                     });

    // A 1 ms ticker: the longest gap between ticks is the longest the event loop was busy.
    QElapsedTimer tick;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &controller, [&tick, &m] {
        m.longestStallMs = qMax(m.longestStallMs, tick.nsecsElapsed() / 1e6);
        tick.start();
    });

    QStringList names;
    for (int i = 1; i <= s.names; ++i)
        names << QLatin1String(s.prefix) + QString::number(i);

    QSignalSpy finished(&controller, &SearchController::finished);
    if (s.cached) { // the first run fills the cache
        controller.searchQueries(names);
        finished.wait(600000);
        m = {};
        started.clear();
        server.resetCounters();
    }
    tick.start();
    ticker.start();
    controller.searchQueries(names);
    finished.wait(600000);
    ticker.stop();

    m.wallMs = controller.elapsedMs();
    m.firstMs = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const double ms = model.entry(row).elapsedMs;
        if (m.firstMs < 0 || ms < m.firstMs)
            m.firstMs = ms;
    }
    m.loaded = model.counts().loaded;
    m.peakInFlight = server.peakInFlight();
    return m;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    FakePokeApi server(QStringLiteral(POKEDEX_TEST_DATA));
    if (!server.listen())
        qFatal("cannot listen");
    addSyntheticPokemon(server, 1000, 10000);

    const Scenario scenarios[] = {
        { "6 names, window 6 (all at once)", "benchmon-", 6, 6, 200, 200 },
        { "60 names, window 6", "benchmon-", 60, 6, 100, 100 },
        { "60 names, window 1 (one at a time)", "benchmon-", 60, 1, 100, 100 },
        { "1000 names, window 6, no latency", "benchmon-", 1000, 6, 0, 0 },
        { "1000 names again, from the disk cache", "benchmon-", 1000, 6, 0, 0, true },
        { "10,000 pasted names (4 KB each), window 6, 20 ms latency", "tinymon-", 10000, 6, 20, 0 },
    };

    QTextStream out(stdout);
    out << "Pokedex search benchmark (fake PokeAPI on 127.0.0.1, ~250 KB JSON per Pokémon)\n";
    // bench_search [TEXT]: only the scenarios whose label contains TEXT.
    const QString only = app.arguments().value(1);
    for (const Scenario &s : scenarios) {
        if (!QString::fromUtf8(s.label).contains(only, Qt::CaseInsensitive))
            continue;
        const Measurement m = runScenario(server, s);
        out << "\n"
            << s.label << " — server delay " << s.delayMs << "+0.." << s.jitterMs << " ms\n";
        out << QStringLiteral("  wall %1 ms | first card %2 ms | slowest request %3 ms | sum of "
                              "requests %4 ms\n")
                   .arg(m.wallMs, 0, 'f', 1)
                   .arg(m.firstMs, 0, 'f', 1)
                   .arg(m.slowestRequestMs, 0, 'f', 1)
                   .arg(m.sumOfRequestsMs, 0, 'f', 1);
        out << QStringLiteral("  wall / slowest %1 | sum / wall %2 | ideal sum/window %3 ms | peak "
                              "in flight %4 | "
                              "loaded %5/%6 | longest event-loop stall %7 ms | requests %8\n")
                   .arg(m.slowestRequestMs > 0 ? m.wallMs / m.slowestRequestMs : 0, 0, 'f', 2)
                   .arg(m.wallMs > 0 ? m.sumOfRequestsMs / m.wallMs : 0, 0, 'f', 2)
                   .arg(m.sumOfRequestsMs / s.concurrency, 0, 'f', 1)
                   .arg(m.peakInFlight)
                   .arg(m.loaded)
                   .arg(s.names)
                   .arg(m.longestStallMs, 0, 'f', 1)
                   .arg(server.requestCount());
        out.flush();
    }
    out << "\npeak RSS " << peakRssKb() / 1024 << " MB\n";
    return 0;
}
