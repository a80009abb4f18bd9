#include "typechartmodel.h"

#include "api/typechart.h"
#include "search/displaynames.h"
#include "team/typetable.h"
#include "typepalette.h"

#include <QBrush>
#include <QFont>

TypeChartModel::TypeChartModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int TypeChartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(TypeChart::allTypes().size());
}

int TypeChartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(TypeChart::allTypes().size());
}

QString TypeChartModel::multiplierText(double multiplier)
{
    if (multiplier == 1.0)
        return {};
    if (multiplier == 0.5)
        return QStringLiteral("½×");
    if (multiplier == 0.25)
        return QStringLiteral("¼×");
    return QString::number(multiplier) + u'×';
}

QVariant TypeChartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList &types = TypeChart::allTypes();
    const double multiplier
        = TypeTable::effectiveness(types.at(index.row()), types.at(index.column()));
    const bool highlighted = m_rows.contains(index.row()) || m_columns.contains(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return multiplierText(multiplier);
    case Qt::ToolTipRole:
        return tr("%1 against %2: ×%3")
            .arg(DisplayNames::forType(types.at(index.row())),
                 DisplayNames::forType(types.at(index.column())))
            .arg(multiplier);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole: {
        QColor color = multiplier > 1.0 ? QColor(0x4C, 0xAF, 0x50)
            : multiplier == 0.0         ? QColor(0x42, 0x42, 0x42)
            : multiplier < 1.0          ? QColor(0xE5, 0x73, 0x73)
                                        : QColor();
        if (!color.isValid())
            return highlighted ? QBrush(QColor(0xFF, 0xE0, 0x82, 110)) : QVariant();
        color.setAlpha(highlighted ? 255 : 120);
        return QBrush(color);
    }
    case Qt::ForegroundRole:
        return multiplier == 0.0 ? QBrush(Qt::white) : QVariant();
    case Qt::FontRole: {
        if (!highlighted)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case MultiplierRole:
        return multiplier;
    case HighlightedRole:
        return highlighted;
    default:
        return {};
    }
}

QVariant TypeChartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QStringList &types = TypeChart::allTypes();
    if (section < 0 || section >= types.size())
        return {};
    const QString &type = types.at(section);
    const bool picked
        = orientation == Qt::Vertical ? m_rows.contains(section) : m_columns.contains(section);
    switch (role) {
    case Qt::DisplayRole:
        // Columns are narrow: their first three letters, the whole name in the tooltip.
        return orientation == Qt::Vertical ? DisplayNames::forType(type)
                                           : DisplayNames::forType(type).left(3);
    case Qt::ToolTipRole:
        return orientation == Qt::Vertical ? tr("%1 attacking").arg(DisplayNames::forType(type))
                                           : tr("%1 defending").arg(DisplayNames::forType(type));
    case Qt::BackgroundRole:
        return QBrush(TypePalette::instance().colorFor(type));
    case Qt::ForegroundRole:
        return QBrush(TypePalette::instance().textColorFor(type));
    case Qt::FontRole: {
        if (!picked)
            return {};
        QFont font;
        font.setBold(true);
        font.setUnderline(true);
        return font;
    }
    default:
        return {};
    }
}

void TypeChartModel::setPicked(const QStringList &attackers, const QStringList &defenders)
{
    const QStringList &types = TypeChart::allTypes();
    QSet<int> rows, columns;
    for (const QString &type : attackers) {
        if (const qsizetype i = types.indexOf(type); i >= 0)
            rows.insert(int(i));
    }
    for (const QString &type : defenders) {
        if (const qsizetype i = types.indexOf(type); i >= 0)
            columns.insert(int(i));
    }
    if (rows == m_rows && columns == m_columns)
        return;
    m_rows = rows;
    m_columns = columns;
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}
