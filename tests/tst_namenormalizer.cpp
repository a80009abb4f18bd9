#include "api/pokeapiparser.h"
#include "search/namenormalizer.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace NameNormalizer;

class tst_NameNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void normalizeIsIdempotent_data() { normalize_data(); }
    void normalizeIsIdempotent();

    void invalidReason_data();
    void invalidReason();
    void hostileInputStaysInvalid_data();
    void hostileInputStaysInvalid();
    void pastedWallOfTextIsRejected_data();
    void pastedWallOfTextIsRejected();

    void splitQueries_data();
    void splitQueries();
    void builtInListKnowsEveryMultiWordSpecies_data();
    void builtInListKnowsEveryMultiWordSpecies();
};

void tst_NameNormalizer::normalize_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("slug");

    QTest::addRow("plain") << QStringLiteral("pikachu") << QStringLiteral("pikachu");
    // The accent after a dot decorates the letter before it ("E.\u0301" is "e" with an accent).
    QTest::addRow("accent after a dot") << QStringLiteral("E.\u0301e") << QStringLiteral("ee");
    QTest::addRow("upper case, padded") << QStringLiteral(" PIKACHU ") << QStringLiteral("pikachu");
    QTest::addRow("Mr. Mime") << QStringLiteral("Mr. Mime") << QStringLiteral("mr-mime");
    QTest::addRow("MR. MIME") << QStringLiteral("MR. MIME") << QStringLiteral("mr-mime");
    QTest::addRow("Mime Jr.") << QStringLiteral("Mime Jr.") << QStringLiteral("mime-jr");
    QTest::addRow("Mr. Rime") << QStringLiteral("Mr. Rime") << QStringLiteral("mr-rime");
    // A bug once: without the space after the period, the words ran together ("mrmime").
    QTest::addRow("Mr.Mime") << QStringLiteral("Mr.Mime") << QStringLiteral("mr-mime");
    QTest::addRow("MR.MIME") << QStringLiteral("MR.MIME") << QStringLiteral("mr-mime");
    QTest::addRow("Mr.Rime") << QStringLiteral("Mr.Rime") << QStringLiteral("mr-rime");
    QTest::addRow("full-width Mr.Mime")
        << QStringLiteral("Ｍｒ．Ｍｉｍｅ") << QStringLiteral("mr-mime");
    QTest::addRow("Mime Jr") << QStringLiteral("Mime Jr") << QStringLiteral("mime-jr");
    QTest::addRow("Mime.Jr.") << QStringLiteral("Mime.Jr.") << QStringLiteral("mime-jr");
    QTest::addRow("Type:Null") << QStringLiteral("Type:Null") << QStringLiteral("type-null");
    QTest::addRow("Jangmo-o") << QStringLiteral("Jangmo-o") << QStringLiteral("jangmo-o");
    QTest::addRow("Kommo-o") << QStringLiteral("Kommo-o") << QStringLiteral("kommo-o");
    QTest::addRow("Farfetch'd") << QStringLiteral("Farfetch'd") << QStringLiteral("farfetchd");
    QTest::addRow("Sirfetch’d") << QStringLiteral("Sirfetch’d") << QStringLiteral("sirfetchd");
    QTest::addRow("modifier apostrophe")
        << QStringLiteral(u"Farfetch\u02BCd") << QStringLiteral("farfetchd");
    QTest::addRow("Type: Null") << QStringLiteral("Type: Null") << QStringLiteral("type-null");
    QTest::addRow("Ho-Oh") << QStringLiteral("Ho-Oh") << QStringLiteral("ho-oh");
    QTest::addRow("Porygon-Z") << QStringLiteral("Porygon-Z") << QStringLiteral("porygon-z");
    QTest::addRow("Nidoran♀") << QStringLiteral("Nidoran♀") << QStringLiteral("nidoran-f");
    QTest::addRow("Nidoran ♂") << QStringLiteral("Nidoran ♂") << QStringLiteral("nidoran-m");
    QTest::addRow("Nidoran ♀ emoji presentation")
        << QStringLiteral(u"Nidoran \u2640\uFE0F") << QStringLiteral("nidoran-f");
    QTest::addRow("Flabébé precomposed")
        << QStringLiteral(u"Flab\u00E9b\u00E9") << QStringLiteral("flabebe");
    QTest::addRow("Flabébé decomposed")
        << QStringLiteral(u"Flabe\u0301be\u0301") << QStringLiteral("flabebe");
    QTest::addRow("FLABÉBÉ") << QStringLiteral("FLABÉBÉ") << QStringLiteral("flabebe");
    QTest::addRow("stacked accents")
        << QStringLiteral(u"Pike\u0301\u0303\u0308chu") << QStringLiteral("pikechu");
    QTest::addRow("full-width") << QStringLiteral("ｐｉｋａｃｈｕ") << QStringLiteral("pikachu");
    QTest::addRow("full-width upper")
        << QStringLiteral("ＰＩＫＡＣＨＵ") << QStringLiteral("pikachu");
    // Names in PokeAPI's other languages (pokemon-species names[]). Latin letters lose their
    // accents as in English; other scripts keep every mark that changes a character.
    QTest::addRow("de Glurak") << QStringLiteral("Glurak") << QStringLiteral("glurak");
    QTest::addRow("fr Évoli") << QStringLiteral("Évoli") << QStringLiteral("evoli");
    QTest::addRow("fr M. Mime") << QStringLiteral("M. Mime") << QStringLiteral("m-mime");
    QTest::addRow("de Typ:Null") << QStringLiteral("Typ:Null") << QStringLiteral("typ-null");
    QTest::addRow("es Código Cero")
        << QStringLiteral("Código Cero") << QStringLiteral("codigo-cero");
    QTest::addRow("ja-roma Lizardon") << QStringLiteral("Lizardon") << QStringLiteral("lizardon");
    QTest::addRow("ja ピカチュウ") << QStringLiteral("ピカチュウ") << QStringLiteral("ピカチュウ");
    QTest::addRow("ja ピ keeps its mark, decomposed")
        << QStringLiteral(u"ピカチュウ") << QStringLiteral("ピカチュウ");
    QTest::addRow("ja half-width ﾋﾟｶﾁｭｳ")
        << QStringLiteral("ﾋﾟｶﾁｭｳ") << QStringLiteral("ピカチュウ");
    QTest::addRow("ja voiced ガーディ") << QStringLiteral("ガーディ") << QStringLiteral("ガーディ");
    QTest::addRow("ja unvoiced カ stays カ") << QStringLiteral("カ") << QStringLiteral("カ");
    QTest::addRow("ja タイプ：ヌル")
        << QStringLiteral("タイプ：ヌル") << QStringLiteral("タイプ-ヌル");
    QTest::addRow("ja ニドラン♀") << QStringLiteral("ニドラン♀") << QStringLiteral("ニドラン-f");
    QTest::addRow("ja spaced") << QStringLiteral(" バリヤード ") << QStringLiteral("バリヤード");
    QTest::addRow("ko 피카츄") << QStringLiteral("피카츄") << QStringLiteral("피카츄");
    QTest::addRow("ko 피카츄 as jamo")
        << QStringLiteral(u"피카츄") << QStringLiteral("피카츄");
    QTest::addRow("ko 타입:널") << QStringLiteral("타입:널") << QStringLiteral("타입-널");
    QTest::addRow("zh-hant 噴火龍") << QStringLiteral("噴火龍") << QStringLiteral("噴火龍");
    QTest::addRow("zh-hans 皮卡丘") << QStringLiteral("皮卡丘") << QStringLiteral("皮卡丘");
    QTest::addRow("zh-hans full-width colon")
        << QStringLiteral("属性：空") << QStringLiteral("属性-空");
    QTest::addRow("id") << QStringLiteral("25") << QStringLiteral("25");
    QTest::addRow("#025") << QStringLiteral("#025") << QStringLiteral("25");
    QTest::addRow("#25") << QStringLiteral("#25") << QStringLiteral("25");
    QTest::addRow("025") << QStringLiteral("025") << QStringLiteral("25");
    QTest::addRow("full-width #025") << QStringLiteral("＃０２５") << QStringLiteral("25");
    QTest::addRow("0 stays for invalidReason") << QStringLiteral("0") << QStringLiteral("0");
    QTest::addRow("000") << QStringLiteral("000") << QStringLiteral("0");
    QTest::addRow("#0") << QStringLiteral("#0") << QStringLiteral("0");
    QTest::addRow("# alone stays") << QStringLiteral("#") << QStringLiteral("#");
    QTest::addRow("# before a name stays")
        << QStringLiteral("#pikachu") << QStringLiteral("#pikachu");
    // Numbers as the games print them, and numbers that are none. Punctuation is
    // dropped from names only: "25.0" became "250" (Ho-Oh), "-25" became "25" (Pikachu).
    QTest::addRow("No. 025") << QStringLiteral("No. 025") << QStringLiteral("25");
    QTest::addRow("No.025") << QStringLiteral("No.025") << QStringLiteral("25");
    QTest::addRow("NO. 25") << QStringLiteral("NO. 25") << QStringLiteral("25");
    QTest::addRow("no 25") << QStringLiteral("no 25") << QStringLiteral("25");
    QTest::addRow("No. 000") << QStringLiteral("No. 000") << QStringLiteral("0");
    QTest::addRow("numero sign") << QStringLiteral("Nº 025") << QStringLiteral("25");
    QTest::addRow("full-width No.025") << QStringLiteral("Ｎｏ．０２５") << QStringLiteral("25");
    QTest::addRow("# 025") << QStringLiteral("# 025") << QStringLiteral("25");
    QTest::addRow("decimal kept") << QStringLiteral("25.0") << QStringLiteral("25.0");
    QTest::addRow("decimal comma kept") << QStringLiteral("25,0") << QStringLiteral("25,0");
    QTest::addRow("negative kept") << QStringLiteral("-25") << QStringLiteral("-25");
    QTest::addRow("plus kept") << QStringLiteral("+25") << QStringLiteral("+25");
    QTest::addRow("spaced digits kept") << QStringLiteral("2 5") << QStringLiteral("2 5");
    QTest::addRow("apostrophe in digits kept") << QStringLiteral("2'5") << QStringLiteral("2'5");
    QTest::addRow("No. with a decimal kept")
        << QStringLiteral("No. 25.0") << QStringLiteral("no. 25.0");
    QTest::addRow("No. # kept") << QStringLiteral("No. #25") << QStringLiteral("no. #25");
    QTest::addRow("## kept") << QStringLiteral("##25") << QStringLiteral("##25");
    QTest::addRow("name starting with no")
        << QStringLiteral("Noctowl") << QStringLiteral("noctowl");
    QTest::addRow("No. alone") << QStringLiteral("No.") << QStringLiteral("no");
    QTest::addRow("tab") << QStringLiteral("tapu\tkoko") << QStringLiteral("tapu-koko");
    QTest::addRow("newline") << QStringLiteral("mr\n mime") << QStringLiteral("mr-mime");
    QTest::addRow("runs of spaces") << QStringLiteral("  mr   mime  ") << QStringLiteral("mr-mime");
    QTest::addRow("no-break spaces")
        << QStringLiteral(u"\u00A0mr\u00A0mime\u00A0") << QStringLiteral("mr-mime");
    QTest::addRow("ideographic space")
        << QStringLiteral(u"tapu\u3000lele") << QStringLiteral("tapu-lele");
    QTest::addRow("repeated hyphens") << QStringLiteral("mr--mime") << QStringLiteral("mr-mime");
    QTest::addRow("hyphen around space")
        << QStringLiteral("mr - mime") << QStringLiteral("mr-mime");
    QTest::addRow("hyphens at the ends")
        << QStringLiteral("-pikachu-") << QStringLiteral("pikachu");
    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("only spaces") << QStringLiteral(" \t\n ") << QString();
    QTest::addRow("only punctuation") << QStringLiteral(". ' : ’ -") << QString();
    QTest::addRow("underscore kept") << QStringLiteral("bad_name") << QStringLiteral("bad_name");
    // Up to 400 typed characters are normalised; more can be no name and are kept as typed.
    QTest::addRow("400 typed characters")
        << (u'p' + QString(393, QChar(0x0301)) + QStringLiteral("ikachu"))
        << QStringLiteral("pikachu");
    const QString tooLong = u'p' + QString(394, QChar(0x0301)) + QStringLiteral("ikachu");
    QTest::addRow("401 typed characters kept") << tooLong << tooLong;
    QTest::addRow("401 kept, trimmed") << (u' ' + tooLong + u'\n') << tooLong;
}

