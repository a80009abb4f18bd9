#include "net/networkerrors.h"

#include <QCoreApplication>

namespace NetworkErrors {

static QString tr(const char *text)
{
    return QCoreApplication::translate("NetworkErrors", text);
}

static QString describeHttpStatus(int status)
{
    switch (status) {
    case 400:
        return tr("The server did not understand the request (HTTP 400)");
    case 403:
        return tr("The server refused access (HTTP 403)");
    case 404:
        return tr("Not found (HTTP 404)");
    case 429:
        return tr("Too many requests: the server asks us to slow down (HTTP 429)");
    case 500:
        return tr("The server had an internal error (HTTP 500)");
    case 502:
    case 504:
        return tr("The server's gateway failed (HTTP %1)").arg(status);
    case 503:
        return tr("The server is temporarily unavailable (HTTP 503)");
    default:
        return tr("The server answered with HTTP status %1").arg(status);
    }
}

QString describe(QNetworkReply::NetworkError error, int httpStatus, const QString &host,
                 const QString &qtErrorString)
{
    if (httpStatus >= 400)
        return describeHttpStatus(httpStatus);
    switch (error) {
    case QNetworkReply::NoError:
        return httpStatus && httpStatus / 100 != 2 ? describeHttpStatus(httpStatus) : QString();
    case QNetworkReply::ConnectionRefusedError:
        return tr("%1 refused the connection").arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return tr("%1 closed the connection before the answer was complete").arg(host);
    case QNetworkReply::HostNotFoundError:
        return tr("Could not find %1: check your internet connection").arg(host);
    case QNetworkReply::TimeoutError:
        return tr("%1 did not answer in time").arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("The secure connection to %1 failed: %2").arg(host, qtErrorString);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("The network is not available");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("The proxy failed: %1").arg(qtErrorString);
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return tr("Refused an unsafe or endless redirect from %1").arg(host);
    default:
        return qtErrorString.isEmpty() ? tr("Network error %1").arg(int(error)) : qtErrorString;
    }
}

QString timedOut(int timeoutMs)
{
    return tr("No answer from the server within %1 s").arg(timeoutMs / 1000.0, 0, 'g', 3);
}

QString tooSlow(int deadlineMs)
{
    return tr("The answer was still arriving after %1 s, far too slowly")
        .arg(deadlineMs / 1000.0, 0, 'g', 3);
}

QString tooLarge(qint64 maxBytes)
{
    return tr("The answer is larger than %1 MB, so it was refused").arg(maxBytes / (1024 * 1024));
}

QString undecodable(qint64 maxBytes)
{
    return tr("The compressed answer was damaged, or larger than %1 MB once unpacked, so it "
              "was refused")
        .arg(maxBytes / (1024 * 1024));
}

QString cutOff(const QString &host)
{
    return tr("The connection to %1 broke off before the answer was complete").arg(host);
}

QString offlineNotCached()
{
    return tr("Offline, and not in the cache");
}

QString gaveUp(const QString &reason, int attempts)
{
    return QCoreApplication::translate("NetworkErrors", "%1 (gave up after %n attempts)", nullptr,
                                       attempts)
        .arg(reason);
}

QString offlineRetry()
{
    return tr("You are offline — turn off Work Offline to retry");
}

QString unexpectedAnswer(const QString &detail)
{
    return tr("Unexpected answer from the server: %1").arg(detail);
}

// A URL as it may be shown: no user info, and not so long that it buries the message.
static QString shown(const QUrl &url)
{
    QString text = url.toDisplayString(QUrl::RemoveUserInfo);
    if (text.size() > 100)
        text = text.left(99) + QChar(0x2026);
    return text;
}

QString refusedResource(const QUrl &url)
{
    return tr("The server pointed at %1, which is not a PokeAPI resource; it was not fetched")
        .arg(shown(url));
}

QString refusedMedia(const QUrl &url)
{
    return tr("Refused to fetch %1: pictures and sounds come over http or https only")
        .arg(shown(url));
}

} // namespace NetworkErrors
