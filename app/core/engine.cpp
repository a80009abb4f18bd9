#include "engine.h"

#include "net/cachestore.h"
#include "net/requestqueue.h"

#include <QStandardPaths>

QString EngineSettings::defaultCacheDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        + QStringLiteral("/http");
}

Engine::Engine(const EngineSettings &settings)
    : client(&nam, settings.apiUrl)
    , index(&client)
    , dex(&client)
    , controller(&client, &model, &index, &dex)
{
    RequestQueue *queue = client.queue();
    queue->setMaxInFlight(settings.concurrency);
    queue->setTransferTimeout(settings.transferTimeoutMs);
    queue->setMaxBodySize(settings.maxBodyBytes);
    if (!settings.cacheDir.isEmpty())
        useDiskCache(settings.cacheDir, settings.cacheSizeBytes);
    client.setOffline(settings.offline);
}

Engine::~Engine() = default;

CacheStore *Engine::useDiskCache(const QString &directory, qint64 maxBytes)
{
    auto store = std::make_unique<CacheStore>(directory, maxBytes);
    client.queue()->setCacheStore(store.get());
    m_cache = std::move(store); // the earlier one, if any, finishes its writes first
    cache = m_cache.get();
    return cache;
}
