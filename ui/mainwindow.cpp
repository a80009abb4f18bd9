#include "mainwindow.h"

#include "aboutdialog.h"
#include "api/evolutionlinelookup.h"
#include "api/pokeapiclient.h"
#include "api/pokemondetailsloader.h"
#include "artworkbanner.h"
#include "cardcontextmenu.h"
#include "cardtext.h"
#include "cardview.h"
#include "detailhistory.h"
#include "detailhost.h"
#include "detailpane.h"
#include "detailpresenter.h"
#include "filterbar.h"
#include "mediasettings.h"
#include "search/displaynames.h"
#include "search/nameindex.h"
#include "search/pokemonfiltermodel.h"
#include "search/queryparser.h"
#include "search/searchcontroller.h"
#include "search/searchsummary.h"
#include "searchbar.h"
#include "searchstatus.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "spritecache.h"
#include "suggestedsearch.h"
#include "team/showdownformat.h"
#include "teamfeatures.h"
#include "windowactions.h"

#include <QAction>
#include <QActionGroup>
#include <QClipboard>
#include <QCloseEvent>
#include <QEvent>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMetaEnum>
#include <QMouseEvent>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const auto GeometryKey = QStringLiteral("mainWindow/geometry");
const auto StateKey = QStringLiteral("mainWindow/state");
const auto SplitterKey = QStringLiteral("mainWindow/splitter");
const auto CardSizeKey = QStringLiteral("view/cardSize");
} // namespace

