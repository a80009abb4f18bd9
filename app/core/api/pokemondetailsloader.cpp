#include "api/pokemondetailsloader.h"

#include "api/detailsparser.h"
#include "api/pokeapiclient.h"
#include "api/typechart.h"
#include "net/requestqueue.h"

#include <QTimer>

namespace {
const QString speciesPart = QStringLiteral("species");
const QString typesPart = QStringLiteral("types");
const QString evolutionPart = QStringLiteral("evolution");
const QString artworkPart = QStringLiteral("artwork");
} // namespace

PokemonDetailsLoader::PokemonDetailsLoader(PokeApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<SpeciesDetails>();
    qRegisterMetaType<TypeMatchups>();
    qRegisterMetaType<EvolutionNode>();
}

PokemonDetailsLoader::~PokemonDetailsLoader()
{
    cancel();
}

void PokemonDetailsLoader::load(const Pokemon &pokemon)
{
    // A type the new Pokémon also has keeps its request: the answer is wanted either way.
    for (auto it = m_typeRequests.begin(); it != m_typeRequests.end();) {
        if (pokemon.types.contains(it.key())) {
            ++it;
            continue;
        }
        if (it.value())
            it.value()->abort();
        it = m_typeRequests.erase(it);
    }
    for (const auto &handle : std::as_const(m_requests)) {
        if (handle)
            handle->abort();
    }
    m_requests.clear();
    ++m_load;
    m_pokemon = pokemon;
    m_typesSettled = false;

    // Species, types and artwork all go out now, together; only the evolution chain waits,
    // because its URL is in the species.
    const QString species = pokemon.speciesName.isEmpty() ? pokemon.name : pokemon.speciesName;
    requestForLoad(pokemon.speciesUrl.isEmpty()
                       ? m_client->resourceUrl(QStringLiteral("pokemon-species"), species)
                       : pokemon.speciesUrl,
                   [this](const NetworkResult &result) { onSpecies(result); });

    if (pokemon.types.isEmpty()) {
        m_typesSettled = true;
        failSoon(typesPart, tr("No types"));
    }
    for (const QString &type : pokemon.types) {
        if (!m_types.contains(type) && !m_typeRequests.contains(type))
            requestType(type);
    }
    if (!m_typesSettled) {
        // Every type already known: announced from the event loop like any other part.
        const quint64 load = m_load;
        QTimer::singleShot(0, this, [this, load] {
            if (load == m_load)
                emitMatchupsIfComplete();
        });
    }

    if (pokemon.artworkUrl.isEmpty())
        failSoon(artworkPart, tr("No artwork"));
    else
        requestForLoad(pokemon.artworkUrl,
                       [this](const NetworkResult &result) { onArtwork(result); });
}

void PokemonDetailsLoader::cancel()
{
    ++m_load;
    for (const auto &handle : std::as_const(m_requests)) {
        if (handle)
            handle->abort();
    }
    m_requests.clear();
    for (const auto &handle : std::as_const(m_typeRequests)) {
        if (handle)
            handle->abort();
    }
    m_typeRequests.clear();
}

RequestHandle *PokemonDetailsLoader::request(const QUrl &url)
{
    // Someone is looking at this Pokémon: its parts go ahead of a long search still queued.
    return m_client->queue()->get(m_client->apiUrl().resolved(url), RequestQueue::Priority::High);
}

template<typename OnReply>
void PokemonDetailsLoader::requestForLoad(const QUrl &url, OnReply onReply)
{
    RequestHandle *handle = request(url);
    m_requests.append(handle);
    const quint64 load = m_load;
    connect(handle, &RequestHandle::finished, this,
            [this, load, onReply](const NetworkResult &result) {
                if (load == m_load)
                    onReply(result);
            });
}

void PokemonDetailsLoader::requestType(const QString &type)
{
    RequestHandle *handle = request(m_client->resourceUrl(QStringLiteral("type"), type));
    m_typeRequests.insert(type, handle);
    connect(handle, &RequestHandle::finished, this,
            [this, type](const NetworkResult &result) { onType(type, result); });
}

QString PokemonDetailsLoader::describeFailure(const NetworkResult &result)
{
    if (!result.errorString.isEmpty())
        return result.errorString;
    return tr("HTTP status %1").arg(result.httpStatus);
}

void PokemonDetailsLoader::onSpecies(const NetworkResult &result)
{
    if (!result.isSuccess()) {
        const QString error = describeFailure(result);
        Q_EMIT partFailed(speciesPart, error);
        Q_EMIT partFailed(evolutionPart, tr("Needs the species: %1").arg(error));
        return;
    }
    QString error;
    const auto species = DetailsParser::parseSpecies(result.body, &error);
    if (!species) {
        error = tr("Unexpected answer from the server: %1").arg(error);
        Q_EMIT partFailed(speciesPart, error);
        Q_EMIT partFailed(evolutionPart, tr("Needs the species: %1").arg(error));
        return;
    }
    if (species->evolutionChainUrl.isEmpty())
        failSoon(evolutionPart, tr("No evolution chain"));
    else
        requestForLoad(species->evolutionChainUrl,
                       [this](const NetworkResult &chain) { onEvolution(chain); });
    Q_EMIT speciesLoaded(*species);
}

void PokemonDetailsLoader::onEvolution(const NetworkResult &result)
{
    if (!result.isSuccess()) {
        Q_EMIT partFailed(evolutionPart, describeFailure(result));
        return;
    }
    QString error;
    if (const auto chain = DetailsParser::parseEvolutionChain(result.body, &error))
        Q_EMIT evolutionLoaded(*chain);
    else
        Q_EMIT partFailed(evolutionPart, tr("Unexpected answer from the server: %1").arg(error));
}

void PokemonDetailsLoader::onType(const QString &type, const NetworkResult &result)
{
    m_typeRequests.remove(type);
    QString error;
    if (result.isSuccess()) {
        if (auto relations = DetailsParser::parseTypeRelations(result.body, &error)) {
            // Stored under the name asked for, which is what Pokémon list in their types.
            relations->type = type;
            m_types.insert(type, *relations);
            emitMatchupsIfComplete();
            return;
        }
        error = tr("Unexpected answer from the server: %1").arg(error);
    } else {
        error = describeFailure(result);
    }
    if (m_pokemon.types.contains(type) && !m_typesSettled) {
        m_typesSettled = true;
        Q_EMIT partFailed(typesPart, error);
    }
}

void PokemonDetailsLoader::onArtwork(const NetworkResult &result)
{
    if (!result.isSuccess())
        Q_EMIT partFailed(artworkPart, describeFailure(result));
    else if (result.body.isEmpty())
        Q_EMIT partFailed(artworkPart, tr("No artwork"));
    else
        Q_EMIT artworkLoaded(result.body);
}

void PokemonDetailsLoader::emitMatchupsIfComplete()
{
    if (m_typesSettled || m_pokemon.types.isEmpty())
        return;
    QList<TypeRelations> relations;
    for (const QString &type : std::as_const(m_pokemon.types)) {
        if (!m_types.contains(type))
            return;
        relations.append(m_types.value(type));
    }
    m_typesSettled = true;
    Q_EMIT matchupsLoaded(TypeChart::matchups(relations));
}

void PokemonDetailsLoader::failSoon(const QString &part, const QString &error)
{
    const quint64 load = m_load;
    QTimer::singleShot(0, this, [this, load, part, error] {
        if (load == m_load)
            Q_EMIT partFailed(part, error);
    });
}
