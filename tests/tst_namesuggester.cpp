#include "api/pokeapiparser.h"
#include "search/namesuggester.h"

#include <QFile>
#include <QTest>
#include <algorithm>
#include <tuple>

class tst_NameSuggester : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void editDistance_data();
    void editDistance();

    void suggestRealNames_data();
    void suggestRealNames();
    void suggestOrdersTies_data();
    void suggestOrdersTies();
    void suggestNothingForOverLongQueries_data();
    void suggestNothingForOverLongQueries();
    void suggestAgreesWithEditDistance_data();
    void suggestAgreesWithEditDistance();

private:
    QStringList m_pokemonNames;
};

void tst_NameSuggester::initTestCase()
{
    QFile file(QStringLiteral(POKEDEX_TEST_DATA "/api/v2/pokemon/index.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const auto names = PokeApiParser::parseNameList(file.readAll(), &error);
    QVERIFY2(names, qPrintable(error));
    m_pokemonNames = *names;
    QCOMPARE(m_pokemonNames.size(), 1351);
}

void tst_NameSuggester::editDistance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("distance");

    QTest::addRow("both empty") << QString() << QString() << 0;
    QTest::addRow("first empty") << QString() << QStringLiteral("abc") << 3;
    QTest::addRow("second empty") << QStringLiteral("abc") << QString() << 3;
    QTest::addRow("equal") << QStringLiteral("pikachu") << QStringLiteral("pikachu") << 0;
    QTest::addRow("substitution") << QStringLiteral("a") << QStringLiteral("b") << 1;
    QTest::addRow("transposition") << QStringLiteral("ab") << QStringLiteral("ba") << 1;
    QTest::addRow("transposition at the end")
        << QStringLiteral("abc") << QStringLiteral("acb") << 1;
    QTest::addRow("three transpositions")
        << QStringLiteral("abcdef") << QStringLiteral("badcfe") << 3;
    // OSA, unlike full Damerau-Levenshtein, never edits a transposed pair again.
    QTest::addRow("no edit of a transposed pair")
        << QStringLiteral("ca") << QStringLiteral("abc") << 3;
    QTest::addRow("insertion") << QStringLiteral("charzard") << QStringLiteral("charizard") << 1;
    QTest::addRow("deletion") << QStringLiteral("pikachuu") << QStringLiteral("pikachu") << 1;
    QTest::addRow("kitten/sitting") << QStringLiteral("kitten") << QStringLiteral("sitting") << 3;
    QTest::addRow("flaw/lawn") << QStringLiteral("flaw") << QStringLiteral("lawn") << 2;
    QTest::addRow("case matters") << QStringLiteral("pikachu") << QStringLiteral("PIKACHU") << 7;
    QTest::addRow("non-ASCII") << QStringLiteral("flabébé") << QStringLiteral("flabebe") << 2;
    QTest::addRow("longer than the stack buffer")
        << QString(300, u'a') << QString(QString(299, u'a') + u'b') << 1;
    QTest::addRow("all different, long") << QString(100, u'a') << QString(120, u'b') << 120;
}

void tst_NameSuggester::editDistance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, distance);

    QCOMPARE(NameSuggester::editDistance(a, b), distance);
    QCOMPARE(NameSuggester::editDistance(b, a), distance);
}

void tst_NameSuggester::suggestRealNames_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("max");
    QTest::addColumn<QStringList>("suggestions");

    QTest::addRow("charzard") << QStringLiteral("charzard") << 3
                              << QStringList { QStringLiteral("charizard") };
    QTest::addRow("bulbsaur") << QStringLiteral("bulbsaur") << 3
                              << QStringList { QStringLiteral("bulbasaur") };
    QTest::addRow("snorlx") << QStringLiteral("snorlx") << 3
                            << QStringList { QStringLiteral("snorlax") };
    // pichu would come first alphabetically: the longer shared prefix must win.
    QTest::addRow("pikchu") << QStringLiteral("pikchu") << 3
                            << QStringList { QStringLiteral("pikachu"), QStringLiteral("pichu") };
    QTest::addRow("mr-mim") << QStringLiteral("mr-mim") << 3
                            << QStringList { QStringLiteral("mr-mime"), QStringLiteral("mr-rime") };
    QTest::addRow("nidoranf, max 5")
        << QStringLiteral("nidoranf") << 5
        << QStringList { QStringLiteral("nidoran-f"), QStringLiteral("nidoran-m"),
                         QStringLiteral("nidorina"), QStringLiteral("nidorino") };
    QTest::addRow("nidoranf, max 2")
        << QStringLiteral("nidoranf") << 2
        << QStringList { QStringLiteral("nidoran-f"), QStringLiteral("nidoran-m") };
    QTest::addRow("max 1") << QStringLiteral("pikchu") << 1
                           << QStringList { QStringLiteral("pikachu") };
    QTest::addRow("max 0") << QStringLiteral("pikchu") << 0 << QStringList();
    QTest::addRow("negative max") << QStringLiteral("pikchu") << -1 << QStringList();
    QTest::addRow("exact name first")
        << QStringLiteral("pichu") << 3
        << QStringList { QStringLiteral("pichu"), QStringLiteral("pikachu"),
                         QStringLiteral("raichu") };
    QTest::addRow("nothing close") << QStringLiteral("xxxxxxxxxx") << 3 << QStringList();
    QTest::addRow("empty query") << QString() << 3 << QStringList();
}

