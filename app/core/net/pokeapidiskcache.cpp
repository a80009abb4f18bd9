#include "net/pokeapidiskcache.h"

#include "net/bodycodec.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QFile>
#include <QIODevice>
#include <QMetaType>
#include <QNetworkRequest>
#include <QtEndian>
#include <memory>

namespace {
// When we stored an entry: a server's Last-Modified says when the data changed, not that.
constexpr auto StoredAtAttribute = QNetworkRequest::Attribute(QNetworkRequest::User + 1);
// How we compressed the body on disk: true for qCompress() (what earlier versions wrote),
// ZstdCodec for BodyCodec.
constexpr auto CompressedAttribute = QNetworkRequest::Attribute(QNetworkRequest::User + 2);
constexpr int ZstdCodec = 2;

// Qt 6.4's QNetworkDiskCache file format (qnetworkdiskcache.cpp): its magic and its version,
// which also names the folder of the files.
constexpr qint32 CacheMagic = 0xe8;
constexpr qint32 CacheVersion = 8;

// Where QNetworkDiskCache keeps url's entry (QNetworkDiskCachePrivate::cacheFileName, which is
// private): data8/<one hex digit>/<8 base-36 digits of the url's SHA-1>.d.
QString entryFileName(const QString &cacheDirectory, const QUrl &url)
{
    QUrl clean = url;
    clean.setPassword(QString());
    clean.setFragment(QString());
    const QByteArray hash = QCryptographicHash::hash(clean.toEncoded(), QCryptographicHash::Sha1);
    const QByteArray id
        = QByteArray::number(qFromUnaligned<qlonglong>(hash.constData()), 36).left(8);
    return cacheDirectory + QStringLiteral("data") + QString::number(CacheVersion)
        + QLatin1Char('/') + QString::number(uint(id.back()) % 16, 16) + QLatin1Char('/')
        + QLatin1String(id) + QStringLiteral(".d");
}

// Walks an entry's file as Qt 6.4's QNetworkDiskCache writes it (QCacheItem::writeHeader):
// magic, format version, QDataStream version, the QNetworkCacheMetaData (url, expiry, last
// modified, save to disk, attributes, raw headers), whether Qt compressed the body, the body.
// It builds nothing: it checks that every length and count fits in the bytes that remain and
// that every attribute is of a type the cache writes. Qt trusts them all: it calls reserve()
// with a list's count straight from the file, 96 GB for a damaged count of raw headers.
class EntryFileWalker
{
public:
    explicit EntryFileWalker(QIODevice *file)
        : m_in(file)
    {
    }

    bool isSound()
    {
        qint32 magic = 0;
        qint32 version = 0;
        qint32 streamVersion = 0;
        if (!read(magic) || !read(version) || !read(streamVersion) || magic != CacheMagic
            || version != CacheVersion)
            return false;
        // The one QDataStream format walked here: what Qt 6.0 to 6.4 write.
        if (streamVersion != QDataStream::Qt_6_0)
            return false;
        const bool metaData
            = bytes() && dateTime() && dateTime() && skip(1) && attributes() && rawHeaders();
        qint8 compressed = 0;
        return metaData && read(compressed) && (!compressed || bytes());
    }

private:
    static constexpr quint32 NullLength = 0xffffffff;

