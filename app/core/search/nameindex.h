#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <memory>
#include <optional>

class PokeApiClient;

// Every Pokémon and species name, from /pokemon?limit=100000 and
// /pokemon-species?limit=100000, fetched once, and every species' name in every language
// PokeAPI has (LocalizedNames, built in; refreshed from species answers by addNames), so that
// "Glurak", "ピカチュウ" or "피카츄" find their species. Feeds completion and did-you-mean.
class NameIndex : public QObject
{
    Q_OBJECT
public:
    explicit NameIndex(PokeApiClient *client, QObject *parent = nullptr);
    ~NameIndex() override;

    // Starts fetching both listings unless already loaded or loading. Emits ready() once
    // both answered (or failed: then the index stays empty and may be loaded again).
    void load();
    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_pendingLists > 0; }

    QStringList names() const { return m_names; } // sorted, unique
    bool contains(const QString &slug) const { return m_set.contains(slug); }
    // Did-you-mean across languages: a slug, or a name as PokeAPI writes it in its language
    // ("glurack" -> "Glurak"), which resolve() takes back to its species.
    QStringList suggestionsFor(const QString &slug, int max = 3) const;

    // A name in any language, normalised (NameNormalizer::normalize), to the species' slug:
    // "glurak" -> "charizard", "ピカチュウ" -> "pikachu"; empty for an English slug (that is
    // its own answer) and for a name no language has.
    QString resolve(const QString &key) const;
    // One completion entry per distinct localized name that is not an English slug.
    struct LocalizedName
    {
        QString key; // normalised, what is matched and inserted: "glurak"
        QString name; // as PokeAPI writes it: "Glurak"
        QString language; // PokeAPI's code: "de"
        QString species; // "charizard"
    };
    // Whether the names table is built (on a worker, soon after construction): until then
    // resolve() and suggestionsFor() would build it on the caller's thread.
    bool hasLocalizedNames() const { return m_localized != nullptr; }
    // Sorted by key; empty until the table is built (then localizedNamesChanged()).
    QList<LocalizedName> localizedNames() const;
    // Species with a name in some language whose normalised form contains `key` (normalised):
    // "glur" -> {"charizard"}, "リザ" -> {"charizard", ...}. Empty until the table is built.
    QSet<QString> speciesWithNameContaining(const QString &key) const;
    // Names from a live species answer (language code -> name), in addition to the table's.
    void addNames(const QString &species, const QHash<QString, QString> &names);
    // The species a listed Pokémon or form belongs to: itself if it is a species
    // ("porygon-z"), else the longest species its slug starts with ("deoxys-normal" ->
    // "deoxys"); empty if none is known. Matches every Pokémon PokeAPI lists.
    QString speciesOf(const QString &slug) const;

    // For tests and offline use; `species` are the names that are species.
    void setNames(const QStringList &names, const QStringList &species = {});

Q_SIGNALS:
    void ready(bool ok);
    // The localized names changed: built from the table (soon after construction) or added.
    void localizedNamesChanged();

private:
    struct Localized; // the localized names, built off the GUI thread
    void onList(const std::optional<QStringList> &names, bool species);
    void useLocalized(std::shared_ptr<Localized> localized);
    const Localized &localized() const;
    void mergeSpeciesSlugs();

    PokeApiClient *m_client;
    QStringList m_collected;
    QStringList m_collectedSpecies;
    QStringList m_names;
    QSet<QString> m_set;
    QSet<QString> m_species;
    // Built by a worker from the table; if asked for sooner, built there and then.
    mutable std::shared_ptr<Localized> m_localized;
    // Species answers that came before the table: added to it once it is built.
    QList<std::pair<QString, QHash<QString, QString>>> m_pendingNames;
    int m_pendingLists = 0;
    bool m_failed = false;
    bool m_loaded = false;
};
