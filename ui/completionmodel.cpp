#include "completionmodel.h"

#include <algorithm>

CompletionModel::CompletionModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void CompletionModel::sort(QList<Row> &rows)
{
    // The completer finds prefixes by binary search over the keys.
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.key.compare(b.key, Qt::CaseInsensitive) < 0;
    });
}

void CompletionModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int CompletionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CompletionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return row.shown;
    case KeyRole:
        return row.key;
    default:
        return {};
    }
}
