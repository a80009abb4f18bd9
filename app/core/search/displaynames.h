#pragma once

#include <QHash>
#include <QString>

class QLocale;
struct AbilityDetails;
struct MoveDetails;

// A Pokémon's name as people write it, without asking the server: "mr-mime" -> "Mr. Mime",
// "type-null" -> "Type: Null", "tapu-koko" -> "Tapu Koko", "mr-mime-galar" -> "Mr. Mime-Galar",
// anything else title-cased at its dashes ("ho-oh" -> "Ho-Oh", "deoxys-normal" ->
// "Deoxys-Normal"). The detail view shows the species' own English name once it has it.
// In another display language (setLanguage), a species is named as PokeAPI names it there
// ("charizard" -> "Glurak" in German), from LocalizedNames; English where it has no name.
namespace DisplayNames {

QString forSlug(const QString &slug);

// A Pokémon or form by its slug and its species' slug, as PokeAPI's pokemon-form names write
// them: "charizard-mega-x" -> "Mega Charizard X", "raichu-alola" -> "Alolan Raichu",
// "charizard-gmax" -> "Gigantamax Charizard", "darmanitan-galar-zen" -> "Galarian
// Darmanitan (Zen)"; any other form gets its kind in brackets: "deoxys-normal" -> "Deoxys
// (Normal)". With no species given, the regional, Mega and Gigantamax words still tell
// where the species ends.
QString forPokemon(const QString &slug, const QString &species = {});

// A type's name in the display language: "fire" -> "Fire", "Feuer" in German.
QString forType(const QString &type);

// The display language, one of PokeAPI's codes ("en", "de", "ja-hrkt", ...); "en" until set.
// Set on the GUI thread; read anywhere.
void setLanguage(const QString &code);
QString language();
// What a locale reads where PokeAPI has it, else "en": de_DE -> "de", ja_JP -> "ja-hrkt",
// zh_TW -> "zh-hant", zh_CN -> "zh-hans", ko_KR -> "ko", pt_BR -> "en".
QString languageFor(const QLocale &locale);

// A text PokeAPI gives in many languages (code -> text; genus, Pokédex text): the one in the
// display language or, marked as a fallback, `english`.
struct Text
{
    QString text;
    bool isFallback = false; // English, because PokeAPI has none in the display language
};
Text pick(const QHash<QString, QString> &byLanguage, const QString &english);
// The same with two sources in the display language, `first` preferred (an ability's short
// effect, else the games' own text).
Text pick(const QHash<QString, QString> &first, const QHash<QString, QString> &second,
          const QString &english);
// Moves and abilities by their answers: the name and what it does in the display language,
// else in English marked as a fallback. An effect is the short effect where PokeAPI has it in
// the display language, else the games' own text there; in English, an ability's short effect
// (its long one for the newest abilities) and a move's game text.
Text forMove(const MoveDetails &move);
Text moveEffect(const MoveDetails &move);
Text forAbility(const AbilityDetails &ability);
Text abilityEffect(const AbilityDetails &ability);
// Any other slug — a move, ability, item, place, game: "thunder-shock" -> "Thunder Shock",
// "mt-coronet-1f" -> "Mt. Coronet 1f".
QString forTerm(const QString &slug);

} // namespace DisplayNames
