#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <optional>

class PokeApiClient;

// Every Pokémon and species name, from /pokemon?limit=100000 and
// /pokemon-species?limit=100000, fetched once. Feeds completion and did-you-mean.
class NameIndex : public QObject
{
    Q_OBJECT
public:
    explicit NameIndex(PokeApiClient *client, QObject *parent = nullptr);

    // Starts fetching both listings unless already loaded or loading. Emits ready() once
    // both answered (or failed: then the index stays empty and may be loaded again).
    void load();
    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_pendingLists > 0; }

    QStringList names() const { return m_names; } // sorted, unique
    bool contains(const QString &slug) const { return m_set.contains(slug); }
    QStringList suggestionsFor(const QString &slug, int max = 3) const;
    // The species a listed Pokémon or form belongs to: itself if it is a species
    // ("porygon-z"), else the longest species its slug starts with ("deoxys-normal" ->
    // "deoxys"); empty if none is known. Matches every Pokémon PokeAPI lists.
    QString speciesOf(const QString &slug) const;

    // For tests and offline use; `species` are the names that are species.
    void setNames(const QStringList &names, const QStringList &species = {});

Q_SIGNALS:
    void ready(bool ok);

private:
    void onList(const std::optional<QStringList> &names, bool species);

    PokeApiClient *m_client;
    QStringList m_collected;
    QStringList m_collectedSpecies;
    QStringList m_names;
    QSet<QString> m_set;
    QSet<QString> m_species;
    int m_pendingLists = 0;
    bool m_failed = false;
    bool m_loaded = false;
};
