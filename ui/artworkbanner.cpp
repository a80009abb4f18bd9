#include "artworkbanner.h"

#include "animationclock.h"
#include "api/pokemonmedia.h"
#include "focusring.h"
#include "fonts.h"
#include "palettecolors.h"
#include "pixmapfit.h"
#include "spriteanimations.h"
#include "spritecache.h"
#include "typepalette.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QPainter>
#include <QPainterPath>

using namespace PaletteColors;

namespace {
constexpr int Height = 226;
constexpr int Margin = 14;
constexpr int ToggleHeight = 24;

// One half of the Normal / Shiny switch under the sprite tile: a pill segment, filled when
// checked.
class SegmentButton : public QAbstractButton
{
public:
    enum class Side { Left, Right };
    SegmentButton(Side side, QWidget *parent)
        : QAbstractButton(parent)
        , m_side(side)
    {
        setCheckable(true);
        setCursor(Qt::PointingHandCursor);
        setFocusPolicy(Qt::TabFocus);
        setAttribute(Qt::WA_Hover);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = palette();
        const QColor base = pal.color(QPalette::Base);
        const QColor ink = pal.color(QPalette::Text);
        const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        const qreal radius = r.height() / 2;
        // A pill cut in half: round on the outer side only.
        QPainterPath shape;
        shape.addRoundedRect(m_side == Side::Left ? r.adjusted(0, 0, radius, 0)
                                                  : r.adjusted(-radius, 0, 0, 0),
                             radius, radius);
        QPainterPath clip;
        clip.addRect(r);
        shape = shape.intersected(clip);
        const bool hot = underMouse() || hasFocus();
        QColor fill = withAlpha(base, isChecked() ? 235 : (hot ? 150 : 90));
        p.setPen(QPen(withAlpha(ink, isChecked() ? 60 : 30), 1));
        p.setBrush(fill);
        p.drawPath(shape);
        if (hasFocus()) {
            QPainterPath ring;
            ring.addRoundedRect(r.adjusted(1, 1, -1, -1), radius - 1, radius - 1);
            FocusRing::draw(&p, ring, pal);
        }
        QFont f = font();
        f.setWeight(isChecked() ? QFont::DemiBold : QFont::Normal);
        p.setFont(f);
        p.setPen(isEnabled() ? withAlpha(ink, isChecked() ? 255 : 170) : withAlpha(ink, 70));
        p.drawText(r, Qt::AlignCenter, text());
    }

private:
    Side m_side;
};

} // namespace

ArtworkBanner::ArtworkBanner(SpriteCache *sprites, QWidget *parent)
    : QWidget(parent)
    , m_sprites(sprites)
    , m_normal(new SegmentButton(SegmentButton::Side::Left, this))
    , m_shinyButton(new SegmentButton(SegmentButton::Side::Right, this))
    , m_clock(new AnimationClock(this))
{
    connect(m_clock, &AnimationClock::tick, this, [this] { update(spriteTileRect()); });
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Artwork"));
    auto *group = new QButtonGroup(this);
    for (QAbstractButton *button : { m_normal, m_shinyButton }) {
        button->setFont(Fonts::scaled(button->font(), 0.86));
        group->addButton(button);
    }
    m_normal->setText(tr("Normal"));
    m_normal->setToolTip(tr("The normal colours"));
    m_shinyButton->setText(tr("✦ Shiny"));
    m_shinyButton->setToolTip(tr("The rare shiny colours"));
    m_normal->setChecked(true);
    connect(m_shinyButton, &QAbstractButton::toggled, this, &ArtworkBanner::setShiny);
    if (m_sprites) {
        connect(m_sprites, &SpriteCache::spriteReady, this, [this](const QUrl &url) {
            if (spriteChain().contains(url))
                update(spriteTileRect());
            else if (m_shiny && shinyArtworkChain().contains(url))
                update();
        });
        // A picture of a chain failed: painting asks for the next one.
        connect(m_sprites, &SpriteCache::spriteFailed, this, [this](const QUrl &url) {
            if (spriteChain().contains(url))
                update(spriteTileRect());
            if (!m_shiny || !shinyArtworkChain().contains(url))
                return;
            if (m_sprites->allFailed(shinyArtworkChain()))
                setToolTip(
                    tr("No shiny artwork: %1").arg(m_sprites->failureOf(shinyArtworkChain())));
            update();
        });
        // The tile asks again when painted.
        connect(m_sprites, &SpriteCache::failuresCleared, this, [this] { update(); });
        const auto repaintTile = [this] { update(spriteTileRect()); };
        connect(m_sprites->animations(), &SpriteAnimations::animationReady, this, repaintTile);
        connect(m_sprites->animations(), &SpriteAnimations::animationFailed, this, repaintTile);
    }
}

