#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <initializer_list>
#include <optional>

// The validating readers behind PokeApiParser and DetailsParser (internal to app/core).
// Every reader takes the value, its path in the document ("types[0].type.name") for the
// message, and returns false after writing *error; `&&` chains then stop at the first problem
// and nothing is ever returned half-filled.
namespace JsonReader {

QString childPath(const QString &parent, QLatin1String key);
QString itemPath(const QString &parent, qsizetype index);
bool fail(QString *error, const QString &path, const QString &problem);
bool wrongType(QString *error, const QString &path, const QJsonValue &value, QLatin1String what);
bool readObject(const QJsonValue &value, const QString &path, QJsonObject *out, QString *error);
bool readArray(const QJsonValue &value, const QString &path, QJsonArray *out, QString *error);
// Each element of the array `path` (at `value`) as an object, handed to
// `read(entry, entryPath)`; stops at the first that is not an object or that `read` refuses.
template<typename Read>
bool forEachObject(const QJsonValue &value, const QString &path, QString *error, Read read)
{
    QJsonArray array;
    if (!readArray(value, path, &array, error))
        return false;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString entryPath = itemPath(path, i);
        QJsonObject entry;
        if (!readObject(array.at(i), entryPath, &entry, error) || !read(entry, entryPath))
            return false;
    }
    return true;
}
bool readString(const QJsonValue &value, const QString &path, QString *out, QString *error);
bool readName(const QJsonValue &value, const QString &path, QString *out, QString *error);
bool readInteger(const QJsonValue &value, const QString &path, int minimum, int *out,
                 QString *error);
bool readOptionalInteger(const QJsonValue &value, const QString &path, int minimum, int *out,
                         QString *error);
bool readBool(const QJsonValue &value, const QString &path, bool *out, QString *error);
bool readOptionalBool(const QJsonValue &value, const QString &path, bool *out, QString *error);
bool readOptionalString(const QJsonValue &value, const QString &path, QString *out, QString *error);
bool readUrl(const QJsonValue &value, const QString &path, QUrl *out, QString *error);
bool readNamedResource(const QJsonValue &value, const QString &path, QString *name, QUrl *url,
                       QString *error);
bool readOptionalResourceName(const QJsonValue &value, const QString &path, QString *name,
                              QString *error);
bool readNameArray(const QJsonValue &value, const QString &path, QStringList *out, QString *error);
// Texts PokeAPI gives per language (names[], genera[], effect_entries[], ...): the `textKey`
// of the first (or, with `last`, the last) entry of `root`'s array `key` whose language is
// English into `out`, and into `all` (if given) that of every language; entries in every
// language must be well-formed.
bool readEnglish(const QJsonObject &root, QLatin1String key, QLatin1String textKey, bool last,
                 QString *out, QString *error, QHash<QString, QString> *all = nullptr);
bool readIdFromUrl(const QUrl &url, const QString &path, int *id, QString *error);
bool readDocument(const QByteArray &json, QJsonObject *out, QString *error);
// The same for a document that is an array (/pokemon/{id}/encounters).
bool readArrayDocument(const QByteArray &json, QJsonArray *out, QString *error);
// The same, building only the top-level members named in `keys` (JsonSkim): the rest of the
// document is scanned, not built. Errors still describe the whole document.
bool readDocument(const QByteArray &json, std::initializer_list<QLatin1String> keys,
                  QJsonObject *out, QString *error);
bool readOptionalUrl(const QJsonValue &value, const QString &path, QUrl *out, QString *error);
bool readOptionalObject(const QJsonValue &value, const QString &path, QJsonObject *out,
                        QString *error);

template<typename T, typename Read>
std::optional<T> parseRoot(bool documentRead, const QJsonObject &root, QString problem,
                           QString *error, Read read)
{
    T value;
    if (documentRead && read(root, &value, &problem)) {
        if (error)
            error->clear();
        return value;
    }
    if (error)
        *error = problem;
    return std::nullopt;
}

template<typename T, typename Read>
std::optional<T> parse(const QByteArray &json, QString *error, Read read)
{
    QString problem;
    QJsonObject root;
    const bool documentRead = readDocument(json, &root, &problem);
    return parseRoot<T>(documentRead, root, problem, error, read);
}

// For large documents of which `read` looks at a few top-level members only.
template<typename T, typename Read>
std::optional<T> parseMembers(const QByteArray &json, std::initializer_list<QLatin1String> keys,
                              QString *error, Read read)
{
    QString problem;
    QJsonObject root;
    const bool documentRead = readDocument(json, keys, &root, &problem);
    return parseRoot<T>(documentRead, root, problem, error, read);
}

} // namespace JsonReader
