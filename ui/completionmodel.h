#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

// The search box's completion list: a name as shown ("Glurak · Charizard") and what it is
// matched by and inserts (its key: "glurak"), sorted by key without regard to case. Built
// whole off the window's thread and handed over in one step (setRows), so filling it with
// every language's ~7,500 names costs the window almost nothing.
class CompletionModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int KeyRole = Qt::UserRole + 1;

    struct Row
    {
        QString key;
        QString shown;
    };

    explicit CompletionModel(QObject *parent = nullptr);

    // Sorts `rows` by key, as setRows wants them; any thread.
    static void sort(QList<Row> &rows);
    // Replaces every row (already sorted by sort()).
    void setRows(QList<Row> rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};
