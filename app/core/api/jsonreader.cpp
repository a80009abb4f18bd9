#include "api/jsonreader.h"

#include "api/jsonskim.h"
#include "api/pokeapiparser.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <climits>
#include <cmath>

namespace JsonReader {

QString childPath(const QString &parent, QLatin1String key)
{
    return parent.isEmpty() ? QString(key) : parent + u'.' + key;
}

QString itemPath(const QString &parent, qsizetype index)
{
    return parent + u'[' + QString::number(index) + u']';
}

bool fail(QString *error, const QString &path, const QString &problem)
{
    *error = path + u' ' + problem;
    return false;
}

bool wrongType(QString *error, const QString &path, const QJsonValue &value, QLatin1String what)
{
    if (value.isUndefined())
        return fail(error, path, QStringLiteral("is missing"));
    if (value.isNull())
        return fail(error, path, QStringLiteral("is null"));
    return fail(error, path, QLatin1String("is not ") + what);
}

bool readObject(const QJsonValue &value, const QString &path, QJsonObject *out, QString *error)
{
    if (!value.isObject())
        return wrongType(error, path, value, QLatin1String("an object"));
    *out = value.toObject();
    return true;
}

bool readArray(const QJsonValue &value, const QString &path, QJsonArray *out, QString *error)
{
    if (!value.isArray())
        return wrongType(error, path, value, QLatin1String("an array"));
    *out = value.toArray();
    return true;
}

bool readString(const QJsonValue &value, const QString &path, QString *out, QString *error)
{
    if (!value.isString())
        return wrongType(error, path, value, QLatin1String("a string"));
    *out = value.toString();
    return true;
}

bool readName(const QJsonValue &value, const QString &path, QString *out, QString *error)
{
    if (!readString(value, path, out, error))
        return false;
    if (out->isEmpty())
        return fail(error, path, QStringLiteral("is empty"));
    return true;
}

bool readInteger(const QJsonValue &value, const QString &path, int minimum, int *out,
                 QString *error)
{
    if (!value.isDouble())
        return wrongType(error, path, value, QLatin1String("a number"));
    const double number = value.toDouble();
    if (std::trunc(number) != number)
        return fail(error, path, QStringLiteral("is not a whole number"));
    if (number < minimum)
        return fail(error, path, QStringLiteral("must be at least %1").arg(minimum));
    if (number > INT_MAX)
        return fail(error, path, QStringLiteral("is too large"));
    *out = int(number);
    return true;
}

// Absent and null both mean "not given" for the optional readers.
bool readOptionalInteger(const QJsonValue &value, const QString &path, int minimum, int *out,
                         QString *error)
{
    if (value.isUndefined() || value.isNull())
        return true;
    return readInteger(value, path, minimum, out, error);
}

bool readBool(const QJsonValue &value, const QString &path, bool *out, QString *error)
{
    if (!value.isBool())
        return wrongType(error, path, value, QLatin1String("true or false"));
    *out = value.toBool();
    return true;
}

bool readOptionalBool(const QJsonValue &value, const QString &path, bool *out, QString *error)
{
    if (value.isUndefined() || value.isNull())
        return true;
    return readBool(value, path, out, error);
}

bool readOptionalString(const QJsonValue &value, const QString &path, QString *out, QString *error)
{
    if (value.isUndefined() || value.isNull())
        return true;
    return readString(value, path, out, error);
}

bool readUrl(const QJsonValue &value, const QString &path, QUrl *out, QString *error)
{
    QString text;
    if (!readName(value, path, &text, error))
        return false;
    const QUrl url(text);
    if (!url.isValid())
        return fail(error, path, QStringLiteral("is not a valid URL"));
    *out = url;
    return true;
}

// {"name": "...", "url": "..."}: PokeAPI's reference to another resource.
bool readNamedResource(const QJsonValue &value, const QString &path, QString *name, QUrl *url,
                       QString *error)
{
    QJsonObject object;
    return readObject(value, path, &object, error)
        && readName(object.value(QLatin1String("name")), childPath(path, QLatin1String("name")),
                    name, error)
        && (!url
            || readUrl(object.value(QLatin1String("url")), childPath(path, QLatin1String("url")),
                       url, error));
}

bool readOptionalResourceName(const QJsonValue &value, const QString &path, QString *name,
                              QString *error)
{
    if (value.isUndefined() || value.isNull())
        return true;
    return readNamedResource(value, path, name, nullptr, error);
}

bool readNameArray(const QJsonValue &value, const QString &path, QStringList *out, QString *error)
{
    QJsonArray array;
    if (!readArray(value, path, &array, error))
        return false;
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString name;
        if (!readNamedResource(array.at(i), itemPath(path, i), &name, nullptr, error))
            return false;
        out->append(name);
    }
    return true;
}

