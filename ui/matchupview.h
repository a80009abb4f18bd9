#pragma once

#include "api/pokemondetails.h"

#include <QWidget>

class FlowLayout;
class QGridLayout;
class QLabel;

// How much damage each attacking type does, as rows of type badges: weak ×4 and ×2,
// resists ×½ and ×¼, immune ×0. Rows without a type are hidden.
class MatchupView : public QWidget
{
    Q_OBJECT
public:
    explicit MatchupView(QWidget *parent = nullptr);

    void setMatchups(const TypeMatchups &matchups);
    // The types shown in the row of `multiplier` (4, 2, 0.5, 0.25 or 0).
    QStringList typesShown(double multiplier) const;
    // The row's caption, "Weak ×4"…
    QString caption(double multiplier) const;

private:
    struct Row
    {
        double multiplier;
        QStringList TypeMatchups::*types;
        QLabel *caption;
        QWidget *badges;
        FlowLayout *flow;
    };
    QList<Row> m_rows;
    QLabel *m_neutral;
};