void tst_NameNormalizer::normalize()
{
    QFETCH(QString, typed);
    QFETCH(QString, slug);
    QCOMPARE(NameNormalizer::normalize(typed), slug);
}

void tst_NameNormalizer::normalizeIsIdempotent()
{
    QFETCH(QString, slug);
    QCOMPARE(NameNormalizer::normalize(slug), slug);
}

void tst_NameNormalizer::invalidReason_data()
{
    QTest::addColumn<QString>("slug");
    // Empty when the slug is valid; otherwise a piece of text the reason must contain.
    QTest::addColumn<QString>("reasonMentions");

    const QString valid;
    QTest::addRow("pikachu") << QStringLiteral("pikachu") << valid;
    QTest::addRow("mr-mime") << QStringLiteral("mr-mime") << valid;
    QTest::addRow("nidoran-f") << QStringLiteral("nidoran-f") << valid;
    QTest::addRow("bad_name") << QStringLiteral("bad_name") << valid;
    QTest::addRow("one letter") << QStringLiteral("a") << valid;
    QTest::addRow("id 1") << QStringLiteral("1") << valid;
    QTest::addRow("id 25") << QStringLiteral("25") << valid;
    QTest::addRow("id 1025, the last") << QStringLiteral("1025") << valid;
    QTest::addRow("zero-padded id") << QStringLiteral("025") << valid;
    QTest::addRow("digits and letters") << QStringLiteral("porygon2") << valid;
    QTest::addRow("100 characters") << QString(100, u'a') << valid;

    QTest::addRow("empty") << QString() << QStringLiteral("empty");
    QTest::addRow("101 characters") << QString(101, u'a') << QStringLiteral("longer than 100");
    QTest::addRow("huge") << QString(1000000, u'/') << QStringLiteral("longer than 100");
    QTest::addRow("leading hyphen") << QStringLiteral("-pikachu") << QStringLiteral("'-'");
    const QString notANumber = QStringLiteral("is not a Pokédex number");
    QTest::addRow("0") << QStringLiteral("0") << QStringLiteral("1 to 1025");
    QTest::addRow("00") << QStringLiteral("00") << QStringLiteral("1 to 1025");
    QTest::addRow("1026") << QStringLiteral("1026") << QStringLiteral("1 to 1025");
    // PokeAPI's ids for forms: a typed number is a Pokédex number, never a form.
    QTest::addRow("10001") << QStringLiteral("10001") << QStringLiteral("1 to 1025");
    QTest::addRow("99999") << QStringLiteral("99999") << QStringLiteral("1 to 1025");
    QTest::addRow("20 digits") << QStringLiteral("99999999999999999999")
                               << QStringLiteral("1 to 1025");
    QTest::addRow("decimal") << QStringLiteral("25.0") << notANumber;
    QTest::addRow("decimal comma") << QStringLiteral("25,0") << notANumber;
    QTest::addRow("negative") << QStringLiteral("-25") << notANumber;
    QTest::addRow("plus") << QStringLiteral("+25") << notANumber;
    QTest::addRow("spaced digits") << QStringLiteral("2 5") << notANumber;
    QTest::addRow("No. with a decimal") << QStringLiteral("no. 25.0") << notANumber;
    QTest::addRow("No. not normalised") << QStringLiteral("no.25") << notANumber;
    QTest::addRow("keycap") << QStringLiteral(u"1\uFE0F\u20E3") << notANumber;
    QTest::addRow("slash") << QStringLiteral("a/b") << QStringLiteral("'/'");
    QTest::addRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("'\\'");
    QTest::addRow("../etc") << QStringLiteral("../etc") << QStringLiteral("'.', '/'");
    QTest::addRow("..") << QStringLiteral("..") << QStringLiteral("'.'");
    QTest::addRow("question mark") << QStringLiteral("?x") << QStringLiteral("'?'");
    QTest::addRow("hash") << QStringLiteral("#25") << notANumber;
    QTest::addRow("hash in a name") << QStringLiteral("pika#chu") << QStringLiteral("'#'");
    QTest::addRow("percent-encoded") << QStringLiteral("%2F") << QStringLiteral("'%', 'F'");
    QTest::addRow("upper case") << QStringLiteral("Pikachu") << QStringLiteral("'P'");
    QTest::addRow("space") << QStringLiteral("pika chu") << QStringLiteral("U+0020");
    QTest::addRow("control character")
        << QStringLiteral(u"pika\u0001chu") << QStringLiteral("U+0001");
    QTest::addRow("NUL") << (QStringLiteral("pika") + QChar(u'\0') + QStringLiteral("chu"))
                         << QStringLiteral("U+0000");
    QTest::addRow("newline") << QStringLiteral("pika\nchu") << QStringLiteral("U+000A");
    QTest::addRow("bidi override") << QStringLiteral(u"\u202Epikachu") << QStringLiteral("U+202E");
    QTest::addRow("zero-width space")
        << QStringLiteral(u"pika\u200Bchu") << QStringLiteral("U+200B");
    QTest::addRow("emoji") << QStringLiteral("pikachu🔥") << QStringLiteral("'🔥'");
    QTest::addRow("lone surrogate") << QStringLiteral(u"pika\xD800") << QStringLiteral("U+D800");
    QTest::addRow("accented") << QStringLiteral("flabébé") << QStringLiteral("'é'");
    QTest::addRow("full-width") << QStringLiteral("ｐｉｋａｃｈｕ") << QStringLiteral("'ｐ'");
    QTest::addRow("URL") << QStringLiteral("https://pokeapi.co/api/v2/pokemon/1")
                         << QStringLiteral("':', '/', '.'");
}

