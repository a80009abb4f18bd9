#pragma once

#include "api/pokemon.h"
#include "net/networkdefaults.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

// Validating JSON -> value parsers for PokeAPI responses. They never crash and never
// return half-filled values: a missing, mistyped or out-of-range field is an error,
// described in *error for people ("'types' is not an array").
namespace PokeApiParser {

// Bodies larger than this are refused before parsing.
constexpr qsizetype MaxDocumentSize = NetworkDefaults::MaxBodyBytes;

std::optional<Pokemon> parsePokemon(const QByteArray &json, QString *error = nullptr);

struct Variety
{
    QString name; // e.g. "deoxys-normal"
    QUrl url; // as given in the document (may be relative)
};
// The default variety of a /pokemon-species/{name} document.
std::optional<Variety> parseDefaultVariety(const QByteArray &json, QString *error = nullptr);

// The "results[].name" of a named-resource listing such as /pokemon?limit=100000.
std::optional<QStringList> parseNameList(const QByteArray &json, QString *error = nullptr);

} // namespace PokeApiParser
