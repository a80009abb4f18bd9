// Prints how long searches take end to end against the fake PokeAPI with realistic latency,
// compared with the slowest single lookup and with the sum of all of them, plus the peak of
// requests in flight, how busy the event loop was while rows arrived and peak memory.
// The fake runs as its own process (the fakepokeapi executable), so the memory printed for
// the client is the client's alone and not the synthetic documents the server holds.
// It asserts nothing: it is for reading, and for comparing before and after a change. It
// exits 1 if a search did not finish or not every name loaded, since then the numbers mean
// nothing.

#include "api/pokeapiclient.h"
#include "benchsupport.h"
#include "net/cachestore.h"
#include "net/requestqueue.h"
#include "search/nameindex.h"
#include "search/pokemonlistmodel.h"
#include "search/searchcontroller.h"
#include "serverprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

namespace {

constexpr int SearchTimeoutMs = 600000;

struct Scenario
{
    const char *label;
    const char *prefix; // benchmon-N: pikachu's whole document; tinymon-N: without the moves
    int names;
    int concurrency;
    int delayMs;
    int jitterMs;
    bool cached = false; // run once to fill a disk cache, measure the second run
};

struct Measurement
{
    QString failure; // empty when every search finished and every name loaded
    double wallMs = 0;
    double firstMs = 0;
    double slowestRequestMs = 0;
    double sumOfRequestsMs = 0;
    int peakInFlight = 0;
    int requests = 0;
    int loaded = 0;
    double longestStallMs = 0;
    // Rows finished between two ticks of the ticker: a big number means results were
    // handled in one long sweep instead of a few per turn of the event loop.
    int mostRowsPerTick = 0;
    int ticksWithRows = 0;
    long clientPeakRssKb = -1;
    long serverPeakRssKb = -1;
    double clientCpuSeconds = 0; // all the client's threads, for the measured search alone
};

Measurement runScenario(const QUrl &apiUrl, const Scenario &s)
{
    QNetworkAccessManager nam;
    QTemporaryDir cacheDir;
    std::unique_ptr<CacheStore> cache;
    if (s.cached)
        cache = std::make_unique<CacheStore>(cacheDir.path());
    PokeApiClient client(&nam, apiUrl);
    client.queue()->setCacheStore(cache.get());
    client.queue()->setMaxInFlight(s.concurrency);
    PokemonListModel model;
    NameIndex index(&client);
    SearchController controller(&client, &model, &index);

    Measurement m;
    QHash<QUrl, QElapsedTimer> started;
    QObject::connect(client.queue(), &RequestQueue::requestStarted, &controller,
                     [&started, &m](const QUrl &url) {
                         started[url].start();
                         ++m.requests;
                     });
    QObject::connect(client.queue(), &RequestQueue::requestFinished, &controller,
                     [&started, &m](const NetworkResult &r) {
                         if (!started.contains(r.url))
                             return; // answered from the cache: never sent
                         const double ms = started.value(r.url).nsecsElapsed() / 1e6;
                         m.sumOfRequestsMs += ms;
                         m.slowestRequestMs = qMax(m.slowestRequestMs, ms);
                     });
    QObject::connect(client.queue(), &RequestQueue::countsChanged, &controller,
                     [&m](int inFlight, int) { m.peakInFlight = qMax(m.peakInFlight, inFlight); });

    // A 1 ms ticker: the longest gap between ticks is the longest the event loop was busy.
    QElapsedTimer tick;
    QTimer ticker;
    ticker.setInterval(1);
    int rowsSinceTick = 0;
    QObject::connect(&model, &PokemonListModel::rowFinished, &controller,
                     [&rowsSinceTick] { ++rowsSinceTick; });
    QObject::connect(&ticker, &QTimer::timeout, &controller, [&tick, &m, &rowsSinceTick] {
        m.longestStallMs = qMax(m.longestStallMs, tick.nsecsElapsed() / 1e6);
        tick.start();
        m.mostRowsPerTick = qMax(m.mostRowsPerTick, rowsSinceTick);
        m.ticksWithRows += rowsSinceTick > 0 ? 1 : 0;
        rowsSinceTick = 0;
    });

    QStringList names;
    for (int i = 1; i <= s.names; ++i)
        names << QLatin1String(s.prefix) + QString::number(i);

    QSignalSpy finished(&controller, &SearchController::finished);
    if (s.cached) { // the first run fills the cache
        controller.searchQueries(names);
        if (!finished.wait(SearchTimeoutMs)) {
            m.failure = QStringLiteral("the search that fills the cache did not finish in %1 s")
                            .arg(SearchTimeoutMs / 1000);
            return m;
        }
        // The fill's last writes may still be going to disk: the repeat measures reading
        // a cache at rest, as on the next launch.
        cache->waitForIdle();
        m = {};
        started.clear();
        rowsSinceTick = 0;
        ProcessCost::resetPeakRss(); // the peak of the cached run alone
    }
    tick.start();
    ticker.start();
    const double cpuBefore = ProcessCost::cpuSeconds();
    controller.searchQueries(names);
    const bool done = finished.wait(SearchTimeoutMs);
    m.clientCpuSeconds = ProcessCost::cpuSeconds() - cpuBefore;
    ticker.stop();

    m.wallMs = controller.elapsedMs();
    m.firstMs = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const double ms = model.entry(row).elapsedMs;
        if (m.firstMs < 0 || ms < m.firstMs)
            m.firstMs = ms;
    }
    m.loaded = model.counts().loaded;
    if (!done)
        m.failure = QStringLiteral("the search did not finish in %1 s").arg(SearchTimeoutMs / 1000);
    else if (m.loaded != s.names)
        m.failure = QStringLiteral("only %1 of %2 names loaded").arg(m.loaded).arg(s.names);
    return m;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);

    const Scenario scenarios[] = {
        { "6 names, window 6 (all at once)", "benchmon-", 6, 6, 200, 200 },
        { "60 names, window 6", "benchmon-", 60, 6, 100, 100 },
        { "60 names, window 1 (one at a time)", "benchmon-", 60, 1, 100, 100 },
        { "1025 names, window 6, no latency", "benchmon-", 1025, 6, 0, 0 },
        { "1025 names again, from the disk cache", "benchmon-", 1025, 6, 0, 0, true },
        { "10,000 pasted names, window 6, 20 ms latency", "tinymon-", 10000, 6, 20, 0 },
        { "10,000 whole Pokémon again, from the disk cache", "benchmon-", 10000, 64, 0, 0, true },
    };

    QTextStream out(stdout);
    out << "Pokedex search benchmark (fakepokeapi process on 127.0.0.1)\n";
    const bool peakPerScenario = ProcessCost::resetPeakRss();
    if (!peakPerScenario)
        out << "(/proc/self/clear_refs is not writable: client peak RSS is since start)\n";
    // bench_search [TEXT]: only the scenarios whose label contains TEXT.
    const QString only = app.arguments().value(1);
    SyntheticData data;
    int failures = 0;
    for (const Scenario &s : scenarios) {
        if (!QString::fromUtf8(s.label).contains(only, Qt::CaseInsensitive))
            continue;
        const QString dataDir = data.dataDir(QLatin1String(s.prefix), s.names);
        out << "\n"
            << s.label << " — " << QString::number(data.bytesPerDocument(dataDir) / 1000, 'f', 1)
            << " KB per document, server delay " << s.delayMs << "+0.." << s.jitterMs << " ms\n";
        out.flush();

        Measurement m;
        {
            ServerProcess server;
            m.failure
                = server.startHttp1({ QStringLiteral("--data"), dataDir, QStringLiteral("--delay"),
                                      QString::number(s.delayMs), QStringLiteral("--jitter"),
                                      QString::number(s.jitterMs) });
            if (m.failure.isEmpty()) {
                ProcessCost::resetPeakRss();
                m = runScenario(server.apiUrl(), s);
                m.clientPeakRssKb = ProcessCost::peakRssKb();
                m.serverPeakRssKb = ProcessCost::peakRssKb(server.processId());
            }
        }
        if (!m.failure.isEmpty()) {
            ++failures;
            out << "  FAILED: " << m.failure << "\n";
        }
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
                   .arg(m.requests);
        out << QStringLiteral("  1 ms ticks that saw rows finish %1 | most rows between two "
                              "ticks %2\n")
                   .arg(m.ticksWithRows)
                   .arg(m.mostRowsPerTick);
        out << QStringLiteral("  peak RSS: client %1 MB%2 | fakepokeapi %3 MB | client CPU %4 s\n")
                   .arg(m.clientPeakRssKb / 1024)
                   .arg(peakPerScenario ? QString() : QStringLiteral(" (since start)"))
                   .arg(m.serverPeakRssKb / 1024)
                   .arg(m.clientCpuSeconds, 0, 'f', 2);
        out.flush();
    }
    if (failures > 0) {
        out << "\n" << failures << " scenario(s) FAILED\n";
        return 1;
    }
    return 0;
}
