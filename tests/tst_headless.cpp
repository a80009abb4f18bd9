// The headless command-line contract, checked line by line against the real binary (and, for
// what the command line cannot bring about, against HeadlessRunner in this process).

#include "fakepokeapi.h"
#include "headlessrunner.h"
#include "testengine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <algorithm>
#include <functional>

class tst_Headless : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void jsonLinesContract();
    void textOutput();
    void speciesFallbackReportsTheResolvedName();
    void controlCharactersAreEscaped_data();
    void controlCharactersAreEscaped();
    void errorsExitWithOne();
    void cancelledNamesAreNotLoaded_data();
    void cancelledNamesAreNotLoaded();
    void rateLimitsAreToldOnStandardError();
    void notFoundNamesExitWithZero_data();
    void notFoundNamesExitWithZero();
    void concurrencyIsHonoured();
    void namesFromStandardInput();
    void namesInEveryLanguageWithDisplayNames();
    void textOutputInTheDisplayLanguage();
    void doubleDashEndsOptions();
    void secondRunComesFromTheCache();
    void noCacheAsksEveryTime();
    void offlineSendsNothing();
    void usageErrors_data();
    void usageErrors();
    void versionAndHelp();
    void detailsJsonHasTheWholeSheet();
    void detailsOfTwoOfALineAskEachMoveOnce();
    void detailsTextIsASheet();
    void detailsOfEveryNameLoadAtOnce();
    void detailsWithALanguageNameMovesAndAbilitiesInIt();
    void coverageLineComesBeforeTheSummary();
    void coverageOfAShowdownTeamOnStandardInput();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    // onOutput, if given, sees the standard output so far each time more arrives.
    Run run(const QStringList &arguments, const QByteArray &input = {},
            const std::function<void(const QByteArray &out)> &onOutput = {});
    // Every test has a cache of its own, so no run is answered from another's cache.
    QStringList apiArgs() const
    {
        return { QStringLiteral("--api-url"), m_server->apiUrl().toString(),
                 QStringLiteral("--cache-dir"), m_cacheDir->path() };
    }
    static QList<QJsonObject> jsonLines(const QByteArray &out);

    std::unique_ptr<FakePokeApi> m_server;
    std::unique_ptr<QTemporaryDir> m_cacheDir;
};

void tst_Headless::init()
{
    m_server = std::make_unique<FakePokeApi>(QStringLiteral(POKEDEX_TEST_DATA));
    QVERIFY(m_server->listen());
    m_cacheDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_cacheDir->isValid());
}

tst_Headless::Run tst_Headless::run(const QStringList &arguments, const QByteArray &input,
                                    const std::function<void(const QByteArray &out)> &onOutput)
{
    Run result;
    QProcess process;
    // No display at all: --headless must not need one.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    connect(&process, &QProcess::readyReadStandardOutput, this, [&] {
        result.out += process.readAllStandardOutput();
        if (onOutput)
            onOutput(result.out);
    });
    process.start(QStringLiteral(POKEDEX_BINARY), arguments);
    if (!input.isNull()) {
        process.write(input);
    }
    process.closeWriteChannel();
    QSignalSpy finished(&process, &QProcess::finished);
    // The event loop keeps running while we wait, so the in-process server answers.
    if (!finished.wait(30000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out += process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QList<QJsonObject> tst_Headless::jsonLines(const QByteArray &out)
{
    QList<QJsonObject> objects;
    const QList<QByteArray> lines = out.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (i == lines.size() - 1 && lines.at(i).isEmpty())
            break; // the final newline
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            qWarning("line %d is not one JSON object: %s", i, lines.at(i).constData());
            return {};
        }
        objects.append(doc.object());
    }
    return objects;
}

