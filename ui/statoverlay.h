#pragma once

#include "api/pokemon.h"

#include <QList>
#include <QWidget>

// The base stats of several Pokémon overlaid: for each stat a group of bars, one per Pokémon
// in its own colour, with a legend; for comparing at a glance.
class StatOverlay : public QWidget
{
    Q_OBJECT
public:
    explicit StatOverlay(QWidget *parent = nullptr);

    void setPokemon(const QList<Pokemon> &pokemon);
    // The colour of the n-th Pokémon's bars.
    static QColor colorFor(int index);
    // Per stat in the shown order, the values of each Pokémon ("HP 35/78").
    QStringList rows() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QStringList m_names;
    QList<QList<int>> m_values; // [stat][pokemon]
};
