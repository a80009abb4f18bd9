// The window with the real engine against the fake PokeAPI: typing a search, the cards
// reaching their states, the status bar, Esc, Retry, shortcuts, completion, geometry.

#include "aboutdialog.h"
#include "api/pokeapiclient.h"
#include "cardcontextmenu.h"
#include "carddelegate.h"
#include "cardview.h"
#include "detailpane.h"
#include "displaylanguage.h"
#include "fakepokeapi.h"
#include "loadinganimator.h"
#include "mainwindow.h"
#include "net/cachestore.h"
#include "net/requestqueue.h"
#include "search/nameindex.h"
#include "search/pokemonfiltermodel.h"
#include "search/pokemonlistmodel.h"
#include "search/searchcontroller.h"
#include "search/searchsummary.h"
#include "searchbar.h"
#include "searchstatus.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "spritecache.h"
#include "suggestedsearch.h"
#include "windowactions.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QStringListModel>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

using State = PokemonListModel::State;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void startsAsAnEmptyPokedex();
    void typedSearchEndsInCardsAndASummary();
    void statusBarCountsWhileSearching();
    void escapeDuringASlowSearchLeavesNothingLoading();
    void retryFailedActionRetriesEveryFailedCard();
    void retryButtonOnACardRetriesIt();
    void cardMenuSearchesTheEvolutionLine_data();
    void cardMenuSearchesTheEvolutionLine();
    void evolutionLineFailureIsToldInTheStatusBar();
    void aCancelledCardLoadsOnClickOrEnter();
    void searchFromTheCommandLine();
    void shortcutsFocusTheSearchBar();
    void ctrlQCloses();
    void geometryIsRememberedAcrossRuns();
    void wordStart_data();
    void wordStart();
    void completionReplacesOnlyTheLastName();
    void completionKey_data();
    void completionKey();
    void completionShowsDisplayNamesAndGroups_data();
    void completionShowsDisplayNamesAndGroups();
    void workOfflineTogglesTheQueue();
    void offlineFromTheCommandLineStartsChecked();
    void refreshSearchesAgainFromTheNetwork();
    void groupSearchCountsItsMembersAndEscKeepsLoadedRows();
    void suggestedSearch_data();
    void suggestedSearch();
    void theSuggestionOnANotFoundCardSearchesIt();
    void failedPicturesAreAskedForAgain_data();
    void failedPicturesAreAskedForAgain();
    void menusOfferEveryCommand();
    void theEmptyGridSaysHowToSearch();
    void detailsPaneActionShowsAndHidesThePane();
    void cardSizeIsRememberedAcrossRuns_data();
    void cardSizeIsRememberedAcrossRuns();
    void shortcutsDialogListsEveryShortcut();
    void aboutGivesVersionCreditLicenceAndNotice();
    void settingsSetConcurrencyCacheAndOffline();
    void settingsLanguageRenamesCardsAndCompletion();
    void germanTranslationIsShipped();
    void switchingLanguageRetranslatesTheOpenWindow();
    void savedConcurrencyYieldsToTheCommandLine();
    void cardMenuOpensCopiesAndRetries();
    void ctrlCCopiesTheSelectedCards();
    void tabToTheGridMarksTheFirstCard();
    void theGridIsCentred_data();
    void theGridIsCentred();

private:
    QStringList states() const;
    CardContextMenu *openCardMenu(int row);
    void serveSprites();
    void typeSearch(const QString &text);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<FakePokeApi> m_fake;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<PokeApiClient> m_client;
    std::unique_ptr<PokemonListModel> m_model;
    std::unique_ptr<NameIndex> m_index;
    std::unique_ptr<SearchController> m_controller;
    std::unique_ptr<MainWindow> m_window;

    // The grid's index of model row `row` (the grid shows the model through a filter, in the
    // same order for a search).
    QModelIndex cardAt(int row) const { return m_window->cardView()->model()->index(row, 0); }
};

