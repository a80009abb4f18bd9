#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAbstractItemModel;
class QAbstractItemView;

// Which rows of a view are on screen, and which just beyond it (MarginLines lines of cards
// below and above), as rows of the model at the bottom of any proxies: told with changed()
// whenever the view scrolls, resizes or its rows change, at most once per turn of the event
// loop. For a grid or list whose items are laid out in row order.
class VisibleRows : public QObject
{
    Q_OBJECT
public:
    static constexpr int MarginLines = 2;

    explicit VisibleRows(QAbstractItemView *view);

    // Follows `model` (the view's model); call again whenever the view's model changes.
    void setModel(QAbstractItemModel *model);

    QList<int> onScreen() const { return m_onScreen; }
    QList<int> nearby() const { return m_nearby; }

Q_SIGNALS:
    void changed(const QList<int> &onScreen, const QList<int> &nearby);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void schedule();
    void update();
    int firstVisibleRow(int rowCount) const;
    int sourceRow(int viewRow) const;

    QAbstractItemView *m_view;
    QPointer<QAbstractItemModel> m_model;
    bool m_scheduled = false;
    QList<int> m_onScreen, m_nearby;
};
