#pragma once

#include "api/pokemon.h"
#include "api/pokemondetails.h"
#include "api/pokemonsheet.h"

#include <QObject>
#include <QStringList>

class DetailPart;
class LearnsetModel;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

// The detail pane's sections from a Pokémon's sheet — Abilities (with their effects; a click
// searches ability:<name>), Breeding & training, Moves (a game picker over a sortable table)
// and Where to find it — each a DetailPart of its own, laid out by the pane. Only a view:
// DetailPresenter feeds it from a PokemonSheetLoader.
class SheetSections : public QObject
{
    Q_OBJECT
public:
    explicit SheetSections(QObject *parent = nullptr);

    DetailPart *part(DetailSection section) const;
    // Held items in the wild, per game: from the Pokémon's own answer, like the breeding part.
    DetailPart *heldItemsPart() const { return m_heldPart; }
    LearnsetModel *learnset() const { return m_learnset; }
    QTableView *movesTable() const { return m_table; }
    QComboBox *gamePicker() const { return m_games; }
    QString abilitiesText() const;
    QString breedingText() const;
    QString encountersText() const;
    QString heldItemsText() const;

    // The words and tables in the display language again, from what the sections have
    // (DetailPane calls it on QEvent::LanguageChange).
    void retranslate();

    // A new Pokémon: every section loads again.
    void setPokemon(const Pokemon &pokemon);
    void setSpecies(const SpeciesDetails &species);
    void setSheet(const PokemonSheet &sheet);
    void setAbility(const AbilityDetails &ability);
    void setGame(const QString &game, const QList<LearnedMove> &moves);
    void setMove(const MoveDetails &move);
    void setMachine(const QString &move, const QString &label);
    void setMoveFailed(const QString &move, const QString &error);
    void setEncounters(const QList<Encounter> &encounters);
    void setPartFailed(DetailSection section, const QString &error);
    void setFailedPartsLoading();

Q_SIGNALS:
    void searchRequested(const QString &text); // "ability:static"
    void gameRequested(const QString &versionGroup);
    void retryRequested(DetailSection section);

private:
    void showAbilities();
    void showBreeding();
    void showHeldItems();
    void fitColumns();
    QList<DetailPart *> allParts() const;

    Pokemon m_pokemon;
    QList<AbilityDetails> m_abilityTexts;
    SpeciesDetails m_species;
    PokemonSheet m_sheet;
    bool m_speciesKnown = false;
    bool m_sheetKnown = false;

    QLabel *m_abilities;
    DetailPart *m_abilitiesPart;
    QLabel *m_breeding;
    DetailPart *m_breedingPart;
    QComboBox *m_games;
    LearnsetModel *m_learnset;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    DetailPart *m_movesPart;
    QLabel *m_held;
    DetailPart *m_heldPart;
    QLabel *m_encounters;
    DetailPart *m_encountersPart;
};
