// RequestQueue against the in-process fake PokeAPI: the window holds, it slides, identical
// URLs are fetched once, and every failure ends in a result with a readable reason.

#include "fakepokeapi.h"
#include "net/cachestore.h"
#include "net/requestqueue.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>
#include <memory>

class tst_RequestQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void windowIsNeverExceeded();
    void windowSlidesPastASlowRequest();
    void nextRequestStartsTheMomentOneFinishes();
    void resultsArriveInCompletionOrder();
    void identicalUrlsAreFetchedOnce();
    void abortedHandleGetsNothingAndFreesItsSlot();
    void abortBeforeStartSendsNothing();
    void cancellingEverythingStartsNothingNew();
    void abortAllSilencesEveryHandle();
    void gzipAnswersArriveInflated();
    void abortWhileAnAnswerIsInflatedGetsNothing();
    void aSecondAskerOfAnAnswerBeingInflatedGetsIt();
    void highPriorityJumpsTheQueue();
    void aWaitingRequestMovesWithItsPriority();
    void aRequestWaitingForTheCacheMovesWithItsPriority();
    void aBodyIsReadOnceWhereItLandsForEveryAskerWithItsReader();
    void theMostUrgentHandleOfASharedUrlDecides();
    void oversizedBodyIsRefused();
    void stalledServerTimesOut();
    void connectionClosedMidBodyIsAnError();
    void notFoundKeepsItsBody();
    void connectionRefusedIsReadable();
    void transientFailuresAreRetried_data();
    void transientFailuresAreRetried();
    void permanentFailuresAreNotRetried_data();
    void permanentFailuresAreNotRetried();
    void givesUpAfterMaxAttempts();
    void retryAfterIsHonoured();
    void retryAfterTooLongGivesUp();
    void windowHoldsUnderRetries();
    void abortWhileWaitingToRetrySendsNothingMore();

private:
    QUrl pokemonUrl(const QString &name) const
    {
        return m_server->apiUrl().resolved(QUrl(QStringLiteral("pokemon/") + name));
    }
    // Finished results in the order they reached us.
    QStringList fetchAll(RequestQueue &queue, const QStringList &names);
    // One GET of /pokemon/<name>, waited for; a default result (url empty) if it never ends.
    NetworkResult getOne(RequestQueue &queue, const QString &name);

    std::unique_ptr<FakePokeApi> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

static const QStringList tenNames = {
    QStringLiteral("bulbasaur"), QStringLiteral("charmander"), QStringLiteral("charizard"),
    QStringLiteral("squirtle"),  QStringLiteral("pikachu"),    QStringLiteral("jigglypuff"),
    QStringLiteral("gengar"),    QStringLiteral("eevee"),      QStringLiteral("snorlax"),
    QStringLiteral("mewtwo"),
};

