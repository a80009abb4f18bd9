#include "carddelegate.h"

#include "animationclock.h"
#include "api/pokemonmedia.h"
#include "focusring.h"
#include "fonts.h"
#include "palettecolors.h"
#include "pixmapfit.h"
#include "pokemonformat.h"
#include "search/pokemonlistmodel.h"
#include "spriteanimations.h"
#include "spritecache.h"
#include "suggestedsearch.h"
#include "typebadge.h"
#include "typepalette.h"
#include "wrappedtext.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

using namespace PaletteColors;

namespace {

constexpr int Margin = 3; // between the item rect and the card (room for shadow)
constexpr qreal Radius = 12;
constexpr int ArtHeight = 122; // tinted top area holding the sprite
constexpr int NameTop = 130;
constexpr int NameHeight = 22;
constexpr int DetailTop = 158; // badges, "Loading…", "Not found"
constexpr int BadgeHeight = 20;
constexpr int SuggestionOffset = 12; // the did-you-mean line, below "Not found"

// Cards are laid out at Medium size and drawn scaled for the others.
QRect mediumItem()
{
    return { 0, 0, CardDelegate::CardWidth, CardDelegate::CardHeight };
}

qreal scaleOf(const QRect &itemRect)
{
    return itemRect.width() / qreal(CardDelegate::CardWidth);
}

// Where `medium`, a rect of the Medium card at (0, 0), is on the card drawn in `itemRect`.
QRect onItem(const QRect &itemRect, const QRect &medium)
{
    const qreal s = scaleOf(itemRect);
    return QRectF(QPointF(itemRect.topLeft()) + QPointF(medium.topLeft()) * s,
                  QSizeF(medium.size()) * s)
        .toAlignedRect();
}

QRect cardRect(const QRect &itemRect)
{
    return itemRect.adjusted(Margin, Margin - 1, -Margin, -Margin - 1);
}

// One turn per second, from a clock every card shares so they spin in step.
int spinnerAngle()
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return int((clock.elapsed() * 360 / 1000) % 360);
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

void drawCentredText(QPainter *painter, const QRect &rect, const QString &text, const QFont &font,
                     const QColor &color)
{
    painter->setFont(font);
    painter->setPen(color);
    const QString elided = QFontMetrics(font).elidedText(text, Qt::ElideRight, rect.width());
    painter->drawText(rect, Qt::AlignCenter, elided);
}

// `format` with its "%1" replaced by `emphasised`, which stands out in `accent`.
void drawSuggestion(QPainter *painter, const QRect &rect, const QString &format,
                    const QString &emphasised, const QFont &font, const QColor &color,
                    const QColor &accent)
{
    const qsizetype at = format.indexOf(QLatin1String("%1"));
    const QString before = format.left(at);
    const QString after = format.mid(at + 2);
    QFont bold = font;
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics fm(font), bm(bold);
    const int fixed = fm.horizontalAdvance(before) + fm.horizontalAdvance(after);
    if (at < 0 || fixed >= rect.width())
        return drawCentredText(painter, rect, format.arg(emphasised), font, color);
    const QString name = bm.elidedText(emphasised, Qt::ElideRight, rect.width() - fixed);
    const int total = fixed + bm.horizontalAdvance(name);
    QRect part(rect.left() + (rect.width() - total) / 2, rect.top(), 0, rect.height());
    const auto draw = [&](const QString &text, const QFont &f, const QColor &c) {
        part.setWidth(QFontMetrics(f).horizontalAdvance(text));
        painter->setFont(f);
        painter->setPen(c);
        painter->drawText(part, Qt::AlignLeft | Qt::AlignVCenter, text);
        part.moveLeft(part.right() + 1);
    };
    draw(before, font, color);
    draw(name, bold, accent);
    draw(after, font, color);
}

void drawBadges(QPainter *painter, const QRect &card, const QStringList &types, const QFont &font)
{
    const QFontMetrics metrics(font);
    constexpr int Gap = 6, Padding = 10;
    QList<int> widths;
    int total = 0;
    for (const QString &type : types) {
        widths.append(metrics.horizontalAdvance(TypeBadge::label(type)) + 2 * Padding);
        total += widths.last();
    }
    total += Gap * qMax(0, int(types.size()) - 1);
    int x = card.left() + (card.width() - total) / 2;
    painter->setFont(font);
    for (int i = 0; i < types.size(); ++i) {
        TypeBadge::paint(painter, QRectF(x, card.top() + DetailTop, widths.at(i), BadgeHeight),
                         types.at(i));
        x += widths.at(i) + Gap;
    }
}

// The Pokédex number in the card's top right corner.
void drawNumber(QPainter *painter, const QRect &card, int number, const QFont &font,
                const QColor &text)
{
    painter->setFont(font);
    painter->setPen(withAlpha(text, 150));
    painter->drawText(QRect(card.left() + 12, card.top() + 8, card.width() - 24, 18),
                      Qt::AlignRight | Qt::AlignVCenter, PokemonFormat::number(number));
}

void drawSpinner(QPainter *painter, const QRect &around, const QColor &color)
{
    const QRectF ring = QRectF(around).adjusted(2, 2, -2, -2);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(withAlpha(color, 40), 4));
    painter->drawEllipse(ring);
    QPen arc(color, 4);
    arc.setCapStyle(Qt::RoundCap);
    painter->setPen(arc);
    // drawArc counts in 1/16 degree, counter-clockwise: negate for a clockwise spin.
    painter->drawArc(ring, -spinnerAngle() * 16, 100 * 16);
}

