// ReplyChecks without a server: what a finished reply's facts and body become.

#include "fakepokeapi.h"
#include "net/replychecks.h"

#include <QHash>
#include <QTest>

using ReplyChecks::Facts;

class tst_ReplyChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeJson_data();
    void wholeJson();
    void judge_data();
    void judge();
    void hugeWholeDocumentIsWhole();
};

void tst_ReplyChecks::wholeJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("whole");
    QTest::addRow("object") << QByteArray(R"({"a": [1, 2, {"b": "c"}]})") << true;
    QTest::addRow("array") << QByteArray("[1,2,3]") << true;
    QTest::addRow("scalar") << QByteArray("42") << true;
    QTest::addRow("surrounding space") << QByteArray(" \n{ }\r\n\t") << true;
    QTest::addRow("brackets inside strings") << QByteArray(R"({"a": "}]{["})") << true;
    QTest::addRow("escaped quote") << QByteArray(R"({"a": "say \"hi\""})") << true;
    QTest::addRow("escaped backslash before quote") << QByteArray(R"({"a": "c:\\"})") << true;
    QTest::addRow("empty") << QByteArray() << false;
    QTest::addRow("only space") << QByteArray("   ") << false;
    QTest::addRow("cut in an object") << QByteArray(R"({"a": [1, 2)") << false;
    QTest::addRow("cut in a string") << QByteArray(R"({"a": "abc)") << false;
    QTest::addRow("cut after a backslash") << QByteArray(R"({"a": "abc\)") << false;
    QTest::addRow("cut in an escape at the end") << QByteArray(R"({"a": "\")") << false;
    QTest::addRow("nested cut") << QByteArray(R"({"a": {"b": {"c": 1})") << false;
}

void tst_ReplyChecks::wholeJson()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, whole);
    QCOMPARE(ReplyChecks::isWholeJson(body), whole);
}

namespace {

Facts okJson(qint64 length = -1)
{
    Facts facts;
    facts.url = QUrl(QStringLiteral("http://127.0.0.1:1/api/v2/pokemon/pikachu"));
    facts.httpStatus = 200;
    facts.isJson = true;
    if (length >= 0) {
        facts.hasContentLength = true;
        facts.contentLength = length;
    }
    return facts;
}

// Gzips with the fake server's encoder, and remembers what each stream inflates to.
QHash<QByteArray, QByteArray> &plainOfGzip()
{
    static QHash<QByteArray, QByteArray> plain;
    return plain;
}

QByteArray gzipOf(const QByteArray &plain)
{
    const QByteArray compressed = FakePokeApi::gzip(plain);
    plainOfGzip().insert(compressed, plain);
    return compressed;
}

} // namespace

Q_DECLARE_METATYPE(Facts)

