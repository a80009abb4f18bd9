#pragma once

#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>

// The 18×18 type chart: rows attack, columns defend, each cell the multiplier ("2×", "½×",
// "0×"; empty for normal damage). Rows and columns of the picked types stand out.
class TypeChartModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        MultiplierRole = Qt::UserRole + 1, // double
        HighlightedRole, // bool: in a picked row or column
    };

    explicit TypeChartModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Attacking types whose rows, and defending types whose columns, to highlight.
    void setPicked(const QStringList &attackers, const QStringList &defenders);
    // "2×", "½×", "¼×", "4×", "0×", or empty for 1.
    static QString multiplierText(double multiplier);

private:
    QSet<int> m_rows;
    QSet<int> m_columns;
};
