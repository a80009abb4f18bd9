#pragma once

#include "net/bodyreader.h"
#include "net/fetchoptions.h"

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QVariant>
#include <functional>
#include <optional>

class RequestHandle;

// What one fetch through PokeApiClient ended in: the parsed value, "not found", or an error
// already worded for people.
struct ApiResult
{
    enum class Status { Ok, NotFound, Error };
    Status status = Status::Error;
    QVariant value; // the parser's value when Ok (the raw bytes for media)
    QString error; // for people, when NotFound or Error
    QUrl url; // as fetched, after the URL policy
    bool fromCache = false;
    int attempts = 0;

    bool isOk() const { return status == Status::Ok; }
    bool isNotFound() const { return status == Status::NotFound; }
    template<typename T> T as() const { return value.value<T>(); }
};

Q_DECLARE_METATYPE(ApiResult)

// Turns a body into a value, or returns an invalid QVariant after writing *error, on the
// worker where the body lands (see BodyReader): it must not touch anything but its arguments.
using ApiParser = BodyReader;

// An ApiParser from one of the validating parsers (PokeApiParser, DetailsParser), named by
// the parser: two fetches of one URL with the same parser share one parse.
template<typename T> ApiParser parserOf(std::optional<T> (*parse)(const QByteArray &, QString *))
{
    return { reinterpret_cast<quintptr>(parse),
             [parse](const QByteArray &body, QString *error) -> QVariant {
                 if (auto value = parse(body, error))
                     return QVariant::fromValue(std::move(*value));
                 return {};
             } };
}

// One fetch in progress: emits finished() exactly once unless aborted, then deletes itself.
class ApiReply : public QObject
{
    Q_OBJECT
public:
    // The caller no longer wants the result: finished() will not be emitted, and the request
    // is cancelled once nobody else wants the same URL.
    void abort();
    // How urgent the result is now; see RequestHandle::setPriority().
    void setPriority(FetchPriority priority);

Q_SIGNALS:
    void finished(const ApiResult &result);

private:
    friend class PokeApiClient;
    explicit ApiReply(QObject *parent);
    void finish(const ApiResult &result);

    QPointer<RequestHandle> m_request;
    bool m_done = false;
};
