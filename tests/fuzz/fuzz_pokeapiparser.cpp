// libFuzzer target: the PokeAPI parsers must never crash, hang or return an invalid value,
// whatever bytes arrive.

#include "api/detailsparser.h"
#include "api/jsonskim.h"
#include "api/pokeapiparser.h"
#include "api/typechart.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    if (const auto pokemon = PokeApiParser::parsePokemon(bytes, &error)) {
        if (!pokemon->isValid() || !error.isEmpty())
            std::abort(); // a value is returned only when it is whole
    } else if (error.isEmpty()) {
        std::abort(); // every refusal says why
    }
    error.clear();
    if (const auto variety = PokeApiParser::parseDefaultVariety(bytes, &error)) {
        if (variety->name.isEmpty())
            std::abort();
    } else if (error.isEmpty()) {
        std::abort();
    }
    error.clear();
    if (!PokeApiParser::parseNameList(bytes, &error) && error.isEmpty())
        std::abort();

    // The detail-view and group parsers follow the same rules.
    const auto refusedWithoutReason = [&error](bool parsed) {
        const bool bad = !parsed && error.isEmpty();
        error.clear();
        return bad;
    };
    if (refusedWithoutReason(DetailsParser::parseSpecies(bytes, &error).has_value())
        || refusedWithoutReason(DetailsParser::parseTypeRelations(bytes, &error).has_value())
        || refusedWithoutReason(DetailsParser::parseGenerationMembers(bytes, &error).has_value())
        || refusedWithoutReason(DetailsParser::parseTypeMembers(bytes, &error).has_value()))
        std::abort();
    if (const auto relations = DetailsParser::parseTypeRelations(bytes)) {
        const TypeMatchups m = TypeChart::matchups({ *relations, *relations });
        if (m.multiplierFor(relations->type) < 0)
            std::abort();
    }
    if (const auto chain = DetailsParser::parseEvolutionChain(bytes, &error)) {
        if (chain->species.isEmpty())
            std::abort();
    } else if (error.isEmpty()) {
        std::abort();
    }

    // Skimming keeps exactly what a whole parse sees of the kept members.
    const auto keys = { QLatin1String("id"), QLatin1String("name"), QLatin1String("types") };
    if (const auto kept = JsonSkim::keepMembers(bytes, keys)) {
        const QJsonDocument whole = QJsonDocument::fromJson(bytes);
        if (whole.isObject()) {
            const QJsonDocument skimmed = QJsonDocument::fromJson(*kept);
            if (!skimmed.isObject())
                std::abort();
            for (const QLatin1String key : keys) {
                if (skimmed.object().value(key) != whole.object().value(key))
                    std::abort();
            }
        }
    }
    return 0;
}
