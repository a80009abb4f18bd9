#pragma once

#include "api/pokemondetails.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Validating parsers for the documents behind a detail view and group searches. Same rules
// as PokeApiParser: never crash, never half-filled, a readable error naming the field.
namespace DetailsParser {

// "fire-stone" -> "Fire Stone", "mt-coronet" -> "Mt. Coronet": slugs of items, moves, places
// as people write them (the words of an evolution trigger; DisplayNames::forTerm).
QString titleCase(const QString &slug);
// Game text is laid out for a small screen: line breaks (\n, \f) become spaces, and a soft
// hyphen at a line break joins the halves of a word again ("horri\u00ad\nble" -> "horrible").
QString foldFlavorText(const QString &text);

std::optional<SpeciesDetails> parseSpecies(const QByteArray &json, QString *error = nullptr);
std::optional<TypeRelations> parseTypeRelations(const QByteArray &json, QString *error = nullptr);
std::optional<EvolutionNode> parseEvolutionChain(const QByteArray &json, QString *error = nullptr);
std::optional<AbilityDetails> parseAbility(const QByteArray &json, QString *error = nullptr);

// Members of a group, in Pokédex order: /generation/{n} -> pokemon_species[].name sorted by
// the id in their URL; /type/{name} -> pokemon[].pokemon.name, default forms only (ids below
// 10000; megas and regional forms are left out), by id.
std::optional<QStringList> parseGenerationMembers(const QByteArray &json, QString *error = nullptr);
std::optional<QStringList> parseTypeMembers(const QByteArray &json, QString *error = nullptr);
// /move/{name} -> learned_by_pokemon[].name and /ability/{name} -> pokemon[].pokemon.name,
// default forms only, by id.
std::optional<QStringList> parseMoveMembers(const QByteArray &json, QString *error = nullptr);
std::optional<QStringList> parseAbilityMembers(const QByteArray &json, QString *error = nullptr);

// Whole answers, every entry with its id, in the order given: /pokemon-species?limit=…
// -> results[]; /generation/{n} -> pokemon_species[]; /type/{name} -> pokemon[], forms
// included, each with its slot.
std::optional<QList<GroupMember>> parseListing(const QByteArray &json, QString *error = nullptr);
std::optional<QList<GroupMember>> parseGenerationRoster(const QByteArray &json,
                                                        QString *error = nullptr);
std::optional<QList<GroupMember>> parseTypeRoster(const QByteArray &json, QString *error = nullptr);

} // namespace DetailsParser