    template<typename T> bool read(T &value)
    {
        m_in >> value;
        return m_in.status() == QDataStream::Ok;
    }
    bool skip(qint64 count)
    {
        return count <= m_in.device()->bytesAvailable() && m_in.skipRawData(count) == count;
    }
    bool fits(quint32 count, int leastBytesEach) const
    {
        return count <= m_in.device()->bytesAvailable() / leastBytesEach;
    }
    // A QByteArray, and a QUrl as its encoded form: a quint32 length, then the bytes.
    bool bytes()
    {
        quint32 length = 0;
        return read(length) && (length == NullLength || skip(length));
    }
    // The same in UTF-16, so an odd length is damage.
    bool string()
    {
        quint32 length = 0;
        return read(length) && (length == NullLength || (length % 2 == 0 && skip(length)));
    }
    bool dateTime()
    {
        qint8 spec = 0;
        if (!skip(8 + 4) || !read(spec)) // a Julian day and milliseconds, then the time spec
            return false;
        switch (spec) {
        case Qt::LocalTime:
        case Qt::UTC:
            return true;
        case Qt::OffsetFromUTC:
            return skip(4);
        default: // Qt::TimeZone, followed by a whole QTimeZone: the cache never writes one
            return false;
        }
    }
    bool variant()
    {
        quint32 type = 0;
        if (!read(type) || !skip(1)) // the type, then whether it is null
            return false;
        switch (type) {
        case QMetaType::Bool:
            return skip(1);
        case QMetaType::Int:
            return skip(4);
        case QMetaType::LongLong:
            return skip(8);
        case QMetaType::QString:
            return string();
        case QMetaType::QByteArray:
        case QMetaType::QUrl:
            return bytes();
        case QMetaType::QDateTime:
            return dateTime();
        default: // above all no container: Qt would reserve its count before reading it
            return false;
        }
    }
    bool attributes()
    {
        constexpr int LeastBytes = 4 + 4 + 1; // the key, the type, whether it is null
        quint32 count = 0;
        if (!read(count) || !fits(count, LeastBytes))
            return false;
        for (quint32 i = 0; i < count; ++i) {
            if (!skip(4) || !variant())
                return false;
        }
        return true;
    }
    bool rawHeaders()
    {
        constexpr int LeastBytes = 4 + 4; // two empty QByteArrays
        quint32 count = 0;
        if (!read(count) || !fits(count, LeastBytes))
            return false;
        for (quint32 i = 0; i < count; ++i) {
            if (!bytes() || !bytes())
                return false;
        }
        return true;
    }

    QDataStream m_in;
};
} // namespace

PokeApiDiskCache::PokeApiDiskCache(const QString &directory, QObject *parent)
    : QNetworkDiskCache(parent)
{
    setCacheDirectory(directory);
    setMaximumCacheSize(NetworkDefaults::CacheSizeBytes);
}

QNetworkCacheMetaData PokeApiDiskCache::kept(const QNetworkCacheMetaData &metaData) const
{
    QNetworkCacheMetaData kept = metaData;
    const QDateTime freshUntil = QDateTime::currentDateTimeUtc().addSecs(m_freshnessSecs);
    if (!kept.expirationDate().isValid() || kept.expirationDate() < freshUntil)
        kept.setExpirationDate(freshUntil);
    kept.setSaveToDisk(true);
    auto attributes = kept.attributes();
    attributes.insert(StoredAtAttribute, QDateTime::currentDateTimeUtc());
    attributes.insert(CompressedAttribute, ZstdCodec);
    kept.setAttributes(attributes);
    return kept;
}

QIODevice *PokeApiDiskCache::prepare(const QNetworkCacheMetaData &metaData)
{
    if (!metaData.url().isValid())
        return nullptr;
    auto *buffer = new QBuffer(this);
    buffer->open(QIODevice::ReadWrite);
    m_pending.insert(buffer, kept(metaData));
    return buffer;
}

void PokeApiDiskCache::write(const QNetworkCacheMetaData &kept, const QByteArray &compressed)
{
    if (QIODevice *file = QNetworkDiskCache::prepare(kept)) {
        file->write(compressed);
        QNetworkDiskCache::insert(file);
    }
}

void PokeApiDiskCache::insert(QIODevice *device)
{
    const auto it = m_pending.find(device);
    if (it == m_pending.end())
        return;
    const QNetworkCacheMetaData metaData = it.value();
    m_pending.erase(it);
    const QByteArray compressed = BodyCodec::compress(static_cast<QBuffer *>(device)->data());
    device->deleteLater();
    write(metaData, compressed);
}

bool PokeApiDiskCache::remove(const QUrl &url)
{
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it.value().url() == url) {
            it.key()->deleteLater();
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    return QNetworkDiskCache::remove(url);
}

QNetworkCacheMetaData PokeApiDiskCache::metaData(const QUrl &url)
{
    return checkFile(url) ? QNetworkDiskCache::metaData(url) : QNetworkCacheMetaData();
}

QIODevice *PokeApiDiskCache::data(const QUrl &url)
{
    std::optional<Entry> entry = lookup(url);
    if (!entry)
        return nullptr;
    auto *buffer = new QBuffer;
    buffer->setData(entry->body);
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}

