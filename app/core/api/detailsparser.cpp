#include "api/detailsparser.h"

#include "api/jsonreader.h"

#include <algorithm>
#include <utility>

using namespace JsonReader;
using DetailsParser::titleCase;

QString DetailsParser::titleCase(const QString &slug)
{
    QStringList words = slug.split(u'-', Qt::SkipEmptyParts);
    for (QString &word : words) {
        if (word == QLatin1String("mt"))
            word = QStringLiteral("Mt.");
        else
            word[0] = word.at(0).toUpper();
    }
    return words.join(u' ');
}

// Species, type, evolution and group readers, on the generic ones in jsonreader.h.
namespace {

constexpr int MaxEvolutionDepth = 16; // real chains are 3 deep; this only stops a hostile one
constexpr int FirstAlternateFormId = 10000; // PokeAPI numbers megas, gmax, regional forms 10001+

// --- species -------------------------------------------------------------------------------

bool readVarieties(const QJsonValue &value, QList<SpeciesVariety> *out, QString *error)
{
    return forEachObject(
        value, QStringLiteral("varieties"), error,
        [out, error](const QJsonObject &entry, const QString &entryPath) {
            SpeciesVariety variety;
            if (!readBool(entry.value(QLatin1String("is_default")),
                          childPath(entryPath, QLatin1String("is_default")), &variety.isDefault,
                          error)
                || !readNamedResource(entry.value(QLatin1String("pokemon")),
                                      childPath(entryPath, QLatin1String("pokemon")), &variety.name,
                                      &variety.url, error))
                return false;
            out->append(variety);
            return true;
        });
}

bool readEvolutionChainUrl(const QJsonValue &value, QUrl *out, QString *error)
{
    // A few species (and future ones) have no chain: null is allowed, a broken object is not.
    if (value.isUndefined() || value.isNull())
        return true;
    const QString path = QStringLiteral("evolution_chain");
    QJsonObject chain;
    return readObject(value, path, &chain, error)
        && readUrl(chain.value(QLatin1String("url")), childPath(path, QLatin1String("url")), out,
                   error);
}

// Optional as a whole: older answers and small test documents may leave them out.
bool readBreeding(const QJsonObject &root, SpeciesBreeding *breeding, QString *error)
{
    const auto at = [&root](const char *key) { return root.value(QLatin1String(key)); };
    const QJsonValue eggGroups = at("egg_groups");
    return (eggGroups.isUndefined()
            || readNameArray(eggGroups, QStringLiteral("egg_groups"), &breeding->eggGroups, error))
        && readOptionalInteger(at("gender_rate"), QStringLiteral("gender_rate"), -1,
                               &breeding->genderRate, error)
        && readOptionalInteger(at("hatch_counter"), QStringLiteral("hatch_counter"), 0,
                               &breeding->hatchCounter, error)
        && readOptionalInteger(at("capture_rate"), QStringLiteral("capture_rate"), 0,
                               &breeding->captureRate, error)
        && readOptionalResourceName(at("growth_rate"), QStringLiteral("growth_rate"),
                                    &breeding->growthRate, error)
        && readOptionalInteger(at("base_happiness"), QStringLiteral("base_happiness"), 0,
                               &breeding->baseHappiness, error);
}

bool readPokedexTexts(const QJsonValue &value, QList<PokedexText> *out, QString *error)
{
    return forEachObject(
        value, QStringLiteral("flavor_text_entries"), error,
        [out, error](const QJsonObject &entry, const QString &entryPath) {
            PokedexText text;
            // Small documents leave the game out: "" then.
            if (!readOptionalResourceName(entry.value(QLatin1String("version")),
                                          childPath(entryPath, QLatin1String("version")),
                                          &text.version, error)
                || !readNamedResource(entry.value(QLatin1String("language")),
                                      childPath(entryPath, QLatin1String("language")),
                                      &text.language, nullptr, error)
                || !readString(entry.value(QLatin1String("flavor_text")),
                               childPath(entryPath, QLatin1String("flavor_text")), &text.text,
                               error))
                return false;
            text.text = DetailsParser::foldFlavorText(text.text);
            out->append(text);
            return true;
        });
}

bool readSpecies(const QJsonObject &root, SpeciesDetails *species, QString *error)
{
    QString flavorText;
    const bool ok
        = readInteger(root.value(QLatin1String("id")), QStringLiteral("id"), 1, &species->id, error)
        && readName(root.value(QLatin1String("name")), QStringLiteral("name"), &species->name,
                    error)
        && readEnglish(root, QLatin1String("names"), QLatin1String("name"), false,
                       &species->englishName, error, &species->names)
        && readEnglish(root, QLatin1String("genera"), QLatin1String("genus"), false,
                       &species->genus, error, &species->genera)
        // Entries run from the oldest game to the newest.
        && readEnglish(root, QLatin1String("flavor_text_entries"), QLatin1String("flavor_text"),
                       true, &flavorText, error, &species->flavorTexts)
        && readPokedexTexts(root.value(QLatin1String("flavor_text_entries")),
                            &species->pokedexTexts, error)
        && readNamedResource(root.value(QLatin1String("generation")), QStringLiteral("generation"),
                             &species->generation, nullptr, error)
        && readEvolutionChainUrl(root.value(QLatin1String("evolution_chain")),
                                 &species->evolutionChainUrl, error)
        && readVarieties(root.value(QLatin1String("varieties")), &species->varieties, error)
        && readBool(root.value(QLatin1String("is_legendary")), QStringLiteral("is_legendary"),
                    &species->isLegendary, error)
        && readBool(root.value(QLatin1String("is_mythical")), QStringLiteral("is_mythical"),
                    &species->isMythical, error)
        && readBreeding(root, &species->breeding, error);
    species->flavorText = DetailsParser::foldFlavorText(flavorText);
    for (QString &text : species->flavorTexts)
        text = DetailsParser::foldFlavorText(text);
    return ok;
}

// --- type relations ------------------------------------------------------------------------

bool readTypeRelations(const QJsonObject &root, TypeRelations *relations, QString *error)
{
    const QString path = QStringLiteral("damage_relations");
    QJsonObject damage;
    return readName(root.value(QLatin1String("name")), QStringLiteral("name"), &relations->type,
                    error)
        && readObject(root.value(QLatin1String("damage_relations")), path, &damage, error)
        && readNameArray(damage.value(QLatin1String("double_damage_from")),
                         childPath(path, QLatin1String("double_damage_from")),
                         &relations->doubleDamageFrom, error)
        && readNameArray(damage.value(QLatin1String("half_damage_from")),
                         childPath(path, QLatin1String("half_damage_from")),
                         &relations->halfDamageFrom, error)
        && readNameArray(damage.value(QLatin1String("no_damage_from")),
                         childPath(path, QLatin1String("no_damage_from")), &relations->noDamageFrom,
                         error);
}

// --- evolution chain -----------------------------------------------------------------------

// The fields of one evolution_details[] entry that a person needs to know.
struct EvolutionCondition
{
    QString trigger;
    int minLevel = 0;
    int minHappiness = 0;
    int minAffection = 0;
    int minBeauty = 0;
    int gender = 0; // PokeAPI: 1 female, 2 male
    bool hasRelativeStats = false;
    int relativeStats = 0; // 1 Attack > Defense, 0 equal, -1 Attack < Defense
    bool needsRain = false;
    bool upsideDown = false;
    QString item, heldItem, knownMove, knownMoveType, location, timeOfDay;
    QString partySpecies, partyType, tradeSpecies;
};

bool readCondition(const QJsonValue &value, const QString &path, EvolutionCondition *c,
                   QString *error)
{
    QJsonObject o;
    if (!readObject(value, path, &o, error))
        return false;
    const auto at = [&o](const char *key) { return o.value(QLatin1String(key)); };
    const auto sub = [&path](const char *key) { return childPath(path, QLatin1String(key)); };
    QJsonValue relative = at("relative_physical_stats");
    c->hasRelativeStats = !relative.isUndefined() && !relative.isNull();
    return readNamedResource(at("trigger"), sub("trigger"), &c->trigger, nullptr, error)
        && readOptionalInteger(at("min_level"), sub("min_level"), 0, &c->minLevel, error)
        && readOptionalInteger(at("min_happiness"), sub("min_happiness"), 0, &c->minHappiness,
                               error)
        && readOptionalInteger(at("min_affection"), sub("min_affection"), 0, &c->minAffection,
                               error)
        && readOptionalInteger(at("min_beauty"), sub("min_beauty"), 0, &c->minBeauty, error)
        && readOptionalInteger(at("gender"), sub("gender"), 0, &c->gender, error)
        && readOptionalInteger(relative, sub("relative_physical_stats"), -1, &c->relativeStats,
                               error)
        && readOptionalBool(at("needs_overworld_rain"), sub("needs_overworld_rain"), &c->needsRain,
                            error)
        && readOptionalBool(at("turn_upside_down"), sub("turn_upside_down"), &c->upsideDown, error)
        && readOptionalString(at("time_of_day"), sub("time_of_day"), &c->timeOfDay, error)
        && readOptionalResourceName(at("item"), sub("item"), &c->item, error)
        && readOptionalResourceName(at("held_item"), sub("held_item"), &c->heldItem, error)
        && readOptionalResourceName(at("known_move"), sub("known_move"), &c->knownMove, error)
        && readOptionalResourceName(at("known_move_type"), sub("known_move_type"),
                                    &c->knownMoveType, error)
        && readOptionalResourceName(at("location"), sub("location"), &c->location, error)
        && readOptionalResourceName(at("party_species"), sub("party_species"), &c->partySpecies,
                                    error)
        && readOptionalResourceName(at("party_type"), sub("party_type"), &c->partyType, error)
        && readOptionalResourceName(at("trade_species"), sub("trade_species"), &c->tradeSpecies,
                                    error);
}

// "Level 16", "Use Fire Stone", "Trade holding Metal Coat", "High friendship at night"…:
// the main condition first, then whatever else must hold. Triggers without words of their
// own ("three-critical-hits") are shown title-cased.
QString describe(const EvolutionCondition &c)
{
    QString text;
    bool levelShown = false, locationShown = false, heldItemShown = false;
    if (c.trigger == QLatin1String("level-up")) {
        if (!c.knownMove.isEmpty()) {
            text = QStringLiteral("Level up knowing ") + titleCase(c.knownMove);
        } else if (!c.knownMoveType.isEmpty()) {
            text = QStringLiteral("Level up knowing ") + titleCase(c.knownMoveType)
                + QStringLiteral(" move");
        } else if (c.minHappiness > 0) {
            text = QStringLiteral("High friendship");
        } else if (c.minAffection > 0) {
            text = QStringLiteral("High affection");
        } else if (c.minBeauty > 0) {
            text = QStringLiteral("High beauty");
        } else if (c.minLevel > 0) {
            text = QStringLiteral("Level ") + QString::number(c.minLevel);
            levelShown = true;
        } else if (!c.location.isEmpty()) {
            text = QStringLiteral("Level up at ") + titleCase(c.location);
            locationShown = true;
        } else {
            text = QStringLiteral("Level up");
        }
    } else if (c.trigger == QLatin1String("use-item")) {
        text = c.item.isEmpty() ? QStringLiteral("Use an item")
                                : QStringLiteral("Use ") + titleCase(c.item);
    } else if (c.trigger == QLatin1String("trade")) {
        text = QStringLiteral("Trade");
        if (!c.heldItem.isEmpty()) {
            text += QStringLiteral(" holding ") + titleCase(c.heldItem);
            heldItemShown = true;
        }
        if (!c.tradeSpecies.isEmpty())
            text += QStringLiteral(" for ") + titleCase(c.tradeSpecies);
    } else {
        text = titleCase(c.trigger);
    }

    if (c.minLevel > 0 && !levelShown)
        text += QStringLiteral(" from level ") + QString::number(c.minLevel);
    if (!c.heldItem.isEmpty() && !heldItemShown)
        text += QStringLiteral(" holding ") + titleCase(c.heldItem);
    if (!c.location.isEmpty() && !locationShown)
        text += QStringLiteral(" at ") + titleCase(c.location);
    if (c.timeOfDay == QLatin1String("day"))
        text += QStringLiteral(" during the day");
    else if (c.timeOfDay == QLatin1String("night"))
        text += QStringLiteral(" at night");
    else if (!c.timeOfDay.isEmpty())
        text += QStringLiteral(" at ") + c.timeOfDay;
    if (c.gender == 1)
        text += QStringLiteral(" (female)");
    else if (c.gender == 2)
        text += QStringLiteral(" (male)");
    if (c.hasRelativeStats) {
        text += c.relativeStats > 0 ? QStringLiteral(" with Attack > Defense")
            : c.relativeStats < 0   ? QStringLiteral(" with Attack < Defense")
                                    : QStringLiteral(" with Attack = Defense");
    }
    if (!c.partySpecies.isEmpty())
        text += QStringLiteral(" with ") + titleCase(c.partySpecies)
            + QStringLiteral(" in the party");
    if (!c.partyType.isEmpty())
        text += QStringLiteral(" with a ") + titleCase(c.partyType)
            + QStringLiteral("-type Pokémon in the party");
    if (c.needsRain)
        text += QStringLiteral(" in the rain");
    if (c.upsideDown)
        text += QStringLiteral(" with the console upside down");
    return text;
}

bool readEvolutionNode(const QJsonValue &value, const QString &path, int depth, EvolutionNode *node,
                       QString *error)
{
    if (depth > MaxEvolutionDepth)
        return fail(error, path,
                    QStringLiteral("is nested more than %1 levels deep").arg(MaxEvolutionDepth));
    QJsonObject object;
    QJsonArray details, evolvesTo;
    const QString detailsPath = childPath(path, QLatin1String("evolution_details"));
    const QString evolvesToPath = childPath(path, QLatin1String("evolves_to"));
    if (!readObject(value, path, &object, error)
        || !readNamedResource(object.value(QLatin1String("species")),
                              childPath(path, QLatin1String("species")), &node->species,
                              &node->speciesUrl, error)
        || !readArray(object.value(QLatin1String("evolution_details")), detailsPath, &details,
                      error)
        || !readArray(object.value(QLatin1String("evolves_to")), evolvesToPath, &evolvesTo, error))
        return false;
    // A stage can often be reached in several ways (one per game); the first is the one shown.
    if (!details.isEmpty()) {
        EvolutionCondition condition;
        if (!readCondition(details.at(0), itemPath(detailsPath, 0), &condition, error))
            return false;
        node->trigger = describe(condition);
    }
    for (qsizetype i = 0; i < evolvesTo.size(); ++i) {
        EvolutionNode child;
        if (!readEvolutionNode(evolvesTo.at(i), itemPath(evolvesToPath, i), depth + 1, &child,
                               error))
            return false;
        node->evolvesTo.append(child);
    }
    return true;
}

bool readEvolutionChain(const QJsonObject &root, EvolutionNode *chain, QString *error)
{
    return readEvolutionNode(root.value(QLatin1String("chain")), QStringLiteral("chain"), 1, chain,
                             error);
}

// --- group members -------------------------------------------------------------------------

QStringList namesById(QList<GroupMember> members)
{
    std::stable_sort(members.begin(), members.end(),
                     [](const GroupMember &a, const GroupMember &b) { return a.id < b.id; });
    QStringList names;
    names.reserve(members.size());
    for (const GroupMember &member : std::as_const(members))
        names.append(member.name);
    return names;
}

bool readMember(const QJsonValue &value, const QString &path, GroupMember *member, QString *error)
{
    QUrl url;
    return readNamedResource(value, path, &member->name, &url, error)
        && readIdFromUrl(url, childPath(path, QLatin1String("url")), &member->id, error);
}

// The named resources of the array `key`.
bool readMembers(const QJsonObject &root, QLatin1String key, QList<GroupMember> *members,
                 QString *error)
{
    const QString path = QString(key);
    QJsonArray array;
    if (!readArray(root.value(key), path, &array, error))
        return false;
    members->reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        GroupMember member;
        if (!readMember(array.at(i), itemPath(path, i), &member, error))
            return false;
        members->append(member);
    }
    return true;
}

