#include "search/nameindex.h"

#include "api/pokeapiclient.h"
#include "api/pokeapiparser.h"
#include "search/namesuggester.h"

NameIndex::NameIndex(PokeApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
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
    if (!m_collected.isEmpty())
        setNames(std::exchange(m_collected, {}), std::exchange(m_collectedSpecies, {}));
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
    QStringList suggestions = NameSuggester::suggest(slug, m_names, max + 1);
    suggestions.removeAll(slug);
    return suggestions.mid(0, max);
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