QList<QUrl> ArtworkBanner::spriteChain() const
{
    // A Pokémon with shiny artwork but no shiny sprite keeps its normal sprite.
    const QList<QUrl> shiny = PokemonMedia::sprite(m_pokemon, true);
    return m_shiny && !shiny.isEmpty() ? shiny : PokemonMedia::sprite(m_pokemon, false);
}

void ArtworkBanner::setAnimated(bool animated)
{
    m_clock->setEnabled(animated);
    update(spriteTileRect());
}

QImage ArtworkBanner::animatedFrame() const
{
    if (!m_sprites || !m_clock->isEnabled())
        return {};
    const SpriteAnimation *animation = m_sprites->animations()->firstOf(
        m_shiny ? QList<QUrl> { m_pokemon.shinyShowdownUrl, m_pokemon.shinyAnimatedUrl }
                : QList<QUrl> { m_pokemon.showdownUrl, m_pokemon.animatedUrl });
    return animation ? animation->frameAt(m_clock->now()) : QImage();
}

QList<QUrl> ArtworkBanner::shinyArtworkChain() const
{
    return PokemonMedia::artwork(m_pokemon, true);
}

QSize ArtworkBanner::sizeHint() const
{
    return { 2 * Margin + SpriteTile + ArtworkSize + 40, Height };
}

QSize ArtworkBanner::minimumSizeHint() const
{
    return { 2 * Margin + SpriteTile + 120, Height };
}

void ArtworkBanner::setPokemon(const Pokemon &pokemon)
{
    m_pokemon = pokemon;
    m_artwork = QPixmap();
    m_state = PokemonMedia::artwork(pokemon, false).isEmpty() ? ArtworkState::Missing
                                                              : ArtworkState::Loading;
    setToolTip(QString());
    m_shinyButton->setEnabled(hasShiny());
    setShiny(false);
    update();
}

void ArtworkBanner::setArtwork(const QPixmap &artwork)
{
    m_artwork = artwork;
    m_state = artwork.isNull() ? ArtworkState::Missing : ArtworkState::Shown;
    setToolTip(QString());
    update();
}

void ArtworkBanner::setArtworkLoading()
{
    m_artwork = QPixmap();
    m_state = ArtworkState::Loading;
    setToolTip(QString());
    update();
}

void ArtworkBanner::setArtworkMissing(const QString &reason)
{
    m_artwork = QPixmap();
    m_state = ArtworkState::Missing;
    setToolTip(reason.isEmpty() ? QString() : tr("No artwork: %1").arg(reason));
    update();
}

QPixmap ArtworkBanner::artwork() const
{
    // The cache fetches the shiny artwork the first time it is asked for, and tells when it
    // is in (spriteReady); until then, or if it fails, the normal artwork stays.
    if (m_shiny && m_sprites) {
        if (const QPixmap shiny = m_sprites->firstOf(shinyArtworkChain()); !shiny.isNull())
            return shiny;
    }
    return m_artwork;
}

bool ArtworkBanner::hasShiny() const
{
    return !PokemonMedia::sprite(m_pokemon, true).isEmpty();
}

void ArtworkBanner::setShiny(bool shiny)
{
    m_shiny = shiny && hasShiny();
    (m_shiny ? m_shinyButton : m_normal)->setChecked(true);
    update();
}

QUrl ArtworkBanner::spriteUrl() const
{
    const QList<QUrl> chain = spriteChain();
    for (const QUrl &url : chain) {
        if (!m_sprites || !m_sprites->hasFailed(url))
            return url;
    }
    return {};
}

QRect ArtworkBanner::spriteTileRect() const
{
    return { Margin, height() - Margin - ToggleHeight - 6 - SpriteTile, SpriteTile, SpriteTile };
}

void ArtworkBanner::resizeEvent(QResizeEvent *event)
{
    const QRect tile = spriteTileRect();
    const int half = SpriteTile / 2;
    m_normal->setGeometry(tile.left(), tile.bottom() + 7, half, ToggleHeight);
    m_shinyButton->setGeometry(tile.left() + half, tile.bottom() + 7, half, ToggleHeight);
    QWidget::resizeEvent(event);
}

