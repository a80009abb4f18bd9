#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <optional>

// What the fake serves: the real PokeAPI files under a data dir plus synthetic
// Pokémon, with URLs rewritten to point at the fake. Reads each file once.
class FakeApiContent
{
public:
    struct Resource
    {
        QByteArray body;
        QByteArray contentType;
    };

    // Indexes dataDir/api/v2/<endpoint>/<id>.json by their top-level "name" and "id".
    explicit FakeApiContent(const QString &dataDir);

    // Where relative API URLs and GitHub sprite URLs point to, e.g. http://127.0.0.1:1234/
    void setBaseUrl(const QByteArray &baseUrl);

    void addResource(const QString &endpoint, const QString &name, int id, const QByteArray &json);

    // key is a name or numeric id; nullopt when unknown.
    std::optional<Resource> resource(const QString &endpoint, const QString &key);
    std::optional<Resource> listing(const QString &endpoint);
    // /pokemon/{key}/encounters: dataDir/api/v2/pokemon/<id>/encounters.json.
    std::optional<Resource> encounters(const QString &endpoint, const QString &key);
    // A file of PokeAPI's "sprites" or "cries" repository, by its path in it
    // ("sprites/pokemon/25.png"): dataDir/<repository>/<path>, or <mediaDir>/<path> once
    // setMediaDir() was called.
    std::optional<Resource> media(const QString &repository, const QString &relativePath);
    // A directory holding the repositories' trees side by side (sprites/pokemon/...,
    // cries/pokemon/...), as ../shared/pokeapi does: for screenshots with real pictures.
    void setMediaDir(const QString &mediaDir) { m_mediaDir = mediaDir; }

    // The id and name a key stands for (key itself if unknown), e.g. "25" -> {"25", "pikachu"}.
    QStringList aliases(const QString &endpoint, const QString &key) const;

private:
    std::optional<Resource> cachedFile(const QString &filePath, const QByteArray &contentType);
    QByteArray rewriteUrls(QByteArray json) const;

    QString m_dataDir;
    QString m_mediaDir;
    QByteArray m_baseUrl;
    QHash<QString, QHash<QString, QString>> m_idByKey; // endpoint -> name or id -> id
    QHash<QString, QHash<QString, QString>> m_nameById; // endpoint -> id -> name
    QHash<QString, QByteArray> m_synthetic; // "endpoint/id" -> json, not rewritten
    QHash<QString, Resource> m_cache; // file path or "endpoint/id" -> served
};
