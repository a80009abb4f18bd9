// RequestQueue under the conditions a real server sets: a rate limit, Qt's six HTTP/1.1
// connections per host, redirects that go quiet, and answers reached through a redirect.

#include "fakepokeapi.h"
#include "net/cachestore.h"
#include "net/requestqueue.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_QueueLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void rateLimitSlowsTheWholeQueue();
    void waitingForALimitCostsNoAttempt();
    void http1WindowNeverExceedsSixConnections();
    void windowBelowSixIsWhatTheServerSees();
    void silenceAfterARedirectTimesOut();
    void answerReachedThroughARedirectIsCached();

private:
    QUrl url(const QString &path) const { return m_server->apiUrl().resolved(QUrl(path)); }
    // Fetches every path and waits for all of them; the results in completion order, or
    // fewer if they did not all end within timeoutMs.
    QList<NetworkResult> fetchAll(RequestQueue &queue, const QStringList &paths,
                                  int timeoutMs = 30000);

    std::unique_ptr<FakePokeApi> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void tst_QueueLimits::init()
{
    m_server = std::make_unique<FakePokeApi>(QStringLiteral(POKEDEX_TEST_DATA));
    QVERIFY(m_server->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
}

QList<NetworkResult> tst_QueueLimits::fetchAll(RequestQueue &queue, const QStringList &paths,
                                               int timeoutMs)
{
    QList<NetworkResult> results;
    for (const QString &path : paths) {
        RequestHandle *handle = queue.get(url(path));
        connect(handle, &RequestHandle::finished, this,
                [&results](const NetworkResult &result) { results.append(result); });
    }
    if (!QTest::qWaitFor([&] { return results.size() == paths.size(); }, timeoutMs))
        qWarning("only %d of %d requests ended in time", int(results.size()), int(paths.size()));
    return results;
}

static QStringList numberedPaths(int count)
{
    QStringList paths;
    for (int i = 1; i <= count; ++i)
        paths.append(QStringLiteral("pokemon/%1").arg(i));
    return paths;
}

void tst_QueueLimits::rateLimitSlowsTheWholeQueue()
{
    // 10 answers a second; 40 requests. Without pacing every request would burn its own
    // attempts against the limit and most would end in errors.
    m_server->setRateLimit(10);
    RequestQueue queue(m_nam.get());
    queue.setRetryPolicy(4, 50);
    QSignalSpy limits(&queue, &RequestQueue::rateLimited);
    const QList<NetworkResult> results = fetchAll(queue, numberedPaths(40));
    QCOMPARE(results.size(), 40);
    for (const NetworkResult &result : results) {
        // Found or not found (the test data has some of these ids): a real answer, never 429.
        QVERIFY2(result.httpStatus == 200 || result.httpStatus == 404,
                 qPrintable(result.url.toString() + u' ' + result.errorString));
    }
    QVERIFY(!limits.isEmpty());
    // The window shrank when the server pushed back...
    QVERIFY2(limits.at(0).at(2).toInt() < RequestQueue::Http1ConnectionsPerHost,
             qPrintable(QString::number(limits.at(0).at(2).toInt())));
    QCOMPARE(limits.at(0).at(1).toInt(), 1000); // ...and waited what the server asked
    // ...and the server saw close to one request per name, not four.
    QVERIFY2(m_server->requestCount() <= 60, qPrintable(QString::number(m_server->requestCount())));
}

void tst_QueueLimits::waitingForALimitCostsNoAttempt()
{
    const QString path = QStringLiteral("/api/v2/pokemon/pikachu");
    m_server->setResponseFor(path, 429, "slow down", "text/plain");
    m_server->setExtraHeaders(path, { { "Retry-After", "0" } });
    int seen = 0;
    connect(m_server.get(), &FakePokeApi::requestReceived, this,
            [this, &seen, path](const QString &p) {
                if (p == path && ++seen == 3) {
                    m_server->setResponseFor(path, 0, {});
                    m_server->setExtraHeaders(path, {});
                }
            });
    RequestQueue queue(m_nam.get());
    queue.setRetryPolicy(1, 10); // one attempt: any failure would be final
    const QList<NetworkResult> results = fetchAll(queue, { QStringLiteral("pokemon/pikachu") });
    QVERIFY(!results.isEmpty());
    QVERIFY2(results.at(0).isSuccess(), qPrintable(results.at(0).errorString));
    QCOMPARE(results.at(0).attempts, 4); // sent four times, three of them rate-limited
    QCOMPARE(m_server->requestCount(), 4);
}

void tst_QueueLimits::http1WindowNeverExceedsSixConnections()
{
    // Asked for 16 at once over HTTP/1.1: Qt can put only 6 on the wire per host. Handing it
    // more left requests waiting inside Qt while their timers ran: false timeouts.
    m_server->setDelay(400);
    RequestQueue queue(m_nam.get());
    queue.setMaxInFlight(16);
    queue.setTransferTimeout(1000);
    queue.setRetryPolicy(1, 0);
    int peak = 0;
    connect(&queue, &RequestQueue::countsChanged, this,
            [&peak](int inFlight, int) { peak = qMax(peak, inFlight); });
    const QList<NetworkResult> results = fetchAll(queue, numberedPaths(24));
    QCOMPARE(results.size(), 24);
    for (const NetworkResult &result : results)
        QVERIFY2(result.error != QNetworkReply::TimeoutError, qPrintable(result.errorString));
    QCOMPARE(peak, RequestQueue::Http1ConnectionsPerHost);
    QCOMPARE(m_server->peakInFlight(), RequestQueue::Http1ConnectionsPerHost);
    QCOMPARE(queue.windowFor(url(QStringLiteral("pokemon/1"))), 6);
}

void tst_QueueLimits::windowBelowSixIsWhatTheServerSees()
{
    // Below Qt's own ceiling the server's count is exact, so a queue that let one more
    // through would show here.
    m_server->setDelay(50);
    RequestQueue queue(m_nam.get());
    queue.setMaxInFlight(3);
    QCOMPARE(fetchAll(queue, numberedPaths(15)).size(), 15);
    QCOMPARE(m_server->peakInFlight(), 3);
    QCOMPARE(m_server->requestCount(), 15);
}

void tst_QueueLimits::silenceAfterARedirectTimesOut()
{
    // Qt's own transfer timeout does not follow a redirect; ours does.
    m_server->setRedirectFor(QStringLiteral("/api/v2/pokemon/pikachu"),
                             QUrl(QStringLiteral("/api/v2/pokemon/25")), 302);
    m_server->setFaultFor(QStringLiteral("/api/v2/pokemon/25"), FakePokeApi::Fault::Stall);
    RequestQueue queue(m_nam.get());
    queue.setTransferTimeout(300);
    queue.setRetryPolicy(4, 10);
    const QList<NetworkResult> results = fetchAll(queue, { QStringLiteral("pokemon/pikachu") });
    QVERIFY(!results.isEmpty());
    const NetworkResult &result = results.at(0);
    QCOMPARE(result.error, QNetworkReply::TimeoutError);
    // Nothing came, and it says so (not "still arriving"); a silent server is tried twice.
    QVERIFY2(result.errorString.contains(QStringLiteral("No answer")),
             qPrintable(result.errorString));
    QCOMPARE(result.attempts, 2);
}

void tst_QueueLimits::answerReachedThroughARedirectIsCached()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CacheStore cache(dir.path());
    m_server->setRedirectFor(QStringLiteral("/api/v2/pokemon/pikachu"),
                             QUrl(QStringLiteral("/api/v2/pokemon/25")), 301);
    RequestQueue queue(m_nam.get());
    queue.setCacheStore(&cache);
    const QList<NetworkResult> first = fetchAll(queue, { QStringLiteral("pokemon/pikachu") });
    QVERIFY(!first.isEmpty());
    QVERIFY2(first.at(0).isSuccess(), qPrintable(first.at(0).errorString));
    QCOMPARE(m_server->requestCount(), 2); // the redirect and its target
    const QList<NetworkResult> again = fetchAll(queue, { QStringLiteral("pokemon/pikachu") });
    QVERIFY(!again.isEmpty());
    QVERIFY(again.at(0).fromCache);
    QCOMPARE(again.at(0).body, first.at(0).body);
    QCOMPARE(m_server->requestCount(), 2);
}

QTEST_GUILESS_MAIN(tst_QueueLimits)
#include "tst_queuelimits.moc"
