// The persistent cache: repeated searches cost no network, typos are remembered, offline
// answers from the cache only, refresh goes back to the network.

#include "api/pokeapiclient.h"
#include "fakepokeapi.h"
#include "net/cachestore.h"
#include "net/pokeapidiskcache.h"
#include "net/requestqueue.h"
#include "search/nameindex.h"
#include "search/pokemonlistmodel.h"
#include "search/searchcontroller.h"
#include "testengine.h"

#include <QDataStream>
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>

using State = PokemonListModel::State;

// How a row damages a cache file.
enum class Damage {
    CutTo, // the first `at` bytes kept; a negative `at` cuts that many off the end
    WrongMagic,
    Garbage, // a valid start, then 4 KB of noise seeded with `at`
    // Counts and lengths as a flipped bit or a torn write leaves them: far more than the file
    // holds. Qt 6.4 reserves room for a list's count before reading a single element.
    HugeRawHeaderCount,
    HugeAttributeCount,
    HugeStringLength,
    HugeListInAttribute,
};
Q_DECLARE_METATYPE(Damage)

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
    void bodiesAreCompressedOnDisk_data();
    void bodiesAreCompressedOnDisk();
    void damagedEntryIsDroppedAndFetchedAgain_data();
    void damagedEntryIsDroppedAndFetchedAgain();
    void entryCutAnywhereIsDropped();
    void entryWithAStatusNoServerSentIsDropped_data();
    void entryWithAStatusNoServerSentIsDropped();
    void entryOfAnEarlierVersionIsStillServed();
    void writesAreDoneOffTheCallersThread();
    void lookupsReadInParallelStillSeeEveryChange();

private:
    QUrl pikachuUrl() const
    {
        return m_server->apiUrl().resolved(QUrl(QStringLiteral("pokemon/pikachu")));
    }

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
    engine.cache->waitForIdle(); // written on the store's thread

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

void tst_DiskCache::bodiesAreCompressedOnDisk_data()
{
    QTest::addColumn<bool>("gzip");
    QTest::addRow("answered as is") << false; // compressed on the store's thread
    QTest::addRow("answered gzipped") << true; // inflated and compressed again on a worker
}

void tst_DiskCache::bodiesAreCompressedOnDisk()
{
    QFETCH(bool, gzip);
    m_server->setGzip(gzip);
    CachedEngine engine(m_server->apiUrl(), m_dir->path());
    QVERIFY(engine.search(QStringLiteral("pikachu")));
    QCOMPARE(engine.model.entry(0).pokemon.name, QStringLiteral("pikachu"));
    QFile raw(QStringLiteral(POKEDEX_TEST_DATA "/api/v2/pokemon/25.json"));
    QVERIFY(raw.size() > 200 * 1024);
    // Well under a quarter of the document, headers and metadata included.
    engine.cache->waitForIdle();
    QVERIFY2(engine.cache->size() > 0 && engine.cache->size() < raw.size() / 4,
             qPrintable(QString::number(engine.cache->size())));
    // And it reads back whole.
    const auto entry = engine.cache->lookupAndWait(
        m_server->apiUrl().resolved(QUrl(QStringLiteral("pokemon/pikachu"))));
    QVERIFY(entry);
    QVERIFY(entry->fresh);
    QCOMPARE(entry->httpStatus, 200);
    QVERIFY(entry->body.contains("\"lightning-rod\""));
    // Kept as the server meant it, not gzipped.
    QCOMPARE(QJsonDocument::fromJson(entry->body).object().value(QLatin1String("name")),
             QJsonValue(QStringLiteral("pikachu")));

    // The next launch loads it from there, with no request.
    const int requests = m_server->requestCount();
    CachedEngine next(m_server->apiUrl(), m_dir->path());
    QVERIFY(next.search(QStringLiteral("pikachu")));
    QVERIFY(next.model.entry(0).fromCache);
    QCOMPARE(next.model.entry(0).pokemon.name, QStringLiteral("pikachu"));
    QCOMPARE(m_server->requestCount(), requests);
}

