#include "mainwindow.h"

#include "cardview.h"
#include "nameindex.h"
#include "pokeapiclient.h"
#include "requestqueue.h"
#include "searchbar.h"
#include "searchcontroller.h"
#include "searchstatus.h"
#include "spritecache.h"

#include <QAction>
#include <QCloseEvent>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const auto GeometryKey = QStringLiteral("mainWindow/geometry");
const auto StateKey = QStringLiteral("mainWindow/state");
} // namespace

MainWindow::MainWindow(SearchController *controller, PokeApiClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_sprites(new SpriteCache(client, this))
    , m_searchBar(new SearchBar(this))
    , m_cardView(new CardView(m_sprites, this))
    , m_status(new SearchStatus(this))
{
    setWindowTitle(tr("Pokedex"));
    m_cardView->setModel(controller->model());
    m_searchBar->setNameIndex(controller->nameIndex());

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(12, 12, 12, 0);
    layout->setSpacing(8);
    layout->addWidget(m_searchBar);
    layout->addWidget(m_cardView, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_status, 1);
    statusBar()->setSizeGripEnabled(false);
    auto *retryButton = new QToolButton(this);
    retryButton->setAutoRaise(true);
    statusBar()->addPermanentWidget(retryButton);

    createActions();
    retryButton->setDefaultAction(m_retryFailed);
    retryButton->setVisible(false);
    connect(m_retryFailed, &QAction::enabledChanged, retryButton, &QWidget::setVisible);

    connect(m_searchBar, &SearchBar::searchRequested, controller, &SearchController::search);
    connect(m_searchBar, &SearchBar::cancelRequested, controller, &SearchController::cancel);
    connect(m_cardView, &CardView::retryRequested, controller,
            [controller](const QModelIndex &index) { controller->retry(index.row()); });
    connect(controller, &SearchController::started, m_status, &SearchStatus::searchStarted);
    connect(controller, &SearchController::progressChanged, m_status,
            &SearchStatus::progressChanged);
    connect(controller, &SearchController::finished, m_status,
            [this] { m_status->searchFinished(m_controller->summaryText()); });
    connect(controller, &SearchController::started, this, &MainWindow::updateRetryFailed);
    connect(controller->model(), &PokemonListModel::rowFinished, this,
            &MainWindow::updateRetryFailed);
    connect(client->queue(), &RequestQueue::countsChanged, m_status, &SearchStatus::setQueueCounts);

    resize(1000, 700);
    QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    m_searchBar->setFocus();
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QMenu *searchMenu = menuBar()->addMenu(tr("&Search"));

    auto *focusSearch = searchMenu->addAction(tr("&Find…"));
    focusSearch->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence(Qt::CTRL | Qt::Key_F) });
    connect(focusSearch, &QAction::triggered, m_searchBar, [this] {
        m_searchBar->setFocus(Qt::ShortcutFocusReason);
        m_searchBar->selectAll();
    });

    auto *cancel = searchMenu->addAction(tr("&Cancel Search"));
    connect(cancel, &QAction::triggered, m_controller, &SearchController::cancel);

    m_retryFailed = searchMenu->addAction(tr("&Retry Failed"));
    m_retryFailed->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_retryFailed->setEnabled(false);
    connect(m_retryFailed, &QAction::triggered, m_controller, &SearchController::retryFailed);

    auto *quit = fileMenu->addAction(tr("&Quit"));
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (!quitKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Q)))
        quitKeys.prepend(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setShortcuts(quitKeys);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::updateRetryFailed()
{
    m_retryFailed->setEnabled(m_controller->model()->counts().error > 0);
}

void MainWindow::search(const QString &text)
{
    m_searchBar->setText(text);
    m_controller->search(text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    QMainWindow::closeEvent(event);
}
