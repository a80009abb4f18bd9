// Prints what parsing a Pokémon costs: CPU seconds per 1,000 documents for every real
// /pokemon document in tests/data, parsed whole with QJsonDocument (what the app did) and
// through PokeApiParser::parsePokemon (which builds only the members it reads, JsonSkim).
// It asserts nothing: it is for reading. Exits 1 if a document does not parse.
//
//   bench_parse [--rounds N]   (each document N times; default 200)

#include "api/pokeapiparser.h"
#include "benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rounds(QStringLiteral("rounds"),
                                    QStringLiteral("Parses of each document."), QStringLiteral("n"),
                                    QStringLiteral("200"));
    parser.addOption(rounds);
    parser.process(app);
    const int n = qMax(1, parser.value(rounds).toInt());

    QList<QByteArray> documents;
    qint64 bytes = 0;
    const QDir dir(QStringLiteral(POKEDEX_TEST_DATA "/api/v2/pokemon"));
    for (const QString &name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files)) {
        if (name == QLatin1String("index.json")) // the listing, not a Pokémon
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        documents.append(file.readAll());
        bytes += documents.back().size();
    }
    QTextStream out(stdout);
    out << "Pokedex parse benchmark: " << documents.size() << " real /pokemon documents of "
        << QString::number(double(bytes) / documents.size() / 1024, 'f', 1) << " KB on average, "
        << n << " rounds\n\n"
        << "| parser | CPU s per 1,000 documents | µs per document |\n|---|---|---|\n";

    const auto measure = [&](const char *label, auto parseOne) {
        const double start = ProcessCost::cpuSeconds();
        for (int round = 0; round < n; ++round) {
            for (const QByteArray &document : std::as_const(documents)) {
                if (!parseOne(document))
                    return false;
            }
        }
        const double perDocument = (ProcessCost::cpuSeconds() - start) / (n * documents.size());
        out << "| " << label << " | " << QString::number(perDocument * 1000, 'f', 3) << " | "
            << QString::number(perDocument * 1e6, 'f', 0) << " |\n";
        out.flush();
        return true;
    };
    const bool ok
        = measure("QJsonDocument::fromJson, whole tree",
                  [](const QByteArray &json) { return QJsonDocument::fromJson(json).isObject(); })
        && measure("PokeApiParser::parsePokemon (read members only)", [](const QByteArray &json) {
               return PokeApiParser::parsePokemon(json).has_value();
           });
    return ok ? 0 : 1;
}
