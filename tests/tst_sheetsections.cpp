// The detail pane's sheet sections (abilities, breeding and training, moves, where to find it)
// fed by the real DetailPresenter and PokemonSheetLoader from the fake PokeAPI, and the
// learnset table's model on its own.

#include "api/pokeapiclient.h"
#include "api/pokemonsheetloader.h"
#include "detailpane.h"
#include "detailpart.h"
#include "detailpresenter.h"
#include "fakepokeapi.h"
#include "learnsetmodel.h"
#include "net/requestqueue.h"
#include "pokedextextview.h"
#include "search/displaynames.h"
#include "search/pokemonlistmodel.h"
#include "sheetsections.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

namespace {

LearnedMove learned(const char *move, const char *method, int level)
{
    LearnedMove entry;
    entry.move = QLatin1String(move);
    entry.method = QLatin1String(method);
    entry.level = level;
    entry.versionGroup = QStringLiteral("scarlet-violet");
    entry.versionGroupId = 25;
    return entry;
}

MoveDetails moveDetails(const char *name, int power)
{
    MoveDetails move;
    move.name = QLatin1String(name);
    move.type = QStringLiteral("electric");
    move.damageClass = QStringLiteral("special");
    move.power = power;
    move.accuracy = 100;
    move.pp = 15;
    return move;
}

} // namespace

class tst_SheetSections : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void learnsetModelFillsRowByRow();
    void sortingKeepsMethodsTogether();
    void paneShowsTheWholeSheet();
    void gamePickerShowsThatGamesMoves();
    void abilityLinkSearchesTheAbility();
    void failedPartRetries_data();
    void failedPartRetries();
    void pokedexTextOfThePickedGame();
    void pokedexTextInTheDisplayLanguage();
    void movesAndAbilitiesInTheDisplayLanguage();
    void movesTableFitsThePane();

private:
    Pokemon lookUp(const QString &name);
    SheetSections *sheet() const { return m_pane->sheet(); }

    std::unique_ptr<FakePokeApi> m_fake;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<PokeApiClient> m_client;
    std::unique_ptr<PokemonListModel> m_cards;
    std::unique_ptr<DetailPane> m_pane;
    std::unique_ptr<DetailPresenter> m_presenter;
};

