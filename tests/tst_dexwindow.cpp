// The window on the National Dex against the fake PokeAPI: it opens on every species,
// fetches what is on screen (and a little around it) and nothing else, follows the screen
// when it jumps, asks for the pictures of visible cards before lookups of cards off screen,
// and goes back to the dex when the search is cleared.

#include "cardview.h"
#include "dexdata.h"
#include "fakepokeapi.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "net/requestqueue.h"
#include "search/nationaldex.h"
#include "search/pokemonfiltermodel.h"
#include "search/pokemonlistmodel.h"
#include "search/searchcontroller.h"
#include "searchbar.h"
#include "searchstatus.h"
#include "testengine.h"
#include "visiblerows.h"
#include "windowactions.h"

#include <QAction>
#include <QActionGroup>
#include <QBuffer>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using State = PokemonListModel::State;

namespace {

QString spritePath(int number)
{
    return QStringLiteral("/sprites/sprites/pokemon/%1.png").arg(number);
}

// The Pokédex number of a /pokemon/{n} lookup, or 0 for any other request.
int lookedUpNumber(const QString &path)
{
    const QLatin1String prefix("/api/v2/pokemon/");
    return path.startsWith(prefix) ? path.mid(prefix.size()).toInt() : 0;
}

} // namespace

class tst_DexWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensOnTheDexFetchingOnlyWhatIsOnScreen();
    void afterEndTheLastCardsComeNext();
    void spritesOfVisibleCardsComeBeforeOffscreenLookups();
    void clearingTheSearchGoesBackToTheDex();
    void groupsInTheSearchBoxFilterTheDexAtOnce();
    void eachKindOfFormHasItsOwnToggle();
    void aSortByStatsSaysWhatItLacksAndFetchesTheRest();

private:
    // Opens on the dex and waits until the first screen is loaded.
    void openOnFirstScreen();
    QSet<int> onScreen() const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<FakePokeApi> m_server;
    std::unique_ptr<TestEngine> m_engine;
    std::unique_ptr<MainWindow> m_window;
};

void tst_DexWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("PokedexTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dexwindow"));
}

void tst_DexWindow::init()
{
    QSettings().clear();
    m_server = std::make_unique<FakePokeApi>(QStringLiteral(POKEDEX_TEST_DATA));
    DexData::serveMissing(m_server.get(), DexData::everySpecies());
    QImage image(96, 96, QImage::Format_ARGB32);
    image.fill(QColor(0x40, 0x80, 0xC0));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    for (const DexData::Species &species : DexData::everySpecies())
        m_server->setResponseFor(spritePath(species.number), 200, png, "image/png");
    QVERIFY(m_server->listen());
    m_engine = std::make_unique<TestEngine>(m_server->apiUrl());
    m_window = std::make_unique<MainWindow>(&m_engine->controller, &m_engine->client);
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_DexWindow::cleanup()
{
    m_window.reset();
    m_engine.reset();
    m_server.reset();
}

QSet<int> tst_DexWindow::onScreen() const
{
    const QList<int> rows = m_window->cardView()->visibleRows()->onScreen();
    return QSet<int>(rows.cbegin(), rows.cend());
}

void tst_DexWindow::openOnFirstScreen()
{
    m_window->search(QString()); // as the app starts without names
    const PokemonListModel &model = m_engine->model;
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 1025, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!onScreen().isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_engine->controller.isRunning(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->engine.dex.knowsTypes(), 10000);
}

void tst_DexWindow::opensOnTheDexFetchingOnlyWhatIsOnScreen()
{
    openOnFirstScreen();
    const PokemonListModel &model = m_engine->model;
    const QSet<int> shown = onScreen();
    const QList<int> nearby = m_window->cardView()->visibleRows()->nearby();
    // A 1000 × 700 window shows a few lines of medium cards.
    QVERIFY2(shown.size() >= 10 && shown.size() <= 40, qPrintable(QString::number(shown.size())));
    QCOMPARE(nearby.size(), VisibleRows::MarginLines * 5); // five cards a line, none above
    for (int row : shown)
        QCOMPARE(model.entry(row).state, State::Loaded);

    QSet<int> asked;
    for (const QString &path : m_server->requestedPaths()) {
        if (const int number = lookedUpNumber(path))
            asked.insert(number - 1);
    }
    QSet<int> wanted = shown;
    wanted.unite(QSet<int>(nearby.cbegin(), nearby.cend()));
    QCOMPARE(asked, wanted); // never the whole dex
    QCOMPARE(model.counts().listed, model.rowCount() - int(wanted.size()));
    // Each card on screen asked for its picture.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestedPaths().contains(spritePath(1)), 10000);
    QVERIFY2(m_window->searchStatus()->text().contains(QLatin1String("National Dex")),
             qPrintable(m_window->searchStatus()->text()));
}

void tst_DexWindow::afterEndTheLastCardsComeNext()
{
    openOnFirstScreen();
    m_server->setDelay(10);
    m_engine->client.setMaxInFlight(1);
    const int before = int(m_server->requestedPaths().size());
    CardView *view = m_window->cardView();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_End);
    const PokemonListModel &model = m_engine->model;
    QTRY_COMPARE_WITH_TIMEOUT(model.entry(1024).state, State::Loaded, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_engine->controller.isRunning(), 20000);

    const QSet<int> shown = onScreen();
    QVERIFY(shown.contains(1024));
    QList<int> lookups;
    for (const QString &path : m_server->requestedPaths().mid(before)) {
        if (const int number = lookedUpNumber(path))
            lookups.append(number - 1);
    }
    // Every lookup after End was for the last screen first.
    QVERIFY(lookups.size() >= shown.size());
    for (int i = 0; i < shown.size(); ++i)
        QVERIFY2(shown.contains(lookups.at(i)), qPrintable(QString::number(lookups.at(i))));
    for (int row : shown)
        QCOMPARE(model.entry(row).state, State::Loaded);
}

