#include "teamdefensemodel.h"

#include "search/displaynames.h"
#include "team/teammodel.h"
#include "typechartmodel.h"
#include "typepalette.h"

#include <QBrush>

namespace {
enum Extra { Weak, Resist, Immune, Notes, ExtraCount };
}

TeamDefenseModel::TeamDefenseModel(TeamModel *team, QObject *parent)
    : QAbstractTableModel(parent)
    , m_team(team)
{
    connect(team, &QAbstractItemModel::modelReset, this, &TeamDefenseModel::recompute);
    connect(team, &QAbstractItemModel::rowsInserted, this, &TeamDefenseModel::recompute);
    connect(team, &QAbstractItemModel::rowsRemoved, this, &TeamDefenseModel::recompute);
    connect(team, &QAbstractItemModel::rowsMoved, this, &TeamDefenseModel::recompute);
    connect(team, &QAbstractItemModel::dataChanged, this, &TeamDefenseModel::recompute);
    recompute();
}

void TeamDefenseModel::recompute()
{
    beginResetModel();
    m_memberNames.clear();
    // Columns are narrow: the species, without the nickname.
    for (int row = 0; row < m_team->rowCount(); ++row)
        m_memberNames.append(
            DisplayNames::forSlug(m_team->index(row).data(TeamModel::SlugRole).toString()));
    m_rows = TeamCoverage::defensive(m_team->members());
    endResetModel();
}

int TeamDefenseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TeamDefenseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_memberNames.size()) + ExtraCount;
}

QVariant TeamDefenseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TeamCoverage::DefensiveRow &row = m_rows.at(index.row());
    const int members = int(m_memberNames.size());
    const int column = index.column();
    if (role == HoleRole)
        return row.isHole();
    if (column < members) {
        const double multiplier = row.multipliers.value(column, 1.0);
        switch (role) {
        case Qt::DisplayRole:
            return TypeChartModel::multiplierText(multiplier);
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        case Qt::BackgroundRole:
            if (multiplier > 1.0)
                return QBrush(QColor(0xE5, 0x39, 0x35, multiplier > 2.0 ? 200 : 110));
            if (multiplier < 1.0)
                return QBrush(QColor(0x43, 0xA0, 0x47, multiplier == 0.0 ? 200 : 110));
            return row.isHole() ? QBrush(QColor(0xFF, 0xB3, 0x00, 60)) : QVariant();
        default:
            return {};
        }
    }
    const int extra = column - members;
    switch (role) {
    case Qt::DisplayRole:
        switch (extra) {
        case Weak:
            return row.weak;
        case Resist:
            return row.resist;
        case Immune:
            return row.immune;
        default:
            return row.notes.join(QStringLiteral("; "));
        }
    case Qt::ToolTipRole:
        return extra == Notes ? row.notes.join(u'\n') : QVariant();
    case Qt::TextAlignmentRole:
        return extra == Notes ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        return row.isHole() ? QBrush(QColor(0xFF, 0xB3, 0x00, extra == Weak ? 200 : 60))
                            : QVariant();
    default:
        return {};
    }
}

QVariant TeamDefenseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        const QString &type = m_rows.at(section).attackingType;
        switch (role) {
        case Qt::DisplayRole:
            return DisplayNames::forType(type);
        case Qt::BackgroundRole:
            return QBrush(TypePalette::instance().colorFor(type));
        case Qt::ForegroundRole:
            return QBrush(TypePalette::instance().textColorFor(type));
        case Qt::ToolTipRole:
            return m_rows.at(section).isHole()
                ? tr("A hole: several members are weak to %1").arg(DisplayNames::forType(type))
                : QVariant();
        default:
            return {};
        }
    }
    const int members = int(m_memberNames.size());
    if (section < 0 || section >= members + ExtraCount || role != Qt::DisplayRole)
        return {};
    if (section < members)
        return m_memberNames.at(section);
    switch (section - members) {
    case Weak:
        return tr("Weak");
    case Resist:
        return tr("Resist");
    case Immune:
        return tr("Immune");
    default:
        return tr("Abilities");
    }
}
