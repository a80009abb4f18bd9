#pragma once

#include <QLayout>
#include <QList>
#include <QWidget>

// Lays its items out left to right and wraps them onto as many rows as the width needs
// (type badges, form buttons). Items in a row are centred vertically.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int horizontalSpacing = 6,
                        int verticalSpacing = 6);
    ~FlowLayout() override;

    // Removes and deletes every item and its widget.
    void clear();
    // The widgets laid out that are a T, in order.
    template<typename T> QList<T *> widgets() const
    {
        QList<T *> list;
        for (QLayoutItem *item : m_items) {
            if (auto *widget = qobject_cast<T *>(item->widget()))
                list << widget;
        }
        return list;
    }

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_horizontalSpacing;
    int m_verticalSpacing;
};
