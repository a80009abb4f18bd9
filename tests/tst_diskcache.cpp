// The persistent cache: repeated searches cost no network, typos are remembered, offline
// answers from the cache only, refresh goes back to the network.

#include "api/pokeapiclient.h"
#include "fakepokeapi.h"
#include "net/pokeapidiskcache.h"
#include "net/requestqueue.h"
#include "search/nameindex.h"
#include "search/pokemonlistmodel.h"
#include "search/searchcontroller.h"
#include "testengine.h"

#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using State = PokemonListModel::State;

// One app's worth of engine over a cache directory; a new CachedEngine on the same directory is
// what the next launch of the app sees.
struct CachedEngine : TestEngine
{
    CachedEngine(const QUrl &apiUrl, const QString &cacheDir, bool offline = false)
        : TestEngine(apiUrl)
    {
        if (!cacheDir.isEmpty())
            useDiskCache(cacheDir);
        client.setOffline(offline);
        client.queue()->setRetryPolicy(1, 0);
    }
};

class tst_DiskCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void repeatedSearchCostsNoNetwork();
    void cacheSurvivesARestart();
    void notFoundIsRemembered();
    void staleEntriesAreFetchedAgain();
    void offlineWithoutCacheSendsNothing();
    void offlineAnswersFromTheCacheEvenWhenStale();
    void refreshGoesToTheNetwork();
    void errorsAreNotCached();
    void bodiesAreCompressedOnDisk();
    void damagedEntryIsFetchedAgain();

private:
    std::unique_ptr<FakePokeApi> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_DiskCache::init()
{
    m_server = std::make_unique<FakePokeApi>(QStringLiteral(POKEDEX_TEST_DATA));
    QVERIFY(m_server->listen());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_DiskCache::repeatedSearchCostsNoNetwork()
{
    CachedEngine engine(m_server->apiUrl(), m_dir->path());
    const QString text = QStringLiteral("pikachu, Mr. Mime, deoxys");
    QVERIFY(engine.search(text));
    QCOMPARE(engine.model.counts().loaded, 3);
    QVERIFY(!engine.model.entry(0).fromCache);
    const int firstRun = m_server->requestCount();
    QCOMPARE(firstRun, 5); // deoxys takes three

    QVERIFY(engine.search(text));
    QCOMPARE(engine.model.counts().loaded, 3);
    QCOMPARE(m_server->requestCount(), firstRun); // zero network requests
    for (int row = 0; row < 3; ++row)
        QVERIFY(engine.model.entry(row).fromCache);
    QCOMPARE(engine.model.entry(2).pokemon.name, QStringLiteral("deoxys-normal"));
}

void tst_DiskCache::cacheSurvivesARestart()
{
    {
        CachedEngine first(m_server->apiUrl(), m_dir->path());
        QVERIFY(first.search(QStringLiteral("charizard, eevee")));
    }
    const int before = m_server->requestCount();
    CachedEngine second(m_server->apiUrl(), m_dir->path());
    QVERIFY(second.search(QStringLiteral("charizard, eevee")));
    QCOMPARE(second.model.counts().loaded, 2);
    QCOMPARE(m_server->requestCount(), before);
}

void tst_DiskCache::notFoundIsRemembered()
{
    CachedEngine engine(m_server->apiUrl(), m_dir->path());
    QVERIFY(engine.search(QStringLiteral("bad_name")));
    QCOMPARE(engine.model.entry(0).state, State::NotFound);
    const int before = m_server->requestCount();

    CachedEngine restarted(m_server->apiUrl(), m_dir->path());
    QVERIFY(restarted.search(QStringLiteral("bad_name")));
    QCOMPARE(restarted.model.entry(0).state, State::NotFound);
    QCOMPARE(m_server->requestCount(), before); // not asked again, index listing included
}

void tst_DiskCache::staleEntriesAreFetchedAgain()
{
    CachedEngine engine(m_server->apiUrl(), m_dir->path());
    engine.cache->setMinimumFreshness(0); // everything is stale at once
    QVERIFY(engine.search(QStringLiteral("pikachu")));
    QVERIFY(engine.search(QStringLiteral("pikachu")));
    QCOMPARE(m_server->requestCount(), 2);
    QVERIFY(!engine.model.entry(0).fromCache);
}

void tst_DiskCache::offlineWithoutCacheSendsNothing()
{
    CachedEngine engine(m_server->apiUrl(), m_dir->path(), /*offline*/ true);
    QVERIFY(engine.search(QStringLiteral("pikachu, eevee")));
    QCOMPARE(engine.model.counts().error, 2);
    QCOMPARE(engine.model.entry(0).error, QStringLiteral("Offline, and not in the cache"));
    QCOMPARE(m_server->requestCount(), 0);
}

void tst_DiskCache::offlineAnswersFromTheCacheEvenWhenStale()
{
    {
        CachedEngine online(m_server->apiUrl(), m_dir->path());
        QVERIFY(online.search(QStringLiteral("gengar, bad_name")));
    }
    const int before = m_server->requestCount();
    CachedEngine offline(m_server->apiUrl(), m_dir->path(), true);
    offline.cache->setMinimumFreshness(0);
    QVERIFY(offline.search(QStringLiteral("gengar, bad_name, snorlax")));
    QCOMPARE(offline.model.entry(0).state, State::Loaded);
    QVERIFY(offline.model.entry(0).fromCache);
    QCOMPARE(offline.model.entry(1).state, State::NotFound);
    QCOMPARE(offline.model.entry(2).state, State::Error);
    QCOMPARE(m_server->requestCount(), before);
}

void tst_DiskCache::refreshGoesToTheNetwork()
{
    CachedEngine engine(m_server->apiUrl(), m_dir->path());
    QVERIFY(engine.search(QStringLiteral("pikachu, eevee")));
    QSignalSpy finished(&engine.controller, &SearchController::finished);
    engine.controller.refresh();
    QCOMPARE(engine.model.rowCount(), 2);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_server->requestCount(), 4);
    QCOMPARE(engine.model.counts().loaded, 2);
    QVERIFY(!engine.model.entry(0).fromCache);
}

