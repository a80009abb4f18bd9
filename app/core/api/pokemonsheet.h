#pragma once

#include "api/pokemon.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

// What a player looks up beyond the card: learnsets, moves, machines and encounters, filled
// by the parsers in sheetparser.h and delivered by PokemonSheetLoader.

// One way a Pokémon learns a move in one game, from /pokemon/{name} moves[].
struct LearnedMove
{
    QString move; // slug, "thunderbolt"
    QUrl moveUrl; // as given (may be relative)
    QString method; // PokeAPI's move-learn-method: "level-up", "machine", "egg", "tutor", ...
    int level = 0; // level_learned_at; 0 when not learnt by level
    QString versionGroup; // "scarlet-violet"
    int versionGroupId = 0; // the id in its URL
};

// An item a Pokémon may hold when met in the wild, in one game, from /pokemon/{name}
// held_items[].version_details[].
struct HeldItem
{
    QString item; // slug, "light-ball"
    QString version; // a version, not a version group: "yellow"
    int rarity = 0; // percent
    friend bool operator==(const HeldItem &a, const HeldItem &b)
    {
        return a.item == b.item && a.version == b.version && a.rarity == b.rarity;
    }
};

// What /pokemon/{name} says beyond the card: read again when a detail view asks for it (the
// answer is on disk), so the list's 1,025 cards never hold a learnset each.
struct PokemonSheet
{
    int id = 0;
    QString name;
    int baseExperience = -1; // null for some forms
    QList<PokemonStat> evYield; // stats[].effort, only those above 0; PokemonStat::base is it
    QList<HeldItem> heldItems; // in the wild, one entry per item and game

    // The items held in the wild, each once, in the order given.
    QStringList heldItemNames() const;
    QList<LearnedMove> learnset; // every game's

    // The version groups the learnset names, newest first (VersionGroups::isNewer).
    QStringList versionGroups() const;
    // The learnset of one game.
    QList<LearnedMove> movesIn(const QString &versionGroup) const;
};

// A move as /move/{name} describes it.
struct MoveDetails
{
    struct Machine
    {
        QString versionGroup;
        QUrl url; // the /machine/{id} that teaches it in that game
    };
    QString name;
    QString type; // "electric"
    QString damageClass; // "physical", "special" or "status"
    int power = -1; // -1: null (status moves, fixed-damage moves)
    int accuracy = -1; // -1: null (never misses)
    int pp = -1; // -1: null
    QList<Machine> machines;
    QString englishName; // "Thunderbolt"; empty when the answer had no names
    QString shortEffect; // English effect_entries[].short_effect; may be empty
    QString flavorText; // the newest English flavor_text_entries[] (the games' own words)
    // By PokeAPI's language code: every name, short effect and newest game text.
    QHash<QString, QString> names;
    QHash<QString, QString> shortEffects;
    QHash<QString, QString> flavorTexts;

    // The machine that teaches it in `versionGroup`, or an empty URL.
    QUrl machineIn(const QString &versionGroup) const;
};

// A machine as /machine/{id} describes it: the item "tm126" is shown as "TM126".
struct MachineDetails
{
    QString item; // "tm126"
    QString label; // "TM126"
    QString move;
    QString versionGroup;
};

// One way to meet a Pokémon in the wild, from /pokemon/{id}/encounters.
struct Encounter
{
    QString locationArea; // "viridian-forest-area"
    QString version; // a version, not a version group: "red", "blue"
    QString method; // "walk", "surf", "gift", ...
    int minLevel = 0;
    int maxLevel = 0;
    int chance = 0; // percent
    friend bool operator==(const Encounter &a, const Encounter &b)
    {
        return a.locationArea == b.locationArea && a.version == b.version && a.method == b.method
            && a.minLevel == b.minLevel && a.maxLevel == b.maxLevel && a.chance == b.chance;
    }
};

// The order of the games: PokeAPI's version-group `order`, so the newest is known without
// asking for each group. A group not listed (a game newer than this table) counts as newer
// than every listed one, and among such groups the higher id is newer.
namespace VersionGroups {
bool isNewer(const QString &a, int idA, const QString &b, int idB);
} // namespace VersionGroups

Q_DECLARE_METATYPE(PokemonSheet)
Q_DECLARE_METATYPE(MoveDetails)
Q_DECLARE_METATYPE(MachineDetails)
Q_DECLARE_METATYPE(QList<Encounter>)
