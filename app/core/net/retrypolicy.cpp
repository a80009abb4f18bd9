#include "net/retrypolicy.h"

#include "net/networkresult.h"

#include <QRandomGenerator>
#include <limits>

bool RetryPolicy::isRetryable(const NetworkResult &result)
{
    switch (result.httpStatus) {
    case 429:
    case 500: // transient on PokeAPI's hosting; curl's --retry retries it too
    case 502:
    case 503:
    case 504:
        return true;
    default:
        break;
    }
    switch (result.error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::UnknownServerError:
        // An HTTP/2 stream the server reset (REFUSED_STREAM, ENHANCE_YOUR_CALM) before any
        // status: safe to send again (RFC 9113, 8.7). With a status, it was an answer.
        return result.httpStatus == 0;
    default:
        return false;
    }
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool digitsOnly = true;
    for (const char c : text)
        digitsOnly = digitsOnly && c >= '0' && c <= '9';
    if (digitsOnly) {
        // Any number of digits: a value past what fits is simply "very long".
        constexpr qint64 Saturated = std::numeric_limits<qint64>::max() / 1000;
        qint64 seconds = 0;
        for (const char c : text) {
            seconds = seconds > (Saturated - (c - '0')) / 10 ? Saturated : seconds * 10 + (c - '0');
        }
        return seconds * 1000;
    }
    const QString date = QString::fromLatin1(text);
    // Qt 6.4's RFC 2822 reader refuses the "GMT" that every HTTP date ends with.
    QDateTime when = QDateTime::fromString(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (when.isValid())
        when.setTimeSpec(Qt::UTC);
    else
        when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return now.msecsTo(when);
}

int RetryPolicy::delayMs(int attempt, const QByteArray &retryAfter, const QDateTime &now) const
{
    if (const auto asked = parseRetryAfter(retryAfter, now)) {
        if (*asked > maxDelayMs)
            return -1;
        if (*asked >= 0)
            return int(*asked);
        // A date already past: our own backoff still spaces the attempts.
    }
    // base * 2^(attempt-1), then +-50 % jitter so that clients do not retry in lockstep.
    const qint64 backoff = qint64(baseDelayMs) << qBound(0, attempt - 1, 16);
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble();
    return int(qMin<qint64>(maxDelayMs, qint64(double(backoff) * jitter)));
}
