#include "net/requestqueue.h"

#include "net/networkerrors.h"
#include "net/pokeapidiskcache.h"
#include "net/replychecks.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

struct RequestQueue::Job
{
    QUrl url;
    QList<QPointer<RequestHandle>> handles;
    QPointer<QNetworkReply> reply;
    bool tooLarge = false;
    bool pastDeadline = false;
    bool waitingToRetry = false;
    bool refresh = false;
    bool highPriority = false;
    bool dropped = false; // nobody wants it any more; skipped where it waits in a queue
    int attempts = 0;
};

RequestHandle::RequestHandle(const QUrl &url, RequestQueue *queue)
    : QObject(queue)
    , m_url(url)
    , m_queue(queue)
{
}

void RequestHandle::abort()
{
    if (m_queue)
        m_queue->detach(this);
    m_queue.clear();
    deleteLater();
}

RequestQueue::RequestQueue(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    qRegisterMetaType<NetworkResult>();
}

RequestQueue::~RequestQueue()
{
    // The replies belong to the QNetworkAccessManager, which may outlive us.
    for (const auto &job : std::as_const(m_inFlight)) {
        if (job->reply) {
            job->reply->disconnect(this);
            job->reply->abort();
            job->reply->deleteLater();
        }
    }
}

void RequestQueue::setMaxInFlight(int n)
{
    m_maxInFlight = qBound(1, n, NetworkDefaults::MaxConcurrency);
    startNext();
}

void RequestQueue::setTransferTimeout(int ms)
{
    m_transferTimeoutMs = qMax(1, ms);
}

void RequestQueue::setMaxBodySize(qint64 bytes)
{
    m_maxBodySize = qMax<qint64>(1, bytes);
}

void RequestQueue::setRetryPolicy(int attempts, int baseDelayMs, int maxRetryDelayMs)
{
    m_retry.maxAttempts = qBound(1, attempts, 10);
    m_retry.baseDelayMs = qMax(0, baseDelayMs);
    m_retry.maxDelayMs = qMax(0, maxRetryDelayMs);
}

RequestHandle *RequestQueue::get(const QUrl &url, Priority priority, CacheUse cacheUse)
{
    auto *handle = new RequestHandle(url, this);
    if (const auto existing = m_byUrl.value(url)) {
        existing->handles.append(handle);
        return handle;
    }
    auto job = std::make_shared<Job>();
    job->url = url;
    job->handles.append(handle);
    job->refresh = cacheUse == CacheUse::Refresh;
    job->highPriority = priority == Priority::High;
    m_byUrl.insert(url, job);
    if ((diskCache() && !job->refresh) || m_offline) {
        // Looked at a few per event-loop turn, so 10,000 names never freeze the window.
        m_cacheChecks.push_back(job);
        if (!m_cacheCheckScheduled) {
            m_cacheCheckScheduled = true;
            QTimer::singleShot(0, this, &RequestQueue::checkCache);
        }
    } else {
        enqueue(job);
    }
    emitCounts();
    return handle;
}

PokeApiDiskCache *RequestQueue::diskCache() const
{
    return qobject_cast<PokeApiDiskCache *>(m_nam->cache());
}

void RequestQueue::enqueue(const std::shared_ptr<Job> &job)
{
    if (job->highPriority)
        m_pending.push_front(job);
    else
        m_pending.push_back(job);
    startNext();
}

void RequestQueue::checkCache()
{
    m_cacheCheckScheduled = false;
    PokeApiDiskCache *cache = diskCache();
    QElapsedTimer budget;
    budget.start();
    while (!m_cacheChecks.empty() && budget.elapsed() < 8) {
        const auto job = m_cacheChecks.front();
        m_cacheChecks.pop_front();
        if (job->dropped) {
            --m_dropped;
            continue;
        }
        std::optional<PokeApiDiskCache::Entry> entry;
        if (cache && !job->refresh)
            entry = cache->lookup(job->url);
        if (!entry || (!entry->fresh && !m_offline)) {
            if (m_offline) {
                NetworkResult offline;
                offline.url = job->url;
                offline.attempts = 0;
                offline.error = QNetworkReply::NetworkSessionFailedError;
                offline.errorString = NetworkErrors::offlineNotCached();
                complete(job, offline);
            } else {
                enqueue(job);
            }
            continue;
        }
        NetworkResult cached;
        cached.url = job->url;
        cached.attempts = 0;
        cached.fromCache = true;
        cached.httpStatus = entry->httpStatus;
        cached.body = entry->body;
        if (!cached.isSuccess()) {
            cached.error = QNetworkReply::ContentNotFoundError;
            cached.errorString
                = NetworkErrors::describe(cached.error, cached.httpStatus, job->url.host(), {});
        }
        complete(job, cached);
    }
    if (!m_cacheChecks.empty()) {
        m_cacheCheckScheduled = true;
        QTimer::singleShot(0, this, &RequestQueue::checkCache);
    }
    emitCounts();
}