namespace {

// The cache file holding url: every file starts with its magic, two versions and the url.
QString cacheFileFor(const QString &dir, const QUrl &url)
{
    QByteArray start;
    QDataStream out(&start, QIODevice::WriteOnly);
    out << url;
    QDirIterator files(dir, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly) && file.read(12 + start.size()).mid(12) == start)
            return file.fileName();
    }
    return {};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool overwrite(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

// What Qt 6.4's QNetworkDiskCache writes first: its magic, its format version and the
// QDataStream version of the rest.
QByteArray fileHead()
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << qint32(0xe8) << qint32(8) << qint32(out.version());
    return bytes;
}

// The head, then an entry's metadata up to its attributes: url, expiry, last modified, and
// whether it is kept on disk.
QByteArray metaDataStart(const QUrl &url)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << url << QDateTime::currentDateTimeUtc().addDays(1) << QDateTime() << true;
    return fileHead() + bytes;
}

QByteArray damaged(const QByteArray &original, const QUrl &url, Damage damage, int at)
{
    constexpr quint32 Huge = 0x7fffffff;
    constexpr int Status = QNetworkRequest::HttpStatusCodeAttribute;
    QByteArray rest;
    QDataStream out(&rest, QIODevice::WriteOnly);
    switch (damage) {
    case Damage::CutTo:
        return original.left(at >= 0 ? at : original.size() + at);
    case Damage::WrongMagic:
        return QByteArray(4, '\x7f') + original.mid(4);
    case Damage::Garbage: {
        QList<quint32> noise(1024);
        QRandomGenerator(at).fillRange(noise.data(), noise.size());
        for (quint32 word : noise)
            out << word;
        return fileHead() + rest;
    }
    case Damage::HugeRawHeaderCount:
        out << quint32(1) << Status << QVariant(200) << Huge << QByteArray("Server")
            << QByteArray("x");
        break;
    case Damage::HugeAttributeCount:
        out << Huge << Status << QVariant(200);
        break;
    case Damage::HugeStringLength:
        out << quint32(1) << int(QNetworkRequest::HttpReasonPhraseAttribute)
            << quint32(QMetaType::QString) << qint8(0) << quint32(0x7ffffffe);
        break;
    case Damage::HugeListInAttribute:
        out << quint32(1) << int(QNetworkRequest::User + 3) << quint32(QMetaType::QVariantList)
            << qint8(0) << Huge << QVariant(1);
        break;
    }
    return metaDataStart(url) + rest;
}

} // namespace

void tst_DiskCache::damagedEntryIsDroppedAndFetchedAgain_data()
{
    QTest::addColumn<Damage>("damage");
    QTest::addColumn<int>("at");
    // Where the parts of pikachu's file end: url 61, dates 87, attributes 154, headers 256.
    for (int at : { 0, 3, 8, 12, 40, 70, 88, 120, 154, 200, 250 })
        QTest::addRow("cut to %d bytes", at) << Damage::CutTo << at;
    QTest::addRow("tail cut off") << Damage::CutTo << -200;
    QTest::addRow("wrong magic") << Damage::WrongMagic << 0;
    QTest::addRow("garbage 1") << Damage::Garbage << 1;
    QTest::addRow("garbage 2") << Damage::Garbage << 2;
    QTest::addRow("huge raw header count") << Damage::HugeRawHeaderCount << 0;
    QTest::addRow("huge attribute count") << Damage::HugeAttributeCount << 0;
    QTest::addRow("huge string length") << Damage::HugeStringLength << 0;
    QTest::addRow("huge list in an attribute") << Damage::HugeListInAttribute << 0;
}

void tst_DiskCache::damagedEntryIsDroppedAndFetchedAgain()
{
    QFETCH(Damage, damage);
    QFETCH(int, at);
    {
        CachedEngine engine(m_server->apiUrl(), m_dir->path());
        QVERIFY(engine.search(QStringLiteral("pikachu")));
    }
    const QString path = cacheFileFor(m_dir->path(), pikachuUrl());
    QVERIFY(!path.isEmpty());
    const QByteArray broken = damaged(readAll(path), pikachuUrl(), damage, at);

    CachedEngine engine(m_server->apiUrl(), m_dir->path());
    QVERIFY(overwrite(path, broken));
    QVERIFY(!engine.cache->lookupAndWait(pikachuUrl()));
    QVERIFY(!QFile::exists(path));

    QVERIFY(overwrite(path, broken));
    const int before = m_server->requestCount();
    QVERIFY(engine.search(QStringLiteral("pikachu")));
    QCOMPARE(engine.model.entry(0).state, State::Loaded);
    QVERIFY(!engine.model.entry(0).fromCache);
    QCOMPARE(m_server->requestCount(), before + 1);
}

