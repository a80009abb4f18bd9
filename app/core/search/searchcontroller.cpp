#include "search/searchcontroller.h"

#include "api/detailsparser.h"
#include "api/pokeapiclient.h"
#include "net/networkdefaults.h"
#include "search/displaynames.h"
#include "search/nameindex.h"
#include "search/namenormalizer.h"
#include "search/nationaldex.h"
#include "search/queryparser.h"

#include <QTimer>
#include <algorithm>
#include <functional>
#include <utility>

SearchController::SearchController(PokeApiClient *client, PokemonListModel *model, NameIndex *index,
                                   NationalDex *dex, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_index(index)
    , m_dex(dex)
{
    connect(m_index, &NameIndex::ready, this, &SearchController::onIndexReady);
    connect(m_index, &NameIndex::localizedNamesChanged, this, [this] {
        if (m_waiting)
            std::exchange(m_waiting, {})();
    });
    if (m_dex) {
        connect(m_dex, &NationalDex::listed, this, &SearchController::onDexListed);
        connect(m_dex, &NationalDex::factsChanged, this, &SearchController::onDexFacts);
    }
}

SearchController::~SearchController()
{
    abortLookups();
}

bool SearchController::waitForNames(std::function<void()> run)
{
    if (m_index->hasLocalizedNames())
        return false;
    m_waiting = std::move(run);
    Q_EMIT waitingForNames();
    return true;
}

void SearchController::search(const QString &text)
{
    if (!text.trimmed().isEmpty() && waitForNames([this, text] { search(text); }))
        return;
    m_waiting = {};
    // The index knows every species (and, once loaded, every form) in every language.
    const auto isKnown = [this](const QString &slug) {
        return m_index->contains(slug) || !m_index->resolve(slug).isEmpty();
    };
    start(resolveNames(QueryParser::parse(text, isKnown)), CacheUse::Prefer);
}

void SearchController::searchQueries(const QStringList &queries)
{
    if (waitForNames([this, queries] { searchQueries(queries); }))
        return;
    m_waiting = {};
    start(resolveNames(QueryParser::parseEach(queries)), CacheUse::Prefer);
}

void SearchController::searchMembers(const MemberSearch &search)
{
    searchQueries(search.queries);
    // The dex's facts reach the rows through onDexFacts as they land.
    if (m_dex && !search.filter.generations.isEmpty() && !m_dex->knowsGenerations())
        m_dex->load();
}

QList<SearchTerm> SearchController::resolveNames(QList<SearchTerm> terms) const
{
    // "Glurak" or "ピカチュウ" is asked for as the species it names; the card keeps what was typed.
    for (SearchTerm &term : terms) {
        if (term.kind == SearchTerm::Kind::Group)
            continue;
        if (const QString species = m_index->resolve(term.slug); !species.isEmpty()) {
            term.kind = SearchTerm::Kind::Name;
            term.slug = species;
            term.reason.clear();
        }
    }
    return terms;
}

void SearchController::refresh()
{
    start(m_terms, CacheUse::Refresh);
}

bool SearchController::isRunning() const
{
    return m_waiting || !m_lookups.isEmpty() || !m_awaitingSuggestions.isEmpty()
        || !m_groups.isEmpty() || (m_showingDex && m_dex->isListing());
}

double SearchController::rowMs(int row) const
{
    return elapsedMs() - m_startedMs.value(row);
}

double SearchController::elapsedMs() const
{
    if (m_finishedMs >= 0)
        return m_finishedMs;
    return m_clock.isValid() ? m_clock.nsecsElapsed() / 1e6 : 0.0;
}

void SearchController::reset(CacheUse cacheUse)
{
    abortLookups();
    m_cacheUse = cacheUse;
    ++m_generation;
    m_awaitingSuggestions.clear();
    m_groupRows.clear();
    m_seen.clear();
    m_startedMs.clear();
    m_finishedMs = -1;
    m_onScreen.clear(); // rows of what the view showed before
    m_nearby.clear();
    m_wanted.clear();
}

void SearchController::start(const QList<SearchTerm> &terms, CacheUse cacheUse)
{
    if (terms.isEmpty() && m_dex)
        return showDex(cacheUse);
    leaveDex();
    reset(cacheUse);
    m_terms = terms;

    QList<PokemonListModel::Entry> entries;
    QHash<int, QString> reasons; // rows answered without the network, and why
    QList<std::pair<GroupQuery, QString>> groups;
    for (const SearchTerm &term : terms) {
        if (m_seen.contains(term.key()))
            continue; // the same Pokémon (or group) asked twice gets one card
        m_seen.insert(term.key());
        if (term.kind == SearchTerm::Kind::Group) {
            groups.append({ term.group, term.typed });
            continue;
        }
        PokemonListModel::Entry entry;
        entry.query = term.typed;
        entry.slug = term.slug;
        entry.facts = m_facts.value(term.slug);
        if (term.kind == SearchTerm::Kind::Invalid)
            reasons.insert(int(entries.size()), term.reason);
        entries.append(entry);
    }

    m_clock.start();
    m_model->setEntries(entries);
    // A group counts as one until its members are known.
    m_total = int(entries.size() + groups.size());
    m_done = 0;
    Q_EMIT started(m_total);

    // Groups first: their one request should not wait behind a long list of names.
    for (const auto &[group, query] : std::as_const(groups))
        resolveGroup(group, query, -1);
    for (int row = 0; row < entries.size(); ++row) {
        if (const QString reason = reasons.value(row); !reason.isEmpty()) {
            // Nothing is sent for a name PokeAPI can never have, nor for a group that is none.
            m_model->setNotFound(row, {}, rowMs(row), reason);
            ++m_done;
        } else {
            m_unstarted.append(row);
        }
    }
    startSome();
    checkFinished();
}

void SearchController::startSome()
{
    m_startsScheduled = false;
    // Starting a lookup costs ~15 µs (objects, a URL, a queue entry): 10,000 at once froze
    // the window for 150 ms. A few milliseconds' worth per turn of the event loop is far
    // ahead of any window, so nothing waits for it.
    // At least a whole window's worth each time, so the window is full from the first turn
    // and a search of a few names is handed over at once, however slow the machine.
    constexpr int BudgetMs = 4;
    constexpr int AtLeast = NetworkDefaults::MaxConcurrency;
    QElapsedTimer budget;
    budget.start();
    for (int started = 0;
         m_nextUnstarted < m_unstarted.size() && (started < AtLeast || budget.elapsed() < BudgetMs);
         ++started)
        lookUp(m_unstarted.at(m_nextUnstarted++));
    if (m_nextUnstarted == m_unstarted.size()) {
        m_unstarted.clear();
        m_nextUnstarted = 0;
    } else {
        scheduleStarts();
    }
}

void SearchController::scheduleStarts()
{
    if (m_startsScheduled)
        return;
    m_startsScheduled = true;
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation == m_generation)
            startSome();
        else
            m_startsScheduled = false;
    });
}