bool readListing(const QJsonObject &root, QList<GroupMember> *members, QString *error)
{
    return readMembers(root, QLatin1String("results"), members, error);
}

bool readGenerationRoster(const QJsonObject &root, QList<GroupMember> *members, QString *error)
{
    return readMembers(root, QLatin1String("pokemon_species"), members, error);
}

bool readTypeRoster(const QJsonObject &root, QList<GroupMember> *members, QString *error)
{
    const QString path = QStringLiteral("pokemon");
    QJsonArray array;
    if (!readArray(root.value(QLatin1String("pokemon")), path, &array, error))
        return false;
    members->reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString entryPath = itemPath(path, i);
        QJsonObject entry;
        GroupMember member;
        if (!readObject(array.at(i), entryPath, &entry, error)
            || !readMember(entry.value(QLatin1String("pokemon")),
                           childPath(entryPath, QLatin1String("pokemon")), &member, error)
            || !readInteger(entry.value(QLatin1String("slot")),
                            childPath(entryPath, QLatin1String("slot")), 1, &member.slot, error))
            return false;
        members->append(member);
    }
    return true;
}

bool readGenerationMembers(const QJsonObject &root, QStringList *names, QString *error)
{
    QList<GroupMember> members;
    if (!readGenerationRoster(root, &members, error))
        return false;
    *names = namesById(members);
    return true;
}

