#pragma once

#include <QFlags>
#include <QList>
#include <QStringView>

// The kinds of form a Pokémon can be besides its species' default, as the dex's forms filter
// shows or hides them: each kind on its own, so "regional forms, no Megas" is one click.
enum class FormKind {
    Mega = 0x1, // Mega Evolutions (charizard-mega-x)
    Gigantamax = 0x2, // charizard-gmax
    Regional = 0x4, // Alolan, Galarian, Hisuian and Paldean forms (raichu-alola)
    Other = 0x8, // everything else: Primal, totem, cosplay, battle and cosmetic forms
};
Q_DECLARE_FLAGS(FormKinds, FormKind)
Q_DECLARE_OPERATORS_FOR_FLAGS(FormKinds)

namespace FormKindOf {

// Every kind, in the order menus list them.
QList<FormKind> all();
constexpr FormKinds Every
    = FormKinds(FormKind::Mega) | FormKind::Gigantamax | FormKind::Regional | FormKind::Other;

// The kind of the form `slug` (PokeAPI's name of a non-default Pokémon, "raichu-alola"),
// from its name's parts.
FormKind slug(QStringView slug);

} // namespace FormKindOf
