// Prints how long `pokedex --headless --json --details` takes for 20 names against the fake
// PokeAPI in this process, every answer delayed by 100 ms: 20 copies of Pikachu under other
// names (each its own /pokemon answer; the moves, machines, abilities and species they share
// are the real ones), so the sheets differ only in what they cost the network. It prints the
// time until the first and the last sheet was printed, the requests and the most in flight.
// Sheets fetched one after another cost each Pokémon its own round trips; all at once, they
// share the bounded window and the run takes about as long as the first sheet alone.
// It asserts nothing: it is for reading. It exits 1 if the run failed.
//
//   bench_details [--pokedex PATH] [--names N]   (PATH: another build's pokedex, to compare)

#include "fakepokeapi.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTextStream>

namespace {

constexpr int LatencyMs = 100;
constexpr int FirstCloneId = 20001;

QByteArray pikachu()
{
    QFile file(QStringLiteral(POKEDEX_TEST_DATA "/api/v2/pokemon/25.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption binary(QStringLiteral("pokedex"), QStringLiteral("the pokedex to run"),
                                    QStringLiteral("path"), QStringLiteral(POKEDEX_BINARY));
    const QCommandLineOption count(QStringLiteral("names"), QStringLiteral("how many names"),
                                   QStringLiteral("n"), QStringLiteral("20"));
    parser.addOption(binary);
    parser.addOption(count);
    parser.process(app);
    QTextStream out(stdout);

    FakePokeApi server(QStringLiteral(POKEDEX_TEST_DATA));
    if (!server.listen())
        return 1;
    const QJsonObject original = QJsonDocument::fromJson(pikachu()).object();
    if (original.isEmpty())
        return 1;
    QStringList names;
    for (int i = 0; i < parser.value(count).toInt(); ++i) {
        const QString name = QStringLiteral("pikachu-copy-%1").arg(i + 1);
        const int id = FirstCloneId + i;
        QJsonObject copy = original;
        copy.insert(QStringLiteral("name"), name);
        copy.insert(QStringLiteral("id"), id);
        server.addPokemon(name, id, QJsonDocument(copy).toJson(QJsonDocument::Compact));
        server.setResponseFor(QStringLiteral("/api/v2/pokemon/%1/encounters").arg(id), 200, "[]");
        names.append(name);
    }
    server.setDelay(LatencyMs);

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    QList<double> printedMs; // when each sheet's line arrived
    QByteArray pending;
    QElapsedTimer clock;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, [&] {
        pending += process.readAllStandardOutput();
        for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
            if (pending.left(end).contains("\"moves\":"))
                printedMs.append(double(clock.nsecsElapsed()) / 1e6);
            pending.remove(0, end + 1);
        }
    });
    QSignalSpy finished(&process, &QProcess::finished);
    clock.start();
    process.start(parser.value(binary),
                  QStringList { QStringLiteral("--api-url"), server.apiUrl().toString(),
                                QStringLiteral("--no-cache"), QStringLiteral("--headless"),
                                QStringLiteral("--json"), QStringLiteral("--details"),
                                QStringLiteral("--game"), QStringLiteral("scarlet-violet"),
                                QStringLiteral("--") }
                      + names);
    if (!finished.wait(600000) || process.exitStatus() != QProcess::NormalExit) {
        out << "pokedex did not finish: " << process.errorString() << '\n';
        return 1;
    }
    const double totalMs = double(clock.nsecsElapsed()) / 1e6;
    out << names.size() << " names, --details, " << LatencyMs << " ms a round trip, "
        << parser.value(binary) << "\n  " << printedMs.size() << " sheets printed; the first after "
        << qRound(printedMs.value(0, -1)) << " ms, the last after "
        << qRound(printedMs.value(printedMs.size() - 1, -1)) << " ms; exit " << process.exitCode()
        << " after " << qRound(totalMs) << " ms; " << server.requestCount() << " requests, at most "
        << server.peakInFlight() << " in flight\n";
    return process.exitCode() == 0 && printedMs.size() == names.size() ? 0 : 1;
}