void tst_RequestQueue::init()
{
    m_server = std::make_unique<FakePokeApi>(QStringLiteral(POKEDEX_TEST_DATA));
    QVERIFY(m_server->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
}

QStringList tst_RequestQueue::fetchAll(RequestQueue &queue, const QStringList &names)
{
    QStringList order;
    for (const QString &name : names) {
        RequestHandle *handle = queue.get(pokemonUrl(name));
        connect(handle, &RequestHandle::finished, this,
                [&order, name](const NetworkResult &result) {
                    QVERIFY2(result.isSuccess(), qPrintable(result.errorString));
                    order.append(name);
                });
    }
    if (!QTest::qWaitFor([&] { return order.size() == names.size(); }, 20000))
        qWarning("only %d of %d finished", int(order.size()), int(names.size()));
    return order;
}

NetworkResult tst_RequestQueue::getOne(RequestQueue &queue, const QString &name)
{
    RequestHandle *handle = queue.get(pokemonUrl(name));
    QSignalSpy spy(handle, &RequestHandle::finished);
    if (!spy.wait(10000))
        return {};
    return spy.at(0).at(0).value<NetworkResult>();
}

void tst_RequestQueue::gzipAnswersArriveInflated()
{
    m_server->setGzip(true);
    RequestQueue queue(m_nam.get());
    const NetworkResult result = getOne(queue, QStringLiteral("pikachu"));
    QVERIFY2(result.isSuccess(), qPrintable(result.errorString));
    QCOMPARE(QJsonDocument::fromJson(result.body).object().value(QLatin1String("name")),
             QJsonValue(QStringLiteral("pikachu")));
    // The server was asked for gzip by name and sent it (so Qt left it to us).
    QCOMPARE(m_server->requests().last().header("Accept-Encoding"), QByteArray("gzip"));
    QCOMPARE(queue.inFlightCount() + queue.pendingCount(), 0);
}

// Between the reply's end and its verdict (a worker inflates it) the request counts as
// pending; one aborted then finishes never, and the queue ends idle.
void tst_RequestQueue::abortWhileAnAnswerIsInflatedGetsNothing()
{
    m_server->setGzip(true);
    RequestQueue queue(m_nam.get());
    RequestHandle *handle = queue.get(pokemonUrl(QStringLiteral("pikachu")));
    QSignalSpy finished(handle, &RequestHandle::finished);
    bool abortedWhileInflating = false;
    connect(&queue, &RequestQueue::countsChanged, this, [&](int inFlight, int pending) {
        if (inFlight == 0 && pending == 1 && !abortedWhileInflating) {
            abortedWhileInflating = true;
            handle->abort();
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(abortedWhileInflating, 10000);
    QTRY_COMPARE(queue.pendingCount(), 0);
    QCOMPARE(queue.inFlightCount(), 0);
    // Its verdict comes and finds nothing to do: a later request still works.
    const NetworkResult next = getOne(queue, QStringLiteral("eevee"));
    QVERIFY2(next.isSuccess(), qPrintable(next.errorString));
    QCOMPARE(finished.size(), 0);
}

void tst_RequestQueue::aSecondAskerOfAnAnswerBeingInflatedGetsIt()
{
    m_server->setGzip(true);
    RequestQueue queue(m_nam.get());
    RequestHandle *first = queue.get(pokemonUrl(QStringLiteral("pikachu")));
    QSignalSpy firstFinished(first, &RequestHandle::finished);
    std::unique_ptr<QSignalSpy> secondFinished;
    connect(&queue, &RequestQueue::countsChanged, this, [&](int inFlight, int pending) {
        if (inFlight == 0 && pending == 1 && !secondFinished) {
            RequestHandle *second = queue.get(pokemonUrl(QStringLiteral("pikachu")));
            secondFinished = std::make_unique<QSignalSpy>(second, &RequestHandle::finished);
        }
    });
    QVERIFY(firstFinished.wait(10000));
    QVERIFY(secondFinished);
    QTRY_COMPARE(secondFinished->size(), 1);
    QVERIFY(secondFinished->at(0).at(0).value<NetworkResult>().isSuccess());
    QCOMPARE(m_server->requestCount(), 1);
}

void tst_RequestQueue::windowIsNeverExceeded()
{
    m_server->setDelay(200);
    RequestQueue queue(m_nam.get());
    queue.setMaxInFlight(4);
    int peakSeenByQueue = 0;
    connect(&queue, &RequestQueue::countsChanged, this, [&peakSeenByQueue](int inFlight, int) {
        peakSeenByQueue = qMax(peakSeenByQueue, inFlight);
    });

    const QStringList order = fetchAll(queue, tenNames);

    QCOMPARE(order.size(), 10);
    QCOMPARE(m_server->requestCount(), 10);
    QCOMPARE(m_server->peakInFlight(), 4); // all four slots used together, never a fifth
    QCOMPARE(peakSeenByQueue, 4);
    QCOMPARE(queue.inFlightCount(), 0);
    QCOMPARE(queue.pendingCount(), 0);
}

void tst_RequestQueue::windowSlidesPastASlowRequest()
{
    // With fixed batches of two, every request queued behind the held one would wait for it.
    // A sliding window lets all of them pass through the other slot.
    const QString slow = QStringLiteral("pikachu");
    m_server->hold(QStringLiteral("/api/v2/pokemon/") + slow);
    RequestQueue queue(m_nam.get());
    queue.setMaxInFlight(2);

    const QStringList names = { slow,
                                QStringLiteral("bulbasaur"),
                                QStringLiteral("charmander"),
                                QStringLiteral("squirtle"),
                                QStringLiteral("gengar"),
                                QStringLiteral("eevee") };
    QStringList order;
    for (const QString &name : names) {
        connect(queue.get(pokemonUrl(name)), &RequestHandle::finished, this,
                [&order, name] { order.append(name); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), names.size() - 1, 20000);
    QVERIFY(!order.contains(slow));
    QCOMPARE(m_server->peakInFlight(), 2);

    m_server->release(QStringLiteral("/api/v2/pokemon/") + slow);
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), names.size(), 10000);
    QCOMPARE(order.last(), slow);
}

void tst_RequestQueue::nextRequestStartsTheMomentOneFinishes()
{
    // Every answer is held, so only the one released can end anything.
    const QStringList names
        = { QStringLiteral("bulbasaur"), QStringLiteral("charmander"), QStringLiteral("squirtle"),
            QStringLiteral("pikachu"), QStringLiteral("gengar") };
    for (const QString &name : names)
        m_server->hold(QStringLiteral("/api/v2/pokemon/") + name);
    constexpr int Window = 3;
    RequestQueue queue(m_nam.get());
    queue.setMaxInFlight(Window);
    RequestHandle *first = queue.get(pokemonUrl(names.first()));
    for (const QString &name : names.mid(1))
        queue.get(pokemonUrl(name));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), Window, 10000);
    QCOMPARE(m_server->requestCount(), Window);

    QSignalSpy started(&queue, &RequestQueue::requestStarted);
    int inFlightWhenFinished = -1;
    qsizetype startedWhenFinished = -1;
    connect(first, &RequestHandle::finished, this, [&] {
        inFlightWhenFinished = queue.inFlightCount();
        startedWhenFinished = started.size();
    });
    m_server->release(QStringLiteral("/api/v2/pokemon/") + names.first());
    QTRY_VERIFY_WITH_TIMEOUT(inFlightWhenFinished >= 0, 10000);

    // By the time anyone hears of the result, the next request is already on its way: the
    // window is full again without waiting for a turn of the event loop.
    QCOMPARE(inFlightWhenFinished, Window);
    QCOMPARE(startedWhenFinished, 1);
    QCOMPARE(started.at(0).at(0).toUrl(), pokemonUrl(names.at(Window)));
    // And it reaches the server with no other answer released.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), Window + 1, 10000);
    QCOMPARE(m_server->requestedPaths().last(),
             QStringLiteral("/api/v2/pokemon/") + names.at(Window));
    QCOMPARE(m_server->inFlight(), Window);
    QCOMPARE(m_server->completedPaths(),
             QStringList { QStringLiteral("/api/v2/pokemon/") + names.first() });
}

void tst_RequestQueue::resultsArriveInCompletionOrder()
{
    // The server answers in the reverse of the typed order, one answer at a time.
    const QStringList names = { QStringLiteral("mewtwo"), QStringLiteral("snorlax"),
                                QStringLiteral("eevee"), QStringLiteral("gengar") };
    for (const QString &name : names)
        m_server->hold(QStringLiteral("/api/v2/pokemon/") + name);
    RequestQueue queue(m_nam.get());
    queue.setMaxInFlight(4);
    QStringList order;
    for (const QString &name : names) {
        connect(queue.get(pokemonUrl(name)), &RequestHandle::finished, this,
                [&order, name] { order.append(name); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 4, 10000);

    const QStringList reversed(names.crbegin(), names.crend());
    for (int i = 0; i < reversed.size(); ++i) {
        m_server->release(QStringLiteral("/api/v2/pokemon/") + reversed.at(i));
        // Each result is handed out as soon as it is in, not behind the ones typed before it.
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), i + 1, 10000);
    }
    QCOMPARE(order, reversed);
    QCOMPARE(m_server->completedPaths().size(), 4);
}

void tst_RequestQueue::identicalUrlsAreFetchedOnce()
{
    m_server->setDelay(100);
    RequestQueue queue(m_nam.get());
    RequestHandle *first = queue.get(pokemonUrl(QStringLiteral("pikachu")));
    RequestHandle *second = queue.get(pokemonUrl(QStringLiteral("pikachu")));
    QVERIFY(first != second);
    QSignalSpy firstSpy(first, &RequestHandle::finished);
    QSignalSpy secondSpy(second, &RequestHandle::finished);

    QVERIFY(firstSpy.wait(5000));
    QTRY_COMPARE(secondSpy.size(), 1);
    QCOMPARE(m_server->requestCount(), 1);
    const auto a = firstSpy.at(0).at(0).value<NetworkResult>();
    const auto b = secondSpy.at(0).at(0).value<NetworkResult>();
    QCOMPARE(a.body, b.body);
    QVERIFY(a.body.contains("\"pikachu\""));
}

void tst_RequestQueue::abortedHandleGetsNothingAndFreesItsSlot()
{
    m_server->setFaultFor(QStringLiteral("/api/v2/pokemon/pikachu"), FakePokeApi::Fault::Stall);
    RequestQueue queue(m_nam.get());
    queue.setMaxInFlight(1);
    QPointer<RequestHandle> stalled = queue.get(pokemonUrl(QStringLiteral("pikachu")));
    RequestHandle *next = queue.get(pokemonUrl(QStringLiteral("eevee")));
    QSignalSpy stalledSpy(stalled.data(), &RequestHandle::finished);
    QSignalSpy nextSpy(next, &RequestHandle::finished);
    QTRY_COMPARE(m_server->inFlight(), 1);
    QCOMPARE(queue.pendingCount(), 1);

    stalled->abort();

    QVERIFY(nextSpy.wait(5000)); // the freed slot went to the next request
    QVERIFY(nextSpy.at(0).at(0).value<NetworkResult>().isSuccess());
    QCOMPARE(stalledSpy.size(), 0);
    QTRY_VERIFY(stalled.isNull()); // handles clean up after themselves
}

void tst_RequestQueue::abortBeforeStartSendsNothing()
{
    m_server->setDelay(200);
    RequestQueue queue(m_nam.get());
    queue.setMaxInFlight(1);
    RequestHandle *first = queue.get(pokemonUrl(QStringLiteral("pikachu")));
    RequestHandle *queued = queue.get(pokemonUrl(QStringLiteral("eevee")));
    QSignalSpy firstSpy(first, &RequestHandle::finished);
    QSignalSpy queuedSpy(queued, &RequestHandle::finished);

    queued->abort();
    QCOMPARE(queue.pendingCount(), 0);

    QVERIFY(firstSpy.wait(5000));
    QCOMPARE(queue.inFlightCount(), 0);
    QCOMPARE(m_server->requestedPaths(), QStringList { QStringLiteral("/api/v2/pokemon/pikachu") });
    QCOMPARE(queuedSpy.size(), 0);
}

void tst_RequestQueue::cancellingEverythingStartsNothingNew()
{
    // A search being cancelled aborts its handles one by one, in-flight ones first here: the
    // slot freed by the first abort must not go to a queued request that is aborted a moment
    // later (Qt's HTTP thread may already have sent it; it did under ASan).
    m_server->setDelay(300);
    RequestQueue queue(m_nam.get());
    queue.setMaxInFlight(1);
    QList<RequestHandle *> handles;
    for (const QString &name : tenNames.mid(0, 4))
        handles.append(queue.get(pokemonUrl(name)));
    QTRY_COMPARE(m_server->inFlight(), 1);
    for (RequestHandle *handle : handles)
        handle->abort();
    QCOMPARE(queue.pendingCount(), 0);
    QCOMPARE(queue.inFlightCount(), 0);
    // Something new afterwards still gets the slot.
    m_server->setDelay(0);
    const NetworkResult after = getOne(queue, QStringLiteral("mewtwo"));
    QVERIFY(after.isSuccess());
    QCOMPARE(m_server->requestedPaths(),
             (QStringList { QStringLiteral("/api/v2/pokemon/bulbasaur"),
                            QStringLiteral("/api/v2/pokemon/mewtwo") }));
}

void tst_RequestQueue::abortAllSilencesEveryHandle()
{
    m_server->setDelay(300);
    RequestQueue queue(m_nam.get());
    queue.setMaxInFlight(2);
    int finished = 0;
    for (const QString &name : tenNames) {
        connect(queue.get(pokemonUrl(name)), &RequestHandle::finished, this,
                [&finished] { ++finished; });
    }
    QTRY_COMPARE(m_server->inFlight(), 2);

    queue.abortAll();

    QCOMPARE(queue.inFlightCount(), 0);
    QCOMPARE(queue.pendingCount(), 0);
    QTRY_COMPARE(m_server->inFlight(), 0); // the connections really were dropped
    // Anything the server still answers must not reach a handle.
    RequestHandle *after = queue.get(pokemonUrl(QStringLiteral("mewtwo")));
    QSignalSpy afterSpy(after, &RequestHandle::finished);
    QVERIFY(afterSpy.wait(5000));
    QCOMPARE(finished, 0);
    QCOMPARE(m_server->requestCount(), 3);
}

void tst_RequestQueue::highPriorityJumpsTheQueue()
{
    m_server->setDelay(50);
    RequestQueue queue(m_nam.get());
    queue.setMaxInFlight(1);
    QStringList order;
    const QStringList normal
        = { QStringLiteral("pikachu"), QStringLiteral("eevee"), QStringLiteral("gengar") };
    for (const QString &name : normal) {
        connect(queue.get(pokemonUrl(name)), &RequestHandle::finished, this,
                [&order, name] { order.append(name); });
    }
    connect(queue.get(pokemonUrl(QStringLiteral("snorlax")), RequestQueue::Priority::High),
            &RequestHandle::finished, this, [&order] { order.append(QStringLiteral("snorlax")); });

    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 4, 10000);
    // pikachu was already on the wire; snorlax goes next, ahead of the queued ones.
    QCOMPARE(order,
             (QStringList { QStringLiteral("pikachu"), QStringLiteral("snorlax"),
                            QStringLiteral("eevee"), QStringLiteral("gengar") }));
}

