#pragma once

#include "net/cacheentry.h"
#include "net/fetchoptions.h"
#include "net/networkdefaults.h"
#include "net/networkresult.h"
#include "net/retrypolicy.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtNetwork/qtnetworkglobal.h>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

#include <array>
#include <deque>
#include <map>
#include <memory>
#include <optional>

class CacheStore;
namespace ReplyChecks {
struct Verdict;
}
class QNetworkAccessManager;
class QNetworkReply;

// One caller's interest in the result of a GET. Emits finished() exactly once, unless
// abort() was called first, and then deletes itself. Owned by the RequestQueue.
class RequestHandle : public QObject
{
    Q_OBJECT
public:
    QUrl url() const { return m_url; }
    // The caller no longer wants the result: finished() will not be emitted. The request
    // itself is cancelled once no handle wants it any more.
    void abort();
    // How urgent the result is now (the card scrolled on or off screen). A request still
    // waiting for a slot moves to the back of its new priority; the most urgent handle of a
    // shared URL decides.
    void setPriority(FetchPriority priority);
    FetchPriority priority() const { return m_priority; }

Q_SIGNALS:
    void finished(const NetworkResult &result);

private:
    friend class RequestQueue;
    RequestHandle(const QUrl &url, class RequestQueue *queue);
    QUrl m_url;
    QPointer<RequestQueue> m_queue;
    FetchPriority m_priority = FetchPriority::Normal;
};

