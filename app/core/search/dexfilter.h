#pragma once

#include "search/formkind.h"

#include <QList>
#include <QString>
#include <QStringList>

// What the grid is narrowed to; every part must hold (AND). Empty parts let everything by.
struct DexFilter
{
    QStringList types; // each of them a type of the Pokémon (two: both)
    QList<int> generations; // each of them its generation (two different: none)
    FormKinds forms; // the kinds of form shown besides species; none: species only
    QString text; // a name (any part) or a Pokédex number (its start), as typed

    bool narrows() const { return !types.isEmpty() || !generations.isEmpty() || !text.isEmpty(); }
    friend bool operator==(const DexFilter &a, const DexFilter &b)
    {
        return a.types == b.types && a.generations == b.generations && a.forms == b.forms
            && a.text == b.text;
    }
    friend bool operator!=(const DexFilter &a, const DexFilter &b) { return !(a == b); }
};