void tst_DexWindow::spritesOfVisibleCardsComeBeforeOffscreenLookups()
{
    QStringList names;
    for (const DexData::Species &species : DexData::everySpecies().mid(0, 120))
        names.append(species.name);
    m_server->setDelay(5);
    m_engine->client.setMaxInFlight(1);
    m_window->search(names.join(QStringLiteral(", ")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_engine->controller.isRunning(), 30000);
    QCOMPARE(m_engine->model.counts().loaded, 120);

    const QSet<int> shown = onScreen();
    QVERIFY(!shown.isEmpty());
    const QStringList paths = m_server->requestedPaths();
    const qsizetype firstSprite = paths.indexOf(spritePath(1));
    QVERIFY(firstSprite > 0);
    qsizetype firstOffscreenLookup = -1;
    for (qsizetype i = 0; i < paths.size() && firstOffscreenLookup < 0; ++i) {
        const QLatin1String prefix("/api/v2/pokemon/");
        const qsizetype row
            = paths.at(i).startsWith(prefix) ? names.indexOf(paths.at(i).mid(prefix.size())) : -1;
        if (row >= 0 && !shown.contains(int(row)))
            firstOffscreenLookup = i;
    }
    QVERIFY2(firstSprite < firstOffscreenLookup,
             qPrintable(QStringLiteral("sprite at %1, first lookup off screen at %2")
                            .arg(firstSprite)
                            .arg(firstOffscreenLookup)));
}

void tst_DexWindow::clearingTheSearchGoesBackToTheDex()
{
    openOnFirstScreen();
    const int dexRows = m_engine->model.rowCount();
    const auto lookups = [this] {
        return m_server->requestedPaths().filter(QStringLiteral("/api/v2/pokemon/")).size();
    };
    const qsizetype before = lookups();
    SearchBar *bar = m_window->searchBar();
    QTest::keyClicks(bar, QStringLiteral("pikachu"));
    QTest::keyClick(bar, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->model.counts().loaded, 1, 10000);
    QCOMPARE(m_engine->model.rowCount(), 1);
    QVERIFY(!m_engine->controller.isShowingDex());

    bar->clear(); // what its clear button does
    QVERIFY(m_engine->controller.isShowingDex());
    QCOMPARE(m_engine->model.rowCount(), dexRows);
    QTRY_VERIFY_WITH_TIMEOUT(!onScreen().isEmpty(), 10000);
    // The first screen had loaded: nothing is asked for it again (a lookup would start at once).
    QVERIFY(!m_engine->controller.isRunning());
    QCOMPARE(m_engine->model.counts().loading, 0);
    QCOMPARE(lookups(), before + 1);
}

void tst_DexWindow::groupsInTheSearchBoxFilterTheDexAtOnce()
{
    openOnFirstScreen();
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->engine.dex.knowsGenerations(), 10000);
    const int groupRequests
        = int(m_server->requestedPaths().filter(QStringLiteral("/type/")).size());
    SearchBar *bar = m_window->searchBar();
    QTest::keyClicks(bar, QStringLiteral("type:dragon gen:9"));
    QTest::keyClick(bar, Qt::Key_Return);

    // At once, from what the dex knows: no group is asked for again.
    QVERIFY(m_engine->controller.isShowingDex());
    const PokemonFilterModel *filter = m_window->cardFilter();
    int species = 0;
    for (int row = 0; row < filter->rowCount(); ++row) {
        const QModelIndex card = filter->index(row, 0);
        QVERIFY(card.data(PokemonListModel::TypesRole)
                    .toStringList()
                    .contains(QLatin1String("dragon")));
        QCOMPARE(card.data(PokemonListModel::GenerationRole).toInt(), 9);
        if (!m_engine->model.entry(filter->mapToSource(card).row()).facts.form)
            ++species;
    }
    int expected = 0;
    for (const DexData::Species &one : DexData::everySpecies())
        expected += one.generation == 9 && one.types.contains(QLatin1String("dragon")) ? 1 : 0;
    QVERIFY(expected > 5);
    QCOMPARE(species, expected);
    QCOMPARE(int(m_server->requestedPaths().filter(QStringLiteral("/type/")).size()),
             groupRequests);
    // The filter bar shows the query; its forms box is on (type: includes forms).
    FilterBar *bar2 = m_window->filterBar();
    QCOMPARE(bar2->typeBox(0)->currentData().toString(), QStringLiteral("dragon"));
    QCOMPARE(bar2->generationBox()->currentData().toInt(), 9);
    QVERIFY(m_window->actions().showForms->isChecked());

    // Type-ahead narrows it further, and Clear Filters brings back the whole dex.
    QTest::keyClicks(bar2->textFilter(), QStringLiteral("koraid"));
    QVERIFY(filter->rowCount() >= 1); // Koraidon, and its forms
    for (int row = 0; row < filter->rowCount(); ++row)
        QVERIFY(filter->index(row, 0)
                    .data(PokemonListModel::SlugRole)
                    .toString()
                    .startsWith(QLatin1String("koraidon")));
    m_window->actions().clearFilters->trigger();
    QCOMPARE(filter->rowCount(), 1025);
}

