#pragma once

#include "api/pokeapiclient.h"

#include <QSignalSpy>

// `name` as `client` finds it (through the fake server: its URLs point at the fake); an
// invalid Pokémon when no answer came within 10 s.
inline Pokemon lookUpPokemon(PokeApiClient *client, const QString &name)
{
    PokemonLookup *lookup = client->lookupPokemon(name);
    QSignalSpy finished(lookup, &PokemonLookup::finished);
    if (!finished.wait(10000))
        return {};
    return finished.first().first().value<LookupResult>().pokemon;
}
