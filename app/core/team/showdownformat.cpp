#include "team/showdownformat.h"

#include "search/englishnames.h"
#include "search/namenormalizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringView>

namespace {

constexpr int MaxWarnings = 40;

const std::array<QLatin1String, ShowdownSet::StatCount> &statNames()
{
    static const std::array<QLatin1String, ShowdownSet::StatCount> names = {
        QLatin1String("HP"),  QLatin1String("Atk"), QLatin1String("Def"),
        QLatin1String("SpA"), QLatin1String("SpD"), QLatin1String("Spe"),
    };
    return names;
}

// Showdown names (as slugs) whose PokeAPI Pokémon has another name.
const QHash<QString, QString> &showdownToPokeApi()
{
    static const QHash<QString, QString> table = {
        { QStringLiteral("necrozma-dusk-mane"), QStringLiteral("necrozma-dusk") },
        { QStringLiteral("necrozma-dawn-wings"), QStringLiteral("necrozma-dawn") },
        { QStringLiteral("urshifu"), QStringLiteral("urshifu-single-strike") },
        { QStringLiteral("indeedee-f"), QStringLiteral("indeedee-female") },
        { QStringLiteral("meowstic-f"), QStringLiteral("meowstic-female") },
        { QStringLiteral("basculegion-f"), QStringLiteral("basculegion-female") },
        { QStringLiteral("oinkologne-f"), QStringLiteral("oinkologne-female") },
        { QStringLiteral("tauros-paldea-combat"), QStringLiteral("tauros-paldea-combat-breed") },
        { QStringLiteral("tauros-paldea-blaze"), QStringLiteral("tauros-paldea-blaze-breed") },
        { QStringLiteral("tauros-paldea-aqua"), QStringLiteral("tauros-paldea-aqua-breed") },
        { QStringLiteral("ogerpon-wellspring"), QStringLiteral("ogerpon-wellspring-mask") },
        { QStringLiteral("ogerpon-hearthflame"), QStringLiteral("ogerpon-hearthflame-mask") },
        { QStringLiteral("ogerpon-cornerstone"), QStringLiteral("ogerpon-cornerstone-mask") },
        { QStringLiteral("darmanitan-galar"), QStringLiteral("darmanitan-galar-standard") },
        { QStringLiteral("greninja-bond"), QStringLiteral("greninja-battle-bond") },
        { QStringLiteral("zygarde-10"), QStringLiteral("zygarde-10-power-construct") },
    };
    return table;
}

// Forms Showdown writes only for their looks; PokeAPI has one Pokémon for them.
const QHash<QString, QString> &lookOnlyForms()
{
    static const QHash<QString, QString> table = {
        { QStringLiteral("gastrodon-east"), QStringLiteral("gastrodon") },
        { QStringLiteral("shellos-east"), QStringLiteral("shellos") },
    };
    return table;
}

// The name Showdown knows a PokeAPI Pokémon by: "necrozma-dusk" -> "Necrozma-Dusk-Mane",
// "nidoran-f" -> "Nidoran-F" (Showdown's spelling, not the ♀ of the games).
QString showdownNameForSlug(const QString &slug)
{
    if (slug == QLatin1String("nidoran-f") || slug == QLatin1String("nidoran-m"))
        return QLatin1String("Nidoran-") + slug.back().toUpper();
    const QHash<QString, QString> &table = showdownToPokeApi();
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        if (it.value() == slug)
            return DisplayNames::englishForSlug(it.key());
    }
    return DisplayNames::englishForSlug(slug);
}

QString trimmedLine(QStringView line)
{
    return line.trimmed().toString();
}

void warn(ShowdownFormat::Result *result, const QString &text)
{
    if (result->warnings.size() < MaxWarnings)
        result->warnings.append(text);
}

bool isFieldLine(const QString &line)
{
    static const QLatin1String fields[] = {
        QLatin1String("Ability:"), QLatin1String("EVs:"),   QLatin1String("IVs:"),
        QLatin1String("Level:"),   QLatin1String("Shiny:"), QLatin1String("Tera Type:"),
        QLatin1String("- "),       QLatin1String("@"),
    };
    for (const QLatin1String field : fields) {
        if (line.startsWith(field, Qt::CaseInsensitive))
            return true;
    }
    return line.endsWith(QLatin1String(" Nature"), Qt::CaseInsensitive);
}