void tst_MainWindow::initTestCase()
{
    // Window geometry goes to a throw-away place, never the user's settings.
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("PokedexTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void tst_MainWindow::init()
{
    QSettings().clear();
    m_fake = std::make_unique<FakePokeApi>(QStringLiteral(POKEDEX_TEST_DATA));
    QVERIFY(m_fake->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
    serveSprites();
    m_client = std::make_unique<PokeApiClient>(m_nam.get(), m_fake->apiUrl());
    m_model = std::make_unique<PokemonListModel>();
    m_index = std::make_unique<NameIndex>(m_client.get());
    m_controller = std::make_unique<SearchController>(m_client.get(), m_model.get(), m_index.get());
    m_window = std::make_unique<MainWindow>(m_controller.get(), m_client.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // As a person would, the tests search once the names table is built (a search typed
    // sooner waits for it: tst_searchcontroller).
    if (!m_index->hasLocalizedNames())
        QVERIFY(QSignalSpy(m_index.get(), &NameIndex::localizedNamesChanged).wait(10000));
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_controller.reset();
    m_index.reset();
    m_model.reset();
    m_client.reset();
    m_nam.reset();
    m_fake.reset();
}

QString spritePath(int id)
{
    return QStringLiteral("/sprites/sprites/pokemon/%1.png").arg(id);
}

// The test data has no pictures: the Pokémon in it get one each, so that only the pictures a
// test breaks fail.
void tst_MainWindow::serveSprites()
{
    QImage image(96, 96, QImage::Format_ARGB32);
    image.fill(QColor(0x40, 0x80, 0xC0));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    for (int id : { 1, 4, 6, 7, 25, 29, 39, 83, 94, 122, 133, 143, 150, 250, 386, 772 })
        m_fake->setResponseFor(spritePath(id), 200, png, QByteArrayLiteral("image/png"));
}

QStringList tst_MainWindow::states() const
{
    QStringList list;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        list << QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(
            int(m_model->index(row).data(PokemonListModel::StateRole).value<State>())));
    }
    return list;
}

void tst_MainWindow::typeSearch(const QString &text)
{
    SearchBar *bar = m_window->searchBar();
    bar->clear();
    QTest::keyClicks(bar, text);
    QCOMPARE(bar->text(), text);
    QTest::keyClick(bar, Qt::Key_Return);
}

void tst_MainWindow::startsAsAnEmptyPokedex()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Pokedex"));
    QCOMPARE(m_window->size(), QSize(1000, 700));
    QCOMPARE(m_window->cardFilter()->sourceModel(), m_model.get());
    QCOMPARE(m_window->cardView()->model(), m_window->cardFilter());
    QVERIFY(m_window->searchBar()->placeholderText().startsWith(QStringLiteral("Search Pokémon")));
    QVERIFY(m_window->searchBar()->isClearButtonEnabled());
    QVERIFY(!m_window->retryFailedAction()->isEnabled());
    QVERIFY(!m_window->searchStatus()->isBusy());
    QCOMPARE(m_fake->requestCount(), 0); // nothing is fetched before anyone asks
}

void tst_MainWindow::typedSearchEndsInCardsAndASummary()
{
    QSignalSpy finished(m_controller.get(), &SearchController::finished);
    typeSearch(QStringLiteral("pikachu, charizard, bad_name"));
    QCOMPARE(m_model->rowCount(), 3);
    QTRY_COMPARE(states(),
                 QStringList({ QStringLiteral("Loaded"), QStringLiteral("Loaded"),
                               QStringLiteral("NotFound") }));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(m_model->index(0).data(PokemonListModel::IdRole).toInt(), 25);
    QCOMPARE(m_model->index(1).data(PokemonListModel::TypesRole).toStringList(),
             QStringList({ QStringLiteral("fire"), QStringLiteral("flying") }));

    const QString status = m_window->searchStatus()->text();
    QCOMPARE(status,
             SearchSummary::text(m_controller->model()->counts(), m_controller->elapsedMs()));
    QVERIFY2(status.startsWith(QStringLiteral("2 found, 1 not found — ")), qPrintable(status));
    QVERIFY(!m_window->searchStatus()->isBusy());
    QVERIFY(!m_window->retryFailedAction()->isEnabled());
    QTRY_VERIFY(!m_window->cardView()->loadingAnimator()->isRunning());
    QTRY_COMPARE(m_window->searchStatus()->networkText(), QString());
}

void tst_MainWindow::statusBarCountsWhileSearching()
{
    const QString eevee = QStringLiteral("/api/v2/pokemon/eevee");
    m_fake->hold(eevee);
    typeSearch(QStringLiteral("pikachu, eevee"));
    QCOMPARE(m_window->searchStatus()->text(), QStringLiteral("Searching… 0 / 2"));
    QVERIFY(m_window->searchStatus()->isBusy());
    QVERIFY(m_window->cardView()->loadingAnimator()->isRunning());
    QTRY_COMPARE(m_window->searchStatus()->text(), QStringLiteral("Searching… 1 / 2"));
    QVERIFY(m_window->searchStatus()->networkText().contains(QStringLiteral("in flight")));
    m_fake->release(eevee);
    QTRY_VERIFY(!m_window->searchStatus()->isBusy());
    QCOMPARE(m_window->searchStatus()->text(),
             SearchSummary::text(m_controller->model()->counts(), m_controller->elapsedMs()));
    QTRY_VERIFY(!m_window->cardView()->loadingAnimator()->isRunning());
}

void tst_MainWindow::escapeDuringASlowSearchLeavesNothingLoading()
{
    m_fake->setDelay(10'000);
    typeSearch(QStringLiteral("pikachu, charizard, eevee"));
    QCOMPARE(states(), QStringList(3, QStringLiteral("Loading")));
    QTRY_VERIFY(m_fake->inFlight() > 0);

    QTest::keyClick(m_window->searchBar(), Qt::Key_Escape);
    QVERIFY(!states().contains(QStringLiteral("Loading")));
    // Cancelled is not failed: the cards are NotLoaded, and the summary counts them apart.
    QCOMPARE(states(), QStringList(3, QStringLiteral("NotLoaded")));
    QVERIFY(!m_window->searchStatus()->isBusy());
    QVERIFY2(m_window->searchStatus()->text().startsWith(QStringLiteral("0 found, 3 not loaded")),
             qPrintable(m_window->searchStatus()->text()));
    QVERIFY(!m_window->searchStatus()->text().contains(QStringLiteral("failed")));
    QVERIFY(m_window->retryFailedAction()->isEnabled());
    QTRY_VERIFY(!m_window->cardView()->loadingAnimator()->isRunning());
    QTRY_COMPARE(m_client->queue()->inFlightCount() + m_client->queue()->pendingCount(), 0);
}

void tst_MainWindow::retryFailedActionRetriesEveryFailedCard()
{
    m_fake->setDelay(10'000);
    typeSearch(QStringLiteral("pikachu, charizard"));
    QTest::keyClick(m_window->searchBar(), Qt::Key_Escape);
    QCOMPARE(states(), QStringList(2, QStringLiteral("NotLoaded")));
    QVERIFY(m_window->retryFailedAction()->isEnabled()); // Ctrl+R loads what a cancel left

    m_fake->setDelay(0);
    m_window->retryFailedAction()->trigger();
    QCOMPARE(states(), QStringList(2, QStringLiteral("Loading")));
    QTRY_COMPARE(states(), QStringList(2, QStringLiteral("Loaded")));
    QTRY_VERIFY(!m_window->retryFailedAction()->isEnabled());
    QCOMPARE(m_model->index(0).data(PokemonListModel::AttemptsRole).toInt(), 2);
}

void tst_MainWindow::retryButtonOnACardRetriesIt()
{
    m_client->queue()->setRetryPolicy(1, 10);
    const QStringList paths { QStringLiteral("/api/v2/pokemon/pikachu"),
                              QStringLiteral("/api/v2/pokemon/eevee") };
    for (const QString &path : paths)
        m_fake->setResponseFor(path, 500, "oops", "text/plain");
    typeSearch(QStringLiteral("pikachu, eevee"));
    QTRY_COMPARE(states(), QStringList(2, QStringLiteral("Error")));
    for (const QString &path : paths)
        m_fake->setResponseFor(path, 0, {});

    CardView *view = m_window->cardView();
    const QRect card = view->visualRect(cardAt(1));
    QVERIFY(view->viewport()->rect().contains(card));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      CardDelegate::retryButtonRect(card).center());
    QCOMPARE(states(), QStringList({ QStringLiteral("Error"), QStringLiteral("Loading") }));
    QTRY_COMPARE(states(), QStringList({ QStringLiteral("Error"), QStringLiteral("Loaded") }));

    // Enter on the selected failed card retries it too.
    view->setFocus();
    view->setCurrentIndex(cardAt(0));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE(states(), QStringList(2, QStringLiteral("Loaded")));
}

void tst_MainWindow::aCancelledCardLoadsOnClickOrEnter()
{
    m_fake->setDelay(10'000);
    typeSearch(QStringLiteral("pikachu, eevee"));
    QTest::keyClick(m_window->searchBar(), Qt::Key_Escape);
    QCOMPARE(states(), QStringList(2, QStringLiteral("NotLoaded")));
    m_fake->setDelay(0);

    // "Enter to load": its link loads the card...
    CardView *view = m_window->cardView();
    const QRect card = view->visualRect(cardAt(1));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      CardDelegate::suggestionRect(card).center());
    QCOMPARE(states(), QStringList({ QStringLiteral("NotLoaded"), QStringLiteral("Loading") }));
    QTRY_COMPARE(states(), QStringList({ QStringLiteral("NotLoaded"), QStringLiteral("Loaded") }));
    QTRY_VERIFY2(
        m_window->searchStatus()->text().startsWith(QStringLiteral("1 found, 1 not loaded")),
        qPrintable(m_window->searchStatus()->text()));
    // ...and so does Enter on it.
    view->setFocus();
    view->setCurrentIndex(cardAt(0));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE(states(), QStringList(2, QStringLiteral("Loaded")));
}

void tst_MainWindow::cardMenuSearchesTheEvolutionLine_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("line");
    QTest::addRow("the middle stage") << QStringLiteral("pikachu, charmeleon")
                                      << QStringLiteral("charmander, charmeleon, charizard");
    QTest::addRow("eight branches")
        << QStringLiteral("Eevee")
        << QStringLiteral(
               "eevee, vaporeon, jolteon, flareon, espeon, umbreon, leafeon, glaceon, sylveon");
}

void tst_MainWindow::cardMenuSearchesTheEvolutionLine()
{
    QFETCH(QString, typed);
    QFETCH(QString, line);
    typeSearch(typed);
    const int row = m_model->rowCount() - 1;
    QTRY_COMPARE(states().at(row), QStringLiteral("Loaded"));

    CardContextMenu *menu = openCardMenu(row);
    QVERIFY(menu);
    QSignalSpy started(m_controller.get(), &SearchController::started);
    menu->evolutionLineAction()->trigger();
    menu->close();
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(
        QStringLiteral("Looking up the evolution line of ")));

    // The whole line becomes the search, as if typed: one card per species, in chain order.
    QVERIFY(started.wait(10000));
    QCOMPARE(m_window->searchBar()->text(), line);
    QCOMPARE(m_model->rowCount(), int(line.count(u',')) + 1);
    QCOMPARE(m_model->entry(0).slug, line.section(u',', 0, 0));
    QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
    QTRY_COMPARE(m_model->counts().loading, 0);
    QCOMPARE(m_model->counts().error, 0);
}

