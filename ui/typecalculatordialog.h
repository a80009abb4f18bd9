#pragma once

#include <QDialog>

class MatchupView;
class QComboBox;
class QLabel;
class QTableView;
class TypeChartModel;

// Pick one or two types and a Tera type: what hurts such a Pokémon and what it resists,
// beside the whole chart with the picked types' rows and columns highlighted.
class TypeCalculatorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TypeCalculatorDialog(QWidget *parent = nullptr);

    // Picks types from outside (a card's types); the second and the Tera type may be empty.
    void pick(const QString &first, const QString &second = {}, const QString &tera = {});

    QComboBox *firstType() const { return m_first; }
    QComboBox *secondType() const { return m_second; }
    QComboBox *teraType() const { return m_tera; }
    MatchupView *matchups() const { return m_matchups; }
    TypeChartModel *chart() const { return m_chart; }
    QTableView *chartView() const { return m_chartView; }

private:
    void recalculate();

    QComboBox *m_first;
    QComboBox *m_second;
    QComboBox *m_tera;
    QLabel *m_summary;
    MatchupView *m_matchups;
    TypeChartModel *m_chart;
    QTableView *m_chartView;
};
