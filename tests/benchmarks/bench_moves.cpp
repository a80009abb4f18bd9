// Prints how fast a Pokémon's moves table fills, through the engine as the app builds it (no
// disk cache: every answer comes from the network), against the fake PokeAPI in this process
// with every answer delayed by 100 ms: for Pikachu in one game, the time from asking until
// every row of the table has its move (and until the machines' TM numbers are in too),
// against the ideal 1 + ceil(moves / window) round trips (the Pokémon's own answer comes
// first, then its moves); then the requests a second Pokémon of the same evolution line
// (Raichu) costs, with the moves seen for Pikachu kept.
// It asserts nothing: it is for reading. It exits 1 if a load did not settle.
//
//   bench_moves [--window N] (0: automatic, 6 over HTTP/1.1)

#include "api/pokemonsheetloader.h"
#include "engine.h"
#include "fakepokeapi.h"
#include "net/requestqueue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTextStream>
#include <cmath>

namespace {

constexpr int LatencyMs = 100;

struct Fill
{
    int moves = 0; // distinct moves of the game
    int rows = 0;
    double movesMs = -1; // every move answered
    double settledMs = -1; // machines too
    int requests = 0;
    int moveRequests = 0;
};

Pokemon lookUp(PokeApiClient &client, const QString &name)
{
    PokemonLookup *lookup = client.lookupPokemon(name);
    QSignalSpy finished(lookup, &PokemonLookup::finished);
    if (!finished.wait(30000))
        return {};
    return finished.first().first().value<LookupResult>().pokemon;
}

Fill fill(PokemonSheetLoader &loader, FakePokeApi &server, const Pokemon &pokemon,
          const QString &game)
{
    Fill result;
    server.resetCounters();
    QSet<QString> waiting;
    QElapsedTimer clock;
    QObject context;
    QObject::connect(&loader, &PokemonSheetLoader::gameChosen, &context,
                     [&](const QString &, const QList<LearnedMove> &moves) {
                         result.rows = int(moves.size());
                         for (const LearnedMove &move : moves)
                             waiting.insert(move.move);
                         result.moves = int(waiting.size());
                     });
    const auto answered = [&](const QString &move) {
        waiting.remove(move);
        if (waiting.isEmpty() && result.movesMs < 0)
            result.movesMs = double(clock.nsecsElapsed()) / 1e6;
    };
    QObject::connect(&loader, &PokemonSheetLoader::moveLoaded, &context,
                     [&](const MoveDetails &move) { answered(move.name); });
    QObject::connect(&loader, &PokemonSheetLoader::moveFailed, &context,
                     [&](const QString &move, const QString &) { answered(move); });
    QSignalSpy settled(&loader, &PokemonSheetLoader::settled);
    clock.start();
    loader.load(pokemon, game);
    if (!settled.wait(60000))
        return result;
    result.settledMs = double(clock.nsecsElapsed()) / 1e6;
    result.requests = server.requestCount();
    result.moveRequests = int(server.requestedPaths().filter(QStringLiteral("/move/")).size());
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption window(QStringLiteral("window"), QStringLiteral("requests at once"),
                                    QStringLiteral("n"), QStringLiteral("0"));
    parser.addOption(window);
    parser.process(app);
    QTextStream out(stdout);

    FakePokeApi server(QStringLiteral(POKEDEX_TEST_DATA));
    if (!server.listen())
        return 1;
    bool ok = true;
    for (const QString &game : { QStringLiteral("scarlet-violet"), QStringLiteral("champions") }) {
        EngineSettings settings;
        settings.apiUrl = server.apiUrl();
        settings.concurrency = parser.value(window).toInt();
        Engine engine(settings);
        server.setDelay(0);
        const Pokemon pikachu = lookUp(engine.client, QStringLiteral("pikachu"));
        const Pokemon raichu = lookUp(engine.client, QStringLiteral("raichu"));
        server.setDelay(LatencyMs);
        PokemonSheetLoader loader(&engine.client);

        const Fill first = fill(loader, server, pikachu, game);
        const int inFlight = engine.client.queue()->windowFor(server.apiUrl());
        const double ideal = (1 + std::ceil(double(first.moves) / inFlight)) * LatencyMs;
        out << game << ", window " << inFlight << ", " << LatencyMs << " ms a round trip\n"
            << "  pikachu: " << first.rows << " rows, " << first.moves
            << " moves; every row filled " << qRound(first.movesMs) << " ms (ideal 1 + ceil("
            << first.moves << "/" << inFlight << ") round trips = " << qRound(ideal) << " ms, "
            << QString::number(first.movesMs / ideal, 'f', 2) << "x); with the machines "
            << qRound(first.settledMs) << " ms; " << first.requests << " requests ("
            << first.moveRequests << " moves)\n";
        const Fill second = fill(loader, server, raichu, game);
        out << "  then raichu: " << second.rows << " rows, " << second.moves
            << " moves; every row filled " << qRound(second.movesMs) << " ms; settled "
            << qRound(second.settledMs) << " ms; " << second.requests << " requests ("
            << second.moveRequests << " moves not seen for pikachu)\n";
        out.flush();
        ok = ok && first.settledMs >= 0 && second.settledMs >= 0;
    }
    return ok ? 0 : 1;
}
