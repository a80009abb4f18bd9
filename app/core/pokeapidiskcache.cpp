#include "pokeapidiskcache.h"

#include <QDateTime>
#include <QIODevice>
#include <QNetworkRequest>

#include <memory>

namespace {
// When we stored an entry: a server's Last-Modified says when the data changed, not that.
constexpr auto StoredAtAttribute = QNetworkRequest::Attribute(QNetworkRequest::User + 1);
} // namespace

PokeApiDiskCache::PokeApiDiskCache(const QString &directory, QObject *parent)
    : QNetworkDiskCache(parent)
{
    setCacheDirectory(directory);
    setMaximumCacheSize(DefaultMaximumSize);
}

QIODevice *PokeApiDiskCache::prepare(const QNetworkCacheMetaData &metaData)
{
    QNetworkCacheMetaData kept = metaData;
    const QDateTime freshUntil = QDateTime::currentDateTimeUtc().addSecs(m_freshnessSecs);
    if (!kept.expirationDate().isValid() || kept.expirationDate() < freshUntil)
        kept.setExpirationDate(freshUntil);
    kept.setSaveToDisk(true);
    auto attributes = kept.attributes();
    attributes.insert(StoredAtAttribute, QDateTime::currentDateTimeUtc());
    kept.setAttributes(attributes);
    return QNetworkDiskCache::prepare(kept);
}

void PokeApiDiskCache::store(const QUrl &url, int httpStatus, const QByteArray &body)
{
    QNetworkCacheMetaData metaData;
    metaData.setUrl(url);
    metaData.setSaveToDisk(true);
    metaData.setAttributes({ { QNetworkRequest::HttpStatusCodeAttribute, httpStatus } });
    if (QIODevice *device = prepare(metaData)) {
        device->write(body);
        insert(device);
    }
}

std::optional<PokeApiDiskCache::Entry> PokeApiDiskCache::lookup(const QUrl &url)
{
    const QNetworkCacheMetaData metaData = this->metaData(url);
    if (!metaData.isValid())
        return std::nullopt;
    const std::unique_ptr<QIODevice> device(data(url));
    if (!device)
        return std::nullopt;
    Entry entry;
    entry.httpStatus =
            metaData.attributes().value(QNetworkRequest::HttpStatusCodeAttribute, 200).toInt();
    entry.body = device->readAll();
    // Freshness is ours to decide: at most minimumFreshness() since it was stored.
    const QDateTime stored = metaData.attributes().value(StoredAtAttribute).toDateTime();
    entry.fresh = stored.isValid()
            && stored.msecsTo(QDateTime::currentDateTimeUtc()) < m_freshnessSecs * 1000;
    return entry;
}
