#pragma once

#include "net/cacheentry.h"
#include "net/networkdefaults.h"

#include <QHash>
#include <QNetworkDiskCache>
#include <optional>

// PokeAPI's data changes rarely and it asks clients to cache: every answer is kept fresh for
// at least minimumFreshness() whatever its headers say, and "not found" answers are kept too,
// so a repeated search — or a repeated typo — costs no network.
class PokeApiDiskCache : public QNetworkDiskCache
{
    Q_OBJECT
public:
    static constexpr qint64 DefaultFreshnessSecs = 24 * 60 * 60;

    explicit PokeApiDiskCache(const QString &directory, QObject *parent = nullptr);

    void setMinimumFreshness(qint64 seconds) { m_freshnessSecs = seconds; }
    qint64 minimumFreshness() const { return m_freshnessSecs; }

    // Bodies are stored compressed (BodyCodec) whatever their type (QNetworkDiskCache
    // compresses only text/*): a 245 KB Pokémon takes ~9 KB, so every Pokémon fits in a few
    // tens of MB. Not thread-safe: the app uses it only through a CacheStore, on one thread.
    QIODevice *prepare(const QNetworkCacheMetaData &metaData) override;
    void insert(QIODevice *device) override;
    bool remove(const QUrl &url) override;
    // Both read an entry's file only once it has been checked: Qt 6.4 trusts every count in
    // it, and a damaged one makes it reserve gigabytes. A damaged entry is removed and is
    // missing from then on, so it is fetched again.
    QNetworkCacheMetaData metaData(const QUrl &url) override;
    QIODevice *data(const QUrl &url) override;

    // Stores an answer (a success or a 404) under url.
    void store(const QUrl &url, int httpStatus, const QByteArray &body);
    // The same with a body already compressed by BodyCodec::compress (on another thread).
    void storeCompressed(const QUrl &url, int httpStatus, const QByteArray &compressed);

    using Entry = CacheEntry;
    // The cached answer for url, if any; reads a small file once. A damaged one is removed.
    std::optional<Entry> lookup(const QUrl &url);

    struct ReadResult
    {
        std::optional<Entry> entry; // nothing when absent or damaged
        bool damaged = false; // to be removed (by the thread that owns the cache)
    };
    // What lookup() reads, without touching the cache object: safe on any thread, since Qt
    // writes an entry to a temporary file and renames it into place. cacheDirectory() as the
    // cache has it (ending in a slash).
    static ReadResult read(const QString &cacheDirectory, const QUrl &url, qint64 freshnessSecs);

private:
    // What is kept of metaData: fresh for at least the minimum, marked as Zstandard.
    QNetworkCacheMetaData kept(const QNetworkCacheMetaData &metaData) const;
    void write(const QNetworkCacheMetaData &kept, const QByteArray &compressed);
    // False when url's file is damaged; it is removed then. True when it is sound or absent.
    bool checkFile(const QUrl &url);

    qint64 m_freshnessSecs = DefaultFreshnessSecs;
    // Bodies being written by the network access manager, until insert() or remove().
    QHash<QIODevice *, QNetworkCacheMetaData> m_pending;
};