void SearchController::resolveGroup(const GroupQuery &group, const QString &query, int row)
{
    const int id = ++m_nextGroupId;
    ApiReply *reply = m_client->fetch(
        { QUrl(group.resourcePath()), FetchPriority::Normal, m_cacheUse },
        ApiParser { 0, [group](const QByteArray &body, QString *error) -> QVariant {
                       if (auto members = group.parseMembers(body, error))
                           return QVariant::fromValue(std::move(*members));
                       return {};
                   } });
    m_groups.insert(id, { group, query, row, reply });
    const quint64 generation = m_generation;
    connect(reply, &ApiReply::finished, this, [this, id, generation](const ApiResult &result) {
        if (generation == m_generation)
            onGroupResolved(id, result);
    });
}

void SearchController::onGroupResolved(int id, const ApiResult &result)
{
    const PendingGroup pending = m_groups.take(id);
    if (result.isOk())
        appendMembers(pending, result.as<QStringList>());
    else
        groupFailed(pending, result.isNotFound(), result.error);
}

void SearchController::appendMembers(const PendingGroup &pending, const QStringList &members)
{
    QList<PokemonListModel::Entry> entries;
    for (const QString &member : members) {
        if (m_seen.contains(member))
            continue; // already a row of this search, typed or from another group
        m_seen.insert(member);
        PokemonListModel::Entry entry;
        entry.query = pending.query;
        entry.slug = member;
        entry.title = DisplayNames::forPokemon(member);
        entry.facts = m_facts.value(member);
        entries.append(entry);
    }

    QList<int> rows;
    if (pending.row >= 0) {
        // A retried group row becomes its first member; the others are appended.
        if (entries.isEmpty()) {
            m_model->setNotFound(pending.row, {}, rowMs(pending.row),
                                 tr("has no members that are not already listed"));
            rowDone();
            return;
        }
        m_model->replaceEntry(pending.row, entries.takeFirst());
        rows.append(pending.row);
        m_total += int(entries.size());
    } else {
        m_total += int(entries.size()) - 1; // the group counted as one while it was resolved
    }
    const int first = m_model->rowCount();
    m_model->appendEntries(entries);
    for (int row = first; row < m_model->rowCount(); ++row) {
        rows.append(row);
        if (pending.row >= 0) // members of a retried group start with its retry
            m_startedMs.insert(row, m_startedMs.value(pending.row));
    }

    for (int row : std::as_const(rows)) {
        // A member name comes from the server: it is checked like a typed one.
        const QString reason = NameNormalizer::invalidReason(m_model->entry(row).slug);
        if (reason.isEmpty()) {
            lookUp(row);
        } else {
            m_model->setNotFound(row, {}, rowMs(row), reason);
            ++m_done;
        }
    }
    checkFinished();
}