void tst_MainWindow::evolutionLineFailureIsToldInTheStatusBar()
{
    typeSearch(QStringLiteral("charizard"));
    QTRY_COMPARE(states(), QStringList { QStringLiteral("Loaded") });
    m_client->queue()->setRetryPolicy(1, 10);
    m_fake->setResponseFor(QStringLiteral("/api/v2/evolution-chain/2/"), 500, "oops", "text/plain");
    CardContextMenu *menu = openCardMenu(0);
    QVERIFY(menu);
    menu->evolutionLineAction()->trigger();
    menu->close();
    QTRY_VERIFY2(m_window->statusBar()->currentMessage().startsWith(
                     QStringLiteral("Could not look up the evolution line of Charizard: ")),
                 qPrintable(m_window->statusBar()->currentMessage()));
    // The search stays as it was.
    QCOMPARE(m_window->searchBar()->text(), QStringLiteral("charizard"));
    QCOMPARE(states(), QStringList { QStringLiteral("Loaded") });
}

// The menu of card `row`, as a right click on it opens it.
CardContextMenu *tst_MainWindow::openCardMenu(int row)
{
    CardView *view = m_window->cardView();
    const QPoint at = view->visualRect(cardAt(row)).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    CardContextMenu *menu = nullptr;
    (void)QTest::qWaitFor([&] {
        return (menu = qobject_cast<CardContextMenu *>(QApplication::activePopupWidget()));
    });
    return menu;
}

void tst_MainWindow::searchFromTheCommandLine()
{
    m_window->search(QStringLiteral("Mr. Mime, deoxys"));
    QCOMPARE(m_window->searchBar()->text(), QStringLiteral("Mr. Mime, deoxys"));
    QTRY_COMPARE(states(), QStringList(2, QStringLiteral("Loaded")));
    QCOMPARE(m_model->index(1).data(PokemonListModel::NameRole).toString(),
             QStringLiteral("deoxys-normal"));
}

void tst_MainWindow::shortcutsFocusTheSearchBar()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    SearchBar *bar = m_window->searchBar();
    for (const Qt::Key key : { Qt::Key_L, Qt::Key_F }) {
        m_window->cardView()->setFocus();
        QVERIFY(!bar->hasFocus());
        QTest::keyClick(m_window->cardView(), key, Qt::ControlModifier);
        QVERIFY(bar->hasFocus());
    }
}

void tst_MainWindow::ctrlQCloses()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window->searchBar(), Qt::Key_Q, Qt::ControlModifier);
    QVERIFY(!m_window->isVisible());
}

void tst_MainWindow::geometryIsRememberedAcrossRuns()
{
    m_window->resize(820, 610);
    QTRY_COMPARE(m_window->size(), QSize(820, 610));
    m_window->close();
    m_window.reset();

    MainWindow again(m_controller.get(), m_client.get());
    QCOMPARE(again.size(), QSize(820, 610));
}

void tst_MainWindow::wordStart_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("cursor");
    QTest::addColumn<int>("start");
    QTest::addRow("empty") << QString() << 0 << 0;
    QTest::addRow("one name") << QStringLiteral("pika") << 4 << 0;
    QTest::addRow("after a comma") << QStringLiteral("pikachu, char") << 13 << 9;
    QTest::addRow("right after the comma") << QStringLiteral("pikachu,") << 8 << 8;
    QTest::addRow("cursor in the first name") << QStringLiteral("pikachu, char") << 4 << 0;
    QTest::addRow("spaces inside a name stay") << QStringLiteral("eevee, Mr. Mi") << 13 << 7;
    QTest::addRow("newline separates") << QStringLiteral("eevee\nchar") << 10 << 6;
    QTest::addRow("cursor beyond the end") << QStringLiteral("a, b") << 99 << 3;
}

void tst_MainWindow::wordStart()
{
    QFETCH(QString, text);
    QFETCH(int, cursor);
    QFETCH(int, start);
    QCOMPARE(SearchBar::wordStart(text, cursor), start);
}

void tst_MainWindow::completionReplacesOnlyTheLastName()
{
    SearchBar *bar = m_window->searchBar();
    QCompleter *completer = bar->nameCompleter();
    // The group tokens, and the species the names table knows: the index is not loaded.
    QVERIFY(completer->model()->rowCount() >= 9 + 18);

    QSignalSpy ready(m_index.get(), &NameIndex::ready);
    m_index->load();
    QVERIFY(ready.wait());
    QVERIFY(ready.at(0).at(0).toBool());
    QTRY_VERIFY(completer->model()->rowCount() > 1000); // filled on a worker

    bar->setFocus();
    QTest::keyClicks(bar, QStringLiteral("pikachu, CHARI"));
    QCOMPARE(completer->completionPrefix(), QStringLiteral("chari"));
    QVERIFY(completer->popup()->isVisible());
    QStringList offered;
    for (int row = 0; row < completer->completionModel()->rowCount(); ++row)
        offered << completer->completionModel()->index(row, 0).data().toString();
    QVERIFY2(offered.contains(QStringLiteral("Charizard")), qPrintable(offered.join(u',')));

    // Choosing a name in the popup replaces "CHARI", not the whole line.
    const int row = int(offered.indexOf(QStringLiteral("Charizard")));
    completer->popup()->setCurrentIndex(completer->completionModel()->index(row, 0));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(bar->text(), QStringLiteral("pikachu, charizard"));
    QVERIFY(!completer->popup()->isVisible());

    // Enter with the popup open but nothing chosen searches what was typed.
    QSignalSpy search(bar, &SearchBar::searchRequested);
    QTest::keyClicks(bar, QStringLiteral(", eev"));
    QVERIFY(completer->popup()->isVisible());
    QTest::keyClick(bar, Qt::Key_Return);
    QCOMPARE(search.size(), 1);
    QCOMPARE(search.at(0).at(0).toString(), QStringLiteral("pikachu, charizard, eev"));
    QVERIFY(!completer->popup()->isVisible());
}

void tst_MainWindow::completionKey_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("key");
    QTest::addRow("a name") << QStringLiteral("CHARI") << QStringLiteral("chari");
    QTest::addRow("as people write it") << QStringLiteral("Mr. Mi") << QStringLiteral("mr-mi");
    QTest::addRow("an apostrophe") << QStringLiteral("Farfetch'") << QStringLiteral("farfetch");
    QTest::addRow("a group token") << QStringLiteral("Gen:") << QStringLiteral("gen:");
    QTest::addRow("a spaced token") << QStringLiteral("type: Dr") << QStringLiteral("type:dr");
}

void tst_MainWindow::completionKey()
{
    QFETCH(QString, typed);
    QFETCH(QString, key);
    QCOMPARE(SearchBar::completionKey(typed), key);
}

void tst_MainWindow::completionShowsDisplayNamesAndGroups_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("shown"); // offered in the popup
    QTest::addColumn<QString>("inserted");
    QTest::addColumn<int>("loaded"); // cards once the search has run
    QTest::addRow("Mr. Mime") << QStringLiteral("mr. m") << QStringLiteral("Mr. Mime")
                              << QStringLiteral("mr-mime") << 1;
    QTest::addRow("a slug as typed")
        << QStringLiteral("mr-mi") << QStringLiteral("Mr. Mime") << QStringLiteral("mr-mime") << 1;
    // Forms as the cards name them (DisplayNames::forPokemon), inserted as the slug.
    QTest::addRow("a form") << QStringLiteral("pikachu-al") << QStringLiteral("Pikachu (Alola Cap)")
                            << QStringLiteral("pikachu-alola-cap") << 0;
    QTest::addRow("Deoxys (Normal)")
        << QStringLiteral("deoxys") << QStringLiteral("Deoxys (Normal)")
        << QStringLiteral("deoxys-normal") << 1;
    QTest::addRow("a dashed species") << QStringLiteral("porygon") << QStringLiteral("Porygon-Z")
                                      << QStringLiteral("porygon-z") << 0;
    QTest::addRow("a dashed species' form")
        << QStringLiteral("mr. mime-") << QStringLiteral("Galarian Mr. Mime")
        << QStringLiteral("mr-mime-galar") << 0;
    QTest::addRow("Type: Null") << QStringLiteral("type n") << QStringLiteral("Type: Null")
                                << QStringLiteral("type-null") << 1;
    QTest::addRow("a generation") << QStringLiteral("gen:")
                                  << QStringLiteral("gen:1 · Generation I")
                                  << QStringLiteral("gen:1") << -1;
    QTest::addRow("a type") << QStringLiteral("type:dr")
                            << QStringLiteral("type:dragon · Dragon type")
                            << QStringLiteral("type:dragon") << -1;
}

