// JsonSkim: only the asked-for top-level members are kept; anything the scan does not
// understand gives nothing (the caller then parses the whole document).

#include "api/jsonskim.h"
#include "api/pokeapiparser.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

const auto Keys = { QLatin1String("id.a"), QLatin1String("id.c"), QLatin1String("name") };

QByteArray pikachuJson()
{
    QFile file(QStringLiteral(POKEDEX_TEST_DATA "/api/v2/pokemon/25.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace

class tst_JsonSkim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepMembers_data();
    void keepMembers();
    void realPokemonKeepsWhatIsRead();
    void everyCutOfARealDocumentGivesNothing();
    void hugeAndDeepSkippedMembers();
    void skippedValueAtEveryBlockOffset_data();
    void skippedValueAtEveryBlockOffset();
    void parserErrorsDescribeTheWholeDocument_data();
    void parserErrorsDescribeTheWholeDocument();
};

void tst_JsonSkim::keepMembers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("kept");
    QTest::addColumn<QByteArray>("expected");

    QTest::addRow("kept and skipped")
        << QByteArray(R"({"id": 25, "moves": [{"a": 1}], "name": "pikachu"})") << true
        << QByteArray(R"({"id":25,"name":"pikachu"})");
    QTest::addRow("order kept") << QByteArray(R"({"name":"a","id":1})") << true
                                << QByteArray(R"({"name":"a","id":1})");
    QTest::addRow("nothing kept") << QByteArray(R"({"moves": []})") << true << QByteArray("{}");
    QTest::addRow("empty object") << QByteArray(" { } \n") << true << QByteArray("{}");
    QTest::addRow("whitespace everywhere")
        << QByteArray(" {\n\t\"id\" :\r 7 ,\n \"x\" : [ ] \n}\n ") << true
        << QByteArray(R"({"id":7 })");
    QTest::addRow("brackets and quotes in skipped strings")
        << QByteArray(R"({"x": "}]\"{[", "id": 1})") << true << QByteArray(R"({"id":1})");
    QTest::addRow("escaped backslash before a quote")
        << QByteArray(R"({"x": "c:\\", "id": 2})") << true << QByteArray(R"({"id":2})");
    QTest::addRow("nested kept value") << QByteArray(R"({"name": {"a": [1, {"b": "}"}]}})") << true
                                       << QByteArray(R"({"name":{"a": [1, {"b": "}"}]}})");
    QTest::addRow("scalars of every kind")
        << QByteArray(R"({"a": true, "id": null, "b": -1.5e3, "name": false})") << true
        << QByteArray(R"({"id":null,"name":false})");
    QTest::addRow("duplicate keys both kept, in order")
        << QByteArray(R"({"id": 1, "id": 2})") << true << QByteArray(R"({"id":1,"id":2})");
    QTest::addRow("part of a member") << QByteArray(R"({"id": {"a": 1, "b": [2], "c": 3}, "x": 0})")
                                      << true << QByteArray(R"({"id":{"a":1,"c":3}})");
    QTest::addRow("part of a member that is not an object")
        << QByteArray(R"({"id": [1, 2]})") << true << QByteArray(R"({"id":[1, 2]})");
    QTest::addRow("part of a member that is malformed inside")
        << QByteArray(R"({"id": {"a" 1}, "name": 2})") << false << QByteArray();
    QTest::addRow("part of a member, nothing of it kept")
        << QByteArray(R"({"id": {"b": {"a": 1}}})") << true << QByteArray(R"({"id":{}})");
    // What skipping does not check: the grammar inside a skipped value.
    QTest::addRow("malformed inside a skipped value")
        << QByteArray(R"({"moves": [1,,2], "id": 3})") << true << QByteArray(R"({"id":3})");

    const QByteArray none;
    QTest::addRow("empty") << QByteArray() << false << none;
    QTest::addRow("only space") << QByteArray("  ") << false << none;
    QTest::addRow("array") << QByteArray("[1]") << false << none;
    QTest::addRow("scalar") << QByteArray("25") << false << none;
    QTest::addRow("cut in a skipped value") << QByteArray(R"({"moves": [1, 2)") << false << none;
    QTest::addRow("cut in a string") << QByteArray(R"({"moves": "abc)") << false << none;
    QTest::addRow("cut after a backslash") << QByteArray(R"({"x": "\)") << false << none;
    QTest::addRow("cut in a key") << QByteArray(R"({"mov)") << false << none;
    QTest::addRow("cut after a key") << QByteArray(R"({"id")") << false << none;
    QTest::addRow("cut after the colon") << QByteArray(R"({"id":)") << false << none;
    QTest::addRow("cut after a scalar") << QByteArray(R"({"id": 1)") << false << none;
    QTest::addRow("cut after a comma") << QByteArray(R"({"id": 1,)") << false << none;
    QTest::addRow("missing value") << QByteArray(R"({"id": , "name": 1})") << false << none;
    QTest::addRow("missing colon") << QByteArray(R"({"id" 1})") << false << none;
    QTest::addRow("unquoted key") << QByteArray(R"({id: 1})") << false << none;
    QTest::addRow("trailing comma") << QByteArray(R"({"id": 1,})") << false << none;
    QTest::addRow("closed by a bracket") << QByteArray(R"({"id": 1])") << false << none;
    QTest::addRow("unbalanced skipped value") << QByteArray(R"({"x": [[1]})") << false << none;
    QTest::addRow("garbage after") << QByteArray(R"({"id": 1} x)") << false << none;
    QTest::addRow("two objects") << QByteArray(R"({"id": 1}{"id": 2})") << false << none;
    // An escaped key might spell a kept one ("\u0069d" is "id"): the whole parse decides.
    QTest::addRow("escaped key") << QByteArray(R"({"\u0069d": 1})") << false << none;
}

