// QueryParser: typed text -> search terms, in one pass.

#include "search/queryparser.h"

#include <QTest>
#include <initializer_list>

class tst_QueryParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void keysCollapseTheSameRequest();
    void parseEachTakesEveryStringWhole();
    void groupsAloneAreADexFilter_data();
    void groupsAloneAreADexFilter();
};

static QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

// "N:slug", "G:resource path" or "I:slug" per term, typed text after a '|'.
static QStringList describe(const QList<SearchTerm> &terms)
{
    QStringList out;
    for (const SearchTerm &term : terms) {
        switch (term.kind) {
        case SearchTerm::Kind::Name:
            out << u"N:" + term.slug + u'|' + term.typed;
            break;
        case SearchTerm::Kind::Group:
            out << u"G:" + term.group.resourcePath() + u'|' + term.typed;
            break;
        case SearchTerm::Kind::Invalid:
            // An invalid term always says why.
            out << (term.reason.isEmpty() ? u"I without a reason:" : u"I:") + term.typed;
            break;
        }
    }
    return out;
}

void tst_QueryParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");
    QTest::addRow("the classic") << QStringLiteral("pikachu, charizard, Mr. Mime, bad_name")
                                 << list({ "N:pikachu|pikachu", "N:charizard|charizard",
                                           "N:mr-mime|Mr. Mime", "N:bad_name|bad_name" });
    QTest::addRow("spaces, a multi-word name from the built-in list")
        << QStringLiteral("mr mime pikachu") << list({ "N:mr-mime|mr mime", "N:pikachu|pikachu" });
    QTest::addRow("group with a space after the colon")
        << QStringLiteral("gen: 3 pikachu")
        << list({ "G:generation/3|gen: 3", "N:pikachu|pikachu" });
    QTest::addRow("group with a space before the colon")
        << QStringLiteral("type :fire eevee")
        << list({ "G:type/fire|type :fire", "N:eevee|eevee" });
    QTest::addRow("group with spaces around the colon")
        << QStringLiteral("Generation : IV") << list({ "G:generation/4|Generation : IV" });
    QTest::addRow("groups and names with commas")
        << QStringLiteral("type: dragon, gen:1, 25")
        << list({ "G:type/dragon|type: dragon", "G:generation/1|gen:1", "N:25|25" });
    QTest::addRow("Type: Null is a Pokémon")
        << QStringLiteral("Type: Null") << list({ "N:type-null|Type: Null" });
    QTest::addRow("a colon in a name is no group")
        << QStringLiteral("Mime:Jr pikachu") << list({ "N:mime-jr|Mime:Jr", "N:pikachu|pikachu" });
    QTest::addRow("not a generation") << QStringLiteral("gen:10") << list({ "I:gen:10" });
    QTest::addRow("not a type") << QStringLiteral("type: wood") << list({ "I:type: wood" });
    QTest::addRow("a group with nothing after it") << QStringLiteral("gen:") << list({ "I:gen:" });
    QTest::addRow("as the games print numbers")
        << QStringLiteral("No. 025") << list({ "N:25|No. 025" });
    QTest::addRow("not a Pokédex number")
        << QStringLiteral("25.0, 0, 10034") << list({ "I:25.0", "I:0", "I:10034" });
    QTest::addRow("a path is never a name")
        << QStringLiteral("../etc/passwd") << list({ "I:../etc/passwd" });
    QTest::addRow("newlines separate")
        << QStringLiteral("pikachu\ngen :2\r\neevee")
        << list({ "N:pikachu|pikachu", "G:generation/2|gen :2", "N:eevee|eevee" });
    QTest::addRow("empty") << QStringLiteral("  ,  , ") << QStringList();
}

void tst_QueryParser::parse()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    QCOMPARE(describe(QueryParser::parse(text)), terms);
}

void tst_QueryParser::keysCollapseTheSameRequest()
{
    const QList<SearchTerm> terms = QueryParser::parse(
        QStringLiteral("Pikachu, #25, pikachu, gen:1, generation: I, type-null"));
    QCOMPARE(terms.size(), 6);
    QCOMPARE(terms.at(0).key(), terms.at(2).key());
    QCOMPARE(terms.at(3).key(), terms.at(4).key());
    QVERIFY(terms.at(0).key() != terms.at(1).key()); // a number is resolved by the server
    QVERIFY(terms.at(3).key() != QStringLiteral("gen-1"));
}

void tst_QueryParser::parseEachTakesEveryStringWhole()
{
    QCOMPARE(describe(QueryParser::parseEach({ QStringLiteral(" mr mime "), QString(),
                                               QStringLiteral("gen: 2"),
                                               QStringLiteral("pikachu, eevee") })),
             list({ "N:mr-mime|mr mime", "G:generation/2|gen: 2", "I:pikachu, eevee" }));
}

void tst_QueryParser::groupsAloneAreADexFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isFilter");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QList<int>>("generations");
    QTest::addColumn<bool>("forms");
    const QStringList none;
    QTest::addRow("type and generation")
        << QStringLiteral("type:dragon gen:9") << true << QStringList { QStringLiteral("dragon") }
        << QList<int> { 9 } << true;
    QTest::addRow("two types") << QStringLiteral("type:fire type:flying") << true
                               << QStringList { QStringLiteral("fire"), QStringLiteral("flying") }
                               << QList<int>() << true;
    QTest::addRow("a generation alone: species only")
        << QStringLiteral("Gen: III") << true << none << QList<int> { 3 } << false;
    QTest::addRow("the same type twice")
        << QStringLiteral("type:fire, type:Fire") << true << QStringList { QStringLiteral("fire") }
        << QList<int>() << true;
    QTest::addRow("two generations: nothing matches both")
        << QStringLiteral("gen:1 gen:2") << true << none << QList<int> { 1, 2 } << false;
    QTest::addRow("a name among them")
        << QStringLiteral("type:fire pikachu") << false << none << QList<int>() << false;
    QTest::addRow("an invalid group")
        << QStringLiteral("type:fire gen:10") << false << none << QList<int>() << false;
    QTest::addRow("Type: Null is a Pokémon")
        << QStringLiteral("type: null") << false << none << QList<int>() << false;
    QTest::addRow("nothing") << QStringLiteral("  ") << false << none << QList<int>() << false;
}

void tst_QueryParser::groupsAloneAreADexFilter()
{
    QFETCH(QString, text);
    QFETCH(bool, isFilter);
    const std::optional<DexFilter> filter = QueryParser::filterOf(text);
    QCOMPARE(filter.has_value(), isFilter);
    if (!filter)
        return;
    QFETCH(QStringList, types);
    QFETCH(QList<int>, generations);
    QFETCH(bool, forms);
    QCOMPARE(filter->types, types);
    QCOMPARE(filter->generations, generations);
    QCOMPARE(filter->forms == FormKindOf::Every, forms);
    QVERIFY(filter->text.isEmpty());
}

QTEST_GUILESS_MAIN(tst_QueryParser)
#include "tst_queryparser.moc"