void tst_RequestQueue::aWaitingRequestMovesWithItsPriority()
{
    m_server->setDelay(30);
    RequestQueue queue(m_nam.get());
    queue.setMaxInFlight(1);
    QStringList order;
    const auto get = [&](const char *name, RequestQueue::Priority priority) {
        const QString pokemon = QString::fromLatin1(name);
        RequestHandle *handle = queue.get(pokemonUrl(pokemon), priority);
        connect(handle, &RequestHandle::finished, this,
                [&order, pokemon] { order.append(pokemon); });
        return handle;
    };
    get("pikachu", RequestQueue::Priority::Normal); // on the wire at once
    RequestHandle *eevee = get("eevee", RequestQueue::Priority::Normal);
    get("gengar", RequestQueue::Priority::Low);
    RequestHandle *snorlax = get("snorlax", RequestQueue::Priority::Normal);
    get("mewtwo", RequestQueue::Priority::High);
    get("bulbasaur", RequestQueue::Priority::Normal);
    eevee->setPriority(RequestQueue::Priority::Low); // scrolled away: behind gengar
    snorlax->setPriority(RequestQueue::Priority::High); // scrolled on: behind mewtwo

    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 6, 10000);
    QCOMPARE(order,
             (QStringList { QStringLiteral("pikachu"), QStringLiteral("mewtwo"),
                            QStringLiteral("snorlax"), QStringLiteral("bulbasaur"),
                            QStringLiteral("gengar"), QStringLiteral("eevee") }));
    QCOMPARE(m_server->requestCount(), 6); // moved, never sent twice or dropped
}

