// Cries: fetched once through the client and kept, played from memory, and honest about why
// they cannot play (no cry, a 404, no sound device). Runs offscreen, where there may or may not
// be an audio device: the tests that need one or its absence say so and skip otherwise.

#include "api/pokeapiclient.h"
#include "crycontrols.h"
#include "cryplayer.h"
#include "detailpane.h"
#include "detailpresenter.h"
#include "fakepokeapi.h"
#include "lookuppokemon.h"
#include "net/requestqueue.h"
#include "search/pokemonlistmodel.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class tst_CryPlayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void aCryIsFetchedOnceAndKept();
    void withoutASoundDeviceItSaysSo();
    void aMissingCryFailsClearly();
    void noCryUrlMeansNoCry();
    void openingAPokemonPlaysItsCryUnlessTurnedOff_data();
    void openingAPokemonPlaysItsCryUnlessTurnedOff();
    void muteStopsAutomaticCries();

private:
    QUrl cryUrl(const char *path) const
    {
        return m_server->baseUrl().resolved(QUrl(QLatin1String(path)));
    }
    static bool hasSoundDevice() { return !QMediaDevices::audioOutputs().isEmpty(); }
    // Ends in Ready, Playing, NoDevice or Failed: anything but Loading.
    static bool settled(const CryPlayer &player)
    {
        return player.state() != CryPlayer::State::Loading;
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<FakePokeApi> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<PokeApiClient> m_client;
};

namespace {
const char *const LatestCry = "cries/cries/pokemon/latest/25.ogg";
const char *const LegacyCry = "cries/cries/pokemon/legacy/25.ogg";
} // namespace

void tst_CryPlayer::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("PokedexTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_cryplayer"));
    qInfo() << "sound outputs here:" << QMediaDevices::audioOutputs().size();
}

