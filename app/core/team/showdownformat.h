#pragma once

#include "team/showdownset.h"

#include <QList>
#include <QString>
#include <QStringList>

// Pokémon Showdown's team export format, both ways:
//
//   Bulby (Bulbasaur) (M) @ Miracle Seed
//   Ability: Overgrow
//   Tera Type: Grass
//   EVs: 252 SpA / 4 SpD / 252 Spe
//   Timid Nature
//   - Giga Drain
//
// Sets are separated by blank lines; "=== [gen9ou] Name ===" headers of a team backup are
// skipped. Input is untrusted (a paste): its size, its number of sets and each line are capped.
namespace ShowdownFormat {

inline constexpr qsizetype MaxInputChars = 256 * 1024;
inline constexpr qsizetype MaxLineChars = 400;
inline constexpr int MaxSets = 60; // ten teams' worth
inline constexpr int MaxMoves = 4;

struct Result
{
    QList<ShowdownSet> sets;
    QStringList warnings; // lines skipped and why, for people; at most a few dozen
};

Result parse(const QString &text);

// Text Showdown's importer accepts; fields left empty are left out.
QString format(const QList<ShowdownSet> &sets);
QString format(const ShowdownSet &set);

// A Showdown species name -> the PokeAPI slug: "Mr. Mime-Galar" -> "mr-mime-galar",
// "Rotom-Wash" -> "rotom-wash", "Nidoran-F" -> "nidoran-f", "Farfetch’d" -> "farfetchd";
// forms whose default PokeAPI name differs are mapped ("Urshifu" -> "urshifu-single-strike",
// "Necrozma-Dusk-Mane" -> "necrozma-dusk"). Empty when nothing usable is left.
QString slugForSpecies(const QString &species);

// Whether `text` reads like a Showdown paste rather than a list of names: a set line
// followed by an "Ability:", "EVs:", "Tera Type:", "... Nature" or "- Move" line.
bool looksLikeTeam(const QString &text);

// The slugs of the Pokémon a pasted team names, in its order; empty unless looksLikeTeam.
QStringList pokemonIn(const QString &text);

} // namespace ShowdownFormat
