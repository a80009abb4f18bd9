#include "visiblerows.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QEvent>
#include <QScrollBar>
#include <QTimer>

VisibleRows::VisibleRows(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    view->viewport()->installEventFilter(this);
    for (QScrollBar *bar : { view->verticalScrollBar(), view->horizontalScrollBar() }) {
        connect(bar, &QScrollBar::valueChanged, this, &VisibleRows::schedule);
        connect(bar, &QScrollBar::rangeChanged, this, &VisibleRows::schedule);
    }
}

void VisibleRows::setModel(QAbstractItemModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &VisibleRows::schedule);
        connect(model, &QAbstractItemModel::layoutChanged, this, &VisibleRows::schedule);
        connect(model, &QAbstractItemModel::rowsInserted, this, &VisibleRows::schedule);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &VisibleRows::schedule);
        connect(model, &QAbstractItemModel::rowsMoved, this, &VisibleRows::schedule);
    }
    schedule();
}

bool VisibleRows::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
        schedule();
    return QObject::eventFilter(watched, event);
}

void VisibleRows::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    // After the view has laid its items out for what just changed.
    QTimer::singleShot(0, this, &VisibleRows::update);
}

int VisibleRows::firstVisibleRow(int rowCount) const
{
    // Items are laid out in row order, so their bottoms only grow with the row: the first
    // whose bottom is inside the viewport, by bisection. One not laid out yet is further on.
    int low = 0, high = rowCount;
    while (low < high) {
        const int middle = low + (high - low) / 2;
        const QRect rect = m_view->visualRect(m_model->index(middle, 0, m_view->rootIndex()));
        if (rect.isValid() && rect.bottom() < 0)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

int VisibleRows::sourceRow(int viewRow) const
{
    QModelIndex index = m_model->index(viewRow, 0, m_view->rootIndex());
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model()))
        index = proxy->mapToSource(index);
    return index.row();
}

void VisibleRows::update()
{
    m_scheduled = false;
    m_onScreen.clear();
    m_nearby.clear();
    const int rowCount = m_model ? m_model->rowCount(m_view->rootIndex()) : 0;
    if (rowCount > 0 && m_view->isVisible()) {
        const QRect viewport = m_view->viewport()->rect();
        const int first = firstVisibleRow(rowCount);
        int last = first - 1;
        int perLine = 0; // items on the first line that shows
        int firstTop = 0;
        for (int row = first; row < rowCount; ++row) {
            const QRect rect = m_view->visualRect(m_model->index(row, 0, m_view->rootIndex()));
            if (!rect.isValid() || rect.top() > viewport.bottom())
                break;
            if (row == first)
                firstTop = rect.top();
            if (rect.top() == firstTop)
                ++perLine;
            if (rect.intersects(viewport))
                m_onScreen.append(sourceRow(row));
            last = row;
        }
        const int margin = MarginLines * qMax(1, perLine);
        // Below first: scrolling down is what people mostly do.
        for (int row = last + 1; row < qMin(rowCount, last + 1 + margin); ++row)
            m_nearby.append(sourceRow(row));
        for (int row = first - 1; row >= qMax(0, first - margin); --row)
            m_nearby.append(sourceRow(row));
    }
    Q_EMIT changed(m_onScreen, m_nearby);
}
