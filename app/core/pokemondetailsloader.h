#pragma once

#include "pokemon.h"
#include "pokemondetails.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class PokeApiClient;
class RequestHandle;

// Loads everything a detail view needs for one Pokémon. The species, each of its types and
// its artwork are requested together through the client's bounded queue; the evolution chain
// follows the species (its URL is in the species). Each part is announced as it lands.
// Type relations are fetched once per type and kept for the session.
class PokemonDetailsLoader : public QObject
{
    Q_OBJECT
public:
    explicit PokemonDetailsLoader(PokeApiClient *client, QObject *parent = nullptr);

    // Cancels whatever the previous load still had in flight.
    void load(const Pokemon &pokemon);
    void cancel();
    Pokemon pokemon() const { return m_pokemon; }

Q_SIGNALS:
    void speciesLoaded(const SpeciesDetails &species);
    void matchupsLoaded(const TypeMatchups &matchups);
    void evolutionLoaded(const EvolutionNode &chain);
    void artworkLoaded(const QByteArray &imageBytes); // undecoded: the UI decodes off-thread
    // part is "species", "types", "evolution" or "artwork"
    void partFailed(const QString &part, const QString &error);
};
