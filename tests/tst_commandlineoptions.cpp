// CommandLineOptions: the documented command line, parsed without starting anything.

#include "commandlineoptions.h"

#include <QTest>

class tst_CommandLineOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void everyOption();
    void usageErrors_data();
    void usageErrors();
    void wantsWindow_data();
    void wantsWindow();
};

static QStringList args(std::initializer_list<const char *> list)
{
    QStringList result { QStringLiteral("pokedex") };
    for (const char *arg : list)
        result.append(QString::fromUtf8(arg));
    return result;
}

void tst_CommandLineOptions::defaults()
{
    const auto o = CommandLineOptions::parse(args({}));
    QCOMPARE(o.outcome, CommandLineOptions::Outcome::Run);
    QCOMPARE(o.apiUrl, QUrl(QStringLiteral("https://pokeapi.co/api/v2/")));
    QCOMPARE(o.concurrency, 0); // automatic: 6 over HTTP/1.1, more over HTTP/2
    QVERIFY(!o.headless);
    QVERIFY(!o.json);
    QVERIFY(o.cacheDir.isEmpty());
    QCOMPARE(o.cacheSizeMb, 200);
    QVERIFY(!o.offline);
    QVERIFY(!o.noCache);
    QVERIFY(o.names.isEmpty());
}

void tst_CommandLineOptions::everyOption()
{
    const auto o = CommandLineOptions::parse(
        args({ "--api-url", "http://127.0.0.1:8080/api/v2/", "--concurrency", "12", "--cache-dir",
               "/tmp/c", "--cache-size", "50", "--offline", "--headless", "--json", "pikachu",
               "Mr. Mime", "--", "--json" }));
    QCOMPARE(o.outcome, CommandLineOptions::Outcome::Run);
    QCOMPARE(o.apiUrl, QUrl(QStringLiteral("http://127.0.0.1:8080/api/v2/")));
    QCOMPARE(o.concurrency, 12);
    QCOMPARE(o.cacheDir, QStringLiteral("/tmp/c"));
    QCOMPARE(o.cacheSizeMb, 50);
    QVERIFY(o.offline);
    QVERIFY(o.headless);
    QVERIFY(o.json);
    QCOMPARE(o.names,
             (QStringList { QStringLiteral("pikachu"), QStringLiteral("Mr. Mime"),
                            QStringLiteral("--json") }));
}

void tst_CommandLineOptions::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("zero") << args({ "--concurrency", "0" });
    QTest::addRow("negative") << args({ "--concurrency", "-3" });
    QTest::addRow("too many") << args({ "--concurrency", "65" });
    QTest::addRow("not a number") << args({ "--concurrency", "six" });
    QTest::addRow("missing value") << args({ "--concurrency" });
    QTest::addRow("verbose without headless") << args({ "--verbose" });
    QTest::addRow("ftp") << args({ "--api-url", "ftp://example.org/" });
    QTest::addRow("no host") << args({ "--api-url", "http://" });
    QTest::addRow("relative") << args({ "--api-url", "api/v2" });
    QTest::addRow("json alone") << args({ "--json" });
    QTest::addRow("offline without cache") << args({ "--offline", "--no-cache" });
    QTest::addRow("cache dir without cache") << args({ "--cache-dir", "/tmp/x", "--no-cache" });
    QTest::addRow("cache size 0") << args({ "--cache-size", "0" });
    QTest::addRow("cache size word") << args({ "--cache-size", "big" });
    QTest::addRow("unknown") << args({ "--nope" });
}

void tst_CommandLineOptions::usageErrors()
{
    QFETCH(QStringList, arguments);
    const auto o = CommandLineOptions::parse(arguments);
    QCOMPARE(o.outcome, CommandLineOptions::Outcome::UsageError);
    QVERIFY(!o.message.isEmpty());
}

void tst_CommandLineOptions::wantsWindow_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("window");
    QTest::addRow("nothing") << args({}) << true;
    QTest::addRow("names") << args({ "pikachu" }) << true;
    QTest::addRow("headless") << args({ "--api-url", "x", "--headless", "pikachu" }) << false;
    QTest::addRow("help") << args({ "--help" }) << false;
    QTest::addRow("version") << args({ "-v" }) << false;
    QTest::addRow("after --") << args({ "--", "--headless" }) << true;
}

void tst_CommandLineOptions::wantsWindow()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, window);
    QList<QByteArray> storage;
    std::vector<const char *> argv;
    for (const QString &a : arguments)
        storage.append(a.toUtf8());
    for (const QByteArray &a : storage)
        argv.push_back(a.constData());
    QCOMPARE(CommandLineOptions::wantsWindow(int(argv.size()), argv.data()), window);
}

QTEST_GUILESS_MAIN(tst_CommandLineOptions)
#include "tst_commandlineoptions.moc"