void tst_NameSuggester::suggestRealNames()
{
    QFETCH(QString, query);
    QFETCH(int, max);
    QFETCH(QStringList, suggestions);

    QCOMPARE(NameSuggester::suggest(query, m_pokemonNames, max), suggestions);
}

void tst_NameSuggester::suggestOrdersTies_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("suggestions");

    // "abcd": threshold max(2, 4 / 3) = 2.
    const QStringList names { QStringLiteral("zbcd"), QStringLiteral("abzz"),
                              QStringLiteral("abcz"), QStringLiteral("zzzz"),
                              QStringLiteral("abzd"), QStringLiteral("abcdefg"),
                              QStringLiteral("abce") };
    QTest::addRow("distance, then prefix, then alphabet")
        << QStringLiteral("abcd") << names
        << QStringList { QStringLiteral("abce"), QStringLiteral("abcz"), QStringLiteral("abzd"),
                         QStringLiteral("zbcd"), QStringLiteral("abzz") };
    // A query of 9 characters allows 3 edits.
    QTest::addRow("threshold grows with length")
        << QStringLiteral("abcdefghi")
        << QStringList { QStringLiteral("abcdefxyz"), QStringLiteral("abcdewxyz") }
        << QStringList { QStringLiteral("abcdefxyz") };
    QTest::addRow("no names") << QStringLiteral("abcd") << QStringList() << QStringList();
    QTest::addRow("duplicates kept")
        << QStringLiteral("abcd") << QStringList { QStringLiteral("abce"), QStringLiteral("abce") }
        << QStringList { QStringLiteral("abce"), QStringLiteral("abce") };
}

void tst_NameSuggester::suggestOrdersTies()
{
    QFETCH(QString, query);
    QFETCH(QStringList, names);
    QFETCH(QStringList, suggestions);

    QCOMPARE(NameSuggester::suggest(query, names, 10), suggestions);
}

void tst_NameSuggester::suggestNothingForOverLongQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("names");

    QTest::addRow("101 characters")
        << QString(101, u'a') << QStringList { QString(100, u'a'), QString(101, u'a') };
    // A bug once: a megabyte against a listed name as long took hours.
    const qsizetype mebibyte = 1024 * 1024;
    QTest::addRow("a megabyte against a megabyte")
        << QString(mebibyte, u'a') << QStringList { QString(mebibyte, u'a') + u'b' };
}

void tst_NameSuggester::suggestNothingForOverLongQueries()
{
    QFETCH(QString, query);
    QFETCH(QStringList, names);

    QCOMPARE(NameSuggester::suggest(query, names), QStringList());
}

void tst_NameSuggester::suggestAgreesWithEditDistance_data()
{
    QTest::addColumn<QString>("query");

    for (const char *query : { "charzard", "pikchu", "nidoranf", "mew", "ab", "porygon2",
                               "urshifu-single-strke", "tapu-kok", "mimikyu-totem-busted" })
        QTest::addRow("%s", query) << QString::fromLatin1(query);
}

// suggest() skips and cuts short the distance computation; it must still agree with a plain
// editDistance() over every name, ranked as documented.
void tst_NameSuggester::suggestAgreesWithEditDistance()
{
    QFETCH(QString, query);

    const int threshold = std::max(2, int(query.size() / 3));
    struct Ranked
    {
        int distance;
        qsizetype prefix;
        QString name;
    };
    QList<Ranked> expected;
    for (const QString &name : std::as_const(m_pokemonNames)) {
        const int distance = NameSuggester::editDistance(query, name);
        if (distance > threshold)
            continue;
        qsizetype prefix = 0;
        while (prefix < std::min(query.size(), name.size()) && query[prefix] == name[prefix])
            ++prefix;
        expected.append({ distance, prefix, name });
    }
    std::sort(expected.begin(), expected.end(), [](const Ranked &a, const Ranked &b) {
        return std::make_tuple(a.distance, -a.prefix, a.name)
            < std::make_tuple(b.distance, -b.prefix, b.name);
    });
    QStringList expectedNames;
    for (const Ranked &ranked : std::as_const(expected))
        expectedNames.append(ranked.name);

    QVERIFY(!expectedNames.isEmpty());
    QCOMPARE(NameSuggester::suggest(query, m_pokemonNames, int(m_pokemonNames.size())),
             expectedNames);
}

QTEST_GUILESS_MAIN(tst_NameSuggester)
#include "tst_namesuggester.moc"