void tst_Headless::jsonLinesContract()
{
    // Charizard is answered only once the other three lines are out.
    const QString charizard = QStringLiteral("/api/v2/pokemon/charizard");
    m_server->hold(charizard);
    const Run r = run(apiArgs() << QStringLiteral("--headless") << QStringLiteral("--json")
                                << QStringLiteral("pikachu") << QStringLiteral("charizard")
                                << QStringLiteral("Mr. Mime") << QStringLiteral("bad_name"),
                      {}, [this, charizard](const QByteArray &out) {
                          if (out.count('\n') == 3)
                              m_server->release(charizard);
                      });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QList<QJsonObject> lines = jsonLines(r.out);
    QCOMPARE(lines.size(), 5);

    QHash<QString, QJsonObject> byQuery;
    double lastMs = 0;
    for (int i = 0; i < 4; ++i) {
        const QJsonObject &o = lines.at(i);
        QVERIFY(o.value(QLatin1String("query")).isString());
        QVERIFY(o.value(QLatin1String("name")).isString());
        QVERIFY(o.value(QLatin1String("ms")).isDouble());
        // Arrival order: each line's time is at least the one before it.
        QVERIFY(o.value(QLatin1String("ms")).toDouble() >= lastMs);
        lastMs = o.value(QLatin1String("ms")).toDouble();
        byQuery.insert(o.value(QLatin1String("query")).toString(), o);
    }
    // The held one arrives last.
    QCOMPARE(lines.at(3).value(QLatin1String("query")).toString(), QStringLiteral("charizard"));

    const QJsonObject mime = byQuery.value(QStringLiteral("Mr. Mime"));
    QCOMPARE(mime.value(QLatin1String("name")).toString(), QStringLiteral("mr-mime"));
    QCOMPARE(mime.value(QLatin1String("status")).toString(), QStringLiteral("found"));
    QCOMPARE(mime.value(QLatin1String("id")).toInt(), 122);
    QCOMPARE(mime.value(QLatin1String("types")).toArray(),
             (QJsonArray { QStringLiteral("psychic"), QStringLiteral("fairy") }));

    const QJsonObject bad = byQuery.value(QStringLiteral("bad_name"));
    QCOMPARE(bad.value(QLatin1String("name")).toString(), QStringLiteral("bad_name"));
    QCOMPARE(bad.value(QLatin1String("status")).toString(), QStringLiteral("not_found"));
    QVERIFY(bad.value(QLatin1String("suggestions")).isArray());
    QVERIFY(!bad.contains(QLatin1String("id")));

    const QJsonObject summary = lines.at(4);
    QCOMPARE(summary.value(QLatin1String("summary")).toBool(), true);
    QCOMPARE(summary.value(QLatin1String("requested")).toInt(), 4);
    QCOMPARE(summary.value(QLatin1String("found")).toInt(), 3);
    QCOMPARE(summary.value(QLatin1String("not_found")).toInt(), 1);
    QCOMPARE(summary.value(QLatin1String("errors")).toInt(), 0);
    const double firstMs = summary.value(QLatin1String("first_ms")).toDouble();
    const double elapsedMs = summary.value(QLatin1String("elapsed_ms")).toDouble();
    QCOMPARE(firstMs, lines.at(0).value(QLatin1String("ms")).toDouble());
    QVERIFY(elapsedMs >= lastMs);

    // Keys come in the documented order, so the lines read naturally.
    QVERIFY(r.out.startsWith("{\"query\":"));
    QVERIFY(r.out.contains(
        "\"query\":\"Mr. Mime\",\"name\":\"mr-mime\",\"status\":\"found\",\"id\":122,"
        "\"types\":[\"psychic\",\"fairy\"],\"ms\":"));
}

void tst_Headless::textOutput()
{
    const Run r = run(apiArgs() << QStringLiteral("--headless") << QStringLiteral("pikachu")
                                << QStringLiteral("charzard"));
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(QRegularExpression(QStringLiteral("^pikachu  #25  electric  \\d+ ms$"))
                .match(lines.filter(QStringLiteral("pikachu  #25")).value(0))
                .hasMatch());
    QVERIFY2(
        QRegularExpression(
            QStringLiteral("^charzard  not found  \\(did you mean charizard.*\\?\\)  \\d+ ms$"))
            .match(lines.filter(QStringLiteral("charzard")).value(0))
            .hasMatch(),
        r.out.constData());
    QVERIFY(QRegularExpression(
                QStringLiteral("^Done in \\d+\\.\\d\\d s: 1 found, 1 not found, 0 errors$"))
                .match(lines.last())
                .hasMatch());
}

void tst_Headless::speciesFallbackReportsTheResolvedName()
{
    const Run r = run(apiArgs() << QStringLiteral("--headless") << QStringLiteral("--json")
                                << QStringLiteral("Deoxys"));
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> lines = jsonLines(r.out);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).value(QLatin1String("query")).toString(), QStringLiteral("Deoxys"));
    QCOMPARE(lines.at(0).value(QLatin1String("name")).toString(), QStringLiteral("deoxys-normal"));
    QCOMPARE(lines.at(0).value(QLatin1String("id")).toInt(), 386);
}

void tst_Headless::controlCharactersAreEscaped_data()
{
    QTest::addColumn<QString>("query");
    // What the server calls the Pokémon and its type; empty: the server is not asked.
    QTest::addColumn<QString>("servedName");
    QTest::addColumn<QString>("servedType");
    // What the text line must show in their place.
    QTest::addColumn<QString>("shown");

    const QString evil = QStringLiteral("evil");
    const QString fire = QStringLiteral("fire");
    QTest::addRow("clear screen in the name") << evil << QStringLiteral(u"pika\u001b[2Jchu") << fire
                                              << QStringLiteral("pika\\u001b[2Jchu");
    QTest::addRow("newline in the name fakes a line")
        << evil << QStringLiteral(u"x\nbulbasaur  #1  grass  5 ms") << fire
        << QStringLiteral("x\\u000abulbasaur  #1  grass  5 ms");
    QTest::addRow("carriage return in the name")
        << evil << QStringLiteral(u"ok\rfake") << fire << QStringLiteral("ok\\u000dfake");
    QTest::addRow("newline in a type")
        << evil << QStringLiteral("evil") << QStringLiteral(u"fire\nfake")
        << QStringLiteral("fire\\u000afake");
    QTest::addRow("DEL") << evil << QStringLiteral(u"a\u007fb") << fire
                         << QStringLiteral("a\\u007fb");
    QTest::addRow("C1 control sequence introducer")
        << evil << QStringLiteral(u"a\u009b2Jb") << fire << QStringLiteral("a\\u009b2Jb");
    QTest::addRow("bidi override")
        << evil << QStringLiteral(u"\u202eevil") << fire << QStringLiteral("\\u202eevil");
    QTest::addRow("bidi isolate") << evil << QStringLiteral(u"\u2066a\u2069") << fire
                                  << QStringLiteral("\\u2066a\\u2069");
    QTest::addRow("line separator")
        << evil << QStringLiteral(u"a\u2028b") << fire << QStringLiteral("a\\u2028b");
    // A typed name is rejected before the network, and still printed as typed.
    QTest::addRow("escape in the query") << QStringLiteral(u"pika\u001b[2J") << QString()
                                         << QString() << QStringLiteral("pika\\u001b[2J");
}

