// Fault injection at the level people see: a search of eight names through the whole engine
// (SearchController -> PokeApiClient -> RequestQueue -> QNetworkAccessManager) against the
// fake PokeAPI, which misbehaves for some of the names. Whatever it does, every row must end
// in the right terminal state, never with partial data, and the window of requests must hold.
// Plus: cancelling in the middle of retries, and a paste of 10,000 names.

#include "api/pokeapiclient.h"
#include "fakepokeapi.h"
#include "net/cachestore.h"
#include "net/requestqueue.h"
#include "search/nameindex.h"
#include "search/pokemonlistmodel.h"
#include "search/searchcontroller.h"
#include "testengine.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

using State = PokemonListModel::State;

namespace {

// What the fake does to one name's /api/v2/pokemon/<name>.
enum class Kind {
    Ok,
    Http500,
    Http502,
    Http503,
    Http504,
    Http429RetryAfter0,
    Http429RetryAfter1,
    Stall,
    Trickle,
    CloseBeforeResponse,
    CloseMidBody,
    TruncatedGzip,
    GzipBomb,
    HtmlPage,
    Oversized,
    OversizedWithoutLength,
    OversizedIncompressible, // compresses too little to look like a gzip bomb
    MalformedJson,
    TruncatedJson,
    NestedJson,
    WrongTypes,
    EmptyBody,
    NotFound, // the name is a typo: PokeAPI's own 404
};

struct NameFault
{
    QString name;
    Kind kind = Kind::Ok;
    int times = -1; // how many requests misbehave before the fake answers normally; -1: all
};

// What must become of a name, and how many requests the server may see for it.
struct Expectation
{
    State state = State::Loaded;
    QString errorContains;
    int minRequests = 1;
    int maxRequests = 1;
};

constexpr int Window = 3;
constexpr int Attempts = 4;
constexpr int TimeoutMs = 500;
constexpr qint64 DefaultCap = 8 * 1024 * 1024;

const QStringList eightNames = {
    QStringLiteral("bulbasaur"), QStringLiteral("charmander"), QStringLiteral("charizard"),
    QStringLiteral("squirtle"),  QStringLiteral("pikachu"),    QStringLiteral("gengar"),
    QStringLiteral("eevee"),     QStringLiteral("snorlax"),
};

bool isTransient(Kind kind)
{
    switch (kind) {
    case Kind::Http502:
    case Kind::Http503:
    case Kind::Http504:
    case Kind::Http429RetryAfter0:
    case Kind::Http429RetryAfter1:
    case Kind::Http500:
    case Kind::CloseBeforeResponse:
    case Kind::CloseMidBody:
    case Kind::Stall:
    case Kind::Trickle:
        return true;
    default:
        return false;
    }
}

Expectation expectationFor(const NameFault &fault)
{
    Expectation e;
    const QString gaveUp = QStringLiteral("gave up after %1 attempts").arg(Attempts);
    if (fault.kind == Kind::Trickle) {
        // Only the whole-exchange deadline ends it, and a server that slow is not asked again.
        e.state = State::Error;
        e.errorContains = QStringLiteral("still arriving after 2 s");
        e.minRequests = e.maxRequests = 1;
        return e;
    }
    if (fault.kind == Kind::Stall) {
        // A server that says nothing gets one more chance, not every attempt.
        const bool recovers = fault.times >= 0 && fault.times < 2;
        e.state = recovers ? State::Loaded : State::Error;
        e.minRequests = e.maxRequests = recovers ? fault.times + 1 : 2;
        if (!recovers)
            e.errorContains = QStringLiteral("No answer from the server within 0.5 s");
        return e;
    }
    if (isTransient(fault.kind)) {
        const bool recovers = fault.times >= 0 && fault.times < Attempts;
        // A connection closed by the server may be re-sent by Qt itself before it reports
        // the error to us, so the server can see more requests than we made attempts.
        const bool qtResends
            = fault.kind == Kind::CloseBeforeResponse || fault.kind == Kind::CloseMidBody;
        e.state = recovers ? State::Loaded : State::Error;
        e.minRequests = recovers ? fault.times + 1 : Attempts;
        e.maxRequests = qtResends ? 2 * Attempts : e.minRequests;
        if (!recovers) {
            switch (fault.kind) {
            case Kind::CloseBeforeResponse:
                e.errorContains = QStringLiteral("closed the connection");
                break;
            case Kind::CloseMidBody:
                // "... closed the connection before the answer was complete", or, when the
                // body was compressed, "The connection to ... broke off before the answer ..."
                e.errorContains = QStringLiteral("before the answer was complete");
                break;
            default:
                e.errorContains = gaveUp;
                break;
            }
        }
        return e;
    }
    switch (fault.kind) {
    case Kind::Ok:
        break;
    case Kind::TruncatedGzip:
        // Never Loaded; retried like a connection that broke off, as that is what it looks like.
        e.state = State::Error;
        e.errorContains = QStringLiteral("broke off before the answer was complete");
        e.minRequests = e.maxRequests = Attempts;
        break;
    case Kind::GzipBomb:
    case Kind::Oversized:
    case Kind::OversizedWithoutLength:
    case Kind::OversizedIncompressible:
        e.state = State::Error;
        e.errorContains = QStringLiteral("larger than 8 MB");
        break;
    case Kind::HtmlPage:
    case Kind::MalformedJson:
    case Kind::TruncatedJson:
    case Kind::NestedJson:
    case Kind::WrongTypes:
    case Kind::EmptyBody:
        e.state = State::Error;
        e.errorContains = QStringLiteral("Unexpected answer");
        break;
    case Kind::NotFound:
        e.state = State::NotFound;
        break;
    default:
        Q_UNREACHABLE();
    }
    return e;
}

QByteArray pikachuJson()
{
    QFile file(QStringLiteral(POKEDEX_TEST_DATA "/api/v2/pokemon/25.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read pikachu");
    return file.readAll();
}

// Twenty million spaces around a JSON object: ~20 KB on the wire, 20 MB once inflated.
const QByteArray &gzipBomb()
{
    static const QByteArray bomb
        = FakePokeApi::gzip("{\"name\":\"bomb\"" + QByteArray(20 * 1024 * 1024, ' ') + '}');
    return bomb;
}

// 9 MB of random hex digits in a JSON string, gzipped: about half the size, nothing like a
// bomb, so only our own cap can refuse it.
const QByteArray &incompressibleGzippedJson()
{
    static const QByteArray json = []() -> QByteArray {
        QRandomGenerator rng(42);
        QByteArray hex(9 * 1024 * 1024, Qt::Uninitialized);
        for (char &c : hex)
            c = "0123456789abcdef"[rng.bounded(16)];
        return FakePokeApi::gzip("{\"padding\":\"" + hex + "\"}");
    }();
    return json;
}

QString kindName(Kind kind)
{
    static const char *const names[] = {
        "ok",
        "500",
        "502",
        "503",
        "504",
        "429 Retry-After: 0",
        "429 Retry-After: 1",
        "stall",
        "trickle",
        "close before response",
        "close mid-body",
        "truncated gzip",
        "gzip bomb",
        "html page",
        "oversized",
        "oversized without length",
        "oversized gzip",
        "malformed json",
        "truncated json",
        "nested json",
        "wrongly typed json",
        "empty body",
        "not found",
    };
    static_assert(std::size(names) == size_t(Kind::NotFound) + 1);
    return QLatin1String(names[int(kind)]);
}

} // namespace

Q_DECLARE_METATYPE(QList<NameFault>)

class tst_FaultInjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyNameEndsInTheRightState_data();
    void everyNameEndsInTheRightState();
    void gzipIsReallyUsed();
    void damagedAnswersAreNotCached_data();
    void damagedAnswersAreNotCached();
    void cancelDuringRetriesLeavesNothingLoadingAndSendsNothingMore();
    void pasteOfTenThousandNames();
    void newSearchDuringAPasteCancelsIt();

private:
    void inject(const NameFault &fault);
    QString pokemonPath(const QString &name) const
    {
        return QStringLiteral("/api/v2/pokemon/") + name;
    }

