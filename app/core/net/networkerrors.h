#pragma once

#include <QNetworkReply>
#include <QString>
#include <QUrl>

// Words a person understands for what went wrong with a request.
namespace NetworkErrors {

QString describe(QNetworkReply::NetworkError error, int httpStatus, const QString &host,
                 const QString &qtErrorString);
QString timedOut(int timeoutMs);
QString tooSlow(int deadlineMs);
QString tooLarge(qint64 maxBytes);
// A compressed answer that could not be inflated, or inflated past maxBytes.
QString undecodable(qint64 maxBytes);
// An answer that ended early although the server reported no error.
QString cutOff(const QString &host);
QString offlineNotCached();
// `reason` of the last of `attempts` tries, after which the queue stopped retrying.
QString gaveUp(const QString &reason, int attempts);
// A retry asked for while working offline: nothing would be sent.
QString offlineRetry();
// A body that arrived whole but is not what PokeAPI sends; `detail` names the field.
QString unexpectedAnswer(const QString &detail);
// A URL in an answer that points outside the API, or with another scheme: not fetched.
QString refusedResource(const QUrl &url);
// A picture or sound URL that is not http(s): not fetched.
QString refusedMedia(const QUrl &url);

} // namespace NetworkErrors
