#include "api/pokeapiparser.h"

#include "api/jsonreader.h"

#include <algorithm>
#include <utility>

using namespace JsonReader;

// The Pokémon-specific readers; the generic ones are in jsonreader.h.
namespace {

bool readTypes(const QJsonValue &value, QStringList *out, QString *error)
{
    const QString path = QStringLiteral("types");
    QJsonArray array;
    if (!readArray(value, path, &array, error))
        return false;
    QList<std::pair<int, QString>> slotted;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString entryPath = itemPath(path, i);
        const QString typePath = childPath(entryPath, QLatin1String("type"));
        QJsonObject entry, type;
        std::pair<int, QString> slotAndName;
        if (!readObject(array.at(i), entryPath, &entry, error)
            || !readInteger(entry.value(QLatin1String("slot")),
                            childPath(entryPath, QLatin1String("slot")), 1, &slotAndName.first,
                            error)
            || !readObject(entry.value(QLatin1String("type")), typePath, &type, error)
            || !readName(type.value(QLatin1String("name")),
                         childPath(typePath, QLatin1String("name")), &slotAndName.second, error))
            return false;
        slotted.append(slotAndName);
    }
    // The API lists types by slot today, but the slot, not the position, is the contract.
    std::stable_sort(slotted.begin(), slotted.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &entry : std::as_const(slotted))
        out->append(entry.second);
    return true;
}

bool readStats(const QJsonValue &value, QList<PokemonStat> *out, QString *error)
{
    const QString path = QStringLiteral("stats");
    QJsonArray array;
    if (!readArray(value, path, &array, error))
        return false;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString entryPath = itemPath(path, i);
        const QString statPath = childPath(entryPath, QLatin1String("stat"));
        QJsonObject entry, stat;
        PokemonStat parsed;
        if (!readObject(array.at(i), entryPath, &entry, error)
            || !readInteger(entry.value(QLatin1String("base_stat")),
                            childPath(entryPath, QLatin1String("base_stat")), 0, &parsed.base,
                            error)
            || !readObject(entry.value(QLatin1String("stat")), statPath, &stat, error)
            || !readName(stat.value(QLatin1String("name")),
                         childPath(statPath, QLatin1String("name")), &parsed.name, error))
            return false;
        out->append(parsed);
    }
    return true;
}

bool readAbilities(const QJsonValue &value, QList<PokemonAbility> *out, QString *error)
{
    const QString path = QStringLiteral("abilities");
    QJsonArray array;
    if (!readArray(value, path, &array, error))
        return false;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString entryPath = itemPath(path, i);
        const QString abilityPath = childPath(entryPath, QLatin1String("ability"));
        QJsonObject entry, ability;
        PokemonAbility parsed;
        if (!readObject(array.at(i), entryPath, &entry, error)
            || !readObject(entry.value(QLatin1String("ability")), abilityPath, &ability, error)
            || !readName(ability.value(QLatin1String("name")),
                         childPath(abilityPath, QLatin1String("name")), &parsed.name, error)
            || !readBool(entry.value(QLatin1String("is_hidden")),
                         childPath(entryPath, QLatin1String("is_hidden")), &parsed.hidden, error))
            return false;
        out->append(parsed);
    }
    return true;
}

// The `front_default` and `front_shiny` of the picture set `key` in `parent` (at `path`); a
// missing or null set leaves both empty.
bool readPictureSet(const QJsonObject &parent, const QString &path, QLatin1String key, QUrl *normal,
                    QUrl *shiny, QString *error)
{
    const QString setPath = childPath(path, key);
    QJsonObject set;
    return readOptionalObject(parent.value(key), setPath, &set, error)
        && readOptionalUrl(set.value(QLatin1String("front_default")),
                           childPath(setPath, QLatin1String("front_default")), normal, error)
        && (!shiny
            || readOptionalUrl(set.value(QLatin1String("front_shiny")),
                               childPath(setPath, QLatin1String("front_shiny")), shiny, error));
}

