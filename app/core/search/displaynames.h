#pragma once

#include <QString>

// A Pokémon's name as people write it, without asking the server: "mr-mime" -> "Mr. Mime",
// "type-null" -> "Type: Null", "tapu-koko" -> "Tapu Koko", "mr-mime-galar" -> "Mr. Mime-Galar",
// anything else title-cased at its dashes ("ho-oh" -> "Ho-Oh", "deoxys-normal" ->
// "Deoxys-Normal"). The detail view shows the species' own English name once it has it.
namespace DisplayNames {

QString forSlug(const QString &slug);

// A Pokémon or form by its slug and its species' slug, as PokeAPI's pokemon-form names write
// them: "charizard-mega-x" -> "Mega Charizard X", "raichu-alola" -> "Alolan Raichu",
// "charizard-gmax" -> "Gigantamax Charizard", "darmanitan-galar-zen" -> "Galarian
// Darmanitan (Zen)"; any other form gets its kind in brackets: "deoxys-normal" -> "Deoxys
// (Normal)". With no species given, the regional, Mega and Gigantamax words still tell
// where the species ends.
QString forPokemon(const QString &slug, const QString &species = {});

// Any other slug — a move, ability, item, place, game: "thunder-shock" -> "Thunder Shock",
// "mt-coronet-1f" -> "Mt. Coronet 1f".
QString forTerm(const QString &slug);

} // namespace DisplayNames