void tst_DexWindow::eachKindOfFormHasItsOwnToggle()
{
    openOnFirstScreen();
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->engine.dex.knowsTypes(), 10000);
    const PokemonFilterModel *filter = m_window->cardFilter();
    const auto shownForms = [&] {
        QStringList forms;
        for (int row = 0; row < filter->rowCount(); ++row) {
            const auto &entry
                = m_engine->model.entry(filter->mapToSource(filter->index(row, 0)).row());
            if (entry.facts.form)
                forms << entry.slug;
        }
        return forms;
    };
    QCOMPARE(shownForms(), QStringList());
    const WindowActions &actions = m_window->actions();
    QCOMPARE(actions.formKinds.size(), 4);
    QAction *regional = actions.formKinds.at(2);
    QCOMPARE(FormKind(regional->data().toInt()), FormKind::Regional);
    regional->trigger();
    QStringList forms = shownForms();
    QVERIFY(forms.contains(QLatin1String("raichu-alola")));
    QVERIFY(forms.contains(QLatin1String("mr-mime-galar")));
    for (const QString &form : std::as_const(forms))
        QCOMPARE(FormKindOf::slug(form), FormKind::Regional);
    QVERIFY(regional->isChecked());
    QVERIFY(!actions.showForms->isChecked());
    QCOMPARE(m_window->filterBar()->formsButton()->text(), FilterBar::tr("Regional"));
    QCOMPARE(m_window->filterBar()->formsButton()->menu(), actions.formsMenu);

    actions.showForms->trigger(); // all of them
    forms = shownForms();
    QVERIFY(forms.contains(QLatin1String("charizard-mega-x")));
    QVERIFY(forms.contains(QLatin1String("charizard-gmax")));
    for (QAction *kind : actions.formKinds)
        QVERIFY(kind->isChecked());
    actions.showForms->trigger(); // none again
    QCOMPARE(shownForms(), QStringList());
    QCOMPARE(filter->rowCount(), 1025);
}

void tst_DexWindow::aSortByStatsSaysWhatItLacksAndFetchesTheRest()
{
    openOnFirstScreen();
    FilterBar *bar = m_window->filterBar();
    bar->generationBox()->setCurrentIndex(bar->generationBox()->findData(1));
    const PokemonFilterModel *filter = m_window->cardFilter();
    QCOMPARE(filter->rowCount(), 151);
    for (QAction *key : m_window->actions().sortKeys->actions()) {
        if (key->data().value<PokemonFilterModel::SortKey>() == PokemonFilterModel::SortKey::Speed)
            key->trigger();
    }
    QCOMPARE(bar->sortBox()->currentData().value<PokemonFilterModel::SortKey>(),
             PokemonFilterModel::SortKey::Speed);
    QTRY_VERIFY(bar->sortNote()->isVisible());
    QVERIFY2(bar->sortNote()->text().startsWith(QStringLiteral("Stats for ")),
             qPrintable(bar->sortNote()->text()));
    QVERIFY2(bar->sortNote()->text().endsWith(QStringLiteral(" / 151")),
             qPrintable(bar->sortNote()->text()));
    QVERIFY(bar->fetchButton()->isVisible());

    QTest::mouseClick(bar->fetchButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!bar->sortNote()->isVisible(), 30000);
    QCOMPARE(filter->sortableCount(), 151);
    // Slowest first, now that every one is known (rearranged a moment after the last lands);
    // nothing beyond generation I was asked for.
    const auto sortedBySpeed = [filter] {
        int previous = 0;
        for (int row = 0; row < filter->rowCount(); ++row) {
            const int speed = filter->index(row, 0)
                                  .data(PokemonListModel::PokemonRole)
                                  .value<Pokemon>()
                                  .stats.last()
                                  .base;
            if (speed < previous)
                return false;
            previous = speed;
        }
        return true;
    };
    QTRY_VERIFY(sortedBySpeed());
    QVERIFY(m_engine->model.counts().loaded < 200);
}

QTEST_MAIN(tst_DexWindow)
#include "tst_dexwindow.moc"
