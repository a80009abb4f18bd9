#pragma once

#include "svgpixmapcache.h"
#include "wrappedtext.h"

#include <QPixmap>
#include <QStyledItemDelegate>

class AnimationClock;
class SpriteCache;

// Paints one PokemonListModel row as a fixed-size card: sprite, name, number and type
// badges when Loaded; a spinner while Loading; "Not found" with a did-you-mean link (clicking
// it emits suggestionRequested()); the error with a Retry button, or a quiet "Not loaded"
// with a load link after a cancel (clicking either emits retryRequested()). A card answered from
// the disk cache carries a small mark. Sprites are asked from the SpriteCache only when a card is
// painted, so only visible cards fetch theirs.
class CardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int CardWidth = 180;
    static constexpr int CardHeight = 200;
    static constexpr int SpriteSize = 96;
    // Medium is CardWidth × CardHeight; the others are the same card scaled.
    enum class CardSize { Small, Medium, Large };
    Q_ENUM(CardSize)
    static QSize sizeFor(CardSize size);

    // `sprites` may be null: every card then shows the placeholder art.
    explicit CardDelegate(SpriteCache *sprites, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setCardSize(CardSize size);
    // With a clock that is on, cards show their animated sprite (PokemonMedia::animatedSprite)
    // at the clock's time, the still one while it loads or where there is none.
    void setAnimationClock(const AnimationClock *clock) { m_clock = clock; }
    CardSize cardSize() const { return m_size; }
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    QWidget *createEditor(QWidget *, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        return nullptr;
    }

    // The rects below are in view coordinates for a card of any size laid out in `itemRect`.
    // Where the Retry button of an Error card is.
    static QRect retryButtonRect(const QRect &itemRect);
    // Where a failed Medium card at (0, 0) puts its warning sign, name and reason, the reason
    // wrapped onto as many lines as it needs (`font`: the view's).
    struct ErrorLayout
    {
        QRect sign, name, reason;
        WrappedText::Layout text;
    };
    static ErrorLayout errorLayout(const QString &reason, const QFont &font);
    // Where the did-you-mean line of a Not Found card laid out in `itemRect` is.
    static QRect suggestionRect(const QRect &itemRect);
    // Whether `pos` (view coordinates) is on the did-you-mean link of the card in `itemRect`.
    static bool hasSuggestionAt(const QModelIndex &index, const QPoint &pos, const QRect &itemRect);
    // Whether `pos` is on what loads the card again: an Error card's Retry button, or the
    // "Enter to load" line of a NotLoaded one.
    static bool hasRetryAt(const QModelIndex &index, const QPoint &pos, const QRect &itemRect);
    // Where the sprite (or the spinner around it) goes.
    static QRect spriteRect(const QRect &itemRect);
    // The pictures a card tries, best first (PokemonMedia::sprite).
    static QList<QUrl> spriteChain(const QModelIndex &index);
    // The animated sprites a card tries (SpriteAnimations::firstOf), best first.
    static QList<QUrl> animationChain(const QModelIndex &index);
    // Where the small "from cache" mark of a card answered by the disk cache is.
    static QRect cachedMarkRect(const QRect &itemRect);
    // Where the small error mark of a card whose sprite failed to load is.
    static QRect spriteErrorMarkRect(const QRect &itemRect);
    // The tooltip at `pos` (view coordinates) of the card drawn in `itemRect`: "from cache"
    // over the cache mark; why the picture failed over its error mark; the suggestion over a
    // did-you-mean; the load link of a card not loaded; otherwise the model's tooltip.
    QString toolTipFor(const QModelIndex &index, const QPoint &pos, const QRect &itemRect) const;

Q_SIGNALS:
    void retryRequested(const QModelIndex &index);
    void suggestionRequested(const QModelIndex &index);

private:
    void paintCard(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                   qreal dpr) const;
    // The silhouette standing in for a sprite, `size` logical pixels wide, in `color`.
    QPixmap placeholder(int size, qreal devicePixelRatio, const QColor &color) const;
    QPixmap notFoundArt(qreal devicePixelRatio) const;
    // The frame on show of the card's animated sprite; null when not animating, while it loads
    // or when it has none.
    QImage animatedFrame(const QModelIndex &index) const;

    SpriteCache *m_sprites;
    const AnimationClock *m_clock = nullptr;
    mutable SvgPixmapCache m_art;
    CardSize m_size = CardSize::Medium;
};
