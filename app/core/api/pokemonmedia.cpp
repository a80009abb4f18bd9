#include "api/pokemonmedia.h"

#include <initializer_list>

namespace {

QList<QUrl> nonEmpty(std::initializer_list<QUrl> urls)
{
    QList<QUrl> chain;
    for (const QUrl &url : urls) {
        if (!url.isEmpty() && !chain.contains(url))
            chain.append(url);
    }
    return chain;
}

} // namespace

namespace PokemonMedia {

QList<QUrl> artwork(const Pokemon &pokemon, bool shiny)
{
    if (shiny)
        return nonEmpty({ pokemon.shinyArtworkUrl, pokemon.shinyHomeUrl, pokemon.shinySpriteUrl });
    return nonEmpty(
        { pokemon.artworkUrl, pokemon.homeUrl, pokemon.dreamWorldUrl, pokemon.spriteUrl });
}

QList<QUrl> sprite(const Pokemon &pokemon, bool shiny)
{
    if (shiny)
        return nonEmpty({ pokemon.shinySpriteUrl, pokemon.shinyHomeUrl, pokemon.shinyArtworkUrl });
    return nonEmpty(
        { pokemon.spriteUrl, pokemon.homeUrl, pokemon.artworkUrl, pokemon.dreamWorldUrl });
}

QList<QUrl> animatedSprite(const Pokemon &pokemon, bool shiny)
{
    QList<QUrl> chain = shiny ? nonEmpty({ pokemon.shinyShowdownUrl, pokemon.shinyAnimatedUrl })
                              : nonEmpty({ pokemon.showdownUrl, pokemon.animatedUrl });
    for (const QUrl &still : sprite(pokemon, shiny)) {
        if (!chain.contains(still))
            chain.append(still);
    }
    return chain;
}

QUrl cry(const Pokemon &pokemon, CryVersion version)
{
    const QUrl &wanted = version == CryVersion::Latest ? pokemon.cryUrl : pokemon.legacyCryUrl;
    const QUrl &other = version == CryVersion::Latest ? pokemon.legacyCryUrl : pokemon.cryUrl;
    return wanted.isEmpty() ? other : wanted;
}

} // namespace PokemonMedia
