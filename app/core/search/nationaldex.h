#pragma once

#include "search/dexfacts.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <array>

class PokeApiClient;
struct ApiResult;

// Every species in Pokédex order, from one listing request (/pokemon-species?limit=100000),
// and every one's types and generation from the 18 /type/{name} and 9 /generation/{n}
// answers: 28 requests, through the client (and so its disk cache), instead of one lookup per
// Pokémon. The type answers list the forms too (Mega Charizard X is Fire and Dragon): each is
// given to the species its name starts with. Fetched once; whatever failed is asked for again
// by the next load().
class NationalDex : public QObject
{
    Q_OBJECT
public:
    static constexpr int Generations = 9;

    struct Species
    {
        QString slug; // "mr-mime"
        DexFacts facts;
    };

    explicit NationalDex(PokeApiClient *client, QObject *parent = nullptr);

    // Asks for the listing and the group answers not known yet and not on their way.
    void load();
    bool isListed() const { return m_listed; }
    bool isListing() const { return m_listing; }
    // Whether every type (and every generation) answer is in.
    bool knowsTypes() const;
    bool knowsGenerations() const;

    // In Pokédex order, with what is known of each so far; empty until listed.
    QList<Species> species() const;
    // Every form (facts.form), in Pokédex order of their species; empty until listed and every
    // type answered.
    QList<Species> forms() const { return m_forms; }
    // Of species and forms alike.
    DexFactsBySlug factsBySlug() const;

Q_SIGNALS:
    // The listing arrived (ok), or failed with `error` worded for people.
    void listed(bool ok, const QString &error);
    // Every type answer, or every generation answer, has now been heard (some may have
    // failed: their facts stay unknown until a later load()).
    void factsChanged();

private:
    void onListing(const ApiResult &result);
    void onType(const QString &type, const ApiResult &result);
    void onGeneration(int generation, const ApiResult &result);
    void applyFacts();

    PokeApiClient *m_client;
    bool m_listed = false;
    bool m_listing = false;
    QList<Species> m_species;
    QList<Species> m_forms;
    QHash<int, int> m_indexOfNumber; // into m_species
    QHash<int, QString> m_formNames; // by id (10001+), from the type answers
    QHash<int, QString> m_defaultNames; // by id (below 10001): the default forms' names
    // By Pokémon id (forms, 10001+, too): the type in each slot.
    QHash<int, std::array<QString, 2>> m_typeSlots;
    QHash<int, int> m_generationOf; // by species id
    QSet<QString> m_typesKnown, m_typesPending;
    QSet<int> m_generationsKnown, m_generationsPending;
};
