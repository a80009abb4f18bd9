#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class FakePokeApi;

// The National Dex as the test data has it, read straight from the JSON (not through the
// parsers under test): every species of pokemon-species/index.json with its types from
// type/{1..18}.json and its generation from generation/{1..9}.json.
namespace DexData {

struct Species
{
    QString name;
    int number = 0;
    QStringList types; // slot order
    int generation = 0;
};

// In Pokédex order.
const QList<Species> &everySpecies();

// A JSON file of the test data, e.g. "api/v2/type/16.json"; fatal if it cannot be read.
QJsonObject readJson(const QString &relativePath);

// The smallest /pokemon document PokeApiParser accepts for `species`, its sprite at
// GitHub's path (the fake serves that as /sprites/sprites/pokemon/{number}.png when told to).
QByteArray pokemonDocument(const Species &species);
// Serves pokemonDocument() for each of `species` that the test data has no document for.
void serveMissing(FakePokeApi *server, const QList<Species> &species);

} // namespace DexData