// A bug once: names and types from the server were printed raw, so an answer could clear the
// screen or fake a result line.
void tst_Headless::controlCharactersAreEscaped()
{
    QFETCH(QString, query);
    QFETCH(QString, servedName);
    QFETCH(QString, servedType);
    QFETCH(QString, shown);

    if (!servedName.isEmpty()) {
        QFile file(QStringLiteral(POKEDEX_TEST_DATA "/api/v2/pokemon/25.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject pokemon = QJsonDocument::fromJson(file.readAll()).object();
        pokemon.insert(QLatin1String("name"), servedName);
        const QJsonObject type { { QLatin1String("name"), servedType },
                                 { QLatin1String("url"), QLatin1String("/api/v2/type/10/") } };
        pokemon.insert(QLatin1String("types"),
                       QJsonArray { QJsonObject { { QLatin1String("slot"), 1 },
                                                  { QLatin1String("type"), type } } });
        m_server->setResponseFor(QStringLiteral("/api/v2/pokemon/") + query, 200,
                                 QJsonDocument(pokemon).toJson(QJsonDocument::Compact));
    }
    const auto isUnsafe = [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\n') || (u >= 0x7F && u <= 0x9F) || (u >= 0x2028 && u <= 0x202E)
            || (u >= 0x2066 && u <= 0x2069);
    };

    const Run text
        = run(apiArgs() << QStringLiteral("--headless") << QStringLiteral("--") << query);
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    // Failure messages percent-encode the output, or they would garble the test log too.
    QVERIFY2(std::none_of(out.begin(), out.end(), isUnsafe),
             text.out.toPercentEncoding(" #[]:/").constData());
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // the result and the summary: no line is faked
    QVERIFY2(lines.at(0).contains(shown), qPrintable(lines.at(0)));

    // JSON lines carry the exact text, every such character escaped.
    const Run json = run(apiArgs() << QStringLiteral("--headless") << QStringLiteral("--json")
                                   << QStringLiteral("--") << query);
    QCOMPARE(json.exitCode, 0);
    const QString jsonOut = QString::fromUtf8(json.out);
    QVERIFY2(std::none_of(jsonOut.begin(), jsonOut.end(), isUnsafe),
             json.out.toPercentEncoding(" #[]:/{}\",").constData());
    const QList<QJsonObject> objects = jsonLines(json.out);
    QCOMPARE(objects.size(), 2);
    QCOMPARE(objects.at(0).value(QLatin1String("query")).toString(), query);
    if (!servedName.isEmpty()) {
        QCOMPARE(objects.at(0).value(QLatin1String("name")).toString(), servedName);
        QCOMPARE(objects.at(0).value(QLatin1String("types")).toArray(), QJsonArray { servedType });
    }
}

void tst_Headless::errorsExitWithOne()
{
    m_server->setResponseFor(QStringLiteral("/api/v2/pokemon/eevee"), 500, "oops", "text/plain");
    const Run r = run(apiArgs() << QStringLiteral("--headless") << QStringLiteral("--json")
                                << QStringLiteral("pikachu") << QStringLiteral("eevee"));
    QCOMPARE(r.exitCode, 1);
    const QList<QJsonObject> lines = jsonLines(r.out);
    QCOMPARE(lines.size(), 3);
    const QJsonObject eevee = lines.at(0).value(QLatin1String("query")).toString() == u"eevee"
        ? lines.at(0)
        : lines.at(1);
    QCOMPARE(eevee.value(QLatin1String("status")).toString(), QStringLiteral("error"));
    QVERIFY(eevee.value(QLatin1String("error")).toString().contains(QStringLiteral("500")));
    QCOMPARE(lines.at(2).value(QLatin1String("errors")).toInt(), 1);
}

void tst_Headless::cancelledNamesAreNotLoaded_data()
{
    QTest::addColumn<bool>("json");
    QTest::addRow("text") << false;
    QTest::addRow("json lines") << true;
}

// Cancelled is neither found nor an error: it has a word of its own, and a count.
void tst_Headless::cancelledNamesAreNotLoaded()
{
    QFETCH(bool, json);
    TestEngine engine(m_server->apiUrl());
    m_server->hold(QStringLiteral("/api/v2/pokemon/eevee"));
    QString out;
    QTextStream stream(&out);
    HeadlessRunner runner(&engine.controller,
                          json ? HeadlessRunner::Format::JsonLines : HeadlessRunner::Format::Text,
                          &stream);
    QSignalSpy done(&runner, &HeadlessRunner::done);
    runner.run({ QStringLiteral("pikachu"), QStringLiteral("eevee") });
    QTRY_COMPARE(out.count(u'\n'), 1); // pikachu
    engine.controller.cancel();
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.at(0).at(0).toInt(), 1); // not everything was answered
    m_server->release(QStringLiteral("/api/v2/pokemon/eevee"));

    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    if (!json) {
        QVERIFY2(QRegularExpression(QStringLiteral("^eevee  not loaded \\(cancelled\\)  \\d+ ms$"))
                     .match(lines.at(1))
                     .hasMatch(),
                 qPrintable(lines.at(1)));
        QVERIFY2(
            lines.at(2).endsWith(QStringLiteral(": 1 found, 0 not found, 0 errors, 1 not loaded")),
            qPrintable(lines.at(2)));
        return;
    }
    const QList<QJsonObject> objects = jsonLines(out.toUtf8());
    QCOMPARE(objects.size(), 3);
    QCOMPARE(objects.at(1).value(QLatin1String("name")).toString(), QStringLiteral("eevee"));
    QCOMPARE(objects.at(1).value(QLatin1String("status")).toString(), QStringLiteral("not_loaded"));
    QVERIFY(!objects.at(1).contains(QLatin1String("error")));
    QCOMPARE(objects.at(2).value(QLatin1String("found")).toInt(), 1);
    QCOMPARE(objects.at(2).value(QLatin1String("errors")).toInt(), 0);
    QCOMPARE(objects.at(2).value(QLatin1String("not_loaded")).toInt(), 1);
}

void tst_Headless::rateLimitsAreToldOnStandardError()
{
    m_server->setRateLimit(2);
    const Run r = run(apiArgs() << QStringLiteral("--headless") << QStringLiteral("--verbose")
                                << QStringLiteral("pikachu") << QStringLiteral("eevee")
                                << QStringLiteral("bulbasaur") << QStringLiteral("charizard"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("127.0.0.1 asked us to slow down; waiting 1.0 s"), r.err.constData());
    QVERIFY2(r.err.contains("127.0.0.1 answers over HTTP/1.1"), r.err.constData());
    // Standard output stays one line per name and the summary.
    QVERIFY(!r.out.contains("slow down"));
    QCOMPARE(r.out.count('\n'), 5);
    QVERIFY(m_server->rateLimitedCount() > 0);
}

void tst_Headless::notFoundNamesExitWithZero_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addRow("two") << QStringList { QStringLiteral("charzard"), QStringLiteral("bulbasor") };
    QTest::addRow("three") << QStringList { QStringLiteral("charzard"), QStringLiteral("bulbasor"),
                                            QStringLiteral("pikchu") };
}

// A bug once: misses waiting for the name index were summarised while one was still loading,
// counted as an error (exit 1), and its line came after the summary.
void tst_Headless::notFoundNamesExitWithZero()
{
    QFETCH(QStringList, names);
    // The lookups answer at once and the name index late, so every miss waits for it.
    m_server->setDelay(300);
    for (const QString &name : std::as_const(names))
        m_server->setDelayFor(name, 0);

    const Run r = run(apiArgs() << QStringLiteral("--headless") << QStringLiteral("--json")
                                << QStringLiteral("--") << names);
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> lines = jsonLines(r.out);
    QCOMPARE(lines.size(), names.size() + 1);
    for (qsizetype i = 0; i < names.size(); ++i) {
        QCOMPARE(lines.at(i).value(QLatin1String("status")).toString(),
                 QStringLiteral("not_found"));
        QVERIFY(!lines.at(i).value(QLatin1String("suggestions")).toArray().isEmpty());
    }
    const QJsonObject summary = lines.last();
    QCOMPARE(summary.value(QLatin1String("summary")).toBool(), true);
    QCOMPARE(summary.value(QLatin1String("not_found")).toInt(), int(names.size()));
    QCOMPARE(summary.value(QLatin1String("errors")).toInt(), 0);
}

void tst_Headless::concurrencyIsHonoured()
{
    m_server->setDelay(150);
    const Run r
        = run(apiArgs() << QStringLiteral("--headless") << QStringLiteral("--concurrency")
                        << QStringLiteral("2")
                        << QStringLiteral("pikachu, eevee, gengar, snorlax, mewtwo, ho-oh"));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_server->requestCount(), 6);
    QCOMPARE(m_server->peakInFlight(), 2);
}

