#pragma once

#include "team/teamcoverage.h"

#include <QAbstractTableModel>

class TeamModel;

// The team's defensive coverage as a table: one row per attacking type; a column per member
// with its multiplier, then how many are weak, resist and are immune, and ability notes.
// Holes (TeamCoverage::DefensiveRow::isHole) are tinted.
class TeamDefenseModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { HoleRole = Qt::UserRole + 1 }; // bool, on every cell of a row

    explicit TeamDefenseModel(TeamModel *team, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QList<TeamCoverage::DefensiveRow> &rows() const { return m_rows; }

private:
    void recompute();

    TeamModel *m_team;
    QStringList m_memberNames;
    QList<TeamCoverage::DefensiveRow> m_rows;
};
