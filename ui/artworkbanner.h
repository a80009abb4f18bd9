#pragma once

#include "api/pokemon.h"
#include "svgpixmapcache.h"

#include <QPixmap>
#include <QWidget>

class AnimationClock;
class QAbstractButton;
class QPainter;
class SpriteCache;

// The top of the detail pane: the artwork, large, on a band tinted by the Pokémon's types,
// and its game sprite in a tile with a Normal / Shiny toggle. The artwork is the first picture
// of PokemonMedia::artwork that loads (official artwork, HOME, dream world, sprite); the tile's
// the first of PokemonMedia::sprite. The toggle switches both: the shiny artwork is fetched
// through the SpriteCache the first time it is wanted, and the normal artwork stays on show
// until it arrives (or when there is none).
// Placeholder art stands in while the artwork loads and when there is none.
class ArtworkBanner : public QWidget
{
    Q_OBJECT
public:
    enum class ArtworkState { Loading, Shown, Missing };
    Q_ENUM(ArtworkState)

    static constexpr int ArtworkSize = 190;
    static constexpr int SpriteTile = 104;

    // `sprites` may be null: the sprite tile then shows placeholder art.
    explicit ArtworkBanner(SpriteCache *sprites, QWidget *parent = nullptr);

    // A new Pokémon: the artwork is loading (or missing when it has none); sprite normal.
    void setPokemon(const Pokemon &pokemon);
    void setArtwork(const QPixmap &artwork);
    void setArtworkLoading();
    void setArtworkMissing(const QString &reason);
    ArtworkState artworkState() const { return m_state; } // of the normal artwork
    // What the large picture shows: the shiny artwork once it is in, when Shiny is on;
    // otherwise the normal one (null while it loads or when there is none).
    QPixmap artwork() const;

    bool isShiny() const { return m_shiny; }
    void setShiny(bool shiny);
    // The one the tile shows or waits for: the first of its chain (PokemonMedia::sprite) that
    // has not failed.
    QUrl spriteUrl() const;
    // The tile shows the animated sprite (PokemonMedia::animatedSprite) where there is one.
    void setAnimated(bool animated);
    AnimationClock *animationClock() const { return m_clock; }
    QAbstractButton *normalButton() const { return m_normal; }
    QAbstractButton *shinyButton() const { return m_shinyButton; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QRect spriteTileRect() const;
    bool hasShiny() const; // any shiny picture at all
    QList<QUrl> spriteChain() const; // of the tile, normal or shiny
    QList<QUrl> shinyArtworkChain() const;
    QImage animatedFrame() const; // of the tile; null when not animating or while it loads
    // The ball silhouette standing in for art, `size` logical pixels wide, in `tint`, faded
    // to `opacity`.
    void drawPlaceholder(QPainter *painter, const QPointF &topLeft, int size, const QColor &tint,
                         qreal opacity) const;

    SpriteCache *m_sprites;
    Pokemon m_pokemon;
    QPixmap m_artwork;
    ArtworkState m_state = ArtworkState::Missing;
    bool m_shiny = false;
    QAbstractButton *m_normal;
    QAbstractButton *m_shinyButton;
    AnimationClock *m_clock;
    mutable SvgPixmapCache m_art;
};
