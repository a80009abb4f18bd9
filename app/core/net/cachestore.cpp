#include "net/cachestore.h"

#include "net/pokeapidiskcache.h"

CacheStore::CacheStore(const QString &directory, qint64 maxBytes, QObject *parent)
    : QObject(parent)
    , m_cache(new PokeApiDiskCache(directory))
    , m_directory(m_cache->cacheDirectory())
    , m_freshnessSecs(m_cache->minimumFreshness())
{
    m_readers.setObjectName(QStringLiteral("Pokedex cache reader"));
    m_readers.setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
    m_thread.setObjectName(QStringLiteral("Pokedex disk cache"));
    m_cache->setMaximumCacheSize(maxBytes);
    m_cache->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
    post([](PokeApiDiskCache *) {}); // learns the size already on disk
}

CacheStore::~CacheStore()
{
    // A reader still reading answers this object: let it finish (what it posts is dropped
    // with this object).
    m_readers.waitForDone();
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

void CacheStore::change(const QUrl &url, std::function<void(PokeApiDiskCache *)> work)
{
    if (url.isEmpty())
        ++m_clearing;
    else
        ++m_changing[url];
    post([this, url, work = std::move(work)](PokeApiDiskCache *cache) {
        work(cache);
        QMetaObject::invokeMethod(
            this, [this, url] { changeDone(url); }, Qt::QueuedConnection);
    });
}

void CacheStore::changeDone(const QUrl &url)
{
    if (url.isEmpty()) {
        --m_clearing;
        return;
    }
    const auto it = m_changing.find(url);
    if (it != m_changing.end() && --it.value() == 0)
        m_changing.erase(it);
}

void CacheStore::lookup(const QUrl &url, QObject *context,
                        std::function<void(std::optional<Entry>)> done, const BodyReader &reader,
                        bool readStale)
{
    // The answer goes to this object, which outlives the threads, and only then to the
    // caller's context, checked on this thread: never posted to an object being destroyed.
    QPointer<QObject> guard(context);
    auto answer
        = [this, guard, done = std::move(done), reader, readStale](std::optional<Entry> entry) {
              if (reader.readsWhereItLands() && entry && entry->httpStatus / 100 == 2
                  && (entry->fresh || readStale))
                  entry->read = ReadBody::of(reader, entry->body);
              QMetaObject::invokeMethod(
                  this,
                  [guard, done, entry = std::move(entry)] {
                      if (guard)
                          done(entry);
                  },
                  Qt::QueuedConnection);
          };
    if (isChanging(url)) {
        post([url, answer = std::move(answer)](PokeApiDiskCache *cache) {
            answer(cache->lookup(url));
        });
        return;
    }
    m_readers.start([this, url, freshness = m_freshnessSecs.load(), answer = std::move(answer)] {
        PokeApiDiskCache::ReadResult read = PokeApiDiskCache::read(m_directory, url, freshness);
        if (!read.damaged) {
            answer(std::move(read.entry));
            return;
        }
        // The cache's own thread looks again and removes what is still damaged, before the
        // answer: whoever hears "not cached" finds no damaged file left.
        post([url, answer](PokeApiDiskCache *cache) { answer(cache->lookup(url)); });
    });
}

void CacheStore::store(const QUrl &url, int httpStatus, const QByteArray &body)
{
    change(url, [url, httpStatus, body](PokeApiDiskCache *cache) {
        cache->store(url, httpStatus, body);
    });
}

void CacheStore::storeCompressed(const QUrl &url, int httpStatus, const QByteArray &compressed)
{
    change(url, [url, httpStatus, compressed](PokeApiDiskCache *cache) {
        cache->storeCompressed(url, httpStatus, compressed);
    });
}

void CacheStore::remove(const QUrl &url)
{
    change(url, [url](PokeApiDiskCache *cache) { cache->remove(url); });
}

void CacheStore::clear()
{
    // Said at once: nothing written from now on is older than the clearing.
    m_size.store(0);
    Q_EMIT sizeChanged(0);
    change(QUrl(), [](PokeApiDiskCache *cache) { cache->clear(); });
}

void CacheStore::setMinimumFreshness(qint64 seconds)
{
    m_freshnessSecs.store(seconds);
    post([seconds](PokeApiDiskCache *cache) { cache->setMinimumFreshness(seconds); });
}

void CacheStore::waitForIdle()
{
    m_readers.waitForDone();
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