void tst_MainWindow::completionShowsDisplayNamesAndGroups()
{
    QFETCH(QString, typed);
    QFETCH(QString, shown);
    QFETCH(QString, inserted);
    QFETCH(int, loaded);
    SearchBar *bar = m_window->searchBar();
    QCompleter *completer = bar->nameCompleter();
    QSignalSpy ready(m_index.get(), &NameIndex::ready);
    m_index->load();
    QVERIFY(ready.wait());
    // The forms' names come with the listing, named on a worker: in a moment.
    QSignalSpy filled(completer->model(), &QAbstractItemModel::modelReset);
    QVERIFY(filled.wait());

    bar->setFocus();
    QTest::keyClicks(bar, typed);
    QVERIFY(completer->popup()->isVisible());
    int row = -1;
    QStringList offered;
    for (int i = 0; i < completer->completionModel()->rowCount(); ++i)
        offered << completer->completionModel()->index(i, 0).data().toString();
    row = int(offered.indexOf(shown));
    QVERIFY2(row >= 0, qPrintable(offered.join(u',')));
    // No title-cased slugs beside the display names ("Deoxys-Normal", "Pikachu-Alola-Cap").
    for (const QString &name : std::as_const(offered)) {
        QVERIFY2(name.contains(u':') || !name.contains(u'-') || name == u"Porygon-Z"
                     || name == u"Ho-Oh",
                 qPrintable(name));
    }
    if (typed.startsWith(QLatin1String("gen:")))
        QCOMPARE(offered.size(), 9);
    completer->popup()->setCurrentIndex(completer->completionModel()->index(row, 0));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(bar->text(), inserted);

    // What was inserted searches as it should.
    QSignalSpy finished(m_controller.get(), &SearchController::finished);
    QTest::keyClick(bar, Qt::Key_Return);
    if (loaded < 0) { // a group: it resolves to many rows
        QTRY_VERIFY(m_model->rowCount() > 1);
        m_controller->cancel();
        return;
    }
    QVERIFY(finished.wait());
    QCOMPARE(m_model->counts().loaded, loaded);
    QCOMPARE(m_model->counts().error, 0);
}

void tst_MainWindow::workOfflineTogglesTheQueue()
{
    QAction *offline = m_window->workOfflineAction();
    QVERIFY(offline->isCheckable());
    QVERIFY(!offline->isChecked());
    QVERIFY(m_window->menuBar()->actions().first()->menu()->actions().contains(offline));
    auto *badge = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("offlineBadge"));
    QVERIFY(badge);
    QVERIFY(!badge->isVisible());

    offline->trigger();
    QVERIFY(m_client->queue()->isOffline());
    QVERIFY(badge->isVisible());
    // Nothing cached, nothing sent: the card fails at once, the server hears nothing.
    typeSearch(QStringLiteral("pikachu"));
    QTRY_COMPARE(states(), QStringList { QStringLiteral("Error") });
    QCOMPARE(m_fake->requestCount(), 0);

    // Retry while offline does not fail silently: every way of asking says why nothing is sent.
    const QString notice = QStringLiteral("You are offline — turn off Work Offline to retry");
    QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
    m_window->retryFailedAction()->trigger(); // Ctrl+R
    QCOMPARE(m_window->statusBar()->currentMessage(), notice);
    m_window->statusBar()->clearMessage();
    QTRY_COMPARE(states(), QStringList { QStringLiteral("Error") });
    const QRect card = m_window->cardView()->visualRect(cardAt(0));
    QTest::mouseClick(m_window->cardView()->viewport(), Qt::LeftButton, {},
                      CardDelegate::retryButtonRect(card).center()); // the card's Retry
    QCOMPARE(m_window->statusBar()->currentMessage(), notice);
    m_window->statusBar()->clearMessage();
    QTRY_COMPARE(states(), QStringList { QStringLiteral("Error") });
    QCOMPARE(m_fake->requestCount(), 0);

    offline->trigger();
    QVERIFY(!m_client->queue()->isOffline());
    QVERIFY(!badge->isVisible());
    QVERIFY(m_window->statusBar()->currentMessage().isEmpty()); // no longer true
    m_window->retryFailedAction()->trigger();
    QTRY_COMPARE(states(), QStringList { QStringLiteral("Loaded") });
}

void tst_MainWindow::offlineFromTheCommandLineStartsChecked()
{
    m_window.reset();
    m_client->queue()->setOffline(true); // as main() does for --offline
    MainWindow window(m_controller.get(), m_client.get());
    QVERIFY(window.workOfflineAction()->isChecked());
    window.workOfflineAction()->setChecked(false);
    QVERIFY(!m_client->queue()->isOffline());
}

void tst_MainWindow::refreshSearchesAgainFromTheNetwork()
{
    QCOMPARE(m_window->refreshAction()->shortcut(), QKeySequence(Qt::Key_F5));
    typeSearch(QStringLiteral("pikachu, eevee"));
    QTRY_COMPARE(states(), QStringList(2, QStringLiteral("Loaded")));
    QTRY_COMPARE(m_client->queue()->inFlightCount() + m_client->queue()->pendingCount(), 0);
    const int asked = m_fake->requestedPaths().filter(QStringLiteral("/api/v2/pokemon/")).size();

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window->cardView(), Qt::Key_F5);
    QCOMPARE(states(), QStringList(2, QStringLiteral("Loading")));
    QTRY_COMPARE(states(), QStringList(2, QStringLiteral("Loaded")));
    QCOMPARE(m_fake->requestedPaths().filter(QStringLiteral("/api/v2/pokemon/")).size(), asked + 2);
    QCOMPARE(m_window->searchBar()->text(), QStringLiteral("pikachu, eevee"));
}

