#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QAbstractItemModel;
class QAbstractItemView;

// Keeps the spinners of Loading cards turning: a ~30 fps timer that runs only while the
// view's model has Loading rows, and repaints only those rows that are on screen.
class LoadingAnimator : public QObject
{
    Q_OBJECT
public:
    explicit LoadingAnimator(QAbstractItemView *view);

    // Follows `model` (the view's model); call again whenever the view's model changes.
    void setModel(QAbstractItemModel *model);

    bool isRunning() const { return m_timer.isActive(); }
    int loadingCount() const { return int(m_loadingRows.size()); }

private:
    void rescan();
    void updateRows(int first, int last);
    void updateTimer();
    void tick();

    QAbstractItemView *m_view;
    QPointer<QAbstractItemModel> m_model;
    QSet<int> m_loadingRows;
    QTimer m_timer;
};
