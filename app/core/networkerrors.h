#pragma once

#include <QNetworkReply>
#include <QString>

// Words a person understands for what went wrong with a request.
namespace NetworkErrors {

QString describe(QNetworkReply::NetworkError error, int httpStatus, const QString &host,
                 const QString &qtErrorString);
QString timedOut(int timeoutMs);
QString tooLarge(qint64 maxBytes);
QString offlineNotCached();

} // namespace NetworkErrors
