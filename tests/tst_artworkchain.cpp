// Pictures that are never missing while PokeAPI has one: SpriteCache walks a chain of URLs
// past nulls, 404s and files that do not decode; dream-world SVGs are drawn with a size cap
// and nothing from outside themselves; the pane's banner ends on the first picture that works.

#include "animationclock.h"
#include "api/pokeapiclient.h"
#include "api/pokemonmedia.h"
#include "artworkbanner.h"
#include "cardview.h"
#include "detailpane.h"
#include "detailpresenter.h"
#include "fakepokeapi.h"
#include "lookuppokemon.h"
#include "net/requestqueue.h"
#include "search/pokemonlistmodel.h"
#include "spriteanimations.h"
#include "spritecache.h"
#include "testdata.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_ArtworkChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void realDreamWorldSvgIsDrawnWithinTheCap();
    void svgReferencesAreRefused_data();
    void svgReferencesAreRefused();
    void firstOfWalksPastFailures();
    void bannerEndsOnTheDreamWorldSvg();
    void shinyChainFallsBackToTheShinySprite();
    void realAnimatedGifDecodesEveryFrame();
    void animationTicksOnlyWhileOnScreen();

private:
    Pokemon lookUp(const QString &name);
    QUrl served(const QString &path) const { return m_server->baseUrl().resolved(QUrl(path)); }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<FakePokeApi> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<PokeApiClient> m_client;
};

namespace {

QByteArray pngOf(const QColor &colour, int size = 40)
{
    QImage image(size, size, QImage::Format_ARGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray svgWith(const QByteArray &inside)
{
    return R"(<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" )"
           R"(xmlns:xlink="http://www.w3.org/1999/xlink" width="50" height="100" )"
           R"(viewBox="0 0 50 100">)"
        + inside + "</svg>";
}

} // namespace

void tst_ArtworkChain::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("PokedexTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_artworkchain"));
    QSettings().setValue(QStringLiteral("media/playCries"), false); // pictures only here
}