void tst_RequestQueue::aBodyIsReadOnceWhereItLandsForEveryAskerWithItsReader()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CacheStore store(dir.path());
    RequestQueue queue(m_nam.get());
    queue.setCacheStore(&store);
    // Counts its readings and the threads they ran on; the value is the document's name.
    std::atomic<int> readings { 0 };
    std::atomic<bool> onQueueThread { false };
    QThread *const queueThread = QThread::currentThread();
    const BodyReader reader { 42, [&](const QByteArray &body, QString *error) -> QVariant {
                                 ++readings;
                                 if (QThread::currentThread() == queueThread)
                                     onQueueThread = true;
                                 const QJsonObject root = QJsonDocument::fromJson(body).object();
                                 if (root.isEmpty())
                                     *error = QStringLiteral("not an object");
                                 return root.isEmpty() ? QVariant()
                                                       : root.value(u"name").toVariant();
                             } };
    const auto fetchTwice = [&](const BodyReader &second) {
        QList<NetworkResult> results;
        for (const BodyReader &asker : { reader, second }) {
            connect(queue.get(pokemonUrl(QStringLiteral("pikachu")), RequestQueue::Priority::Normal,
                              RequestQueue::CacheUse::Prefer, asker),
                    &RequestHandle::finished, this,
                    [&results](const NetworkResult &result) { results.append(result); });
        }
        if (!QTest::qWaitFor([&] { return results.size() == 2; }, 10000))
            results.clear();
        return results;
    };

    // From the network: the worker that inflated the answer read it, once for both askers.
    QList<NetworkResult> results = fetchTwice(reader);
    QCOMPARE(results.size(), 2);
    for (const NetworkResult &result : std::as_const(results)) {
        QVERIFY(result.read.isBy(reader));
        QCOMPARE(result.read.value.toString(), QStringLiteral("pikachu"));
        QVERIFY(!result.body.isEmpty()); // still there, for an asker with another reader
    }
    QCOMPARE(readings.load(), 1);
    QCOMPARE(m_server->requestCount(), 1);

    // From the disk cache: the thread that read the entry read the body too.
    store.waitForIdle();
    const BodyReader other { 7, reader.read };
    results = fetchTwice(other);
    QCOMPARE(results.size(), 2);
    QVERIFY(results.at(0).fromCache);
    QVERIFY(results.at(0).read.isBy(reader)); // the first asker's reader read it
    QVERIFY(!results.at(0).read.isBy(other)); // the other asker must read it itself
    QCOMPARE(results.at(0).read.value.toString(), QStringLiteral("pikachu"));
    QCOMPARE(readings.load(), 2);
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(!onQueueThread.load());

    // No reader, no reading: the body as it came.
    const NetworkResult plain = getOne(queue, QStringLiteral("pikachu"));
    QVERIFY(plain.isSuccess());
    QCOMPARE(plain.read.key, quintptr(0));
    QCOMPARE(readings.load(), 2);
}

