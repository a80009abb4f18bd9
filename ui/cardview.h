#pragma once

#include <QListView>

class CardDelegate;
class LoadingAnimator;
class SpriteCache;

// A grid of CardDelegate cards that reflows with the window. Enter on a failed card, or a
// click on its Retry button, emits retryRequested(); Esc emits escapePressed().
class CardView : public QListView
{
    Q_OBJECT
public:
    explicit CardView(SpriteCache *sprites, QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    CardDelegate *cardDelegate() const { return m_delegate; }
    LoadingAnimator *loadingAnimator() const { return m_animator; }

    // Shown in the middle of the view while there are no cards.
    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }

Q_SIGNALS:
    void retryRequested(const QModelIndex &index);
    void escapePressed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    CardDelegate *m_delegate;
    LoadingAnimator *m_animator;
    QString m_emptyText;
};
