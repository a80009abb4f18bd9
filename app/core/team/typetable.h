#pragma once

#include "api/pokemondetails.h"

#include <QString>
#include <QStringList>

// The current (generation VI and later) type chart, built in: the calculator, team coverage
// and --coverage need all 18 types at once and offline. It is PokeAPI's /type damage
// relations, which tests check it against; multipliers are worked out by TypeChart.
namespace TypeTable {

// How hard `attacker` hits a Pokémon of the single type `defender`: 0, 0.5, 1 or 2.
double effectiveness(const QString &attacker, const QString &defender);

// `type`'s defensive relations, as /type/{type} has them; empty lists for an unknown type.
TypeRelations relationsOf(const QString &type);

// What hurts a Pokémon of `types` (one or two; more are folded in too). With a Tera type
// (not "stellar", which keeps the Pokémon's own), that type alone defends.
TypeMatchups matchups(const QStringList &types, const QString &teraType = {});

} // namespace TypeTable
