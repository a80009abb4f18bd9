#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

// What a detail view shows beyond the Pokémon itself: value types filled by the parsers in
// detailsparser.h and delivered by PokemonDetailsLoader.

struct SpeciesVariety
{
    QString name; // pokemon slug, e.g. "charizard-mega-x"
    QUrl url; // as given (may be relative)
    bool isDefault = false;
};

// An ability as /ability/{name} describes it.
struct AbilityDetails
{
    QString name; // slug, e.g. "static"
    QString englishName; // "Static"
    QString shortEffect; // English short_effect; may be empty
    QString effect; // English effect, the long text; may be empty (the newest abilities)
    QString flavorText; // the newest English flavor_text_entries[] (the games' own words)
    // By PokeAPI's language code: every name, short effect and newest game text.
    QHash<QString, QString> names;
    QHash<QString, QString> shortEffects;
    QHash<QString, QString> flavorTexts;
};

// One Pokédex entry: a game's text for a species in one language, whitespace and \f folded.
struct PokedexText
{
    QString version; // a version, not a version group: "yellow"; "" when the answer had none
    QString language; // PokeAPI's code: "en", "de", "ja-hrkt"
    QString text;
    friend bool operator==(const PokedexText &a, const PokedexText &b)
    {
        return a.version == b.version && a.language == b.language && a.text == b.text;
    }
};

// How a species breeds and grows, from /pokemon-species/{name}; -1 where the answer had none.
struct SpeciesBreeding
{
    static constexpr int UnknownGender = -2; // PokeAPI's -1 means genderless
    QStringList eggGroups; // "monster", "dragon"; "no-eggs" for legendaries
    int genderRate = UnknownGender; // eighths female, -1 genderless
    int hatchCounter = -1; // egg cycles
    int captureRate = -1; // 0..255
    QString growthRate; // "medium-slow"
    int baseHappiness = -1; // base friendship
};

struct SpeciesDetails
{
    int id = 0;
    QString name; // species slug, "mr-mime"
    QString englishName; // names[] in English, "Mr. Mime"
    QString genus; // genera[] in English, "Barrier Pokémon"
    QString flavorText; // the newest English flavor_text_entries[], whitespace and \f folded
    // By PokeAPI's language code ("de", "ja-hrkt"): every name, genus and newest flavour text.
    QHash<QString, QString> names;
    QHash<QString, QString> genera;
    QHash<QString, QString> flavorTexts;
    QList<PokedexText> pokedexTexts; // every game's in every language, oldest game first
    QString generation; // "generation-i"
    QUrl evolutionChainUrl;
    QList<SpeciesVariety> varieties;
    bool isLegendary = false;
    bool isMythical = false;
    SpeciesBreeding breeding;
};

// A type's defensive relations, from /type/{name} damage_relations.
struct TypeRelations
{
    QString type;
    QStringList doubleDamageFrom;
    QStringList halfDamageFrom;
    QStringList noDamageFrom;
};

// How much damage each attacking type does to a Pokémon of one or two types.
struct TypeMatchups
{
    QStringList quadruple; // x4
    QStringList twice; // x2
    QStringList half; // x1/2
    QStringList quarter; // x1/4
    QStringList immune; // x0
    // Multiplier for one attacking type (1.0 when not listed).
    double multiplierFor(const QString &attackingType) const;
};

// One stage of an evolution chain; `trigger` says how the previous stage becomes this one,
// for people: "Level 16", "Use Fire Stone", "Trade", "High friendship", "Level up at night"…
struct EvolutionNode
{
    QString species; // slug
    QUrl speciesUrl;
    QString trigger; // empty for the root
    QList<EvolutionNode> evolvesTo;
};

// One entry of a listing or of a group's answer: the name, the id in its URL, and for a
// type's members the slot the type takes (1 or 2; 0 elsewhere).
struct GroupMember
{
    int id = 0;
    QString name;
    int slot = 0;
    friend bool operator==(const GroupMember &a, const GroupMember &b)
    {
        return a.id == b.id && a.name == b.name && a.slot == b.slot;
    }
};

// The parts of a detail view, each loaded (and failing) on its own.
enum class DetailSection {
    Pokemon, // the /pokemon document itself, when the view was opened without it
    Species,
    Types,
    Evolution,
    Artwork,
    Abilities, // each ability's /ability answer
    Breeding, // breeding and training: the species and the Pokémon's own answer again
    Moves, // the learnset of one game, each move's /move answer and its machine
    Encounters, // /pokemon/{id}/encounters
};

Q_DECLARE_METATYPE(DetailSection)
Q_DECLARE_METATYPE(SpeciesDetails)
Q_DECLARE_METATYPE(AbilityDetails)
Q_DECLARE_METATYPE(TypeMatchups)
Q_DECLARE_METATYPE(EvolutionNode)
Q_DECLARE_METATYPE(TypeRelations)
Q_DECLARE_METATYPE(GroupMember)
