#include "spritecache.h"

#include "api/pokeapiclient.h"
#include "spriteanimations.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QImageReader>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QtConcurrent/QtConcurrentRun>

namespace {

struct Decoded
{
    QImage image;
    QString error;
};

bool looksLikeSvg(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(4096).trimmed();
    return head.startsWith('<') && head.contains("<svg");
}

// Qt Svg 6.4 loads an <image> from any file it names and follows no other reference we would
// want, so only references within the document ("#id") are accepted.
bool refersOutside(const QByteArray &svg)
{
    static const QRegularExpression reference(
        QStringLiteral(R"((?:href|src)\s*=\s*["']\s*([^"'\s]?))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression url(QStringLiteral(R"(url\s*\(\s*["']?\s*([^"'\s)]?))"),
                                        QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(svg);
    for (const QRegularExpression *pattern : { &reference, &url }) {
        for (auto it = pattern->globalMatch(text); it.hasNext();) {
            if (it.next().captured(1) != QLatin1String("#"))
                return true;
        }
    }
    return text.contains(QLatin1String("<!ENTITY"), Qt::CaseInsensitive);
}

QImage renderSvg(const QByteArray &bytes, QString *error)
{
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return QImage();
    };
    if (refersOutside(bytes))
        return refuse(SpriteCache::tr("The drawing refers to files outside itself"));
    QSvgRenderer renderer(bytes);
    if (!renderer.isValid())
        return refuse(SpriteCache::tr("The drawing cannot be read"));
    QSizeF size = renderer.viewBoxF().size();
    if (size.isEmpty())
        size = renderer.defaultSize();
    if (size.isEmpty())
        return refuse(SpriteCache::tr("The drawing has no size"));
    size.scale(SpriteCache::SvgSize, SpriteCache::SvgSize, Qt::KeepAspectRatio);
    QImage image(size.toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    if (error)
        error->clear();
    return image;
}

} // namespace

SpriteCache::SpriteCache(PokeApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_animations(new SpriteAnimations(client, this))
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

QPixmap SpriteCache::firstOf(const QList<QUrl> &chain)
{
    for (const QUrl &url : chain) {
        if (!m_failed.contains(url))
            return sprite(url); // it, or null while it loads
    }
    return {};
}

bool SpriteCache::allFailed(const QList<QUrl> &chain) const
{
    return std::all_of(chain.cbegin(), chain.cend(),
                       [this](const QUrl &url) { return m_failed.contains(url); });
}

QString SpriteCache::failureOf(const QList<QUrl> &chain) const
{
    return chain.isEmpty() ? QString() : failureOf(chain.first());
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
    m_animations->retryFailed();
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
    if (looksLikeSvg(bytes))
        return renderSvg(bytes, error);

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
