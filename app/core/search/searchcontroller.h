#pragma once

#include "net/fetchoptions.h"
#include "search/dexfacts.h"
#include "search/groupquery.h"
#include "search/pokemonlistmodel.h"
#include "search/queryparser.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <functional>

class NameIndex;
class NationalDex;
class PokeApiClient;
class PokemonLookup;
struct LookupResult;
struct ApiResult;
class ApiReply;

// Runs one search at a time over a PokemonListModel: splits and normalises what was typed,
// puts a Loading row per distinct name in the model at once, looks every row up through the
// client's bounded queue, and drives each row to a terminal state as its reply arrives.
// A group query (gen:1, type:fire) is resolved with one request; its members are then
// appended as Loading rows at once (query = the group as typed) and looked up like names.
// A new search, or cancel(), aborts what the old one still had in flight.
// A search typed before the name index's table of every language is built (a worker builds
// it at start) waits for it, with waitingForNames(), rather than building it on this thread.
//
// With a NationalDex, an empty search shows the whole dex instead: a Listed row per species
// in Pokédex order, with the types and generation the dex's group answers tell. Only rows that
// come on or near the screen are looked up (setVisibleRows). A search replaces the dex; coming
// back to it brings back what had loaded without asking again.
//
// Visible first: the view says which rows are on screen and which just beyond it. Their
// lookups go to the front of the queue (High, then Normal); lookups of rows that left them
// are not cancelled but wait behind the rest (Low in the dex, Normal in a search, where every
// row is wanted).
class SearchController : public QObject
{
    Q_OBJECT
public:
    SearchController(PokeApiClient *client, PokemonListModel *model, NameIndex *index,
                     NationalDex *dex = nullptr, QObject *parent = nullptr);
    ~SearchController() override;

    PokemonListModel *model() const { return m_model; }
    NameIndex *nameIndex() const { return m_index; }
    NationalDex *nationalDex() const { return m_dex; }

    // The whole National Dex (needs one); what an empty search shows.
    void showDex();
    bool isShowingDex() const { return m_showingDex; }
    // How many of the dex's rows are forms (0 until every type answered).
    int dexFormCount() const;

    // Search-box text, read by QueryParser::parse; nothing in it shows the dex, if there is one.
    void search(const QString &text);
    // Each string one query as given (command-line arguments).
    void searchQueries(const QStringList &queries);
    // A move's or ability's members, to be narrowed by `search.filter`: rows carry no
    // generation until the dex's generation answers are in, so those are asked for too.
    void searchMembers(const MemberSearch &search);
    // Rows of the model on screen now, and those just beyond it, each in the order they should
    // come; called again whenever the view scrolls, resizes or its rows change.
    void setVisibleRows(const QList<int> &onScreen, const QList<int> &nearby);
    // Looks up those of `rows` not looked up yet, behind everything on and near the screen
    // (a sort by stats asked for the rest of the dex).
    void fetchRows(const QList<int> &rows);
    // Rows still loading end as NotLoaded, which retry() loads.
    void cancel();
    // Looks an Error or NotLoaded row up again.
    void retry(int row);
    void retryFailed(); // every Error and NotLoaded row
    // The same search again, from the network rather than the cache.
    void refresh();

    bool isRunning() const;
    // Since the search started, or since the retry that began the current round.
    double elapsedMs() const;

Q_SIGNALS:
    void started(int total);
    // `total` grows when a group's members become known: a group still being resolved
    // counts as one.
    void progressChanged(int done, int total);
    // Every row reached a terminal state. In the dex: every row asked for so far did (again
    // each time more are asked for), or the dex's listing arrived or failed.
    void finished();
    // A search typed before the index's names table was built (on a worker, in the first
    // moments) waits for it rather than building it on this thread; it starts when it lands.
    void waitingForNames();

private:
    // False when the names table is ready; else keeps `run` for when it is, and true.
    bool waitForNames(std::function<void()> run);
    // Terms naming a species in another language become that species.
    QList<SearchTerm> resolveNames(QList<SearchTerm> terms) const;
    // A group being resolved; `row` is the failed group row a retry reuses, or -1.
    struct PendingGroup
    {
        GroupQuery group;
        QString query;
        int row = -1;
        QPointer<ApiReply> request;
    };

    void reset(CacheUse cacheUse);
    void start(const QList<SearchTerm> &terms, CacheUse cacheUse);
    void showDex(CacheUse cacheUse);
    void leaveDex();
    void fillDex();
    void addDexForms();
    void onDexListed(bool ok, const QString &error);
    void onDexFacts();
    void lookUp(int row);
    void startSome(); // a slice of m_unstarted, so 10,000 names never freeze the window
    void scheduleStarts();
    FetchPriority priorityOf(int row) const;
    void onLookupFinished(int row, const LookupResult &result);
    void onIndexReady(bool ok);
    void rowDone();
    void checkFinished();
    double rowMs(int row) const; // what the row's card shows: since its own (re)start
    void abortLookups();
    void resolveGroup(const GroupQuery &group, const QString &query, int row);
    void onGroupResolved(int id, const ApiResult &result);
    void appendMembers(const PendingGroup &pending, const QStringList &members);
    void groupFailed(const PendingGroup &pending, bool notFound, const QString &error);

    PokeApiClient *m_client;
    PokemonListModel *m_model;
    NameIndex *m_index;
    NationalDex *m_dex;
    bool m_showingDex = false;
    // The dex's rows as they were when a search replaced them; empty while they are shown.
    QList<PokemonListModel::Entry> m_dexRows;
    bool m_dexHasForms = false; // the dex's rows include its forms
    DexFactsBySlug m_facts; // what the dex knows so far, for every row it has facts for
    QHash<int, QPointer<PokemonLookup>> m_lookups; // by row
    QElapsedTimer m_clock;
    double m_finishedMs = -1;
    QHash<int, double> m_startedMs; // retried rows: when, on m_clock, their retry began
    QList<int> m_awaitingSuggestions; // NotFound rows waiting for the name index
    int m_total = 0;
    int m_done = 0;
    quint64 m_generation = 0;
    QList<SearchTerm> m_terms; // of the current search
    QSet<QString> m_seen; // slugs (and group paths) already in the search: one row each
    QHash<int, PendingGroup> m_groups; // by a running id
    int m_nextGroupId = 0;
    QHash<int, GroupQuery> m_groupRows; // rows standing for a group that failed to resolve
    // Rows of the search not handed to the client yet (all but the first slice: the window
    // takes a few dozen at a time anyway), and the next of them to start.
    QList<int> m_unstarted;
    qsizetype m_nextUnstarted = 0;
    bool m_startsScheduled = false;
    CacheUse m_cacheUse = CacheUse::Prefer;
    QSet<int> m_onScreen, m_nearby; // rows, as the view last said
    QList<int> m_wanted; // the same, on screen first, in the order the view gave them
    std::function<void()> m_waiting; // the search waiting for the names table
};
