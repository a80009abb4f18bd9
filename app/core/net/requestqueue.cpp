#include "net/requestqueue.h"

#include "net/bodycodec.h"
#include "net/cachestore.h"
#include "net/contentdecoding.h"
#include "net/networkerrors.h"
#include "net/replychecks.h"
#include "net/workertask.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

struct RequestQueue::Job
{
    QUrl url;
    QList<QPointer<RequestHandle>> handles;
    QPointer<QNetworkReply> reply;
    QString host; // its key in m_hosts
    bool tooLarge = false;
    bool pastDeadline = false;
    bool idle = false; // no byte for the transfer timeout
    bool anyByte = false; // the server said something on this attempt
    int timeouts = 0; // attempts that ended without an answer in time
    int rateLimitWaits = 0; // times sent back to wait for a rate limit (not failures)
    bool waitingToRetry = false;
    bool refresh = false;
    Priority priority = Priority::Normal; // its most urgent handle's
    bool dropped = false; // nobody wants it any more; skipped where it waits in a queue
    bool lookingUp = false; // asked of the cache store, not answered yet
    bool decoding = false; // its answer is being inflated and checked on a worker
    BodyReader reader; // its first asker's, if any
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

void RequestHandle::setPriority(FetchPriority priority)
{
    if (priority == m_priority)
        return;
    m_priority = priority;
    if (m_queue)
        m_queue->reprioritise(this);
}

RequestQueue::RequestQueue(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    qRegisterMetaType<NetworkResult>();
    m_clock.start();
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
    m_maxInFlight = n <= 0 ? 0 : qMin(n, NetworkDefaults::MaxConcurrency);
    startNext();
}

RequestQueue::Host &RequestQueue::hostOf(const QUrl &url)
{
    const QString key = url.scheme() + u"://" + url.host() + u':' + QString::number(url.port());
    Host &host = m_hosts[key];
    if (host.name.isEmpty())
        host.name = url.host();
    return host;
}

int RequestQueue::baseWindow(bool http2) const
{
    const int window = http2 ? NetworkDefaults::MaxConcurrency : Http1ConnectionsPerHost;
    return m_maxInFlight > 0 ? qMin(window, m_maxInFlight) : window;
}

int RequestQueue::windowOf(const Host &host) const
{
    const int window = baseWindow(host.http2);
    return host.congestion > 0 ? qMin(window, host.congestion) : window;
}

int RequestQueue::windowFor(const QUrl &url) const
{
    const QString key = url.scheme() + u"://" + url.host() + u':' + QString::number(url.port());
    const auto it = m_hosts.find(key);
    return windowOf(it == m_hosts.end() ? Host() : it->second);
}

void RequestQueue::setCacheAnswersPaused(bool paused)
{
    m_cacheAnswersPaused = paused;
    if (!paused)
        scheduleCacheCheck();
}

void RequestQueue::setCacheStore(CacheStore *store)
{
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (m_store) {
        connect(m_store, &CacheStore::sizeChanged, this, &RequestQueue::cacheSizeChanged);
        Q_EMIT cacheSizeChanged(m_store->size());
    }
}

void RequestQueue::scheduleCacheCheck()
{
    if (m_cacheCheckCount == 0 || m_cacheCheckScheduled)
        return;
    m_cacheCheckScheduled = true;
    QTimer::singleShot(0, this, &RequestQueue::checkCache);
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

RequestHandle *RequestQueue::get(const QUrl &url, Priority priority, CacheUse cacheUse,
                                 const BodyReader &reader)
{
    auto *handle = new RequestHandle(url, this);
    handle->m_priority = priority;
    if (const auto existing = m_byUrl.value(url)) {
        existing->handles.append(handle);
        reprioritise(handle);
        return handle;
    }
    auto job = std::make_shared<Job>();
    job->url = url;
    job->handles.append(handle);
    job->refresh = cacheUse == CacheUse::Refresh;
    job->priority = priority;
    job->reader = reader;
    (void)hostOf(url);
    job->host = url.scheme() + u"://" + url.host() + u':' + QString::number(url.port());
    m_byUrl.insert(url, job);
    if ((m_store && !job->refresh) || m_offline) {
        // Asked of the store a few at a time, so 10,000 names never hold 10,000 bodies.
        m_cacheChecks[size_t(priority)].push_back(job);
        ++m_cacheCheckCount;
        scheduleCacheCheck();
    } else {
        enqueue(job);
    }
    emitCounts();
    return handle;
}

void RequestQueue::enqueue(const std::shared_ptr<Job> &job)
{
    m_hosts[job->host].pending[size_t(job->priority)].push_back(job);
    ++m_pendingCount;
    startNext();
}

void RequestQueue::requeueFront(const std::shared_ptr<Job> &job)
{
    m_hosts[job->host].pending[size_t(job->priority)].push_front(job);
    ++m_pendingCount;
}

void RequestQueue::reprioritise(RequestHandle *handle)
{
    const auto job = m_byUrl.value(handle->url());
    if (!job)
        return;
    Priority wanted = Priority::Low;
    for (const auto &other : std::as_const(job->handles)) {
        if (other && other->m_priority > wanted)
            wanted = other->m_priority;
    }
    if (wanted == job->priority)
        return;
    const Priority previous = job->priority;
    auto &from = m_hosts[job->host].pending[size_t(previous)];
    job->priority = wanted;
    if (job->reply || job->waitingToRetry || job->lookingUp || job->decoding)
        return; // on the wire or on its way back, or back in line later by its new priority
    // Waiting for its look in the cache, or for a slot: either line follows the viewport.
    auto &checks = m_cacheChecks[size_t(previous)];
    if (const auto at = std::find(checks.begin(), checks.end(), job); at != checks.end()) {
        checks.erase(at);
        m_cacheChecks[size_t(wanted)].push_back(job);
        return;
    }
    const auto at = std::find(from.begin(), from.end(), job);
    if (at == from.end())
        return;
    from.erase(at);
    m_hosts[job->host].pending[size_t(wanted)].push_back(job);
}

std::deque<std::shared_ptr<RequestQueue::Job>> *RequestQueue::nextCacheCheck()
{
    for (auto queue = m_cacheChecks.rbegin(); queue != m_cacheChecks.rend(); ++queue) {
        if (!queue->empty())
            return &*queue;
    }
    return nullptr;
}

std::deque<std::shared_ptr<RequestQueue::Job>> *RequestQueue::nextPending(Host &host)
{
    for (auto queue = host.pending.rbegin(); queue != host.pending.rend(); ++queue) {
        while (!queue->empty() && queue->front()->dropped) {
            queue->pop_front();
            --m_pendingCount;
            --m_dropped;
        }
        if (!queue->empty())
            return &*queue;
    }
    return nullptr;
}

void RequestQueue::checkCache()
{
    m_cacheCheckScheduled = false;
    while (m_cacheLookups < MaxCacheLookups && !m_cacheAnswersPaused) {
        auto *checks = nextCacheCheck();
        if (!checks)
            break;
        const auto job = checks->front();
        checks->pop_front();
        --m_cacheCheckCount;
        if (job->dropped) {
            --m_dropped;
            continue;
        }
        if (!m_store || job->refresh) { // offline, and nowhere to look
            answerFromCache(job, std::nullopt);
            continue;
        }
        job->lookingUp = true;
        ++m_cacheLookups;
        m_store->lookup(
            job->url, this,
            [this, job](const std::optional<CacheEntry> &entry) {
                if (!job->lookingUp)
                    return; // dropped meanwhile
                job->lookingUp = false;
                --m_cacheLookups;
                answerFromCache(job, entry);
                scheduleCacheCheck();
                emitCounts();
            },
            job->reader, m_offline);
    }
    emitCounts();
}

void RequestQueue::answerFromCache(const std::shared_ptr<Job> &job,
                                   const std::optional<CacheEntry> &entry)
{
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
        return;
    }
    NetworkResult cached;
    cached.url = job->url;
    cached.attempts = 0;
    cached.fromCache = true;
    cached.httpStatus = entry->httpStatus;
    cached.body = entry->body;
    cached.read = entry->read;
    if (!cached.isSuccess()) {
        cached.error = QNetworkReply::ContentNotFoundError;
        cached.errorString
            = NetworkErrors::describe(cached.error, cached.httpStatus, job->url.host(), {});
    }
    complete(job, cached);
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
    const auto deleteHandles = [](const std::deque<std::shared_ptr<Job>> &queue) {
        for (const auto &job : queue) {
            for (const auto &handle : std::as_const(job->handles))
                if (handle)
                    handle->deleteLater();
        }
    };
    for (auto &checks : m_cacheChecks) {
        deleteHandles(checks);
        checks.clear();
    }
    m_cacheCheckCount = 0;
    for (const auto &job : std::as_const(m_byUrl)) {
        if (job->lookingUp || job->decoding) { // its answer finds nothing to do
            job->lookingUp = false;
            job->decoding = false;
            for (const auto &handle : std::as_const(job->handles))
                if (handle)
                    handle->deleteLater();
        }
    }
    m_cacheLookups = 0;
    m_decoding = 0;
    for (auto &[key, host] : m_hosts) {
        for (auto &pending : host.pending) {
            deleteHandles(pending);
            pending.clear();
        }
        host.inFlight = 0;
    }
    m_pendingCount = 0;
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
    } else if (job->lookingUp) {
        job->lookingUp = false; // its answer finds nothing to do
        --m_cacheLookups;
        scheduleCacheCheck();
    } else if (job->decoding) {
        job->decoding = false; // its verdict finds nothing to do
        --m_decoding;
        scheduleStartNext(); // a slot for the workers again
    } else if (job->reply) {
        m_inFlight.removeOne(job);
        --m_hosts[job->host].inFlight;
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
    const qsizetype queued = m_pendingCount + m_cacheCheckCount;
    if (m_dropped < 64 || m_dropped * 2 < queued)
        return; // amortised: each compaction frees at least as many jobs as it keeps
    const auto isDropped = [](const std::shared_ptr<Job> &job) { return job->dropped; };
    m_pendingCount = 0;
    for (auto &[key, host] : m_hosts) {
        for (auto &pending : host.pending) {
            pending.erase(std::remove_if(pending.begin(), pending.end(), isDropped), pending.end());
            m_pendingCount += qsizetype(pending.size());
        }
    }
    m_cacheCheckCount = 0;
    for (auto &checks : m_cacheChecks) {
        checks.erase(std::remove_if(checks.begin(), checks.end(), isDropped), checks.end());
        m_cacheCheckCount += qsizetype(checks.size());
    }
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

int RequestQueue::maxDecoding()
{
    static const int limit = qMax(8, 4 * QThread::idealThreadCount());
    return limit;
}

void RequestQueue::startNext()
{
    if (m_decoding >= maxDecoding())
        return; // the workers are behind: the next answer to be inflated and read restarts it
    const int globalCap = m_maxInFlight > 0 ? m_maxInFlight : NetworkDefaults::MaxConcurrency;
    const qint64 now = m_clock.elapsed();
    // One request per host and round, so that a host waiting out a rate limit (or a slow
    // sprite host) never holds back another.
    for (bool started = true; started && m_inFlight.size() < globalCap;) {
        started = false;
        for (auto &[key, host] : m_hosts) {
            if (m_inFlight.size() >= globalCap)
                break;
            auto *pending = nextPending(host);
            if (!pending || host.pausedUntilMs > now || host.inFlight >= windowOf(host))
                continue;
            const auto job = pending->front();
            pending->pop_front();
            --m_pendingCount;
            start(job);
            started = true;
        }
    }
}

void RequestQueue::start(const std::shared_ptr<Job> &job)
{
    QNetworkRequest request(job->url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    // Whether the cache will do was decided in checkCache(); reaching here means it won't.
    // The answer is saved to the cache store by finish(), not by Qt.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Pokedex/" POKEDEX_VERSION " (Qt desktop client)"));
    // Asked for by name, so that Qt leaves the body as it came: it would inflate it on this
    // thread. ReplyChecks::judge inflates it on a worker, and tells a cut stream from a whole.
    request.setRawHeader(QByteArrayLiteral("Accept-Encoding"),
                         QByteArray(ContentDecoding::AcceptEncoding));
#if QT_CONFIG(ssl)
    if (m_sslConfiguration)
        request.setSslConfiguration(*m_sslConfiguration);
#endif

    QNetworkReply *reply = m_nam->get(request);
    job->reply = reply;
    job->tooLarge = false;
    job->pastDeadline = false;
    job->idle = false;
    job->anyByte = false;
    ++job->attempts;
    m_inFlight.append(job);
    ++m_hosts[job->host].inFlight;

    // Refuse oversized answers as early as the headers or the bytes say so (counts of the
    // encoded bytes; ReplyChecks caps what they inflate to).
    // Our own inactivity timer rather than Qt's transfer timeout, which a redirect leaves
    // behind: every sign of life, on any hop, starts it again.
    auto *idle = new QTimer(reply);
    idle->setSingleShot(true);
    connect(idle, &QTimer::timeout, reply, [job, reply] {
        if (job->reply == reply) {
            job->idle = true;
            reply->abort();
        }
    });
    idle->start(m_transferTimeoutMs);
    const auto alive = [job, idle] {
        job->anyByte = true;
        idle->start();
    };
    connect(reply, &QNetworkReply::metaDataChanged, idle, alive);
    connect(reply, &QNetworkReply::redirected, idle, alive);
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, job, alive](qint64 received, qint64 total) {
                alive();
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
    // A server that never said a word is "no answer", however the attempt ended.
    facts.abortedPastDeadline = job->pastDeadline && job->anyByte;
    const ReplyChecks::Limits limits { m_maxBodySize, m_transferTimeoutMs,
                                       m_transferTimeoutMs * ExchangeDeadlineFactor };
    QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    Host &host = m_hosts[job->host];
    if (!host.protocolKnown && facts.httpStatus > 0) {
        host.protocolKnown = true;
        host.http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
        Q_EMIT protocolKnown(host.name, host.http2);
    }
    reply->disconnect(this);
    reply->deleteLater();
    job->reply.clear();
    m_inFlight.removeOne(job);
    --host.inFlight;

    if (body.isEmpty()) {
        settle(job, ReplyChecks::judge(facts, std::move(body), limits), retryAfter);
        return;
    }
    // Inflating, checking, reading and compressing a body for the cache takes ~0.5 ms a
    // Pokémon: a worker does it, and the window slides now rather than after it.
    job->decoding = true;
    ++m_decoding;
    struct Judged
    {
        ReplyChecks::Verdict verdict;
        QByteArray forCache; // the body as the cache keeps it, compressed here too
    };
    const bool compressForCache = m_store != nullptr;
    WorkerTask::run(
        this,
        [facts, body = std::move(body), limits, compressForCache, reader = job->reader]() mutable {
            Judged judged { ReplyChecks::judge(facts, std::move(body), limits), {} };
            NetworkResult &result = judged.verdict.result;
            if (reader.readsWhereItLands() && result.isSuccess())
                result.read = ReadBody::of(reader, result.body);
            if (compressForCache && (result.isSuccess() || result.isNotFound()))
                judged.forCache = BodyCodec::compress(result.body);
            return judged;
        },
        [this, job, retryAfter](Judged judged) {
            if (!job->decoding)
                return; // nobody wants it any more
            job->decoding = false;
            --m_decoding;
            settle(job, std::move(judged.verdict), retryAfter, judged.forCache);
        });
    startNext();
    emitCounts();
}

void RequestQueue::settle(const std::shared_ptr<Job> &job, ReplyChecks::Verdict verdict,
                          const QByteArray &retryAfter, const QByteArray &compressedBody)
{
    NetworkResult &result = verdict.result;
    // An earlier answer may be in the cache (this was a refresh, or it was stale).
    if (verdict.refusedASuccess)
        forgetCached(job->url);
    Host &host = m_hosts[job->host];
    if (result.error == QNetworkReply::TimeoutError)
        ++job->timeouts;
    if (result.isSuccess() && host.congestion > 0 && ++host.successes >= host.congestion) {
        // Additive increase: one more slot per window's worth of answers, until it is whole.
        host.successes = 0;
        host.congestion = host.congestion + 1 >= baseWindow(host.http2) ? 0 : host.congestion + 1;
    }
    if (waitForRateLimit(job, result, retryAfter) || scheduleRetry(job, result, retryAfter)) {
        startNext();
        emitCounts();
        return;
    }
    // A 404 is kept too (a typo is asked once a day), and under the URL asked for, whatever
    // redirects it went through. Written on the store's thread, never on this one.
    if (m_store && (result.isSuccess() || result.isNotFound())) {
        if (compressedBody.isEmpty())
            m_store->store(job->url, result.httpStatus, result.body);
        else
            m_store->storeCompressed(job->url, result.httpStatus, compressedBody);
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
    if (!RetryPolicy::isRetryable(result) || job->pastDeadline)
        return false; // a server that slow would hold the slot as long again
    const int failures = job->attempts - job->rateLimitWaits;
    // A server that does not answer at all is given one more chance, not maxAttempts.
    const bool silentTwice = job->timeouts >= 2;
    if (failures >= m_retry.maxAttempts || silentTwice) {
        if (failures > 1)
            result.errorString = NetworkErrors::gaveUp(result.errorString, failures);
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
        requeueFront(job);
        startNext();
        emitCounts();
    });
    return true;
}

bool RequestQueue::waitForRateLimit(const std::shared_ptr<Job> &job, NetworkResult &result,
                                    const QByteArray &retryAfter)
{
    const bool limited
        = result.httpStatus == 429 || (result.httpStatus == 503 && !retryAfter.trimmed().isEmpty());
    if (!limited)
        return false;
    if (job->rateLimitWaits >= MaxRateLimitWaits) {
        result.errorString
            = tr("%1 (still limited after waiting %n times)", nullptr, job->rateLimitWaits)
                  .arg(result.errorString);
        return false;
    }
    const int delayMs = m_retry.delayMs(job->rateLimitWaits + 1, retryAfter);
    if (delayMs < 0) {
        result.errorString = tr("%1; the server asks to wait %2 s before trying again")
                                 .arg(result.errorString, QString::fromLatin1(retryAfter));
        return false;
    }
    Host &host = m_hosts[job->host];
    const qint64 now = m_clock.elapsed();
    if (host.pausedUntilMs <= now) {
        // Multiplicative decrease, once per pause: the replies of one burst all say the same.
        host.congestion = qMax(1, windowOf(host) / 2);
        host.successes = 0;
    }
    const qint64 until = now + delayMs;
    if (until > host.pausedUntilMs) {
        host.pausedUntilMs = until;
        resumeAfterPause(job->host);
        Q_EMIT rateLimited(host.name, delayMs, windowOf(host));
    }
    ++job->rateLimitWaits;
    // First in line when the pause ends; it has been waiting longest.
    requeueFront(job);
    return true;
}

void RequestQueue::resumeAfterPause(const QString &hostKey)
{
    const qint64 left = m_hosts[hostKey].pausedUntilMs - m_clock.elapsed();
    // Precise: a coarse timer may fire a little early, and then nothing would start it again.
    QTimer::singleShot(int(qMax<qint64>(0, left)), Qt::PreciseTimer, this, [this, hostKey] {
        if (m_hosts[hostKey].pausedUntilMs > m_clock.elapsed()) {
            resumeAfterPause(hostKey); // the pause was made longer meanwhile
            return;
        }
        startNext();
        emitCounts();
    });
}

void RequestQueue::forgetCached(const QUrl &url)
{
    if (m_store)
        m_store->remove(url);
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