void tst_NameNormalizer::invalidReason()
{
    QFETCH(QString, slug);
    QFETCH(QString, reasonMentions);

    const QString reason = NameNormalizer::invalidReason(slug);
    if (reasonMentions.isEmpty()) {
        QCOMPARE(reason, QString());
        return;
    }
    QVERIFY2(reason.contains(reasonMentions), qPrintable(reason));
    // The reason is shown to people: it must not carry the invisible characters it reports.
    for (const QChar c : reason) {
        QVERIFY2(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format,
                 qPrintable(reason));
    }
    QVERIFY(reason.size() < 200);
}

void tst_NameNormalizer::hostileInputStaysInvalid_data()
{
    QTest::addColumn<QString>("typed");

    QTest::addRow("path traversal") << QStringLiteral("../../etc/passwd");
    QTest::addRow("backslash traversal") << QStringLiteral("..\\..\\windows");
    QTest::addRow("slash") << QStringLiteral("pikachu/moves");
    QTest::addRow("query") << QStringLiteral("pikachu?limit=1");
    QTest::addRow("fragment") << QStringLiteral("pikachu#top");
    QTest::addRow("percent-encoded slash") << QStringLiteral("..%2F..%2Fetc");
    QTest::addRow("URL") << QStringLiteral("https://evil.example/x");
    QTest::addRow("control") << QStringLiteral(u"pika\u0007chu");
    QTest::addRow("bidi override") << QStringLiteral(u"pika\u202Echu");
    QTest::addRow("emoji") << QStringLiteral("🔥");
    QTest::addRow("0") << QStringLiteral("#000");
    QTest::addRow("100000") << QStringLiteral("100000");
    QTest::addRow("1026") << QStringLiteral("1026");
    QTest::addRow("form id") << QStringLiteral("10001");
    QTest::addRow("decimal") << QStringLiteral("25.0");
    QTest::addRow("negative") << QStringLiteral("-25");
    QTest::addRow("signed") << QStringLiteral("+25");
    QTest::addRow("No. with a decimal") << QStringLiteral("No. 25.0");
    QTest::addRow("No. negative") << QStringLiteral("No. -25");
    QTest::addRow("long") << QString(101, u'a');
    QTest::addRow("long paste of a name") << (u'p' + QString(399, QChar(0x0301)) + u'i');
    QTest::addRow("only punctuation") << QStringLiteral("...");
    // Characters normalize keeps so that invalidReason can name them, instead of quietly
    // turning the input into some other, valid name.
    QTest::addRow("a/b") << QStringLiteral("a/b");
    QTest::addRow("dot-dot-slash") << QStringLiteral("../etc");
    QTest::addRow("question mark") << QStringLiteral("?x");
    QTest::addRow("percent") << QStringLiteral("%2F");
    QTest::addRow("control between letters") << QStringLiteral(u"pika\u0001chu");
    QTest::addRow("bidi override in front") << QStringLiteral(u"\u202Epikachu");
    QTest::addRow("emoji after a name") << QStringLiteral("Pikachu🔥");
    QTest::addRow("keycap emoji") << QStringLiteral(u"1\uFE0F\u20E3");
    QTest::addRow("lone combining mark") << QStringLiteral(u"\u0301");
    QTest::addRow("# alone") << QStringLiteral("#");
    QTest::addRow("# before a name") << QStringLiteral("#pikachu");
    QTest::addRow("id 0") << QStringLiteral("0");
    QTest::addRow("id 000") << QStringLiteral("000");
    QTest::addRow("id #0") << QStringLiteral("#0");
    QTest::addRow("URL with a path") << QStringLiteral("https://pokeapi.co/api/v2/pokemon/1");
    // Found by fuzz_namenormalizer: a mark after dropped punctuation must be judged the same
    // way on a second pass, and dropping dots joins mark runs that NFKD reorders.
    QTest::addRow("mark after dropped dot")
        << QString::fromUtf8("\x2e\xcd\x97\xda\x98\xd9\xb9\x2e\xcd\x97\xda\x98\xd9\xb9\x93\x93"
                             "f");
    QTest::addRow("marks joined by dropped dots")
        << QString::fromUtf8("\x2e\xcd\x2e\xcc\x98\xd9\x93\x2e\xcc\x98\xd9\x93\x93"
                             "f");
}

