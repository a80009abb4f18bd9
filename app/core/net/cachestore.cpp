#include "net/cachestore.h"

#include "net/pokeapidiskcache.h"

CacheStore::CacheStore(const QString &directory, qint64 maxBytes, QObject *parent)
    : QObject(parent)
    , m_cache(new PokeApiDiskCache(directory))
{
    m_thread.setObjectName(QStringLiteral("Pokedex disk cache"));
    m_cache->setMaximumCacheSize(maxBytes);
    m_cache->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
    post([](PokeApiDiskCache *) {}); // learns the size already on disk
}

CacheStore::~CacheStore()
{
    // Runs after every task posted before it: nothing asked for is lost.
    QMetaObject::invokeMethod(
        m_cache, [cache = m_cache] { delete cache; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void CacheStore::post(std::function<void(PokeApiDiskCache *)> work)
{
    QMetaObject::invokeMethod(
        m_cache,
        [this, cache = m_cache, work = std::move(work)] {
            work(cache);
            const qint64 size = cache->cacheSize();
            if (m_size.exchange(size) != size)
                QMetaObject::invokeMethod(
                    this, [this, size] { Q_EMIT sizeChanged(size); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void CacheStore::lookup(const QUrl &url, QObject *context,
                        std::function<void(std::optional<Entry>)> done)
{
    // The answer goes to this object, which outlives the thread, and only then to the
    // caller's context, checked on this thread: never posted to an object being destroyed.
    QPointer<QObject> guard(context);
    post([this, url, guard, done = std::move(done)](PokeApiDiskCache *cache) {
        std::optional<Entry> entry = cache->lookup(url);
        QMetaObject::invokeMethod(
            this,
            [guard, done, entry = std::move(entry)] {
                if (guard)
                    done(entry);
            },
            Qt::QueuedConnection);
    });
}

void CacheStore::store(const QUrl &url, int httpStatus, const QByteArray &body)
{
    post([url, httpStatus, body](PokeApiDiskCache *cache) { cache->store(url, httpStatus, body); });
}

void CacheStore::storeCompressed(const QUrl &url, int httpStatus, const QByteArray &compressed)
{
    post([url, httpStatus, compressed](PokeApiDiskCache *cache) {
        cache->storeCompressed(url, httpStatus, compressed);
    });
}

void CacheStore::remove(const QUrl &url)
{
    post([url](PokeApiDiskCache *cache) { cache->remove(url); });
}

void CacheStore::clear()
{
    // Said at once: nothing written from now on is older than the clearing.
    m_size.store(0);
    Q_EMIT sizeChanged(0);
    post([](PokeApiDiskCache *cache) { cache->clear(); });
}

void CacheStore::setMinimumFreshness(qint64 seconds)
{
    post([seconds](PokeApiDiskCache *cache) { cache->setMinimumFreshness(seconds); });
}

void CacheStore::waitForIdle()
{
    QMetaObject::invokeMethod(
        m_cache, [] {}, Qt::BlockingQueuedConnection);
}

std::optional<CacheStore::Entry> CacheStore::lookupAndWait(const QUrl &url)
{
    std::optional<Entry> entry;
    QMetaObject::invokeMethod(
        m_cache, [&entry, url, cache = m_cache] { entry = cache->lookup(url); },
        Qt::BlockingQueuedConnection);
    return entry;
}