    std::unique_ptr<FakePokeApi> m_server;
    std::unique_ptr<TestEngine> m_engine;
    QNetworkAccessManager *m_nam = nullptr;
    PokeApiClient *m_client = nullptr;
    PokemonListModel *m_model = nullptr;
    NameIndex *m_index = nullptr;
    SearchController *m_controller = nullptr;
    int m_clientPeakInFlight = 0;
};

void tst_FaultInjection::init()
{
    m_server = std::make_unique<FakePokeApi>(QStringLiteral(POKEDEX_TEST_DATA));
    QVERIFY(m_server->listen());
    m_engine = std::make_unique<TestEngine>(m_server->apiUrl());
    m_nam = &m_engine->nam;
    m_client = &m_engine->client;
    m_model = &m_engine->model;
    m_index = &m_engine->index;
    m_controller = &m_engine->controller;
    RequestQueue *queue = m_client->queue();
    queue->setMaxInFlight(Window);
    queue->setRetryPolicy(Attempts, 5);
    queue->setTransferTimeout(TimeoutMs);
    QCOMPARE(queue->maxBodySize(), DefaultCap);
    m_clientPeakInFlight = 0;
    connect(queue, &RequestQueue::countsChanged, this, [this](int inFlight, int) {
        m_clientPeakInFlight = qMax(m_clientPeakInFlight, inFlight);
    });
}