void tst_MainWindow::groupSearchCountsItsMembersAndEscKeepsLoadedRows()
{
    // Every member answers at once (most are not in the test data) but Mewtwo and Mew.
    m_fake->setDelayFor(QStringLiteral("mewtwo"), 10'000);
    m_fake->setDelayFor(QStringLiteral("mew"), 10'000);
    typeSearch(QStringLiteral("gen:1"));
    QTRY_COMPARE(m_model->rowCount(), 151);
    QTRY_VERIFY2(m_window->searchStatus()->text().endsWith(QStringLiteral(" / 151")),
                 qPrintable(m_window->searchStatus()->text()));
    QVERIFY(m_window->searchStatus()->text().startsWith(QStringLiteral("Searching… ")));
    QVERIFY(m_window->searchStatus()->isBusy());
    const int pikachu = m_model->rowOfSlug(QStringLiteral("pikachu"));
    QVERIFY(pikachu >= 0);
    QTRY_COMPARE(states().at(pikachu), QStringLiteral("Loaded"));
    QTRY_COMPARE(m_window->searchStatus()->text(), QStringLiteral("Searching… 149 / 151"));
    const int mewtwo = m_model->rowOfSlug(QStringLiteral("mewtwo"));
    QCOMPARE(states().at(mewtwo), QStringLiteral("Loading"));

    // Esc in the grid stops the fan-out; what had loaded stays.
    m_window->cardView()->setFocus();
    QTest::keyClick(m_window->cardView(), Qt::Key_Escape);
    QVERIFY(!states().contains(QStringLiteral("Loading")));
    QCOMPARE(states().at(pikachu), QStringLiteral("Loaded"));
    QCOMPARE(states().at(mewtwo), QStringLiteral("NotLoaded"));
    QCOMPARE(m_model->rowCount(), 151);
    QVERIFY(!m_window->searchStatus()->isBusy());
    QTRY_COMPARE(m_client->queue()->inFlightCount() + m_client->queue()->pendingCount(), 0);
}

void tst_MainWindow::suggestedSearch_data()
{
    QTest::addColumn<QStringList>("queries"); // one per row, as the controller puts them
    QTest::addColumn<int>("row"); // NotFound, with `suggestion` unless that is empty
    QTest::addColumn<QString>("suggestion");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("expected");
    const QString none;
    QTest::addRow("the name is replaced in place")
        << QStringList { QStringLiteral("pikachu"), QStringLiteral("charizrd"),
                         QStringLiteral("eevee") }
        << 1 << QStringLiteral("charizard") << none << QStringLiteral("pikachu, charizard, eevee");
    QTest::addRow("a group query is kept once")
        << QStringList { QStringLiteral("gen:1"), QStringLiteral("gen:1"), QStringLiteral("gen:1"),
                         QStringLiteral("Bulbasaurr"), QStringLiteral("Mr. Mime") }
        << 3 << QStringLiteral("bulbasaur") << none << QStringLiteral("gen:1, bulbasaur, Mr. Mime");
    QTest::addRow("a suggestion already searched is asked once")
        << QStringList { QStringLiteral("charizard"), QStringLiteral("charizrd") } << 1
        << QStringLiteral("charizard") << none << QStringLiteral("charizard");
    QTest::addRow("no suggestion")
        << QStringList { QStringLiteral("zzzz") } << 0 << none << none << none;
    QTest::addRow("an invalid name suggests nothing")
        << QStringList { QStringLiteral("pikachu"), QStringLiteral("??") } << 1
        << QStringLiteral("pikachu") << QStringLiteral("is not a valid name") << none;
    QTest::addRow("a loaded card suggests nothing")
        << QStringList { QStringLiteral("pikachu") } << -1 << none << none << none;
}

void tst_MainWindow::suggestedSearch()
{
    QFETCH(QStringList, queries);
    QFETCH(int, row);
    QFETCH(QString, suggestion);
    QFETCH(QString, reason);
    QFETCH(QString, expected);
    PokemonListModel model;
    QList<PokemonListModel::Entry> entries;
    for (const QString &query : queries) {
        PokemonListModel::Entry entry;
        entry.query = query;
        entry.slug = query.toLower();
        entry.state = State::Loaded;
        entries.append(entry);
    }
    model.setEntries(entries);
    if (row >= 0) {
        model.setNotFound(row, suggestion.isEmpty() ? QStringList() : QStringList { suggestion }, 1,
                          reason);
    }
    QCOMPARE(SuggestedSearch::text(model, qMax(0, row)), expected);
}

void tst_MainWindow::theSuggestionOnANotFoundCardSearchesIt()
{
    typeSearch(QStringLiteral("pikachu, charizrd, eevee"));
    QTRY_COMPARE(m_model->index(1).data(PokemonListModel::SuggestionsRole).toStringList().value(0),
                 QStringLiteral("charizard"));
    CardView *view = m_window->cardView();
    const QRect card = view->visualRect(cardAt(1));
    QVERIFY(view->viewport()->rect().contains(card));
    const QPoint link = CardDelegate::suggestionRect(card).center();
    auto *delegate = qobject_cast<CardDelegate *>(view->itemDelegate());
    QVERIFY(delegate->toolTipFor(m_model->index(1), link, card).contains(u"charizard"));

    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, link);
    QCOMPARE(m_window->searchBar()->text(), QStringLiteral("pikachu, charizard, eevee"));
    QTRY_COMPARE(states(), QStringList(3, QStringLiteral("Loaded")));
    QCOMPARE(m_model->index(1).data(PokemonListModel::NameRole).toString(),
             QStringLiteral("charizard"));

    // Enter on the Not Found card does the same.
    typeSearch(QStringLiteral("bulbasaur, pikachuu"));
    QTRY_VERIFY(
        !m_model->index(1).data(PokemonListModel::SuggestionsRole).toStringList().isEmpty());
    const QString suggestion
        = m_model->index(1).data(PokemonListModel::SuggestionsRole).toStringList().first();
    QCOMPARE(suggestion, QStringLiteral("pikachu"));
    view->setFocus();
    view->setCurrentIndex(cardAt(1));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_window->searchBar()->text(), QStringLiteral("bulbasaur, pikachu"));
    QTRY_COMPARE(states(), QStringList(2, QStringLiteral("Loaded")));
}

void tst_MainWindow::failedPicturesAreAskedForAgain_data()
{
    QTest::addColumn<QString>("how");
    QTest::addRow("Retry Failed") << QStringLiteral("ctrl+r");
    QTest::addRow("Refresh") << QStringLiteral("f5");
    QTest::addRow("back online") << QStringLiteral("online");
    QTest::addRow("a new search") << QStringLiteral("search");
}

void tst_MainWindow::failedPicturesAreAskedForAgain()
{
    QFETCH(QString, how);
    auto *sprites = m_window->findChild<SpriteCache *>();
    QVERIFY(sprites);
    QSignalSpy failed(sprites, &SpriteCache::spriteFailed);
    m_fake->setResponseFor(spritePath(25), 404, QByteArrayLiteral("Not Found"),
                           QByteArrayLiteral("text/plain"));
    typeSearch(QStringLiteral("pikachu"));
    QTRY_COMPARE(states(), QStringList { QStringLiteral("Loaded") });
    // The card walks on along its chain of pictures (PokemonMedia::sprite) to the first that
    // loads: the dream-world drawing of the test data. Let it get there.
    const QList<QUrl> chain = CardDelegate::spriteChain(m_model->index(0));
    QTRY_VERIFY(!sprites->firstOf(chain).isNull());
    QVERIFY(failed.size() >= 1);
    // Nothing failed but pictures: Retry Failed is there for them.
    QVERIFY(m_window->retryFailedAction()->isEnabled());
    const int asked = m_fake->requestedPaths().count(spritePath(25));
    const QUrl pikachu = m_model->index(0).data(PokemonListModel::SpriteUrlRole).toUrl();
    QVERIFY(sprites->hasFailed(pikachu));

    serveSprites();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    if (how == QLatin1String("ctrl+r")) {
        QTest::keyClick(m_window->cardView(), Qt::Key_R, Qt::ControlModifier);
    } else if (how == QLatin1String("f5")) {
        QTest::keyClick(m_window->cardView(), Qt::Key_F5);
    } else if (how == QLatin1String("online")) {
        m_window->workOfflineAction()->trigger();
        QVERIFY(sprites->hasFailed(pikachu)); // going offline is no reason to ask again
        m_window->workOfflineAction()->trigger();
    } else {
        typeSearch(QStringLiteral("pikachu, eevee"));
    }
    QTRY_VERIFY(!sprites->sprite(pikachu).isNull());
    QCOMPARE(m_fake->requestedPaths().count(spritePath(25)), asked + 1);
    QTRY_VERIFY(!m_window->retryFailedAction()->isEnabled());
}

namespace {

QStringList titles(const QList<QAction *> &actions)
{
    QStringList list;
    for (const QAction *action : actions) {
        if (!action->isSeparator())
            list << action->text();
    }
    return list;
}

// The dialog of type T the window opened, once it is up.
template<typename T> T *openedDialog(QWidget *window)
{
    T *dialog = nullptr;
    if (!QTest::qWaitFor(
            [&] { return (dialog = window->findChild<T *>()) && dialog->isVisible(); }))
        return nullptr;
    return dialog;
}

} // namespace

