#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

struct PokemonStat
{
    QString name; // PokeAPI stat slug: "hp", "attack", "special-attack", ...
    int base = 0;
    friend bool operator==(const PokemonStat &a, const PokemonStat &b)
    {
        return a.name == b.name && a.base == b.base;
    }
};

struct PokemonAbility
{
    QString name; // slug, e.g. "lightning-rod"
    bool hidden = false;
    friend bool operator==(const PokemonAbility &a, const PokemonAbility &b)
    {
        return a.name == b.name && a.hidden == b.hidden;
    }
};

// One Pokémon as /pokemon/{name} describes it: only the fields the app shows.
struct Pokemon
{
    int id = 0;
    QString name; // slug of this Pokémon (form), e.g. "deoxys-normal"
    QString speciesName; // slug of its species, e.g. "deoxys"
    QStringList types; // type slugs in slot order, e.g. {"fire", "flying"}
    int height = 0; // decimetres
    int weight = 0; // hectograms
    QList<PokemonStat> stats;
    QList<PokemonAbility> abilities;
    QUrl spriteUrl; // sprites.front_default; empty when null
    QUrl shinySpriteUrl; // sprites.front_shiny; empty when null
    QUrl artworkUrl; // sprites.other.official-artwork.front_default; empty when absent
    QUrl shinyArtworkUrl; // sprites.other.official-artwork.front_shiny; empty when absent
    QUrl homeUrl; // sprites.other.home.front_default; empty when absent
    QUrl shinyHomeUrl; // sprites.other.home.front_shiny; empty when absent
    QUrl dreamWorldUrl; // sprites.other.dream_world.front_default (SVG); empty when absent
    QUrl showdownUrl; // sprites.other.showdown.front_default (animated GIF); empty when absent
    QUrl shinyShowdownUrl; // sprites.other.showdown.front_shiny; empty when absent
    // sprites.versions.generation-v.black-white.animated.front_default / front_shiny (GIFs)
    QUrl animatedUrl;
    QUrl shinyAnimatedUrl;
    QUrl cryUrl; // cries.latest (Ogg Vorbis); empty when absent
    QUrl legacyCryUrl; // cries.legacy; empty when absent
    QUrl speciesUrl; // species.url, as given (may be relative)
    int speciesId = 0; // the id in speciesUrl; 0 when absent

    bool isValid() const { return id > 0 && !name.isEmpty(); }
    // The National Pokédex number: a form (ids from 10001) has its species' number.
    int dexNumber() const { return speciesId > 0 ? speciesId : id; }
};

Q_DECLARE_METATYPE(Pokemon)
