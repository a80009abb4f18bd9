#pragma once

#include <QObject>

class CardView;
class QAbstractItemModel;
class GridExportWriter;
class QAction;
class QLineEdit;
class QMainWindow;
class QMenu;
class QModelIndex;
class TeamDock;
class TypeCalculatorDialog;
struct Pokemon;

// Issue 16 in one place for the window to wire: the Team menu (show the team, add the
// selected cards, compare, type calculator, Showdown import and export), File › Export Grid,
// the team dock, "Add to Team" on a card's menu and a Showdown paste in the search bar.
class TeamFeatures : public QObject
{
    Q_OBJECT
public:
    // The Team menu goes before `beforeMenu`; Export Grid at the top of `fileMenu`.
    // `shown`: the cards' model, as the grid shows them.
    TeamFeatures(QMainWindow *window, CardView *cards, QAbstractItemModel *shown,
                 QLineEdit *searchBar, QMenu *fileMenu, QMenu *beforeMenu,
                 const QString &teamsPath = {});

    TeamDock *dock() const { return m_dock; }
    QMenu *menu() const { return m_menu; }
    QAction *addToTeamAction() const { return m_addToTeam; }
    QAction *compareAction() const { return m_compare; }
    QAction *calculatorAction() const { return m_calculator; }
    QAction *exportGridAction() const { return m_exportGrid; }

    // Adds "Add to Team" to a card's context menu.
    void extendCardMenu(QMenu *menu, const QModelIndex &card);
    // Opens the compare dialog on these Pokémon (2 to 4 of them).
    void compare(const QList<Pokemon> &pokemon);
    // Writes the shown cards to `path` (CSV, or JSON by its suffix), off the window's thread.
    void exportGrid(const QString &path);

Q_SIGNALS:
    void searchRequested(const QString &text);
    void message(const QString &text);

private:
    QList<Pokemon> selectedPokemon() const;
    void addSelected();
    void compareTeam(const QStringList &slugs);
    void showCalculator();

    QMainWindow *m_window;
    CardView *m_cards;
    QAbstractItemModel *m_shown;
    TeamDock *m_dock;
    GridExportWriter *m_writer;
    QMenu *m_menu;
    QAction *m_addToTeam;
    QAction *m_compare;
    QAction *m_calculator;
    QAction *m_exportGrid;
};