void tst_MainWindow::menusOfferEveryCommand()
{
    QCOMPARE(
        titles(m_window->menuBar()->actions()),
        QStringList({ QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&Search"),
                      QStringLiteral("&View"), QStringLiteral("&Team"), QStringLiteral("&Help") }));
    const WindowActions &a = m_window->actions();
    QCOMPARE(titles(a.fileMenu->actions()),
             QStringList({ QStringLiteral("&Export Grid…"), QStringLiteral("Work &Offline"),
                           QStringLiteral("&Quit") }));
    QCOMPARE(titles(a.editMenu->actions()),
             QStringList({ QStringLiteral("&Copy Cards as Text"), QStringLiteral("&Settings…") }));
    QCOMPARE(a.copy->shortcut(), QKeySequence(QKeySequence::Copy));
    QCOMPARE(
        titles(a.helpMenu->actions()),
        QStringList({ QStringLiteral("&Keyboard Shortcuts"), QStringLiteral("&About Pokedex") }));
    QVERIFY(titles(a.viewMenu->actions()).contains(QStringLiteral("&Details Pane")));
    QCOMPARE(titles(a.cardSizes->actions()),
             QStringList({ QStringLiteral("&Small"), QStringLiteral("&Medium"),
                           QStringLiteral("&Large") }));
    QVERIFY(a.cardSizes->isExclusive());
    QCOMPARE(a.cardSizes->checkedAction(), a.cardSizes->actions().at(1)); // Medium at first
}

void tst_MainWindow::theEmptyGridSaysHowToSearch()
{
    const QString hint = m_window->cardView()->accessibleDescription();
    QCOMPARE(hint, CardView::emptyHint());
    for (const char *example : { "pikachu", "25", "gen:1", "type:dragon" })
        QVERIFY2(hint.contains(QLatin1String(example)), example);
    // It is drawn while there are no cards, and not once there are.
    const QImage empty = m_window->cardView()->viewport()->grab().toImage();
    QColor background = m_window->cardView()->viewport()->palette().color(QPalette::Window);
    int drawn = 0;
    for (int y = 0; y < empty.height(); ++y) {
        for (int x = 0; x < empty.width(); ++x)
            drawn += QColor(empty.pixel(x, y)) != background;
    }
    QVERIFY2(drawn > 500, qPrintable(QString::number(drawn)));
}

void tst_MainWindow::detailsPaneActionShowsAndHidesThePane()
{
    QAction *pane = m_window->actions().detailsPane;
    QCOMPARE(pane->shortcut(), QKeySequence(Qt::Key_F9));
    QVERIFY(!pane->isChecked());
    pane->trigger(); // no card: nothing to show
    QVERIFY(!pane->isChecked());
    QVERIFY(!m_window->detailPane()->isVisible());

    typeSearch(QStringLiteral("pikachu, eevee"));
    QTRY_COMPARE(states(), QStringList(2, QStringLiteral("Loaded")));
    m_window->cardView()->setCurrentIndex(cardAt(1));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window->cardView(), Qt::Key_F9);
    QVERIFY(m_window->detailPane()->isVisible());
    QVERIFY(pane->isChecked());
    QCOMPARE(m_window->detailPane()->pokemon().name, QStringLiteral("eevee"));
    QTest::keyClick(m_window->cardView(), Qt::Key_F9);
    QVERIFY(!m_window->detailPane()->isVisible());
    QVERIFY(!pane->isChecked());

    // The check follows the pane however it opens and closes.
    QTest::keyClick(m_window->cardView(), Qt::Key_Return);
    QVERIFY(pane->isChecked());
    QTest::keyClick(m_window->cardView(), Qt::Key_Escape);
    QVERIFY(!pane->isChecked());
}

void tst_MainWindow::cardSizeIsRememberedAcrossRuns_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QSize>("size");
    QTest::addRow("small") << 0 << QSize(144, 160);
    QTest::addRow("medium") << 1 << QSize(180, 200);
    QTest::addRow("large") << 2 << QSize(225, 250);
}

void tst_MainWindow::cardSizeIsRememberedAcrossRuns()
{
    QFETCH(int, action);
    QFETCH(QSize, size);
    typeSearch(QStringLiteral("pikachu, eevee"));
    QTRY_COMPARE(states(), QStringList(2, QStringLiteral("Loaded")));
    QAction *choice = m_window->actions().cardSizes->actions().at(action);
    const QString chosen = choice->text();
    choice->trigger();
    QVERIFY(choice->isChecked());
    CardView *view = m_window->cardView();
    QTRY_COMPARE(view->visualRect(cardAt(0)).size(), size);
    QCOMPARE(view->visualRect(cardAt(1)).size(), size);
    // Hit areas scale with the card.
    const QRect card = view->visualRect(cardAt(0));
    const int sprite
        = qRound(CardDelegate::SpriteSize * size.width() / qreal(CardDelegate::CardWidth));
    QVERIFY(qAbs(CardDelegate::spriteRect(card).width() - sprite) <= 1); // whole pixels around it
    QVERIFY(card.contains(CardDelegate::retryButtonRect(card)));

    m_window->close();
    m_window.reset();
    MainWindow again(m_controller.get(), m_client.get());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(again.actions().cardSizes->checkedAction());
    QCOMPARE(again.actions().cardSizes->checkedAction()->text(), chosen);
    QTRY_COMPARE(again.cardView()->visualRect(again.cardView()->model()->index(0, 0)).size(), size);
}

void tst_MainWindow::shortcutsDialogListsEveryShortcut()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window->cardView(), Qt::Key_F1);
    auto *dialog = openedDialog<ShortcutsDialog>(m_window.get());
    QVERIFY(dialog);
    const QString listed = dialog->rows().join(u'\n');
    int withKeys = 0;
    for (const QMenu *menu : m_window->actions().menus()) {
        QList<QAction *> actions = menu->actions();
        for (int i = 0; i < actions.size(); ++i) {
            if (actions.at(i)->menu())
                actions += actions.at(i)->menu()->actions();
            for (const QKeySequence &key : actions.at(i)->shortcuts()) {
                ++withKeys;
                QVERIFY2(listed.contains(key.toString(QKeySequence::NativeText)),
                         qPrintable(actions.at(i)->text()));
            }
        }
    }
    QVERIFY(withKeys >= 12);
    for (const char *key : { "F5", "Ctrl+R", "Ctrl+L", "F9", "Esc", "Enter", "Ctrl+C" })
        QVERIFY2(listed.contains(QLatin1String(key)), key);
    QVERIFY(dialog->isModal() || dialog->windowModality() != Qt::NonModal);
    dialog->close();
    QTRY_VERIFY(!m_window->findChild<ShortcutsDialog *>()); // deleted once closed
}

void tst_MainWindow::aboutGivesVersionCreditLicenceAndNotice()
{
    m_window->actions().about->trigger();
    auto *dialog = openedDialog<AboutDialog>(m_window.get());
    QVERIFY(dialog);
    const QString text = dialog->text();
    for (const QString &needed :
         { QStringLiteral(POKEDEX_VERSION), QStringLiteral("PokeAPI"),
           QStringLiteral("BSD-3-Clause"), QStringLiteral("fan project"),
           QStringLiteral("Nintendo"), QStringLiteral("Game Freak"),
           QStringLiteral("The Pokémon Company"), QStringLiteral("not affiliated") })
        QVERIFY2(text.contains(needed), qPrintable(needed));
    dialog->close();
}

void tst_MainWindow::settingsSetConcurrencyCacheAndOffline()
{
    QTemporaryDir cacheDir;
    QVERIFY(cacheDir.isValid());
    CacheStore cache(cacheDir.path());
    m_client->queue()->setCacheStore(&cache);
    const auto forget = qScopeGuard([this] { m_client->queue()->setCacheStore(nullptr); });
    typeSearch(QStringLiteral("pikachu"));
    QTRY_COMPARE(states(), QStringList { QStringLiteral("Loaded") });
    QTRY_VERIFY(m_client->cacheSize() > 0);

    QCOMPARE(m_window->actions().settings->menuRole(), QAction::PreferencesRole);
    m_window->actions().settings->trigger();
    auto *dialog = openedDialog<SettingsDialog>(m_window.get());
    QVERIFY(dialog);
    QSpinBox *concurrency = dialog->concurrencyBox();
    QCOMPARE(concurrency->value(), 0);
    QCOMPARE(concurrency->text(), QStringLiteral("Automatic"));
    QCOMPARE(concurrency->minimum(), 0);
    QCOMPARE(concurrency->maximum(), 64);
    concurrency->setValue(12);
    QCOMPARE(m_client->maxInFlight(), 12);
    QCOMPARE(QSettings().value(QStringLiteral("network/concurrency")).toInt(), 12);
    concurrency->setValue(0);
    QCOMPARE(m_client->maxInFlight(), 0);

    QVERIFY(dialog->cacheSizeLabel()->text() != QLocale().formattedDataSize(0));
    QVERIFY(dialog->clearCacheButton()->isEnabled());
    QTest::mouseClick(dialog->clearCacheButton(), Qt::LeftButton);
    QCOMPARE(m_client->cacheSize(), 0);
    QCOMPARE(dialog->cacheSizeLabel()->text(), QLocale().formattedDataSize(0));
    QVERIFY(!dialog->clearCacheButton()->isEnabled());

    QVERIFY(!dialog->workOfflineBox()->isChecked());
    dialog->workOfflineBox()->click();
    QVERIFY(m_client->isOffline());
    QVERIFY(m_window->workOfflineAction()->isChecked());
    m_window->workOfflineAction()->trigger();
    QVERIFY(!dialog->workOfflineBox()->isChecked());
    QVERIFY(!m_client->isOffline());
    dialog->close();
}

