#pragma once

#include "net/fetchoptions.h"
#include "net/networkdefaults.h"
#include "net/networkresult.h"
#include "net/retrypolicy.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtNetwork/qtnetworkglobal.h>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

#include <deque>
#include <memory>
#include <optional>

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

Q_SIGNALS:
    void finished(const NetworkResult &result);

private:
    friend class RequestQueue;
    RequestHandle(const QUrl &url, class RequestQueue *queue);
    QUrl m_url;
    QPointer<RequestQueue> m_queue;
};

// A sliding window of GET requests over one QNetworkAccessManager: at most maxInFlight()
// are on the wire, and the next queued request starts the moment any one finishes (never
// fixed batches). Identical URLs pending or in flight are fetched once and the result is
// shared by every handle that asked for it.
class RequestQueue : public QObject
{
    Q_OBJECT
public:
    explicit RequestQueue(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~RequestQueue() override;

    void setMaxInFlight(int n); // clamped to [1, NetworkDefaults::MaxConcurrency]
    int maxInFlight() const { return m_maxInFlight; }
    // No byte for `ms` ends a request in TimeoutError; so does not being done after
    // ExchangeDeadlineFactor times that (a server that trickles bytes cannot keep a slot).
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

    using Priority = FetchPriority;
    using CacheUse = ::CacheUse;
    // Queues a GET of `url` and returns the caller's handle. High-priority requests jump the
    // queue (a did-you-mean listing should not wait behind 1,000 lookups). When the network
    // access manager has a PokeApiDiskCache, a fresh cached answer is used without taking a
    // slot, unless `cacheUse` is Refresh.
    RequestHandle *get(const QUrl &url, Priority priority = Priority::Normal,
                       CacheUse cacheUse = CacheUse::Prefer);

    // Offline: answers come from the cache only, stale or not; anything else ends at once in
    // an error, and nothing is sent.
    void setOffline(bool offline) { m_offline = offline; }
    bool isOffline() const { return m_offline; }

    int retryDelayMs(int attempt, const QByteArray &retryAfter) const
    {
        return m_retry.delayMs(attempt, retryAfter);
    }

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
        return int(m_pending.size() + m_cacheChecks.size() - size_t(m_dropped));
    }
    // Cancels everything: no handle will emit finished().
    void abortAll();

Q_SIGNALS:
    void countsChanged(int inFlight, int pending);
    void requestStarted(const QUrl &url);
    void requestFinished(const NetworkResult &result);
    void retryScheduled(const QUrl &url, int attempt, int delayMs);

private:
    struct Job;
    friend class RequestHandle;
    void detach(RequestHandle *handle);
    void startNext();
    void scheduleStartNext();
    void enqueue(const std::shared_ptr<Job> &job);
    void checkCache();
    void compactQueues();
    void complete(const std::shared_ptr<Job> &job, const NetworkResult &result);
    class PokeApiDiskCache *diskCache() const;
    void start(const std::shared_ptr<Job> &job);
    void finish(const std::shared_ptr<Job> &job, QNetworkReply *reply);
    bool scheduleRetry(const std::shared_ptr<Job> &job, NetworkResult &result,
                       const QByteArray &retryAfter);
    void emitCounts();

    QNetworkAccessManager *m_nam;
    int m_maxInFlight = NetworkDefaults::Concurrency;
    int m_transferTimeoutMs = NetworkDefaults::TransferTimeoutMs;
    qint64 m_maxBodySize = NetworkDefaults::MaxBodyBytes;
    RetryPolicy m_retry;
    bool m_offline = false;
    bool m_cacheCheckScheduled = false;
    bool m_startNextScheduled = false;
#if QT_CONFIG(ssl)
    std::optional<QSslConfiguration> m_sslConfiguration;
#endif
    std::deque<std::shared_ptr<Job>> m_cacheChecks; // waiting for a look in the disk cache
    std::deque<std::shared_ptr<Job>> m_pending;
    qsizetype m_dropped = 0; // jobs in the two queues above that nobody wants any more
    QHash<QUrl, std::shared_ptr<Job>> m_byUrl; // pending and in flight
    QList<std::shared_ptr<Job>> m_inFlight;
};
