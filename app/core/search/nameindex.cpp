#include "search/nameindex.h"

#include "api/pokeapiclient.h"
#include "api/pokeapiparser.h"
#include "net/workertask.h"
#include "search/localizednames.h"
#include "search/namenormalizer.h"
#include "search/namesuggester.h"

#include <algorithm>

struct NameIndex::Localized
{
    QHash<QString, LocalizedName> byKey; // the first species (in Pokédex order) wins a key
    QStringList keys; // sorted
    QStringList speciesSlugs;

    void add(const QString &species, const QString &language, const QString &name)
    {
        const QString key = NameNormalizer::normalize(name);
        if (key.isEmpty() || key == species || byKey.contains(key))
            return;
        byKey.insert(key, { key, name, language, species });
    }
    void sortKeys()
    {
        keys = byKey.keys();
        keys.sort();
    }

    static std::shared_ptr<Localized> build()
    {
        auto localized = std::make_shared<Localized>();
        const LocalizedNames &table = LocalizedNames::builtIn();
        localized->speciesSlugs = table.speciesSlugs();
        const QStringList languages = table.languages();
        for (const QString &species : std::as_const(localized->speciesSlugs)) {
            for (const QString &language : languages)
                localized->add(species, language, table.species(species, language));
        }
        localized->sortKeys();
        return localized;
    }
};

NameIndex::NameIndex(PokeApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    // About 12,000 names to normalise: a worker's job, not the window's.
    WorkerTask::run(
        this, [] { return Localized::build(); },
        [this](std::shared_ptr<Localized> built) {
            if (!m_localized)
                useLocalized(std::move(built));
        });
}

NameIndex::~NameIndex() = default;

void NameIndex::useLocalized(std::shared_ptr<Localized> localized)
{
    m_localized = std::move(localized);
    const auto pending = std::exchange(m_pendingNames, {});
    for (const auto &[species, names] : pending) {
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            m_localized->add(species, it.key(), it.value());
    }
    if (!pending.isEmpty())
        m_localized->sortKeys();
    mergeSpeciesSlugs();
    Q_EMIT localizedNamesChanged();
}

const NameIndex::Localized &NameIndex::localized() const
{
    // Asked before the worker is done (a search in the first moments, the command line):
    // built here rather than answering wrongly; the worker's copy is then dropped.
    if (!m_localized) {
        auto *self = const_cast<NameIndex *>(this);
        self->useLocalized(Localized::build());
    }
    return *m_localized;
}

void NameIndex::mergeSpeciesSlugs()
{
    // Every species is known offline from the table; forms come with the /pokemon listing.
    if (!m_localized)
        return;
    const qsizetype before = m_set.size();
    for (const QString &species : std::as_const(m_localized->speciesSlugs)) {
        m_set.insert(species);
        m_species.insert(species);
    }
    if (m_set.size() != before) {
        m_names = QStringList(m_set.cbegin(), m_set.cend());
        m_names.sort();
    }
}

void NameIndex::load()
{
    if (m_loaded || isLoading())
        return;
    m_collected.clear();
    m_collectedSpecies.clear();
    m_failed = false;
    const QStringList endpoints = { QStringLiteral("pokemon"), QStringLiteral("pokemon-species") };
    m_pendingLists = int(endpoints.size());
    for (const QString &endpoint : endpoints) {
        // High priority: not-found rows wait for this to offer suggestions.
        ApiReply *reply = m_client->fetch({ m_client->listUrl(endpoint), FetchPriority::High },
                                          parserOf(&PokeApiParser::parseNameList));
        const bool species = endpoint == QLatin1String("pokemon-species");
        connect(reply, &ApiReply::finished, this, [this, species](const ApiResult &result) {
            onList(result.isOk() ? std::optional(result.as<QStringList>()) : std::nullopt, species);
        });
    }
}

void NameIndex::onList(const std::optional<QStringList> &names, bool species)
{
    if (names) {
        m_collected += *names;
        if (species)
            m_collectedSpecies += *names;
    } else
        m_failed = true;
    if (--m_pendingLists > 0)
        return;
    if (!m_collected.isEmpty()) {
        setNames(std::exchange(m_collected, {}), std::exchange(m_collectedSpecies, {}));
        mergeSpeciesSlugs();
    }
    m_loaded = !m_failed;
    Q_EMIT ready(m_loaded);
}

void NameIndex::setNames(const QStringList &names, const QStringList &species)
{
    m_set = QSet<QString>(names.cbegin(), names.cend());
    m_species = QSet<QString>(species.cbegin(), species.cend());
    m_names = QStringList(m_set.cbegin(), m_set.cend());
    m_names.sort();
    m_loaded = true;
}

QStringList NameIndex::suggestionsFor(const QString &slug, int max) const
{
    // A listed name can still 404 (the listing is older than the data, or the server has a
    // gap): suggesting the very name that failed helps nobody.
    const Localized &local = localized();
    QStringList candidates = m_names + local.keys;
    QStringList suggestions;
    for (const QString &key : NameSuggester::suggest(slug, candidates, max + 1)) {
        if (key == slug)
            continue;
        const auto it = local.byKey.constFind(key);
        const QString shown = m_set.contains(key) || it == local.byKey.cend() ? key : it->name;
        if (!suggestions.contains(shown))
            suggestions.append(shown);
    }
    return suggestions.mid(0, max);
}

QString NameIndex::resolve(const QString &key) const
{
    if (key.isEmpty() || m_set.contains(key))
        return {};
    return localized().byKey.value(key).species;
}

QList<NameIndex::LocalizedName> NameIndex::localizedNames() const
{
    if (!m_localized)
        return {}; // localizedNamesChanged() follows; building here would stall the window
    const Localized &local = *m_localized;
    QList<LocalizedName> names;
    names.reserve(local.keys.size());
    for (const QString &key : local.keys) {
        if (!m_set.contains(key))
            names.append(local.byKey.value(key));
    }
    return names;
}

QSet<QString> NameIndex::speciesWithNameContaining(const QString &key) const
{
    QSet<QString> species;
    if (!m_localized || key.isEmpty())
        return species; // never built here: this runs per keystroke
    for (auto it = m_localized->byKey.cbegin(); it != m_localized->byKey.cend(); ++it) {
        if (it.key().contains(key))
            species.insert(it->species);
    }
    return species;
}

void NameIndex::addNames(const QString &species, const QHash<QString, QString> &names)
{
    if (!m_localized) {
        m_pendingNames.append({ species, names }); // not built here, on the window's thread
        return;
    }
    const qsizetype before = m_localized->byKey.size();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        m_localized->add(species, it.key(), it.value());
    if (m_localized->byKey.size() == before)
        return;
    m_localized->sortKeys();
    Q_EMIT localizedNamesChanged();
}

QString NameIndex::speciesOf(const QString &slug) const
{
    for (qsizetype end = slug.size(); end > 0; end = slug.lastIndexOf(u'-', end - 1)) {
        const QString base = slug.left(end);
        if (m_species.contains(base))
            return base;
    }
    return {};
}