void SearchController::groupFailed(const PendingGroup &pending, bool notFound, const QString &error)
{
    int row = pending.row;
    if (row < 0) {
        // The group becomes one row of its own, which a retry resolves again.
        PokemonListModel::Entry entry;
        entry.query = pending.query;
        entry.slug = pending.query;
        row = m_model->rowCount();
        m_model->appendEntries({ entry });
    }
    m_groupRows.insert(row, pending.group);
    if (notFound)
        m_model->setNotFound(row, {}, rowMs(row), tr("is not a group the server knows"));
    else
        m_model->setError(row, error, rowMs(row));
    rowDone();
}

void SearchController::showDex()
{
    m_waiting = {};
    if (m_dex)
        showDex(CacheUse::Prefer);
}

void SearchController::showDex(CacheUse cacheUse)
{
    leaveDex(); // when shown already: what loaded stays, what was loading is listed again
    reset(cacheUse);
    m_showingDex = true;
    m_terms.clear();
    m_total = m_done = 0;
    m_clock.start();
    if (cacheUse == CacheUse::Refresh)
        m_dexRows.clear();
    if (m_dex->isListed())
        fillDex();
    else
        m_model->setEntries({});
    m_dex->load(); // whatever it does not know yet
    Q_EMIT started(0);
    checkFinished();
}

int SearchController::dexFormCount() const
{
    return m_dexHasForms ? int(m_dex->forms().size()) : 0;
}

void SearchController::leaveDex()
{
    if (!m_showingDex)
        return;
    m_showingDex = false;
    if (!m_dex->isListed())
        return; // the grid holds no dex, at most the row saying why
    m_dexRows.clear();
    m_dexRows.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        PokemonListModel::Entry entry = m_model->entry(row);
        if (entry.state != PokemonListModel::State::Loaded
            && entry.state != PokemonListModel::State::NotFound) {
            // Cut off, or failed: asked for again once it is on screen.
            entry.state = PokemonListModel::State::Listed;
            entry.error.clear();
            entry.attempts = 1;
        }
        m_dexRows.append(entry);
    }
}

namespace {

QList<PokemonListModel::Entry> listedRows(const QList<NationalDex::Species> &species)
{
    QList<PokemonListModel::Entry> rows;
    rows.reserve(species.size());
    for (const NationalDex::Species &one : species) {
        PokemonListModel::Entry entry;
        entry.query = one.slug;
        entry.slug = one.slug;
        entry.title = DisplayNames::forPokemon(one.slug);
        entry.state = PokemonListModel::State::Listed;
        entry.facts = one.facts;
        rows.append(entry);
    }
    return rows;
}

} // namespace

