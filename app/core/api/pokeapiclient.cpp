#include "api/pokeapiclient.h"

#include "api/pokeapiparser.h"
#include "net/cachestore.h"
#include "net/networkerrors.h"
#include "net/requestqueue.h"
#include "net/workertask.h"

#include <QNetworkAccessManager>
#include <QThread>
#include <QTimer>

Q_DECLARE_METATYPE(PokeApiParser::Variety)

namespace {

// Where PokeAPI keeps its resources; a URL in an answer is mapped by what follows this.
const QString ApiRoot = QStringLiteral("/api/v2/");

QUrl withTrailingSlash(QUrl url)
{
    if (!url.path().endsWith(u'/'))
        url.setPath(url.path() + u'/');
    return url;
}

bool isWebScheme(const QUrl &url)
{
    return url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() && a.port() == b.port();
}

// "." and ".." segments (even percent-encoded) could climb out of the API.
bool climbs(const QString &encodedPath)
{
    const auto segments = QStringView(encodedPath).split(u'/');
    for (const QStringView segment : segments) {
        const QString decoded = QUrl::fromPercentEncoding(segment.toLatin1());
        if (decoded == QLatin1String(".") || decoded == QLatin1String(".."))
            return true;
    }
    return false;
}

struct Parsed
{
    QVariant value;
    QString error;
};

LookupResult lookupResultOf(const ApiResult &result)
{
    LookupResult lookup;
    lookup.fromCache = result.fromCache;
    switch (result.status) {
    case ApiResult::Status::Ok:
        lookup.status = LookupResult::Status::Found;
        lookup.pokemon = result.as<Pokemon>();
        break;
    case ApiResult::Status::NotFound:
        lookup.status = LookupResult::Status::NotFound;
        break;
    case ApiResult::Status::Error:
        lookup.status = LookupResult::Status::Error;
        lookup.error = result.error;
        break;
    }
    return lookup;
}

} // namespace

PokemonLookup::PokemonLookup(const QString &slug, CacheUse cacheUse, FetchPriority priority,
                             QObject *parent)
    : QObject(parent)
    , m_slug(slug)
    , m_cacheUse(cacheUse)
    , m_priority(priority)
{
}

void PokemonLookup::setPriority(FetchPriority priority)
{
    if (priority == m_priority)
        return;
    m_priority = priority;
    if (m_reply)
        m_reply->setPriority(priority);
}

void PokemonLookup::abort()
{
    if (m_reply)
        m_reply->abort();
    m_done = true;
    deleteLater();
}

void PokemonLookup::finish(const LookupResult &result)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(result);
    deleteLater();
}

