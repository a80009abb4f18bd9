#pragma once

#include <QByteArray>
#include <QDateTime>
#include <optional>

struct NetworkResult;

// When a failed request is worth sending again, and after how long: exponential backoff with
// jitter from baseDelayMs, or the server's own Retry-After, never past maxDelayMs.
struct RetryPolicy
{
    int maxAttempts = 4; // in all, the first included
    int baseDelayMs = 500;
    int maxDelayMs = 30000;

    // 429, 500, 502, 503, 504 and transport failures: the server or the path to it may well answer
    // next time. 400, 404 and the like never change by asking again.
    static bool isRetryable(const NetworkResult &result);

    // The delay before attempt `attempt` + 1 (1-based), honouring a Retry-After value (seconds
    // or an HTTP date); -1 when the server asks for longer than maxDelayMs.
    int delayMs(int attempt, const QByteArray &retryAfter,
                const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // A Retry-After header in milliseconds from `now`: delta-seconds or an HTTP date (RFC 9110:
    // IMF-fixdate, or the RFC 2822 form some servers send). Nothing when it is unreadable; a
    // date in the past is negative. Huge values saturate instead of overflowing.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);
};
