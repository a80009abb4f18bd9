// SearchStatus: what the status bar says about the network, fed by the real engine against a
// server that rate-limits.

#include "fakepokeapi.h"
#include "mainwindow.h"
#include "net/requestqueue.h"
#include "searchstatus.h"
#include "testengine.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

class tst_SearchStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saysWhenTheServerAsksToSlowDown();
    void theSlowDownNoteEndsWithThePause();
};

void tst_SearchStatus::saysWhenTheServerAsksToSlowDown()
{
    FakePokeApi server(QStringLiteral(POKEDEX_TEST_DATA));
    QVERIFY(server.listen());
    server.setRateLimit(2);
    TestEngine engine(server.apiUrl());
    MainWindow window(&engine.controller, &engine.client);
    auto *status = window.findChild<SearchStatus *>();
    QVERIFY(status);
    QSignalSpy limited(&engine.client, &PokeApiClient::rateLimited);
    window.search(QStringLiteral("pikachu, eevee, bulbasaur, charizard, gengar, snorlax"));
    QVERIFY(limited.wait(10000));
    QVERIFY2(status->networkText().contains(QStringLiteral("127.0.0.1 asked us to slow down")),
             qPrintable(status->networkText()));
    QTRY_VERIFY_WITH_TIMEOUT(!engine.controller.isRunning(), 20000);
    QCOMPARE(engine.model.counts().loaded, 6); // waited out, never an error
    // The tooltip names the protocol each host spoke.
    const QLabel *network = nullptr;
    for (const QLabel *label : status->findChildren<QLabel *>()) {
        if (label->toolTip().contains(QStringLiteral("127.0.0.1: HTTP/1.1")))
            network = label;
    }
    QVERIFY(network);
}

void tst_SearchStatus::theSlowDownNoteEndsWithThePause()
{
    SearchStatus status;
    status.setQueueCounts(3, 10);
    status.rateLimited(QStringLiteral("pokeapi.co"), 50);
    QCOMPARE(status.networkText(),
             QStringLiteral("pokeapi.co asked us to slow down: waiting 0.1 s — 3 in flight, 10 "
                            "queued"));
    QTRY_COMPARE(status.networkText(), QStringLiteral("3 in flight, 10 queued"));
}

QTEST_MAIN(tst_SearchStatus)
#include "tst_searchstatus.moc"