// A rounded warning triangle as large as fits `box` (the failed card's sign, or the small
// mark of a picture that did not load).
void drawWarningSign(QPainter *painter, const QRect &box, const QColor &color)
{
    const QPointF c = QRectF(box).center();
    const qreal S = qMin(23.0, qMin(box.width() / 2.0, box.height() / 1.8) - 2.5); // half width
    const qreal stroke = S * 6 / 23;
    QPainterPath triangle;
    triangle.moveTo(c.x(), c.y() - S);
    triangle.lineTo(c.x() + S, c.y() + S * 0.8);
    triangle.lineTo(c.x() - S, c.y() + S * 0.8);
    triangle.closeSubpath();
    QPen outline(color, stroke);
    outline.setJoinStyle(Qt::RoundJoin);
    painter->setPen(outline);
    painter->setBrush(color);
    painter->drawPath(triangle);
    QPen mark(Qt::white, S * 5 / 23);
    mark.setCapStyle(Qt::RoundCap);
    painter->setPen(mark);
    painter->drawLine(QPointF(c.x(), c.y() - S * 0.4), QPointF(c.x(), c.y() + S * 0.2));
    painter->drawPoint(QPointF(c.x(), c.y() + S * 0.55));
}

// A small storage drum: this card's data came from the disk cache, not the network.
void drawCachedMark(QPainter *painter, const QRect &rect, const QColor &color)
{
    const QRectF r = QRectF(rect).adjusted(2.5, 1.5, -2.5, -1.5);
    constexpr qreal Lid = 4.5; // height of the ellipses
    painter->save();
    painter->setPen(QPen(color, 1.3));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(QRectF(r.left(), r.top(), r.width(), Lid));
    QPainterPath body;
    body.moveTo(r.left(), r.top() + Lid / 2);
    body.lineTo(r.left(), r.bottom() - Lid / 2);
    body.arcTo(QRectF(r.left(), r.bottom() - Lid, r.width(), Lid), 180, 180);
    body.lineTo(r.right(), r.top() + Lid / 2);
    body.moveTo(r.left(), r.center().y());
    body.arcTo(QRectF(r.left(), r.center().y() - Lid / 2, r.width(), Lid), 180, 180);
    painter->drawPath(body);
    painter->restore();
}

} // namespace