void tst_ReplyChecks::judge_data()
{
    QTest::addColumn<Facts>("facts");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("error"); // QNetworkReply::NetworkError
    QTest::addColumn<bool>("keepsBody");
    QTest::addColumn<bool>("refusedASuccess");
    QTest::addColumn<QString>("wording"); // a part of errorString

    const QByteArray doc = R"({"id": 25})";
    using E = QNetworkReply::NetworkError;
    QTest::addRow("whole answer") << okJson(doc.size()) << doc << int(E::NoError) << true << false
                                  << QString();
    QTest::addRow("no length, whole json")
        << okJson() << doc << int(E::NoError) << true << false << QString();
    QTest::addRow("short of its length")
        << okJson(doc.size() + 10) << doc << int(E::RemoteHostClosedError) << false << true
        << QStringLiteral("closed the connection");
    Facts gzipped = okJson();
    gzipped.contentEncoding = "gzip";
    const QByteArray compressed = gzipOf(doc);
    QTest::addRow("gzip, whole") << gzipped << compressed << int(E::NoError) << true << false
                                 << QString();
    QTest::addRow("gzip stream cut short")
        << gzipped << compressed.left(compressed.size() - 3) << int(E::RemoteHostClosedError)
        << false << true << QStringLiteral("broke off");
    QTest::addRow("gzip of a cut document")
        << gzipped << gzipOf(doc.left(5)) << int(E::RemoteHostClosedError) << false << true
        << QStringLiteral("broke off");
    Facts gzippedWithLength = gzipped;
    gzippedWithLength.hasContentLength = true;
    gzippedWithLength.contentLength = compressed.size(); // of the encoded bytes
    QTest::addRow("gzip with its length")
        << gzippedWithLength << compressed << int(E::NoError) << true << false << QString();
    QTest::addRow("gzip short of its length")
        << gzippedWithLength << compressed.left(10) << int(E::RemoteHostClosedError) << false
        << true << QStringLiteral("closed the connection");
    QTest::addRow("gzip inflating past the cap")
        << gzipped << gzipOf("{\"a\":\"" + QByteArray(200, ' ') + "\"}")
        << int(E::UnknownContentError) << false << true << QStringLiteral("larger than");
    QTest::addRow("not gzip at all") << gzipped << doc << int(E::UnknownContentError) << false
                                     << true << QStringLiteral("compressed answer");
    Facts brotli = okJson();
    brotli.contentEncoding = "br";
    QTest::addRow("a coding we did not ask for")
        << brotli << doc << int(E::UnknownContentError) << false << true
        << QStringLiteral("compressed answer");
    Facts identity = okJson(doc.size());
    identity.contentEncoding = "identity";
    QTest::addRow("identity coding")
        << identity << doc << int(E::NoError) << true << false << QString();
    Facts notJson = okJson();
    notJson.isJson = false;
    QTest::addRow("not json, no length: not judged by brackets")
        << notJson << QByteArray("{") << int(E::NoError) << true << false << QString();
    QTest::addRow("larger than the cap")
        << okJson() << QByteArray(101, 'x') << int(E::UnknownContentError) << false << true
        << QStringLiteral("larger than");
    Facts aborted = okJson();
    aborted.error = E::OperationCanceledError;
    aborted.abortedTooLarge = true;
    QTest::addRow("aborted for size") << aborted << QByteArray() << int(E::UnknownContentError)
                                      << false << false << QStringLiteral("larger than");
    Facts late = okJson();
    late.error = E::OperationCanceledError;
    late.abortedPastDeadline = true;
    QTest::addRow("past the deadline") << late << QByteArray("{\"a") << int(E::TimeoutError)
                                       << false << false << QStringLiteral("still arriving");
    Facts silent = okJson();
    silent.error = E::OperationCanceledError;
    QTest::addRow("transfer timeout") << silent << QByteArray() << int(E::TimeoutError) << false
                                      << false << QStringLiteral("No answer");
    Facts notFound = okJson();
    notFound.httpStatus = 404;
    notFound.isJson = false;
    notFound.error = E::ContentNotFoundError;
    QTest::addRow("404 keeps its body")
        << notFound << QByteArray("Not Found") << int(E::ContentNotFoundError) << true << false
        << QStringLiteral("Not found");
    Facts gzippedNotFound = notFound;
    gzippedNotFound.contentEncoding = "gzip";
    QTest::addRow("404, gzipped body")
        << gzippedNotFound << gzipOf("Not Found") << int(E::ContentNotFoundError) << true << false
        << QStringLiteral("Not found");
    Facts shortNotFound = gzippedNotFound;
    shortNotFound.hasContentLength = true;
    shortNotFound.contentLength = 100;
    QTest::addRow("404, gzip short of its length: no body, never the encoded bytes")
        << shortNotFound << gzipOf("Not Found") << int(E::ContentNotFoundError) << false << false
        << QStringLiteral("Not found");
    QTest::addRow("404, damaged gzip: still not found")
        << gzippedNotFound << QByteArray("Not Found") << int(E::ContentNotFoundError) << false
        << false << QStringLiteral("Not found");
    Facts refused = okJson();
    refused.httpStatus = 0;
    refused.error = E::ConnectionRefusedError;
    QTest::addRow("transport error drops partial data")
        << refused << QByteArray("{\"a\":") << int(E::ConnectionRefusedError) << false << false
        << QStringLiteral("refused the connection");
}

void tst_ReplyChecks::judge()
{
    QFETCH(Facts, facts);
    QFETCH(QByteArray, body);
    QFETCH(int, error);
    QFETCH(bool, keepsBody);
    QFETCH(bool, refusedASuccess);
    QFETCH(QString, wording);
    facts.attempts = 2;
    const ReplyChecks::Limits limits { 100, 15000, 60000 };
    const ReplyChecks::Verdict verdict = ReplyChecks::judge(facts, body, limits);
    QCOMPARE(int(verdict.result.error), error);
    // What is kept is the decoded body.
    const QByteArray decoded = facts.contentEncoding == "gzip" ? plainOfGzip().value(body) : body;
    QCOMPARE(verdict.result.body, keepsBody ? decoded : QByteArray());
    QCOMPARE(verdict.refusedASuccess, refusedASuccess);
    QCOMPARE(verdict.result.url, facts.url);
    QCOMPARE(verdict.result.attempts, 2);
    QCOMPARE(verdict.result.httpStatus, facts.httpStatus);
    if (wording.isEmpty())
        QVERIFY2(verdict.result.errorString.isEmpty(), qPrintable(verdict.result.errorString));
    else
        QVERIFY2(verdict.result.errorString.contains(wording),
                 qPrintable(verdict.result.errorString));
}

void tst_ReplyChecks::hugeWholeDocumentIsWhole()
{
    // 8 MB of strings with escapes: linear, and whole.
    QByteArray body = "[";
    const QByteArray item = R"("a \"quoted\" \\ string with } and ] inside",)";
    while (body.size() < 8 * 1024 * 1024)
        body += item;
    body += "1]";
    QVERIFY(ReplyChecks::isWholeJson(body));
    body.chop(1);
    QVERIFY(!ReplyChecks::isWholeJson(body));
}

QTEST_GUILESS_MAIN(tst_ReplyChecks)
#include "tst_replychecks.moc"