bool readSprites(const QJsonValue &value, Pokemon *pokemon, QString *error)
{
    const QString path = QStringLiteral("sprites");
    const QString otherPath = childPath(path, QLatin1String("other"));
    const QString versionsPath = childPath(path, QLatin1String("versions"));
    const QString fifthPath = childPath(versionsPath, QLatin1String("generation-v"));
    const QString blackWhitePath = childPath(fifthPath, QLatin1String("black-white"));
    QJsonObject sprites, other, versions, fifth, blackWhite;
    return readObject(value, path, &sprites, error)
        && readOptionalUrl(sprites.value(QLatin1String("front_default")),
                           childPath(path, QLatin1String("front_default")), &pokemon->spriteUrl,
                           error)
        && readOptionalUrl(sprites.value(QLatin1String("front_shiny")),
                           childPath(path, QLatin1String("front_shiny")), &pokemon->shinySpriteUrl,
                           error)
        && readOptionalObject(sprites.value(QLatin1String("other")), otherPath, &other, error)
        && readPictureSet(other, otherPath, QLatin1String("official-artwork"), &pokemon->artworkUrl,
                          &pokemon->shinyArtworkUrl, error)
        && readPictureSet(other, otherPath, QLatin1String("home"), &pokemon->homeUrl,
                          &pokemon->shinyHomeUrl, error)
        && readPictureSet(other, otherPath, QLatin1String("dream_world"), &pokemon->dreamWorldUrl,
                          nullptr, error)
        && readPictureSet(other, otherPath, QLatin1String("showdown"), &pokemon->showdownUrl,
                          &pokemon->shinyShowdownUrl, error)
        && readOptionalObject(sprites.value(QLatin1String("versions")), versionsPath, &versions,
                              error)
        && readOptionalObject(versions.value(QLatin1String("generation-v")), fifthPath, &fifth,
                              error)
        && readOptionalObject(fifth.value(QLatin1String("black-white")), blackWhitePath,
                              &blackWhite, error)
        && readPictureSet(blackWhite, blackWhitePath, QLatin1String("animated"),
                          &pokemon->animatedUrl, &pokemon->shinyAnimatedUrl, error);
}

bool readCries(const QJsonValue &value, Pokemon *pokemon, QString *error)
{
    const QString path = QStringLiteral("cries");
    QJsonObject cries;
    return readOptionalObject(value, path, &cries, error)
        && readOptionalUrl(cries.value(QLatin1String("latest")),
                           childPath(path, QLatin1String("latest")), &pokemon->cryUrl, error)
        && readOptionalUrl(cries.value(QLatin1String("legacy")),
                           childPath(path, QLatin1String("legacy")), &pokemon->legacyCryUrl, error);
}

bool readSpecies(const QJsonValue &value, Pokemon *pokemon, QString *error)
{
    const QString path = QStringLiteral("species");
    QJsonObject species;
    return readOptionalObject(value, path, &species, error)
        && readOptionalString(species.value(QLatin1String("name")),
                              childPath(path, QLatin1String("name")), &pokemon->speciesName, error)
        && readOptionalUrl(species.value(QLatin1String("url")),
                           childPath(path, QLatin1String("url")), &pokemon->speciesUrl, error)
        && (pokemon->speciesUrl.isEmpty()
            || readIdFromUrl(pokemon->speciesUrl, childPath(path, QLatin1String("url")),
                             &pokemon->speciesId, error));
}