void tst_SheetSections::init()
{
    m_fake = std::make_unique<FakePokeApi>(QStringLiteral(POKEDEX_TEST_DATA));
    QVERIFY(m_fake->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<PokeApiClient>(m_nam.get(), m_fake->apiUrl());
    m_client->queue()->setRetryPolicy(1, 10);
    m_cards = std::make_unique<PokemonListModel>();
    m_pane = std::make_unique<DetailPane>(nullptr);
    m_presenter = std::make_unique<DetailPresenter>(m_client.get(), m_cards.get(), m_pane.get());
    m_pane->resize(440, 900);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void tst_SheetSections::cleanup()
{
    DisplayNames::setLanguage(QStringLiteral("en"));
    m_presenter.reset();
    m_pane.reset();
    m_cards.reset();
    m_client.reset();
    m_nam.reset();
    m_fake.reset();
}

Pokemon tst_SheetSections::lookUp(const QString &name)
{
    PokemonLookup *lookup = m_client->lookupPokemon(name);
    QSignalSpy finished(lookup, &PokemonLookup::finished);
    if (!finished.wait(10000))
        return {};
    return finished.first().first().value<LookupResult>().pokemon;
}

void tst_SheetSections::learnsetModelFillsRowByRow()
{
    LearnsetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMoves({ learned("thunderbolt", "level-up", 36), learned("thunderbolt", "machine", 0),
                     learned("growl", "level-up", 1) });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.filledRows(), 0);
    QCOMPARE(model.index(0, LearnsetModel::Power).data().toString(), QStringLiteral("…"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setMove(moveDetails("thunderbolt", 90));
    QCOMPARE(changed.size(), 2); // both of its rows, nothing else
    QCOMPARE(model.filledRows(), 2);
    QCOMPARE(model.index(0, LearnsetModel::Power).data().toInt(), 90);
    QCOMPARE(model.index(0, LearnsetModel::Type).data().toString(), QStringLiteral("Electric"));
    QCOMPARE(model.index(0, LearnsetModel::Level).data().toInt(), 36);

    model.setMachine(QStringLiteral("thunderbolt"), QStringLiteral("TM126"));
    QCOMPARE(model.index(1, LearnsetModel::Level).data().toString(), QStringLiteral("TM126"));
    QVERIFY(model.index(0, LearnsetModel::Level).data().toInt() == 36); // the level-up row keeps it

    model.setMoveFailed(QStringLiteral("growl"), QStringLiteral("HTTP 500"));
    QCOMPARE(model.filledRows(), 3);
    QCOMPARE(model.index(2, LearnsetModel::Power).data().toString(), QStringLiteral("?"));
    QCOMPARE(model.index(2, LearnsetModel::Power).data(Qt::ToolTipRole).toString(),
             QStringLiteral("HTTP 500"));
    model.setMove(moveDetails("growl", -1)); // a retry that worked
    QCOMPARE(model.index(2, LearnsetModel::Power).data().toString(), QStringLiteral("—"));
    QCOMPARE(model.filledRows(), 3);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_SheetSections::sortingKeepsMethodsTogether()
{
    LearnsetModel model;
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(LearnsetModel::SortRole);
    QAbstractItemModelTester tester(&sorted,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMoves({ learned("thunder", "machine", 0), learned("thunderbolt", "level-up", 36),
                     learned("growl", "level-up", 1), learned("surf", "machine", 0) });
    model.setMove(moveDetails("thunder", 110));
    model.setMove(moveDetails("thunderbolt", 90));
    model.setMove(moveDetails("growl", -1));
    model.setMove(moveDetails("surf", 90));
    sorted.sort(LearnsetModel::Power, Qt::AscendingOrder);
    const auto names = [&sorted] {
        QStringList list;
        for (int row = 0; row < sorted.rowCount(); ++row)
            list.append(sorted.index(row, LearnsetModel::Name).data().toString());
        return list;
    };
    QCOMPARE(names(), QString::fromLatin1("Growl Thunderbolt Surf Thunder").split(u' '));
    sorted.sort(LearnsetModel::Level, Qt::AscendingOrder);
    QCOMPARE(names().mid(0, 2), QString::fromLatin1("Growl Thunderbolt").split(u' '));
}

void tst_SheetSections::paneShowsTheWholeSheet()
{
    const Pokemon pikachu = lookUp(QStringLiteral("pikachu"));
    QVERIFY(pikachu.isValid());
    QAbstractItemModelTester tester(sheet()->learnset(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy settled(m_presenter->sheetLoader(), &PokemonSheetLoader::settled);
    m_presenter->show(pikachu);
    for (DetailSection section : { DetailSection::Abilities, DetailSection::Breeding,
                                   DetailSection::Moves, DetailSection::Encounters })
        QCOMPARE(m_pane->part(section)->state(), DetailPart::State::Loading);
    QVERIFY(settled.wait(20000));
    for (DetailSection section :
         { DetailSection::Abilities, DetailSection::Moves, DetailSection::Encounters })
        QTRY_COMPARE(m_pane->part(section)->state(), DetailPart::State::Ready);
    QTRY_COMPARE(m_pane->part(DetailSection::Breeding)->state(), DetailPart::State::Ready);

    // The newest game Pikachu has moves in, every row filled.
    QCOMPARE(sheet()->gamePicker()->currentData().toString(), QStringLiteral("champions"));
    QCOMPARE(sheet()->gamePicker()->count(), 26);
    QCOMPARE(sheet()->learnset()->rowCount(), 60);
    QCOMPARE(sheet()->learnset()->filledRows(), 60);

    QVERIFY(sheet()->abilitiesText().contains(QLatin1String("Lightning Rod</a> (hidden)")));
    QVERIFY(sheet()->abilitiesText().contains(QLatin1String("paralyz")));
    const QString breeding = sheet()->breedingText();
    QVERIFY2(breeding.contains(QLatin1String("Ground, Fairy")), qPrintable(breeding));
    QVERIFY(breeding.contains(QStringLiteral("50% ♀, 50% ♂")));
    QVERIFY(breeding.contains(QLatin1String("<b>190</b>"))); // catch rate
    QVERIFY(breeding.contains(QLatin1String("2 Speed")));
    QVERIFY(breeding.contains(QLatin1String("Light Ball")));
    QVERIFY(sheet()->encountersText().contains(QLatin1String("Trophy Garden Area")));

    // Held items per game; games that agree share a line.
    QCOMPARE(sheet()->heldItemsPart()->state(), DetailPart::State::Ready);
    const QString held = sheet()->heldItemsText();
    QVERIFY2(held.contains(QLatin1String("<b>Black, White</b>: Oran Berry (50%), Light Ball (1%)")),
             qPrintable(held));
    QVERIFY2(held.contains(QLatin1String("Ultra Moon</b>: Light Ball (5%)")), qPrintable(held));
    QVERIFY(!held.contains(QLatin1String("Yellow")));
}

void tst_SheetSections::gamePickerShowsThatGamesMoves()
{
    const Pokemon pikachu = lookUp(QStringLiteral("pikachu"));
    QSignalSpy settled(m_presenter->sheetLoader(), &PokemonSheetLoader::settled);
    m_presenter->show(pikachu);
    QVERIFY(settled.wait(20000));

    QComboBox *games = sheet()->gamePicker();
    const int sv = games->findData(QStringLiteral("scarlet-violet"));
    QVERIFY(sv >= 0);
    games->setCurrentIndex(sv);
    Q_EMIT games->activated(sv);
    QCOMPARE(sheet()->learnset()->rowCount(), 67);
    QTRY_COMPARE_WITH_TIMEOUT(sheet()->learnset()->filledRows(), 67, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_presenter->sheetLoader()->isSettled(), 20000);
    bool tm126 = false;
    QAbstractItemModel *table = sheet()->movesTable()->model();
    for (int row = 0; row < table->rowCount(); ++row)
        tm126 = tm126
            || table->index(row, LearnsetModel::Level).data().toString() == QLatin1String("TM126");
    QVERIFY(tm126);
}

void tst_SheetSections::abilityLinkSearchesTheAbility()
{
    const Pokemon pikachu = lookUp(QStringLiteral("pikachu"));
    QSignalSpy search(m_pane.get(), &DetailPane::searchRequested);
    m_presenter->show(pikachu);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->part(DetailSection::Abilities)->state(),
                              DetailPart::State::Ready, 20000);
    auto *label = m_pane->findChild<QLabel *>(QStringLiteral("abilityEffects"));
    QVERIFY(label);
    Q_EMIT label->linkActivated(QStringLiteral("ability:static"));
    QCOMPARE(search.size(), 1);
    QCOMPARE(search.first().first().toString(), QStringLiteral("ability:static"));
}

void tst_SheetSections::failedPartRetries_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("heldItems"); // else where to find it
    QTest::addColumn<QString>("named");
    QTest::addColumn<QString>("shows");
    QTest::addRow("encounters") << QStringLiteral("/api/v2/pokemon/25/encounters") << false
                                << QStringLiteral("where to find it")
                                << QStringLiteral("Trophy Garden Area");
    // The held items come with the Pokémon's own answer, as breeding and the moves do.
    QTest::addRow("held items") << QStringLiteral("/api/v2/pokemon/pikachu") << true
                                << QStringLiteral("the held items") << QStringLiteral("Light Ball");
}

void tst_SheetSections::failedPartRetries()
{
    QFETCH(QString, path);
    QFETCH(bool, heldItems);
    QFETCH(QString, named);
    QFETCH(QString, shows);
    const Pokemon pikachu = lookUp(QStringLiteral("pikachu"));
    m_fake->setResponseFor(path, 500, "{}");
    QSignalSpy settled(m_presenter->sheetLoader(), &PokemonSheetLoader::settled);
    m_presenter->show(pikachu);
    DetailPart *part
        = heldItems ? sheet()->heldItemsPart() : m_pane->part(DetailSection::Encounters);
    QCOMPARE(part->state(), DetailPart::State::Loading);
    QVERIFY(settled.wait(20000));
    QCOMPARE(part->state(), DetailPart::State::Failed);
    QVERIFY(part->errorText().contains(named));

    m_fake->setResponseFor(path, 0, {});
    m_fake->resetCounters();
    part->retryButton()->click();
    QCOMPARE(part->state(), DetailPart::State::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(part->state(), DetailPart::State::Ready, 20000);
    // What failed was asked again first (the moves of the sheet come after it).
    QCOMPARE(m_fake->requestedPaths().first(), path);
    if (!heldItems)
        QCOMPARE(m_fake->requestedPaths(), QStringList { path }); // and only that
    QVERIFY((heldItems ? sheet()->heldItemsText() : sheet()->encountersText()).contains(shows));
}

void tst_SheetSections::pokedexTextOfThePickedGame()
{
    const Pokemon pikachu = lookUp(QStringLiteral("pikachu"));
    m_presenter->show(pikachu);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->part(DetailSection::Species)->state(),
                              DetailPart::State::Ready, 20000);
    auto *view = m_pane->findChild<PokedexTextView *>();
    QVERIFY(view);
    // Every game with an English text, newest first; the newest shown.
    QComboBox *games = view->gamePicker();
    QCOMPARE(games->count(), 33);
    QCOMPARE(games->itemData(0).toString(), QStringLiteral("legends-arceus"));
    QCOMPARE(games->itemData(32).toString(), QStringLiteral("red"));
    QCOMPARE(view->version(), QStringLiteral("legends-arceus"));
    QCOMPARE(m_pane->flavorText(), view->text());

    const int yellow = games->findData(QStringLiteral("yellow"));
    QCOMPARE(games->itemText(yellow), QStringLiteral("Yellow"));
    games->setCurrentIndex(yellow);
    Q_EMIT games->activated(yellow);
    QCOMPARE(view->text(),
             QStringLiteral("It keeps its tail raised to monitor its surroundings. "
                            "If you yank its tail, it will try to bite you."));
}

void tst_SheetSections::pokedexTextInTheDisplayLanguage()
{
    DisplayNames::setLanguage(QStringLiteral("de"));
    const Pokemon pikachu = lookUp(QStringLiteral("pikachu"));
    m_presenter->show(pikachu);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->part(DetailSection::Species)->state(),
                              DetailPart::State::Ready, 20000);
    auto *view = m_pane->findChild<PokedexTextView *>();
    QVERIFY(view);
    // Legends: Arceus has no German text: the newest that has one is where it opens.
    QCOMPARE(view->version(), QStringLiteral("shield"));
    QVERIFY2(!view->text().contains(QLatin1String("(in English)")), qPrintable(view->text()));
    QComboBox *games = view->gamePicker();
    const int yellow = games->findData(QStringLiteral("yellow"));
    QVERIFY(yellow >= 0); // a game with an English text only is still there
    Q_EMIT games->activated(yellow);
    QVERIFY2(view->text().endsWith(QLatin1String("bite you. (in English)")),
             qPrintable(view->text()));
}

void tst_SheetSections::movesAndAbilitiesInTheDisplayLanguage()
{
    DisplayNames::setLanguage(QStringLiteral("de"));
    const Pokemon pikachu = lookUp(QStringLiteral("pikachu"));
    QSignalSpy settled(m_presenter->sheetLoader(), &PokemonSheetLoader::settled);
    m_presenter->show(pikachu);
    QVERIFY(settled.wait(20000));
    QTRY_COMPARE(m_pane->part(DetailSection::Abilities)->state(), DetailPart::State::Ready);
    const QString abilities = sheet()->abilitiesText();
    QVERIFY2(abilities.contains(QStringLiteral("Blitzfänger</a> (hidden)")), qPrintable(abilities));
    QVERIFY2(abilities.contains(QStringLiteral("Chance das angreifende Pokémon bei Kontakt zu "
                                               "paralysieren")),
             qPrintable(abilities));

    QAbstractItemModel *table = sheet()->movesTable()->model();
    bool sawThunderbolt = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QModelIndex name = table->index(row, LearnsetModel::Name);
        if (name.data().toString() != QLatin1String("Donnerblitz"))
            continue;
        sawThunderbolt = true;
        QVERIFY(!name.data(Qt::FontRole).value<QFont>().italic()); // not a fallback
        QVERIFY2(name.data(Qt::ToolTipRole).toString().contains(QLatin1String("Donnerblitz")),
                 qPrintable(name.data(Qt::ToolTipRole).toString()));
    }
    QVERIFY(sawThunderbolt);
}

void tst_SheetSections::movesTableFitsThePane()
{
    const Pokemon pikachu = lookUp(QStringLiteral("pikachu"));
    QSignalSpy settled(m_presenter->sheetLoader(), &PokemonSheetLoader::settled);
    m_presenter->show(pikachu);
    QVERIFY(settled.wait(20000));
    QTableView *table = sheet()->movesTable();
    QTRY_VERIFY(table->isVisible());
    QHeaderView *header = table->horizontalHeader();
    // Power, Acc. and PP are in view, whole, at the pane's width; the name gives way.
    QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
    for (int column :
         { int(LearnsetModel::Power), int(LearnsetModel::Accuracy), int(LearnsetModel::Pp) }) {
        const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
        QVERIFY2(right <= table->viewport()->width(),
                 qPrintable(QStringLiteral("column %1 ends at %2 of %3")
                                .arg(column)
                                .arg(right)
                                .arg(table->viewport()->width())));
        QVERIFY(header->sectionSize(column) >= header->fontMetrics().horizontalAdvance(
                    table->model()->headerData(column, Qt::Horizontal).toString()));
    }
}

QTEST_MAIN(tst_SheetSections)
#include "tst_sheetsections.moc"
