#include "flowlayout.h"

#include <QWidget>

FlowLayout::FlowLayout(QWidget *parent, int horizontalSpacing, int verticalSpacing)
    : QLayout(parent)
    , m_horizontalSpacing(horizontalSpacing)
    , m_verticalSpacing(verticalSpacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    clear();
}

void FlowLayout::clear()
{
    while (QLayoutItem *item = takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One row of everything: the width it would like; heightForWidth says the rest.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        width += (width > 0 ? m_horizontalSpacing : 0) + hint.width();
        height = qMax(height, hint.height());
    }
    const QMargins margins = contentsMargins();
    return QSize(width + margins.left() + margins.right(),
                 height + margins.top() + margins.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    struct Placed
    {
        QLayoutItem *item;
        QPoint at;
        QSize size;
    };
    QList<Placed> row;
    int y = area.top();
    int x = area.left();
    int rowHeight = 0;
    const auto flushRow = [&] {
        if (apply) {
            for (const Placed &p : std::as_const(row)) {
                p.item->setGeometry(
                    QRect(QPoint(p.at.x(), p.at.y() + (rowHeight - p.size.height()) / 2), p.size));
            }
        }
        row.clear();
    };
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize size
            = item->sizeHint().boundedTo(QSize(qMax(1, area.width()), QWIDGETSIZE_MAX));
        if (x > area.left() && x + size.width() > area.right() + 1) {
            flushRow();
            y += rowHeight + m_verticalSpacing;
            x = area.left();
            rowHeight = 0;
        }
        row.append({ item, QPoint(x, y), size });
        x += size.width() + m_horizontalSpacing;
        rowHeight = qMax(rowHeight, size.height());
    }
    flushRow();
    const QMargins margins = contentsMargins();
    return y + rowHeight - rect.top() + margins.bottom();
}