void SearchController::fillDex()
{
    m_facts = m_dex->factsBySlug();
    if (m_dexRows.isEmpty()) {
        // Forms after every species: the grid sorts them in beside theirs.
        m_dexRows = listedRows(m_dex->species());
        m_dexHasForms = !m_dex->forms().isEmpty();
        m_dexRows += listedRows(m_dex->forms());
    } else {
        for (PokemonListModel::Entry &entry : m_dexRows)
            entry.facts = m_facts.value(entry.slug); // what was learnt meanwhile
    }
    m_model->setEntries(std::exchange(m_dexRows, {}));
    addDexForms();
}

void SearchController::addDexForms()
{
    // Known once every type answered, which may be after the listing was shown.
    if (m_dexHasForms || m_dex->forms().isEmpty())
        return;
    m_dexHasForms = true;
    m_model->appendEntries(listedRows(m_dex->forms()));
}

void SearchController::onDexListed(bool ok, const QString &error)
{
    if (!m_showingDex) {
        if (ok)
            onDexFacts(); // a search's rows learn their facts too (searchMembers)
        return;
    }
    if (ok) {
        fillDex();
    } else {
        // One row says why; retrying it asks for the listing again.
        PokemonListModel::Entry entry;
        entry.query = tr("National Dex");
        m_model->setEntries({ entry });
        m_model->setError(0, error, elapsedMs());
    }
    checkFinished();
}

void SearchController::onDexFacts()
{
    m_facts = m_dex->factsBySlug();
    m_model->setFacts(m_facts);
    if (m_showingDex && m_dex->isListed())
        addDexForms();
}

void SearchController::fetchRows(const QList<int> &rows)
{
    bool started = false;
    for (int row : rows) {
        if (row >= 0 && row < m_model->rowCount()
            && m_model->entry(row).state == PokemonListModel::State::Listed) {
            lookUp(row); // behind what is on and near the screen
            started = true;
        }
    }
    if (started)
        checkFinished();
}

void SearchController::setVisibleRows(const QList<int> &onScreen, const QList<int> &nearby)
{
    const QList<int> before = std::exchange(m_wanted, onScreen + nearby);
    m_onScreen = QSet<int>(onScreen.cbegin(), onScreen.cend());
    m_nearby = QSet<int>(nearby.cbegin(), nearby.cend());
    // What left the screen steps back first, in order, so that what came on it goes ahead.
    for (int row : before) {
        if (!m_onScreen.contains(row) && !m_nearby.contains(row)) {
            if (PokemonLookup *lookup = m_lookups.value(row))
                lookup->setPriority(priorityOf(row));
        }
    }
    bool started = false;
    for (const QList<int> *rows : { &onScreen, &nearby }) {
        for (int row : *rows) {
            if (row < 0 || row >= m_model->rowCount())
                continue;
            if (PokemonLookup *lookup = m_lookups.value(row)) {
                lookup->setPriority(priorityOf(row));
            } else if (m_model->entry(row).state == PokemonListModel::State::Listed) {
                lookUp(row);
                started = true;
            }
        }
    }
    if (started)
        checkFinished();
}

FetchPriority SearchController::priorityOf(int row) const
{
    if (m_onScreen.contains(row))
        return FetchPriority::High;
    if (m_nearby.contains(row))
        return FetchPriority::Normal;
    // Every row of a search is wanted; in the dex, one that left the screen waits its turn.
    return m_showingDex ? FetchPriority::Low : FetchPriority::Normal;
}

void SearchController::lookUp(int row)
{
    const PokemonListModel::Entry &entry = m_model->entry(row);
    // A species of the dex by its number: /pokemon/386 is Deoxys' default form, where
    // /pokemon/deoxys would 404 and take two more requests.
    const QString key = m_showingDex && entry.facts.number > 0 && !entry.facts.form
        ? QString::number(entry.facts.number)
        : entry.slug;
    if (entry.state == PokemonListModel::State::Listed) {
        m_model->setLoading(row);
        ++m_total;
        m_finishedMs = -1;
        m_startedMs.insert(row, elapsedMs()); // its card times its own lookup, not the dex's
    }
    PokemonLookup *lookup = m_client->lookupPokemon(key, m_cacheUse, priorityOf(row));
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
        m_model->setLoaded(row, result.pokemon, rowMs(row), result.fromCache);
        break;
    case LookupResult::Status::Error:
        m_model->setError(row, result.error, rowMs(row));
        break;
    case LookupResult::Status::NotFound:
        if (m_showingDex) {
            // A listed species the server has no document for: nothing to suggest instead.
            m_model->setNotFound(row, {}, rowMs(row));
            break;
        }
        if (!m_index->isLoaded()) {
            // The row stays Loading until did-you-mean can be offered with it.
            m_awaitingSuggestions.append(row);
            m_index->load();
            return;
        }
        m_model->setNotFound(row, m_index->suggestionsFor(m_model->entry(row).slug), rowMs(row));
        break;
    }
    rowDone();
}