CardDelegate::CardDelegate(SpriteCache *sprites, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_sprites(sprites)
{
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return sizeFor(m_size);
}

QSize CardDelegate::sizeFor(CardSize size)
{
    // Whole pixels at every size, so that scaleOf() gives the factor back exactly.
    switch (size) {
    case CardSize::Small:
        return { CardWidth * 4 / 5, CardHeight * 4 / 5 };
    case CardSize::Medium:
        break;
    case CardSize::Large:
        return { CardWidth * 5 / 4, CardHeight * 5 / 4 };
    }
    return { CardWidth, CardHeight };
}

void CardDelegate::setCardSize(CardSize size)
{
    if (size == m_size)
        return;
    m_size = size;
    Q_EMIT sizeHintChanged({});
}

QRect CardDelegate::retryButtonRect(const QRect &itemRect)
{
    const QRect card = cardRect(mediumItem());
    constexpr int W = 96, H = 28;
    return onItem(itemRect,
                  { card.left() + (card.width() - W) / 2, card.bottom() - 16 - H + 1, W, H });
}

CardDelegate::ErrorLayout CardDelegate::errorLayout(const QString &reason, const QFont &font)
{
    const QRect card = cardRect(mediumItem());
    const int bottom = retryButtonRect(mediumItem()).top() - 4;
    const QList<QFont> fonts { Fonts::scaled(font, 0.88, QFont::Normal), Fonts::scaled(font, 0.8),
                               Fonts::scaled(font, 0.74) };
    // The whole reason when it can fit, in a smaller font if need be; a long one moves the
    // sign and the name up to make room. The tooltip has it all in any case.
    ErrorLayout layout;
    for (const bool compact : { false, true }) {
        const int signTop = compact ? 10 : 18, signHeight = compact ? 30 : 52;
        const int nameTop = signTop + signHeight + (compact ? 4 : 8);
        layout.sign = { card.left(), card.top() + signTop, card.width(), signHeight };
        layout.name = { card.left() + 10, card.top() + nameTop, card.width() - 20, NameHeight };
        const int reasonTop = layout.name.bottom() + 2;
        layout.reason = { card.left() + 12, reasonTop, card.width() - 24, bottom - reasonTop };
        layout.text = WrappedText::fit(reason, fonts, layout.reason.size());
        if (layout.text.complete)
            break;
    }
    return layout;
}

QRect CardDelegate::suggestionRect(const QRect &itemRect)
{
    const QRect card = cardRect(mediumItem());
    return onItem(itemRect,
                  { card.left() + 10, card.top() + DetailTop + SuggestionOffset, card.width() - 20,
                    BadgeHeight });
}

bool CardDelegate::hasSuggestionAt(const QModelIndex &index, const QPoint &pos,
                                   const QRect &itemRect)
{
    return suggestionRect(itemRect).contains(pos)
        && !SuggestedSearch::suggestionOf(index).isEmpty();
}

bool CardDelegate::hasRetryAt(const QModelIndex &index, const QPoint &pos, const QRect &itemRect)
{
    using State = PokemonListModel::State;
    switch (index.data(PokemonListModel::StateRole).value<State>()) {
    case State::Error:
        return retryButtonRect(itemRect).contains(pos);
    case State::NotLoaded:
        return suggestionRect(itemRect).contains(pos); // "Enter to load"
    case State::Loading:
    case State::Loaded:
    case State::NotFound:
    case State::Listed:
        break;
    }
    return false;
}

QRect CardDelegate::cachedMarkRect(const QRect &itemRect)
{
    const QRect card = cardRect(mediumItem());
    return onItem(itemRect, { card.left() + 10, card.top() + 9, 16, 16 });
}

QRect CardDelegate::spriteErrorMarkRect(const QRect &itemRect)
{
    const QRect sprite = spriteRect(mediumItem());
    return onItem(itemRect, { sprite.right() - 14, sprite.bottom() - 16, 20, 18 });
}

QString CardDelegate::toolTipFor(const QModelIndex &index, const QPoint &pos,
                                 const QRect &itemRect) const
{
    using State = PokemonListModel::State;
    const auto state = index.data(PokemonListModel::StateRole).value<State>();
    // A little room around the small marks, so the pointer need not hit them to the pixel.
    constexpr int Slack = 4;
    if (state == State::Loaded && index.data(PokemonListModel::FromCacheRole).toBool()
        && cachedMarkRect(itemRect).adjusted(-Slack, -Slack, Slack, Slack).contains(pos))
        return tr("Loaded from cache, not the network (F5 refreshes)");
    if (state == State::Loaded
        && spriteErrorMarkRect(itemRect).adjusted(-Slack, -Slack, Slack, Slack).contains(pos)) {
        const QList<QUrl> chain = spriteChain(index);
        if (m_sprites && !chain.isEmpty() && m_sprites->allFailed(chain)) {
            QString reason = m_sprites->failureOf(chain);
            if (reason.isEmpty())
                reason = tr("it could not be fetched");
            return tr("The picture did not load: %1\n(Retry Failed, Ctrl+R, tries again)")
                .arg(reason);
        }
    }
    if (hasSuggestionAt(index, pos, itemRect))
        return tr("Search for %1 instead").arg(SuggestedSearch::suggestionOf(index));
    if (state == State::NotLoaded && hasRetryAt(index, pos, itemRect))
        return tr("Load %1").arg(index.data(PokemonListModel::DisplayNameRole).toString());
    return index.data(Qt::ToolTipRole).toString();
}

QImage CardDelegate::animatedFrame(const QModelIndex &index) const
{
    if (!m_sprites || !m_clock || !m_clock->isEnabled())
        return {};
    const SpriteAnimation *animation = m_sprites->animations()->firstOf(animationChain(index));
    return animation ? animation->frameAt(m_clock->now()) : QImage();
}

QList<QUrl> CardDelegate::animationChain(const QModelIndex &index)
{
    const auto pokemon = index.data(PokemonListModel::PokemonRole).value<Pokemon>();
    return { pokemon.showdownUrl, pokemon.animatedUrl };
}

QList<QUrl> CardDelegate::spriteChain(const QModelIndex &index)
{
    return PokemonMedia::sprite(index.data(PokemonListModel::PokemonRole).value<Pokemon>(), false);
}

QRect CardDelegate::spriteRect(const QRect &itemRect)
{
    const QRect card = cardRect(mediumItem());
    return onItem(itemRect,
                  { card.left() + (card.width() - SpriteSize) / 2,
                    card.top() + (ArtHeight - SpriteSize) / 2, SpriteSize, SpriteSize });
}

QPixmap CardDelegate::placeholder(int size, qreal dpr, const QColor &color) const
{
    return m_art.pixmap(QStringLiteral(":/images/sprite-placeholder.svg"), size, dpr, color);
}

QPixmap CardDelegate::notFoundArt(qreal dpr) const
{
    return m_art.pixmap(QStringLiteral(":/images/not-found.svg"), SpriteSize, dpr);
}

void CardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    // Every size is the Medium card scaled, so they all look alike.
    const qreal scale = scaleOf(option.rect);
    QStyleOptionViewItem medium = option;
    medium.rect = mediumItem();
    const qreal deviceRatio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->scale(scale, scale);
    paintCard(painter, medium, index, deviceRatio * scale);
    painter->restore();
}