void tst_MainWindow::settingsLanguageRenamesCardsAndCompletion()
{
    const auto english = qScopeGuard([] { DisplayLanguage::apply(QStringLiteral("en")); });
    // A German name finds its species, whatever the display language.
    m_window->searchBar()->setText(QStringLiteral("Glurak, ピカチュウ")); // keyClicks is ASCII only
    QTest::keyClick(m_window->searchBar(), Qt::Key_Return);
    QTRY_COMPARE(states(), QStringList({ QStringLiteral("Loaded"), QStringLiteral("Loaded") }));
    const auto shown = [this](int row) {
        return m_model->index(row).data(PokemonListModel::DisplayNameRole).toString();
    };
    QCOMPARE(shown(0), QStringLiteral("Charizard"));
    QCOMPARE(shown(1), QStringLiteral("Pikachu"));

    m_window->actions().settings->trigger();
    auto *dialog = openedDialog<SettingsDialog>(m_window.get());
    QVERIFY(dialog);
    QComboBox *language = dialog->languageBox();
    QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
    QSignalSpy renamed(m_model.get(), &QAbstractItemModel::dataChanged);
    language->setCurrentIndex(language->findText(QStringLiteral("Deutsch")));
    // The cards repaint with their new names (on QEvent::LanguageChange, which Qt posts).
    QTRY_VERIFY(!renamed.isEmpty());
    QCOMPARE(shown(0), QStringLiteral("Glurak"));
    QCOMPARE(QSettings().value(QStringLiteral("display/language")).toString(),
             QStringLiteral("de"));
    QCOMPARE(DisplayLanguage::saved(), QStringLiteral("de"));
    language->setCurrentIndex(language->findData(QStringLiteral("ja-hrkt")));
    QCOMPARE(shown(0), QStringLiteral("リザードン"));
    QCOMPARE(shown(1), QStringLiteral("ピカチュウ"));
    dialog->close();

    // The completer offers names in every language, shown beside the display name.
    SearchBar *bar = m_window->searchBar();
    QAbstractItemModel *names = bar->nameCompleter()->model();
    const auto shownNames = [names] {
        QStringList shown;
        for (int row = 0; row < names->rowCount(); ++row)
            shown << names->index(row, 0).data().toString();
        return shown;
    };
    // Named on a worker: a moment after the change.
    QTRY_VERIFY2(shownNames().contains(QStringLiteral("Glurak · リザードン")),
                 qPrintable(shownNames().filter(QStringLiteral("Glurak")).join(u',')));
}

void tst_MainWindow::germanTranslationIsShipped()
{
    const auto english = qScopeGuard([] { DisplayLanguage::apply(QStringLiteral("en")); });
    DisplayLanguage::apply(QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("WindowActions", "&File"), QStringLiteral("&Datei"));
    QCOMPARE(QCoreApplication::translate("SettingsDialog", "Settings"),
             QStringLiteral("Einstellungen"));
    // A window made now speaks German.
    SettingsDialog dialog(m_client.get(), m_window->workOfflineAction());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Einstellungen"));
    DisplayLanguage::apply(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("WindowActions", "&File"), QStringLiteral("&File"));
}

// A bug once: the pane changed language only with the next Pokémon opened, the window's
// words only with the next start.
void tst_MainWindow::switchingLanguageRetranslatesTheOpenWindow()
{
    const auto english = qScopeGuard([] { DisplayLanguage::apply(QStringLiteral("en")); });
    typeSearch(QStringLiteral("charizard"));
    QTRY_COMPARE(states(), QStringList { QStringLiteral("Loaded") });
    m_window->cardView()->setCurrentIndex(cardAt(0));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window->cardView(), Qt::Key_Return);
    DetailPane *pane = m_window->detailPane();
    QVERIFY(pane->isVisible());
    QTRY_VERIFY(!pane->genus().isEmpty()); // the species came
    const QString englishGenus = pane->genus();
    QCOMPARE(pane->displayName(), QStringLiteral("Charizard"));
    QMenu *file = m_window->actions().fileMenu;
    QCOMPARE(file->title(), QStringLiteral("&File"));
    const auto captions = [pane] {
        QStringList texts;
        for (const QLabel *label : pane->findChildren<QLabel *>())
            texts << label->text();
        return texts;
    };
    QVERIFY(captions().contains(QStringLiteral("HEIGHT")));

    m_window->actions().settings->trigger();
    auto *dialog = openedDialog<SettingsDialog>(m_window.get());
    QVERIFY(dialog);
    QAbstractButton *close
        = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
    const auto plain = [](QString text) { return text.remove(u'&'); };
    QCOMPARE(plain(close->text()), QStringLiteral("Close"));
    const QStringList before = m_fake->requestedPaths();

    QComboBox *language = dialog->languageBox();
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    // The menus, the open dialog and Qt's own words in it, the cards and the pane.
    QTRY_COMPARE(file->title(), QStringLiteral("&Datei"));
    QCOMPARE(m_window->actions().settings->text(), QStringLiteral("&Einstellungen …"));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Einstellungen"));
    QCOMPARE(plain(close->text()), QStringLiteral("Schließen"));
    QCOMPARE(m_model->index(0).data(PokemonListModel::DisplayNameRole).toString(),
             QStringLiteral("Glurak"));
    QCOMPARE(pane->displayName(), QStringLiteral("Glurak"));
    QVERIFY(pane->genus() != englishGenus);
    QVERIFY(!pane->genus().contains(QStringLiteral("English")));
    QCOMPARE(pane->types(), QStringList({ QStringLiteral("fire"), QStringLiteral("flying") }));
    // German capitals: "Größe" -> "GRÖSSE", not "GRÖßE".
    QVERIFY2(captions().contains(QStringLiteral("GRÖSSE")), qPrintable(captions().join(u'|')));
    QVERIFY(captions().contains(QStringLiteral("FÄHIGKEITEN")));
    // Shown again from what the pane had: nothing asked anew.
    const QStringList after = m_fake->requestedPaths().mid(before.size());
    QVERIFY2(after.filter(QStringLiteral("/api/v2/pokemon")).isEmpty(),
             qPrintable(after.join(u',')));

    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    QTRY_COMPARE(file->title(), QStringLiteral("&File"));
    QCOMPARE(pane->displayName(), QStringLiteral("Charizard"));
    QCOMPARE(pane->genus(), englishGenus);
    QCOMPARE(plain(close->text()), QStringLiteral("Close"));
    dialog->close();
}

void tst_MainWindow::savedConcurrencyYieldsToTheCommandLine()
{
    QSettings().setValue(QStringLiteral("network/concurrency"), 9);
    m_window.reset();
    {
        MainWindow window(m_controller.get(), m_client.get());
        QCOMPARE(m_client->maxInFlight(), 9);
    }
    m_client->setMaxInFlight(3); // as --concurrency 3 does
    MainWindow window(m_controller.get(), m_client.get());
    QCOMPARE(m_client->maxInFlight(), 3);
}