// The default forms of `members`, by id: megas and regional forms would repeat their species.
QStringList defaultFormsById(QList<GroupMember> members)
{
    members.removeIf([](const GroupMember &member) { return member.id >= FirstAlternateFormId; });
    return namesById(members);
}

bool readTypeMembers(const QJsonObject &root, QStringList *names, QString *error)
{
    QList<GroupMember> members;
    if (!readTypeRoster(root, &members, error))
        return false;
    *names = defaultFormsById(members);
    return true;
}

bool readMoveMembers(const QJsonObject &root, QStringList *names, QString *error)
{
    QList<GroupMember> members;
    if (!readMembers(root, QLatin1String("learned_by_pokemon"), &members, error))
        return false;
    *names = defaultFormsById(members);
    return true;
}

bool readAbilityMembers(const QJsonObject &root, QStringList *names, QString *error)
{
    // Shaped like a type's members: [{"pokemon": {...}, "slot": n, "is_hidden": b}].
    QList<GroupMember> members;
    if (!readTypeRoster(root, &members, error))
        return false;
    *names = defaultFormsById(members);
    return true;
}

} // namespace

// Game text is laid out for a small screen: line breaks (\n, \f) become spaces, and a soft
// hyphen at a line break joins the halves of a word again ("horri\u00ad\nble" -> "horrible").
QString DetailsParser::foldFlavorText(const QString &text)
{
    QString joined;
    joined.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QChar(0x00AD)) {
            joined.append(text.at(i));
            continue;
        }
        while (i + 1 < text.size() && text.at(i + 1).isSpace())
            ++i;
    }
    return joined.simplified();
}

