#pragma once

#include "search/pokemonlistmodel.h"

#include <QString>

// How a search went, in a line for people: "3 found, 1 not found — 0.41 s".
namespace SearchSummary {

QString text(const PokemonListModel::Counts &counts, double elapsedMs);
// The same for the National Dex: "1,025 Pokémon in the National Dex · 30 loaded"; `forms` of
// the rows are forms, not species of their own.
QString dexText(const PokemonListModel::Counts &counts, int forms);

} // namespace SearchSummary