MainWindow::MainWindow(SearchController *controller, PokeApiClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_client(client)
    , m_sprites(new SpriteCache(client, this))
    , m_searchBar(new SearchBar(this))
    , m_filter(new PokemonFilterModel(this))
    , m_filterBar(new FilterBar(m_filter, this))
    , m_cardView(new CardView(m_sprites, this))
    , m_detailPane(new DetailPane(m_sprites, this))
    , m_details(new DetailPresenter(client, controller->model(), m_detailPane, this))
    , m_host(new DetailHost(m_cardView, m_detailPane, this))
    , m_status(new SearchStatus(this))
    , m_evolutionLine(new EvolutionLineLookup(client, this))
    , m_offlineBadge(new QLabel(this))
    , m_actions(std::make_unique<WindowActions>(this))
    , m_team(new TeamFeatures(this, m_cardView, m_filter, m_searchBar, m_actions->fileMenu,
                              m_actions->helpMenu))
{
    retranslate();
    m_filter->setSourceModel(controller->model());
    m_filter->setNameIndex(controller->nameIndex());
    m_cardView->setModel(m_filter);
    m_searchBar->setNameIndex(controller->nameIndex());
    // Names in every language from each species answer, for the next search.
    connect(m_details->loader(), &PokemonDetailsLoader::speciesLoaded, controller->nameIndex(),
            [index = controller->nameIndex()](const SpeciesDetails &species) {
                index->addNames(species.name, species.names);
            });

    m_detailPane->setMinimumWidth(340);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(12, 12, 0, 0);
    layout->setSpacing(8);
    auto *searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(0, 0, 12, 0);
    searchRow->addWidget(m_searchBar);
    layout->addLayout(searchRow);
    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 12, 0);
    filterRow->addWidget(m_filterBar);
    layout->addLayout(filterRow);
    layout->addWidget(m_host, 1);
    setCentralWidget(central);
    // Tab from the search goes to the cards; the filter bar comes after them.
    QWidget::setTabOrder(m_searchBar, m_cardView);
    statusBar()->addWidget(m_status, 1);
    statusBar()->setSizeGripEnabled(false);
    m_offlineBadge->setObjectName(QStringLiteral("offlineBadge"));
    m_offlineBadge->setForegroundRole(QPalette::PlaceholderText);
    statusBar()->addPermanentWidget(m_offlineBadge);
    auto *retryButton = new QToolButton(this);
    retryButton->setAutoRaise(true);
    statusBar()->addPermanentWidget(retryButton);

    SettingsDialog::applySaved(client);
    connectActions(client);
    retryButton->setDefaultAction(m_actions->retryFailed);
    retryButton->setVisible(false);
    connect(m_actions->retryFailed, &QAction::enabledChanged, retryButton, &QWidget::setVisible);

    connect(m_searchBar, &SearchBar::searchRequested, this, &MainWindow::search);
    connect(m_team, &TeamFeatures::searchRequested, this, &MainWindow::search);
    connect(m_team, &TeamFeatures::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10'000); });
    connect(m_searchBar, &SearchBar::cancelRequested, this, &MainWindow::escape);
    // Clearing the search (its clear button, or deleting what was typed) goes back to the dex.
    connect(m_searchBar, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && m_controller->nationalDex() && !m_controller->isShowingDex())
            search(text);
    });
    // What is on screen is fetched first.
    connect(m_cardView, &CardView::visibleRowsChanged, controller,
            &SearchController::setVisibleRows);
    connect(m_cardView, &CardView::retryRequested, controller,
            [this](const QModelIndex &index) { m_controller->retry(sourceRow(index)); });
    connect(m_cardView, &CardView::retryRequested, this, &MainWindow::noteRetry);
    connect(m_detailPane, &DetailPane::retryRequested, this, &MainWindow::noteRetry);
    connect(m_filterBar, &FilterBar::fetchRequested, controller, &SearchController::fetchRows);
    // A search's cards keep the order typed and show every form asked for.
    connect(controller, &SearchController::started, m_filter,
            [this] { m_filter->setSearchResults(!m_controller->isShowingDex()); });
    // A did-you-mean searches again with the suggestion in place of the name that missed.
    connect(m_cardView, &CardView::suggestionRequested, this, [this](const QModelIndex &index) {
        const QString text = SuggestedSearch::text(*m_controller->model(), sourceRow(index));
        if (!text.isEmpty())
            search(text);
    });
    connect(controller, &SearchController::started, m_status, &SearchStatus::searchStarted);
    connect(controller, &SearchController::waitingForNames, m_status,
            &SearchStatus::waitingForNames);
    connect(controller, &SearchController::progressChanged, m_status,
            &SearchStatus::progressChanged);
    connect(controller, &SearchController::finished, m_status, [this] {
        const auto counts = m_controller->model()->counts();
        m_status->searchFinished(m_controller->isShowingDex()
                                     ? SearchSummary::dexText(counts, m_controller->dexFormCount())
                                     : SearchSummary::text(counts, m_controller->elapsedMs()));
    });
    connect(controller, &SearchController::started, this, &MainWindow::updateRetryFailed);
    connect(controller->model(), &PokemonListModel::rowFinished, this,
            &MainWindow::updateRetryFailed);
    connect(client, &PokeApiClient::countsChanged, m_status, &SearchStatus::setQueueCounts);
    connect(client, &PokeApiClient::rateLimited, m_status, &SearchStatus::rateLimited);
    connect(client, &PokeApiClient::protocolKnown, m_status, &SearchStatus::setProtocol);
    // A new search, or Refresh, gives pictures that failed before another chance.
    connect(controller, &SearchController::started, m_sprites, &SpriteCache::retryFailed);
    connect(m_sprites, &SpriteCache::spriteFailed, this, &MainWindow::updateRetryFailed);
    connect(m_sprites, &SpriteCache::failuresCleared, this, &MainWindow::updateRetryFailed);

    // A click or Enter opens the pane on a card; while it is open, it follows the current
    // card (arrow keys, Page Down), but moving through the grid never reopens it.
    connect(m_cardView, &QAbstractItemView::clicked, this, &MainWindow::openCard);
    connect(m_cardView, &QAbstractItemView::activated, this, &MainWindow::openCard);
    connect(m_cardView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (m_host->isPaneOpen())
                    m_details->showCard(current);
            });
    connect(m_cardView, &CardView::escapePressed, this, &MainWindow::escape);
    connect(m_cardView, &CardView::contextMenuRequested, this, &MainWindow::showCardMenu);
    // Copy is about the selected cards: with none, there is nothing to copy.
    m_actions->copy->setEnabled(false);
    connect(m_cardView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_actions->copy->setEnabled(m_cardView->selectionModel()->hasSelection()); });
    connect(m_detailPane, &DetailPane::closeRequested, this, &MainWindow::closeDetails);
    connect(m_detailPane, &DetailPane::searchRequested, this, &MainWindow::search);
    connect(m_details, &DetailPresenter::cardRequested, this, &MainWindow::selectCard);
    connect(m_evolutionLine, &EvolutionLineLookup::found, this,
            [this](const Pokemon &, const QStringList &species) {
                statusBar()->clearMessage();
                search(species.join(QStringLiteral(", ")));
            });
    connect(m_evolutionLine, &EvolutionLineLookup::failed, this,
            [this](const Pokemon &pokemon, const QString &error) {
                statusBar()->showMessage(
                    tr("Could not look up the evolution line of %1: %2")
                        .arg(DisplayNames::forPokemon(pokemon.name, pokemon.speciesName), error),
                    10'000);
            });

    resize(1000, 700);
    QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    m_host->restoreState(settings.value(SplitterKey).toByteArray());
    m_searchBar->setFocus();
}

