#pragma once

#include "api/pokemonsheet.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The learnset of one game as a table: one row per way a move is learnt (a move learnt by
// level and by TM is two rows). Each row shows at once what the Pokémon's answer says
// (method, level, move) and fills in type, category, power, accuracy and PP the moment that
// move's answer lands, and the TM number once its machine's does. SortRole gives each column
// a key that keeps the rows grouped by method.
class LearnsetModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Method, Level, Name, Type, Category, Power, Accuracy, Pp, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, FilledRole };

    explicit LearnsetModel(QObject *parent = nullptr);

    void setMoves(const QList<LearnedMove> &moves);
    void clear();
    void setMove(const MoveDetails &move);
    void setMachine(const QString &move, const QString &label);
    void setMoveFailed(const QString &move, const QString &error);
    // Rows whose move's answer has landed (or failed).
    int filledRows() const { return m_filled; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        LearnedMove learned;
        MoveDetails move; // empty until its answer lands
        bool known = false;
        QString machine; // "TM126"
        QString error;
    };
    QVariant display(const Row &row, int column) const;
    QString sortKey(const Row &row, int column) const;
    // The move's name and what it does, in the display language where PokeAPI has it.
    QString toolTip(const Row &row) const;
    template<typename Change>
    void changeRows(const QString &move, int first, int last, Change change);

    QList<Row> m_rows;
    QHash<QString, QList<int>> m_rowsOfMove;
    int m_filled = 0;
};