void tst_CryPlayer::init()
{
    QSettings().clear();
    m_server = std::make_unique<FakePokeApi>(QStringLiteral(POKEDEX_TEST_DATA));
    QVERIFY(m_server->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<PokeApiClient>(m_nam.get(), m_server->apiUrl());
    m_client->queue()->setRetryPolicy(1, 10);
}

void tst_CryPlayer::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

void tst_CryPlayer::aCryIsFetchedOnceAndKept()
{
    CryPlayer player(m_client.get());
    player.setCry(cryUrl(LatestCry), true);
    QCOMPARE(player.state(), CryPlayer::State::Loading);
    QTRY_VERIFY_WITH_TIMEOUT(settled(player), 10000);
    QVERIFY2(player.state() != CryPlayer::State::Failed, qPrintable(player.message()));
    QCOMPARE(m_server->requestedPaths(),
             QStringList { QLatin1Char('/') + QLatin1String(LatestCry) });

    // Another Pokémon, then back, and Play twice: nothing more is fetched.
    player.setCry(cryUrl(LegacyCry), false);
    QCOMPARE(player.state(), CryPlayer::State::Ready); // fetched when played
    player.setCry(cryUrl(LatestCry), true);
    player.play();
    player.play();
    QTRY_VERIFY(settled(player));
    QCOMPARE(m_server->requestCount(), 1);
}

void tst_CryPlayer::withoutASoundDeviceItSaysSo()
{
    if (hasSoundDevice())
        QSKIP("this machine has a sound output");
    DetailPane pane(nullptr);
    CryControls *controls = pane.cryControls();
    CryPlayer player(m_client.get());
    connect(&player, &CryPlayer::stateChanged, controls, &CryControls::setState);
    QSignalSpy changed(&player, &CryPlayer::stateChanged);

    player.setCry(cryUrl(LatestCry), true);

    QTRY_COMPARE_WITH_TIMEOUT(player.state(), CryPlayer::State::NoDevice, 10000);
    QVERIFY(player.message().contains(QStringLiteral("No sound output")));
    QCOMPARE(controls->playButton()->toolTip(), player.message());
    QVERIFY2(controls->playButton()->text().contains(QStringLiteral("No sound")),
             qPrintable(controls->playButton()->text()));
    QCOMPARE(m_server->requestCount(), 1); // it was fetched; there is nothing to play it on
    // Play again: the same answer at once, nothing hangs, nothing is fetched again.
    player.play();
    QCOMPARE(player.state(), CryPlayer::State::NoDevice);
    QCOMPARE(m_server->requestCount(), 1);
}

void tst_CryPlayer::aMissingCryFailsClearly()
{
    CryPlayer player(m_client.get());
    CryControls controls;
    connect(&player, &CryPlayer::stateChanged, &controls, &CryControls::setState);
    player.setCry(cryUrl("cries/cries/pokemon/latest/9999.ogg"), true);
    QTRY_COMPARE_WITH_TIMEOUT(player.state(), CryPlayer::State::Failed, 10000);
    QVERIFY2(player.message().startsWith(QStringLiteral("The cry did not load")),
             qPrintable(player.message()));
    QVERIFY2(player.message().contains(QStringLiteral("404")), qPrintable(player.message()));
    QVERIFY(controls.playButton()->text().contains(QStringLiteral("failed")));
    QCOMPARE(controls.playButton()->toolTip(), player.message());
}

void tst_CryPlayer::noCryUrlMeansNoCry()
{
    CryPlayer player(m_client.get());
    CryControls controls;
    connect(&player, &CryPlayer::stateChanged, &controls, &CryControls::setState);
    player.setCry(cryUrl(LatestCry), false);
    player.setCry(QUrl(), true);
    QCOMPARE(player.state(), CryPlayer::State::None);
    QVERIFY(!controls.playButton()->isEnabled());
    player.play();
    QCoreApplication::processEvents();
    QCOMPARE(m_server->requestCount(), 0);
}

void tst_CryPlayer::openingAPokemonPlaysItsCryUnlessTurnedOff_data()
{
    QTest::addColumn<bool>("playCries");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("expected"); // path fetched, or empty

    QTest::addRow("on, latest") << true << "latest"
                                << QStringLiteral("/") + QLatin1String(LatestCry);
    QTest::addRow("on, legacy") << true << "legacy"
                                << QStringLiteral("/") + QLatin1String(LegacyCry);
    QTest::addRow("off") << false << "latest" << QString();
}

void tst_CryPlayer::openingAPokemonPlaysItsCryUnlessTurnedOff()
{
    QFETCH(bool, playCries);
    QFETCH(QString, version);
    QFETCH(QString, expected);
    QSettings().setValue(QStringLiteral("media/playCries"), playCries);
    QSettings().setValue(QStringLiteral("media/cryVersion"), version);

    const Pokemon pikachu = lookUpPokemon(m_client.get(), QStringLiteral("pikachu"));
    QVERIFY(pikachu.isValid());
    QVERIFY(pikachu.cryUrl.path().endsWith(QLatin1String("latest/25.ogg")));
    m_server->resetCounters();

    DetailPane pane(nullptr);
    PokemonListModel cards;
    DetailPresenter presenter(m_client.get(), &cards, &pane);
    presenter.show(pikachu);
    CryPlayer *player = presenter.cryPlayer();
    QTRY_VERIFY_WITH_TIMEOUT(settled(*player), 10000);
    // The rest of the pane loads too; let it finish before counting.
    QTRY_COMPARE(m_client->queue()->inFlightCount() + m_client->queue()->pendingCount(), 0);
    const QStringList cries = m_server->requestedPaths().filter(QStringLiteral("/cries/"));
    QCOMPARE(cries, expected.isEmpty() ? QStringList() : QStringList { expected });
    if (!playCries) {
        QCOMPARE(player->state(), CryPlayer::State::Ready);
        // The play button still plays it.
        QTest::mouseClick(pane.cryControls()->playButton(), Qt::LeftButton);
        QTRY_VERIFY(settled(*player));
        QTRY_COMPARE(m_server->requestedPaths().filter(QStringLiteral("/cries/")).size(), 1);
    }
}

void tst_CryPlayer::muteStopsAutomaticCries()
{
    const Pokemon pikachu = lookUpPokemon(m_client.get(), QStringLiteral("pikachu"));
    QVERIFY(pikachu.isValid());
    m_server->resetCounters();

    DetailPane pane(nullptr);
    PokemonListModel cards;
    DetailPresenter presenter(m_client.get(), &cards, &pane);
    QTest::mouseClick(pane.cryControls()->muteButton(), Qt::LeftButton);
    QVERIFY(presenter.cryPlayer()->isMuted());
    QVERIFY(QSettings().value(QStringLiteral("media/muted")).toBool()); // kept for next time
    presenter.show(pikachu);
    QTRY_COMPARE(m_client->queue()->inFlightCount() + m_client->queue()->pendingCount(), 0);
    QVERIFY(m_server->requestedPaths().filter(QStringLiteral("/cries/")).isEmpty());
    QCOMPARE(presenter.cryPlayer()->state(), CryPlayer::State::Ready);

    // Play unmutes: asking to hear it is asking for sound.
    QTest::mouseClick(pane.cryControls()->playButton(), Qt::LeftButton);
    QVERIFY(!presenter.cryPlayer()->isMuted());
    QVERIFY(!pane.cryControls()->muteButton()->isChecked());
    QTRY_VERIFY(settled(*presenter.cryPlayer()));
}

QTEST_MAIN(tst_CryPlayer)
#include "tst_cryplayer.moc"
