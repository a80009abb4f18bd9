#pragma once

#include <QStringList>

// PokeAPI's six base stats in the order Pokédexes list them.
inline const QStringList &statOrder()
{
    static const QStringList order = {
        QStringLiteral("hp"),
        QStringLiteral("attack"),
        QStringLiteral("defense"),
        QStringLiteral("special-attack"),
        QStringLiteral("special-defense"),
        QStringLiteral("speed"),
    };
    return order;
}