// What normalize makes of unusable input is no contract; that it is refused, and that a
// second pass changes nothing (the fuzzer's invariant), is.
void tst_NameNormalizer::hostileInputStaysInvalid()
{
    QFETCH(QString, typed);
    const QString slug = NameNormalizer::normalize(typed);
    QVERIFY2(!NameNormalizer::invalidReason(slug).isEmpty(), qPrintable(slug));
    QCOMPARE(NameNormalizer::normalize(slug), slug);
}

void tst_NameNormalizer::pastedWallOfTextIsRejected_data()
{
    QTest::addColumn<QString>("text");

    const qsizetype mebibyte = 1024 * 1024;
    // A bug once: normalising all of this took minutes (QString::normalized is quadratic on
    // long runs of characters with big decompositions), so a paste hung the app. U+FDFA
    // is 3 bytes of UTF-8 and decomposes into 18 characters.
    QTest::addRow("9 MiB of U+FDFA") << QString(3 * mebibyte, QChar(0xFDFA));
    QTest::addRow("1 MiB of letters") << QString(mebibyte, u'a');
    QTest::addRow("1 MiB of digits") << QString(mebibyte, u'9');
    QTest::addRow("a letter under 1 Mi accents") << (u'a' + QString(mebibyte, QChar(0x0301)));
    QTest::addRow("two huge words")
        << (QString(mebibyte / 2, u'a') + u' ' + QString(mebibyte / 2, QChar(0xFDFA)));
    QTest::addRow("huge words between commas")
        << (QString(mebibyte / 2, u'a') + u',' + QString(mebibyte / 2, QChar(0xFDFA)));
}

