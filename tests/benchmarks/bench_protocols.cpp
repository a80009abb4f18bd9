// Prints HTTP/1.1 and HTTP/2 side by side: one search of N synthetic Pokémon (pikachu's whole
// document each) through the engine as the app builds it, with a cold disk cache as on a
// first search, against fakepokeapi --tls (HTTP/1.1 over TLS) and h2server.mjs (HTTP/2 over
// TLS), each answer delayed by a random 60..140 ms, for each window. For each run: the time to
// the first card and to the last, against the ideal ceil(N / window) x 100 ms (the window the
// queue ended with: over HTTP/1.1 never more than 6), the peak of requests in flight as the
// client and the server counted them, the client's peak RSS and the CPU seconds of client and
// server (which share the machine's cores).
// It asserts nothing: it is for reading. It exits 1 if a run failed or not every name loaded,
// since then its numbers mean nothing.
//
//   bench_protocols [--protocols 1.1,2] [--names 151,1025] [--windows 6,16,32,64,0]
//                   [--docs benchmon-|tinymon-] [--no-cache] [--identity] [--stalls] [--gui]
//                   (window 0: automatic; answers are gzipped unless --identity; with --gui
//                   each run is made twice, headless and with the window showing the cards,
//                   offscreen unless QT_QPA_PLATFORM says otherwise)

#include "benchsupport.h"
#include "engine.h"
#include "mainwindow.h"
#include "net/requestqueue.h"
#include "serverprocess.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <cmath>
#include <memory>