void RequestQueue::abortAll()
{
    const auto inFlight = m_inFlight;
    for (const auto &job : std::as_const(m_byUrl)) {
        if (job->waitingToRetry) {
            job->waitingToRetry = false;
            for (const auto &handle : std::as_const(job->handles))
                if (handle)
                    handle->deleteLater();
        }
    }
    for (const auto *queue : { &m_pending, &m_cacheChecks }) {
        for (const auto &job : *queue) {
            for (const auto &handle : std::as_const(job->handles))
                if (handle)
                    handle->deleteLater();
        }
    }
    m_pending.clear();
    m_cacheChecks.clear();
    m_dropped = 0;
    m_byUrl.clear();
    m_inFlight.clear();
    for (const auto &job : inFlight) {
        for (const auto &handle : std::as_const(job->handles))
            if (handle)
                handle->deleteLater();
        job->handles.clear();
        if (job->reply) {
            job->reply->disconnect(this);
            job->reply->abort();
            job->reply->deleteLater();
        }
    }
    emitCounts();
}

void RequestQueue::detach(RequestHandle *handle)
{
    const auto job = m_byUrl.value(handle->url());
    if (!job || job->handles.removeAll(handle) == 0 || !job->handles.isEmpty())
        return;
    // Nobody wants this URL any more.
    m_byUrl.remove(job->url);
    if (job->waitingToRetry) {
        job->waitingToRetry = false; // its timer finds nothing to do
    } else if (job->reply) {
        m_inFlight.removeOne(job);
        job->reply->disconnect(this);
        job->reply->abort();
        job->reply->deleteLater();
        // Not at once: a cancelled search aborts its requests one by one, and Qt hands a
        // started request to its own HTTP thread, which may send it before the abort that
        // follows a moment later arrives (seen under ASan). Start the next one next turn.
        scheduleStartNext();
    } else {
        // Still queued, for the cache or the network. Erasing it from the middle of a queue
        // of 10,000 would make cancelling a big paste quadratic (half a second of frozen
        // window in a debug build): mark it, and the queues skip it when they reach it.
        job->dropped = true;
        ++m_dropped;
        compactQueues();
    }
    emitCounts();
}

void RequestQueue::compactQueues()
{
    const qsizetype queued = qsizetype(m_pending.size() + m_cacheChecks.size());
    if (m_dropped < 64 || m_dropped * 2 < queued)
        return; // amortised: each compaction frees at least as many jobs as it keeps
    const auto isDropped = [](const std::shared_ptr<Job> &job) { return job->dropped; };
    m_pending.erase(std::remove_if(m_pending.begin(), m_pending.end(), isDropped), m_pending.end());
    m_cacheChecks.erase(std::remove_if(m_cacheChecks.begin(), m_cacheChecks.end(), isDropped),
                        m_cacheChecks.end());
    m_dropped = 0;
}

void RequestQueue::scheduleStartNext()
{
    if (m_startNextScheduled)
        return;
    m_startNextScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_startNextScheduled = false;
        startNext();
        emitCounts();
    });
}

void RequestQueue::startNext()
{
    while (m_inFlight.size() < m_maxInFlight && !m_pending.empty()) {
        const auto job = m_pending.front();
        m_pending.pop_front();
        if (job->dropped) {
            --m_dropped;
            continue;
        }
        start(job);
    }
}