PokeApiClient::PokeApiClient(QNetworkAccessManager *nam, const QUrl &apiUrl, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_apiUrl(withTrailingSlash(apiUrl))
    , m_queue(new RequestQueue(nam, this))
{
    qRegisterMetaType<LookupResult>();
    qRegisterMetaType<ApiResult>();
    connect(m_queue, &RequestQueue::countsChanged, this, &PokeApiClient::countsChanged);
    connect(m_queue, &RequestQueue::rateLimited, this,
            [this](const QString &host, int delayMs) { Q_EMIT rateLimited(host, delayMs); });
    connect(m_queue, &RequestQueue::protocolKnown, this, &PokeApiClient::protocolKnown);
    connect(m_queue, &RequestQueue::cacheSizeChanged, this, &PokeApiClient::cacheSizeChanged);
}

QUrl PokeApiClient::resourceUrl(const QString &endpoint, const QString &name) const
{
    // Percent-encode the name so that no input can add path segments or a query.
    QUrl url = m_apiUrl;
    url.setPath(url.path(QUrl::FullyEncoded) + endpoint + u'/'
                    + QString::fromLatin1(QUrl::toPercentEncoding(name)),
                QUrl::TolerantMode);
    return url;
}

QUrl PokeApiClient::speciesUrl(const Pokemon &pokemon) const
{
    if (!pokemon.speciesUrl.isEmpty())
        return pokemon.speciesUrl;
    return resourceUrl(QStringLiteral("pokemon-species"),
                       pokemon.speciesName.isEmpty() ? pokemon.name : pokemon.speciesName);
}

QUrl PokeApiClient::listUrl(const QString &endpoint) const
{
    QUrl url = m_apiUrl;
    url.setPath(url.path() + endpoint);
    url.setQuery(QStringLiteral("limit=100000"));
    return url;
}

std::optional<QUrl> PokeApiClient::resolveResource(const QUrl &url, QString *error) const
{
    const QString apiPath = m_apiUrl.path(QUrl::FullyEncoded);
    QString below; // the path below the API root, encoded
    if (url.scheme().isEmpty() && url.host().isEmpty() && !url.path().startsWith(u'/')) {
        // A path of our own making, relative to the API ("type/fire").
        const QString path = m_apiUrl.resolved(url).path(QUrl::FullyEncoded);
        if (path.startsWith(apiPath))
            below = path.mid(apiPath.size());
        else
            below = QStringLiteral("..");
    } else if (url.scheme().isEmpty() ? url.host().isEmpty() : isWebScheme(url)) {
        const QString path = url.path(QUrl::FullyEncoded);
        if (!url.scheme().isEmpty() && sameOrigin(url, m_apiUrl) && path.startsWith(apiPath))
            below = path.mid(apiPath.size());
        else if (path.startsWith(ApiRoot))
            below = path.mid(ApiRoot.size());
        else
            below = QStringLiteral("..");
    } else {
        below = QStringLiteral("..");
    }
    if (below.isEmpty() || climbs(below)) {
        if (error)
            *error = NetworkErrors::refusedResource(url);
        return std::nullopt;
    }
    QUrl resolved = m_apiUrl;
    resolved.setPath(apiPath + below, QUrl::TolerantMode);
    resolved.setQuery(url.query(QUrl::FullyEncoded), QUrl::TolerantMode);
    return resolved;
}

ApiReply *PokeApiClient::fetch(const ApiRequest &request, const ApiParser &parser)
{
    QString error;
    const auto url = resolveResource(request.url, &error);
    return url ? send(*url, request, parser) : refuse(error);
}

ApiReply *PokeApiClient::fetchMedia(const QUrl &url, FetchPriority priority)
{
    if (!url.isValid() || !isWebScheme(url) || url.host().isEmpty())
        return refuse(NetworkErrors::refusedMedia(url));
    return send(url, ApiRequest { url, priority, CacheUse::Prefer }, {});
}

ApiReply *PokeApiClient::send(const QUrl &url, const ApiRequest &request, const ApiParser &parser)
{
    auto *reply = new ApiReply(this);
    RequestHandle *handle = m_queue->get(url, request.priority, request.cacheUse, parser);
    reply->m_request = handle;
    connect(handle, &RequestHandle::finished, reply,
            [this, reply, parser](const NetworkResult &result) {
                onNetworkResult(reply, result, parser);
            });
    return reply;
}

ApiReply *PokeApiClient::refuse(const QString &error)
{
    // Announced from the event loop, like every other answer: the caller connects first.
    auto *reply = new ApiReply(this);
    QTimer::singleShot(0, reply, [reply, error] {
        ApiResult result;
        result.error = error;
        reply->finish(result);
    });
    return reply;
}

void PokeApiClient::onNetworkResult(ApiReply *reply, const NetworkResult &result,
                                    const ApiParser &parser)
{
    ApiResult api;
    api.url = result.url;
    api.fromCache = result.fromCache;
    api.attempts = result.attempts;
    if (!result.isSuccess()) {
        api.status = result.isNotFound() ? ApiResult::Status::NotFound : ApiResult::Status::Error;
        api.error = result.errorString.isEmpty()
            ? NetworkErrors::describe(result.error, result.httpStatus, result.url.host(), {})
            : result.errorString;
        reply->finish(api);
        return;
    }
    if (!parser) {
        api.status = ApiResult::Status::Ok;
        api.value = result.body;
        reply->finish(api);
        return;
    }
    if (result.read.isBy(parser)) { // read where it landed, by this parser
        finishParsed(reply, api, result.read.value, result.read.error);
        return;
    }
    // A Pokémon document is ~300 KB: parsed on a worker, so replies never queue behind it.
    // The cache answers far faster than workers parse, so it waits while they are busy:
    // memory must not depend on how fast the cache is.
    if (++m_parsing >= maxParsing())
        m_queue->setCacheAnswersPaused(true);
    // A reply may be deleted while its document is parsed.
    WorkerTask::run(
        this,
        [parser, body = result.body] {
            Parsed parsed;
            parsed.value = parser.read(body, &parsed.error);
            return parsed;
        },
        [this, reply = QPointer<ApiReply>(reply), api](const Parsed &parsed) {
            if (--m_parsing < maxParsing())
                m_queue->setCacheAnswersPaused(false);
            if (reply) // not aborted while it was parsed
                finishParsed(reply, api, parsed.value, parsed.error);
        });
}

void PokeApiClient::finishParsed(ApiReply *reply, ApiResult result, const QVariant &value,
                                 const QString &error)
{
    if (value.isValid()) {
        result.status = ApiResult::Status::Ok;
        result.value = value;
    } else {
        // Every 200 is kept in the disk cache: an answer we cannot use must not be served
        // from there for a day, with no network to put it right.
        m_queue->forgetCached(result.url);
        result.error = NetworkErrors::unexpectedAnswer(error);
    }
    reply->finish(result);
}

int PokeApiClient::maxParsing()
{
    static const int limit = qMax(4, 2 * QThread::idealThreadCount());
    return limit;
}

PokemonLookup *PokeApiClient::lookupPokemon(const QString &slug, CacheUse cacheUse,
                                            FetchPriority priority)
{
    auto *lookup = new PokemonLookup(slug, cacheUse, priority, this);
    ApiReply *reply = fetch({ resourceUrl(QStringLiteral("pokemon"), slug), priority, cacheUse },
                            parserOf(&PokeApiParser::parsePokemon));
    lookup->track(reply);
    connect(reply, &ApiReply::finished, lookup, [this, lookup](const ApiResult &result) {
        if (result.isNotFound())
            lookUpSpecies(lookup); // a species whose default form has another name
        else
            lookup->finish(lookupResultOf(result));
    });
    return lookup;
}

void PokeApiClient::lookUpSpecies(PokemonLookup *lookup)
{
    ApiReply *reply = fetch({ resourceUrl(QStringLiteral("pokemon-species"), lookup->slug()),
                              lookup->m_priority, lookup->m_cacheUse },
                            parserOf(&PokeApiParser::parseDefaultVariety));
    lookup->track(reply);
    connect(reply, &ApiReply::finished, lookup, [this, lookup](const ApiResult &species) {
        if (species.isOk())
            lookUpVariety(lookup, species);
        else // not a species either: a real "not found"; anything else is an error
            lookup->finish(lookupResultOf(species));
    });
}

void PokeApiClient::lookUpVariety(PokemonLookup *lookup, const ApiResult &species)
{
    const auto variety = species.as<PokeApiParser::Variety>();
    const QUrl url = variety.url.isEmpty() ? resourceUrl(QStringLiteral("pokemon"), variety.name)
                                           : variety.url;
    ApiReply *reply = fetch({ url, lookup->m_priority, lookup->m_cacheUse },
                            parserOf(&PokeApiParser::parsePokemon));
    lookup->track(reply);
    connect(reply, &ApiReply::finished, lookup,
            [lookup](const ApiResult &pokemon) { lookup->finish(lookupResultOf(pokemon)); });
}

void PokeApiClient::setOffline(bool offline)
{
    if (offline == m_queue->isOffline())
        return;
    m_queue->setOffline(offline);
    Q_EMIT offlineChanged(offline);
}

bool PokeApiClient::isOffline() const
{
    return m_queue->isOffline();
}

QString PokeApiClient::offlineRetryNotice() const
{
    return isOffline() ? NetworkErrors::offlineRetry() : QString();
}

int PokeApiClient::inFlightCount() const
{
    return m_queue->inFlightCount();
}

int PokeApiClient::pendingCount() const
{
    return m_queue->pendingCount();
}

void PokeApiClient::setMaxInFlight(int n)
{
    m_queue->setMaxInFlight(n);
}

int PokeApiClient::maxInFlight() const
{
    return m_queue->maxInFlight();
}

void PokeApiClient::clearCache()
{
    if (CacheStore *store = m_queue->cacheStore())
        store->clear();
}

qint64 PokeApiClient::cacheSize() const
{
    const CacheStore *store = m_queue->cacheStore();
    return store ? store->size() : 0;
}
