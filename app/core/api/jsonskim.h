#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <initializer_list>
#include <optional>

// Parse only what is read: a PokeAPI Pokémon is ~250 KB of JSON, 95 % of it `moves`, and the
// app reads a few fields. keepMembers() copies the members of a top-level object whose keys
// are in `keys`, in their order, and skips the rest with a scan that only follows strings and
// brackets, so QJsonDocument builds a tree of what is read (like simdjson's On Demand API).
//
// What is skipped is checked for what the scan can see: every string ends, brackets balance,
// the object ends and nothing but whitespace follows. A value that is malformed inside
// (`"moves": [1,,2]`) is not noticed: the parsers never look at it. Anything the scan does not
// understand gives nothing, and the caller parses the whole document instead, so an error
// message always describes the document as it came.
//
// A key with a dot keeps part of an object member: {"sprites.other"} keeps "sprites" with
// only its member "other" (and "sprites" whole if it is not an object).
namespace JsonSkim {

std::optional<QByteArray> keepMembers(const QByteArray &json,
                                      std::initializer_list<QLatin1String> keys);

} // namespace JsonSkim
