#pragma once

#include <QString>

// How the cards and the detail pane write a Pokémon's numbers and slugs for people.
namespace PokemonFormat {

// "solar-power" -> "Solar Power", "mr-mime" -> "Mr Mime": a slug for people until the real
// English name is known.
QString title(const QString &slug);
// 6 -> "#006"
QString number(int id);
// Decimetres in metric and imperial: 17 -> "1.7 m (5′ 7″)".
QString height(int decimetres);
// Hectograms in metric and imperial: 905 -> "90.5 kg (199.5 lb)".
QString weight(int hectograms);
// PokeAPI stat slug -> the short label Pokédexes use: "special-attack" -> "Sp. Atk".
QString statLabel(const QString &stat);
// The id at the end of a resource URL (".../pokemon-species/4/" -> 4), or 0.
int idFromUrl(const QString &url);

} // namespace PokemonFormat
