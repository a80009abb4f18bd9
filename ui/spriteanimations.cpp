#include "spriteanimations.h"

#include "api/pokeapiclient.h"
#include "spritecache.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QImageReader>
#include <QtConcurrent/QtConcurrentRun>

namespace {

struct Decoded
{
    SpriteAnimation animation;
    QString error;
};

} // namespace

int SpriteAnimation::frameIndexAt(qint64 ms) const
{
    const qint64 at = duration() > 0 ? ms % duration() : 0;
    const auto end = std::upper_bound(ends.cbegin(), ends.cend(), at);
    return int(qMin<qsizetype>(end - ends.cbegin(), frames.size() - 1));
}

SpriteAnimations::SpriteAnimations(PokeApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(64 * 1024 * 1024)
{
}

SpriteAnimations::~SpriteAnimations()
{
    for (const QPointer<ApiReply> &handle : std::as_const(m_pending)) {
        if (handle)
            handle->abort();
    }
}

const SpriteAnimation *SpriteAnimations::animation(const QUrl &url)
{
    if (url.isEmpty() || !url.isValid() || m_failed.contains(url))
        return nullptr;
    if (const SpriteAnimation *cached = m_cache.object(url))
        return cached;
    if (m_pending.contains(url))
        return nullptr;
    ApiReply *reply = m_client->fetchMedia(url, FetchPriority::High);
    m_pending.insert(url, reply);
    connect(reply, &ApiReply::finished, this, [this, url](const ApiResult &result) {
        onFetched(url, result.as<QByteArray>(), result.isOk(), result.error);
    });
    return nullptr;
}

const SpriteAnimation *SpriteAnimations::firstOf(const QList<QUrl> &urls)
{
    for (const QUrl &url : urls) {
        if (!url.isEmpty() && !m_failed.contains(url))
            return animation(url);
    }
    return nullptr;
}

void SpriteAnimations::onFetched(const QUrl &url, const QByteArray &body, bool ok,
                                 const QString &error)
{
    m_pending.insert(url, nullptr); // still pending: now decoding
    if (!ok)
        return fail(url, error);
    auto *watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, watcher, url] {
        Decoded decoded = watcher->result();
        watcher->deleteLater();
        if (decoded.animation.frames.isEmpty())
            return fail(url, decoded.error);
        m_pending.remove(url);
        qint64 bytes = 0;
        for (const QImage &frame : std::as_const(decoded.animation.frames))
            bytes += frame.sizeInBytes();
        m_cache.insert(url, new SpriteAnimation(std::move(decoded.animation)),
                       qMax<qint64>(1, bytes));
        Q_EMIT animationReady(url);
    });
    watcher->setFuture(QtConcurrent::run([body] {
        Decoded decoded;
        decoded.animation = decode(body, &decoded.error);
        return decoded;
    }));
}

void SpriteAnimations::fail(const QUrl &url, const QString &reason)
{
    m_pending.remove(url);
    m_failed.insert(url, reason);
    Q_EMIT animationFailed(url, reason);
}

void SpriteAnimations::retryFailed()
{
    m_failed.clear();
}

SpriteAnimation SpriteAnimations::decode(const QByteArray &bytes, QString *error)
{
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return SpriteAnimation();
    };
    if (bytes.isEmpty())
        return refuse(tr("The animation is empty"));
    if (bytes.size() > SpriteCache::MaxEncodedBytes)
        return refuse(tr("The animation is too large (%1 bytes)").arg(bytes.size()));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize declared = reader.size();
    if (declared.width() > MaxDimension || declared.height() > MaxDimension) {
        return refuse(
            tr("The animation is too large (%1×%2)").arg(declared.width()).arg(declared.height()));
    }
    SpriteAnimation animation;
    qint64 decodedBytes = 0;
    int elapsed = 0;
    while (animation.frames.size() < MaxFrames) {
        QImage frame = reader.read();
        if (frame.isNull())
            break;
        if (frame.width() > MaxDimension || frame.height() > MaxDimension)
            return refuse(
                tr("The animation is too large (%1×%2)").arg(frame.width()).arg(frame.height()));
        // Premultiplied: what the raster engine draws fastest.
        frame.convertTo(QImage::Format_ARGB32_Premultiplied);
        decodedBytes += frame.sizeInBytes();
        if (decodedBytes > MaxDecodedBytes)
            return refuse(
                tr("The animation is too large (%1 frames)").arg(animation.frames.size()));
        elapsed += qMax(MinFrameMs, reader.nextImageDelay());
        animation.frames.append(std::move(frame));
        animation.ends.append(elapsed);
        if (!reader.canRead())
            break;
    }
    if (animation.frames.isEmpty())
        return refuse(tr("The animation cannot be decoded: %1").arg(reader.errorString()));
    if (error)
        error->clear();
    return animation;
}
