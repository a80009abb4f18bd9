#include "cardview.h"

#include "animationclock.h"
#include "carddelegate.h"
#include "fonts.h"
#include "loadinganimator.h"
#include "search/pokemonlistmodel.h"
#include "spriteanimations.h"
#include "spritecache.h"
#include "suggestedsearch.h"
#include "visiblerows.h"

#include <QContextMenuEvent>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QStyle>
#include <QSvgRenderer>

CardView::CardView(SpriteCache *sprites, QWidget *parent)
    : QListView(parent)
    , m_delegate(new CardDelegate(sprites, this))
    , m_animator(new LoadingAnimator(this))
    , m_visibleRows(new VisibleRows(this))
    , m_clock(new AnimationClock(this))
    , m_sprites(sprites)
{
    setItemDelegate(m_delegate);
    setViewMode(QListView::IconMode);
    setResizeMode(QListView::Adjust);
    setMovement(QListView::Static);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setUniformItemSizes(true);
    setSpacing(8);
    setLayoutMode(QListView::Batched);
    setBatchSize(200);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Shift and Ctrl select several cards, to copy them together.
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragEnabled(false);
    setMouseTracking(true); // hover highlight
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setFrameShape(QFrame::NoFrame);
    setAttribute(Qt::WA_MacShowFocusRect, false);
    setAccessibleDescription(emptyHint());
    // White cards on the window colour, not on a white list.
    viewport()->setBackgroundRole(QPalette::Window);

    connect(m_delegate, &CardDelegate::retryRequested, this, &CardView::retryRequested);
    connect(m_delegate, &CardDelegate::suggestionRequested, this, &CardView::suggestionRequested);
    connect(m_visibleRows, &VisibleRows::changed, this, &CardView::visibleRowsChanged);
    if (sprites) {
        // A sprite arrived or failed, or failures were forgotten (their cards ask again): only
        // visible cards asked for one, so repainting them is enough.
        const auto repaint = [this] { viewport()->update(); };
        connect(sprites, &SpriteCache::spriteReady, this, repaint);
        connect(sprites, &SpriteCache::spriteFailed, this, repaint);
        connect(sprites, &SpriteCache::failuresCleared, this, repaint);
        connect(sprites->animations(), &SpriteAnimations::animationReady, this, repaint);
        connect(sprites->animations(), &SpriteAnimations::animationFailed, this, repaint);
    }
    m_delegate->setAnimationClock(m_clock);
    connect(m_clock, &AnimationClock::tick, this, &CardView::repaintAnimatedSprites);
}

void CardView::setAnimated(bool animated)
{
    m_clock->setEnabled(animated);
    viewport()->update();
}

void CardView::repaintAnimatedSprites()
{
    QAbstractItemModel *cards = model();
    if (!cards || !m_sprites)
        return;
    // GIF frames last 30 to 100 ms: a card is repainted only when its frame has changed.
    QHash<int, int> shown;
    const QRect visible = viewport()->rect();
    // Cards are laid out in row order: find the first on screen, then go until one is below.
    const int rows = cards->rowCount();
    int low = 0, high = rows;
    while (low < high) {
        const int mid = (low + high) / 2;
        if (visualRect(cards->index(mid, 0)).bottom() < visible.top())
            low = mid + 1;
        else
            high = mid;
    }
    for (int row = low; row < rows; ++row) {
        const QRect card = visualRect(cards->index(row, 0));
        if (card.top() > visible.bottom())
            break;
        const SpriteAnimation *animation
            = m_sprites->animations()->firstOf(CardDelegate::animationChain(cards->index(row, 0)));
        if (!animation)
            continue;
        const int frame = animation->frameIndexAt(m_clock->now());
        if (m_shownFrames.value(row, -1) != frame)
            viewport()->update(CardDelegate::spriteRect(card));
        shown.insert(row, frame);
    }
    m_shownFrames = shown;
}

void CardView::setModel(QAbstractItemModel *model)
{
    QListView::setModel(model);
    m_animator->setModel(model);
    m_visibleRows->setModel(model);
}

QString CardView::emptyHint()
{
    return tr("Type names or Pokédex numbers above and press Enter\n"
              "Try pikachu, 25, gen:1 or type:dragon");
}

void CardView::setCardSize(CardDelegate::CardSize size)
{
    m_delegate->setCardSize(size);
    centreColumns();
}

