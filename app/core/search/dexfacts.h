#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// What the National Dex's listing and group answers tell of a Pokémon before its own document
// arrives: enough for a card's number and type badges, and to filter by type or generation.
struct DexFacts
{
    int number = 0; // National Pokédex number; 0: not known
    QStringList types; // type slugs in slot order; empty: not known yet
    int generation = 0; // 1..9; 0: not known yet
    bool form = false; // a Mega, Gigantamax, regional or other form; `number` is its species'

    friend bool operator==(const DexFacts &a, const DexFacts &b)
    {
        return a.number == b.number && a.types == b.types && a.generation == b.generation
            && a.form == b.form;
    }
};

using DexFactsBySlug = QHash<QString, DexFacts>;