void MainWindow::connectActions(PokeApiClient *client)
{
    const WindowActions &a = *m_actions;
    connect(a.workOffline, &QAction::toggled, client, &PokeApiClient::setOffline);
    a.workOffline->setChecked(client->isOffline());
    m_offlineBadge->setVisible(client->isOffline());
    connect(client, &PokeApiClient::offlineChanged, a.workOffline, &QAction::setChecked);
    connect(client, &PokeApiClient::offlineChanged, m_offlineBadge, &QWidget::setVisible);
    // Pictures that failed while offline (nothing was sent) are worth asking for again.
    connect(client, &PokeApiClient::offlineChanged, m_sprites, [this](bool offline) {
        if (!offline) {
            m_sprites->retryFailed();
            statusBar()->clearMessage(); // "You are offline" is over
        }
    });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);

    connect(a.copy, &QAction::triggered, this, [this] {
        const QModelIndexList cards = m_cardView->selectionModel()->selectedIndexes();
        if (!cards.isEmpty())
            QGuiApplication::clipboard()->setText(CardText::lines(cards));
    });
    connect(a.settings, &QAction::triggered, this, [this, client] {
        auto *dialog = new SettingsDialog(client, m_actions->workOffline, this);
        showDialog(dialog);
    });

    connect(a.find, &QAction::triggered, m_searchBar, [this] {
        m_searchBar->setFocus(Qt::ShortcutFocusReason);
        m_searchBar->selectAll();
    });
    connect(a.cancel, &QAction::triggered, m_controller, &SearchController::cancel);
    connect(a.refresh, &QAction::triggered, m_controller, &SearchController::refresh);
    connect(a.retryFailed, &QAction::triggered, m_controller, &SearchController::retryFailed);
    connect(a.retryFailed, &QAction::triggered, m_sprites, &SpriteCache::retryFailed);
    connect(a.retryFailed, &QAction::triggered, this, &MainWindow::noteRetry);

    connect(a.detailsPane, &QAction::triggered, this, [this](bool show) {
        if (show)
            openCard(m_cardView->currentIndex());
        else
            closeDetails();
        m_actions->detailsPane->setChecked(m_host->isPaneOpen()); // nothing to show: stays off
    });
    connect(m_host, &DetailHost::paneOpenChanged, a.detailsPane, &QAction::setChecked);
    m_filterBar->useActions(a);
    connect(a.filterBar, &QAction::toggled, m_filterBar, &QWidget::setVisible);
    connect(a.animatedSprites, &QAction::toggled, this, [this](bool animated) {
        m_cardView->setAnimated(animated);
        m_detailPane->banner()->setAnimated(animated);
        MediaSettings::setAnimatedSprites(animated);
    });
    a.animatedSprites->setChecked(MediaSettings::animatedSprites());
    connect(a.back, &QAction::triggered, m_details, &DetailPresenter::back);
    connect(a.forward, &QAction::triggered, m_details, &DetailPresenter::forward);
    connect(m_detailPane, &DetailPane::backRequested, a.back, &QAction::trigger);
    connect(m_details->history(), &DetailHistory::changed, this, &MainWindow::updateHistoryActions);
    connect(m_host, &DetailHost::paneOpenChanged, this, &MainWindow::updateHistoryActions);
    const QString savedSize = QSettings().value(CardSizeKey).toString();
    for (QAction *size : a.cardSizes->actions()) {
        const auto value = size->data().value<CardDelegate::CardSize>();
        if (QLatin1String(QMetaEnum::fromType<CardDelegate::CardSize>().valueToKey(int(value)))
            == savedSize)
            m_cardView->setCardSize(value);
        size->setChecked(value == m_cardView->cardSize());
    }
    connect(a.cardSizes, &QActionGroup::triggered, this, [this](QAction *size) {
        const auto value = size->data().value<CardDelegate::CardSize>();
        m_cardView->setCardSize(value);
        QSettings().setValue(
            CardSizeKey,
            QString::fromLatin1(
                QMetaEnum::fromType<CardDelegate::CardSize>().valueToKey(int(value))));
    });

    connect(a.shortcuts, &QAction::triggered, this, [this] {
        showDialog(new ShortcutsDialog(m_actions->menus() << m_team->menu(), this));
    });
    connect(a.about, &QAction::triggered, this, [this] { showDialog(new AboutDialog(this)); });
}