namespace {

constexpr int LatencyMs = 100;
constexpr int JitterMs = 40; // each answer waits LatencyMs ± JitterMs
constexpr int SearchTimeoutMs = 600000;

struct Run
{
    bool http2;
    int names;
    int window; // 0: automatic
    bool gui = false; // the window (MainWindow, as the app builds it) shows the search
};

struct Result
{
    QString failure; // empty when the search finished and every name loaded
    double firstCardMs = -1;
    double allMs = 0;
    int effectiveWindow = 0;
    int clientPeak = 0;
    int serverPeak = -1;
    int connections = -1; // HTTP/2 sessions the server saw; unknown over HTTP/1.1
    // The longest the event loop was busy, from a 1 ms ticker (with --stalls only: its ~1,000
    // wake-ups a second cost ~30 ms of CPU a second, which would blur the CPU column).
    double longestStallMs = -1;
    long peakRssKb = -1;
    double cpuSeconds = 0;
    double serverCpuSeconds = -1; // the server shares the machine's cores with the client
    int loaded = 0;
};

QSslConfiguration trustingTestCa()
{
    QFile file(QStringLiteral(POKEDEX_TEST_DATA "/tls/ca.pem"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(QSslCertificate::fromData(file.readAll()));
    return configuration;
}

QStringList serverArguments(bool http2, bool gzip, const QString &dataDir)
{
    QStringList arguments { QStringLiteral("--data"),   dataDir,
                            QStringLiteral("--delay"),  QString::number(LatencyMs - JitterMs),
                            QStringLiteral("--jitter"), QString::number(2 * JitterMs) };
    if (!http2)
        arguments << QStringLiteral("--tls");
    if (gzip)
        arguments << QStringLiteral("--gzip");
    return arguments;
}

struct Options
{
    QString prefix;
    bool diskCache = true;
    bool stalls = false;
    bool gzip = true; // as pokeapi.co answers a client that accepts it
};

Result search(const ServerProcess &server, const Run &run, const Options &options)
{
    const QUrl apiUrl = server.apiUrl();
    QTemporaryDir cacheDir;
    EngineSettings settings;
    settings.apiUrl = apiUrl;
    settings.concurrency = run.window;
    if (options.diskCache)
        settings.cacheDir = cacheDir.path();
    Engine engine(settings);
    RequestQueue *queue = engine.client.queue();
    queue->setSslConfiguration(trustingTestCa());

    Result r;
    QElapsedTimer clock;
    QObject::connect(queue, &RequestQueue::countsChanged, &engine.controller,
                     [&r](int inFlight, int) { r.clientPeak = qMax(r.clientPeak, inFlight); });
    QObject::connect(&engine.model, &PokemonListModel::rowFinished, &engine.controller,
                     [&r, &clock] {
                         if (r.firstCardMs < 0)
                             r.firstCardMs = clock.nsecsElapsed() / 1e6;
                     });
    std::unique_ptr<MainWindow> window;
    if (run.gui) {
        window = std::make_unique<MainWindow>(&engine.controller, &engine.client);
        window->resize(1280, 900);
        window->show();
    }
    QElapsedTimer tick;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &engine.controller, [&tick, &r] {
        r.longestStallMs = qMax(r.longestStallMs, tick.nsecsElapsed() / 1e6);
        tick.start();
    });

    QStringList names;
    for (int i = 1; i <= run.names; ++i)
        names << options.prefix + QString::number(i);
    QSignalSpy finished(&engine.controller, &SearchController::finished);
    const double cpuBefore = ProcessCost::cpuSeconds();
    const double serverCpuBefore = ProcessCost::cpuSeconds(server.processId());
    clock.start();
    tick.start();
    if (options.stalls) {
        r.longestStallMs = 0;
        ticker.start();
    }
    engine.controller.searchQueries(names);
    const bool done = finished.wait(SearchTimeoutMs);
    r.allMs = clock.nsecsElapsed() / 1e6;
    ticker.stop();
    r.cpuSeconds = ProcessCost::cpuSeconds() - cpuBefore;
    r.serverCpuSeconds = ProcessCost::cpuSeconds(server.processId()) - serverCpuBefore;
    r.effectiveWindow = queue->windowFor(apiUrl);
    r.loaded = engine.model.counts().loaded;
    if (!done)
        r.failure = QStringLiteral("the search did not finish in %1 s").arg(SearchTimeoutMs / 1000);
    else if (r.loaded != run.names)
        r.failure = QStringLiteral("only %1 of %2 names loaded").arg(r.loaded).arg(run.names);
    return r;
}

QList<int> intList(const QString &text)
{
    QList<int> values;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        values.append(item.trimmed().toInt());
    return values;
}

} // namespace

int main(int argc, char *argv[])
{
    bool gui = false;
    for (int i = 1; i < argc; ++i)
        gui = gui || qstrcmp(argv[i], "--gui") == 0;
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application = gui
        ? std::make_unique<QApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("protocols"), QStringLiteral("1.1 and/or 2."), QStringLiteral("LIST"),
          QStringLiteral("1.1,2") },
        { QStringLiteral("names"), QStringLiteral("How many names per search."),
          QStringLiteral("LIST"), QStringLiteral("151,1025") },
        { QStringLiteral("windows"), QStringLiteral("setMaxInFlight values (0: automatic)."),
          QStringLiteral("LIST"), QStringLiteral("6,16,32,64,0") },
        { QStringLiteral("docs"),
          QStringLiteral("benchmon- (pikachu's whole document) or tinymon- (without moves)."),
          QStringLiteral("PREFIX"), QStringLiteral("benchmon-") },
        { QStringLiteral("no-cache"), QStringLiteral("No disk cache (the app has one).") },
        { QStringLiteral("identity"),
          QStringLiteral("Answers uncompressed (pokeapi.co gzips them for Qt).") },
        { QStringLiteral("stalls"),
          QStringLiteral("Measure the longest event-loop stall (costs some CPU).") },
        { QStringLiteral("gui"), QStringLiteral("Each run headless and in the window.") },
    });
    parser.process(app);
    Options options;
    options.prefix = parser.value(QStringLiteral("docs"));
    options.diskCache = !parser.isSet(QStringLiteral("no-cache"));
    options.stalls = parser.isSet(QStringLiteral("stalls"));
    options.gzip = !parser.isSet(QStringLiteral("identity"));
    const QString &prefix = options.prefix;

    QList<Run> runs;
    for (const QString &protocol :
         parser.value(QStringLiteral("protocols")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        for (int names : intList(parser.value(QStringLiteral("names")))) {
            for (int window : intList(parser.value(QStringLiteral("windows")))) {
                for (bool inWindow : { false, true }) {
                    if (!inWindow || gui)
                        runs.append(
                            { protocol.trimmed() == QLatin1String("2"), names, window, inWindow });
                }
            }
        }
    }

    QTextStream out(stdout);
    if (ServerProcess::node().isEmpty()) {
        out << "Node (node or nodejs) is not on PATH: the HTTP/2 server cannot run\n";
        return 1;
    }
    const bool peakPerRun = ProcessCost::resetPeakRss();
    SyntheticData data;
    const QString someData = data.dataDir(prefix, runs.isEmpty() ? 1 : runs.first().names);
    out << "Pokedex protocol benchmark: " << prefix << "N documents of "
        << QString::number(data.bytesPerDocument(someData) / 1000, 'f', 1) << " KB, latency "
        << LatencyMs << "±" << JitterMs << " ms, "
        << (options.diskCache ? "cold disk cache" : "no disk cache") << ", TLS both ways, "
        << (options.gzip ? "gzip answers as pokeapi.co sends" : "uncompressed answers")
        << (peakPerRun ? "" : " (peak RSS: since start)") << "\n\n";
    out << "| protocol | where | names | window set → used | first card ms | all ms | ideal ms | "
           "all/ideal | peak in flight client/server | connections | longest stall ms | "
           "client peak RSS MB | client CPU s | server CPU s |\n"
        << "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";
    out.flush();

    int failures = 0;
    for (const Run &run : runs) {
        const QString dataDir = data.dataDir(prefix, run.names);
        ServerProcess server;
        Result r;
        r.failure = run.http2 ? server.startHttp2(serverArguments(true, options.gzip, dataDir))
                              : server.startHttp1(serverArguments(false, options.gzip, dataDir));
        if (r.failure.isEmpty()) {
            ProcessCost::resetPeakRss();
            r = search(server, run, options);
            r.peakRssKb = ProcessCost::peakRssKb();
            const QJsonObject counters = server.stop();
            r.serverPeak = counters.value(QLatin1String("peakInFlight")).toInt(-1);
            r.connections = counters.value(QLatin1String("sessions")).toInt(-1);
        }
        const double idealMs = r.effectiveWindow > 0
            ? std::ceil(double(run.names) / r.effectiveWindow) * LatencyMs
            : 0;
        const auto known
            = [](int value) { return value < 0 ? QStringLiteral("-") : QString::number(value); };
        out << QStringLiteral("| %1 | %2 | %3 | %4 → %5 | %6 | %7 | %8 | %9 | %10 / %11 | %12 | "
                              "%13 | %14 | %15 | %16 |")
                   .arg(run.http2 ? QStringLiteral("HTTP/2") : QStringLiteral("HTTP/1.1"),
                        run.gui ? QStringLiteral("window") : QStringLiteral("headless"))
                   .arg(run.names)
                   .arg(run.window > 0 ? QString::number(run.window) : QStringLiteral("auto"))
                   .arg(r.effectiveWindow)
                   .arg(r.firstCardMs, 0, 'f', 0)
                   .arg(r.allMs, 0, 'f', 0)
                   .arg(idealMs, 0, 'f', 0)
                   .arg(idealMs > 0 ? r.allMs / idealMs : 0, 0, 'f', 2)
                   .arg(r.clientPeak)
                   .arg(known(r.serverPeak), known(r.connections))
                   .arg(r.longestStallMs < 0 ? QStringLiteral("-")
                                             : QString::number(r.longestStallMs, 'f', 0))
                   .arg(r.peakRssKb / 1024)
                   .arg(r.cpuSeconds, 0, 'f', 2)
                   .arg(r.serverCpuSeconds, 0, 'f', 2);
        if (!r.failure.isEmpty()) {
            ++failures;
            out << " FAILED: " << r.failure;
        }
        out << "\n";
        out.flush();
    }
    if (failures > 0) {
        out << "\n" << failures << " run(s) FAILED\n";
        return 1;
    }
    return 0;
}