void tst_RequestQueue::aRequestWaitingForTheCacheMovesWithItsPriority()
{
    // Offline with no store, the cache's answers ("not cached") come in the order its line
    // is served, one event-loop turn after the requests are made: the line itself is seen.
    RequestQueue queue(m_nam.get());
    queue.setOffline(true);
    QStringList order;
    const auto get = [&](const char *name, RequestQueue::Priority priority) {
        const QString pokemon = QString::fromLatin1(name);
        RequestHandle *handle = queue.get(pokemonUrl(pokemon), priority);
        connect(handle, &RequestHandle::finished, this,
                [&order, pokemon] { order.append(pokemon); });
        return handle;
    };
    RequestHandle *pikachu = get("pikachu", RequestQueue::Priority::Normal);
    get("eevee", RequestQueue::Priority::Normal);
    get("gengar", RequestQueue::Priority::Low);
    RequestHandle *snorlax = get("snorlax", RequestQueue::Priority::Normal);
    pikachu->setPriority(RequestQueue::Priority::Low); // scrolled away: behind gengar
    snorlax->setPriority(RequestQueue::Priority::High); // scrolled on: first

    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 4, 5000);
    QCOMPARE(order,
             (QStringList { QStringLiteral("snorlax"), QStringLiteral("eevee"),
                            QStringLiteral("gengar"), QStringLiteral("pikachu") }));
    QCOMPARE(m_server->requestCount(), 0);
}

