// What View › Animated sprites costs: a screen of ~30 cards whose animated sprites (the real
// Black / White GIF of tests/data, served as 30 different URLs by the in-process fake) are
// all in, drawn offscreen for a while with the animation on and then off. Prints the CPU
// seconds per minute of each (all threads of this process), and how often the clock ticked.
//   bench_animation [seconds per phase, default 10]

#include "animationclock.h"
#include "api/pokeapiclient.h"
#include "benchsupport.h"
#include "cardview.h"
#include "fakepokeapi.h"
#include "search/pokemonlistmodel.h"
#include "spriteanimations.h"
#include "spritecache.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QStandardItemModel>
#include <QTest>
#include <cstdio>

namespace {

constexpr int Cards = 30;

// `seconds` of the event loop; the CPU seconds per minute it cost.
double cpuPerMinute(int seconds)
{
    const double before = ProcessCost::cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    while (wall.elapsed() < seconds * 1000)
        QTest::qWait(50);
    return (ProcessCost::cpuSeconds() - before) * 60'000.0 / double(wall.elapsed());
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 10;

    QFile gifFile(QStringLiteral(POKEDEX_TEST_DATA "/sprites/sprites/pokemon/versions/"
                                                   "generation-v/black-white/animated/25.gif"));
    if (!gifFile.open(QIODevice::ReadOnly))
        qFatal("no test GIF");
    const QByteArray gif = gifFile.readAll();

    FakePokeApi server(QStringLiteral(POKEDEX_TEST_DATA));
    if (!server.listen())
        qFatal("cannot listen");
    QNetworkAccessManager nam;
    PokeApiClient client(&nam, server.apiUrl());
    SpriteCache sprites(&client);

    QStandardItemModel model;
    for (int i = 1; i <= Cards; ++i) {
        const QString path = QStringLiteral("/anim/%1.gif").arg(i);
        server.setResponseFor(path, 200, gif, "image/gif");
        Pokemon pokemon;
        pokemon.id = i;
        pokemon.name = QStringLiteral("pikachu");
        pokemon.types = QStringList { QStringLiteral("electric") };
        pokemon.animatedUrl = server.baseUrl().resolved(QUrl(path));
        auto *item = new QStandardItem;
        item->setData(QVariant::fromValue(PokemonListModel::State::Loaded),
                      PokemonListModel::StateRole);
        item->setData(QVariant::fromValue(pokemon), PokemonListModel::PokemonRole);
        item->setData(QStringLiteral("Pikachu"), PokemonListModel::DisplayNameRole);
        item->setData(25, PokemonListModel::NumberRole);
        item->setData(pokemon.types, PokemonListModel::TypesRole);
        model.appendRow(item);
    }

    CardView view(&sprites);
    view.setModel(&model);
    view.resize(6 * (CardDelegate::CardWidth + 16) + 40, 5 * (CardDelegate::CardHeight + 16) + 20);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        qFatal("no window");
    view.setAnimated(true);
    int ready = 0;
    QObject::connect(sprites.animations(), &SpriteAnimations::animationReady, &app,
                     [&ready] { ++ready; });
    QElapsedTimer loading;
    loading.start();
    while (ready < Cards && loading.elapsed() < 30'000)
        QTest::qWait(20);
    int onScreen = 0;
    for (int row = 0; row < Cards; ++row)
        onScreen += view.viewport()->rect().contains(view.visualRect(model.index(row, 0))) ? 1 : 0;
    std::printf("animated sprites: %d of %d in after %lld ms, %d cards wholly on screen\n", ready,
                Cards, loading.elapsed(), onScreen);

    int ticks = 0;
    QObject::connect(view.animationClock(), &AnimationClock::tick, &app, [&ticks] { ++ticks; });
    const double animated = cpuPerMinute(seconds);
    const int animatedTicks = ticks;
    view.setAnimated(false);
    const double still = cpuPerMinute(seconds);
    view.setAnimated(true);
    view.hide();
    ticks = 0;
    const double hidden = cpuPerMinute(seconds);
    std::printf("animated: %.2f CPU s per minute (%d ticks in %d s)\n", animated, animatedTicks,
                seconds);
    std::printf("still:    %.2f CPU s per minute\n", still);
    std::printf("hidden, animation on: %.2f CPU s per minute (%d ticks)\n", hidden, ticks);
    return 0;
}
