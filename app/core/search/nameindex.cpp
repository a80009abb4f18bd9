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
    m_failed = false;
    const QStringList endpoints = { QStringLiteral("pokemon"), QStringLiteral("pokemon-species") };
    m_pendingLists = int(endpoints.size());
    for (const QString &endpoint : endpoints) {
        // High priority: not-found rows wait for this to offer suggestions.
        ApiReply *reply = m_client->fetch({ m_client->listUrl(endpoint), FetchPriority::High },
                                          parserOf(&PokeApiParser::parseNameList));
        connect(reply, &ApiReply::finished, this, [this](const ApiResult &result) {
            onList(result.isOk() ? std::optional(result.as<QStringList>()) : std::nullopt);
        });
    }
}

void NameIndex::onList(const std::optional<QStringList> &names)
{
    if (names)
        m_collected += *names;
    else
        m_failed = true;
    if (--m_pendingLists > 0)
        return;
    if (!m_collected.isEmpty())
        setNames(std::exchange(m_collected, {}));
    m_loaded = !m_failed;
    Q_EMIT ready(m_loaded);
}

void NameIndex::setNames(const QStringList &names)
{
    m_set = QSet<QString>(names.cbegin(), names.cend());
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
