#include "api/evolutionlinelookup.h"

#include "api/detailsparser.h"
#include "api/pokeapiclient.h"

EvolutionLineLookup::EvolutionLineLookup(PokeApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<Pokemon>();
}

EvolutionLineLookup::~EvolutionLineLookup()
{
    cancel();
}

void EvolutionLineLookup::lookUp(const Pokemon &pokemon)
{
    cancel();
    m_pokemon = pokemon;
    // Someone is waiting for it: ahead of a long search still queued.
    request(m_client->fetch({ m_client->speciesUrl(pokemon), FetchPriority::High },
                            parserOf(&DetailsParser::parseSpecies)),
            &EvolutionLineLookup::onSpecies);
}

void EvolutionLineLookup::cancel()
{
    if (m_request)
        m_request->abort();
    m_request.clear();
}

void EvolutionLineLookup::request(ApiReply *reply,
                                  void (EvolutionLineLookup::*onResult)(const ApiResult &))
{
    m_request = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, onResult](const ApiResult &result) {
        if (m_request != reply)
            return;
        m_request.clear();
        (this->*onResult)(result);
    });
}

void EvolutionLineLookup::onSpecies(const ApiResult &result)
{
    if (!result.isOk()) {
        Q_EMIT failed(m_pokemon, result.error);
        return;
    }
    const auto species = result.as<SpeciesDetails>();
    if (species.evolutionChainUrl.isEmpty()) {
        Q_EMIT found(m_pokemon, { species.name });
        return;
    }
    request(m_client->fetch({ species.evolutionChainUrl, FetchPriority::High },
                            parserOf(&DetailsParser::parseEvolutionChain)),
            &EvolutionLineLookup::onChain);
}

void EvolutionLineLookup::onChain(const ApiResult &result)
{
    if (result.isOk())
        Q_EMIT found(m_pokemon, speciesOf(result.as<EvolutionNode>()));
    else
        Q_EMIT failed(m_pokemon, result.error);
}

QStringList EvolutionLineLookup::speciesOf(const EvolutionNode &chain)
{
    QStringList species { chain.species };
    for (const EvolutionNode &next : chain.evolvesTo) {
        for (const QString &name : speciesOf(next)) {
            if (!species.contains(name))
                species.append(name);
        }
    }
    return species;
}