bool readPokemon(const QJsonObject &root, Pokemon *pokemon, QString *error)
{
    return readInteger(root.value(QLatin1String("id")), QStringLiteral("id"), 1, &pokemon->id,
                       error)
        && readName(root.value(QLatin1String("name")), QStringLiteral("name"), &pokemon->name,
                    error)
        && readTypes(root.value(QLatin1String("types")), &pokemon->types, error)
        && readInteger(root.value(QLatin1String("height")), QStringLiteral("height"), 0,
                       &pokemon->height, error)
        && readInteger(root.value(QLatin1String("weight")), QStringLiteral("weight"), 0,
                       &pokemon->weight, error)
        && readStats(root.value(QLatin1String("stats")), &pokemon->stats, error)
        && readAbilities(root.value(QLatin1String("abilities")), &pokemon->abilities, error)
        && readSprites(root.value(QLatin1String("sprites")), pokemon, error)
        && readCries(root.value(QLatin1String("cries")), pokemon, error)
        && readSpecies(root.value(QLatin1String("species")), pokemon, error);
}

bool readDefaultVariety(const QJsonObject &root, PokeApiParser::Variety *variety, QString *error)
{
    const QString path = QStringLiteral("varieties");
    QJsonArray array;
    if (!readArray(root.value(QLatin1String("varieties")), path, &array, error))
        return false;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString entryPath = itemPath(path, i);
        const QString pokemonPath = childPath(entryPath, QLatin1String("pokemon"));
        const QString urlPath = childPath(pokemonPath, QLatin1String("url"));
        QJsonObject entry, pokemon;
        bool isDefault = false;
        QString url;
        if (!readObject(array.at(i), entryPath, &entry, error)
            || !readBool(entry.value(QLatin1String("is_default")),
                         childPath(entryPath, QLatin1String("is_default")), &isDefault, error))
            return false;
        if (!isDefault)
            continue;
        if (!readObject(entry.value(QLatin1String("pokemon")), pokemonPath, &pokemon, error)
            || !readName(pokemon.value(QLatin1String("name")),
                         childPath(pokemonPath, QLatin1String("name")), &variety->name, error)
            || !readName(pokemon.value(QLatin1String("url")), urlPath, &url, error))
            return false;
        variety->url = QUrl(url);
        if (!variety->url.isValid())
            return fail(error, urlPath, QStringLiteral("is not a valid URL"));
        return true;
    }
    return fail(error, path, QStringLiteral("has no default entry"));
}

bool readNameList(const QJsonObject &root, QStringList *names, QString *error)
{
    const QString path = QStringLiteral("results");
    QJsonArray array;
    if (!readArray(root.value(QLatin1String("results")), path, &array, error))
        return false;
    names->reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString entryPath = itemPath(path, i);
        QJsonObject entry;
        QString name;
        if (!readObject(array.at(i), entryPath, &entry, error)
            || !readName(entry.value(QLatin1String("name")),
                         childPath(entryPath, QLatin1String("name")), &name, error))
            return false;
        names->append(name);
    }
    return true;
}

} // namespace

namespace PokeApiParser {

std::optional<Pokemon> parsePokemon(const QByteArray &json, QString *error)
{
    // Only what readPokemon() reads: `moves` alone is 95 % of a Pokémon's 250 KB.
    return parseMembers<Pokemon>(
        json,
        { QLatin1String("id"), QLatin1String("name"), QLatin1String("types"),
          QLatin1String("height"), QLatin1String("weight"), QLatin1String("stats"),
          QLatin1String("abilities"), QLatin1String("species"),
          // of sprites.versions (13 of its 17 KB) only the animated Black / White ones
          QLatin1String("sprites.front_default"), QLatin1String("sprites.front_shiny"),
          QLatin1String("sprites.other"),
          QLatin1String("sprites.versions.generation-v.black-white.animated"),
          QLatin1String("cries") },
        error, readPokemon);
}

std::optional<Variety> parseDefaultVariety(const QByteArray &json, QString *error)
{
    return parse<Variety>(json, error, readDefaultVariety);
}

std::optional<QStringList> parseNameList(const QByteArray &json, QString *error)
{
    return parse<QStringList>(json, error, readNameList);
}

} // namespace PokeApiParser
