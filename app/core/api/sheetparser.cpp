#include "api/sheetparser.h"

#include "api/detailsparser.h"
#include "api/jsonreader.h"

using namespace JsonReader;

// Learnset, move, machine and encounter readers, on the generic ones in jsonreader.h.
namespace {

// An integer that PokeAPI writes as null when it does not apply: -1 then.
bool readNullableInteger(const QJsonValue &value, const QString &path, int *out, QString *error)
{
    *out = -1;
    if (value.isNull())
        return true;
    return readInteger(value, path, 0, out, error);
}

QJsonValue at(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key));
}

QString sub(const QString &path, const char *key)
{
    return childPath(path, QLatin1String(key));
}

// --- /pokemon/{name}: the sheet --------------------------------------------------------------

bool readEvYield(const QJsonValue &value, QList<PokemonStat> *out, QString *error)
{
    return forEachObject(
        value, QStringLiteral("stats"), error, [&](const QJsonObject &entry, const QString &path) {
            PokemonStat stat;
            QJsonObject statObject;
            if (!readInteger(at(entry, "effort"), sub(path, "effort"), 0, &stat.base, error)
                || !readNamedResource(at(entry, "stat"), sub(path, "stat"), &stat.name, nullptr,
                                      error))
                return false;
            if (stat.base > 0)
                out->append(stat);
            return true;
        });
}

bool readHeldItems(const QJsonValue &value, QList<HeldItem> *out, QString *error)
{
    // Absent in very old dumps; an empty list then.
    if (value.isUndefined())
        return true;
    return forEachObject(
        value, QStringLiteral("held_items"), error,
        [&](const QJsonObject &entry, const QString &path) {
            HeldItem held;
            if (!readNamedResource(at(entry, "item"), sub(path, "item"), &held.item, nullptr,
                                   error))
                return false;
            return forEachObject(
                at(entry, "version_details"), sub(path, "version_details"), error,
                [&](const QJsonObject &detail, const QString &detailPath) {
                    HeldItem inVersion = held;
                    if (!readInteger(at(detail, "rarity"), sub(detailPath, "rarity"), 0,
                                     &inVersion.rarity, error)
                        || !readNamedResource(at(detail, "version"), sub(detailPath, "version"),
                                              &inVersion.version, nullptr, error))
                        return false;
                    out->append(inVersion);
                    return true;
                });
        });
}

bool readLearnset(const QJsonValue &value, QList<LearnedMove> *out, QString *error)
{
    return forEachObject(
        value, QStringLiteral("moves"), error, [&](const QJsonObject &entry, const QString &path) {
            LearnedMove move;
            if (!readNamedResource(at(entry, "move"), sub(path, "move"), &move.move, &move.moveUrl,
                                   error))
                return false;
            return forEachObject(
                at(entry, "version_group_details"), sub(path, "version_group_details"), error,
                [&](const QJsonObject &detail, const QString &detailPath) {
                    LearnedMove learned = move;
                    QUrl groupUrl;
                    if (!readOptionalInteger(at(detail, "level_learned_at"),
                                             sub(detailPath, "level_learned_at"), 0, &learned.level,
                                             error)
                        || !readNamedResource(at(detail, "move_learn_method"),
                                              sub(detailPath, "move_learn_method"), &learned.method,
                                              nullptr, error)
                        || !readNamedResource(at(detail, "version_group"),
                                              sub(detailPath, "version_group"),
                                              &learned.versionGroup, &groupUrl, error)
                        || !readIdFromUrl(groupUrl, sub(sub(detailPath, "version_group"), "url"),
                                          &learned.versionGroupId, error))
                        return false;
                    out->append(learned);
                    return true;
                });
        });
}

bool readSheet(const QJsonObject &root, PokemonSheet *sheet, QString *error)
{
    const QJsonValue baseExperience = at(root, "base_experience");
    return readInteger(at(root, "id"), QStringLiteral("id"), 1, &sheet->id, error)
        && readName(at(root, "name"), QStringLiteral("name"), &sheet->name, error)
        && (baseExperience.isUndefined()
            || readNullableInteger(baseExperience, QStringLiteral("base_experience"),
                                   &sheet->baseExperience, error))
        && readEvYield(at(root, "stats"), &sheet->evYield, error)
        && readHeldItems(at(root, "held_items"), &sheet->heldItems, error)
        && readLearnset(at(root, "moves"), &sheet->learnset, error);
}

// --- /move/{name} and /machine/{id} ----------------------------------------------------------

// A move's names and texts in every language; each list may be left out (small documents).
bool readMoveTexts(const QJsonObject &root, MoveDetails *move, QString *error)
{
    const auto optional = [&root](const char *key) { return !root.contains(QLatin1String(key)); };
    const bool ok = (optional("names")
                     || readEnglish(root, QLatin1String("names"), QLatin1String("name"), false,
                                    &move->englishName, error, &move->names))
        && (optional("effect_entries")
            || readEnglish(root, QLatin1String("effect_entries"), QLatin1String("short_effect"),
                           false, &move->shortEffect, error, &move->shortEffects))
        // From the oldest game to the newest: the newest text of each language.
        && (optional("flavor_text_entries")
            || readEnglish(root, QLatin1String("flavor_text_entries"), QLatin1String("flavor_text"),
                           true, &move->flavorText, error, &move->flavorTexts));
    move->flavorText = DetailsParser::foldFlavorText(move->flavorText);
    for (QString &text : move->flavorTexts)
        text = DetailsParser::foldFlavorText(text);
    return ok;
}