void RequestQueue::start(const std::shared_ptr<Job> &job)
{
    QNetworkRequest request(job->url);
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    // Whether the cache will do was decided in checkCache(); reaching here means it won't.
    // The answer is still saved to the cache.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Pokedex/" POKEDEX_VERSION " (Qt desktop client)"));
    // Qt refuses a compressed answer that inflates suspiciously well; let it start looking
    // as soon as the answer is over our cap (its default is 10 MB).
    request.setDecompressedSafetyCheckThreshold(m_maxBodySize);
#if QT_CONFIG(ssl)
    if (m_sslConfiguration)
        request.setSslConfiguration(*m_sslConfiguration);
#endif

    QNetworkReply *reply = m_nam->get(request);
    job->reply = reply;
    job->tooLarge = false;
    job->pastDeadline = false;
    ++job->attempts;
    m_inFlight.append(job);

    // Refuse oversized answers as early as the headers or the bytes say so. When Qt inflates
    // a compressed answer, both counts are of inflated bytes.
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, job](qint64 received, qint64 total) {
                if (job->reply && (received > m_maxBodySize || total > m_maxBodySize)) {
                    job->tooLarge = true;
                    job->reply->abort();
                }
            });
    // Qt's transfer timeout fires only when no byte arrives for that long, so a server that
    // trickles a byte now and then would keep the slot for ever: the whole exchange has to
    // end within ExchangeDeadlineFactor times that (60 s by default: generous enough for a
    // slow but honest link).
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [job, reply] {
        if (job->reply == reply) { // not a reply already finished, before a retry
            job->pastDeadline = true;
            reply->abort();
        }
    });
    deadline->start(m_transferTimeoutMs * ExchangeDeadlineFactor);
    connect(reply, &QNetworkReply::finished, this, [this, job] { finish(job, job->reply); });
    Q_EMIT requestStarted(job->url);
}

void RequestQueue::finish(const std::shared_ptr<Job> &job, QNetworkReply *reply)
{
    if (!reply)
        return;
    ReplyChecks::Facts facts = ReplyChecks::factsOf(reply);
    facts.url = job->url; // as asked, whatever redirects it went through
    facts.attempts = job->attempts;
    facts.abortedTooLarge = job->tooLarge;
    facts.abortedPastDeadline = job->pastDeadline;
    const ReplyChecks::Limits limits { m_maxBodySize, m_transferTimeoutMs,
                                       m_transferTimeoutMs * ExchangeDeadlineFactor };
    ReplyChecks::Verdict verdict = ReplyChecks::judge(facts, reply->readAll(), limits);
    NetworkResult &result = verdict.result;
    // Qt may already have put a body it called a success in the disk cache.
    if (verdict.refusedASuccess)
        forgetCached(job->url);
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    reply->disconnect(this);
    reply->deleteLater();
    job->reply.clear();

    m_inFlight.removeOne(job);
    if (scheduleRetry(job, result, retryAfter)) {
        startNext();
        emitCounts();
        return;
    }
    if (result.isNotFound()) {
        if (PokeApiDiskCache *cache = diskCache())
            cache->store(job->url, result.httpStatus, result.body); // a typo is asked once a day
    }
    complete(job, result);
}

void RequestQueue::complete(const std::shared_ptr<Job> &job, const NetworkResult &result)
{
    if (m_byUrl.value(job->url) == job)
        m_byUrl.remove(job->url);
    const auto handles = std::exchange(job->handles, {});
    // The window slides the moment a request ends, before anyone reacts to the result.
    startNext();
    emitCounts();
    Q_EMIT requestFinished(result);
    for (const auto &handle : handles) {
        if (handle) {
            handle->m_queue.clear();
            Q_EMIT handle->finished(result);
            handle->deleteLater();
        }
    }
}

bool RequestQueue::scheduleRetry(const std::shared_ptr<Job> &job, NetworkResult &result,
                                 const QByteArray &retryAfter)
{
    if (!RetryPolicy::isRetryable(result))
        return false;
    if (job->attempts >= m_retry.maxAttempts) {
        if (m_retry.maxAttempts > 1)
            result.errorString = tr("%1 (gave up after %n attempts)", nullptr, job->attempts)
                                     .arg(result.errorString);
        return false;
    }
    const int delayMs = m_retry.delayMs(job->attempts, retryAfter);
    if (delayMs < 0) {
        result.errorString = tr("%1; the server asks to wait %2 s before trying again")
                                 .arg(result.errorString, QString::fromLatin1(retryAfter));
        return false;
    }
    job->waitingToRetry = true;
    Q_EMIT retryScheduled(job->url, job->attempts + 1, delayMs);
    QTimer::singleShot(delayMs, this, [this, job] {
        if (!job->waitingToRetry)
            return; // nobody wants it any more
        job->waitingToRetry = false;
        // Back through the window, ahead of requests that have not been tried yet.
        m_pending.push_front(job);
        startNext();
        emitCounts();
    });
    return true;
}

void RequestQueue::forgetCached(const QUrl &url)
{
    if (PokeApiDiskCache *cache = diskCache())
        cache->remove(url);
}

#if QT_CONFIG(ssl)
void RequestQueue::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_sslConfiguration = configuration;
}
#endif

void RequestQueue::emitCounts()
{
    Q_EMIT countsChanged(inFlightCount(), pendingCount());
}