// Any paste ends quickly (ctest's timeout catches a hang) as queries each of which is
// rejected with a reason, so none is sent to the server.
void tst_NameNormalizer::pastedWallOfTextIsRejected()
{
    QFETCH(QString, text);

    const QString slug = NameNormalizer::normalize(text);
    QVERIFY(NameNormalizer::invalidReason(slug).contains(QStringLiteral("longer than")));
    QCOMPARE(NameNormalizer::normalize(slug), slug);

    const QStringList queries = NameNormalizer::splitQueries(text);
    QVERIFY(!queries.isEmpty());
    for (const QString &query : queries) {
        const QString reason = NameNormalizer::invalidReason(NameNormalizer::normalize(query));
        QVERIFY2(reason.contains(QStringLiteral("longer than")), qPrintable(reason));
    }
}

void tst_NameNormalizer::splitQueries_data()
{
    QTest::addColumn<QString>("text");
    // Empty: the built-in list decides which words belong together.
    QTest::addColumn<QStringList>("knownNames");
    QTest::addColumn<QStringList>("queries");

    const QStringList builtIn;
    QTest::addRow("commas") << QStringLiteral("pikachu, charizard, Mr. Mime, bad_name") << builtIn
                            << QStringList { QStringLiteral("pikachu"), QStringLiteral("charizard"),
                                             QStringLiteral("Mr. Mime"),
                                             QStringLiteral("bad_name") };
    QTest::addRow("commas without spaces")
        << QStringLiteral("pikachu,charizard") << builtIn
        << QStringList { QStringLiteral("pikachu"), QStringLiteral("charizard") };
    QTest::addRow("comma separates alone")
        << QStringLiteral("mr mime, pikachu charizard") << builtIn
        << QStringList { QStringLiteral("mr mime"), QStringLiteral("pikachu charizard") };
    QTest::addRow("empty chunks dropped")
        << QStringLiteral("a,,b\n\n c") << builtIn
        << QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") };
    QTest::addRow("CRLF") << QStringLiteral("pikachu\r\ncharizard\r\n") << builtIn
                          << QStringList { QStringLiteral("pikachu"), QStringLiteral("charizard") };
    QTest::addRow("spaces") << QStringLiteral("pikachu charizard") << builtIn
                            << QStringList { QStringLiteral("pikachu"),
                                             QStringLiteral("charizard") };
    QTest::addRow("tabs and runs of spaces")
        << QStringLiteral("  pikachu\tcharizard    bulbasaur ") << builtIn
        << QStringList { QStringLiteral("pikachu"), QStringLiteral("charizard"),
                         QStringLiteral("bulbasaur") };
    QTest::addRow("duplicates kept")
        << QStringLiteral("pikachu pikachu") << builtIn
        << QStringList { QStringLiteral("pikachu"), QStringLiteral("pikachu") };
    QTest::addRow("mr mime pikachu")
        << QStringLiteral("mr mime pikachu") << builtIn
        << QStringList { QStringLiteral("mr mime"), QStringLiteral("pikachu") };
    QTest::addRow("typed spacing kept")
        << QStringLiteral("mr   mime") << builtIn << QStringList { QStringLiteral("mr   mime") };
    QTest::addRow("Mr. Mime alone")
        << QStringLiteral("Mr. Mime") << builtIn << QStringList { QStringLiteral("Mr. Mime") };
    QTest::addRow("Nidoran ♀") << QStringLiteral("Nidoran ♀") << builtIn
                               << QStringList { QStringLiteral("Nidoran ♀") };
    QTest::addRow("both Nidoran") << QStringLiteral("nidoran ♀ nidoran ♂") << builtIn
                                  << QStringList { QStringLiteral("nidoran ♀"),
                                                   QStringLiteral("nidoran ♂") };
    QTest::addRow("Type: Null pikachu")
        << QStringLiteral("Type: Null pikachu") << builtIn
        << QStringList { QStringLiteral("Type: Null"), QStringLiteral("pikachu") };
    QTest::addRow("mime jr. mr mime")
        << QStringLiteral("mime jr. mr mime") << builtIn
        << QStringList { QStringLiteral("mime jr."), QStringLiteral("mr mime") };
    QTest::addRow("two tapus") << QStringLiteral("tapu koko tapu lele") << builtIn
                               << QStringList { QStringLiteral("tapu koko"),
                                                QStringLiteral("tapu lele") };
    QTest::addRow("paradox pokemon")
        << QStringLiteral("iron valiant great tusk") << builtIn
        << QStringList { QStringLiteral("iron valiant"), QStringLiteral("great tusk") };
    QTest::addRow("Mr.Mime pikachu")
        << QStringLiteral("Mr.Mime pikachu") << builtIn
        << QStringList { QStringLiteral("Mr.Mime"), QStringLiteral("pikachu") };
    QTest::addRow("Ho Oh") << QStringLiteral("Ho Oh") << builtIn
                           << QStringList { QStringLiteral("Ho Oh") };
    QTest::addRow("No. 025 pikachu")
        << QStringLiteral("No. 025 pikachu") << builtIn
        << QStringList { QStringLiteral("No. 025"), QStringLiteral("pikachu") };
    QTest::addRow("pikachu # 25") << QStringLiteral("pikachu # 25") << builtIn
                                  << QStringList { QStringLiteral("pikachu"),
                                                   QStringLiteral("# 25") };
    QTest::addRow("two numbers stay two")
        << QStringLiteral("25 6") << builtIn
        << QStringList { QStringLiteral("25"), QStringLiteral("6") };
    QTest::addRow("unknown pair split")
        << QStringLiteral("tapu pikachu") << builtIn
        << QStringList { QStringLiteral("tapu"), QStringLiteral("pikachu") };
    QTest::addRow("empty") << QString() << builtIn << QStringList();
    QTest::addRow("only separators") << QStringLiteral(" ,\n\t, ") << builtIn << QStringList();
    QTest::addRow("only spaces") << QStringLiteral(" \t ") << builtIn << QStringList();

    QTest::addRow("custom list replaces built-in")
        << QStringLiteral("mr mime") << QStringList { QStringLiteral("pikachu") }
        << QStringList { QStringLiteral("mr"), QStringLiteral("mime") };
    QTest::addRow("custom three-word name")
        << QStringLiteral("urshifu single strike pikachu")
        << QStringList { QStringLiteral("urshifu-single-strike") }
        << QStringList { QStringLiteral("urshifu single strike"), QStringLiteral("pikachu") };
    QTest::addRow("longest match wins")
        << QStringLiteral("a b c d")
        << QStringList { QStringLiteral("a-b"), QStringLiteral("a-b-c") }
        << QStringList { QStringLiteral("a b c"), QStringLiteral("d") };
    QTest::addRow("no more than three words")
        << QStringLiteral("a b c d") << QStringList { QStringLiteral("a-b-c-d") }
        << QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                         QStringLiteral("d") };
    QTest::addRow("greedy from the left")
        << QStringLiteral("a b c") << QStringList { QStringLiteral("a-b"), QStringLiteral("b-c") }
        << QStringList { QStringLiteral("a b"), QStringLiteral("c") };
}

