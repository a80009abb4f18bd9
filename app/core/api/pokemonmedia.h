#pragma once

#include "api/pokemon.h"

#include <QList>
#include <QUrl>

// Which of a Pokémon's pictures and sounds to ask for, best first. PokeAPI leaves many of them
// null (and some URLs 404 or hold a file that does not decode), so a picture is a chain: whoever
// shows one tries the next URL when one fails, and shows nothing only when all have.
namespace PokemonMedia {

// The large artwork: official artwork, HOME render, dream-world SVG, front sprite. The shiny
// chain has no dream-world picture (PokeAPI has no shiny one); empty when there is nothing.
QList<QUrl> artwork(const Pokemon &pokemon, bool shiny);
// The small game sprite of a card or the pane's tile: the front sprite, then the larger
// pictures in artwork order.
QList<QUrl> sprite(const Pokemon &pokemon, bool shiny);
// The moving sprite: Showdown's GIF, the Black / White one, then the still sprite chain.
QList<QUrl> animatedSprite(const Pokemon &pokemon, bool shiny);

enum class CryVersion { Latest, Legacy };
// The cry in `version`, or the other one when PokeAPI has only that; empty when it has none.
QUrl cry(const Pokemon &pokemon, CryVersion version);

} // namespace PokemonMedia
