#pragma once

#include "api/pokemon.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;

// One base stat as a horizontal bar, coloured by how high the value is.
class StatBar : public QWidget
{
    Q_OBJECT
public:
    // Values at or above this fill the bar (a few reach 255; most stay below 200).
    static constexpr int FullScale = 200;

    explicit StatBar(int value, QWidget *parent = nullptr);
    int value() const { return m_value; }
    QSize sizeHint() const override { return { 160, 10 }; }

    // Red for low values through yellow and green to teal for the highest.
    static QColor colorFor(int value);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_value;
};

// Base stats as labelled bars with their values (HP, Attack, Defense, Sp. Atk, Sp. Def,
// Speed, in that order), then the total.
class StatsView : public QWidget
{
    Q_OBJECT
public:
    explicit StatsView(QWidget *parent = nullptr);

    void setStats(const QList<PokemonStat> &stats);
    int total() const { return m_total; }
    // "HP 78", "Attack 84"… in the order shown.
    QStringList rows() const;
    QList<StatBar *> bars() const { return m_bars; }

private:
    QGridLayout *m_grid;
    QList<QWidget *> m_rowWidgets;
    QList<StatBar *> m_bars;
    QStringList m_rows;
    int m_total = 0;
};
