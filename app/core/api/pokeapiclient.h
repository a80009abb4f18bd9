#pragma once

#include "api/pokemon.h"
#include "net/networkresult.h"
#include "net/requestqueue.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

// How one Pokémon lookup ended.
struct LookupResult
{
    enum class Status { Found, NotFound, Error };
    Status status = Status::Error;
    Pokemon pokemon; // valid when Found
    QString error; // for people, when Error (and the reason for some NotFound)
    bool fromCache = false;
};

// One lookup in progress: emits finished() exactly once unless aborted, then deletes itself.
class PokemonLookup : public QObject
{
    Q_OBJECT
public:
    QString slug() const { return m_slug; }
    void abort();

Q_SIGNALS:
    void finished(const LookupResult &result);

private:
    friend class PokeApiClient;
    PokemonLookup(const QString &slug, QObject *parent);
    void track(RequestHandle *handle);
    void finish(const LookupResult &result);

    QString m_slug;
    RequestQueue::CacheUse m_cacheUse = RequestQueue::CacheUse::Prefer;
    QPointer<RequestHandle> m_request;
    bool m_done = false;
};

// Talks to PokeAPI (or anything that answers like it) through an injected
// QNetworkAccessManager; every request goes through one bounded RequestQueue.
class PokeApiClient : public QObject
{
    Q_OBJECT
public:
    static QUrl defaultApiUrl() { return QUrl(QStringLiteral("https://pokeapi.co/api/v2/")); }

    PokeApiClient(QNetworkAccessManager *nam, const QUrl &apiUrl, QObject *parent = nullptr);

    QUrl apiUrl() const { return m_apiUrl; }
    RequestQueue *queue() const { return m_queue; }

    // {api}/{endpoint}/{name}; `name` must be a valid slug (NameNormalizer::invalidReason).
    QUrl resourceUrl(const QString &endpoint, const QString &name) const;
    // {api}/{endpoint}?limit=100000: the whole listing of an endpoint.
    QUrl listUrl(const QString &endpoint) const;

    // /pokemon/{slug}; on 404, /pokemon-species/{slug} and its default variety, so
    // "deoxys" finds "deoxys-normal". The JSON is parsed on a worker thread.
    // With CacheUse::Refresh every request goes to the network (and refreshes the cache).
    PokemonLookup *lookupPokemon(const QString &slug,
                                 RequestQueue::CacheUse cacheUse = RequestQueue::CacheUse::Prefer);

    // A GET through the same queue; a relative `url` is resolved against apiUrl().
    RequestHandle *fetch(const QUrl &url,
                         RequestQueue::CacheUse cacheUse = RequestQueue::CacheUse::Prefer);

private:
    void onPokemonReply(PokemonLookup *lookup, const NetworkResult &result, bool triedSpecies);
    void onSpeciesReply(PokemonLookup *lookup, const NetworkResult &result);
    void parseInBackground(PokemonLookup *lookup, const NetworkResult &result);

    QUrl m_apiUrl;
    RequestQueue *m_queue;
};

Q_DECLARE_METATYPE(LookupResult)