// A sliding window of GET requests over one QNetworkAccessManager: the next queued request
// starts the moment any one finishes (never fixed batches). Identical URLs pending or in
// flight are fetched once and the result is shared by every handle that asked for it.
//
// The window, per host: over HTTP/1.1 never more than Qt's 6 connections can carry, so every
// request handed to Qt is on the wire and its timers are honest; once a reply shows HTTP/2,
// up to MaxConcurrency multiplexed streams. setMaxInFlight() caps both. A rate limit (429, or
// 503 with Retry-After) pauses new starts to that host for as long as the server asks and
// halves its window, which grows back by one per success (AIMD); waiting for a limit costs no
// attempt.
class RequestQueue : public QObject
{
    Q_OBJECT
public:
    explicit RequestQueue(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~RequestQueue() override;

    // At most `n` requests in flight (clamped to [1, MaxConcurrency]); 0 or less: automatic,
    // 6 over HTTP/1.1 and MaxConcurrency over HTTP/2.
    void setMaxInFlight(int n);
    int maxInFlight() const { return m_maxInFlight; } // 0: automatic
    // The window for `url`'s host now: protocol, cap and rate limits considered.
    int windowFor(const QUrl &url) const;
    static constexpr int Http1ConnectionsPerHost = 6; // Qt 6.4's fixed limit
    // No byte for `ms` ends a request in TimeoutError (retried once at most); so does not
    // being done after ExchangeDeadlineFactor times that (a server that trickles bytes cannot
    // keep a slot; not retried).
    static constexpr int ExchangeDeadlineFactor = NetworkDefaults::ExchangeDeadlineFactor;
    void setTransferTimeout(int ms);
    int transferTimeout() const { return m_transferTimeoutMs; }
    void setMaxBodySize(qint64 bytes);
    qint64 maxBodySize() const { return m_maxBodySize; }
    // Retryable failures (RetryPolicy::isRetryable) are tried again, at most `attempts` times
    // in all, after the policy's delay. A retry waits for a slot like any request.
    void setRetryPolicy(int attempts, int baseDelayMs, int maxRetryDelayMs = 30000);
    const RetryPolicy &retryPolicy() const { return m_retry; }
    int maxAttempts() const { return m_retry.maxAttempts; }
    // How often one request may be sent back to wait for a rate limit before it gives up.
    static constexpr int MaxRateLimitWaits = 20;

    using Priority = FetchPriority;
    using CacheUse = ::CacheUse;
    // Queues a GET of `url` and returns the caller's handle. High-priority requests jump the
    // queue (a did-you-mean listing should not wait behind 1,000 lookups), low-priority ones
    // wait behind the rest; RequestHandle::setPriority() moves one later. With a cache store,
    // a fresh cached answer is used without taking a slot, unless `cacheUse` is Refresh.
    // With a `reader`, a success's body is also read where it lands (see BodyReader): into
    // NetworkResult::read, for every handle, if this is the first asker of the URL.
    RequestHandle *get(const QUrl &url, Priority priority = Priority::Normal,
                       CacheUse cacheUse = CacheUse::Prefer, const BodyReader &reader = {});

    // Where answers are kept (successes and 404s) and looked up first; nullptr: nowhere. The
    // store must outlive the queue, or be replaced first.
    void setCacheStore(CacheStore *store);
    CacheStore *cacheStore() const { return m_store; }
    // Cache lookups asked of the store at once: enough to keep its thread busy, few enough
    // that 10,000 cached names never hold 10,000 bodies.
    static constexpr int MaxCacheLookups = 16;
    // Answers being inflated and read on workers at most before no new request starts: the
    // network must not outrun the workers, or bodies pile up in memory waiting for them.
    static int maxDecoding();

    // Offline: answers come from the cache only, stale or not; anything else ends at once in
    // an error, and nothing is sent.
    void setOffline(bool offline) { m_offline = offline; }
    bool isOffline() const { return m_offline; }

    // While paused, no cached answer is handed out (requests to the network still go on): the
    // consumer cannot keep up, and cached answers come far faster than anyone parses them.
    void setCacheAnswersPaused(bool paused);

#if QT_CONFIG(ssl)
    // TLS settings for every request, e.g. the CAs to trust for a self-hosted PokeAPI (or a
    // test server). Unset, Qt's default configuration (the system's CAs) is used. Certificate
    // errors are never ignored either way.
    void setSslConfiguration(const QSslConfiguration &configuration);
#endif

    // Drops `url` from the disk cache, if any: for an answer that turned out to be unusable,
    // which must not be served again from there.
    void forgetCached(const QUrl &url);

    int inFlightCount() const
    {
        return int(m_inFlight.size());
    }
    int pendingCount() const
    {
        return int(m_pendingCount + m_cacheCheckCount + m_cacheLookups + m_decoding - m_dropped);
    }
    // Cancels everything: no handle will emit finished().
    void abortAll();

Q_SIGNALS:
    void countsChanged(int inFlight, int pending);
    void requestStarted(const QUrl &url);
    void requestFinished(const NetworkResult &result);
    void retryScheduled(const QUrl &url, int attempt, int delayMs);
    // The server asked us to slow down: nothing new starts to `host` for `delayMs`.
    void rateLimited(const QString &host, int delayMs, int window);
    // The first reply from `host` told which protocol it speaks.
    void protocolKnown(const QString &host, bool http2);
    // The cache store's size on disk changed.
    void cacheSizeChanged(qint64 bytes);

private:
    struct Job;
    struct Host
    {
        QString name;
        std::array<std::deque<std::shared_ptr<Job>>, 3> pending; // by Priority, Low first
        int inFlight = 0;
        bool http2 = false;
        bool protocolKnown = false;
        int congestion = 0; // the AIMD window after a rate limit; 0: none
        int successes = 0; // answers since the window last grew
        qint64 pausedUntilMs = 0; // on m_clock
    };
    friend class RequestHandle;
    void detach(RequestHandle *handle);
    void reprioritise(RequestHandle *handle);
    std::deque<std::shared_ptr<Job>> *nextPending(Host &host);
    void startNext();
    void scheduleStartNext();
    void enqueue(const std::shared_ptr<Job> &job);
    void checkCache();
    void scheduleCacheCheck();
    void answerFromCache(const std::shared_ptr<Job> &job, const std::optional<CacheEntry> &entry);
    void compactQueues();
    void complete(const std::shared_ptr<Job> &job, const NetworkResult &result);
    void start(const std::shared_ptr<Job> &job);
    void finish(const std::shared_ptr<Job> &job, QNetworkReply *reply);
    // What happens once an answer is judged: a retry, a rate-limit wait, or the end.
    void settle(const std::shared_ptr<Job> &job, ReplyChecks::Verdict verdict,
                const QByteArray &retryAfter, const QByteArray &compressedBody = {});
    bool scheduleRetry(const std::shared_ptr<Job> &job, NetworkResult &result,
                       const QByteArray &retryAfter);
    void emitCounts();
    Host &hostOf(const QUrl &url);
    int baseWindow(bool http2) const;
    int windowOf(const Host &host) const;
    bool waitForRateLimit(const std::shared_ptr<Job> &job, NetworkResult &result,
                          const QByteArray &retryAfter);
    void requeueFront(const std::shared_ptr<Job> &job);
    void resumeAfterPause(const QString &hostKey);

    QNetworkAccessManager *m_nam;
    CacheStore *m_store = nullptr;
    int m_cacheLookups = 0; // asked of the store, not answered yet
    int m_decoding = 0; // answers being inflated and checked on a worker
    int m_maxInFlight = 0; // automatic
    int m_transferTimeoutMs = NetworkDefaults::TransferTimeoutMs;
    qint64 m_maxBodySize = NetworkDefaults::MaxBodyBytes;
    RetryPolicy m_retry;
    bool m_offline = false;
    bool m_cacheAnswersPaused = false;
    bool m_cacheCheckScheduled = false;
    bool m_startNextScheduled = false;
#if QT_CONFIG(ssl)
    std::optional<QSslConfiguration> m_sslConfiguration;
#endif
    // Waiting for a look in the disk cache, by Priority (Low first), like a host's pending.
    std::array<std::deque<std::shared_ptr<Job>>, 3> m_cacheChecks;
    qsizetype m_cacheCheckCount = 0; // jobs in m_cacheChecks, dropped ones included
    std::deque<std::shared_ptr<Job>> *nextCacheCheck();
    std::map<QString, Host> m_hosts; // by scheme://host:port; each keeps its own pending jobs
    qsizetype m_pendingCount = 0; // jobs in the hosts' queues
    qsizetype m_dropped = 0; // queued jobs (for the cache or a host) that nobody wants any more
    QHash<QUrl, std::shared_ptr<Job>> m_byUrl; // pending and in flight
    QList<std::shared_ptr<Job>> m_inFlight;
    QElapsedTimer m_clock; // for rate-limit pauses
};
