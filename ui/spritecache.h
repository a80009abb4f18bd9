#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QPointer>
#include <QUrl>

class PokeApiClient;
class ApiReply;
class SpriteAnimations;

// Sprites by URL, fetched lazily through the PokeApiClient the first time someone asks,
// decoded on a worker thread and kept in a cache bounded by bytes. A URL that failed
// (network, HTTP status, undecodable or oversized image) is not asked for again until
// retryFailed(): Retry Failed, Refresh and coming back online call it.
class SpriteCache : public QObject
{
    Q_OBJECT
public:
    // Larger images are refused: sprites are 96×96, official artwork 475×475.
    static constexpr int MaxDimension = 1024;
    static constexpr qint64 MaxEncodedBytes = 4 * 1024 * 1024;

    explicit SpriteCache(PokeApiClient *client, QObject *parent = nullptr);
    ~SpriteCache() override;

    // The cached sprite, or a null pixmap; in that case the first call for `url` starts
    // fetching it and spriteReady() or spriteFailed() follows. An empty URL asks nothing.
    QPixmap sprite(const QUrl &url);
    // The picture of the first URL in `chain` that has not failed (PokemonMedia's chains):
    // null while that one is fetched, or when every one has failed (allFailed()).
    QPixmap firstOf(const QList<QUrl> &chain);
    bool allFailed(const QList<QUrl> &chain) const;
    // Why the best picture of `chain` failed; empty unless it did.
    QString failureOf(const QList<QUrl> &chain) const;

    bool isPending(const QUrl &url) const { return m_pending.contains(url); }
    bool hasFailed(const QUrl &url) const { return m_failed.contains(url); }
    // Why `url` failed, for people; empty unless it did.
    QString failureOf(const QUrl &url) const { return m_failed.value(url); }
    int failedCount() const { return int(m_failed.size()); }
    // Forgets every failure: the next sprite() call for such a URL asks again.
    void retryFailed();
    void setMaxCostBytes(int bytes) { m_cache.setMaxCost(bytes); }
    // The animated sprites, fetched through the same client; retryFailed() forgets theirs too.
    SpriteAnimations *animations() const { return m_animations; }

    // Thread-safe: the image in `bytes`, or a null image and `*error` when it cannot be
    // decoded or is larger than maxDimension in either direction (checked before decoding).
    // An SVG is rendered SvgSize pixels on its longer side, and refused when it refers to
    // anything outside itself.
    static QImage decode(const QByteArray &bytes, QString *error = nullptr,
                         int maxDimension = MaxDimension);
    static constexpr int SvgSize = 512;

Q_SIGNALS:
    void spriteReady(const QUrl &url);
    void spriteFailed(const QUrl &url, const QString &reason);
    // retryFailed() forgot some failures: whoever painted them should paint again.
    void failuresCleared();

private:
    void onFetched(const QUrl &url, const QByteArray &body, bool ok, const QString &error);
    void onDecoded(const QUrl &url, const QImage &image, const QString &error);
    void fail(const QUrl &url, const QString &reason);

    PokeApiClient *m_client;
    SpriteAnimations *m_animations;
    QCache<QUrl, QPixmap> m_cache;
    QHash<QUrl, QPointer<ApiReply>> m_pending; // fetching or decoding
    QHash<QUrl, QString> m_failed; // and why
};
