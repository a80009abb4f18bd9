#pragma once

#include "api/pokemon.h"
#include "api/pokemondetails.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class ApiReply;
class PokeApiClient;
struct ApiResult;

// The species of a Pokémon's whole evolution line, wherever in the line it stands: Charmeleon
// gives charmander, charmeleon, charizard; Eevee gives itself and its eight evolutions. Asks
// the client for the Pokémon's species, then for the chain the species points at (both
// usually in the disk cache already, from the details pane). One lookup at a time: a new one,
// or cancel(), drops the old.
class EvolutionLineLookup : public QObject
{
    Q_OBJECT
public:
    explicit EvolutionLineLookup(PokeApiClient *client, QObject *parent = nullptr);
    ~EvolutionLineLookup() override;

    void lookUp(const Pokemon &pokemon);
    void cancel();
    bool isRunning() const { return !m_request.isNull(); }

    // Every species of `chain`, each stage before the ones it evolves into.
    static QStringList speciesOf(const EvolutionNode &chain);

Q_SIGNALS:
    // Species slugs in chain order; just the Pokémon's own species when it has no chain.
    void found(const Pokemon &pokemon, const QStringList &species);
    void failed(const Pokemon &pokemon, const QString &error);

private:
    void onSpecies(const ApiResult &result);
    void onChain(const ApiResult &result);
    void request(ApiReply *reply, void (EvolutionLineLookup::*onResult)(const ApiResult &));

    PokeApiClient *m_client;
    Pokemon m_pokemon;
    QPointer<ApiReply> m_request;
};