void tst_ArtworkChain::init()
{
    m_server = std::make_unique<FakePokeApi>(QStringLiteral(POKEDEX_TEST_DATA));
    QVERIFY(m_server->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<PokeApiClient>(m_nam.get(), m_server->apiUrl());
    m_client->queue()->setRetryPolicy(1, 10);
}

void tst_ArtworkChain::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

Pokemon tst_ArtworkChain::lookUp(const QString &name)
{
    const Pokemon pokemon = lookUpPokemon(m_client.get(), name);
    m_server->resetCounters();
    return pokemon;
}

void tst_ArtworkChain::realDreamWorldSvgIsDrawnWithinTheCap()
{
    QString error;
    const QImage image = SpriteCache::decode(
        readTestData(QStringLiteral("sprites/sprites/pokemon/other/dream-world/25.svg")), &error);
    QVERIFY2(!image.isNull(), qPrintable(error));
    // Pikachu's drawing is 135×169: its longer side is drawn SvgSize pixels tall.
    QCOMPARE(image.height(), SpriteCache::SvgSize);
    QVERIFY(image.width() < image.height());
    int painted = 0;
    for (int y = 0; y < image.height(); y += 8) {
        for (int x = 0; x < image.width(); x += 8)
            painted += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    QVERIFY2(painted > 200, "the drawing is drawn, not an empty canvas");
}

void tst_ArtworkChain::svgReferencesAreRefused_data()
{
    QTest::addColumn<QByteArray>("svg");
    QTest::addColumn<bool>("accepted");

    QTest::addRow("plain shapes") << svgWith(R"svg(<rect width="50" height="100" fill="red"/>)svg")
                                  << true;
    QTest::addRow("gradient in the document") << svgWith(
        R"svg(<defs><linearGradient id="g"><stop offset="0" stop-color="red"/>)svg"
        R"svg(</linearGradient></defs><rect id="r" width="50" height="100" fill="url(#g)"/>)svg"
        R"svg(<use xlink:href="#r"/>)svg") << true;
    QTest::addRow("image from a file")
        << svgWith(R"svg(<image width="50" height="50" xlink:href="/etc/hostname"/>)svg") << false;
    QTest::addRow("image from a file URL")
        << svgWith(R"svg(<image width="50" height="50" href='file:///etc/hostname'/>)svg") << false;
    QTest::addRow("image from the web")
        << svgWith(R"svg(<image width="5" height="5" xlink:href="http://127.0.0.1:9/x.png"/>)svg")
        << false;
    QTest::addRow("embedded image")
        << svgWith(R"svg(<image xlink:href="data:image/png;base64,AA"/>)svg") << false;
    QTest::addRow("use of another file")
        << svgWith(R"svg(<use xlink:href="other.svg#a"/>)svg") << false;
    QTest::addRow("fill from a file")
        << svgWith(R"svg(<rect width="5" height="5" style="fill: url( 'pat.svg#p')"/>)svg")
        << false;
    QTest::addRow("entity") << QByteArray(
        R"svg(<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]>)svg"
        R"svg(<svg xmlns="http://www.w3.org/2000/svg" width="5" height="5">&a;</svg>)svg")
                            << false;
}

void tst_ArtworkChain::svgReferencesAreRefused()
{
    QFETCH(QByteArray, svg);
    QFETCH(bool, accepted);
    QString error;
    const QImage image = SpriteCache::decode(svg, &error);
    QCOMPARE(!image.isNull(), accepted);
    if (accepted) {
        QCOMPARE(image.size(), QSize(SpriteCache::SvgSize / 2, SpriteCache::SvgSize));
    } else {
        QVERIFY2(error.contains(QStringLiteral("outside")), qPrintable(error));
    }
}

void tst_ArtworkChain::firstOfWalksPastFailures()
{
    SpriteCache sprites(m_client.get());
    m_server->setResponseFor(QStringLiteral("/art/garbage.png"), 200, "not an image", "image/png");
    m_server->setResponseFor(QStringLiteral("/art/green.png"), 200, pngOf(Qt::green), "image/png");
    const QList<QUrl> chain { served(QStringLiteral("art/missing.png")),
                              served(QStringLiteral("art/garbage.png")),
                              served(QStringLiteral("art/green.png")),
                              served(QStringLiteral("art/never.png")) };
    QSignalSpy failed(&sprites, &SpriteCache::spriteFailed);

    // Each failure makes the next call ask for the next picture, as a repaint does.
    QTRY_VERIFY(!sprites.firstOf(chain).isNull());
    QCOMPARE(sprites.firstOf(chain).toImage().pixelColor(5, 5), QColor(Qt::green));
    QCOMPARE(failed.count(), 2);
    QVERIFY(!sprites.allFailed(chain));
    QCOMPARE(m_server->requestedPaths(),
             (QStringList { QStringLiteral("/art/missing.png"), QStringLiteral("/art/garbage.png"),
                            QStringLiteral("/art/green.png") }));
    QVERIFY(sprites.failureOf(chain).contains(QStringLiteral("404")));

    const QList<QUrl> hopeless { served(QStringLiteral("art/missing.png")),
                                 served(QStringLiteral("art/garbage.png")) };
    QVERIFY(sprites.firstOf(hopeless).isNull());
    QVERIFY(sprites.allFailed(hopeless));
    QCOMPARE(m_server->requestCount(), 3); // failures are remembered, not asked again
}

void tst_ArtworkChain::bannerEndsOnTheDreamWorldSvg()
{
    // Pikachu from the fake: no official artwork, no HOME render there (404), a real
    // dream-world SVG in tests/data.
    const Pokemon pikachu = lookUp(QStringLiteral("pikachu"));
    QVERIFY(pikachu.isValid());
    QVERIFY(pikachu.dreamWorldUrl.path().endsWith(QLatin1String("dream-world/25.svg")));
    SpriteCache sprites(m_client.get());
    DetailPane pane(&sprites);
    PokemonListModel cards;
    DetailPresenter presenter(m_client.get(), &cards, &pane);
    pane.resize(440, 800);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    presenter.show(pikachu);

    ArtworkBanner *banner = pane.banner();
    QTRY_COMPARE_WITH_TIMEOUT(banner->artworkState(), ArtworkBanner::ArtworkState::Shown, 10000);
    QCOMPARE(banner->artwork().height(), SpriteCache::SvgSize);
    const QStringList asked = m_server->requestedPaths();
    const auto at = [&asked](const QUrl &url) { return asked.indexOf(url.path()); };
    QVERIFY(at(pikachu.artworkUrl) >= 0);
    QVERIFY(at(pikachu.artworkUrl) < at(pikachu.homeUrl));
    QVERIFY(at(pikachu.homeUrl) < at(pikachu.dreamWorldUrl));
}

void tst_ArtworkChain::shinyChainFallsBackToTheShinySprite()
{
    Pokemon pikachu = lookUp(QStringLiteral("pikachu"));
    QVERIFY(pikachu.isValid());
    // Official shiny artwork and shiny HOME 404 (nothing there); the shiny sprite answers.
    m_server->setResponseFor(pikachu.shinySpriteUrl.path(), 200, pngOf(Qt::yellow), "image/png");
    SpriteCache sprites(m_client.get());
    ArtworkBanner banner(&sprites);
    banner.resize(440, banner.sizeHint().height());
    banner.show();
    QVERIFY(QTest::qWaitForWindowExposed(&banner));
    banner.setPokemon(pikachu);
    QPixmap normal(100, 100);
    normal.fill(Qt::blue);
    banner.setArtwork(normal);

    QTest::mouseClick(banner.shinyButton(), Qt::LeftButton);
    QTRY_COMPARE(banner.artwork().toImage().pixelColor(5, 5), QColor(Qt::yellow));
    QVERIFY(sprites.hasFailed(pikachu.shinyArtworkUrl));
    QVERIFY(sprites.hasFailed(pikachu.shinyHomeUrl));
    QCOMPARE(banner.spriteUrl(), pikachu.shinySpriteUrl);
}

void tst_ArtworkChain::realAnimatedGifDecodesEveryFrame()
{
    QString error;
    const SpriteAnimation animation = SpriteAnimations::decode(
        readTestData(QStringLiteral(
            "sprites/sprites/pokemon/versions/generation-v/black-white/animated/25.gif")),
        &error);
    QVERIFY2(animation.frames.size() > 1, qPrintable(error));
    QCOMPARE(animation.ends.size(), animation.frames.size());
    for (qsizetype i = 1; i < animation.ends.size(); ++i)
        QVERIFY(animation.ends.at(i) - animation.ends.at(i - 1) >= SpriteAnimations::MinFrameMs);
    QCOMPARE(animation.frameIndexAt(0), 0);
    QCOMPARE(animation.frameIndexAt(animation.ends.first()), 1);
    QCOMPARE(animation.frameIndexAt(animation.duration()), 0); // it loops
    QCOMPARE(animation.frameIndexAt(animation.duration() - 1), int(animation.frames.size() - 1));
    QVERIFY(SpriteAnimations::decode("GIF89a, then nothing", &error).frames.isEmpty());
    QVERIFY(!error.isEmpty());
}

void tst_ArtworkChain::animationTicksOnlyWhileOnScreen()
{
    SpriteCache sprites(m_client.get());
    CardView view(&sprites);
    AnimationClock *clock = view.animationClock();
    view.setAnimated(true);
    QCoreApplication::processEvents();
    QVERIFY(!clock->isTicking()); // not shown yet
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(clock->isTicking());
    view.hide();
    QTRY_VERIFY(!clock->isTicking());
    view.show();
    QTRY_VERIFY(clock->isTicking());
    view.setAnimated(false);
    QVERIFY(!clock->isTicking());
}

QTEST_MAIN(tst_ArtworkChain)
#include "tst_artworkchain.moc"
