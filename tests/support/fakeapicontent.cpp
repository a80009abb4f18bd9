#include "fakeapicontent.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFakeApiContent, "pokedex.fakeapi.content")

namespace {

QByteArray contentTypeForFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return QByteArrayLiteral("image/png");
    if (suffix == QLatin1String("svg"))
        return QByteArrayLiteral("image/svg+xml");
    if (suffix == QLatin1String("gif"))
        return QByteArrayLiteral("image/gif");
    if (suffix == QLatin1String("ogg"))
        return QByteArrayLiteral("audio/ogg");
    if (suffix == QLatin1String("json"))
        return QByteArrayLiteral("application/json");
    return QByteArrayLiteral("application/octet-stream");
}

QString syntheticKey(const QString &endpoint, const QString &id)
{
    return endpoint + QLatin1Char('/') + id;
}

} // namespace

FakeApiContent::FakeApiContent(const QString &dataDir)
    : m_dataDir(dataDir)
{
    const QDir apiDir(dataDir + QStringLiteral("/api/v2"));
    if (!apiDir.exists())
        qCWarning(lcFakeApiContent) << "no api/v2 directory in" << dataDir;

    const QStringList endpoints = apiDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &endpoint : endpoints) {
        QDirIterator it(apiDir.filePath(endpoint), { QStringLiteral("*.json") }, QDir::Files);
        while (it.hasNext()) {
            const QString filePath = it.next();
            const QString id = QFileInfo(filePath).completeBaseName();
            if (id == QLatin1String("index"))
                continue;
            QFile file(filePath);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
            m_idByKey[endpoint].insert(id, id);
            const QString name = object.value(QLatin1String("name")).toString();
            if (!name.isEmpty()) {
                m_idByKey[endpoint].insert(name, id);
                m_nameById[endpoint].insert(id, name);
            }
        }
    }
}

void FakeApiContent::setBaseUrl(const QByteArray &baseUrl)
{
    if (baseUrl == m_baseUrl)
        return;
    m_baseUrl = baseUrl;
    m_cache.clear();
}

void FakeApiContent::addResource(const QString &endpoint, const QString &name, int id,
                                 const QByteArray &json)
{
    const QString idText = QString::number(id);
    m_idByKey[endpoint].insert(idText, idText);
    m_idByKey[endpoint].insert(name, idText);
    m_nameById[endpoint].insert(idText, name);
    m_synthetic.insert(syntheticKey(endpoint, idText), json);
    m_cache.remove(syntheticKey(endpoint, idText));
}

std::optional<FakeApiContent::Resource> FakeApiContent::resource(const QString &endpoint,
                                                                 const QString &key)
{
    const QString id = m_idByKey.value(endpoint).value(key);
    if (id.isEmpty())
        return std::nullopt;

    const QString synthetic = syntheticKey(endpoint, id);
    if (const auto json = m_synthetic.constFind(synthetic); json != m_synthetic.cend()) {
        auto cached = m_cache.constFind(synthetic);
        if (cached == m_cache.cend()) {
            cached = m_cache.insert(synthetic,
                                    { rewriteUrls(*json), QByteArrayLiteral("application/json") });
        }
        return *cached;
    }
    return cachedFile(m_dataDir + QStringLiteral("/api/v2/") + endpoint + QLatin1Char('/') + id
                          + QStringLiteral(".json"),
                      QByteArrayLiteral("application/json"));
}

std::optional<FakeApiContent::Resource> FakeApiContent::listing(const QString &endpoint)
{
    if (endpoint.contains(QLatin1Char('/')) || endpoint.startsWith(QLatin1Char('.')))
        return std::nullopt;
    return cachedFile(m_dataDir + QStringLiteral("/api/v2/") + endpoint
                          + QStringLiteral("/index.json"),
                      QByteArrayLiteral("application/json"));
}

std::optional<FakeApiContent::Resource> FakeApiContent::encounters(const QString &endpoint,
                                                                   const QString &key)
{
    const QString id = m_idByKey.value(endpoint).value(key);
    if (id.isEmpty())
        return std::nullopt;
    return cachedFile(m_dataDir + QStringLiteral("/api/v2/") + endpoint + QLatin1Char('/') + id
                          + QStringLiteral("/encounters.json"),
                      QByteArrayLiteral("application/json"));
}

std::optional<FakeApiContent::Resource> FakeApiContent::media(const QString &repository,
                                                              const QString &relativePath)
{
    // A media dir holds the repositories' trees side by side (sprites/pokemon/...,
    // cries/pokemon/...); the data dir holds each under its own name.
    const QString root = QDir::cleanPath(
        m_mediaDir.isEmpty() ? m_dataDir + QLatin1Char('/') + repository : m_mediaDir);
    const QString filePath = QDir::cleanPath(root + QLatin1Char('/') + relativePath);
    // cleanPath resolves "..": anything that lands outside the repository is not ours to serve.
    const QString inside = m_mediaDir.isEmpty() ? root : root + QLatin1Char('/') + repository;
    if (!filePath.startsWith(inside + QLatin1Char('/')))
        return std::nullopt;
    return cachedFile(filePath, contentTypeForFile(filePath));
}

QStringList FakeApiContent::aliases(const QString &endpoint, const QString &key) const
{
    QStringList result { key };
    const QString id = m_idByKey.value(endpoint).value(key);
    if (id.isEmpty())
        return result;
    for (const QString &alias : { id, m_nameById.value(endpoint).value(id) }) {
        if (!alias.isEmpty() && !result.contains(alias))
            result.append(alias);
    }
    return result;
}

std::optional<FakeApiContent::Resource> FakeApiContent::cachedFile(const QString &filePath,
                                                                   const QByteArray &contentType)
{
    if (const auto cached = m_cache.constFind(filePath); cached != m_cache.cend())
        return *cached;
    QFile file(filePath);
    if (!QFileInfo(filePath).isFile() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray body = file.readAll();
    if (contentType == "application/json")
        body = rewriteUrls(std::move(body));
    return *m_cache.insert(filePath, { body, contentType });
}

QByteArray FakeApiContent::rewriteUrls(QByteArray json) const
{
    // The api-data files are compact JSON and every relative URL is a whole string value
    // starting with /api/v2/, so a byte replace anchored on the opening quote is exact.
    const QByteArray apiUrl = '"' + m_baseUrl + "api/v2/";
    const QByteArray spritesUrl = '"' + m_baseUrl + "sprites/";
    const QByteArray criesUrl = '"' + m_baseUrl + "cries/";
    json.replace("\"/api/v2/", apiUrl);
    json.replace("\"https://raw.githubusercontent.com/PokeAPI/sprites/master/", spritesUrl);
    json.replace("\"https://raw.githubusercontent.com/PokeAPI/cries/main/", criesUrl);
    return json;
}
