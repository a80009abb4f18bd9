#pragma once

#include "api/pokemondetails.h"

#include <QList>
#include <QStringList>

// How the 18 types hit each other, from PokeAPI's /type damage relations.
namespace TypeChart {

// The 18 types in PokeAPI's own order (their ids 1..18).
const QStringList &allTypes();

// Multiplies the relations of each of the defender's types (one or two).
TypeMatchups matchups(const QList<TypeRelations> &defenderTypes);

} // namespace TypeChart