void tst_RequestQueue::theMostUrgentHandleOfASharedUrlDecides()
{
    m_server->setDelay(30);
    RequestQueue queue(m_nam.get());
    queue.setMaxInFlight(1);
    QStringList order;
    for (const char *name : { "pikachu", "eevee", "gengar" }) {
        const QString pokemon = QString::fromLatin1(name);
        connect(queue.get(pokemonUrl(pokemon)), &RequestHandle::finished, this,
                [&order, pokemon] { order.append(pokemon); });
    }
    RequestHandle *background
        = queue.get(pokemonUrl(QStringLiteral("snorlax")), RequestQueue::Priority::Low);
    connect(background, &RequestHandle::finished, this,
            [&order] { order.append(QStringLiteral("snorlax (low)")); });
    // Someone looking at it now: the shared request goes next.
    RequestHandle *visible
        = queue.get(pokemonUrl(QStringLiteral("snorlax")), RequestQueue::Priority::High);
    connect(visible, &RequestHandle::finished, this,
            [&order] { order.append(QStringLiteral("snorlax (high)")); });
    // One of its handles going down to Low does not take the request down with it.
    background->setPriority(RequestQueue::Priority::Low);

    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 5, 10000);
    QCOMPARE(order.mid(0, 3),
             (QStringList { QStringLiteral("pikachu"), QStringLiteral("snorlax (low)"),
                            QStringLiteral("snorlax (high)") }));
    QCOMPARE(m_server->requestCount(), 4);
}

void tst_RequestQueue::oversizedBodyIsRefused()
{
    RequestQueue queue(m_nam.get());
    queue.setMaxBodySize(10 * 1024); // pikachu is ~250 KB
    const NetworkResult result = getOne(queue, QStringLiteral("pikachu"));
    QVERIFY(!result.isSuccess());
    QVERIFY(result.body.isEmpty());
    QVERIFY2(result.errorString.contains(QStringLiteral("larger than")),
             qPrintable(result.errorString));
}

void tst_RequestQueue::stalledServerTimesOut()
{
    m_server->setFaultFor(QStringLiteral("/api/v2/pokemon/pikachu"), FakePokeApi::Fault::Stall);
    RequestQueue queue(m_nam.get());
    queue.setRetryPolicy(1, 0);
    queue.setTransferTimeout(300);
    const NetworkResult result = getOne(queue, QStringLiteral("pikachu"));
    QCOMPARE(result.error, QNetworkReply::TimeoutError);
    QVERIFY2(result.errorString.contains(QStringLiteral("No answer")),
             qPrintable(result.errorString));
    QCOMPARE(queue.inFlightCount(), 0);
}