void tst_Headless::namesFromStandardInput()
{
    const Run r = run(apiArgs() << QStringLiteral("--headless") << QStringLiteral("--json"),
                      "pikachu\nMr. Mime\n\n");
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> lines = jsonLines(r.out);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(2).value(QLatin1String("found")).toInt(), 2);
}

void tst_Headless::namesInEveryLanguageWithDisplayNames()
{
    // German, Japanese and Korean names find their species; "name" stays the slug and
    // "display_name" is in --language.
    const Run r = run(apiArgs() << QStringLiteral("--headless") << QStringLiteral("--json")
                                << QStringLiteral("--language") << QStringLiteral("de")
                                << QStringLiteral("Glurak") << QStringLiteral("ピカチュウ")
                                << QStringLiteral("이상해씨"));
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> lines = jsonLines(r.out);
    QCOMPARE(lines.size(), 4);
    QHash<QString, QJsonObject> byQuery;
    for (const QJsonObject &line : lines.mid(0, 3))
        byQuery.insert(line.value(QLatin1String("query")).toString(), line);
    const auto check = [&](const QString &query, const QString &name, const QString &shown) {
        const QJsonObject line = byQuery.value(query);
        QCOMPARE(line.value(QLatin1String("status")).toString(), QStringLiteral("found"));
        QCOMPARE(line.value(QLatin1String("name")).toString(), name);
        QCOMPARE(line.value(QLatin1String("display_name")).toString(), shown);
    };
    check(QStringLiteral("Glurak"), QStringLiteral("charizard"), QStringLiteral("Glurak"));
    check(QStringLiteral("ピカチュウ"), QStringLiteral("pikachu"), QStringLiteral("Pikachu"));
    check(QStringLiteral("이상해씨"), QStringLiteral("bulbasaur"), QStringLiteral("Bisasam"));

    // Without --language the lines are as before: no display_name.
    const Run plain = run(apiArgs() << QStringLiteral("--headless") << QStringLiteral("--json")
                                    << QStringLiteral("Glurak"));
    QCOMPARE(plain.exitCode, 0);
    const QList<QJsonObject> plainLines = jsonLines(plain.out);
    QCOMPARE(plainLines.size(), 2);
    QCOMPARE(plainLines.at(0).value(QLatin1String("name")).toString(), QStringLiteral("charizard"));
    QVERIFY(!plainLines.at(0).contains(QLatin1String("display_name")));
}

