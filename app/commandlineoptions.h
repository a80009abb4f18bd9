#pragma once

#include "net/networkdefaults.h"

#include <QString>
#include <QStringList>
#include <QUrl>

// pokedex [--api-url URL] [--concurrency N] [--cache-dir DIR] [--cache-size MB] [--offline]
//         [--no-cache] [--language CODE] [--headless [--json] [--verbose]
//         [--details [--game GROUP]] [--coverage]] [--] [NAME...]
struct CommandLineOptions
{
    QUrl apiUrl;
    int concurrency = 0; // 0: automatic (RequestQueue::setMaxInFlight)
    QString cacheDir; // empty: the platform's cache location
    int cacheSizeMb = int(NetworkDefaults::CacheSizeBytes / (1024 * 1024));
    bool offline = false;
    bool noCache = false;
    bool headless = false;
    bool json = false;
    bool verbose = false;
    QString language; // PokeAPI's code ("de", "ja-hrkt"); empty: the saved or system one
    bool details = false;
    QString game; // a version group for --details; empty: the newest each Pokémon has
    bool coverage = false; // --coverage: the found Pokémon's defensive coverage as JSON
    QStringList names;

    enum class Outcome { Run, ShowHelp, ShowVersion, UsageError };
    Outcome outcome = Outcome::Run;
    QString message; // help, version or the usage error, ready to print

    // `arguments` includes the program name first, as QCoreApplication::arguments().
    static CommandLineOptions parse(const QStringList &arguments);

    // Decides before any QCoreApplication exists whether a window is wanted: not with
    // --headless, --help or --version before a "--" (after "--" everything is a name).
    static bool wantsWindow(int argc, const char *const *argv);

    static constexpr int MaxConcurrency = NetworkDefaults::MaxConcurrency;
    static constexpr int MaxCacheSizeMb = 100000;
};
