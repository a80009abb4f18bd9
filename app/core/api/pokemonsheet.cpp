#include "api/pokemonsheet.h"

#include <QSet>
#include <algorithm>

namespace VersionGroups {

namespace {
    // PokeAPI's version-group `order`, oldest first.
    const QStringList &ordered()
    {
        static const QStringList names
            = QStringLiteral("red-green-japan blue-japan red-blue yellow gold-silver "
                             "crystal ruby-sapphire emerald colosseum xd "
                             "firered-leafgreen diamond-pearl platinum "
                             "heartgold-soulsilver black-white black-2-white-2 x-y "
                             "omega-ruby-alpha-sapphire sun-moon ultra-sun-ultra-moon "
                             "lets-go-pikachu-lets-go-eevee sword-shield "
                             "the-isle-of-armor the-crown-tundra "
                             "brilliant-diamond-shining-pearl legends-arceus "
                             "scarlet-violet the-teal-mask the-indigo-disk legends-za "
                             "mega-dimension champions")
                  .split(u' ');
        return names;
    }
} // namespace

bool isNewer(const QString &a, int idA, const QString &b, int idB)
{
    const qsizetype rankA = ordered().indexOf(a);
    const qsizetype rankB = ordered().indexOf(b);
    if (rankA >= 0 && rankB >= 0)
        return rankA > rankB;
    if (rankA < 0 && rankB < 0)
        return idA > idB;
    return rankA < 0; // unknown to the table: a newer game
}

} // namespace VersionGroups

QStringList PokemonSheet::versionGroups() const
{
    QList<std::pair<QString, int>> groups;
    QSet<QString> seen;
    for (const LearnedMove &entry : learnset) {
        if (!seen.contains(entry.versionGroup)) {
            seen.insert(entry.versionGroup);
            groups.append({ entry.versionGroup, entry.versionGroupId });
        }
    }
    std::sort(groups.begin(), groups.end(), [](const auto &a, const auto &b) {
        return VersionGroups::isNewer(a.first, a.second, b.first, b.second);
    });
    QStringList names;
    for (const auto &group : std::as_const(groups))
        names.append(group.first);
    return names;
}

QStringList PokemonSheet::heldItemNames() const
{
    QStringList names;
    for (const HeldItem &held : heldItems) {
        if (!names.contains(held.item))
            names.append(held.item);
    }
    return names;
}

QList<LearnedMove> PokemonSheet::movesIn(const QString &versionGroup) const
{
    QList<LearnedMove> moves;
    for (const LearnedMove &entry : learnset) {
        if (entry.versionGroup == versionGroup)
            moves.append(entry);
    }
    return moves;
}

QUrl MoveDetails::machineIn(const QString &versionGroup) const
{
    for (const Machine &machine : machines) {
        if (machine.versionGroup == versionGroup)
            return machine.url;
    }
    return {};
}
