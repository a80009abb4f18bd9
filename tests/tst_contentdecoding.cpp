// ContentDecoding: gzip answers inflated by us, with every way a stream can be wrong.

#include "fakepokeapi.h"
#include "net/contentdecoding.h"

#include <QFile>
#include <QTest>

using ContentDecoding::Decoded;
using Outcome = Decoded::Outcome;

class tst_ContentDecoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data();
    void decode();
    void everyCutOfARealAnswerIsCut();
    void everyFlippedByteIsNoticed();
};

namespace {

QByteArray pikachu()
{
    QFile file(QStringLiteral(POKEDEX_TEST_DATA "/api/v2/pokemon/25.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read pikachu");
    return file.readAll();
}

constexpr qint64 Cap = 1024 * 1024;

} // namespace

void tst_ContentDecoding::decode_data()
{
    QTest::addColumn<QByteArray>("coding");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QByteArray>("decoded");

    const QByteArray doc = R"({"id": 25, "name": "pikachu"})";
    const QByteArray gz = FakePokeApi::gzip(doc);
    QTest::addRow("no coding") << QByteArray() << doc << int(Outcome::Ok) << doc;
    QTest::addRow("identity") << QByteArray("identity") << doc << int(Outcome::Ok) << doc;
    QTest::addRow("gzip") << QByteArray("gzip") << gz << int(Outcome::Ok) << doc;
    QTest::addRow("x-gzip") << QByteArray("x-gzip") << gz << int(Outcome::Ok) << doc;
    QTest::addRow("GZIP, spaced") << QByteArray(" GZIP ") << gz << int(Outcome::Ok) << doc;
    QTest::addRow("gzip, empty body (HEAD)")
        << QByteArray("gzip") << QByteArray() << int(Outcome::Ok) << QByteArray();
    QTest::addRow("gzip of nothing")
        << QByteArray("gzip") << FakePokeApi::gzip({}) << int(Outcome::Ok) << QByteArray();
    QTest::addRow("real Pokémon") << QByteArray("gzip") << FakePokeApi::gzip(pikachu())
                                  << int(Outcome::Ok) << pikachu();
    QTest::addRow("plain text called gzip")
        << QByteArray("gzip") << doc << int(Outcome::Damaged) << QByteArray();
    QTest::addRow("only the magic")
        << QByteArray("gzip") << QByteArray("\x1f\x8b", 2) << int(Outcome::Cut) << QByteArray();
    QTest::addRow("cut in the trailer")
        << QByteArray("gzip") << gz.left(gz.size() - 1) << int(Outcome::Cut) << QByteArray();
    QTest::addRow("bytes after the end")
        << QByteArray("gzip") << gz + "junk" << int(Outcome::Damaged) << QByteArray();
    QByteArray badCrc = gz;
    badCrc[badCrc.size() - 8] = char(badCrc.at(badCrc.size() - 8) ^ 0x01);
    QTest::addRow("wrong checksum")
        << QByteArray("gzip") << badCrc << int(Outcome::Damaged) << QByteArray();
    QTest::addRow("deflate (not asked for)")
        << QByteArray("deflate") << qCompress(doc) << int(Outcome::Damaged) << QByteArray();
    QTest::addRow("br (not asked for)")
        << QByteArray("br") << doc << int(Outcome::Damaged) << QByteArray();
    QTest::addRow("two codings") << QByteArray("gzip, gzip") << FakePokeApi::gzip(gz)
                                 << int(Outcome::Damaged) << QByteArray();
    const QByteArray exactlyCap(Cap, ' ');
    QTest::addRow("inflates to exactly the cap")
        << QByteArray("gzip") << FakePokeApi::gzip(exactlyCap) << int(Outcome::Ok) << exactlyCap;
    QTest::addRow("one byte past the cap")
        << QByteArray("gzip") << FakePokeApi::gzip(QByteArray(Cap + 1, ' '))
        << int(Outcome::TooLarge) << QByteArray();
    QTest::addRow("bomb: 64 MB of spaces")
        << QByteArray("gzip") << FakePokeApi::gzip(QByteArray(64 * Cap, ' '))
        << int(Outcome::TooLarge) << QByteArray();
}

void tst_ContentDecoding::decode()
{
    QFETCH(QByteArray, coding);
    QFETCH(QByteArray, body);
    QFETCH(int, outcome);
    QFETCH(QByteArray, decoded);
    const Decoded result = ContentDecoding::decode(coding, body, Cap);
    QCOMPARE(int(result.outcome), outcome);
    QCOMPARE(result.body, decoded);
}

// Whatever byte the connection breaks off at, the answer is never taken for a whole one.
void tst_ContentDecoding::everyCutOfARealAnswerIsCut()
{
    const QByteArray gz = FakePokeApi::gzip(pikachu());
    for (qsizetype length = 1; length < gz.size(); ++length) {
        const Decoded result = ContentDecoding::decode("gzip", gz.left(length), Cap);
        QVERIFY2(result.outcome == Outcome::Cut || result.outcome == Outcome::Damaged,
                 qPrintable(QString::number(length)));
        QVERIFY(result.body.isEmpty());
    }
}

// A flipped bit anywhere is refused (the deflate data, its CRC-32 or its length), never
// handed on as a different body.
void tst_ContentDecoding::everyFlippedByteIsNoticed()
{
    const QByteArray doc = pikachu().left(4000);
    const QByteArray gz = FakePokeApi::gzip(doc);
    for (qsizetype at = 10; at < gz.size(); ++at) { // past the header, which zlib may ignore
        QByteArray damaged = gz;
        damaged[at] = char(damaged.at(at) ^ 0x10);
        const Decoded result = ContentDecoding::decode("gzip", damaged, Cap);
        QVERIFY2(result.outcome != Outcome::Ok || result.body == doc,
                 qPrintable(QString::number(at)));
    }
}

QTEST_GUILESS_MAIN(tst_ContentDecoding)
#include "tst_contentdecoding.moc"
