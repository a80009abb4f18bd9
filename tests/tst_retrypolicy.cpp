// RetryPolicy: which failures are sent again and after how long, without a server.

#include "net/networkresult.h"
#include "net/retrypolicy.h"

#include <QTest>

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryable_data();
    void retryable();
    void retryAfter_data();
    void retryAfter();
    void delay_data();
    void delay();
};

void tst_RetryPolicy::retryable_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("error");
    QTest::addColumn<bool>("retryable");
    using E = QNetworkReply::NetworkError;
    QTest::addRow("429") << 429 << int(E::UnknownContentError) << true;
    QTest::addRow("500") << 500 << int(E::InternalServerError) << true;
    QTest::addRow("502") << 502 << int(E::UnknownServerError) << true;
    QTest::addRow("503") << 503 << int(E::ServiceUnavailableError) << true;
    QTest::addRow("504") << 504 << int(E::UnknownServerError) << true;
    QTest::addRow("400") << 400 << int(E::ProtocolInvalidOperationError) << false;
    QTest::addRow("403") << 403 << int(E::ContentAccessDenied) << false;
    QTest::addRow("404") << 404 << int(E::ContentNotFoundError) << false;
    QTest::addRow("refused") << 0 << int(E::ConnectionRefusedError) << true;
    QTest::addRow("closed") << 0 << int(E::RemoteHostClosedError) << true;
    QTest::addRow("timeout") << 0 << int(E::TimeoutError) << true;
    QTest::addRow("tls") << 0 << int(E::SslHandshakeFailedError) << false;
    QTest::addRow("host not found") << 0 << int(E::HostNotFoundError) << false;
    QTest::addRow("h2 stream refused") << 0 << int(E::ProtocolFailure) << true;
    QTest::addRow("h2 stream reset: calm down") << 0 << int(E::UnknownServerError) << true;
    QTest::addRow("a 501 is an answer") << 501 << int(E::UnknownServerError) << false;
    QTest::addRow("too large") << 200 << int(E::UnknownContentError) << false;
}

void tst_RetryPolicy::retryable()
{
    QFETCH(int, status);
    QFETCH(int, error);
    QFETCH(bool, retryable);
    NetworkResult result;
    result.httpStatus = status;
    result.error = QNetworkReply::NetworkError(error);
    QCOMPARE(RetryPolicy::isRetryable(result), retryable);
}

namespace {
const QDateTime now = QDateTime(QDate(2026, 12, 1), QTime(13, 0, 0), Qt::UTC);
}

void tst_RetryPolicy::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<qint64>("ms");
    QTest::addRow("seconds") << QByteArray("120") << true << qint64(120000);
    QTest::addRow("zero") << QByteArray("0") << true << qint64(0);
    QTest::addRow("padded") << QByteArray(" 7 ") << true << qint64(7000);
    // Multiplying these by 1000 in 64 bits overflowed (undefined behaviour).
    QTest::addRow("past 2^63 / 1000")
        << QByteArray("9223372036854775807") << true << qint64(9223372036854775807LL / 1000 * 1000);
    QTest::addRow("forty digits") << QByteArray(40, '9') << true
                                  << qint64(9223372036854775807LL / 1000 * 1000);
    QTest::addRow("imf-fixdate") << QByteArray("Tue, 01 Dec 2026 13:00:30 GMT") << true
                                 << qint64(30000);
    QTest::addRow("rfc 2822 with offset")
        << QByteArray("Tue, 1 Dec 2026 13:00:05 +0000") << true << qint64(5000);
    QTest::addRow("date in the past")
        << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << true
        << now.msecsTo(QDateTime(QDate(2015, 10, 21), QTime(7, 28), Qt::UTC));
    QTest::addRow("empty") << QByteArray() << false << qint64(0);
    QTest::addRow("negative") << QByteArray("-5") << false << qint64(0);
    QTest::addRow("signed") << QByteArray("+5") << false << qint64(0);
    QTest::addRow("decimal") << QByteArray("1.5") << false << qint64(0);
    QTest::addRow("garbage") << QByteArray("soon") << false << qint64(0);
}

void tst_RetryPolicy::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, readable);
    QFETCH(qint64, ms);
    const auto parsed = RetryPolicy::parseRetryAfter(value, now);
    QCOMPARE(parsed.has_value(), readable);
    if (readable)
        QCOMPARE(*parsed, ms);
}

void tst_RetryPolicy::delay_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("min");
    QTest::addColumn<int>("max");
    // base 100 ms, cap 30 s; jitter is +-50 %
    QTest::addRow("first backoff") << 1 << QByteArray() << 50 << 150;
    QTest::addRow("second backoff") << 2 << QByteArray() << 100 << 300;
    QTest::addRow("third backoff") << 3 << QByteArray() << 200 << 600;
    QTest::addRow("huge attempt is capped exactly") << 40 << QByteArray() << 30000 << 30000;
    QTest::addRow("server's seconds") << 1 << QByteArray("2") << 2000 << 2000;
    QTest::addRow("server says now") << 1 << QByteArray("0") << 0 << 0;
    QTest::addRow("padded seconds") << 1 << QByteArray(" 3 ") << 3000 << 3000;
    QTest::addRow("negative falls back") << 1 << QByteArray("-5") << 50 << 150;
    QTest::addRow("server's http date")
        << 1 << QByteArray("Tue, 01 Dec 2026 13:00:04 GMT") << 4000 << 4000;
    QTest::addRow("too long") << 1 << QByteArray("3600") << -1 << -1;
    QTest::addRow("overflowing seconds") << 1 << QByteArray("99999999999999999999") << -1 << -1;
    QTest::addRow("http date too far")
        << 1 << QByteArray("Tue, 01 Dec 2026 14:00:00 GMT") << -1 << -1;
    QTest::addRow("past date falls back")
        << 1 << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << 50 << 150;
    QTest::addRow("garbage falls back") << 2 << QByteArray("soon") << 100 << 300;
}

void tst_RetryPolicy::delay()
{
    QFETCH(int, attempt);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, min);
    QFETCH(int, max);
    RetryPolicy policy;
    policy.baseDelayMs = 100;
    policy.maxDelayMs = 30000;
    for (int i = 0; i < 50; ++i) { // jitter: every draw must be in range
        const int ms = policy.delayMs(attempt, retryAfter, now);
        QVERIFY2(ms >= min && ms <= max, qPrintable(QString::number(ms)));
    }
}

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