bool readMove(const QJsonObject &root, MoveDetails *move, QString *error)
{
    return readName(at(root, "name"), QStringLiteral("name"), &move->name, error)
        && readNamedResource(at(root, "type"), QStringLiteral("type"), &move->type, nullptr, error)
        && readNamedResource(at(root, "damage_class"), QStringLiteral("damage_class"),
                             &move->damageClass, nullptr, error)
        && readNullableInteger(at(root, "power"), QStringLiteral("power"), &move->power, error)
        && readNullableInteger(at(root, "accuracy"), QStringLiteral("accuracy"), &move->accuracy,
                               error)
        && readNullableInteger(at(root, "pp"), QStringLiteral("pp"), &move->pp, error)
        && readMoveTexts(root, move, error)
        && forEachObject(at(root, "machines"), QStringLiteral("machines"), error,
                         [&](const QJsonObject &entry, const QString &path) {
                             MoveDetails::Machine machine;
                             QJsonObject machineObject;
                             if (!readNamedResource(at(entry, "version_group"),
                                                    sub(path, "version_group"),
                                                    &machine.versionGroup, nullptr, error)
                                 || !readObject(at(entry, "machine"), sub(path, "machine"),
                                                &machineObject, error)
                                 || !readUrl(at(machineObject, "url"),
                                             sub(sub(path, "machine"), "url"), &machine.url, error))
                                 return false;
                             move->machines.append(machine);
                             return true;
                         });
}

bool readMachine(const QJsonObject &root, MachineDetails *machine, QString *error)
{
    if (!readNamedResource(at(root, "item"), QStringLiteral("item"), &machine->item, nullptr, error)
        || !readNamedResource(at(root, "move"), QStringLiteral("move"), &machine->move, nullptr,
                              error)
        || !readNamedResource(at(root, "version_group"), QStringLiteral("version_group"),
                              &machine->versionGroup, nullptr, error))
        return false;
    // Machines are items "tm126", "hm03", "tr12": people write them in capitals.
    machine->label = machine->item.toUpper();
    return true;
}

// --- /pokemon/{id}/encounters ----------------------------------------------------------------

bool readEncounters(const QJsonArray &areas, QList<Encounter> *out, QString *error)
{
    for (qsizetype i = 0; i < areas.size(); ++i) {
        const QString path = itemPath(QString(), i);
        QJsonObject area;
        Encounter base;
        if (!readObject(areas.at(i), path, &area, error)
            || !readNamedResource(at(area, "location_area"), sub(path, "location_area"),
                                  &base.locationArea, nullptr, error))
            return false;
        const bool ok = forEachObject(
            at(area, "version_details"), sub(path, "version_details"), error,
            [&](const QJsonObject &version, const QString &versionPath) {
                Encounter inVersion = base;
                if (!readNamedResource(at(version, "version"), sub(versionPath, "version"),
                                       &inVersion.version, nullptr, error))
                    return false;
                return forEachObject(
                    at(version, "encounter_details"), sub(versionPath, "encounter_details"), error,
                    [&](const QJsonObject &detail, const QString &detailPath) {
                        Encounter encounter = inVersion;
                        if (!readNamedResource(at(detail, "method"), sub(detailPath, "method"),
                                               &encounter.method, nullptr, error)
                            || !readInteger(at(detail, "min_level"), sub(detailPath, "min_level"),
                                            0, &encounter.minLevel, error)
                            || !readInteger(at(detail, "max_level"), sub(detailPath, "max_level"),
                                            0, &encounter.maxLevel, error)
                            || !readInteger(at(detail, "chance"), sub(detailPath, "chance"), 0,
                                            &encounter.chance, error))
                            return false;
                        out->append(encounter);
                        return true;
                    });
            });
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

namespace SheetParser {

std::optional<PokemonSheet> parseSheet(const QByteArray &json, QString *error)
{
    // Not the sprites, forms or game indices: only what the sheet shows.
    return parseMembers<PokemonSheet>(json,
                                      { QLatin1String("id"), QLatin1String("name"),
                                        QLatin1String("base_experience"), QLatin1String("stats"),
                                        QLatin1String("held_items"), QLatin1String("moves") },
                                      error, readSheet);
}

std::optional<MoveDetails> parseMove(const QByteArray &json, QString *error)
{
    // learned_by_pokemon, the long effects and the contest data are most of a move's 40 KB.
    return parseMembers<MoveDetails>(
        json,
        { QLatin1String("name"), QLatin1String("type"), QLatin1String("damage_class"),
          QLatin1String("power"), QLatin1String("accuracy"), QLatin1String("pp"),
          QLatin1String("machines"), QLatin1String("names"), QLatin1String("effect_entries"),
          QLatin1String("flavor_text_entries") },
        error, readMove);
}

std::optional<MachineDetails> parseMachine(const QByteArray &json, QString *error)
{
    return parse<MachineDetails>(json, error, readMachine);
}

std::optional<QList<Encounter>> parseEncounters(const QByteArray &json, QString *error)
{
    QString problem;
    QJsonArray areas;
    QList<Encounter> encounters;
    if (readArrayDocument(json, &areas, &problem) && readEncounters(areas, &encounters, &problem)) {
        if (error)
            error->clear();
        return encounters;
    }
    if (error)
        *error = problem;
    return std::nullopt;
}

} // namespace SheetParser