void tst_Headless::textOutputInTheDisplayLanguage()
{
    const Run r = run(apiArgs() << QStringLiteral("--headless") << QStringLiteral("--language")
                                << QStringLiteral("ja-hrkt"),
                      "Dracaufeu\n");
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(QRegularExpression(QStringLiteral("^リザードン  #6  ほのお/ひこう  \\d+ ms$"))
                 .match(lines.first())
                 .hasMatch(),
             r.out.constData());
}

void tst_Headless::doubleDashEndsOptions()
{
    const Run r = run(apiArgs() << QStringLiteral("--headless") << QStringLiteral("--json")
                                << QStringLiteral("--") << QStringLiteral("--json"));
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> lines = jsonLines(r.out);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).value(QLatin1String("query")).toString(), QStringLiteral("--json"));
    QCOMPARE(lines.at(0).value(QLatin1String("status")).toString(), QStringLiteral("not_found"));
}

void tst_Headless::secondRunComesFromTheCache()
{
    const QStringList args = apiArgs() << QStringLiteral("--headless") << QStringLiteral("--json")
                                       << QStringLiteral("pikachu, bad_name");
    QCOMPARE(run(args).exitCode, 0);
    const int firstRun = m_server->requestCount();
    QVERIFY(firstRun >= 3);
    const Run second = run(args);
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(m_server->requestCount(), firstRun);
    const QList<QJsonObject> lines = jsonLines(second.out);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.last().value(QLatin1String("found")).toInt(), 1);
    QCOMPARE(lines.last().value(QLatin1String("not_found")).toInt(), 1);
}

void tst_Headless::noCacheAsksEveryTime()
{
    const QStringList args
        = { QStringLiteral("--api-url"), m_server->apiUrl().toString(),
            QStringLiteral("--no-cache"), QStringLiteral("--headless"), QStringLiteral("pikachu") };
    QCOMPARE(run(args).exitCode, 0);
    QCOMPARE(run(args).exitCode, 0);
    QCOMPARE(m_server->requestCount(), 2);
}

void tst_Headless::offlineSendsNothing()
{
    const Run r = run(apiArgs() << QStringLiteral("--offline") << QStringLiteral("--headless")
                                << QStringLiteral("--json") << QStringLiteral("pikachu"));
    QCOMPARE(r.exitCode, 1);
    const QList<QJsonObject> lines = jsonLines(r.out);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).value(QLatin1String("status")).toString(), QStringLiteral("error"));
    QCOMPARE(lines.at(0).value(QLatin1String("error")).toString(),
             QStringLiteral("Offline, and not in the cache"));
    QCOMPARE(m_server->requestCount(), 0);
}

void tst_Headless::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString h = QStringLiteral("--headless");
    QTest::addRow("no names") << QStringList { h } << QStringLiteral("at least one name");
    QTest::addRow("unknown language")
        << QStringList { h, QStringLiteral("--language"), QStringLiteral("tlh"),
                         QStringLiteral("x") }
        << QStringLiteral("--language must be one of PokeAPI's codes");
    QTest::addRow("concurrency 0") << QStringList { h, QStringLiteral("--concurrency"),
                                                    QStringLiteral("0"), QStringLiteral("x") }
                                   << QStringLiteral("--concurrency");
    QTest::addRow("concurrency word")
        << QStringList { h, QStringLiteral("--concurrency=many"), QStringLiteral("x") }
        << QStringLiteral("--concurrency");
    QTest::addRow("concurrency huge") << QStringList { h, QStringLiteral("--concurrency"),
                                                       QStringLiteral("65"), QStringLiteral("x") }
                                      << QStringLiteral("--concurrency");
    QTest::addRow("bad url") << QStringList { h, QStringLiteral("--api-url"),
                                              QStringLiteral("ftp://x/"), QStringLiteral("x") }
                             << QStringLiteral("--api-url");
    QTest::addRow("not a url") << QStringList { h, QStringLiteral("--api-url"),
                                                QStringLiteral("::"), QStringLiteral("x") }
                               << QStringLiteral("--api-url");
    QTest::addRow("offline without cache")
        << QStringList { h, QStringLiteral("--offline"), QStringLiteral("--no-cache"),
                         QStringLiteral("x") }
        << QStringLiteral("--no-cache");
    QTest::addRow("cache size 0") << QStringList { h, QStringLiteral("--cache-size"),
                                                   QStringLiteral("0"), QStringLiteral("x") }
                                  << QStringLiteral("--cache-size");
    QTest::addRow("json without headless")
        << QStringList { QStringLiteral("--json"), QStringLiteral("x") }
        << QStringLiteral("--headless");
    QTest::addRow("details without headless")
        << QStringList { QStringLiteral("--details"), QStringLiteral("x") }
        << QStringLiteral("--details only works together with --headless");
    QTest::addRow("game without details")
        << QStringList { h, QStringLiteral("--game"), QStringLiteral("x-y"), QStringLiteral("x") }
        << QStringLiteral("--game only works together with --details");
    QTest::addRow("unknown option")
        << QStringList { h, QStringLiteral("--frobnicate"), QStringLiteral("x") }
        << QStringLiteral("frobnicate");
}

