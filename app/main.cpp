// Pokedex entry point: parse the command line, then run the window or the headless engine.

#include "commandlineoptions.h"
#include "displaylanguage.h"
#include "engine.h"
#include "headlessrunner.h"
#include "mainwindow.h"
#include "search/displaynames.h"
#include "team/showdownformat.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <memory>
#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace {

// Names piped in (`cat names.txt | pokedex --headless`) when none are on the command line.
QStringList namesFromStdin()
{
    if (isatty(fileno(stdin)))
        return {};
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readAll()).split(u'\n');
}

int runHeadless(const CommandLineOptions &options, Engine &engine)
{
    QStringList names = options.names;
    if (names.isEmpty())
        names = namesFromStdin();
    // A Showdown team (its sets are separated by blank lines): the Pokémon it names.
    if (const QStringList team = ShowdownFormat::pokemonIn(names.join(u'\n')); !team.isEmpty())
        names = team;
    names.removeIf([](const QString &name) { return name.trimmed().isEmpty(); });
    if (names.isEmpty()) {
        QTextStream(stderr) << QCoreApplication::translate(
            "main",
            "pokedex: --headless needs at least one name "
            "(arguments or standard input); see --help")
                            << Qt::endl;
        return 2;
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    HeadlessRunner runner(
        &engine.controller,
        options.json ? HeadlessRunner::Format::JsonLines : HeadlessRunner::Format::Text, &out);
    runner.reportNetwork(&engine.client, &err, options.verbose);
    if (!options.language.isEmpty()) {
        DisplayNames::setLanguage(options.language);
        runner.showDisplayNames(true);
    }
    if (options.details)
        runner.showDetails(&engine.client, options.game);
    runner.showCoverage(options.coverage);
    // Not qApp: with QApplication's header included it is a QApplication*, and headless runs
    // on a QCoreApplication (UBSan caught the bad downcast).
    QObject::connect(&runner, &HeadlessRunner::done, QCoreApplication::instance(),
                     &QCoreApplication::exit);
    QTimer::singleShot(0, &runner, [&runner, names] { runner.run(names); });
    return QCoreApplication::exec();
}

int runWindow(const CommandLineOptions &options, SearchController &controller,
              PokeApiClient &client)
{
    DisplayLanguage::apply(options.language.isEmpty() ? DisplayLanguage::saved()
                                                      : options.language);
    MainWindow window(&controller, &client);
    window.show();
    controller.nameIndex()->load();
    // No names: the whole National Dex.
    window.search(options.names.join(QStringLiteral(", ")));
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // A window needs a display, so only a command line that parses and asks for a window
    // gets a QApplication; help, version, usage errors and --headless work anywhere.
    bool headless = !CommandLineOptions::wantsWindow(argc, argv);
    if (!headless) {
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments.append(QString::fromLocal8Bit(argv[i]));
        headless = CommandLineOptions::parse(arguments).outcome != CommandLineOptions::Outcome::Run;
    }
    std::unique_ptr<QCoreApplication> app = headless
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Pokedex"));
    QCoreApplication::setOrganizationName(QStringLiteral("Pokedex"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POKEDEX_VERSION));
    if (!headless) {
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Pokedex"));
        QGuiApplication::setDesktopFileName(QStringLiteral("io.github.pokedex_desktop.Pokedex"));
        QGuiApplication::setWindowIcon(QIcon::fromTheme(
            QStringLiteral("io.github.pokedex_desktop.Pokedex"),
            QIcon(QStringLiteral(":/icons/io.github.pokedex_desktop.Pokedex.svg"))));
    }

    const CommandLineOptions options = CommandLineOptions::parse(QCoreApplication::arguments());
    switch (options.outcome) {
    case CommandLineOptions::Outcome::ShowHelp:
    case CommandLineOptions::Outcome::ShowVersion:
        QTextStream(stdout) << options.message << Qt::endl;
        return 0;
    case CommandLineOptions::Outcome::UsageError:
        QTextStream(stderr) << "pokedex: " << options.message << Qt::endl;
        return 2;
    case CommandLineOptions::Outcome::Run:
        break;
    }

    EngineSettings settings;
    settings.apiUrl = options.apiUrl;
    settings.concurrency = options.concurrency;
    settings.offline = options.offline;
    settings.cacheSizeBytes = qint64(options.cacheSizeMb) * 1024 * 1024;
    if (!options.noCache)
        settings.cacheDir
            = options.cacheDir.isEmpty() ? EngineSettings::defaultCacheDir() : options.cacheDir;
    Engine engine(settings);

    return options.headless ? runHeadless(options, engine)
                            : runWindow(options, engine.controller, engine.client);
}
