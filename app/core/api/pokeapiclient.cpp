#include "api/pokeapiclient.h"

#include "api/pokeapiparser.h"
#include "net/requestqueue.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

namespace {

QUrl withTrailingSlash(QUrl url)
{
    if (!url.path().endsWith(u'/'))
        url.setPath(url.path() + u'/');
    return url;
}

struct ParsedPokemon
{
    std::optional<Pokemon> pokemon;
    QString error;
};

} // namespace

PokemonLookup::PokemonLookup(const QString &slug, QObject *parent)
    : QObject(parent)
    , m_slug(slug)
{
}

void PokemonLookup::abort()
{
    if (m_request)
        m_request->abort();
    m_done = true;
    deleteLater();
}

void PokemonLookup::track(RequestHandle *handle)
{
    m_request = handle;
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
    , m_apiUrl(withTrailingSlash(apiUrl))
    , m_queue(new RequestQueue(nam, this))
{
    qRegisterMetaType<LookupResult>();
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

QUrl PokeApiClient::listUrl(const QString &endpoint) const
{
    QUrl url = m_apiUrl;
    url.setPath(url.path() + endpoint);
    url.setQuery(QStringLiteral("limit=100000"));
    return url;
}

RequestHandle *PokeApiClient::fetch(const QUrl &url, RequestQueue::CacheUse cacheUse)
{
    return m_queue->get(m_apiUrl.resolved(url), RequestQueue::Priority::Normal, cacheUse);
}

PokemonLookup *PokeApiClient::lookupPokemon(const QString &slug, RequestQueue::CacheUse cacheUse)
{
    auto *lookup = new PokemonLookup(slug, this);
    lookup->m_cacheUse = cacheUse;
    RequestHandle *request = fetch(resourceUrl(QStringLiteral("pokemon"), slug), cacheUse);
    lookup->track(request);
    connect(request, &RequestHandle::finished, lookup,
            [this, lookup](const NetworkResult &result) { onPokemonReply(lookup, result, false); });
    return lookup;
}

void PokeApiClient::onPokemonReply(PokemonLookup *lookup, const NetworkResult &result,
                                   bool triedSpecies)
{
    if (result.isSuccess()) {
        parseInBackground(lookup, result);
        return;
    }
    if (result.isNotFound() && !triedSpecies) {
        // Species whose default form has another name (deoxys -> deoxys-normal).
        RequestHandle *request = fetch(
            resourceUrl(QStringLiteral("pokemon-species"), lookup->slug()), lookup->m_cacheUse);
        lookup->track(request);
        connect(request, &RequestHandle::finished, lookup,
                [this, lookup](const NetworkResult &species) { onSpeciesReply(lookup, species); });
        return;
    }
    LookupResult lookupResult;
    lookupResult.fromCache = result.fromCache;
    if (result.isNotFound()) {
        lookupResult.status = LookupResult::Status::NotFound;
    } else {
        lookupResult.status = LookupResult::Status::Error;
        lookupResult.error = result.errorString;
    }
    lookup->finish(lookupResult);
}

void PokeApiClient::onSpeciesReply(PokemonLookup *lookup, const NetworkResult &result)
{
    if (result.isSuccess()) {
        QString error;
        if (const auto variety = PokeApiParser::parseDefaultVariety(result.body, &error)) {
            RequestHandle *request = fetch(
                variety->url.isEmpty() ? resourceUrl(QStringLiteral("pokemon"), variety->name)
                                       : variety->url,
                lookup->m_cacheUse);
            lookup->track(request);
            connect(request, &RequestHandle::finished, lookup,
                    [this, lookup](const NetworkResult &pokemon) {
                        onPokemonReply(lookup, pokemon, true);
                    });
            return;
        }
        m_queue->forgetCached(result.url); // not to be served from the cache again
        LookupResult failed;
        failed.error = tr("Unexpected answer from the server: %1").arg(error);
        lookup->finish(failed);
        return;
    }
    // Not a species either: a real "not found". Anything else is an error.
    onPokemonReply(lookup, result, true);
}

void PokeApiClient::parseInBackground(PokemonLookup *lookup, const NetworkResult &result)
{
    // A Pokémon document is ~300 KB; parse it on a worker so replies never queue behind it.
    const bool fromCache = result.fromCache;
    QtConcurrent::run([body = result.body] {
        ParsedPokemon parsed;
        parsed.pokemon = PokeApiParser::parsePokemon(body, &parsed.error);
        return parsed;
    })
        .then(lookup,
              [lookup, fromCache, url = result.url,
               queue = QPointer<RequestQueue>(m_queue)](const ParsedPokemon &parsed) {
                  LookupResult result;
                  result.fromCache = fromCache;
                  if (parsed.pokemon) {
                      result.status = LookupResult::Status::Found;
                      result.pokemon = *parsed.pokemon;
                  } else {
                      // Qt keeps every 200 in the disk cache: an answer we cannot use must not be
                      // served from there for a day, with no network to put it right.
                      if (queue)
                          queue->forgetCached(url);
                      result.error = tr("Unexpected answer from the server: %1").arg(parsed.error);
                  }
                  lookup->finish(result);
              });
}
