#include "engine.h"

#include "net/pokeapidiskcache.h"
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

PokeApiDiskCache *Engine::useDiskCache(const QString &directory, qint64 maxBytes)
{
    cache = new PokeApiDiskCache(directory, &nam);
    cache->setMaximumCacheSize(maxBytes);
    nam.setCache(cache); // takes ownership, and deletes any earlier one
    return cache;
}