void tst_FaultInjection::cleanup()
{
    m_engine.reset();
    m_server.reset();
}

// Makes the fake misbehave for fault.name, for fault.times requests (or for good).
void tst_FaultInjection::inject(const NameFault &fault)
{
    FakePokeApi *server = m_server.get();
    const QString path = pokemonPath(fault.name);
    QList<QPair<QByteArray, QByteArray>> headers;
    switch (fault.kind) {
    case Kind::Ok:
    case Kind::NotFound:
        return;
    case Kind::Http500:
        server->setResponseFor(path, 500, "Internal Server Error", "text/plain");
        break;
    case Kind::Http502:
        server->setResponseFor(path, 502, "Bad Gateway", "text/plain");
        break;
    case Kind::Http503:
        server->setResponseFor(path, 503, "Service Unavailable", "text/plain");
        break;
    case Kind::Http504:
        server->setResponseFor(path, 504, "Gateway Timeout", "text/plain");
        break;
    case Kind::Http429RetryAfter0:
    case Kind::Http429RetryAfter1:
        server->setResponseFor(path, 429, "Too Many Requests", "text/plain");
        headers.append({ QByteArrayLiteral("Retry-After"),
                         fault.kind == Kind::Http429RetryAfter0 ? QByteArrayLiteral("0")
                                                                : QByteArrayLiteral("1") });
        break;
    case Kind::Stall:
        server->setFaultFor(path, FakePokeApi::Fault::Stall);
        break;
    case Kind::Trickle:
        server->setFaultFor(path, FakePokeApi::Fault::Trickle);
        break;
    case Kind::CloseBeforeResponse:
        server->setFaultFor(path, FakePokeApi::Fault::CloseBeforeResponse);
        break;
    case Kind::CloseMidBody:
        server->setFaultFor(path, FakePokeApi::Fault::CloseMidBody);
        break;
    case Kind::TruncatedGzip:
        server->setFaultFor(path, FakePokeApi::Fault::TruncatedGzip);
        break;
    case Kind::GzipBomb:
        server->setResponseFor(path, 200, gzipBomb());
        headers.append({ QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip") });
        break;
    case Kind::HtmlPage:
        server->setResponseFor(path, 200,
                               "<!DOCTYPE html><html><head><title>Captive portal</title></head>"
                               "<body><h1>Please log in</h1></body></html>",
                               "text/html; charset=utf-8");
        break;
    case Kind::Oversized:
        server->setResponseFor(path, 200, FakePokeApi::paddedJson(DefaultCap + 1024 * 1024));
        break;
    case Kind::OversizedWithoutLength:
        server->setResponseFor(path, 200, FakePokeApi::paddedJson(DefaultCap + 1024 * 1024));
        server->setFaultFor(path, FakePokeApi::Fault::NoContentLength);
        break;
    case Kind::OversizedIncompressible:
        server->setResponseFor(path, 200, incompressibleGzippedJson());
        headers.append({ QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip") });
        break;
    case Kind::MalformedJson:
        server->setResponseFor(path, 200, "{\"id\": 25, \"name\": \"pikachu\",, ]");
        break;
    case Kind::TruncatedJson: {
        const QByteArray whole = pikachuJson();
        server->setResponseFor(path, 200, whole.left(whole.size() / 2));
        break;
    }
    case Kind::NestedJson:
        server->setResponseFor(path, 200, QByteArray(100000, '[') + QByteArray(100000, ']'));
        break;
    case Kind::WrongTypes:
        server->setResponseFor(path, 200, "{\"id\":\"twenty-five\",\"name\":25,\"types\":{}}");
        break;
    case Kind::EmptyBody:
        server->setResponseFor(path, 200, QByteArray());
        break;
    }
    if (!headers.isEmpty())
        server->setExtraHeaders(path, headers);
    if (fault.times < 0)
        return;
    // After `times` requests the fake answers normally again.
    auto seen = std::make_shared<int>(0);
    connect(server, &FakePokeApi::requestReceived, this,
            [server, path, times = fault.times, seen](const QString &received) {
                if (received == path && ++*seen == times) {
                    server->setFaultFor(path, FakePokeApi::Fault::None);
                    server->setResponseFor(path, 0, {});
                    server->setExtraHeaders(path, {});
                }
            });
}

void tst_FaultInjection::everyNameEndsInTheRightState_data()
{
    QTest::addColumn<QList<NameFault>>("faults");
    QTest::addColumn<bool>("gzip"); // the fake compresses every answer

    auto only = [](std::initializer_list<NameFault> faults) {
        QList<NameFault> all;
        for (const QString &name : eightNames) {
            NameFault fault { name, Kind::Ok, -1 };
            for (const NameFault &f : faults) {
                if (f.name == name)
                    fault = f;
            }
            all.append(fault);
        }
        return all;
    };
    // `count` distinct names drawn with a fixed seed, each with `kind` and times from `times`.
    auto random = [](quint32 seed, int count, Kind kind, int minTimes, int maxTimes) {
        QRandomGenerator rng(seed);
        QList<NameFault> all;
        for (const QString &name : eightNames)
            all.append(NameFault { name, Kind::Ok, -1 });
        QSet<int> picked;
        while (picked.size() < count)
            picked.insert(int(rng.bounded(quint32(eightNames.size()))));
        for (int i : picked) {
            all[i].kind = kind;
            all[i].times = minTimes < 0 ? -1 : int(rng.bounded(minTimes, maxTimes + 1));
        }
        return all;
    };
    const QString pikachu = QStringLiteral("pikachu");
    const QString gengar = QStringLiteral("gengar");

    QTest::newRow("no fault") << only({}) << false;
    for (quint32 seed : { 1u, 2u, 3u }) {
        QTest::addRow("random 500s, seed %u", seed)
            << random(seed, 3, Kind::Http500, -1, -1) << false;
        QTest::addRow("random 503s that pass, seed %u", seed)
            << random(seed, 3, Kind::Http503, 1, Attempts - 1) << false;
    }
    QTest::newRow("502 then fine") << only({ { pikachu, Kind::Http502, 2 } }) << false;
    QTest::newRow("504 then fine") << only({ { pikachu, Kind::Http504, 1 } }) << false;
    QTest::newRow("503 for good") << only({ { gengar, Kind::Http503, -1 } }) << false;
    QTest::newRow("429 Retry-After: 0") << only(
        { { pikachu, Kind::Http429RetryAfter0, 2 }, { gengar, Kind::Http429RetryAfter0, 1 } })
                                        << false;
    QTest::newRow("429 Retry-After: 1")
        << only({ { gengar, Kind::Http429RetryAfter1, 1 } }) << false;
    // The first two names stall: with a window of 3, every later name has to pass them.
    QTest::newRow("stalls") << only({ { QStringLiteral("bulbasaur"), Kind::Stall, -1 },
                                      { QStringLiteral("charmander"), Kind::Stall, -1 } })
                            << false;
    QTest::newRow("stall once") << only({ { pikachu, Kind::Stall, 1 } }) << false;
    QTest::newRow("slow trickle") << only({ { QStringLiteral("bulbasaur"), Kind::Trickle, -1 } })
                                  << false;
    QTest::newRow("closed before response, then fine") << only(
        { { pikachu, Kind::CloseBeforeResponse, 2 }, { gengar, Kind::CloseBeforeResponse, 1 } })
                                                       << false;
    QTest::newRow("closed mid-body, then fine")
        << only({ { pikachu, Kind::CloseMidBody, 2 }, { gengar, Kind::CloseMidBody, 1 } }) << false;
    QTest::newRow("closed mid-body for good")
        << only({ { pikachu, Kind::CloseMidBody, -1 } }) << false;
    QTest::newRow("gzip, no fault") << only({}) << true;
    QTest::newRow("gzip, closed mid-body for good")
        << only({ { pikachu, Kind::CloseMidBody, -1 } }) << true;
    QTest::newRow("gzip, closed mid-body, then fine")
        << only({ { pikachu, Kind::CloseMidBody, 1 } }) << true;
    QTest::newRow("truncated gzip") << only({ { pikachu, Kind::TruncatedGzip, -1 } }) << false;
    QTest::newRow("gzip bomb") << only({ { pikachu, Kind::GzipBomb, -1 } }) << false;
    QTest::newRow("gzip, oversized body")
        << only({ { pikachu, Kind::OversizedIncompressible, -1 } }) << false;
    QTest::newRow("html page with 200") << only({ { pikachu, Kind::HtmlPage, -1 } }) << false;
    QTest::newRow("oversized body") << only({ { pikachu, Kind::Oversized, -1 } }) << false;
    QTest::newRow("oversized body without length")
        << only({ { pikachu, Kind::OversizedWithoutLength, -1 } }) << false;
    QTest::newRow("malformed json") << only({ { pikachu, Kind::MalformedJson, -1 } }) << false;
    QTest::newRow("truncated json") << only({ { pikachu, Kind::TruncatedJson, -1 } }) << false;
    QTest::newRow("absurdly nested json") << only({ { pikachu, Kind::NestedJson, -1 } }) << false;
    QTest::newRow("wrongly typed json") << only({ { pikachu, Kind::WrongTypes, -1 } }) << false;
    QTest::newRow("empty body") << only({ { pikachu, Kind::EmptyBody, -1 } }) << false;
    {
        QList<NameFault> typo = only({});
        typo[2] = { QStringLiteral("charzard"), Kind::NotFound, -1 };
        QTest::newRow("404 for one name") << typo << false;
    }
    // Everything at once: each name gets a fault drawn with a fixed seed.
    const Kind chaos[] = { Kind::Ok,
                           Kind::Http500,
                           Kind::Http502,
                           Kind::Http503,
                           Kind::Http504,
                           Kind::Http429RetryAfter0,
                           Kind::Stall,
                           Kind::CloseBeforeResponse,
                           Kind::CloseMidBody,
                           Kind::TruncatedGzip,
                           Kind::HtmlPage,
                           Kind::Oversized,
                           Kind::MalformedJson,
                           Kind::NestedJson };
    for (quint32 seed : { 11u, 12u, 13u, 14u }) {
        QRandomGenerator rng(seed);
        QList<NameFault> faults;
        for (const QString &name : eightNames) {
            const Kind kind = chaos[rng.bounded(int(std::size(chaos)))];
            // Transient faults pass after 1 to 3 requests, or never (0 is drawn as "never").
            const int times = isTransient(kind) ? int(rng.bounded(0, Attempts)) : -1;
            faults.append(NameFault { name, kind, times == 0 ? -1 : times });
        }
        QTest::addRow("chaos, seed %u", seed) << faults << bool(seed % 2);
    }
}

void tst_FaultInjection::everyNameEndsInTheRightState()
{
    QFETCH(QList<NameFault>, faults);
    QFETCH(bool, gzip);
    m_server->setGzip(gzip);
    m_server->setDelay(20); // so that requests overlap at the server and the peak means something
    QStringList names;
    QString plan;
    for (const NameFault &fault : faults) {
        inject(fault);
        names.append(fault.name);
        plan += fault.name + QStringLiteral(": ") + kindName(fault.kind) + QStringLiteral(" x")
            + QString::number(fault.times) + QStringLiteral("; ");
    }
    QSignalSpy finished(m_controller, &SearchController::finished);

    m_controller->search(names.join(u','));
    QCOMPARE(m_model->rowCount(), names.size());
    QVERIFY2(finished.wait(60000), qPrintable(plan));

    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_model->counts().loading, 0);
    for (int row = 0; row < faults.size(); ++row) {
        const NameFault &fault = faults.at(row);
        const Expectation expected = expectationFor(fault);
        const PokemonListModel::Entry &entry = m_model->entry(row);
        const QString what = fault.name + QStringLiteral(" (") + kindName(fault.kind)
            + QStringLiteral(" x") + QString::number(fault.times) + QStringLiteral("): state ")
            + QString::number(int(entry.state)) + QStringLiteral(", error \"") + entry.error
            + QStringLiteral("\"; plan: ") + plan;
        QVERIFY2(entry.state == expected.state, qPrintable(what));
        switch (expected.state) {
        case State::Loaded:
            // Never partial or foreign data: the whole document of the right Pokémon.
            QVERIFY2(entry.pokemon.name == fault.name, qPrintable(what));
            QVERIFY2(!entry.pokemon.types.isEmpty(), qPrintable(what));
            break;
        case State::Error:
            QVERIFY2(!entry.error.isEmpty(), qPrintable(what));
            QVERIFY2(entry.error.contains(expected.errorContains), qPrintable(what));
            break;
        case State::NotFound:
            QVERIFY2(entry.suggestions.contains(QStringLiteral("charizard")), qPrintable(what));
            break;
        case State::Loading:
        case State::Listed:
        case State::NotLoaded:
            QFAIL("unreachable");
        }
        const int requests = int(m_server->requestedPaths().count(pokemonPath(fault.name)));
        QVERIFY2(requests >= expected.minRequests && requests <= expected.maxRequests,
                 qPrintable(QStringLiteral("%1 requests for ").arg(requests) + what));
    }
    // The window held on the wire and in the queue, and nothing is left over.
    QVERIFY2(m_server->peakInFlight() <= Window,
             qPrintable(QString::number(m_server->peakInFlight())));
    QVERIFY(m_clientPeakInFlight <= Window);
    QCOMPARE(m_client->queue()->inFlightCount(), 0);
    QCOMPARE(m_client->queue()->pendingCount(), 0);
    QVERIFY(!m_controller->isRunning());
}

// The gzip rows above prove something only if the engine asks for gzip, gets it and inflates it.
void tst_FaultInjection::gzipIsReallyUsed()
{
    m_server->setGzip(true);
    QVERIFY(m_engine->search(QStringLiteral("pikachu")));
    QCOMPARE(m_model->entry(0).state, State::Loaded);
    QCOMPARE(m_model->entry(0).pokemon.name, QStringLiteral("pikachu"));

    // The fake compresses only for a request that accepts gzip.
    QList<QByteArray> acceptEncodings;
    for (const HttpRequest &request : m_server->requests()) {
        if (request.path() == pokemonPath(QStringLiteral("pikachu")).toUtf8())
            acceptEncodings.append(request.header("Accept-Encoding"));
    }
    QCOMPARE(acceptEncodings.size(), 1);
    const QList<QByteArray> codings = acceptEncodings.first().split(',');
    QVERIFY2(std::any_of(codings.cbegin(), codings.cend(),
                         [](const QByteArray &coding) { return coding.trimmed() == "gzip"; }),
             acceptEncodings.first().constData());

    // And the answer really went out compressed.
    const QUrl url = m_server->apiUrl().resolved(QUrl(QStringLiteral("pokemon/pikachu")));
    std::unique_ptr<QNetworkReply> reply(m_nam->get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->rawHeader("Content-Encoding"), QByteArray("gzip"));
}

// Qt saves an answer in the cache as it arrives; one we refused must not be served from there
// the next time (for a day, with no network to put it right).
void tst_FaultInjection::damagedAnswersAreNotCached_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("gzip");
    QTest::newRow("closed mid-body") << int(Kind::CloseMidBody) << false;
    QTest::newRow("gzip, closed mid-body") << int(Kind::CloseMidBody) << true;
    QTest::newRow("truncated gzip") << int(Kind::TruncatedGzip) << false;
    QTest::newRow("html page with 200") << int(Kind::HtmlPage) << false;
    QTest::newRow("malformed json") << int(Kind::MalformedJson) << false;
    QTest::newRow("truncated json") << int(Kind::TruncatedJson) << false;
}

void tst_FaultInjection::damagedAnswersAreNotCached()
{
    QFETCH(int, kind);
    QFETCH(bool, gzip);
    QTemporaryDir cacheDir;
    QVERIFY(cacheDir.isValid());
    m_engine->useDiskCache(cacheDir.path());
    m_server->setGzip(gzip);
    inject({ QStringLiteral("pikachu"), Kind(kind), -1 });
    QSignalSpy finished(m_controller, &SearchController::finished);

    m_controller->search(QStringLiteral("pikachu, eevee"));
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_model->entry(0).state, State::Error);
    QCOMPARE(m_model->entry(1).state, State::Loaded);

    // The server is fine again: pikachu is fetched and loads; eevee comes from the cache.
    m_server->reset();
    m_controller->search(QStringLiteral("pikachu, eevee"));
    QVERIFY(finished.wait(20000));
    QVERIFY2(m_model->entry(0).state == State::Loaded, qPrintable(m_model->entry(0).error));
    QVERIFY(!m_model->entry(0).fromCache);
    QVERIFY(m_model->entry(1).fromCache);
    // (Qt may send pikachu twice itself, when the connection it reuses turns out closed.)
    QStringList requested = m_server->requestedPaths();
    requested.removeDuplicates();
    QCOMPARE(requested, QStringList { pokemonPath(QStringLiteral("pikachu")) });
}

void tst_FaultInjection::cancelDuringRetriesLeavesNothingLoadingAndSendsNothingMore()
{
    for (const QString &name : eightNames)
        m_server->setResponseFor(pokemonPath(name), 503, "busy", "text/plain");
    m_client->queue()->setRetryPolicy(Attempts, 300);
    m_client->queue()->setTransferTimeout(60000); // the last search's answer is slow on purpose
    int longestRetryDelay = 0;
    int retries = 0;
    connect(m_client->queue(), &RequestQueue::retryScheduled, this,
            [&](const QUrl &, int, int delayMs) {
                longestRetryDelay = qMax(longestRetryDelay, delayMs);
                ++retries;
            });
    QSignalSpy finished(m_controller, &SearchController::finished);

    m_controller->search(eightNames.join(u','));
    // In the middle: some names have been tried twice, others wait for their retry.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount() >= 10, 20000);
    QVERIFY(retries >= 8);
    QStringList startedAfterCancel;
    connect(m_client->queue(), &RequestQueue::requestStarted, this,
            [&startedAfterCancel](const QUrl &url) { startedAfterCancel.append(url.path()); });
    // Requests already on their way may still reach the server; nothing else may.
    const int mayStillArrive = m_server->requestCount() + m_client->queue()->inFlightCount();
    m_controller->cancel();

    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_model->counts().loading, 0);
    QCOMPARE(m_model->counts().notLoaded, eightNames.size());
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->entry(row).state, State::NotLoaded);
    QCOMPARE(m_client->queue()->inFlightCount(), 0);
    QCOMPARE(m_client->queue()->pendingCount(), 0);

    // Let every retry timer that was running come due (the next search's answer is delayed
    // past the longest of them, with room for coarse timers): none of them sends anything.
    m_server->setDelayFor(QStringLiteral("ho-oh"),
                          longestRetryDelay + longestRetryDelay / 10 + 200);
    m_controller->search(QStringLiteral("ho-oh"));
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_model->entry(0).state, State::Loaded);
    QCOMPARE(startedAfterCancel, QStringList { QStringLiteral("/api/v2/pokemon/ho-oh") });
    QVERIFY2(m_server->requestCount() <= mayStillArrive + 1,
             qPrintable(m_server->requestedPaths().join(u' ')));
    // (Not necessarily the last to arrive: a request written before the cancel may reach
    // the server after ho-oh, on another connection.)
    QVERIFY(m_server->requestedPaths().contains(QStringLiteral("/api/v2/pokemon/ho-oh")));
}

