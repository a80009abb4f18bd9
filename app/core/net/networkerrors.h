#pragma once

#include <QNetworkReply>
#include <QString>

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

} // namespace NetworkErrors