// "Bulby (Bulbasaur) (M) @ Miracle Seed" into the set's first fields.
bool readNameLine(QString line, ShowdownSet *set)
{
    if (isFieldLine(line))
        return false;
    // The last " @ ": an item never holds one, a nickname might.
    if (const qsizetype at = line.lastIndexOf(QLatin1String(" @ ")); at >= 0) {
        set->item = line.mid(at + 3).trimmed();
        line.truncate(at);
    } else if (line.endsWith(QLatin1String(" @"))) {
        line.chop(2);
    }
    line = line.trimmed();
    // A last bracketed "M" or "F", however spaced ("( F)"), is a gender mark, never a species.
    if (line.endsWith(u')')) {
        const qsizetype open = line.lastIndexOf(u'(');
        const QString inside
            = open >= 0 ? line.mid(open + 1, line.size() - open - 2).trimmed() : QString();
        if (inside == QLatin1String("M") || inside == QLatin1String("F")) {
            set->gender = inside;
            line.truncate(open);
            line = line.trimmed();
        }
    }
    // The last bracketed part is the species when there is a name before it.
    if (line.endsWith(u')')) {
        const qsizetype open = line.lastIndexOf(u'(');
        if (open > 0) {
            const QString nickname = line.left(open).trimmed();
            const QString species = line.mid(open + 1, line.size() - open - 2).trimmed();
            if (!nickname.isEmpty() && !species.isEmpty()) {
                set->nickname = nickname;
                line = species;
            }
        }
    }
    set->species = line;
    set->slug = ShowdownFormat::slugForSpecies(line);
    return !set->slug.isEmpty();
}

// "252 SpA / 4 SpD / 252 Spe" -> six values, -1 where a stat is not given.
bool readStats(QStringView text, int maximum, QList<int> *stats)
{
    QList<int> values(ShowdownSet::StatCount, -1);
    bool any = false;
    for (QStringView part : text.split(u'/')) {
        part = part.trimmed();
        const qsizetype space = part.indexOf(u' ');
        if (space <= 0)
            return false;
        bool ok = false;
        const int value = part.left(space).toInt(&ok);
        const QStringView name = part.mid(space + 1).trimmed();
        if (!ok || value < 0 || value > maximum)
            return false;
        qsizetype index = -1;
        for (qsizetype i = 0; i < ShowdownSet::StatCount; ++i) {
            if (name.compare(statNames()[i], Qt::CaseInsensitive) == 0)
                index = i;
        }
        if (index < 0)
            return false;
        values[index] = value;
        any = true;
    }
    if (any)
        *stats = values;
    return any;
}

QString statsText(const QList<int> &values)
{
    QStringList parts;
    for (qsizetype i = 0; i < values.size() && i < ShowdownSet::StatCount; ++i) {
        if (values.at(i) >= 0)
            parts.append(QString::number(values.at(i)) + u' ' + statNames()[i]);
    }
    return parts.join(QLatin1String(" / "));
}

bool startsWithField(const QString &line, QLatin1String field, QString *value)
{
    if (!line.startsWith(field, Qt::CaseInsensitive))
        return false;
    *value = line.mid(field.size()).trimmed();
    return true;
}