// The id at the end of a resource URL: ".../pokemon-species/25/" -> 25.
bool readEnglish(const QJsonObject &root, QLatin1String key, QLatin1String textKey, bool last,
                 QString *out, QString *error, QHash<QString, QString> *all)
{
    const QString path = QString(key);
    QJsonArray array;
    if (!readArray(root.value(key), path, &array, error))
        return false;
    bool found = false;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString entryPath = itemPath(path, i);
        QJsonObject entry;
        QString language, text;
        if (!readObject(array.at(i), entryPath, &entry, error)
            || !readNamedResource(entry.value(QLatin1String("language")),
                                  childPath(entryPath, QLatin1String("language")), &language,
                                  nullptr, error)
            || !readString(entry.value(textKey), childPath(entryPath, textKey), &text, error))
            return false;
        if (all && (last || !all->contains(language)))
            all->insert(language, text);
        if (language == QLatin1String("en") && (last || !found)) {
            *out = text;
            found = true;
        }
    }
    return true;
}

bool readIdFromUrl(const QUrl &url, const QString &path, int *id, QString *error)
{
    const QStringList segments = url.path().split(u'/', Qt::SkipEmptyParts);
    bool ok = false;
    const int value = segments.isEmpty() ? 0 : segments.last().toInt(&ok);
    if (!ok || value < 1)
        return fail(error, path, QStringLiteral("does not end in an id"));
    *id = value;
    return true;
}

namespace {

    // The size cap and the JSON syntax, before anything looks at the document's shape.
    bool readJson(const QByteArray &json, QJsonDocument *out, QString *error)
    {
        if (json.isEmpty()) {
            *error = QStringLiteral("the response is empty");
            return false;
        }
        if (json.size() > PokeApiParser::MaxDocumentSize) {
            *error = QStringLiteral("the response is %1 bytes, more than the %2 bytes accepted")
                         .arg(json.size())
                         .arg(PokeApiParser::MaxDocumentSize);
            return false;
        }
        QJsonParseError parseError;
        *out = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *error = QStringLiteral("the response is not valid JSON: %1 at offset %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
            return false;
        }
        return true;
    }

} // namespace

bool readDocument(const QByteArray &json, QJsonObject *out, QString *error)
{
    QJsonDocument document;
    if (!readJson(json, &document, error))
        return false;
    if (!document.isObject()) {
        *error = QStringLiteral("the response is not a JSON object");
        return false;
    }
    *out = document.object();
    return true;
}

bool readArrayDocument(const QByteArray &json, QJsonArray *out, QString *error)
{
    QJsonDocument document;
    if (!readJson(json, &document, error))
        return false;
    if (!document.isArray()) {
        *error = QStringLiteral("the response is not a JSON array");
        return false;
    }
    *out = document.array();
    return true;
}

bool readDocument(const QByteArray &json, std::initializer_list<QLatin1String> keys,
                  QJsonObject *out, QString *error)
{
    if (json.size() <= PokeApiParser::MaxDocumentSize) {
        if (const std::optional<QByteArray> members = JsonSkim::keepMembers(json, keys)) {
            const QJsonDocument document = QJsonDocument::fromJson(*members);
            if (document.isObject()) {
                *out = document.object();
                return true;
            }
        }
    }
    return readDocument(json, out, error); // says what is wrong, at the document's offsets
}

bool readOptionalUrl(const QJsonValue &value, const QString &path, QUrl *out, QString *error)
{
    QString text;
    if (!readOptionalString(value, path, &text, error))
        return false;
    if (text.isEmpty())
        return true;
    const QUrl url(text);
    if (!url.isValid())
        return fail(error, path, QStringLiteral("is not a valid URL"));
    *out = url;
    return true;
}

bool readOptionalObject(const QJsonValue &value, const QString &path, QJsonObject *out,
                        QString *error)
{
    if (value.isUndefined() || value.isNull())
        return true;
    return readObject(value, path, out, error);
}

} // namespace JsonReader
