#include "teamfeatures.h"

#include "api/pokemon.h"
#include "cardview.h"
#include "comparedialog.h"
#include "gridexport.h"
#include "search/pokemonlistmodel.h"
#include "teamdock.h"
#include "teampastefilter.h"
#include "typecalculatordialog.h"

#include <QAction>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <algorithm>

TeamFeatures::TeamFeatures(QMainWindow *window, CardView *cards, QAbstractItemModel *shown,
                           QLineEdit *searchBar, QMenu *fileMenu, QMenu *beforeMenu,
                           const QString &teamsPath)
    : QObject(window)
    , m_window(window)
    , m_cards(cards)
    , m_shown(shown)
    , m_dock(new TeamDock(teamsPath, window))
    , m_writer(new GridExportWriter(this))
    , m_menu(new QMenu(tr("&Team"), window))
{
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    window->menuBar()->insertMenu(beforeMenu ? beforeMenu->menuAction() : nullptr, m_menu);

    QAction *show = m_dock->toggleViewAction();
    show->setText(tr("Show &Team"));
    show->setShortcut(QKeySequence(Qt::Key_F8));
    m_menu->addAction(show);
    m_addToTeam = m_menu->addAction(tr("&Add to Team"), this, &TeamFeatures::addSelected);
    m_addToTeam->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_compare
        = m_menu->addAction(tr("&Compare Selected"), this, [this] { compare(selectedPokemon()); });
    m_compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_menu->addSeparator();
    m_menu->addAction(tr("&Import Showdown Team…"), m_dock, [this] {
        m_dock->show();
        m_dock->showImportDialog();
    });
    m_menu->addAction(tr("&Export Showdown Team…"), m_dock, &TeamDock::showExportDialog);
    m_menu->addSeparator();
    m_calculator = m_menu->addAction(tr("Type &Calculator…"), this, &TeamFeatures::showCalculator);
    m_calculator->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));

    m_exportGrid = new QAction(tr("&Export Grid…"), this);
    m_exportGrid->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    fileMenu->insertAction(fileMenu->actions().value(0), m_exportGrid);
    connect(m_exportGrid, &QAction::triggered, this, [this] {
        auto *dialog
            = new QFileDialog(m_window, tr("Export Grid"),
                              QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                  + QStringLiteral("/pokedex.csv"),
                              tr("CSV (*.csv);;JSON (*.json)"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, &TeamFeatures::exportGrid);
        dialog->open();
    });
    connect(m_writer, &GridExportWriter::finished, this,
            [this](bool ok, const QString &path, const QString &error) {
                Q_EMIT message(ok ? tr("Exported the grid to %1").arg(path)
                                  : tr("Could not export the grid: %1").arg(error));
            });

    auto *paste = new TeamPasteFilter(this);
    searchBar->installEventFilter(paste);
    connect(paste, &TeamPasteFilter::searchRequested, this, &TeamFeatures::searchRequested);
    connect(m_dock, &TeamDock::searchRequested, this, &TeamFeatures::searchRequested);
    connect(m_dock, &TeamDock::compareRequested, this, &TeamFeatures::compareTeam);

    // Members imported by name learn their types once a search finds them.
    auto learnRows = [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
            const auto pokemon
                = m_shown->index(row, 0).data(PokemonListModel::PokemonRole).value<Pokemon>();
            if (pokemon.isValid())
                m_dock->learn(pokemon);
        }
    };
    connect(shown, &QAbstractItemModel::dataChanged, this, learnRows);
}

void TeamFeatures::extendCardMenu(QMenu *menu, const QModelIndex &card)
{
    const auto pokemon = card.data(PokemonListModel::PokemonRole).value<Pokemon>();
    menu->addSeparator();
    QAction *add = menu->addAction(tr("Add to &Team"), this, [this, pokemon] {
        if (m_dock->addPokemon(pokemon))
            m_dock->show();
    });
    add->setEnabled(pokemon.isValid());
}

QList<Pokemon> TeamFeatures::selectedPokemon() const
{
    QModelIndexList cards = m_cards->selectionModel()->selectedIndexes();
    std::sort(cards.begin(), cards.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<Pokemon> pokemon;
    for (const QModelIndex &card : std::as_const(cards)) {
        const auto p = card.data(PokemonListModel::PokemonRole).value<Pokemon>();
        if (p.isValid())
            pokemon.append(p);
    }
    return pokemon;
}

void TeamFeatures::addSelected()
{
    const QList<Pokemon> pokemon = selectedPokemon();
    if (pokemon.isEmpty()) {
        Q_EMIT message(tr("Select a Pokémon that was found to add it to the team"));
        return;
    }
    for (const Pokemon &p : pokemon) {
        if (!m_dock->addPokemon(p))
            break;
    }
    m_dock->show();
}

void TeamFeatures::compare(const QList<Pokemon> &pokemon)
{
    if (pokemon.size() < 2) {
        Q_EMIT message(tr("Select two to four Pokémon that were found to compare them"));
        return;
    }
    auto *dialog = new CompareDialog(pokemon, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void TeamFeatures::compareTeam(const QStringList &slugs)
{
    // The members whose cards are in the grid: that is where their stats are known.
    QList<Pokemon> pokemon;
    const QAbstractItemModel *model = m_shown;
    for (const QString &slug : slugs) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto p
                = model->index(row, 0).data(PokemonListModel::PokemonRole).value<Pokemon>();
            if (p.isValid() && p.name == slug) {
                pokemon.append(p);
                break;
            }
        }
    }
    if (pokemon.size() < 2 && slugs.size() >= 2) {
        Q_EMIT searchRequested(slugs.join(QStringLiteral(", "))); // find them first
        Q_EMIT message(tr("Looking up the team; compare again once its cards are in"));
        return;
    }
    compare(pokemon.mid(0, CompareDialog::MaxPokemon));
}

void TeamFeatures::showCalculator()
{
    auto *dialog = new TypeCalculatorDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const auto current
        = m_cards->currentIndex().data(PokemonListModel::PokemonRole).value<Pokemon>();
    if (current.isValid())
        dialog->pick(current.types.value(0), current.types.value(1));
    dialog->show();
}

void TeamFeatures::exportGrid(const QString &path)
{
    m_writer->write(m_shown, path);
}