void MainWindow::showDialog(QDialog *dialog)
{
    // Window-modal, without a nested event loop; gone once closed.
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showCardMenu(const QModelIndex &card, const QPoint &globalPos)
{
    auto *menu = new CardContextMenu(card, this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    connect(menu, &CardContextMenu::openRequested, this, &MainWindow::openCard);
    connect(menu, &CardContextMenu::retryRequested, m_controller,
            [this](const QModelIndex &index) { m_controller->retry(sourceRow(index)); });
    connect(menu, &CardContextMenu::retryRequested, this, &MainWindow::noteRetry);
    connect(menu, &CardContextMenu::evolutionLineRequested, this, &MainWindow::searchEvolutionLine);
    m_team->extendCardMenu(menu, card);
    menu->popup(globalPos);
}

QSplitter *MainWindow::splitter() const
{
    return m_host->splitter();
}

QAction *MainWindow::retryFailedAction() const
{
    return m_actions->retryFailed;
}

QAction *MainWindow::refreshAction() const
{
    return m_actions->refresh;
}

QAction *MainWindow::workOfflineAction() const
{
    return m_actions->workOffline;
}

MainWindow::~MainWindow() = default;

void MainWindow::updateRetryFailed()
{
    const auto counts = m_controller->model()->counts();
    m_actions->retryFailed->setEnabled(counts.error > 0 || counts.notLoaded > 0
                                       || m_sprites->failedCount() > 0);
}

void MainWindow::noteRetry()
{
    if (const QString notice = m_client->offlineRetryNotice(); !notice.isEmpty())
        statusBar()->showMessage(notice, 10'000);
}

void MainWindow::updateHistoryActions()
{
    // The history is the pane's: with the pane closed there is nothing to go back in.
    const bool open = m_host->isPaneOpen();
    m_actions->back->setEnabled(open && m_details->history()->canGoBack());
    m_actions->forward->setEnabled(open && m_details->history()->canGoForward());
}

void MainWindow::openCard(const QModelIndex &index)
{
    if (m_details->showCard(index))
        m_host->openPane();
}

void MainWindow::searchEvolutionLine(const QModelIndex &card)
{
    const auto pokemon = card.data(PokemonListModel::PokemonRole).value<Pokemon>();
    if (!pokemon.isValid())
        return;
    statusBar()->showMessage(tr("Looking up the evolution line of %1…").arg(CardText::name(card)));
    m_evolutionLine->lookUp(pokemon); // found() searches it
}

void MainWindow::selectCard(int row)
{
    if (row < 0) {
        m_cardView->clearSelection();
        return;
    }
    const QModelIndex index = m_filter->mapFromSource(m_controller->model()->index(row));
    m_cardView->setCurrentIndex(index);
    m_cardView->scrollTo(index);
}

void MainWindow::closeDetails()
{
    if (!m_host->isPaneOpen())
        return;
    const bool hadFocus = m_detailPane->isAncestorOf(focusWidget());
    m_host->closePane();
    m_details->cancel();
    if (hadFocus)
        m_cardView->setFocus();
}

void MainWindow::escape()
{
    // A running search stops first; the next Esc closes the pane.
    if (m_controller->isRunning())
        m_controller->cancel();
    else
        closeDetails();
}

void MainWindow::search(const QString &text)
{
    // A Showdown team: the Pokémon it names.
    if (const QStringList team = ShowdownFormat::pokemonIn(text); !team.isEmpty())
        return search(team.join(QStringLiteral(", ")));
    // The pane, and what it showed, belong to the search it was opened from.
    closeDetails();
    m_evolutionLine->cancel(); // its answer would replace this search
    m_details->history()->clear();
    if (m_searchBar->text() != text)
        m_searchBar->setText(text);
    if (auto members = QueryParser::memberSearchOf(text)) {
        // A move's or ability's members, narrowed by the types and generations beside it.
        members->filter.forms = m_filter->filter().forms;
        m_filter->setFilter(members->filter);
        m_controller->searchMembers(*members);
        return;
    }
    if (const auto filter = QueryParser::filterOf(text); filter && m_controller->nationalDex()) {
        if (!m_controller->isShowingDex())
            m_controller->showDex();
        m_filter->setFilter(*filter);
        return;
    }
    // Names: what they find, unfiltered (but with forms as they were).
    DexFilter cleared;
    cleared.forms = m_filter->filter().forms;
    m_filter->setFilter(cleared);
    m_controller->search(text);
}

int MainWindow::sourceRow(const QModelIndex &card) const
{
    return m_filter->mapToSource(card).row();
}

void MainWindow::mousePressEvent(QMouseEvent *event)
{
    // What no widget under the pointer took: the mouse's back and forward buttons.
    QAction *action = event->button() == Qt::BackButton ? m_actions->back
        : event->button() == Qt::ForwardButton          ? m_actions->forward
                                                        : nullptr;
    if (!action)
        return QMainWindow::mousePressEvent(event);
    action->trigger();
    event->accept();
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Pokedex"));
    m_offlineBadge->setText(tr("Offline"));
    m_offlineBadge->setToolTip(tr("Answers come from the cache only; nothing is sent"));
    if (m_actions)
        m_actions->retranslate();
    // The cards' names and the completer's are the display language's too.
    m_controller->model()->displayNamesChanged();
    m_searchBar->fillCompletionNames();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_host->saveState());
    QMainWindow::closeEvent(event);
}
