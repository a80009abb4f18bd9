#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One Pokémon of a team as Showdown's export format writes it. Every field is text as a
// person wrote it, except `slug`, the PokeAPI name of the species or form ("mr-mime-galar").
struct ShowdownSet
{
    // The six stats in Showdown's order and spelling, with PokeAPI's stat slugs.
    static constexpr int StatCount = 6;

    QString nickname; // empty: none
    QString species; // as written: "Mr. Mime-Galar"
    QString slug; // "mr-mime-galar"
    QString gender; // "M", "F" or empty
    QString item; // "Light Ball"
    QString ability; // "Static"
    int level = 0; // 0: not given (Showdown assumes 100)
    bool shiny = false;
    QString teraType; // "Electric"
    QString nature; // "Timid"
    QList<int> evs; // StatCount values or empty; -1 for a stat not given
    QList<int> ivs; // likewise
    QStringList moves; // at most four: "Thunderbolt", "Hidden Power [Ice]"

    friend bool operator==(const ShowdownSet &a, const ShowdownSet &b)
    {
        return a.nickname == b.nickname && a.species == b.species && a.slug == b.slug
            && a.gender == b.gender && a.item == b.item && a.ability == b.ability
            && a.level == b.level && a.shiny == b.shiny && a.teraType == b.teraType
            && a.nature == b.nature && a.evs == b.evs && a.ivs == b.ivs && a.moves == b.moves;
    }
};

Q_DECLARE_METATYPE(ShowdownSet)
