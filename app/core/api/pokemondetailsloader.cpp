#include "api/pokemondetailsloader.h"

#include "api/detailsparser.h"
#include "api/pokeapiclient.h"
#include "api/pokemonmedia.h"
#include "api/typechart.h"
#include "net/networkerrors.h"

#include <QTimer>

PokemonDetailsLoader::PokemonDetailsLoader(PokeApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<DetailSection>();
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
    requestForLoad(m_client->fetch({ m_client->speciesUrl(pokemon), FetchPriority::High },
                                   parserOf(&DetailsParser::parseSpecies)),
                   [this](const ApiResult &result) { onSpecies(result); });

    if (pokemon.types.isEmpty()) {
        m_typesSettled = true;
        failSoon(DetailSection::Types, tr("No types"));
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

    m_artworkChain = PokemonMedia::artwork(pokemon, false);
    m_artworkError.clear();
    if (m_artworkChain.isEmpty())
        failSoon(DetailSection::Artwork, tr("No artwork"));
    else
        requestArtwork();
}

void PokemonDetailsLoader::requestArtwork()
{
    const QUrl url = m_artworkChain.takeFirst();
    requestForLoad(m_client->fetchMedia(url, FetchPriority::High),
                   [this](const ApiResult &result) { onArtwork(result); });
}

void PokemonDetailsLoader::tryNextArtwork(const QString &reason)
{
    // The first reason is the one worth telling: why the best picture is not on show.
    if (m_artworkError.isEmpty())
        m_artworkError = reason;
    if (m_artworkChain.isEmpty())
        Q_EMIT partFailed(DetailSection::Artwork, m_artworkError);
    else
        requestArtwork();
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

template<typename OnReply>
void PokemonDetailsLoader::requestForLoad(ApiReply *handle, OnReply onReply)
{
    // Someone is looking at this Pokémon: its parts go ahead of a long search still queued.
    m_requests.append(handle);
    const quint64 load = m_load;
    connect(handle, &ApiReply::finished, this, [this, load, onReply](const ApiResult &result) {
        if (load == m_load)
            onReply(result);
    });
}

void PokemonDetailsLoader::requestType(const QString &type)
{
    ApiReply *handle = m_client->fetch(
        { m_client->resourceUrl(QStringLiteral("type"), type), FetchPriority::High },
        parserOf(&DetailsParser::parseTypeRelations));
    m_typeRequests.insert(type, handle);
    connect(handle, &ApiReply::finished, this,
            [this, type](const ApiResult &result) { onType(type, result); });
}

void PokemonDetailsLoader::onSpecies(const ApiResult &result)
{
    if (!result.isOk()) {
        Q_EMIT partFailed(DetailSection::Species, result.error);
        Q_EMIT partFailed(DetailSection::Evolution, tr("Needs the species: %1").arg(result.error));
        return;
    }
    const auto species = result.as<SpeciesDetails>();
    if (species.evolutionChainUrl.isEmpty())
        failSoon(DetailSection::Evolution, tr("No evolution chain"));
    else
        requestForLoad(m_client->fetch({ species.evolutionChainUrl, FetchPriority::High },
                                       parserOf(&DetailsParser::parseEvolutionChain)),
                       [this](const ApiResult &chain) { onEvolution(chain); });
    Q_EMIT speciesLoaded(species);
}

void PokemonDetailsLoader::onEvolution(const ApiResult &result)
{
    if (result.isOk())
        Q_EMIT evolutionLoaded(result.as<EvolutionNode>());
    else
        Q_EMIT partFailed(DetailSection::Evolution, result.error);
}

void PokemonDetailsLoader::onType(const QString &type, const ApiResult &result)
{
    m_typeRequests.remove(type);
    if (result.isOk()) {
        auto relations = result.as<TypeRelations>();
        // Stored under the name asked for, which is what Pokémon list in their types.
        relations.type = type;
        m_types.insert(type, relations);
        emitMatchupsIfComplete();
        return;
    }
    if (m_pokemon.types.contains(type) && !m_typesSettled) {
        m_typesSettled = true;
        Q_EMIT partFailed(DetailSection::Types, result.error);
    }
}

void PokemonDetailsLoader::onArtwork(const ApiResult &result)
{
    const QByteArray bytes = result.as<QByteArray>();
    if (!result.isOk())
        tryNextArtwork(result.error);
    else if (bytes.isEmpty())
        tryNextArtwork(tr("No artwork"));
    else
        Q_EMIT artworkLoaded(bytes);
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

void PokemonDetailsLoader::failSoon(DetailSection part, const QString &error)
{
    const quint64 load = m_load;
    QTimer::singleShot(0, this, [this, load, part, error] {
        if (load == m_load)
            Q_EMIT partFailed(part, error);
    });
}