void tst_JsonSkim::keepMembers()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, kept);
    QFETCH(QByteArray, expected);
    const std::optional<QByteArray> skimmed = JsonSkim::keepMembers(json, Keys);
    QCOMPARE(skimmed.has_value(), kept);
    if (kept)
        QCOMPARE(*skimmed, expected);
}

void tst_JsonSkim::realPokemonKeepsWhatIsRead()
{
    const QByteArray json = pikachuJson();
    const auto keys = { QLatin1String("id"), QLatin1String("sprites"), QLatin1String("types") };
    const std::optional<QByteArray> skimmed = JsonSkim::keepMembers(json, keys);
    QVERIFY(skimmed);
    QVERIFY2(skimmed->size() * 10 < json.size(), "most of the document is skipped");
    const QJsonObject whole = QJsonDocument::fromJson(json).object();
    const QJsonObject kept = QJsonDocument::fromJson(*skimmed).object();
    QCOMPARE(
        kept.keys(),
        QStringList({ QStringLiteral("id"), QStringLiteral("sprites"), QStringLiteral("types") }));
    for (const QLatin1String key : keys)
        QCOMPARE(kept.value(key), whole.value(key));
}

void tst_JsonSkim::everyCutOfARealDocumentGivesNothing()
{
    const QByteArray json = pikachuJson().trimmed();
    // Every prefix would take minutes; a prime stride still lands in keys, strings,
    // escapes, numbers and between tokens.
    int tried = 0;
    for (qsizetype size = 0; size < json.size(); size += 131, ++tried)
        QVERIFY2(!JsonSkim::keepMembers(json.left(size), Keys), qPrintable(QString::number(size)));
    QVERIFY(tried > 1000);
    QVERIFY(JsonSkim::keepMembers(json, Keys));
}