void tst_DiskCache::errorsAreNotCached()
{
    CachedEngine engine(m_server->apiUrl(), m_dir->path());
    m_server->setResponseFor(QStringLiteral("/api/v2/pokemon/pikachu"), 503, "busy", "text/plain");
    QVERIFY(engine.search(QStringLiteral("pikachu")));
    QCOMPARE(engine.model.entry(0).state, State::Error);
    m_server->setResponseFor(QStringLiteral("/api/v2/pokemon/pikachu"), 0, {});
    QVERIFY(engine.search(QStringLiteral("pikachu")));
    QCOMPARE(engine.model.entry(0).state, State::Loaded);
}

void tst_DiskCache::bodiesAreCompressedOnDisk()
{
    CachedEngine engine(m_server->apiUrl(), m_dir->path());
    QVERIFY(engine.search(QStringLiteral("pikachu")));
    QFile raw(QStringLiteral(POKEDEX_TEST_DATA "/api/v2/pokemon/25.json"));
    QVERIFY(raw.size() > 200 * 1024);
    // Well under a quarter of the document, headers and metadata included.
    QVERIFY2(engine.cache->cacheSize() < raw.size() / 4,
             qPrintable(QString::number(engine.cache->cacheSize())));
    // And it reads back whole.
    const auto entry = engine.cache->lookup(
        m_server->apiUrl().resolved(QUrl(QStringLiteral("pokemon/pikachu"))));
    QVERIFY(entry);
    QVERIFY(entry->fresh);
    QCOMPARE(entry->httpStatus, 200);
    QVERIFY(entry->body.contains("\"lightning-rod\""));
}

void tst_DiskCache::damagedEntryIsFetchedAgain()
{
    {
        CachedEngine engine(m_server->apiUrl(), m_dir->path());
        QVERIFY(engine.search(QStringLiteral("pikachu")));
    }
    // Cut the tail off every cached file, as a crash mid-write or a full disk might.
    QDirIterator files(m_dir->path(), QDir::Files, QDirIterator::Subdirectories);
    int damaged = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() - qMin<qint64>(file.size() / 2, 200)));
        ++damaged;
    }
    QVERIFY(damaged > 0);
    const int before = m_server->requestCount();
    CachedEngine engine(m_server->apiUrl(), m_dir->path());
    QVERIFY(engine.search(QStringLiteral("pikachu")));
    QCOMPARE(engine.model.entry(0).state, State::Loaded);
    QVERIFY(!engine.model.entry(0).fromCache);
    QCOMPARE(m_server->requestCount(), before + 1);
}

QTEST_GUILESS_MAIN(tst_DiskCache)
#include "tst_diskcache.moc"
