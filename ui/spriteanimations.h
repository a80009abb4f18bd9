#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class ApiReply;
class PokeApiClient;

// One animated sprite, every frame decoded: which frame is on show at a time is arithmetic,
// so painting a card never decodes anything.
struct SpriteAnimation
{
    QList<QImage> frames;
    QList<int> ends; // when each frame ends, in ms from the start of a loop
    int duration() const { return ends.isEmpty() ? 0 : ends.last(); }
    // The frame on show `ms` into playing, looping, and its index.
    int frameIndexAt(qint64 ms) const;
    const QImage &frameAt(qint64 ms) const { return frames.at(frameIndexAt(ms)); }
};

// Animated sprites (Showdown's and Black / White's GIFs) by URL, like SpriteCache: fetched
// through the PokeApiClient when first asked for, every frame decoded on a worker thread
// within size caps, kept in a cache bounded by bytes; a URL that failed is not asked again
// until retryFailed().
class SpriteAnimations : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxDimension = 256; // the GIFs are about 100 pixels
    static constexpr int MaxFrames = 240;
    static constexpr qint64 MaxDecodedBytes = 16 * 1024 * 1024; // per animation
    static constexpr int MinFrameMs = 20; // browsers' floor for a 0 or 10 ms GIF delay

    explicit SpriteAnimations(PokeApiClient *client, QObject *parent = nullptr);
    ~SpriteAnimations() override;

    // The cached animation, or null; in that case the first call for `url` starts fetching
    // it and animationReady() or animationFailed() follows.
    const SpriteAnimation *animation(const QUrl &url);
    // The animation of the first of `urls` that has not failed (asked for as animation()
    // does); null while it loads or when all failed. Empty URLs are skipped.
    const SpriteAnimation *firstOf(const QList<QUrl> &urls);
    bool hasFailed(const QUrl &url) const { return m_failed.contains(url); }
    void retryFailed();

    // Thread-safe: every frame of the animation in `bytes`, or nothing and `*error`.
    static SpriteAnimation decode(const QByteArray &bytes, QString *error = nullptr);

Q_SIGNALS:
    void animationReady(const QUrl &url);
    void animationFailed(const QUrl &url, const QString &reason);

private:
    void onFetched(const QUrl &url, const QByteArray &body, bool ok, const QString &error);
    void fail(const QUrl &url, const QString &reason);

    PokeApiClient *m_client;
    QCache<QUrl, SpriteAnimation> m_cache;
    QHash<QUrl, QPointer<ApiReply>> m_pending; // fetching or decoding
    QHash<QUrl, QString> m_failed;
};
