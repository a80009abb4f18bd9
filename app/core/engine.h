#pragma once

#include "api/pokeapiclient.h"
#include "net/networkdefaults.h"
#include "search/nameindex.h"
#include "search/nationaldex.h"
#include "search/pokemonlistmodel.h"
#include "search/searchcontroller.h"

#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>
#include <memory>

class CacheStore;

struct EngineSettings
{
    QUrl apiUrl = PokeApiClient::defaultApiUrl();
    int concurrency = 0; // 0: automatic, 6 over HTTP/1.1 and up to 64 over HTTP/2
    int transferTimeoutMs = NetworkDefaults::TransferTimeoutMs;
    qint64 maxBodyBytes = NetworkDefaults::MaxBodyBytes;
    QString cacheDir; // empty: no disk cache
    qint64 cacheSizeBytes = NetworkDefaults::CacheSizeBytes;
    bool offline = false;

    // Where the window and the command line keep the cache unless told otherwise.
    static QString defaultCacheDir();
};

// The engine, built in one place for the window, the command line and the tests alike: one
// network access manager, the disk cache store, the client (the one gateway to PokeAPI), the
// list model, the name index, the National Dex and the search controller. Members are
// destroyed in reverse order, the controller first.
class Engine
{
public:
    explicit Engine(const EngineSettings &settings = {});
    ~Engine();
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    // A disk cache in `directory` (replacing any, once its writes are done).
    CacheStore *useDiskCache(const QString &directory,
                             qint64 maxBytes = NetworkDefaults::CacheSizeBytes);

private:
    std::unique_ptr<CacheStore> m_cache; // outlives the client, which uses it

public:
    QNetworkAccessManager nam;
    PokeApiClient client;
    PokemonListModel model;
    NameIndex index;
    NationalDex dex;
    SearchController controller;
    CacheStore *cache = nullptr;
};