void tst_DiskCache::entryCutAnywhereIsDropped()
{
    // A small answer, so that every length of its file can be tried, written by Qt itself.
    m_server->setResponseFor(QStringLiteral("/api/v2/pokemon/pikachu"), 200,
                             R"({"name":"pikachu"})");
    QNetworkAccessManager nam;
    auto *cache = new PokeApiDiskCache(m_dir->path());
    nam.setCache(cache);
    const std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(pikachuUrl())));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    const QString path = cacheFileFor(m_dir->path(), pikachuUrl());
    QVERIFY(!path.isEmpty());
    const QByteArray whole = readAll(path);
    const auto entry = cache->lookup(pikachuUrl());
    QVERIFY(entry);
    QCOMPARE(entry->body, QByteArray(R"({"name":"pikachu"})"));

    for (int size = 0; size < whole.size(); ++size) {
        QVERIFY(overwrite(path, whole.left(size)));
        QVERIFY2(!cache->lookup(pikachuUrl()), qPrintable(QString::number(size)));
        QVERIFY2(!QFile::exists(path), qPrintable(QString::number(size)));
    }
}

void tst_DiskCache::entryWithAStatusNoServerSentIsDropped_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("offline");
    for (int status : { 0, 7, 302, 503 }) {
        QTest::addRow("%d, online", status) << status << false;
        QTest::addRow("%d, offline", status) << status << true;
    }
}

void tst_DiskCache::entryWithAStatusNoServerSentIsDropped()
{
    QFETCH(int, status);
    QFETCH(bool, offline);
    {
        CachedEngine online(m_server->apiUrl(), m_dir->path());
        QVERIFY(online.search(QStringLiteral("pikachu")));
    }
    {
        // Qt's own cache rewrites the entry with one number changed, as a flipped bit might.
        QNetworkDiskCache plain;
        plain.setCacheDirectory(m_dir->path());
        QNetworkCacheMetaData metaData = plain.metaData(pikachuUrl());
        QVERIFY(metaData.isValid());
        const std::unique_ptr<QIODevice> body(plain.data(pikachuUrl()));
        QVERIFY(body);
        auto attributes = metaData.attributes();
        attributes.insert(QNetworkRequest::HttpStatusCodeAttribute, status);
        metaData.setAttributes(attributes);
        QIODevice *device = plain.prepare(metaData);
        QVERIFY(device);
        device->write(body->readAll());
        plain.insert(device);
    }
    const int before = m_server->requestCount();
    CachedEngine engine(m_server->apiUrl(), m_dir->path(), offline);
    QVERIFY(engine.search(QStringLiteral("pikachu")));
    const auto &row = engine.model.entry(0);
    if (offline) {
        QCOMPARE(row.state, State::Error);
        QCOMPARE(row.error, QStringLiteral("Offline, and not in the cache"));
        QCOMPARE(m_server->requestCount(), before);
        QVERIFY(cacheFileFor(m_dir->path(), pikachuUrl()).isEmpty());
    } else {
        QCOMPARE(row.state, State::Loaded);
        QVERIFY(!row.fromCache);
        QCOMPARE(m_server->requestCount(), before + 1);
    }
}

void tst_DiskCache::entryOfAnEarlierVersionIsStillServed()
{
    // Pokedex 0.1 stored bodies qCompress()ed, marked with `true` (User + 2), and when it
    // stored them (User + 1): such a cache is read as it is, not thrown away.
    const QByteArray body = R"({"id": 25, "name": "pikachu"})";
    {
        QNetworkDiskCache plain;
        plain.setCacheDirectory(m_dir->path());
        QNetworkCacheMetaData metaData;
        metaData.setUrl(pikachuUrl());
        metaData.setSaveToDisk(true);
        metaData.setAttributes({
            { QNetworkRequest::HttpStatusCodeAttribute, 200 },
            { QNetworkRequest::Attribute(QNetworkRequest::User + 1),
              QDateTime::currentDateTimeUtc() },
            { QNetworkRequest::Attribute(QNetworkRequest::User + 2), true },
        });
        QIODevice *device = plain.prepare(metaData);
        QVERIFY(device);
        device->write(qCompress(body, 1));
        plain.insert(device);
    }
    CacheStore store(m_dir->path());
    const std::optional<CacheEntry> entry = store.lookupAndWait(pikachuUrl());
    QVERIFY(entry);
    QCOMPARE(entry->httpStatus, 200);
    QVERIFY(entry->fresh);
    QCOMPARE(entry->body, body);
}

