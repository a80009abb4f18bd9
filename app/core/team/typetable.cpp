#include "team/typetable.h"

#include "api/typechart.h"

#include <QHash>

namespace {

struct Attack
{
    QStringList superEffective;
    QStringList notVeryEffective;
    QStringList noEffect;
};

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
}

const QHash<QString, Attack> &attacks()
{
    static const QHash<QString, Attack> table = [] {
        QHash<QString, Attack> t;
        auto row = [&t](const char *type, const char *twice, const char *half, const char *none) {
            t.insert(QString::fromLatin1(type), Attack { words(twice), words(half), words(none) });
        };
        row("normal", "", "rock steel", "ghost");
        row("fighting", "normal rock steel ice dark", "flying poison bug psychic fairy", "ghost");
        row("flying", "fighting bug grass", "rock steel electric", "");
        row("poison", "grass fairy", "poison ground rock ghost", "steel");
        row("ground", "poison rock steel fire electric", "bug grass", "flying");
        row("rock", "flying bug fire ice", "fighting ground steel", "");
        row("bug", "grass psychic dark", "fighting flying poison ghost steel fire fairy", "");
        row("ghost", "ghost psychic", "dark", "normal");
        row("steel", "rock ice fairy", "steel fire water electric", "");
        row("fire", "bug steel grass ice", "rock fire water dragon", "");
        row("water", "ground rock fire", "water grass dragon", "");
        row("grass", "ground rock water", "flying poison bug steel fire grass dragon", "");
        row("electric", "flying water", "grass electric dragon", "ground");
        row("psychic", "fighting poison", "steel psychic", "dark");
        row("ice", "flying ground grass dragon", "steel fire water ice", "");
        row("dragon", "dragon", "steel", "fairy");
        row("dark", "ghost psychic", "fighting dark fairy", "");
        row("fairy", "fighting dragon dark", "poison steel fire", "");
        return t;
    }();
    return table;
}

} // namespace

namespace TypeTable {

double effectiveness(const QString &attacker, const QString &defender)
{
    const auto it = attacks().constFind(attacker);
    if (it == attacks().cend())
        return 1.0;
    if (it->noEffect.contains(defender))
        return 0.0;
    if (it->superEffective.contains(defender))
        return 2.0;
    if (it->notVeryEffective.contains(defender))
        return 0.5;
    return 1.0;
}

TypeRelations relationsOf(const QString &type)
{
    TypeRelations relations;
    relations.type = type;
    if (!attacks().contains(type))
        return relations;
    for (const QString &attacker : TypeChart::allTypes()) {
        const double factor = effectiveness(attacker, type);
        if (factor == 0.0)
            relations.noDamageFrom.append(attacker);
        else if (factor > 1.0)
            relations.doubleDamageFrom.append(attacker);
        else if (factor < 1.0)
            relations.halfDamageFrom.append(attacker);
    }
    return relations;
}

TypeMatchups matchups(const QStringList &types, const QString &teraType)
{
    const QString tera = teraType.trimmed().toLower();
    const QStringList defending
        = tera.isEmpty() || tera == QLatin1String("stellar") ? types : QStringList { tera };
    QList<TypeRelations> relations;
    for (const QString &type : defending)
        relations.append(relationsOf(type));
    return TypeChart::matchups(relations);
}

} // namespace TypeTable
