#include "api/typechart.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace {

// Each attacking type's effect on one defender: doublings minus halvings (so 2 x 1/2 = 1 cancels
// exactly, with no floating point), and whether any defender type is immune.
struct Effect
{
    int doublings = 0;
    bool immune = false;
};

} // namespace

double TypeMatchups::multiplierFor(const QString &attackingType) const
{
    if (immune.contains(attackingType))
        return 0.0;
    if (quadruple.contains(attackingType))
        return 4.0;
    if (twice.contains(attackingType))
        return 2.0;
    if (half.contains(attackingType))
        return 0.5;
    if (quarter.contains(attackingType))
        return 0.25;
    return 1.0;
}

namespace TypeChart {

TypeMatchups matchups(const QList<TypeRelations> &defenderTypes)
{
    QHash<QString, Effect> effects;
    QSet<QString> counted; // a type listed twice still counts once
    for (const TypeRelations &relations : defenderTypes) {
        if (counted.contains(relations.type))
            continue;
        counted.insert(relations.type);
        for (const QString &attacker : relations.doubleDamageFrom)
            ++effects[attacker].doublings;
        for (const QString &attacker : relations.halfDamageFrom)
            --effects[attacker].doublings;
        for (const QString &attacker : relations.noDamageFrom)
            effects[attacker].immune = true;
    }

    // Known types in PokeAPI order, anything newer after them alphabetically.
    QStringList attackers = effects.keys();
    const QStringList &order = TypeChart::allTypes();
    std::sort(attackers.begin(), attackers.end(), [&order](const QString &a, const QString &b) {
        const qsizetype ia = order.indexOf(a), ib = order.indexOf(b);
        if ((ia < 0) != (ib < 0))
            return ia >= 0;
        return ia >= 0 ? ia < ib : a < b;
    });

    TypeMatchups result;
    for (const QString &attacker : std::as_const(attackers)) {
        const Effect effect = effects.value(attacker);
        if (effect.immune)
            result.immune.append(attacker);
        else if (effect.doublings >= 2)
            result.quadruple.append(attacker);
        else if (effect.doublings == 1)
            result.twice.append(attacker);
        else if (effect.doublings == -1)
            result.half.append(attacker);
        else if (effect.doublings <= -2)
            result.quarter.append(attacker);
    }
    return result;
}

} // namespace TypeChart

const QStringList &TypeChart::allTypes()
{
    static const QStringList order = {
        QStringLiteral("normal"),   QStringLiteral("fighting"), QStringLiteral("flying"),
        QStringLiteral("poison"),   QStringLiteral("ground"),   QStringLiteral("rock"),
        QStringLiteral("bug"),      QStringLiteral("ghost"),    QStringLiteral("steel"),
        QStringLiteral("fire"),     QStringLiteral("water"),    QStringLiteral("grass"),
        QStringLiteral("electric"), QStringLiteral("psychic"),  QStringLiteral("ice"),
        QStringLiteral("dragon"),   QStringLiteral("dark"),     QStringLiteral("fairy"),
    };
    return order;
}
