#pragma once

#include "carddelegate.h"

#include <QHash>
#include <QListView>

class AnimationClock;
class LoadingAnimator;
class SpriteCache;
class VisibleRows;

// A grid of CardDelegate cards that reflows with the window, its columns centred; while there
// are none, a hint on how to start. Enter on a failed or not loaded card, or a click on its
// Retry button or load link, emits retryRequested(); Enter on a Not Found card, or a click on its
// did-you-mean link, emits suggestionRequested(); Esc emits escapePressed(). A right click or the
// Menu key asks for the card's menu with contextMenuRequested(). visibleRowsChanged() says which
// cards are on screen and just beyond it, so that they are fetched first.
class CardView : public QListView
{
    Q_OBJECT
public:
    explicit CardView(SpriteCache *sprites, QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    LoadingAnimator *loadingAnimator() const { return m_animator; }
    VisibleRows *visibleRows() const { return m_visibleRows; }
    // What the empty grid says: how to start.
    static QString emptyHint();
    void setCardSize(CardDelegate::CardSize size);
    CardDelegate::CardSize cardSize() const { return m_delegate->cardSize(); }
    // View › Animated sprites: the cards on screen move; those off it cost nothing.
    void setAnimated(bool animated);
    AnimationClock *animationClock() const { return m_clock; }

Q_SIGNALS:
    void retryRequested(const QModelIndex &index);
    void suggestionRequested(const QModelIndex &index);
    void contextMenuRequested(const QModelIndex &index, const QPoint &globalPos);
    void escapePressed();
    // Rows of the model under any proxies: see VisibleRows.
    void visibleRowsChanged(const QList<int> &onScreen, const QList<int> &nearby);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void centreColumns();
    void repaintAnimatedSprites(); // of the cards on screen

    CardDelegate *m_delegate;
    LoadingAnimator *m_animator;
    VisibleRows *m_visibleRows;
    AnimationClock *m_clock;
    SpriteCache *m_sprites;
    QHash<int, int> m_shownFrames; // row -> frame index last painted, of animated cards
};