void tst_NameNormalizer::splitQueries()
{
    QFETCH(QString, text);
    QFETCH(QStringList, knownNames);
    QFETCH(QStringList, queries);

    if (knownNames.isEmpty()) {
        QCOMPARE(NameNormalizer::splitQueries(text), queries);
        return;
    }
    const QSet<QString> known(knownNames.cbegin(), knownNames.cend());
    const auto isKnown = [&known](const QString &slug) { return known.contains(slug); };
    QCOMPARE(NameNormalizer::splitQueries(text, isKnown), queries);
}

void tst_NameNormalizer::builtInListKnowsEveryMultiWordSpecies_data()
{
    QTest::addColumn<QString>("spaced");

    QFile file(QStringLiteral(POKEDEX_TEST_DATA "/api/v2/pokemon-species/index.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const auto names = PokeApiParser::parseNameList(file.readAll(), &error);
    QVERIFY2(names, qPrintable(error));
    int count = 0;
    for (const QString &name : *names) {
        if (!name.contains(u'-'))
            continue;
        QString spaced = name;
        QTest::addRow("%s", qPrintable(name)) << spaced.replace(u'-', u' ');
        ++count;
    }
    QCOMPARE(count, 39);
}

void tst_NameNormalizer::builtInListKnowsEveryMultiWordSpecies()
{
    QFETCH(QString, spaced);
    QCOMPARE(NameNormalizer::splitQueries(spaced + QStringLiteral(" pikachu")),
             (QStringList { spaced, QStringLiteral("pikachu") }));
}

QTEST_GUILESS_MAIN(tst_NameNormalizer)
#include "tst_namenormalizer.moc"