void tst_FaultInjection::pasteOfTenThousandNames()
{
    constexpr int Count = 10000;
    constexpr int PasteWindow = 6;
    // Tiny synthetic Pokémon: only what the parser needs, ~1 KB each.
    const QJsonObject pikachu = QJsonDocument::fromJson(pikachuJson()).object();
    QJsonObject tiny;
    for (const char *key : { "types", "height", "weight", "stats", "abilities", "species" })
        tiny.insert(QLatin1String(key), pikachu.value(QLatin1String(key)));
    tiny.insert(QLatin1String("sprites"),
                QJsonObject { { QStringLiteral("front_default"), QJsonValue() } });
    QStringList names;
    names.reserve(Count);
    for (int i = 1; i <= Count; ++i) {
        const QString name = QStringLiteral("pastemon-%1").arg(i);
        tiny.insert(QLatin1String("id"), 50000 + i);
        tiny.insert(QLatin1String("name"), name);
        m_server->addPokemon(name, 50000 + i, QJsonDocument(tiny).toJson(QJsonDocument::Compact));
        names.append(name);
    }
    m_engine->stopModelChecks();
    m_client->queue()->setMaxInFlight(PasteWindow);
    m_client->queue()->setTransferTimeout(15000);
    // The first six answers are held until all six requests are on the wire together (so the
    // peak shows the window is used); every later one waits a millisecond, so that requests
    // keep overlapping at the server throughout. (How responsive the event loop stays during
    // such a paste is a number bench_search prints.)
    m_server->setDelay(1);
    for (int i = 0; i < PasteWindow; ++i)
        m_server->hold(pokemonPath(names.at(i)));
    QSignalSpy finished(m_controller, &SearchController::finished);

    m_controller->search(names.join(u'\n'));
    // Every row is there at once, before any answer.
    QCOMPARE(m_model->rowCount(), Count);
    QCOMPARE(m_model->counts().loading, Count);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), PasteWindow, 10000);
    for (int i = 0; i < PasteWindow; ++i)
        m_server->release(pokemonPath(names.at(i)));
    QVERIFY(finished.wait(120000));

    const auto counts = m_model->counts();
    QCOMPARE(counts.loaded, Count);
    QCOMPARE(counts.loading, 0);
    QCOMPARE(m_model->entry(Count - 1).pokemon.name, names.last());
    QCOMPARE(m_server->requestCount(), Count);
    QCOMPARE(m_server->peakInFlight(), PasteWindow);
    QCOMPARE(m_clientPeakInFlight, PasteWindow);
}