void CardView::resizeEvent(QResizeEvent *event)
{
    centreColumns();
    QListView::resizeEvent(event);
}

void CardView::centreColumns()
{
    // As many whole columns as fit, in the middle: the room left over goes half to each side
    // rather than all to the right. QListView lays a left-to-right flow out as if the scroll
    // bar showed, and wraps a row unless a pixel is left past its last card; the same here.
    const int pitch = CardDelegate::sizeFor(cardSize()).width() + spacing();
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const int room = width() - 2 * frameWidth() - scrollBar - spacing() - 1;
    const int columns = qMax(1, room / pitch);
    const int side = qMax(0, (room - columns * pitch) / 2);
    if (viewportMargins() != QMargins(side, 0, side, 0))
        setViewportMargins(side, 0, side, 0);
}

void CardView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && current.isValid()) {
        const auto state
            = current.data(PokemonListModel::StateRole).value<PokemonListModel::State>();
        if (state == PokemonListModel::State::Error
            || state == PokemonListModel::State::NotLoaded) {
            Q_EMIT retryRequested(current);
            event->accept();
            return;
        }
        if (!SuggestedSearch::suggestionOf(current).isEmpty()) {
            Q_EMIT suggestionRequested(current);
            event->accept();
            return;
        }
    }
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        Q_EMIT escapePressed();
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void CardView::focusInEvent(QFocusEvent *event)
{
    QListView::focusInEvent(event);
    // Reached from the keyboard (Tab, a shortcut), the grid marks a card at once, so that the
    // first arrow key moves from a card one can see rather than from an invisible current one.
    const Qt::FocusReason reason = event->reason();
    const bool fromKeyboard = reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason
        || reason == Qt::ShortcutFocusReason || reason == Qt::OtherFocusReason;
    if (!fromKeyboard || !model() || model()->rowCount(rootIndex()) == 0)
        return;
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        setCurrentIndex(model()->index(0, 0, rootIndex()));
    else if (!selectionModel()->hasSelection())
        selectionModel()->select(current, QItemSelectionModel::ClearAndSelect);
}

void CardView::mousePressEvent(QMouseEvent *event)
{
    // The mouse's back and forward buttons are the window's (the pane's history), not a click.
    if (event->button() == Qt::BackButton || event->button() == Qt::ForwardButton) {
        event->ignore();
        return;
    }
    QListView::mousePressEvent(event);
}

void CardView::mouseMoveEvent(QMouseEvent *event)
{
    QListView::mouseMoveEvent(event);
    // The Retry button, the load link and the did-you-mean link are what a click acts on.
    const QPoint pos = event->position().toPoint();
    const QModelIndex index = indexAt(pos);
    const QRect rect = visualRect(index);
    const bool onRetry = index.isValid() && CardDelegate::hasRetryAt(index, pos, rect);
    const bool onLink = index.isValid() && CardDelegate::hasSuggestionAt(index, pos, rect);
    if (onRetry || onLink)
        viewport()->setCursor(Qt::PointingHandCursor);
    else
        viewport()->unsetCursor();
}

void CardView::contextMenuEvent(QContextMenuEvent *event)
{
    // The Menu key asks for the current card's menu, beside it.
    const bool keyboard = event->reason() == QContextMenuEvent::Keyboard;
    const QModelIndex index = keyboard ? currentIndex() : indexAt(event->pos());
    if (!index.isValid())
        return;
    const QPoint at = keyboard ? visualRect(index).center() : event->pos();
    Q_EMIT contextMenuRequested(index, viewport()->mapToGlobal(at));
    event->accept();
}

void CardView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (!model() || model()->rowCount(rootIndex()) > 0)
        return;

    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect area = viewport()->rect();
    constexpr int IconSize = 96;
    const QRect iconRect(area.center().x() - IconSize / 2, area.center().y() - IconSize, IconSize,
                         IconSize);
    painter.setOpacity(0.35);
    QSvgRenderer(QStringLiteral(":/icons/io.github.pokedex_desktop.Pokedex.svg"))
        .render(&painter, iconRect);
    painter.setOpacity(1);
    QColor color = palette().color(QPalette::Text);
    color.setAlphaF(0.55f);
    painter.setPen(color);
    painter.setFont(Fonts::scaled(font(), 1.15));
    painter.drawText(QRect(area.left() + 20, iconRect.bottom() + 16, area.width() - 40, 60),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, emptyHint());
}
