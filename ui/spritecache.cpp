#include "spritecache.h"

#include "api/pokeapiclient.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QImageReader>
#include <QtConcurrent/QtConcurrentRun>

namespace {

struct Decoded
{
    QImage image;
    QString error;
};

} // namespace

SpriteCache::SpriteCache(PokeApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(32 * 1024 * 1024)
{
}

SpriteCache::~SpriteCache()
{
    for (const QPointer<ApiReply> &handle : std::as_const(m_pending)) {
        if (handle)
            handle->abort();
    }
}

QPixmap SpriteCache::sprite(const QUrl &url)
{
    if (url.isEmpty() || !url.isValid() || m_failed.contains(url))
        return {};
    if (const QPixmap *cached = m_cache.object(url))
        return *cached;
    if (m_pending.contains(url))
        return {};

    // Asked for by a card being painted, on screen: ahead of lookups of cards off it.
    ApiReply *reply = m_client->fetchMedia(url, FetchPriority::High);
    m_pending.insert(url, reply);
    connect(reply, &ApiReply::finished, this, [this, url](const ApiResult &result) {
        onFetched(url, result.as<QByteArray>(), result.isOk(), result.error);
    });
    return {};
}

void SpriteCache::onFetched(const QUrl &url, const QByteArray &body, bool ok, const QString &error)
{
    m_pending.insert(url, nullptr); // still pending: now decoding
    if (!ok)
        return fail(url, error);
    if (body.size() > MaxEncodedBytes)
        return fail(url, tr("The image is too large (%1 bytes)").arg(body.size()));

    auto *watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, watcher, url] {
        const Decoded decoded = watcher->result();
        watcher->deleteLater();
        onDecoded(url, decoded.image, decoded.error);
    });
    watcher->setFuture(QtConcurrent::run([body] {
        Decoded decoded;
        decoded.image = decode(body, &decoded.error);
        return decoded;
    }));
}

void SpriteCache::onDecoded(const QUrl &url, const QImage &image, const QString &error)
{
    if (image.isNull())
        return fail(url, error);
    m_pending.remove(url);
    // QPixmap must be made on the GUI thread.
    auto *pixmap = new QPixmap(QPixmap::fromImage(image));
    const qint64 cost = qint64(pixmap->width()) * pixmap->height() * qMax(1, pixmap->depth() / 8);
    m_cache.insert(url, pixmap, qMax<qint64>(1, cost));
    Q_EMIT spriteReady(url);
}

void SpriteCache::fail(const QUrl &url, const QString &reason)
{
    m_pending.remove(url);
    m_failed.insert(url, reason);
    Q_EMIT spriteFailed(url, reason);
}

void SpriteCache::retryFailed()
{
    if (m_failed.isEmpty())
        return;
    m_failed.clear();
    Q_EMIT failuresCleared();
}

QImage SpriteCache::decode(const QByteArray &bytes, QString *error, int maxDimension)
{
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return QImage();
    };
    if (bytes.isEmpty())
        return refuse(tr("The image is empty"));
    if (bytes.size() > MaxEncodedBytes)
        return refuse(tr("The image is too large (%1 bytes)").arg(bytes.size()));

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    // The header's size, checked before a single pixel is allocated.
    const QSize declared = reader.size();
    if (declared.width() > maxDimension || declared.height() > maxDimension) {
        return refuse(
            tr("The image is too large (%1×%2)").arg(declared.width()).arg(declared.height()));
    }
    QImage image = reader.read();
    if (image.isNull())
        return refuse(tr("The image cannot be decoded: %1").arg(reader.errorString()));
    // Formats that do not tell their size up front.
    if (image.width() > maxDimension || image.height() > maxDimension) {
        return refuse(tr("The image is too large (%1×%2)").arg(image.width()).arg(image.height()));
    }
    if (error)
        error->clear();
    return image;
}