void tst_Headless::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    // Pointed at the fake, a run that searched despite the error shows up as a request.
    if (!arguments.contains(QStringLiteral("--api-url")))
        arguments = QStringList { QStringLiteral("--api-url"), m_server->apiUrl().toString() }
            + arguments;
    const Run r = run(arguments, QByteArray(""));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QCOMPARE(m_server->requestCount(), 0);
}

void tst_Headless::versionAndHelp()
{
    // Neither needs a display, so packaging scripts and help2man can call them anywhere.
    const Run version = run({ QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QByteArray("Pokedex " POKEDEX_VERSION));
    const Run help = run({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    for (const char *option : { "--api-url", "--concurrency", "--cache-dir", "--cache-size",
                                "--offline", "--no-cache", "--headless", "--json" })
        QVERIFY2(help.out.contains(option), option);
}

void tst_Headless::detailsJsonHasTheWholeSheet()
{
    const Run r = run(apiArgs() << QStringLiteral("--headless") << QStringLiteral("--json")
                                << QStringLiteral("--details") << QStringLiteral("--game")
                                << QStringLiteral("scarlet-violet") << QStringLiteral("--")
                                << QStringLiteral("pikachu") << QStringLiteral("bad_name"));
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> lines = jsonLines(r.out);
    QCOMPARE(lines.size(), 3);
    QJsonObject pikachu;
    for (const QJsonObject &line : lines) {
        if (line.value(QLatin1String("name")).toString() == QLatin1String("pikachu"))
            pikachu = line;
    }
    // The short line's keys stay, first and in order.
    QVERIFY(r.out.contains("{\"query\":\"pikachu\",\"name\":\"pikachu\",\"status\":\"found\","
                           "\"id\":25,\"types\":[\"electric\"],\"ms\":"));
    QCOMPARE(pikachu.value(QLatin1String("game")).toString(), QStringLiteral("scarlet-violet"));
    QVERIFY2(!pikachu.contains(QLatin1String("problems")), r.out.constData());

    const QJsonArray abilities = pikachu.value(QLatin1String("abilities")).toArray();
    QCOMPARE(abilities.size(), 2);
    QCOMPARE(abilities.at(1).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("lightning-rod"));
    QCOMPARE(abilities.at(1).toObject().value(QLatin1String("hidden")).toBool(), true);
    QVERIFY(abilities.at(0)
                .toObject()
                .value(QLatin1String("effect"))
                .toString()
                .contains(QLatin1String("paralyzed")));

    const QJsonArray moves = pikachu.value(QLatin1String("moves")).toArray();
    QCOMPARE(moves.size(), 67);
    bool sawLevel = false, sawMachine = false;
    for (const QJsonValue &value : moves) {
        const QJsonObject move = value.toObject();
        if (move.value(QLatin1String("name")).toString() != QLatin1String("thunderbolt"))
            continue;
        QCOMPARE(move.value(QLatin1String("type")).toString(), QStringLiteral("electric"));
        QCOMPARE(move.value(QLatin1String("category")).toString(), QStringLiteral("special"));
        QCOMPARE(move.value(QLatin1String("power")).toInt(), 90);
        QCOMPARE(move.value(QLatin1String("accuracy")).toInt(), 100);
        QCOMPARE(move.value(QLatin1String("pp")).toInt(), 15);
        if (move.value(QLatin1String("method")).toString() == QLatin1String("level-up")) {
            QCOMPARE(move.value(QLatin1String("level")).toInt(), 36);
            QVERIFY(move.value(QLatin1String("machine")).isNull());
            sawLevel = true;
        } else {
            QCOMPARE(move.value(QLatin1String("method")).toString(), QStringLiteral("machine"));
            QVERIFY(move.value(QLatin1String("level")).isNull());
            QCOMPARE(move.value(QLatin1String("machine")).toString(), QStringLiteral("TM126"));
            sawMachine = true;
        }
    }
    QVERIFY(sawLevel && sawMachine);

    const QJsonArray encounters = pikachu.value(QLatin1String("encounters")).toArray();
    QCOMPARE(encounters.size(), 242);
    const QJsonObject first = encounters.first().toObject();
    QCOMPARE(first.value(QLatin1String("location_area")).toString(),
             QStringLiteral("trophy-garden-area"));
    QCOMPARE(first.value(QLatin1String("version")).toString(), QStringLiteral("diamond"));
    QCOMPARE(first.value(QLatin1String("method")).toString(), QStringLiteral("walk"));
    QCOMPARE(first.value(QLatin1String("min_level")).toInt(), 18);
    QCOMPARE(first.value(QLatin1String("max_level")).toInt(), 18);
    QCOMPARE(first.value(QLatin1String("chance")).toInt(), 5);

    QCOMPARE(pikachu.value(QLatin1String("egg_groups")).toArray(),
             (QJsonArray { QStringLiteral("ground"), QStringLiteral("fairy") }));
    QCOMPARE(pikachu.value(QLatin1String("gender_rate")).toInt(), 4);
    QCOMPARE(pikachu.value(QLatin1String("capture_rate")).toInt(), 190);
    QCOMPARE(pikachu.value(QLatin1String("base_experience")).toInt(), 112);
    QCOMPARE(pikachu.value(QLatin1String("growth_rate")).toString(), QStringLiteral("medium"));
    QCOMPARE(pikachu.value(QLatin1String("ev_yield")).toObject(),
             (QJsonObject { { QStringLiteral("speed"), 2 } }));
    const QJsonArray held = pikachu.value(QLatin1String("held_items")).toArray();
    QCOMPARE(held.size(), 30); // one per item and game
    QVERIFY(held.contains(QJsonObject { { QStringLiteral("item"), QStringLiteral("light-ball") },
                                        { QStringLiteral("version"), QStringLiteral("black") },
                                        { QStringLiteral("rarity"), 1 } }));

    // A name not found keeps its short line.
    QCOMPARE(lines.at(0).value(QLatin1String("status")).toString() == QLatin1String("not_found")
                 || lines.at(1).value(QLatin1String("status")).toString()
                     == QLatin1String("not_found"),
             true);
}

void tst_Headless::detailsOfTwoOfALineAskEachMoveOnce()
{
    const Run r = run(apiArgs() << QStringLiteral("--headless") << QStringLiteral("--json")
                                << QStringLiteral("--details") << QStringLiteral("--game")
                                << QStringLiteral("scarlet-violet") << QStringLiteral("pikachu")
                                << QStringLiteral("raichu"));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(jsonLines(r.out).size(), 3);
    QStringList moves = m_server->requestedPaths().filter(QStringLiteral("/move/"));
    const qsizetype asked = moves.size();
    moves.removeDuplicates();
    QCOMPARE(asked, moves.size());
    QCOMPARE(moves.size(), 59 + 3); // Pikachu's, and the three only Raichu learns
}

void tst_Headless::detailsTextIsASheet()
{
    const Run r = run(apiArgs() << QStringLiteral("--headless") << QStringLiteral("--details")
                                << QStringLiteral("--game") << QStringLiteral("scarlet-violet")
                                << QStringLiteral("pikachu"));
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(QRegularExpression(QStringLiteral("^pikachu  #25  electric  \\d+ ms\n"))
                 .match(out)
                 .hasMatch(),
             r.out.constData());
    QVERIFY2(out.contains(QStringLiteral("  ability  lightning-rod (hidden)  ")),
             r.out.constData());
    QVERIFY(out.contains(
        QStringLiteral("  breeding  egg groups ground, fairy; 50% female; 10 egg cycles")));
    QVERIFY(out.contains(
        QStringLiteral("catch rate 190; base experience 112; growth medium; EV yield 2 speed")));
    QVERIFY(out.contains(QStringLiteral("  moves in scarlet-violet (67)")));
    QVERIFY(out.contains(QStringLiteral(
        "    level 36  thunderbolt  electric  special  power 90  accuracy 100  pp 15")));
    QVERIFY(out.contains(QStringLiteral("    TM126  thunderbolt  electric  special")));
    QVERIFY(out.contains(QStringLiteral("  encounters (242)")));
    QVERIFY(out.contains(QStringLiteral("  held items (30)\n")));
    QVERIFY(out.contains(QStringLiteral("    black  light-ball  1%\n")));
    QVERIFY(out.contains(QStringLiteral("Done in ")));
}

void tst_Headless::detailsOfEveryNameLoadAtOnce()
{
    // Pikachu is found first, and its sheet cannot complete: its species is held back.
    // Raichu's sheet is printed all the same, before Pikachu's.
    const QStringList held = { QStringLiteral("/api/v2/pokemon-species/25"),
                               QStringLiteral("/api/v2/pokemon-species/25/") };
    for (const QString &path : held)
        m_server->hold(path);
    m_server->setDelayFor(QStringLiteral("raichu"), 400);
    bool raichuFirst = false;
    const Run r = run(apiArgs() << QStringLiteral("--headless") << QStringLiteral("--json")
                                << QStringLiteral("--details") << QStringLiteral("--game")
                                << QStringLiteral("scarlet-violet") << QStringLiteral("pikachu")
                                << QStringLiteral("raichu"),
                      {}, [&](const QByteArray &out) {
                          if (raichuFirst || !out.contains("\"name\":\"raichu\""))
                              return;
                          raichuFirst = !out.contains("\"name\":\"pikachu\"");
                          for (const QString &path : held)
                              m_server->release(path);
                      });
    QVERIFY(raichuFirst);
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> lines = jsonLines(r.out);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0).value(QLatin1String("name")).toString(), QStringLiteral("raichu"));
    QCOMPARE(lines.at(1).value(QLatin1String("name")).toString(), QStringLiteral("pikachu"));
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(lines.at(i).value(QLatin1String("status")).toString(), QStringLiteral("found"));
        QVERIFY(!lines.at(i).value(QLatin1String("moves")).toArray().isEmpty());
    }
}

