#pragma once

#include <QListView>

class LoadingAnimator;
class SpriteCache;

// A grid of CardDelegate cards that reflows with the window; while there are none, a hint
// on how to start. Enter on a failed card, or a click on its Retry button, emits
// retryRequested(); Enter on a Not Found card, or a click on its did-you-mean link, emits
// suggestionRequested(); Esc emits escapePressed().
class CardView : public QListView
{
    Q_OBJECT
public:
    explicit CardView(SpriteCache *sprites, QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    LoadingAnimator *loadingAnimator() const { return m_animator; }

Q_SIGNALS:
    void retryRequested(const QModelIndex &index);
    void suggestionRequested(const QModelIndex &index);
    void escapePressed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    LoadingAnimator *m_animator;
};
