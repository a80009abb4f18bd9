#include "searchcontroller.h"

#include "nameindex.h"
#include "namenormalizer.h"
#include "pokeapiclient.h"

#include <QSet>

SearchController::SearchController(PokeApiClient *client, PokemonListModel *model,
                                   NameIndex *index, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_index(index)
{
    connect(m_index, &NameIndex::ready, this, &SearchController::onIndexReady);
}

SearchController::~SearchController()
{
    abortLookups();
}

void SearchController::search(const QString &text)
{
    start(NameNormalizer::splitQueries(
                  text, [this](const QString &slug) { return m_index->contains(slug); }),
          RequestQueue::CacheUse::Prefer);
}

void SearchController::searchQueries(const QStringList &queries)
{
    QStringList kept;
    for (const QString &query : queries) {
        if (!query.trimmed().isEmpty())
            kept.append(query.trimmed());
    }
    start(kept, RequestQueue::CacheUse::Prefer);
}

void SearchController::refresh()
{
    start(m_queries, RequestQueue::CacheUse::Refresh);
}

double SearchController::elapsedMs() const
{
    if (m_finishedMs >= 0)
        return m_finishedMs;
    return m_clock.isValid() ? m_clock.nsecsElapsed() / 1e6 : 0.0;
}

void SearchController::start(const QStringList &queries, RequestQueue::CacheUse cacheUse)
{
    abortLookups();
    m_queries = queries;
    m_cacheUse = cacheUse;
    ++m_generation;
    m_awaitingSuggestions.clear();
    m_finishedMs = -1;

    QList<PokemonListModel::Entry> entries;
    QSet<QString> seen;
    for (const QString &query : queries) {
        PokemonListModel::Entry entry;
        entry.query = query;
        entry.slug = NameNormalizer::normalize(query);
        const QString key = entry.slug.isEmpty() ? query : entry.slug;
        if (seen.contains(key))
            continue; // the same Pokémon asked twice gets one card
        seen.insert(key);
        entries.append(entry);
    }

    m_clock.start();
    m_model->setEntries(entries);
    m_total = int(entries.size());
    m_done = 0;
    Q_EMIT started(m_total);

    for (int row = 0; row < entries.size(); ++row) {
        const QString reason = NameNormalizer::invalidReason(entries.at(row).slug);
        if (reason.isEmpty()) {
            lookUp(row);
        } else {
            // Nothing is sent for a name PokeAPI can never have.
            m_model->setNotFound(row, {}, elapsedMs(), reason);
            ++m_done;
        }
    }
    checkFinished();
}

void SearchController::lookUp(int row)
{
    PokemonLookup *lookup = m_client->lookupPokemon(m_model->entry(row).slug, m_cacheUse);
    m_lookups.insert(row, lookup);
    const quint64 generation = m_generation;
    connect(lookup, &PokemonLookup::finished, this,
            [this, row, generation](const LookupResult &result) {
                if (generation == m_generation)
                    onLookupFinished(row, result);
            });
}

void SearchController::onLookupFinished(int row, const LookupResult &result)
{
    m_lookups.remove(row);
    switch (result.status) {
    case LookupResult::Status::Found:
        m_model->setLoaded(row, result.pokemon, elapsedMs(), result.fromCache);
        break;
    case LookupResult::Status::Error:
        m_model->setError(row, result.error, elapsedMs());
        break;
    case LookupResult::Status::NotFound:
        if (!m_index->isLoaded()) {
            // The row stays Loading until did-you-mean can be offered with it.
            m_awaitingSuggestions.append(row);
            m_index->load();
            return;
        }
        m_model->setNotFound(row, m_index->suggestionsFor(m_model->entry(row).slug), elapsedMs());
        break;
    }
    rowDone();
}

void SearchController::onIndexReady(bool ok)
{
    const QList<int> rows = std::exchange(m_awaitingSuggestions, {});
    for (int row : rows) {
        const QStringList suggestions =
                ok ? m_index->suggestionsFor(m_model->entry(row).slug) : QStringList();
        m_model->setNotFound(row, suggestions, elapsedMs());
        rowDone();
    }
}

void SearchController::rowDone()
{
    if (m_total > 0)
        ++m_done;
    checkFinished();
}

void SearchController::checkFinished()
{
    Q_EMIT progressChanged(m_done, m_total);
    if (!isRunning() && m_finishedMs < 0) {
        m_finishedMs = m_clock.nsecsElapsed() / 1e6;
        Q_EMIT finished();
    }
}

void SearchController::cancel()
{
    if (!isRunning())
        return;
    const QList<int> rows = m_lookups.keys();
    abortLookups();
    const double ms = elapsedMs();
    for (int row : rows) {
        m_model->setError(row, tr("Cancelled"), ms);
        ++m_done;
    }
    const QList<int> waiting = std::exchange(m_awaitingSuggestions, {});
    for (int row : waiting) {
        m_model->setNotFound(row, {}, ms);
        ++m_done;
    }
    checkFinished();
}

void SearchController::retry(int row)
{
    if (row < 0 || row >= m_model->rowCount()
        || m_model->entry(row).state != PokemonListModel::State::Error || m_lookups.contains(row))
        return;
    m_finishedMs = -1;
    --m_done;
    m_model->setLoading(row);
    lookUp(row);
    Q_EMIT progressChanged(m_done, m_total);
}

void SearchController::retryFailed()
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        retry(row);
}

QString SearchController::summaryText() const
{
    const auto c = m_model->counts();
    QStringList parts;
    parts << tr("%n found", nullptr, c.loaded);
    if (c.notFound)
        parts << tr("%n not found", nullptr, c.notFound);
    if (c.error)
        parts << tr("%n failed", nullptr, c.error);
    if (c.loading)
        parts << tr("%n loading", nullptr, c.loading);
    return tr("%1 — %2 s").arg(parts.join(QStringLiteral(", "))).arg(elapsedMs() / 1000.0, 0, 'f', 2);
}

void SearchController::abortLookups()
{
    for (const auto &lookup : std::as_const(m_lookups)) {
        if (lookup)
            lookup->abort();
    }
    m_lookups.clear();
}