void tst_RequestQueue::connectionClosedMidBodyIsAnError()
{
    m_server->setFaultFor(QStringLiteral("/api/v2/pokemon/pikachu"),
                          FakePokeApi::Fault::CloseMidBody);
    RequestQueue queue(m_nam.get());
    const NetworkResult result = getOne(queue, QStringLiteral("pikachu"));
    QVERIFY(!result.isSuccess());
    QCOMPARE(result.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(result.body.isEmpty()); // never partial data
    QVERIFY2(result.errorString.contains(QStringLiteral("closed the connection")),
             qPrintable(result.errorString));
}

void tst_RequestQueue::notFoundKeepsItsBody()
{
    RequestQueue queue(m_nam.get());
    const NetworkResult result = getOne(queue, QStringLiteral("bad_name"));
    QVERIFY(result.isNotFound());
    QVERIFY(!result.isSuccess());
    QCOMPARE(result.body, QByteArray("Not Found"));
}

void tst_RequestQueue::connectionRefusedIsReadable()
{
    const QUrl closed = m_server->apiUrl();
    m_server.reset(); // nothing listens on that port any more
    RequestQueue queue(m_nam.get());
    queue.setRetryPolicy(1, 0);
    RequestHandle *handle = queue.get(closed.resolved(QUrl(QStringLiteral("pokemon/pikachu"))));
    QSignalSpy spy(handle, &RequestHandle::finished);
    QVERIFY(spy.wait(5000));
    const auto result = spy.at(0).at(0).value<NetworkResult>();
    QCOMPARE(result.error, QNetworkReply::ConnectionRefusedError);
    QVERIFY2(result.errorString.contains(QStringLiteral("refused")),
             qPrintable(result.errorString));
}

// Makes `path` answer `status` (or `fault`) for the first `failures` requests, then normally.
static void failFirst(FakePokeApi *server, QObject *context, const QString &path, int failures,
                      int status, FakePokeApi::Fault fault = FakePokeApi::Fault::None)
{
    if (fault != FakePokeApi::Fault::None)
        server->setFaultFor(path, fault);
    else
        server->setResponseFor(path, status, "try again", "text/plain");
    auto seen = std::make_shared<int>(0);
    QObject::connect(server, &FakePokeApi::requestReceived, context,
                     [server, path, failures, seen](const QString &received) {
                         if (received == path && ++*seen == failures) {
                             server->setFaultFor(path, FakePokeApi::Fault::None);
                             server->setResponseFor(path, 0, {}); // status 0: no override
                         }
                     });
}

void tst_RequestQueue::transientFailuresAreRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<FakePokeApi::Fault>("fault");
    QTest::addRow("429") << 429 << FakePokeApi::Fault::None;
    QTest::addRow("500") << 500 << FakePokeApi::Fault::None;
    QTest::addRow("502") << 502 << FakePokeApi::Fault::None;
    QTest::addRow("503") << 503 << FakePokeApi::Fault::None;
    QTest::addRow("504") << 504 << FakePokeApi::Fault::None;
    QTest::addRow("closed before response") << 0 << FakePokeApi::Fault::CloseBeforeResponse;
    QTest::addRow("closed mid-body") << 0 << FakePokeApi::Fault::CloseMidBody;
}

void tst_RequestQueue::transientFailuresAreRetried()
{
    QFETCH(int, status);
    QFETCH(FakePokeApi::Fault, fault);
    const QString path = QStringLiteral("/api/v2/pokemon/pikachu");
    failFirst(m_server.get(), this, path, 2, status, fault);
    RequestQueue queue(m_nam.get());
    queue.setRetryPolicy(4, 10);
    QSignalSpy retries(&queue, &RequestQueue::retryScheduled);
    QSignalSpy limits(&queue, &RequestQueue::rateLimited);

    RequestHandle *handle = queue.get(pokemonUrl(QStringLiteral("pikachu")));
    QSignalSpy spy(handle, &RequestHandle::finished);
    QVERIFY(spy.wait(10000));

    const auto result = spy.at(0).at(0).value<NetworkResult>();
    QVERIFY2(result.isSuccess(), qPrintable(result.errorString));
    QVERIFY(result.body.contains("\"pikachu\""));
    // A 429 is waited out as a rate limit, every other failure retried.
    QCOMPARE(limits.size(), status == 429 ? 2 : 0);
    QCOMPARE(result.attempts, retries.size() + limits.size() + 1);
    if (fault == FakePokeApi::Fault::None) {
        QCOMPARE(result.attempts, 3);
        QCOMPARE(m_server->requestCount(), 3);
    } else {
        // When a reused keep-alive connection closes, Qt itself re-sends once before
        // reporting an error, so the server may see more requests than we made attempts.
        QVERIFY(result.attempts >= 2);
        QVERIFY(m_server->requestCount() >= 3);
    }
}

void tst_RequestQueue::permanentFailuresAreNotRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::addRow("400") << 400;
    QTest::addRow("403") << 403;
    QTest::addRow("404") << 404;
}

void tst_RequestQueue::permanentFailuresAreNotRetried()
{
    QFETCH(int, status);
    m_server->setResponseFor(QStringLiteral("/api/v2/pokemon/pikachu"), status, "no", "text/plain");
    RequestQueue queue(m_nam.get());
    queue.setRetryPolicy(4, 10);
    const NetworkResult result = getOne(queue, QStringLiteral("pikachu"));
    QCOMPARE(result.httpStatus, status);
    QCOMPARE(result.attempts, 1);
    QCOMPARE(m_server->requestCount(), 1);
}