void tst_JsonSkim::hugeAndDeepSkippedMembers()
{
    // 30 MB of moves, and nesting far deeper than any recursive parser would survive.
    QByteArray json = R"({"id": 1, "moves": [)";
    const QByteArray move = R"({"move": {"name": "x", "url": "u"}},)";
    json.reserve(32 * 1024 * 1024);
    while (json.size() < 30 * 1024 * 1024)
        json.append(move);
    json.append(R"({}], "deep": )");
    json.append(QByteArray(1'000'000, '['));
    json.append(QByteArray(1'000'000, ']'));
    json.append(R"(, "name": "big"})");
    const std::optional<QByteArray> skimmed = JsonSkim::keepMembers(json, Keys);
    QVERIFY(skimmed);
    QCOMPARE(*skimmed, QByteArray(R"({"id":1,"name":"big"})"));
}

void tst_JsonSkim::skippedValueAtEveryBlockOffset_data()
{
    // Long skipped values are scanned 64 bytes at a time: every tricky byte must be right
    // wherever it falls in a block, including on its first and last byte.
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("balanced");
    const QByteArray brackets = R"([{"a": "]}", "b": ["[[", "{"]}, ")]}{["])";
    QTest::addRow("brackets in strings") << brackets << true;
    QTest::addRow("escaped quotes") << QByteArray(R"(["\"]", "\\", "\\\"}", "x\"\"]"])") << true;
    QTest::addRow("escaped backslashes before quotes")
        << QByteArray(R"([{"k\\": "\\\\"}, "\\\\\\", "]"])") << true;
    QTest::addRow("deep") << QByteArray(200, '[') + QByteArray(200, ']') << true;
    QTest::addRow("long strings") << "[\"" + QByteArray(150, '}') + "\", \""
            + QByteArray(150, '"').replace('"', "\\\"")
            + "\"]" << true;
    QTest::addRow("one bracket short") << QByteArray(100, '[') + QByteArray(99, ']') << false;
    QTest::addRow("a closing bracket inside a string") << QByteArray(R"([[1], "]")") << false;
    QTest::addRow("quote never closed")
        << QByteArray(R"([1, "abc])") + QByteArray(100, ' ') << false;
}

void tst_JsonSkim::skippedValueAtEveryBlockOffset()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, balanced);
    for (int shift = 0; shift < 130; ++shift) {
        const QByteArray json
            = R"({"pad": ")" + QByteArray(shift, 'x') + R"(", "moves": )" + value + R"(, "id": 1})";
        const std::optional<QByteArray> skimmed = JsonSkim::keepMembers(json, Keys);
        QVERIFY2(skimmed.has_value() == balanced, qPrintable(QString::number(shift)));
        if (balanced)
            QCOMPARE(*skimmed, QByteArray(R"({"id":1})"));
        // The same value cut short never ends.
        if (balanced)
            QVERIFY2(!JsonSkim::keepMembers(json.left(json.size() - 10), Keys),
                     qPrintable(QString::number(shift)));
    }
}

void tst_JsonSkim::parserErrorsDescribeTheWholeDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QByteArray pikachu = pikachuJson();
    QByteArray badKept = pikachu;
    badKept.replace(R"("height":4,)", R"("height":4x,)");
    QVERIFY(badKept != pikachu);
    QJsonParseError whole;
    QJsonDocument::fromJson(badKept, &whole);
    QVERIFY(whole.offset > badKept.indexOf("height"));
    QTest::addRow("malformed kept member: the offset is the document's")
        << badKept
        << QStringLiteral("the response is not valid JSON: %1 at offset %2")
               .arg(whole.errorString())
               .arg(whole.offset);
    QTest::addRow("cut") << pikachu.left(pikachu.size() / 2)
                         << QStringLiteral("the response is not valid JSON: ");
    QTest::addRow("array") << QByteArray("[]")
                           << QStringLiteral("the response is not a JSON object");
}

void tst_JsonSkim::parserErrorsDescribeTheWholeDocument()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString problem;
    QVERIFY(!PokeApiParser::parsePokemon(json, &problem));
    QVERIFY2(problem.startsWith(error), qPrintable(problem + QStringLiteral(" / ") + error));
}

QTEST_GUILESS_MAIN(tst_JsonSkim)
#include "tst_jsonskim.moc"
