#pragma once

#include "api/pokemonsheet.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

// Validating parsers for the documents of a Pokémon's sheet. Same rules as PokeApiParser:
// never crash, never half-filled, a readable error naming the field.
namespace SheetParser {

// /pokemon/{name}, reading only id, name, base_experience, stats, held_items and moves.
std::optional<PokemonSheet> parseSheet(const QByteArray &json, QString *error = nullptr);
std::optional<MoveDetails> parseMove(const QByteArray &json, QString *error = nullptr);
std::optional<MachineDetails> parseMachine(const QByteArray &json, QString *error = nullptr);
// /pokemon/{id}/encounters: one entry per location area, version and encounter detail.
std::optional<QList<Encounter>> parseEncounters(const QByteArray &json, QString *error = nullptr);

} // namespace SheetParser