void tst_Headless::detailsWithALanguageNameMovesAndAbilitiesInIt()
{
    const Run r = run(apiArgs() << QStringLiteral("--headless") << QStringLiteral("--json")
                                << QStringLiteral("--language") << QStringLiteral("de")
                                << QStringLiteral("--details") << QStringLiteral("--game")
                                << QStringLiteral("scarlet-violet") << QStringLiteral("pikachu"));
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> lines = jsonLines(r.out);
    QCOMPARE(lines.size(), 2);
    const QJsonObject pikachu = lines.first();
    const QJsonObject ability
        = pikachu.value(QLatin1String("abilities")).toArray().first().toObject();
    QCOMPARE(ability.value(QLatin1String("name")).toString(), QStringLiteral("static"));
    QCOMPARE(ability.value(QLatin1String("display_name")).toString(), QStringLiteral("Statik"));
    QVERIFY(!ability.value(QLatin1String("display_effect")).toString().isEmpty());
    QVERIFY(ability.value(QLatin1String("effect")).toString().contains(QLatin1String("paralyzed")));
    bool sawThunderbolt = false;
    for (const QJsonValue &value : pikachu.value(QLatin1String("moves")).toArray()) {
        const QJsonObject move = value.toObject();
        if (move.value(QLatin1String("name")).toString() != QLatin1String("thunderbolt"))
            continue;
        QCOMPARE(move.value(QLatin1String("display_name")).toString(),
                 QStringLiteral("Donnerblitz"));
        sawThunderbolt = true;
    }
    QVERIFY(sawThunderbolt);
    // Pokédex texts: English and German, of every game that has them.
    const QJsonArray texts = pikachu.value(QLatin1String("flavor_texts")).toArray();
    QSet<QString> languages;
    bool yellow = false;
    for (const QJsonValue &value : texts) {
        const QJsonObject text = value.toObject();
        languages.insert(text.value(QLatin1String("language")).toString());
        yellow
            = yellow || text.value(QLatin1String("version")).toString() == QLatin1String("yellow");
        QVERIFY(!text.value(QLatin1String("text")).toString().contains(u'\f'));
    }
    QCOMPARE(languages, (QSet<QString> { QStringLiteral("en"), QStringLiteral("de") }));
    QVERIFY(yellow);
}

