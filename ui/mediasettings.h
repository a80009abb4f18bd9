#pragma once

#include "api/pokemonmedia.h"

// The saved choices about sound and moving pictures, with their defaults in one place:
// whether opening a Pokémon plays its cry (on), which cry (the latest), whether cries are
// muted (no) and whether cards and the pane show animated sprites (no). Kept in QSettings.
namespace MediaSettings {

bool playCries();
void setPlayCries(bool play);
PokemonMedia::CryVersion cryVersion();
void setCryVersion(PokemonMedia::CryVersion version);
bool criesMuted();
void setCriesMuted(bool muted);
bool animatedSprites();
void setAnimatedSprites(bool animated);

} // namespace MediaSettings
