#pragma once

#include "net/cacheentry.h"
#include "net/networkdefaults.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QThreadPool>
#include <QUrl>
#include <atomic>
#include <functional>
#include <optional>

class PokeApiDiskCache;

// The disk cache on a thread of its own, so that no file is opened and no body compressed or
// inflated on the thread that owns it (the window's): every call returns at once and the work
// is done, in call order, by a PokeApiDiskCache that lives on the store's thread. Writes are
// never lost: destroying the store finishes every one asked for before.
// Lookups of entries with nothing being written or removed are read on a few reader threads
// at once (a cached search of 1,025 Pokémon is 1,025 files to read and inflate); a lookup of
// an entry still changing waits its turn behind the change, so it always sees it.
class CacheStore : public QObject
{
    Q_OBJECT
public:
    using Entry = CacheEntry;

    explicit CacheStore(const QString &directory, qint64 maxBytes = NetworkDefaults::CacheSizeBytes,
                        QObject *parent = nullptr);
    ~CacheStore() override;

    // Calls `done` on this object's thread with url's entry (nothing if absent or damaged),
    // unless `context` is gone by then. With a `reader`, a success's body is read into
    // entry.read on the thread that read the entry — a stale one's only if `readStale`.
    void lookup(const QUrl &url, QObject *context, std::function<void(std::optional<Entry>)> done,
                const BodyReader &reader = {}, bool readStale = false);
    // Keeps an answer (a success or a 404) under url; replaces what was there.
    void store(const QUrl &url, int httpStatus, const QByteArray &body);
    // The same with the body already compressed (BodyCodec::compress) on another thread: a
    // write waiting its turn then holds ~9 KB for a Pokémon, not 245 KB.
    void storeCompressed(const QUrl &url, int httpStatus, const QByteArray &compressed);
    void remove(const QUrl &url);
    void clear();
    void setMinimumFreshness(qint64 seconds);

    // The size on disk after the last write done; 0 until the first is known.
    qint64 size() const { return m_size.load(); }

Q_SIGNALS:
    void sizeChanged(qint64 bytes);

public:
    // Waits until everything asked for so far is done (for tests and for shutting down).
    void waitForIdle();
    // Waits for url's entry: for tests only, never on a thread that must stay responsive.
    std::optional<Entry> lookupAndWait(const QUrl &url);

private:
    void post(std::function<void(PokeApiDiskCache *)> work);
    // post() for a change to url's entry (nullptr: to every entry), counted until it is done.
    void change(const QUrl &url, std::function<void(PokeApiDiskCache *)> work);
    void changeDone(const QUrl &url);
    bool isChanging(const QUrl &url) const { return m_clearing > 0 || m_changing.contains(url); }

    QThread m_thread;
    PokeApiDiskCache *m_cache; // lives on m_thread
    const QString m_directory; // m_cache's, as it spells it
    std::atomic<qint64> m_size { 0 };
    std::atomic<qint64> m_freshnessSecs;
    // Changes asked for and not done yet, per entry, and clearings: owner's thread only.
    QHash<QUrl, int> m_changing;
    int m_clearing = 0;
    QThreadPool m_readers;
};