bool PokeApiDiskCache::checkFile(const QUrl &url)
{
    QFile file(entryFileName(cacheDirectory(), url));
    if (!file.open(QIODevice::ReadOnly) || EntryFileWalker(&file).isSound())
        return true;
    file.close();
    QNetworkDiskCache::remove(url);
    return false;
}

namespace {
QNetworkCacheMetaData answerMetaData(const QUrl &url, int httpStatus)
{
    QNetworkCacheMetaData metaData;
    metaData.setUrl(url);
    metaData.setSaveToDisk(true);
    metaData.setAttributes({ { QNetworkRequest::HttpStatusCodeAttribute, httpStatus } });
    return metaData;
}
} // namespace

void PokeApiDiskCache::store(const QUrl &url, int httpStatus, const QByteArray &body)
{
    storeCompressed(url, httpStatus, BodyCodec::compress(body));
}

void PokeApiDiskCache::storeCompressed(const QUrl &url, int httpStatus,
                                       const QByteArray &compressed)
{
    if (url.isValid() && !compressed.isEmpty())
        write(kept(answerMetaData(url, httpStatus)), compressed);
}

namespace {
// The body that follows an entry's metadata in `in`: a QByteArray when Qt compressed it, the
// rest of the file when not; then inflated as the codec attribute says. Nothing if damaged.
std::optional<QByteArray> storedBody(QDataStream &in, const QNetworkCacheMetaData &metaData)
{
    qint8 qtCompressed = 0;
    in >> qtCompressed;
    QByteArray body;
    if (qtCompressed) {
        in >> body;
        body = qUncompress(body);
        if (body.isNull())
            return std::nullopt;
    } else {
        body = in.device()->readAll();
    }
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    const QVariant codec = metaData.attributes().value(CompressedAttribute);
    if (codec.typeId() == QMetaType::Int && codec.toInt() == ZstdCodec)
        return BodyCodec::decompress(body, NetworkDefaults::MaxBodyBytes);
    if (codec.toBool()) {
        body = qUncompress(body);
        if (body.isNull())
            return std::nullopt;
    }
    return body;
}
} // namespace

PokeApiDiskCache::ReadResult PokeApiDiskCache::read(const QString &cacheDirectory, const QUrl &url,
                                                    qint64 freshnessSecs)
{
    ReadResult result;
    const QString fileName = entryFileName(cacheDirectory, url);
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return result; // absent
    // One read of the whole file, small (a Pokémon takes ~9 KB); checked before anything in it
    // is believed, then taken apart from memory.
    QByteArray bytes = file.readAll();
    file.close();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    result.damaged = true;
    if (!EntryFileWalker(&buffer).isSound())
        return result;
    buffer.seek(0);
    QDataStream in(&buffer);
    qint32 magic = 0;
    qint32 version = 0;
    qint32 streamVersion = 0;
    in >> magic >> version >> streamVersion;
    in.setVersion(streamVersion);
    QNetworkCacheMetaData metaData;
    in >> metaData;
    // The file must be url's and no other's (the name holds only 8 digits of a hash), as
    // QNetworkDiskCache checks it.
    if (in.status() != QDataStream::Ok || !metaData.isValid()
        || entryFileName(cacheDirectory, metaData.url()) != fileName)
        return result;
    Entry entry;
    entry.httpStatus
        = metaData.attributes().value(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Only successes and 404s are kept (errors never are): any other status is damage, and
    // served it would read as an error no server sent, as "Network error 203" did offline.
    if (entry.httpStatus / 100 != 2 && entry.httpStatus != 404)
        return result;
    std::optional<QByteArray> body = storedBody(in, metaData);
    if (!body) // damaged on disk: forget it rather than serve garbage
        return result;
    entry.body = std::move(*body);
    // Freshness is ours to decide: at most freshnessSecs since it was stored.
    const QDateTime stored = metaData.attributes().value(StoredAtAttribute).toDateTime();
    entry.fresh = stored.isValid()
        && stored.msecsTo(QDateTime::currentDateTimeUtc()) < freshnessSecs * 1000;
    result.damaged = false;
    result.entry = std::move(entry);
    return result;
}

std::optional<PokeApiDiskCache::Entry> PokeApiDiskCache::lookup(const QUrl &url)
{
    ReadResult read = PokeApiDiskCache::read(cacheDirectory(), url, m_freshnessSecs);
    if (read.damaged)
        QNetworkDiskCache::remove(url);
    return std::move(read.entry);
}