void tst_RequestQueue::givesUpAfterMaxAttempts()
{
    m_server->setResponseFor(QStringLiteral("/api/v2/pokemon/pikachu"), 503, "busy", "text/plain");
    RequestQueue queue(m_nam.get());
    queue.setRetryPolicy(3, 5);
    const NetworkResult result = getOne(queue, QStringLiteral("pikachu"));
    QCOMPARE(result.httpStatus, 503);
    QCOMPARE(result.attempts, 3);
    QCOMPARE(m_server->requestCount(), 3);
    QVERIFY2(result.errorString.contains(QStringLiteral("gave up after 3 attempts")),
             qPrintable(result.errorString));
}

void tst_RequestQueue::retryAfterIsHonoured()
{
    const QString path = QStringLiteral("/api/v2/pokemon/pikachu");
    failFirst(m_server.get(), this, path, 1, 429);
    m_server->setExtraHeaders(path, { { "Retry-After", "1" } });
    QElapsedTimer clock;
    clock.start();
    QList<qint64> arrivals;
    connect(m_server.get(), &FakePokeApi::requestReceived, this, [&](const QString &received) {
        if (received == path)
            arrivals.append(clock.elapsed());
    });
    RequestQueue queue(m_nam.get());
    queue.setRetryPolicy(4, 10);
    QSignalSpy limits(&queue, &RequestQueue::rateLimited);
    RequestHandle *handle = queue.get(pokemonUrl(QStringLiteral("pikachu")));
    QSignalSpy spy(handle, &RequestHandle::finished);
    QVERIFY(spy.wait(10000));
    QVERIFY(spy.at(0).at(0).value<NetworkResult>().isSuccess());
    QCOMPARE(limits.size(), 1);
    QCOMPARE(limits.at(0).at(0).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(limits.at(0).at(1).toInt(), 1000); // waited what the server asked, not 10 ms
    // What the server saw: the second attempt came at least the asked second after the first
    // (not after the 10 ms backoff). No upper bound: a loaded machine may be late.
    QCOMPARE(arrivals.size(), 2);
    QVERIFY2(arrivals.at(1) - arrivals.at(0) >= 1000,
             qPrintable(QString::number(arrivals.at(1) - arrivals.at(0))));
}

void tst_RequestQueue::retryAfterTooLongGivesUp()
{
    const QString path = QStringLiteral("/api/v2/pokemon/pikachu");
    m_server->setResponseFor(path, 503, "maintenance", "text/plain");
    m_server->setExtraHeaders(path, { { "Retry-After", "7200" } });
    RequestQueue queue(m_nam.get());
    queue.setRetryPolicy(4, 10, 30000);
    const NetworkResult result = getOne(queue, QStringLiteral("pikachu"));
    QCOMPARE(result.attempts, 1);
    QVERIFY2(result.errorString.contains(QStringLiteral("7200")), qPrintable(result.errorString));
}

void tst_RequestQueue::windowHoldsUnderRetries()
{
    m_server->setDelay(30);
    for (const QString &name : tenNames)
        failFirst(m_server.get(), this, QStringLiteral("/api/v2/pokemon/") + name, 1, 503);
    RequestQueue queue(m_nam.get());
    queue.setMaxInFlight(3);
    queue.setRetryPolicy(4, 1);
    const QStringList order = fetchAll(queue, tenNames);
    QCOMPARE(order.size(), 10);
    QCOMPARE(m_server->requestCount(), 20);
    QCOMPARE(m_server->peakInFlight(), 3);
}

void tst_RequestQueue::abortWhileWaitingToRetrySendsNothingMore()
{
    m_server->setResponseFor(QStringLiteral("/api/v2/pokemon/pikachu"), 503, "busy", "text/plain");
    RequestQueue queue(m_nam.get());
    queue.setRetryPolicy(4, 300);
    QSignalSpy retries(&queue, &RequestQueue::retryScheduled);
    RequestHandle *handle = queue.get(pokemonUrl(QStringLiteral("pikachu")));
    QSignalSpy spy(handle, &RequestHandle::finished);
    QVERIFY(retries.wait(5000));
    handle->abort();
    // Another request proves the loop ran past the retry's moment.
    RequestHandle *later = queue.get(pokemonUrl(QStringLiteral("eevee")));
    m_server->setDelay(1000);
    QSignalSpy laterSpy(later, &RequestHandle::finished);
    QVERIFY(laterSpy.wait(5000));
    QCOMPARE(spy.size(), 0);
    QCOMPARE(m_server->requestCount(), 2); // pikachu once, eevee once
}

QTEST_GUILESS_MAIN(tst_RequestQueue)
#include "tst_requestqueue.moc"
