#pragma once

#include "api/pokemon.h"

#include <QDialog>

class StatOverlay;
class QGridLayout;

// Two to four Pokémon side by side: their base stats overlaid, types, abilities, height,
// weight, and what hurts and what barely touches each.
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int MaxPokemon = 4;
    explicit CompareDialog(const QList<Pokemon> &pokemon, QWidget *parent = nullptr);

    StatOverlay *stats() const { return m_stats; }
    // The text of each cell of the side-by-side table: row by row, then column by column.
    QStringList cellTexts() const;

private:
    StatOverlay *m_stats;
    QGridLayout *m_grid;
};
