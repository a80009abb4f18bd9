// Prints what browsing the whole National Dex costs, against the fake PokeAPI in a process of
// its own with a realistic delay: launch to the first screen of cards with names, numbers and
// type badges; the requests made before the first scroll; after End, the time until the last
// screen is filled; the longest event-loop stall while all 1,025 rows arrive; and peak memory
// with 1,025 cards and their pictures. The window runs offscreen. It asserts nothing (it exits
// 1 when a step never ends, since the numbers then mean nothing).
//
//   bench_dex [--delay MS]   (default 100)
//   bench_dex --write-data DIR   only writes that data for fakepokeapi --data DIR (screenshots)

#include "benchsupport.h"
#include "cardview.h"
#include "engine.h"
#include "mainwindow.h"
#include "net/requestqueue.h"
#include "search/nationaldex.h"
#include "search/pokemonlistmodel.h"
#include "search/searchcontroller.h"
#include "serverprocess.h"
#include "visiblerows.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

namespace {

constexpr int StepTimeoutMs = 600000;

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// The test data's listing and group answers, and for every species a document made from
// pikachu's (without its moves) with the species' own name, number, types and picture.
QString writeDexData(const QString &root)
{
    const QString test = QStringLiteral(POKEDEX_TEST_DATA "/api/v2/");
    const QString api = root + QStringLiteral("/api/v2/");
    QStringList files = { QStringLiteral("pokemon-species/index.json") };
    for (int type = 1; type <= 18; ++type)
        files << QStringLiteral("type/%1.json").arg(type);
    for (int generation = 1; generation <= 9; ++generation)
        files << QStringLiteral("generation/%1.json").arg(generation);
    QHash<int, QJsonArray> typesOf;
    for (const QString &file : std::as_const(files)) {
        QFile in(test + file);
        if (!in.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(in.fileName()));
        const QByteArray bytes = in.readAll();
        write(api + file, bytes);
        if (!file.startsWith(QLatin1String("type/")))
            continue;
        const QJsonObject document = QJsonDocument::fromJson(bytes).object();
        for (const QJsonValue &value : document.value(QLatin1String("pokemon")).toArray()) {
            const QJsonObject member = value.toObject();
            const int id = member.value(QLatin1String("pokemon"))
                               .toObject()
                               .value(QLatin1String("url"))
                               .toString()
                               .split(u'/', Qt::SkipEmptyParts)
                               .last()
                               .toInt();
            QJsonArray &types = typesOf[id];
            const QJsonObject slot {
                { QStringLiteral("slot"), member.value(QLatin1String("slot")) },
                { QStringLiteral("type"),
                  QJsonObject {
                      { QStringLiteral("name"), document.value(QLatin1String("name")) } } },
            };
            if (member.value(QLatin1String("slot")).toInt() == 1)
                types.prepend(slot);
            else
                types.append(slot);
        }
    }

    QJsonObject pikachu = readJson(test + QStringLiteral("pokemon/25.json"));
    pikachu.remove(QLatin1String("moves"));
    QImage picture(96, 96, QImage::Format_ARGB32);
    const QJsonArray species = readJson(test + QStringLiteral("pokemon-species/index.json"))
                                   .value(QLatin1String("results"))
                                   .toArray();
    for (const QJsonValue &value : species) {
        const QJsonObject entry = value.toObject();
        const QString name = entry.value(QLatin1String("name")).toString();
        const int number = entry.value(QLatin1String("url"))
                               .toString()
                               .split(u'/', Qt::SkipEmptyParts)
                               .last()
                               .toInt();
        QJsonObject document = pikachu;
        document.insert(QStringLiteral("id"), number);
        document.insert(QStringLiteral("name"), name);
        document.insert(QStringLiteral("types"), typesOf.value(number));
        document.insert(
            QStringLiteral("species"),
            QJsonObject { { QStringLiteral("name"), name },
                          { QStringLiteral("url"),
                            QStringLiteral("/api/v2/pokemon-species/%1/").arg(number) } });
        QByteArray json = QJsonDocument(document).toJson(QJsonDocument::Compact);
        json.replace(QByteArrayLiteral("/pokemon/25.png\""),
                     QByteArray("/pokemon/" + QByteArray::number(number) + ".png\""));
        write(api + QStringLiteral("pokemon/%1.json").arg(number), json);
        picture.fill(QColor::fromHsv(number * 37 % 360, 160, 220));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        picture.save(&buffer, "PNG");
        write(root + QStringLiteral("/sprites/sprites/pokemon/%1.png").arg(number), png);
    }
    return root;
}

bool waitFor(const std::function<bool()> &condition)
{
    return QTest::qWaitFor(condition, StepTimeoutMs);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("PokedexBenchmarks"));
    int delayMs = 100;
    if (const qsizetype at = app.arguments().indexOf(QStringLiteral("--delay")); at > 0)
        delayMs = app.arguments().value(at + 1).toInt();
    QTextStream out(stdout);
    if (const qsizetype at = app.arguments().indexOf(QStringLiteral("--write-data")); at > 0) {
        writeDexData(app.arguments().value(at + 1));
        return 0;
    }

    QTemporaryDir dataDir;
    writeDexData(dataDir.path());
    ServerProcess server;
    if (const QString failure
        = server.startHttp1({ QStringLiteral("--data"), dataDir.path(), QStringLiteral("--delay"),
                              QString::number(delayMs) });
        !failure.isEmpty()) {
        out << "FAILED: " << failure << "\n";
        return 1;
    }
    out << "The National Dex over HTTP/1.1, server delay " << delayMs
        << " ms, window 6, no disk cache, 1000 x 700 window offscreen\n";

