#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// What the headless front end prints, shared by the short line and the --details sheet.

// `line` with every character a terminal acts on or reorders text by (C0 and C1 controls,
// DEL, line and paragraph separators, bidirectional marks and isolates) as \uXXXX, as JSON
// writes it. Names and types come from the server: printed raw, one could clear the screen
// or fake a result line. A JSON line stays valid and means the same.
QString escapedForTerminal(const QString &line);

// One JSON object whose keys stay in the order written (QJsonObject sorts them), so lines
// read naturally: query, name, status first.
class JsonLine
{
public:
    JsonLine &add(const char *key, const QString &value) { return raw(key, quoted(value)); }
    JsonLine &add(const char *key, int value) { return raw(key, QString::number(value)); }
    JsonLine &add(const char *key, bool value)
    {
        return raw(key, value ? QStringLiteral("true") : QStringLiteral("false"));
    }
    JsonLine &addMs(const char *key, double ms) { return raw(key, QString::number(ms, 'f', 1)); }
    JsonLine &add(const char *key, const QStringList &values)
    {
        return raw(
            key,
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact)));
    }
    // Any JSON value (an array of objects, null), written compactly.
    JsonLine &add(const char *key, const QJsonValue &value);
    QString toString() const { return u'{' + m_body + u'}'; }

private:
    static QString quoted(const QString &value) { return compact(value); }
    static QString compact(const QJsonValue &value)
    {
        // Let Qt do the escaping: serialise [value] and drop the brackets.
        const QByteArray array = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(array.mid(1, array.size() - 2));
    }
    JsonLine &raw(const char *key, const QString &json)
    {
        if (!m_body.isEmpty())
            m_body += u',';
        m_body += u'"' + QLatin1String(key) + QStringLiteral("\":") + json;
        return *this;
    }
    QString m_body;
};
