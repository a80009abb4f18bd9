#include "team/teamcoverage.h"

#include "api/typechart.h"
#include "search/displaynames.h"
#include "search/namenormalizer.h"
#include "team/typetable.h"

#include <QHash>

namespace {

struct AbilityEffect
{
    const char *type;
    const char *effect;
};

// Abilities that change what a type does to their bearer.
const QHash<QString, QList<AbilityEffect>> &abilityEffects()
{
    static const QHash<QString, QList<AbilityEffect>> table = {
        { QStringLiteral("levitate"), { { "ground", "immune" } } },
        { QStringLiteral("earth-eater"), { { "ground", "immune, heals" } } },
        { QStringLiteral("flash-fire"), { { "fire", "immune, powers up" } } },
        { QStringLiteral("well-baked-body"), { { "fire", "immune" } } },
        { QStringLiteral("water-absorb"), { { "water", "immune, heals" } } },
        { QStringLiteral("storm-drain"), { { "water", "immune" } } },
        { QStringLiteral("dry-skin"), { { "water", "immune, heals" }, { "fire", "takes more" } } },
        { QStringLiteral("volt-absorb"), { { "electric", "immune, heals" } } },
        { QStringLiteral("lightning-rod"), { { "electric", "immune" } } },
        { QStringLiteral("motor-drive"), { { "electric", "immune" } } },
        { QStringLiteral("sap-sipper"), { { "grass", "immune" } } },
        { QStringLiteral("thick-fat"), { { "fire", "halved" }, { "ice", "halved" } } },
        { QStringLiteral("heatproof"), { { "fire", "halved" } } },
        { QStringLiteral("water-bubble"), { { "fire", "halved" } } },
        { QStringLiteral("purifying-salt"), { { "ghost", "halved" } } },
        { QStringLiteral("fluffy"), { { "fire", "takes more" } } },
    };
    return table;
}

QString memberName(const TeamMember &member)
{
    if (!member.set.nickname.isEmpty())
        return member.set.nickname;
    return DisplayNames::forSlug(member.set.slug);
}

// The abilities that count for notes: the chosen one, or every one it may have.
QStringList abilitySlugs(const TeamMember &member)
{
    if (!member.set.ability.isEmpty())
        return { NameNormalizer::normalize(member.set.ability) };
    return member.abilities;
}

void count(TeamCoverage::DefensiveRow *row, double multiplier)
{
    row->multipliers.append(multiplier);
    if (multiplier == 0.0)
        ++row->immune;
    else if (multiplier > 1.0)
        ++row->weak;
    else if (multiplier < 1.0)
        ++row->resist;
}

} // namespace

namespace TeamCoverage {

QString abilityNote(const QString &abilitySlug, const QString &attackingType)
{
    const auto it = abilityEffects().constFind(abilitySlug);
    if (it == abilityEffects().cend())
        return {};
    for (const AbilityEffect &effect : *it) {
        if (attackingType == QLatin1String(effect.type))
            return QString::fromLatin1(effect.effect);
    }
    return {};
}

QList<DefensiveRow> defensive(const QList<TeamMember> &members)
{
    QList<TypeMatchups> matchups;
    for (const TeamMember &member : members)
        matchups.append(TypeTable::matchups(member.types)); // before any Terastallization

    QList<DefensiveRow> rows;
    for (const QString &attacker : TypeChart::allTypes()) {
        DefensiveRow row;
        row.attackingType = attacker;
        for (qsizetype i = 0; i < members.size(); ++i) {
            const TeamMember &member = members.at(i);
            count(&row, member.types.isEmpty() ? 1.0 : matchups.at(i).multiplierFor(attacker));
            for (const QString &ability : abilitySlugs(member)) {
                QString note = ability == QLatin1String("wonder-guard")
                    ? (matchups.at(i).multiplierFor(attacker) > 1.0
                           ? QString()
                           : QStringLiteral("immune unless super-effective"))
                    : abilityNote(ability, attacker);
                if (!note.isEmpty())
                    row.notes.append(
                        QStringLiteral("%1 (%2): %3")
                            .arg(DisplayNames::forTerm(ability), memberName(member), note));
            }
        }
        rows.append(row);
    }
    return rows;
}

QList<DefensiveRow> defensive(const QList<QStringList> &typings)
{
    QList<DefensiveRow> rows;
    QList<TypeMatchups> matchups;
    for (const QStringList &types : typings)
        matchups.append(TypeTable::matchups(types));
    for (const QString &attacker : TypeChart::allTypes()) {
        DefensiveRow row;
        row.attackingType = attacker;
        for (const TypeMatchups &m : std::as_const(matchups))
            count(&row, m.multiplierFor(attacker));
        rows.append(row);
    }
    return rows;
}

Offensive offensive(const QList<TeamMember> &members)
{
    Offensive result;
    for (const QString &defender : TypeChart::allTypes()) {
        QStringList sources;
        for (const TeamMember &member : members) {
            const QString name = memberName(member);
            for (const QString &type : member.types) {
                if (TypeTable::effectiveness(type, defender) > 1.0)
                    sources.append(
                        QStringLiteral("%1 (%2)").arg(name, DisplayNames::forType(type)));
            }
            for (qsizetype m = 0; m < member.moveTypes.size(); ++m) {
                const QString &type = member.moveTypes.at(m);
                if (TypeTable::effectiveness(type, defender) <= 1.0)
                    continue;
                const QString move
                    = m < member.set.moves.size() ? member.set.moves.at(m) : QString();
                sources.append(move.isEmpty() ? QStringLiteral("%1 (%2)").arg(
                                   name, DisplayNames::forType(type))
                                              : QStringLiteral("%1: %2 (%3)")
                                                    .arg(name, move, DisplayNames::forType(type)));
            }
        }
        sources.removeDuplicates();
        if (sources.isEmpty())
            result.uncovered.append(defender);
        else
            result.superEffective.append({ defender, sources });
    }
    return result;
}

} // namespace TeamCoverage
