#include "dexdata.h"

#include "fakepokeapi.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using DexData::readJson;

namespace {

int idOf(const QJsonValue &resource)
{
    return resource.toObject()
        .value(QLatin1String("url"))
        .toString()
        .split(u'/', Qt::SkipEmptyParts)
        .last()
        .toInt();
}

QList<DexData::Species> readDex()
{
    QList<DexData::Species> dex;
    QHash<int, qsizetype> indexOf;
    const QJsonArray listing = readJson(QStringLiteral("api/v2/pokemon-species/index.json"))
                                   .value(QLatin1String("results"))
                                   .toArray();
    for (const QJsonValue &entry : listing) {
        DexData::Species species;
        species.name = entry.toObject().value(QLatin1String("name")).toString();
        species.number = idOf(entry);
        dex.append(species);
    }
    std::sort(dex.begin(), dex.end(), [](const DexData::Species &a, const DexData::Species &b) {
        return a.number < b.number;
    });
    for (qsizetype i = 0; i < dex.size(); ++i)
        indexOf.insert(dex.at(i).number, i);

    QHash<int, QStringList> typeSlots; // by number: the type in slot 1, then slot 2
    for (int type = 1; type <= 18; ++type) {
        const QJsonObject document = readJson(QStringLiteral("api/v2/type/%1.json").arg(type));
        const QString name = document.value(QLatin1String("name")).toString();
        for (const QJsonValue &value : document.value(QLatin1String("pokemon")).toArray()) {
            const QJsonObject member = value.toObject();
            const int id = idOf(member.value(QLatin1String("pokemon")));
            const int slot = member.value(QLatin1String("slot")).toInt();
            QStringList &types = typeSlots[id];
            while (types.size() < 2)
                types.append(QString());
            if (slot == 1 || slot == 2)
                types[slot - 1] = name;
        }
    }
    for (int generation = 1; generation <= 9; ++generation) {
        const QJsonArray members
            = readJson(QStringLiteral("api/v2/generation/%1.json").arg(generation))
                  .value(QLatin1String("pokemon_species"))
                  .toArray();
        for (const QJsonValue &member : members) {
            if (const auto at = indexOf.constFind(idOf(member)); at != indexOf.cend())
                dex[*at].generation = generation;
        }
    }
    for (DexData::Species &species : dex) {
        species.types = typeSlots.value(species.number);
        species.types.removeAll(QString());
    }
    return dex;
}

} // namespace

namespace DexData {

QJsonObject readJson(const QString &relativePath)
{
    QFile file(QStringLiteral(POKEDEX_TEST_DATA "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

const QList<Species> &everySpecies()
{
    static const QList<Species> dex = readDex();
    return dex;
}

QByteArray pokemonDocument(const Species &species)
{
    QJsonArray types;
    for (qsizetype slot = 0; slot < species.types.size(); ++slot) {
        types.append(QJsonObject {
            { QStringLiteral("slot"), int(slot + 1) },
            { QStringLiteral("type"),
              QJsonObject { { QStringLiteral("name"), species.types.at(slot) } } },
        });
    }
    // Made-up base stats that differ from one species to the next, for sorting.
    QJsonArray stats;
    const char *const statNames[]
        = { "hp", "attack", "defense", "special-attack", "special-defense", "speed" };
    for (int i = 0; i < 6; ++i) {
        stats.append(QJsonObject {
            { QStringLiteral("base_stat"), 10 + (species.number * (i + 3) + i * 11) % 140 },
            { QStringLiteral("stat"),
              QJsonObject { { QStringLiteral("name"), QLatin1String(statNames[i]) } } },
        });
    }
    const QString sprite
        = QStringLiteral(
              "https://raw.githubusercontent.com/PokeAPI/sprites/master/sprites/pokemon/%1.png")
              .arg(species.number);
    const QJsonObject document {
        { QStringLiteral("id"), species.number },
        { QStringLiteral("name"), species.name },
        { QStringLiteral("types"), types },
        { QStringLiteral("height"), 1 + species.number % 37 },
        { QStringLiteral("weight"), 1 + species.number * 7 % 997 },
        { QStringLiteral("stats"), stats },
        { QStringLiteral("abilities"), QJsonArray() },
        { QStringLiteral("sprites"), QJsonObject { { QStringLiteral("front_default"), sprite } } },
        { QStringLiteral("species"),
          QJsonObject { { QStringLiteral("name"), species.name },
                        { QStringLiteral("url"),
                          QStringLiteral("/api/v2/pokemon-species/%1/").arg(species.number) } } },
    };
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

void serveMissing(FakePokeApi *server, const QList<Species> &species)
{
    for (const Species &one : species) {
        const QString file
            = QStringLiteral(POKEDEX_TEST_DATA "/api/v2/pokemon/%1.json").arg(one.number);
        if (!QFileInfo::exists(file))
            server->addPokemon(one.name, one.number, pokemonDocument(one));
    }
}

} // namespace DexData