void tst_DiskCache::writesAreDoneOffTheCallersThread()
{
    // The store answers on the caller's thread, and its files are written on its own: a
    // lookup right after a store sees it (calls are done in order), and destroying the store
    // finishes every write asked for.
    const QUrl url = pikachuUrl();
    const QByteArray body(300 * 1024, 'x');
    {
        CacheStore store(m_dir->path());
        QThread *caller = QThread::currentThread();
        QThread *answeredOn = nullptr;
        std::optional<CacheEntry> seen;
        QObject context;
        bool answered = false;
        store.store(url, 200, body);
        store.lookup(url, &context, [&](const std::optional<CacheEntry> &entry) {
            answeredOn = QThread::currentThread();
            seen = entry;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QCOMPARE(answeredOn, caller);
        QVERIFY(seen);
        QCOMPARE(seen->body, body);

        // An answer for a context that is gone is dropped, not delivered.
        bool late = false;
        {
            QObject gone;
            store.lookup(url, &gone, [&late](const std::optional<CacheEntry> &) { late = true; });
        }
        store.waitForIdle();
        QCoreApplication::processEvents();
        QVERIFY(!late);
        for (int i = 0; i < 50; ++i)
            store.store(url.resolved(QUrl(QString::number(i))), 200, body);
    } // the 50 writes finish here
    CacheStore again(m_dir->path());
    for (int i = 0; i < 50; ++i) {
        const auto entry = again.lookupAndWait(url.resolved(QUrl(QString::number(i))));
        QVERIFY2(entry && entry->body == body, qPrintable(QString::number(i)));
    }
}

void tst_DiskCache::lookupsReadInParallelStillSeeEveryChange()
{
    // Entries at rest are read on reader threads, many at once; a lookup asked right after a
    // change to its entry (a write, a removal, a clearing) still sees the change.
    const QUrl base = pikachuUrl();
    const auto urlOf = [&base](int i) { return base.resolved(QUrl(QString::number(i))); };
    const auto bodyOf = [](int i, char version) -> QByteArray {
        return QByteArray(20 * 1024 + i, version) + QByteArray::number(i);
    };
    constexpr int Count = 64;
    CacheStore store(m_dir->path());
    QObject context;
    QHash<int, std::optional<CacheEntry>> seen;
    const auto lookUp = [&](int i) {
        store.lookup(urlOf(i), &context,
                     [&seen, i](const std::optional<CacheEntry> &entry) { seen.insert(i, entry); });
    };
    for (int i = 0; i < Count; ++i)
        store.store(urlOf(i), 200, bodyOf(i, 'a'));
    store.waitForIdle();
    QCoreApplication::processEvents();

    for (int i = 0; i < Count; ++i) // at rest: read in parallel, each its own
        lookUp(i);
    QTRY_COMPARE(seen.size(), Count);
    for (int i = 0; i < Count; ++i)
        QVERIFY2(seen.value(i) && seen.value(i)->body == bodyOf(i, 'a'),
                 qPrintable(QString::number(i)));

    seen.clear();
    for (int i = 0; i < Count; ++i) { // changed, and asked for at once
        if (i % 2 == 0)
            store.store(urlOf(i), 200, bodyOf(i, 'b'));
        else
            store.remove(urlOf(i));
        lookUp(i);
    }
    QTRY_COMPARE(seen.size(), Count);
    for (int i = 0; i < Count; i += 2)
        QVERIFY2(seen.value(i) && seen.value(i)->body == bodyOf(i, 'b'),
                 qPrintable(QString::number(i)));
    for (int i = 1; i < Count; i += 2)
        QVERIFY2(!seen.value(i), qPrintable(QString::number(i)));

    seen.clear();
    store.clear();
    for (int i = 0; i < Count; ++i)
        lookUp(i);
    QTRY_COMPARE(seen.size(), Count);
    for (int i = 0; i < Count; ++i)
        QVERIFY2(!seen.value(i), qPrintable(QString::number(i)));
}

QTEST_GUILESS_MAIN(tst_DiskCache)
#include "tst_diskcache.moc"
