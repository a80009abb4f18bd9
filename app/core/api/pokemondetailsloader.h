#pragma once

#include "api/pokemon.h"
#include "api/pokemondetails.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class PokeApiClient;
class ApiReply;
struct ApiResult;

// Loads everything a detail view needs for one Pokémon. The species, each of its types and
// its artwork are requested together through the client's bounded queue; the evolution chain
// follows the species (its URL is in the species). Each part is announced as it lands.
// Type relations are fetched once per type and kept for the session.
class PokemonDetailsLoader : public QObject
{
    Q_OBJECT
public:
    explicit PokemonDetailsLoader(PokeApiClient *client, QObject *parent = nullptr);
    ~PokemonDetailsLoader() override;

    // Cancels whatever the previous load still had in flight.
    void load(const Pokemon &pokemon);
    void cancel();
    // The artwork last announced cannot be shown (it does not decode): the next picture of
    // the chain (PokemonMedia::artwork) is fetched, or the part fails when none is left.
    void tryNextArtwork(const QString &reason);
    Pokemon pokemon() const { return m_pokemon; }

Q_SIGNALS:
    void speciesLoaded(const SpeciesDetails &species);
    void matchupsLoaded(const TypeMatchups &matchups);
    void evolutionLoaded(const EvolutionNode &chain);
    void artworkLoaded(const QByteArray &imageBytes); // undecoded: the UI decodes off-thread
    void partFailed(DetailSection part, const QString &error);

private:
    // Runs `onReply` with the answer if the current load still wants it.
    template<typename OnReply> void requestForLoad(ApiReply *reply, OnReply onReply);
    void requestType(const QString &type);
    void onSpecies(const ApiResult &result);
    void onEvolution(const ApiResult &result);
    void onType(const QString &type, const ApiResult &result);
    void onArtwork(const ApiResult &result);
    void requestArtwork(); // the next of m_artworkChain, which is not empty
    void emitMatchupsIfComplete();
    // For parts decided without the network: announced from the event loop, like the rest.
    void failSoon(DetailSection part, const QString &error);

    PokeApiClient *m_client;
    Pokemon m_pokemon;
    quint64 m_load = 0; // changes with every load() and cancel(): older answers are dropped
    QList<QPointer<ApiReply>> m_requests; // species, evolution, artwork
    QHash<QString, QPointer<ApiReply>> m_typeRequests; // by type; may outlive a load
    QHash<QString, TypeRelations> m_types; // every type seen this session
    bool m_typesSettled = false; // matchups (or their failure) announced for this load
    QList<QUrl> m_artworkChain; // the pictures not yet tried, best first
    QString m_artworkError; // why the first one failed
};