void CardDelegate::paintCard(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index, qreal dpr) const
{
    using State = PokemonListModel::State;
    const auto state = index.data(PokemonListModel::StateRole).value<State>();
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const bool dark = isDark(pal);

    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = mix(text, base, 0.42);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor warning = PaletteColors::warning(pal);
    const QStringList types = index.data(PokemonListModel::TypesRole).toStringList();

    QColor cardFill = base;
    QColor artTop = mix(base, text, 0.05);
    QColor artBottom = artTop;
    QColor border = mix(base, text, 0.14);
    switch (state) {
    case State::Loaded:
    case State::Loading:
    case State::Listed:
        // Types the dex knows tint a card before its own data arrives.
        if (!types.isEmpty()) {
            const TypePalette &tp = TypePalette::instance();
            artTop = mix(base, tp.colorFor(types.first()), dark ? 0.40 : 0.34);
            artBottom = mix(base, tp.colorFor(types.last()), dark ? 0.22 : 0.14);
        }
        break;
    case State::NotFound:
        cardFill = mix(base, text, 0.045);
        artTop = artBottom = mix(base, text, 0.08);
        break;
    case State::Error:
        // An alert card: one colour throughout, no sprite area.
        cardFill = artTop = artBottom = mix(base, warning, dark ? 0.16 : 0.08);
        border = mix(base, warning, 0.45);
        break;
    case State::NotLoaded:
        // Nothing went wrong: a quiet card, greyer than one still loading.
        artTop = artBottom = mix(base, text, 0.07);
        break;
    }
    if (selected) {
        cardFill = mix(cardFill, highlight, 0.10);
        border = highlight;
    } else if (hovered) {
        border = mix(border, highlight, 0.6);
    }

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect card = cardRect(option.rect);
    const QRectF cardF = QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath shape;
    shape.addRoundedRect(cardF, Radius, Radius);

    // A soft shadow gives the cards a little lift off the window.
    painter->setPen(Qt::NoPen);
    painter->setBrush(withAlpha(Qt::black, hovered || selected ? 34 : 18));
    painter->drawRoundedRect(cardF.translated(0, hovered || selected ? 2 : 1), Radius, Radius);

    painter->setBrush(cardFill);
    painter->drawPath(shape);

    const QRectF art(cardF.left(), cardF.top(), cardF.width(), ArtHeight);
    QLinearGradient artGradient(art.topLeft(), art.bottomLeft());
    artGradient.setColorAt(0, artTop);
    artGradient.setColorAt(1, artBottom);
    painter->save();
    painter->setClipPath(shape);
    painter->fillRect(art, artGradient);
    painter->restore();

    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(border, selected ? 2 : 1));
    painter->drawPath(shape);
    // The current card of a focused grid, selected or not (Ctrl+arrows move it alone).
    if (option.state & QStyle::State_HasFocus) {
        QPainterPath ring;
        ring.addRoundedRect(cardF.adjusted(-1, -1, 1, 1), Radius + 1, Radius + 1);
        FocusRing::draw(painter, ring, pal);
    }

    const QRect spriteArea = spriteRect(option.rect);
    const QFont nameFont = Fonts::scaled(option.font, 1.12, QFont::DemiBold);
    const QFont smallFont = Fonts::scaled(option.font, 0.88, QFont::Normal);
    const QFont smallBold = Fonts::scaled(option.font, 0.85, QFont::DemiBold);
    const QRect nameRect(card.left() + 10, card.top() + NameTop, card.width() - 20, NameHeight);
    const QRect detailRect(card.left() + 10, card.top() + DetailTop, card.width() - 20,
                           BadgeHeight);
    const QString name = index.data(PokemonListModel::DisplayNameRole).toString();

    switch (state) {
    case State::Loaded: {
        const QList<QUrl> chain = spriteChain(index);
        const QImage frame = animatedFrame(index);
        const QPixmap sprite = m_sprites && frame.isNull() ? m_sprites->firstOf(chain) : QPixmap();
        if (!frame.isNull()) {
            // Animated sprites are pixel art too, of many sizes: whole-number scales up to
            // the sprite box, smooth only when shrunk.
            const qreal fit
                = qMin(qreal(SpriteSize) / frame.width(), qreal(SpriteSize) / frame.height());
            const qreal scale = fit >= 1 ? qMax(1.0, qreal(qFloor(fit))) : fit;
            const QSizeF size = QSizeF(frame.size()) * scale;
            const QRectF target(
                QRectF(spriteArea).center() - QPointF(size.width(), size.height()) / 2, size);
            painter->setRenderHint(QPainter::SmoothPixmapTransform, scale < 1);
            painter->drawImage(target, frame);
        } else if (sprite.isNull()) {
            // No sprite (yet): the ball silhouette in a deeper shade of the card's tint.
            const QColor tint = types.isEmpty()
                ? muted
                : mix(TypePalette::instance().colorFor(types.first()), text, 0.25);
            painter->setOpacity(0.30);
            const QRect area = spriteArea.adjusted(10, 10, -10, -10);
            painter->drawPixmap(area.topLeft(), placeholder(area.width(), dpr, tint));
            painter->setOpacity(1);
            if (m_sprites && !chain.isEmpty() && m_sprites->allFailed(chain))
                drawWarningSign(painter, spriteErrorMarkRect(option.rect), warning);
        } else {
            const qreal scale = PixmapFit::scaleToFit(sprite, QSizeF(SpriteSize, SpriteSize));
            // Pixel art stays crisp at whole-number scales; anything else is smoothed.
            const qreal deviceScale = scale * dpr;
            painter->setRenderHint(QPainter::SmoothPixmapTransform,
                                   !qFuzzyCompare(deviceScale, qRound(deviceScale)));
            PixmapFit::drawCentred(painter, sprite, QRectF(spriteArea).center(), scale);
        }
        drawNumber(painter, card, index.data(PokemonListModel::NumberRole).toInt(), smallBold,
                   text);
        if (index.data(PokemonListModel::FromCacheRole).toBool())
            drawCachedMark(painter, cachedMarkRect(option.rect), withAlpha(text, 115));
        drawCentredText(painter, nameRect, name, nameFont, text);
        drawBadges(painter, card, types, smallBold);
        break;
    }
    case State::Loading:
    case State::Listed: {
        // What the dex knows (number, types) shows at once; a spinner while it is looked up.
        painter->setOpacity(0.18);
        const QRect area = spriteArea.adjusted(18, 18, -18, -18);
        painter->drawPixmap(area.topLeft(), placeholder(area.width(), dpr, text));
        painter->setOpacity(1);
        if (state == State::Loading)
            drawSpinner(painter, spriteArea.adjusted(4, 4, -4, -4), highlight);
        if (const int number = index.data(PokemonListModel::NumberRole).toInt(); number > 0)
            drawNumber(painter, card, number, smallBold, text);
        drawCentredText(painter, nameRect, name, nameFont, text);
        if (!types.isEmpty())
            drawBadges(painter, card, types, smallBold);
        else if (state == State::Loading)
            drawCentredText(painter, detailRect, tr("Loading…"), smallFont, muted);
        break;
    }
    case State::NotFound: {
        painter->drawPixmap(spriteArea.topLeft(), notFoundArt(dpr));
        drawCentredText(painter, nameRect, name, nameFont, muted);
        drawCentredText(painter, detailRect.translated(0, -6), tr("Not found"), smallBold, text);
        const QRect hintRect = suggestionRect(option.rect);
        const QString reason = index.data(PokemonListModel::ErrorRole).toString();
        const QString suggestion = SuggestedSearch::suggestionOf(index);
        if (!reason.isEmpty()) {
            drawCentredText(painter, hintRect, capitalized(reason), smallFont, muted);
        } else if (!suggestion.isEmpty()) {
            drawSuggestion(painter, hintRect, tr("Did you mean %1?"), suggestion, smallFont, muted,
                           highlight);
        } else {
            drawCentredText(painter, hintRect, tr("No Pokémon has this name"), smallFont, muted);
        }
        break;
    }
    case State::Error: {
        const QString reason = index.data(PokemonListModel::ErrorRole).toString();
        const QRect button = retryButtonRect(option.rect);
        const ErrorLayout layout
            = errorLayout(reason.isEmpty() ? tr("Lookup failed") : reason, option.font);
        drawWarningSign(painter, layout.sign, warning);
        drawCentredText(painter, layout.name, name, nameFont, text);
        WrappedText::draw(painter, layout.reason, layout.text, warning);
        const QRectF buttonF = QRectF(button).adjusted(0.5, 0.5, -0.5, -0.5);
        painter->setPen(Qt::NoPen);
        painter->setBrush(hovered ? highlight.lighter(110) : highlight);
        painter->drawRoundedRect(buttonF, buttonF.height() / 2, buttonF.height() / 2);
        painter->setPen(pal.color(QPalette::HighlightedText));
        painter->setFont(smallBold);
        painter->drawText(buttonF, Qt::AlignCenter, tr("Retry"));
        break;
    }
    case State::NotLoaded: {
        painter->setOpacity(0.18);
        const QRect area = spriteArea.adjusted(18, 18, -18, -18);
        painter->drawPixmap(area.topLeft(), placeholder(area.width(), dpr, text));
        painter->setOpacity(1);
        drawCentredText(painter, nameRect, name, nameFont, muted);
        drawCentredText(painter, detailRect.translated(0, -6), tr("Not loaded"), smallBold, text);
        drawSuggestion(painter, suggestionRect(option.rect), tr("Enter to %1"), tr("load"),
                       smallFont, muted, highlight);
        break;
    }
    }
    painter->restore();
}

bool CardDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                             const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString tip = toolTipFor(index, event->pos(), option.rect);
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPos(), tip, view->viewport(), option.rect);
    return true;
}

bool CardDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                               const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const auto type = event->type();
    if (type == QEvent::MouseButtonPress || type == QEvent::MouseButtonRelease
        || type == QEvent::MouseButtonDblClick) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QPoint pos = mouse->position().toPoint();
        if (mouse->button() == Qt::LeftButton && hasRetryAt(index, pos, option.rect)) {
            if (type == QEvent::MouseButtonRelease)
                Q_EMIT retryRequested(index);
            return true;
        }
        if (hasSuggestionAt(index, pos, option.rect) && mouse->button() == Qt::LeftButton) {
            if (type == QEvent::MouseButtonRelease)
                Q_EMIT suggestionRequested(index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}