void tst_Headless::coverageLineComesBeforeTheSummary()
{
    const Run r = run(apiArgs() << QStringLiteral("--headless") << QStringLiteral("--json")
                                << QStringLiteral("--coverage") << QStringLiteral("charizard")
                                << QStringLiteral("pikachu") << QStringLiteral("gengar")
                                << QStringLiteral("nonesuch"));
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> lines = jsonLines(r.out);
    QCOMPARE(lines.size(), 6);
    QVERIFY(lines.at(5).value(QLatin1String("summary")).toBool());
    const QJsonObject coverage = lines.at(4).value(QLatin1String("coverage")).toObject();
    QCOMPARE(coverage.size(), 18);
    auto counts = [&coverage](const char *type) {
        const QJsonObject o = coverage.value(QLatin1String(type)).toObject();
        return QList<int> { o.value(QLatin1String("weak")).toInt(-1),
                            o.value(QLatin1String("resist")).toInt(-1),
                            o.value(QLatin1String("immune")).toInt(-1) };
    };
    // Charizard (fire/flying), Pikachu (electric), Gengar (ghost/poison); not the one not found.
    QCOMPARE(counts("ground"), (QList<int> { 2, 0, 1 }));
    QCOMPARE(counts("rock"), (QList<int> { 1, 0, 0 }));
    QCOMPARE(counts("electric"), (QList<int> { 1, 1, 0 }));
    QCOMPARE(counts("normal"), (QList<int> { 0, 0, 1 }));
    QCOMPARE(counts("fighting"), (QList<int> { 0, 1, 1 }));
    // In chart order, one line.
    QVERIFY(r.out.contains("{\"coverage\":{\"normal\":{\"weak\":0,\"resist\":0,\"immune\":1},"
                           "\"fighting\":"));

    const Run text = run(apiArgs() << QStringLiteral("--headless") << QStringLiteral("pikachu"));
    QVERIFY(!text.out.contains("coverage")); // only when asked
    const Run usage = run({ QStringLiteral("--coverage"), QStringLiteral("pikachu") });
    QCOMPARE(usage.exitCode, 2);
}

void tst_Headless::coverageOfAShowdownTeamOnStandardInput()
{
    const QByteArray team = "Sparky (Pikachu) (F) @ Light Ball\n"
                            "Ability: Static\n"
                            "- Thunderbolt\n"
                            "\n"
                            "Charizard @ Heavy-Duty Boots\n"
                            "Tera Type: Dragon\n"
                            "Timid Nature\n"
                            "- Flamethrower\n"
                            "\n"
                            "Mr. Mime\n"
                            "- Psychic\n";
    const Run r = run(apiArgs() << QStringLiteral("--headless") << QStringLiteral("--json")
                                << QStringLiteral("--coverage"),
                      team);
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> lines = jsonLines(r.out);
    QCOMPARE(lines.size(), 5);
    QStringList names;
    for (int i = 0; i < 3; ++i)
        names.append(lines.at(i).value(QLatin1String("name")).toString());
    names.sort();
    QCOMPARE(names,
             (QStringList { QStringLiteral("charizard"), QStringLiteral("mr-mime"),
                            QStringLiteral("pikachu") }));
    QCOMPARE(lines.at(4).value(QLatin1String("found")).toInt(), 3);
    const QJsonObject ghost = lines.at(3)
                                  .value(QLatin1String("coverage"))
                                  .toObject()
                                  .value(QLatin1String("ghost"))
                                  .toObject();
    QCOMPARE(ghost.value(QLatin1String("weak")).toInt(), 1); // Mr. Mime
}

QTEST_GUILESS_MAIN(tst_Headless)
#include "tst_headless.moc"
