#include "requestqueue.h"

#include "networkerrors.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

// Qt 6.4 reports a body cut off by a closed connection as a success: compare it with the
// announced length ourselves (only when Qt did not decompress it, which changes its size).
bool isCutOff(const QNetworkReply *reply, const QByteArray &body)
{
    if (reply->error() != QNetworkReply::NoError || reply->hasRawHeader("Content-Encoding"))
        return false;
    bool ok = false;
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    return ok && body.size() < announced;
}

// Connection, proxy and protocol failures, as opposed to an HTTP error status whose body
// is a complete answer (a 404's "Not Found").
bool isTransportError(QNetworkReply::NetworkError error)
{
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
            || (error >= QNetworkReply::ProtocolUnknownError
                && error < QNetworkReply::InternalServerError);
}

} // namespace

struct RequestQueue::Job
{
    QUrl url;
    QList<QPointer<RequestHandle>> handles;
    QPointer<QNetworkReply> reply;
    bool tooLarge = false;
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
    m_maxInFlight = qBound(1, n, 64);
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

RequestHandle *RequestQueue::get(const QUrl &url, Priority priority)
{
    auto *handle = new RequestHandle(url, this);
    if (const auto existing = m_byUrl.value(url)) {
        existing->handles.append(handle);
        return handle;
    }
    auto job = std::make_shared<Job>();
    job->url = url;
    job->handles.append(handle);
    m_byUrl.insert(url, job);
    if (priority == Priority::High)
        m_pending.push_front(job);
    else
        m_pending.push_back(job);
    startNext();
    emitCounts();
    return handle;
}

void RequestQueue::abortAll()
{
    const auto inFlight = m_inFlight;
    for (const auto &job : m_pending) {
        for (const auto &handle : std::as_const(job->handles))
            if (handle)
                handle->deleteLater();
    }
    m_pending.clear();
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
    if (job->reply) {
        m_inFlight.removeOne(job);
        job->reply->disconnect(this);
        job->reply->abort();
        job->reply->deleteLater();
        startNext();
    } else {
        m_pending.erase(std::remove(m_pending.begin(), m_pending.end(), job), m_pending.end());
    }
    emitCounts();
}

void RequestQueue::startNext()
{
    while (m_inFlight.size() < m_maxInFlight && !m_pending.empty()) {
        const auto job = m_pending.front();
        m_pending.pop_front();
        start(job);
    }
}

void RequestQueue::start(const std::shared_ptr<Job> &job)
{
    QNetworkRequest request(job->url);
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::PreferCache);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Pokedex/" POKEDEX_VERSION " (Qt desktop client)"));

    QNetworkReply *reply = m_nam->get(request);
    job->reply = reply;
    m_inFlight.append(job);

    // Refuse oversized answers as early as the headers or the bytes say so.
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, job](qint64 received, qint64 total) {
                if (job->reply && (received > m_maxBodySize || total > m_maxBodySize)) {
                    job->tooLarge = true;
                    job->reply->abort();
                }
            });
    connect(reply, &QNetworkReply::finished, this, [this, job] { finish(job, job->reply); });
    Q_EMIT requestStarted(job->url);
}

void RequestQueue::finish(const std::shared_ptr<Job> &job, QNetworkReply *reply)
{
    if (!reply)
        return;
    NetworkResult result;
    result.url = job->url;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.fromCache = reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool();
    const QString host = job->url.host();
    if (job->tooLarge) {
        result.error = QNetworkReply::UnknownContentError;
        result.errorString = NetworkErrors::tooLarge(m_maxBodySize);
    } else if (result.error == QNetworkReply::OperationCanceledError
               || result.error == QNetworkReply::TimeoutError) {
        // We only abort replies we have detached from, so a cancel here is the transfer timeout.
        result.error = QNetworkReply::TimeoutError;
        result.errorString = NetworkErrors::timedOut(m_transferTimeoutMs);
    } else {
        result.body = reply->readAll();
        if (isCutOff(reply, result.body))
            result.error = QNetworkReply::RemoteHostClosedError;
        if (isTransportError(result.error))
            result.body.clear(); // never hand on partial data

        result.errorString = NetworkErrors::describe(result.error, result.httpStatus, host,
                                                     reply->errorString());
    }
    reply->disconnect(this);
    reply->deleteLater();

    m_inFlight.removeOne(job);
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

void RequestQueue::emitCounts()
{
    Q_EMIT countsChanged(inFlightCount(), pendingCount());
}