namespace {

bool foldTexts(AbilityDetails *ability)
{
    ability->flavorText = DetailsParser::foldFlavorText(ability->flavorText);
    for (QString &text : ability->flavorTexts)
        text = DetailsParser::foldFlavorText(text);
    return true;
}

} // namespace

namespace DetailsParser {

std::optional<QStringList> parseMoveMembers(const QByteArray &json, QString *error)
{
    // Not the texts in every language, most of a move's 40 KB.
    return parseMembers<QStringList>(json, { QLatin1String("learned_by_pokemon") }, error,
                                     readMoveMembers);
}

std::optional<QStringList> parseAbilityMembers(const QByteArray &json, QString *error)
{
    return parseMembers<QStringList>(json, { QLatin1String("pokemon") }, error, readAbilityMembers);
}

std::optional<AbilityDetails> parseAbility(const QByteArray &json, QString *error)
{
    return parse<AbilityDetails>(
        json, error, [](const QJsonObject &root, AbilityDetails *ability, QString *e) {
            return readName(root.value(QLatin1String("name")), QStringLiteral("name"),
                            &ability->name, e)
                && readEnglish(root, QLatin1String("names"), QLatin1String("name"), false,
                               &ability->englishName, e, &ability->names)
                && readEnglish(root, QLatin1String("effect_entries"), QLatin1String("short_effect"),
                               false, &ability->shortEffect, e, &ability->shortEffects)
                && readEnglish(root, QLatin1String("effect_entries"), QLatin1String("effect"),
                               false, &ability->effect, e)
                // From the oldest game to the newest: the newest text of each language.
                && (!root.contains(QLatin1String("flavor_text_entries"))
                    || readEnglish(root, QLatin1String("flavor_text_entries"),
                                   QLatin1String("flavor_text"), true, &ability->flavorText, e,
                                   &ability->flavorTexts))
                && foldTexts(ability);
        });
}

std::optional<SpeciesDetails> parseSpecies(const QByteArray &json, QString *error)
{
    return parse<SpeciesDetails>(json, error, readSpecies);
}

std::optional<TypeRelations> parseTypeRelations(const QByteArray &json, QString *error)
{
    return parse<TypeRelations>(json, error, readTypeRelations);
}

std::optional<EvolutionNode> parseEvolutionChain(const QByteArray &json, QString *error)
{
    return parse<EvolutionNode>(json, error, readEvolutionChain);
}

std::optional<QStringList> parseGenerationMembers(const QByteArray &json, QString *error)
{
    return parse<QStringList>(json, error, readGenerationMembers);
}

std::optional<QStringList> parseTypeMembers(const QByteArray &json, QString *error)
{
    return parse<QStringList>(json, error, readTypeMembers);
}

std::optional<QList<GroupMember>> parseListing(const QByteArray &json, QString *error)
{
    return parse<QList<GroupMember>>(json, error, readListing);
}

std::optional<QList<GroupMember>> parseGenerationRoster(const QByteArray &json, QString *error)
{
    return parse<QList<GroupMember>>(json, error, readGenerationRoster);
}

std::optional<QList<GroupMember>> parseTypeRoster(const QByteArray &json, QString *error)
{
    return parse<QList<GroupMember>>(json, error, readTypeRoster);
}

} // namespace DetailsParser
