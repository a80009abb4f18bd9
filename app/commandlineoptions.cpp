#include "commandlineoptions.h"

#include "api/pokeapiclient.h"
#include "search/localizednames.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstring>

bool CommandLineOptions::wantsWindow(int argc, const char *const *argv)
{
    static const char *const windowless[]
        = { "--headless", "-headless",  "--help",    "-help",    "-h",
            "-?",         "--help-all", "--version", "-version", "-v" };
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            return true;
        for (const char *option : windowless) {
            if (std::strcmp(argv[i], option) == 0)
                return false;
        }
    }
    return true;
}

CommandLineOptions CommandLineOptions::parse(const QStringList &arguments)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("CommandLine", text); };
    CommandLineOptions options;

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Pokedex — look up many Pokémon at once from PokeAPI.\n"
                                        "Names may be separated by commas, spaces or newlines."));
    const QCommandLineOption apiUrl(
        QStringLiteral("api-url"),
        tr("PokeAPI base URL (default %1).").arg(PokeApiClient::defaultApiUrl().toString()),
        QStringLiteral("url"), PokeApiClient::defaultApiUrl().toString());
    const QCommandLineOption concurrency(
        QStringLiteral("concurrency"),
        tr("At most N requests in flight at once, 1 to %1 (default: %2 over HTTP/1.1, up to %1 "
           "over HTTP/2).")
            .arg(MaxConcurrency)
            .arg(NetworkDefaults::Concurrency),
        QStringLiteral("n"));
    const QCommandLineOption cacheDir(QStringLiteral("cache-dir"),
                                      tr("Directory for cached PokeAPI data."),
                                      QStringLiteral("dir"));
    const QCommandLineOption cacheSize(
        QStringLiteral("cache-size"),
        tr("Largest size of the cache in MB (default %1).").arg(CommandLineOptions().cacheSizeMb),
        QStringLiteral("mb"), QString::number(CommandLineOptions().cacheSizeMb));
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     tr("Answer from the cache only; never use the network."));
    const QCommandLineOption noCache(QStringLiteral("no-cache"),
                                     tr("Neither read nor write the cache."));
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      tr("No window: print each result as it arrives."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("With --headless: one JSON object per line."));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"),
        tr("With --headless: tell on standard error which protocol each host speaks."));
    const QStringList languages = LocalizedNames::builtIn().languages();
    const QCommandLineOption language(
        QStringLiteral("language"),
        tr("Name Pokémon and types in this language, by PokeAPI's code: %1 (default: the "
           "system's where PokeAPI has it; headless: en). Names in every language are found.")
            .arg(languages.join(QStringLiteral(", "))),
        QStringLiteral("code"));
    const QCommandLineOption details(
        QStringLiteral("details"),
        tr("With --headless: each Pokémon's whole sheet (abilities, moves, encounters, "
           "breeding and training)."));
    const QCommandLineOption game(
        QStringLiteral("game"),
        tr("With --details: the moves of this version group (default: the newest one)."),
        QStringLiteral("version-group"));
    const QCommandLineOption coverage(
        QStringLiteral("coverage"),
        tr("With --headless: before the summary, one JSON line of how many of the Pokémon found "
           "each attacking type hits hard, is resisted by or cannot touch. A Showdown team "
           "pasted in stands for its Pokémon."));
    parser.addOptions({ apiUrl, concurrency, cacheDir, cacheSize, offline, noCache, language,
                        headless, json, verbose, details, game, coverage });
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("names"),
                                 tr("Pokémon to look up (names, slugs or numbers)."),
                                 QStringLiteral("[--] [NAME...]"));

    auto fail = [&options](const QString &message) {
        options.outcome = Outcome::UsageError;
        options.message = message;
        return options;
    };

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        options.outcome = Outcome::ShowHelp;
        options.message = parser.helpText();
        return options;
    }
    if (parser.isSet(version)) {
        options.outcome = Outcome::ShowVersion;
        options.message
            = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
        return options;
    }

    options.apiUrl = QUrl(parser.value(apiUrl), QUrl::StrictMode);
    const QString scheme = options.apiUrl.scheme();
    if (!options.apiUrl.isValid() || options.apiUrl.host().isEmpty()
        || (scheme != u"http" && scheme != u"https"))
        return fail(
            tr("--api-url must be an http or https URL, not “%1”").arg(parser.value(apiUrl)));

    bool ok = true;
    if (parser.isSet(concurrency))
        options.concurrency = parser.value(concurrency).toInt(&ok);
    if (parser.isSet(concurrency)
        && (!ok || options.concurrency < 1 || options.concurrency > MaxConcurrency))
        return fail(tr("--concurrency must be a whole number from 1 to %1, not “%2”")
                        .arg(MaxConcurrency)
                        .arg(parser.value(concurrency)));

    options.cacheSizeMb = parser.value(cacheSize).toInt(&ok);
    if (!ok || options.cacheSizeMb < 1 || options.cacheSizeMb > MaxCacheSizeMb)
        return fail(tr("--cache-size must be a whole number of MB from 1 to %1, not “%2”")
                        .arg(MaxCacheSizeMb)
                        .arg(parser.value(cacheSize)));
    options.offline = parser.isSet(offline);
    options.noCache = parser.isSet(noCache);
    if (options.offline && options.noCache)
        return fail(tr("--offline answers from the cache, so it cannot go with --no-cache"));
    options.cacheDir = parser.value(cacheDir);
    if (options.noCache && !options.cacheDir.isEmpty())
        return fail(tr("--cache-dir and --no-cache contradict each other"));
    options.headless = parser.isSet(headless);
    options.json = parser.isSet(json);
    options.verbose = parser.isSet(verbose);
    if (options.verbose && !options.headless)
        return fail(tr("--verbose only works together with --headless"));
    if (options.json && !options.headless)
        return fail(tr("--json only works together with --headless"));
    options.language = parser.value(language);
    if (parser.isSet(language) && !languages.contains(options.language))
        return fail(tr("--language must be one of PokeAPI's codes (%1), not “%2”")
                        .arg(languages.join(QStringLiteral(", ")), options.language));
    options.details = parser.isSet(details);
    options.game = parser.value(game).trimmed().toLower();
    if (options.details && !options.headless)
        return fail(tr("--details only works together with --headless"));
    if (parser.isSet(game) && !options.details)
        return fail(tr("--game only works together with --details"));
    if (parser.isSet(game) && options.game.isEmpty())
        return fail(tr("--game needs a version group, e.g. scarlet-violet"));
    options.coverage = parser.isSet(coverage);
    if (options.coverage && !options.headless)
        return fail(tr("--coverage only works together with --headless"));
    options.names = parser.positionalArguments();
    return options;
}