void SearchController::onIndexReady(bool ok)
{
    // One row at a time leaves the waiting list: isRunning() must stay true, and finished
    // unsent, while any of them is still Loading.
    while (!m_awaitingSuggestions.isEmpty()) {
        const int row = m_awaitingSuggestions.takeFirst();
        const QStringList suggestions
            = ok ? m_index->suggestionsFor(m_model->entry(row).slug) : QStringList();
        m_model->setNotFound(row, suggestions, rowMs(row));
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
    if (m_waiting) {
        m_waiting = {};
        Q_EMIT finished();
        return;
    }
    if (!isRunning())
        return;
    QList<int> rows = m_lookups.keys();
    rows.append(m_unstarted.mid(m_nextUnstarted));
    QList<int> groupIds = m_groups.keys();
    std::sort(groupIds.begin(), groupIds.end()); // rows in the order the groups were typed
    QList<PendingGroup> groups;
    for (int id : std::as_const(groupIds))
        groups.append(m_groups.value(id));
    abortLookups();
    for (int row : rows) {
        m_model->setNotLoaded(row, rowMs(row));
        ++m_done;
    }
    const QList<int> waiting = std::exchange(m_awaitingSuggestions, {});
    for (int row : waiting) {
        m_model->setNotFound(row, {}, rowMs(row));
        ++m_done;
    }
    // A group cut off before its members were known ends as one retryable row.
    QList<PokemonListModel::Entry> groupEntries;
    QList<int> groupRows;
    int next = m_model->rowCount();
    for (const PendingGroup &pending : groups) {
        int row = pending.row;
        if (row < 0) {
            PokemonListModel::Entry entry;
            entry.query = pending.query;
            entry.slug = pending.query;
            groupEntries.append(entry);
            row = next++;
        }
        m_groupRows.insert(row, pending.group);
        groupRows.append(row);
    }
    m_model->appendEntries(groupEntries);
    for (int row : std::as_const(groupRows)) {
        m_model->setNotLoaded(row, rowMs(row));
        ++m_done;
    }
    checkFinished();
}

void SearchController::retry(int row)
{
    if (m_showingDex && !m_dex->isListed()) {
        if (!m_dex->isListing())
            showDex(m_cacheUse); // the row that said why the listing failed
        return;
    }
    using State = PokemonListModel::State;
    if (row < 0 || row >= m_model->rowCount() || m_lookups.contains(row))
        return;
    const State state = m_model->entry(row).state;
    if (state != State::Error && state != State::NotLoaded)
        return;
    if (!isRunning()) {
        // A new round: the summary's time, like the card's, counts from this retry, not
        // from a search that may have ended minutes ago.
        m_clock.start();
        m_startedMs.clear();
    }
    m_finishedMs = -1;
    m_startedMs.insert(row, elapsedMs());
    --m_done;
    m_model->setLoading(row);
    if (m_groupRows.contains(row))
        resolveGroup(m_groupRows.take(row), m_model->entry(row).query, row);
    else
        lookUp(row);
    Q_EMIT progressChanged(m_done, m_total);
}

void SearchController::retryFailed()
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        retry(row);
}

void SearchController::abortLookups()
{
    // Last row first: those are still queued. Aborting a request on the wire frees a slot,
    // and the queue would hand it to the next queued lookup, which is about to be aborted too.
    QList<int> rows = m_lookups.keys();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows)) {
        if (const QPointer<PokemonLookup> lookup = m_lookups.value(row))
            lookup->abort();
    }
    m_lookups.clear();
    m_unstarted.clear();
    m_nextUnstarted = 0;
    for (const PendingGroup &pending : std::as_const(m_groups)) {
        if (pending.request)
            pending.request->abort();
    }
    m_groups.clear();
}
