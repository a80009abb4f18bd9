// BodyCodec: what the disk cache compresses comes back whole, and damaged bytes come back as
// nothing, never as a huge allocation or garbage.

#include "net/bodycodec.h"

#include <QFile>
#include <QTest>

class tst_BodyCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void damageGivesNothing_data();
    void damageGivesNothing();
    void everyCutGivesNothing();
    void declaredSizeOverTheCapGivesNothing();
};

namespace {

QByteArray pikachuJson()
{
    QFile file(QStringLiteral(POKEDEX_TEST_DATA "/api/v2/pokemon/25.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace

void tst_BodyCodec::roundTrip_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("one byte") << QByteArray("x");
    QTest::addRow("binary") << QByteArray("\0\1\2\xff\xfe", 5);
    QTest::addRow("pikachu") << pikachuJson();
    QTest::addRow("8 MB of one byte") << QByteArray(8 * 1024 * 1024, 'a');
}

void tst_BodyCodec::roundTrip()
{
    QFETCH(QByteArray, body);
    const QByteArray compressed = BodyCodec::compress(body);
    QVERIFY(!compressed.isEmpty());
    if (body.size() > 100 * 1024)
        QVERIFY2(compressed.size() * 10 < body.size(),
                 qPrintable(QString::number(compressed.size())));
    const std::optional<QByteArray> back = BodyCodec::decompress(compressed, body.size());
    QVERIFY(back);
    QCOMPARE(*back, body);
}

void tst_BodyCodec::damageGivesNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good = BodyCodec::compress(pikachuJson());
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("not zstd (qCompress)") << qCompress(pikachuJson());
    QTest::addRow("text") << QByteArray(R"({"id": 25})");
    QByteArray flipped = good;
    flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x5a);
    QTest::addRow("a byte flipped in the middle") << flipped;
    QByteArray lastFlipped = good; // in the checksum itself
    lastFlipped.back() = char(lastFlipped.back() ^ 1);
    QTest::addRow("a bit flipped in the checksum") << lastFlipped;
    QTest::addRow("garbage after the frame") << good + QByteArray("garbage");
    QTest::addRow("two frames") << good + good;
}

void tst_BodyCodec::damageGivesNothing()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!BodyCodec::decompress(bytes, 64 * 1024 * 1024));
}

void tst_BodyCodec::everyCutGivesNothing()
{
    const QByteArray good = BodyCodec::compress(pikachuJson());
    for (qsizetype size = 0; size < good.size(); ++size)
        QVERIFY2(!BodyCodec::decompress(good.left(size), 1024 * 1024),
                 qPrintable(QString::number(size)));
}

void tst_BodyCodec::declaredSizeOverTheCapGivesNothing()
{
    const QByteArray body(1024 * 1024, 'a');
    const QByteArray compressed = BodyCodec::compress(body);
    QVERIFY(BodyCodec::decompress(compressed, body.size()));
    QVERIFY(!BodyCodec::decompress(compressed, body.size() - 1));
    QVERIFY(!BodyCodec::decompress(compressed, 0));
}

QTEST_GUILESS_MAIN(tst_BodyCodec)
#include "tst_bodycodec.moc"