void ArtworkBanner::drawPlaceholder(QPainter *painter, const QPointF &topLeft, int size,
                                    const QColor &tint, qreal opacity) const
{
    painter->setOpacity(opacity);
    painter->drawPixmap(topLeft,
                        m_art.pixmap(QStringLiteral(":/images/sprite-placeholder.svg"), size,
                                     devicePixelRatioF(), tint));
    painter->setOpacity(1);
}

void ArtworkBanner::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const bool dark = isDark(pal);
    const TypePalette &types = TypePalette::instance();
    const QStringList typeList = m_pokemon.types;

    QColor top = mix(base, text, 0.05);
    QColor bottom = top;
    QColor accent = mix(base, text, 0.3);
    if (!typeList.isEmpty()) {
        top = mix(base, types.colorFor(typeList.first()), dark ? 0.42 : 0.36);
        bottom = mix(base, types.colorFor(typeList.last()), dark ? 0.22 : 0.12);
        accent = mix(types.colorFor(typeList.first()), text, 0.25);
    }
    QLinearGradient band(0, 0, 0, height());
    band.setColorAt(0, top);
    band.setColorAt(1, bottom);
    painter.fillRect(rect(), band);

    const int artSize = qMin(ArtworkSize, height() - 2 * Margin);
    const int spaceLeft = spriteTileRect().right() + 8;
    const int centreX = qMax(spaceLeft + artSize / 2, (width() + spaceLeft) / 2 - 8);
    const QRect artRect(centreX - artSize / 2, (height() - artSize) / 2, artSize, artSize);

    // A large faint ball behind the artwork, as on a Pokédex screen.
    const QRect watermark = artRect.adjusted(-14, -14, 14, 14);
    const QPixmap shown = artwork();
    switch (shown.isNull() ? m_state : ArtworkState::Shown) {
    case ArtworkState::Shown: {
        drawPlaceholder(&painter, watermark.topLeft(), watermark.width(), Qt::white,
                        dark ? 0.10 : 0.18);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        PixmapFit::drawCentred(&painter, shown, QRectF(artRect).center(),
                               PixmapFit::scaleToFit(shown, QSizeF(artSize, artSize)));
        break;
    }
    case ArtworkState::Loading:
        drawPlaceholder(&painter, watermark.topLeft(), watermark.width(), Qt::white,
                        dark ? 0.10 : 0.22);
        break;
    case ArtworkState::Missing: {
        const int size = artSize * 3 / 5;
        const QRect inner(artRect.center().x() - size / 2, artRect.center().y() - size / 2 - 8,
                          size, size);
        drawPlaceholder(&painter, inner.topLeft(), size, accent, 0.30);
        if (!m_pokemon.name.isEmpty()) {
            const QFont f = Fonts::scaled(font(), 0.86);
            painter.setFont(f);
            painter.setPen(withAlpha(text, 130));
            painter.drawText(QRect(artRect.left() - 20, inner.bottom() + 12, artRect.width() + 40,
                                   QFontMetrics(f).height()),
                             Qt::AlignCenter, tr("No artwork"));
        }
        break;
    }
    }

    // The game sprite, in a frosted tile.
    const QRectF tile = QRectF(spriteTileRect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(withAlpha(text, 28), 1));
    painter.setBrush(withAlpha(base, dark ? 110 : 165));
    painter.drawRoundedRect(tile, 14, 14);
    const QImage frame = animatedFrame();
    const QPixmap sprite
        = m_sprites && frame.isNull() ? m_sprites->firstOf(spriteChain()) : QPixmap();
    if (!frame.isNull()) {
        const qreal fit
            = qMin((tile.width() - 8) / frame.width(), (tile.height() - 8) / frame.height());
        const qreal scale = fit >= 1 ? qreal(qFloor(fit)) : fit;
        const QSizeF size = QSizeF(frame.size()) * scale;
        painter.setRenderHint(QPainter::SmoothPixmapTransform, scale < 1);
        painter.drawImage(QRectF(tile.center() - QPointF(size.width(), size.height()) / 2, size),
                          frame);
    } else if (sprite.isNull()) {
        const int size = 56;
        drawPlaceholder(&painter, tile.center() - QPointF(size / 2.0, size / 2.0), size, accent,
                        0.30);
    } else {
        // Sprites are pixel art: whole-number scales keep them crisp.
        const qreal fit = PixmapFit::scaleToFit(sprite, tile.size() - QSizeF(8, 8));
        const qreal scale = fit >= 1 ? qFloor(fit) : fit;
        painter.setRenderHint(QPainter::SmoothPixmapTransform, scale < 1);
        PixmapFit::drawCentred(&painter, sprite, tile.center(), scale);
    }
}