// The queue drops what nobody wants without searching through the 10,000 waiting requests
// (that used to make this half a second of frozen window); nothing of the old paste is sent.
void tst_FaultInjection::newSearchDuringAPasteCancelsIt()
{
    m_engine->stopModelChecks();
    QStringList names;
    for (int i = 1; i <= 10000; ++i)
        names.append(QStringLiteral("pastemon-%1").arg(i));
    m_server->setDelay(60000); // the paste's answers never come by themselves
    m_client->queue()->setTransferTimeout(120000);
    QSignalSpy finished(m_controller, &SearchController::finished);
    m_controller->search(names.join(u'\n'));
    QTRY_COMPARE(m_server->inFlight(), Window);
    // Lookups are handed to the client a slice per turn of the event loop.
    QTRY_COMPARE(m_client->queue()->pendingCount(), 10000 - Window);

    m_server->setDelay(0);
    m_controller->search(QStringLiteral("pikachu"));
    QCOMPARE(m_client->queue()->pendingCount() + m_client->queue()->inFlightCount(), 1);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->entry(0).state, State::Loaded);
    QCOMPARE(m_client->queue()->pendingCount(), 0);
    QVERIFY(m_server->requestedPaths().filter(QStringLiteral("pastemon")).size() <= Window);
    QCOMPARE(m_server->requestedPaths().last(), QStringLiteral("/api/v2/pokemon/pikachu"));
}

QTEST_GUILESS_MAIN(tst_FaultInjection)
#include "tst_faultinjection.moc"