    ProcessCost::resetPeakRss();
    EngineSettings settings;
    settings.apiUrl = server.apiUrl();
    Engine engine(settings);
    int requests = 0, lookups = 0;
    QObject::connect(
        engine.client.queue(), &RequestQueue::requestStarted, &app, [&](const QUrl &url) {
            ++requests;
            lookups += url.path().startsWith(QLatin1String("/api/v2/pokemon/")) ? 1 : 0;
        });
    PokemonListModel &model = engine.model;
    QElapsedTimer clock;
    clock.start();
    MainWindow window(&engine.controller, &engine.client);
    window.resize(1000, 700);
    window.show();
    window.search(QString());
    CardView *view = window.cardView();
    const auto screenLoaded = [&] {
        const QList<int> rows = view->visibleRows()->onScreen();
        if (rows.isEmpty())
            return false;
        for (int row : rows) {
            if (model.entry(row).state == PokemonListModel::State::Listed
                || model.entry(row).state == PokemonListModel::State::Loading)
                return false;
        }
        return true;
    };

    // 1. Names, numbers and badges: the listing and every type answer.
    if (!waitFor([&] {
            return model.rowCount() >= 1025 && engine.dex.knowsTypes()
                && !view->visibleRows()->onScreen().isEmpty();
        })) {
        out << "FAILED: the dex never showed\n";
        return 1;
    }
    const double firstScreenMs = clock.nsecsElapsed() / 1e6;
    if (!waitFor(screenLoaded)) {
        out << "FAILED: the first screen never loaded\n";
        return 1;
    }
    const double firstScreenLoadedMs = clock.nsecsElapsed() / 1e6;
    waitFor([&] {
        return !engine.controller.isRunning() && engine.client.pendingCount() == 0
            && engine.client.inFlightCount() == 0;
    });
    const int requestsBeforeScroll = requests;
    const int lookupsBeforeScroll = lookups;
    const int onScreen = int(view->visibleRows()->onScreen().size());
    const int nearby = int(view->visibleRows()->nearby().size());
    out << QStringLiteral("  first screen with names, numbers and type badges: %1 ms (%2 cards; "
                          "each loaded with its own data at %3 ms)\n")
               .arg(firstScreenMs, 0, 'f', 0)
               .arg(onScreen)
               .arg(firstScreenLoadedMs, 0, 'f', 0);
    out << QStringLiteral("  requests before the first scroll: %1 (%2 lookups for %3 cards on "
                          "screen + %4 beyond; the rest: listing, groups, pictures, name index)\n")
               .arg(requestsBeforeScroll)
               .arg(lookupsBeforeScroll)
               .arg(onScreen)
               .arg(nearby);

    // 2. End.
    view->setFocus();
    clock.restart();
    QTest::keyClick(view, Qt::Key_End);
    if (!waitFor([&] {
            return view->visibleRows()->onScreen().contains(model.rowCount() - 1)
                || view->visibleRows()->onScreen().contains(1024);
        })
        || !waitFor(screenLoaded)) {
        out << "FAILED: the last screen never loaded\n";
        return 1;
    }
    out << QStringLiteral("  after End, the last screen filled in %1 ms\n")
               .arg(clock.nsecsElapsed() / 1e6, 0, 'f', 0);

    // 3. Every row, with a 1 ms ticker measuring how long the event loop was ever busy.
    QElapsedTimer tick;
    QTimer ticker;
    ticker.setInterval(1);
    double longestStallMs = 0;
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        longestStallMs = qMax(longestStallMs, tick.nsecsElapsed() / 1e6);
        tick.start();
    });
    QList<int> rest;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.entry(row).state == PokemonListModel::State::Listed
            && !model.entry(row).facts.form)
            rest.append(row);
    }
    clock.restart();
    tick.start();
    ticker.start();
    QElapsedTimer call;
    call.start();
    engine.controller.fetchRows(rest);
    const double fetchCallMs = call.nsecsElapsed() / 1e6;
    const auto speciesLoaded = [&] {
        int loaded = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            loaded += !model.entry(row).facts.form
                && model.entry(row).state == PokemonListModel::State::Loaded;
        return loaded;
    };
    if (!waitFor([&] { return !engine.controller.isRunning(); })) {
        out << "FAILED: the rest never loaded\n";
        return 1;
    }
    ticker.stop();
    out << QStringLiteral("  all %1 species loaded (%2 fetched now) in %3 ms; longest event-loop "
                          "stall %4 ms (queueing them took %5 ms)\n")
               .arg(speciesLoaded())
               .arg(rest.size())
               .arg(clock.nsecsElapsed() / 1e6, 0, 'f', 0)
               .arg(longestStallMs, 0, 'f', 1)
               .arg(fetchCallMs, 0, 'f', 1);

    // 4. Every card painted once, so that every picture is fetched, then memory.
    QScrollBar *bar = view->verticalScrollBar();
    for (int value = 0; value <= bar->maximum(); value += view->viewport()->height()) {
        bar->setValue(value);
        QCoreApplication::processEvents();
        waitFor(screenLoaded);
    }
    waitFor(
        [&] { return engine.client.pendingCount() == 0 && engine.client.inFlightCount() == 0; });
    out << QStringLiteral(
               "  peak RSS with %1 cards and their pictures: %2 MB (requests in all: %3)\n")
               .arg(model.rowCount())
               .arg(ProcessCost::peakRssKb() / 1024.0, 0, 'f', 1)
               .arg(requests);
    return 0;
}
