#pragma once

#include <QDockWidget>

class QComboBox;
class QLabel;
class QListView;
class QModelIndex;
class QTableView;
class TeamDefenseModel;
class TeamFile;
class TeamModel;
struct Pokemon;

// The team being built: pick or make a team, its members (add from the cards, reorder,
// remove), Showdown import and export, and its defensive table and offensive summary.
// Teams are kept in the teams file (TeamFile), written after every change.
class TeamDock : public QDockWidget
{
    Q_OBJECT
public:
    // `teamsPath` empty: TeamStore::defaultPath().
    explicit TeamDock(const QString &teamsPath = {}, QWidget *parent = nullptr);

    TeamModel *team() const { return m_team; }
    TeamDefenseModel *defense() const { return m_defense; }
    TeamFile *file() const { return m_file; }
    QListView *memberView() const { return m_members; }
    QTableView *defenseView() const { return m_defenseView; }
    QLabel *offenseLabel() const { return m_offense; }
    QComboBox *teamPicker() const { return m_picker; }

    // Adds a found Pokémon; says in the dock when the team is full. False if not added.
    bool addPokemon(const Pokemon &pokemon);
    // Replaces the current team's members by the sets of a Showdown paste; returns how many.
    int importText(const QString &text);
    QString exportText() const;
    // Types and abilities of members once a search finds their Pokémon.
    void learn(const Pokemon &pokemon);

public Q_SLOTS:
    void showImportDialog();
    void showExportDialog();

Q_SIGNALS:
    // The members' Pokémon, to look them up (after an import).
    void searchRequested(const QString &text);
    void compareRequested(const QStringList &slugs);

private:
    void updateTeams();
    void updateOffense();
    void note(const QString &text);
    int currentRow() const;

    TeamModel *m_team;
    TeamDefenseModel *m_defense;
    TeamFile *m_file;
    QComboBox *m_picker;
    QListView *m_members;
    QTableView *m_defenseView;
    QLabel *m_offense;
    QLabel *m_note;
    bool m_loaded = false; // no save before the file was read
};