// Applies one line after the first of a set; false if it means nothing to Showdown either.
bool readFieldLine(const QString &line, ShowdownSet *set, ShowdownFormat::Result *result)
{
    QString value;
    if (line.startsWith(u'-') || line.startsWith(u'~')) {
        const QString move = line.mid(1).trimmed();
        if (move.isEmpty())
            return false;
        if (set->moves.size() >= ShowdownFormat::MaxMoves) {
            warn(result,
                 QObject::tr("%1 knows four moves already; skipped “%2”").arg(set->species, move));
            return true;
        }
        set->moves.append(move);
        return true;
    }
    if (startsWithField(line, QLatin1String("Ability:"), &value)) {
        set->ability = value;
        return !value.isEmpty();
    }
    if (startsWithField(line, QLatin1String("Tera Type:"), &value)) {
        set->teraType = value;
        return !value.isEmpty();
    }
    if (startsWithField(line, QLatin1String("Level:"), &value)) {
        bool ok = false;
        const int level = value.toInt(&ok);
        if (!ok || level < 1 || level > 100)
            return false;
        set->level = level;
        return true;
    }
    if (startsWithField(line, QLatin1String("Shiny:"), &value)) {
        set->shiny = value.compare(QLatin1String("Yes"), Qt::CaseInsensitive) == 0;
        return true;
    }
    if (startsWithField(line, QLatin1String("EVs:"), &value))
        return readStats(value, 255, &set->evs);
    if (startsWithField(line, QLatin1String("IVs:"), &value))
        return readStats(value, 31, &set->ivs);
    if (line.endsWith(QLatin1String(" Nature"), Qt::CaseInsensitive)) {
        set->nature = line.chopped(7).trimmed();
        return !set->nature.isEmpty();
    }
    // Fields Showdown writes that the app does not keep.
    static const QLatin1String ignored[] = {
        QLatin1String("Happiness:"),     QLatin1String("Gigantamax:"),
        QLatin1String("Dynamax Level:"), QLatin1String("Hidden Power:"),
        QLatin1String("Pokeball:"),      QLatin1String("Ball:"),
    };
    for (const QLatin1String field : ignored) {
        if (line.startsWith(field, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

namespace ShowdownFormat {

Result parse(const QString &input)
{
    Result result;
    QStringView text(input);
    if (text.size() > MaxInputChars) {
        warn(&result,
             QObject::tr("The text is too long; only its first %1 characters were read")
                 .arg(MaxInputChars));
        text = text.left(MaxInputChars);
    }

    ShowdownSet set;
    bool inSet = false;
    bool skipping = false; // a set whose first line was not a Pokémon: skip to the blank line
    auto finishSet = [&] {
        if (inSet) {
            if (result.sets.size() < MaxSets)
                result.sets.append(set);
            else if (result.sets.size() == MaxSets)
                warn(&result,
                     QObject::tr("More than %1 Pokémon; the rest were skipped").arg(MaxSets));
        }
        set = ShowdownSet();
        inSet = false;
        skipping = false;
    };

    int lineNumber = 0;
    for (QStringView rawLine : text.split(u'\n')) {
        ++lineNumber;
        if (rawLine.size() > MaxLineChars) {
            warn(&result, QObject::tr("Line %1 is too long; skipped").arg(lineNumber));
            continue;
        }
        const QString line = trimmedLine(rawLine);
        if (line.isEmpty()) {
            finishSet();
            continue;
        }
        if (line.startsWith(QLatin1String("===")) && line.endsWith(QLatin1String("==="))) {
            finishSet(); // a team backup's header
            continue;
        }
        if (skipping)
            continue;
        if (!inSet) {
            if (readNameLine(line, &set)) {
                inSet = true;
            } else {
                warn(&result,
                     QObject::tr("Line %1 names no Pokémon: “%2”").arg(lineNumber).arg(line));
                set = ShowdownSet();
                skipping = true;
            }
            continue;
        }
        if (!readFieldLine(line, &set, &result))
            warn(&result,
                 QObject::tr("Line %1 was not understood: “%2”").arg(lineNumber).arg(line));
    }
    finishSet();
    return result;
}

QString format(const ShowdownSet &set)
{
    QString species = set.species;
    if (species.isEmpty())
        species = showdownNameForSlug(set.slug);
    // A nickname with brackets or an "@" could read back as another species or item: the set
    // is written by its species alone then, so that it always reads back as the same Pokémon.
    const bool plainNickname = !set.nickname.contains(u'(') && !set.nickname.contains(u')')
        && !set.nickname.contains(u'@');
    QString first = set.nickname.isEmpty() || set.nickname == species || !plainNickname
        ? species
        : set.nickname + QLatin1String(" (") + species + u')';
    if (set.gender == QLatin1String("M") || set.gender == QLatin1String("F"))
        first += QLatin1String(" (") + set.gender + u')';
    if (!set.item.isEmpty())
        first += QLatin1String(" @ ") + set.item;
    // Whatever a paste spelled ("- F" for a species), the line must read back as this set's
    // Pokémon: if it would not, the species is written as its slug, which always does.
    if (ShowdownSet probe; !readNameLine(first, &probe) || probe.slug != set.slug) {
        first = set.slug;
        if (set.gender == QLatin1String("M") || set.gender == QLatin1String("F"))
            first += QLatin1String(" (") + set.gender + u')';
        if (!set.item.isEmpty())
            first += QLatin1String(" @ ") + set.item;
    }

    QStringList lines { first };
    if (!set.ability.isEmpty())
        lines.append(QLatin1String("Ability: ") + set.ability);
    if (set.level > 0 && set.level != 100)
        lines.append(QLatin1String("Level: ") + QString::number(set.level));
    if (set.shiny)
        lines.append(QStringLiteral("Shiny: Yes"));
    if (!set.teraType.isEmpty())
        lines.append(QLatin1String("Tera Type: ") + set.teraType);
    if (const QString evs = statsText(set.evs); !evs.isEmpty())
        lines.append(QLatin1String("EVs: ") + evs);
    if (!set.nature.isEmpty())
        lines.append(set.nature + QLatin1String(" Nature"));
    if (const QString ivs = statsText(set.ivs); !ivs.isEmpty())
        lines.append(QLatin1String("IVs: ") + ivs);
    for (const QString &move : set.moves)
        lines.append(QLatin1String("- ") + move);
    return lines.join(u'\n') + u'\n';
}

QString format(const QList<ShowdownSet> &sets)
{
    QStringList parts;
    for (const ShowdownSet &set : sets)
        parts.append(format(set));
    return parts.join(u'\n');
}

QString slugForSpecies(const QString &species)
{
    QString name = species.trimmed();
    // Showdown writes Zygarde's forms with a percent sign, and the normaliser drops it.
    name.replace(u'%', QString());
    const QString slug = NameNormalizer::normalize(name);
    if (!NameNormalizer::invalidReason(slug).isEmpty())
        return {};
    return showdownToPokeApi().value(slug, lookOnlyForms().value(slug, slug));
}

bool looksLikeTeam(const QString &text)
{
    // Only the head of a huge paste decides.
    const QStringView head = QStringView(text).left(4096);
    bool sawNameLine = false;
    for (QStringView raw : head.split(u'\n')) {
        const QStringView line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (!sawNameLine) {
            sawNameLine = true;
            if (line.contains(QLatin1String(" @ ")))
                return true;
            continue;
        }
        if (isFieldLine(line.toString()) && !line.contains(u','))
            return true;
    }
    return false;
}

QStringList pokemonIn(const QString &text)
{
    QStringList slugs;
    if (!looksLikeTeam(text))
        return slugs;
    for (const ShowdownSet &set : parse(text).sets)
        slugs.append(set.slug);
    return slugs;
}

} // namespace ShowdownFormat