void tst_MainWindow::cardMenuOpensCopiesAndRetries()
{
    m_fake->setDelayFor(QStringLiteral("eevee"), 10'000);
    typeSearch(QStringLiteral("Mr. Mime, eevee"));
    QTRY_COMPARE(states().at(0), QStringLiteral("Loaded"));
    QTest::keyClick(m_window->searchBar(), Qt::Key_Escape); // eevee is left not loaded
    QCOMPARE(states().at(1), QStringLiteral("NotLoaded"));
    m_fake->setDelayFor(QStringLiteral("eevee"), 0);

    CardView *view = m_window->cardView();
    CardContextMenu *menu = openCardMenu(0);
    QVERIFY(menu);
    QCOMPARE(
        titles(menu->actions()),
        QStringList({ QStringLiteral("&Open"), QStringLiteral("Copy &Name"),
                      QStringLiteral("&Copy as Text"), QStringLiteral("Search Its &Evolution Line"),
                      QStringLiteral("Add to &Team") }));
    QVERIFY(menu->evolutionLineAction()->isEnabled());
    menu->copyNameAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Mr. Mime"));
    menu->close();

    menu = openCardMenu(0);
    QVERIFY(menu);
    menu->copyTextAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("Mr. Mime #122 · Psychic, Fairy\n"));
    menu->close();

    menu = openCardMenu(0);
    QVERIFY(menu);
    menu->openAction()->trigger();
    QVERIFY(m_window->detailPane()->isVisible());
    QCOMPARE(m_window->detailPane()->pokemon().name, QStringLiteral("mr-mime"));
    menu->close();

    // A card a cancel left unloaded cannot be opened, but loaded.
    menu = openCardMenu(1);
    QVERIFY(menu);
    QVERIFY(!menu->openAction()->isEnabled());
    QVERIFY(!menu->evolutionLineAction()->isEnabled()); // its species is not known yet
    QVERIFY(menu->retryAction());
    QCOMPARE(menu->retryAction()->text(), QStringLiteral("&Load"));
    menu->copyTextAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("eevee: not loaded\n"));
    menu->close();
    menu = openCardMenu(1);
    QVERIFY(menu);
    menu->retryAction()->trigger();
    menu->close();
    QTRY_COMPARE(states(), QStringList(2, QStringLiteral("Loaded")));

    // The Menu key opens the current card's menu.
    view->setFocus();
    view->setCurrentIndex(cardAt(1));
    const QPoint centre = view->visualRect(cardAt(1)).center();
    QContextMenuEvent key(QContextMenuEvent::Keyboard, QPoint(),
                          view->viewport()->mapToGlobal(QPoint()));
    QApplication::sendEvent(view->viewport(), &key);
    QTRY_VERIFY(qobject_cast<CardContextMenu *>(QApplication::activePopupWidget()));
    auto *keyMenu = qobject_cast<CardContextMenu *>(QApplication::activePopupWidget());
    QVERIFY(keyMenu->geometry().contains(view->viewport()->mapToGlobal(centre))
            || keyMenu->geometry().topLeft() == view->viewport()->mapToGlobal(centre));
    keyMenu->copyNameAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Eevee"));
    keyMenu->close();
}

void tst_MainWindow::ctrlCCopiesTheSelectedCards()
{
    QAction *copy = m_window->actions().copy;
    QVERIFY(!copy->isEnabled());
    typeSearch(QStringLiteral("pikachu, charizrd, eevee"));
    QTRY_COMPARE(states(),
                 QStringList({ QStringLiteral("Loaded"), QStringLiteral("NotFound"),
                               QStringLiteral("Loaded") }));
    QTRY_VERIFY(
        !m_model->index(1).data(PokemonListModel::SuggestionsRole).toStringList().isEmpty());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    CardView *view = m_window->cardView();
    const auto centre = [&](int row) { return view->visualRect(cardAt(row)).center(); };
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre(2));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, centre(1));
    QVERIFY(copy->isEnabled());
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("charizrd: not found (did you mean charizard?)\n"
                            "Eevee #133 · Normal\n"));

    // In the search box, Ctrl+C copies its text as ever.
    SearchBar *bar = m_window->searchBar();
    bar->setFocus();
    bar->selectAll();
    QTest::keyClick(bar, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("pikachu, charizrd, eevee"));
}

void tst_MainWindow::tabToTheGridMarksTheFirstCard()
{
    typeSearch(QStringLiteral("pikachu, charizard, eevee"));
    QTRY_COMPARE(states(), QStringList(3, QStringLiteral("Loaded")));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    CardView *view = m_window->cardView();
    QVERIFY(!view->currentIndex().isValid());
    m_window->searchBar()->setFocus();
    QTest::keyClick(m_window->searchBar(), Qt::Key_Tab);
    QVERIFY(view->hasFocus());
    // Card 0 is current and marked at once; the first Right goes to card 1.
    QCOMPARE(view->currentIndex().row(), 0);
    QVERIFY(view->selectionModel()->isSelected(cardAt(0)));
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(view->currentIndex().row(), 1);
    QVERIFY(!m_window->detailPane()->isVisible());

    // Back and forth with Tab, the current card stays where it was.
    QTest::keyClick(view, Qt::Key_Backtab);
    QVERIFY(!view->hasFocus());
    m_window->searchBar()->setFocus();
    QTest::keyClick(m_window->searchBar(), Qt::Key_Tab);
    QCOMPARE(view->currentIndex().row(), 1);

    // A click is not a Tab: the card under the pointer, and no other, becomes current.
    m_window->searchBar()->setFocus();
    QSignalSpy current(view->selectionModel(), &QItemSelectionModel::currentChanged);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cardAt(2)).center());
    QCOMPARE(current.size(), 1);
    QCOMPARE(view->currentIndex().row(), 2);
}

void tst_MainWindow::theGridIsCentred_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("size"); // index of the Card Size action
    for (const int width : { 700, 1000, 1280, 1700 }) {
        QTest::addRow("%d px, medium", width) << width << 1;
        QTest::addRow("%d px, small", width) << width << 0;
    }
    QTest::addRow("1280 px, large") << 1280 << 2;
}

void tst_MainWindow::theGridIsCentred()
{
    QFETCH(int, width);
    QFETCH(int, size);
    m_window->actions().cardSizes->actions().at(size)->trigger();
    m_window->resize(width, 700);
    QTRY_COMPARE(m_window->width(), width);
    QStringList names;
    for (int i = 0; i < 24; ++i)
        names << QStringLiteral("zz%1").arg(i); // 24 Not Found cards, at once
    typeSearch(names.join(QStringLiteral(", ")));
    QTRY_COMPARE(m_model->counts().notFound, 24);
    CardView *view = m_window->cardView();
    const int y = view->visualRect(cardAt(0)).top();
    int lastInRow = 0;
    while (lastInRow + 1 < 24 && view->visualRect(cardAt(lastInRow + 1)).top() == y)
        ++lastInRow;
    QVERIFY2(lastInRow + 1 < 24, "the first row holds every card");
    // The gaps left of the first card and right of the last one in a row are alike (the
    // scroll bar's room aside), and no further card would have fitted.
    const QPoint origin = view->viewport()->mapTo(view, QPoint());
    const int scrollBar = view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view);
    const int left = origin.x() + view->visualRect(cardAt(0)).left();
    const int right = view->width() - scrollBar
        - (origin.x() + view->visualRect(cardAt(lastInRow)).right() + 1);
    QVERIFY2(qAbs(left - right) <= 2, qPrintable(QStringLiteral("%1 vs %2").arg(left).arg(right)));
    const int pitch = CardDelegate::sizeFor(view->cardSize()).width() + view->spacing();
    QVERIFY2(left + right < pitch + 2 * view->spacing() + 2,
             qPrintable(QStringLiteral("%1 + %2").arg(left).arg(right)));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
