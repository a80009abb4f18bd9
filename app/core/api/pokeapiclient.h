#pragma once

#include "api/apireply.h"
#include "api/pokemon.h"
#include "net/fetchoptions.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class RequestQueue;
struct NetworkResult;

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
    // How urgent it is now, for the request on its way and for those still to come.
    void setPriority(FetchPriority priority);
    FetchPriority priority() const { return m_priority; }

Q_SIGNALS:
    void finished(const LookupResult &result);

private:
    friend class PokeApiClient;
    PokemonLookup(const QString &slug, CacheUse cacheUse, FetchPriority priority, QObject *parent);
    void track(ApiReply *reply) { m_reply = reply; }
    void finish(const LookupResult &result);

    QString m_slug;
    CacheUse m_cacheUse = CacheUse::Prefer;
    FetchPriority m_priority = FetchPriority::Normal;
    QPointer<ApiReply> m_reply;
    bool m_done = false;
};

// What to fetch: a path under the API ("type/fire", "pokemon?limit=100000"), or a resource
// URL found in an answer, which the URL policy maps onto the configured API.
struct ApiRequest
{
    QUrl url;
    FetchPriority priority = FetchPriority::Normal;
    CacheUse cacheUse = CacheUse::Prefer;
};

// The one gateway to PokeAPI (or anything that answers like it). Every request goes through
// one bounded RequestQueue; in one place the client checks the status, parses the body off the
// GUI thread, drops an unusable answer from the disk cache and words the error.
//
// URLs inside answers are data, not orders: a resource URL is resolved onto apiUrl() by its
// path below /api/v2/, so an answer can never make the client ask another host for API data;
// another scheme, or a path outside the API, ends the fetch in an error with nothing sent.
// Media (sprites, artwork, cries) may live on another host, but only over http(s).
class PokeApiClient : public QObject
{
    Q_OBJECT
public:
    static QUrl defaultApiUrl() { return QUrl(QStringLiteral("https://pokeapi.co/api/v2/")); }

    PokeApiClient(QNetworkAccessManager *nam, const QUrl &apiUrl, QObject *parent = nullptr);

    QUrl apiUrl() const { return m_apiUrl; }
    // The queue under the client, for the engine to configure (window, timeouts, retries).
    RequestQueue *queue() const { return m_queue; }

    // {api}/{endpoint}/{name}; `name` must be a valid slug (NameNormalizer::invalidReason).
    QUrl resourceUrl(const QString &endpoint, const QString &name) const;
    // {api}/{endpoint}?limit=100000: the whole listing of an endpoint.
    QUrl listUrl(const QString &endpoint) const;
    // The species document of `pokemon`: the URL its answer gave, else {api}/pokemon-species/
    // {its species' slug}.
    QUrl speciesUrl(const Pokemon &pokemon) const;
    // Where `url` points within the API, or nothing (and *error) when the policy refuses it.
    std::optional<QUrl> resolveResource(const QUrl &url, QString *error = nullptr) const;

    // A GET of an API resource, its body turned into a value by `parser` on a worker thread.
    ApiReply *fetch(const ApiRequest &request, const ApiParser &parser);
    // A GET of a picture or sound: http(s) only; the value is the undecoded bytes.
    ApiReply *fetchMedia(const QUrl &url, FetchPriority priority = FetchPriority::Normal);

    // /pokemon/{slug}; on 404, /pokemon-species/{slug} and its default variety, so
    // "deoxys" finds "deoxys-normal".
    PokemonLookup *lookupPokemon(const QString &slug, CacheUse cacheUse = CacheUse::Prefer,
                                 FetchPriority priority = FetchPriority::Normal);

    // Offline: answers come from the cache only, stale or not; nothing is sent.
    void setOffline(bool offline);
    bool isOffline() const;
    // What to tell someone who asks for a retry now, for people: offline, nothing would be
    // sent (the cache alone answers). Empty when online.
    QString offlineRetryNotice() const;
    int inFlightCount() const;
    int pendingCount() const;
    // At most `n` requests at once; 0: automatic (6 over HTTP/1.1, up to 64 over HTTP/2).
    void setMaxInFlight(int n);
    int maxInFlight() const;
    // Empties the disk cache, if there is one; what is in flight is not touched.
    void clearCache();
    // Bytes the disk cache holds after its last write (0 without one); cacheSizeChanged()
    // tells when that changes (writes are done on the cache's own thread).
    qint64 cacheSize() const;

Q_SIGNALS:
    void countsChanged(int inFlight, int pending);
    void offlineChanged(bool offline);
    // The server asked us to slow down: nothing new goes to `host` for `delayMs`.
    void rateLimited(const QString &host, int delayMs);
    // The first answer from `host` told whether it speaks HTTP/2.
    void protocolKnown(const QString &host, bool http2);
    void cacheSizeChanged(qint64 bytes);

private:
    ApiReply *send(const QUrl &url, const ApiRequest &request, const ApiParser &parser);
    ApiReply *refuse(const QString &error);
    void onNetworkResult(ApiReply *reply, const NetworkResult &result, const ApiParser &parser);
    void finishParsed(ApiReply *reply, ApiResult result, const QVariant &value,
                      const QString &error);
    void lookUpSpecies(PokemonLookup *lookup);
    void lookUpVariety(PokemonLookup *lookup, const ApiResult &species);

    static int maxParsing(); // documents parsed at once; more wait in the cache
    QNetworkAccessManager *m_nam;
    int m_parsing = 0;
    QUrl m_apiUrl;
    RequestQueue *m_queue;
};

Q_DECLARE_METATYPE(LookupResult)
