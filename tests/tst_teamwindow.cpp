// Issue 16 in the window: the type calculator and its chart, the team dock and its models,
// Showdown import, export and paste, the compare dialog, and exporting the grid.

#include "api/pokeapiclient.h"
#include "cardview.h"
#include "comparedialog.h"
#include "fakepokeapi.h"
#include "gridexport.h"
#include "mainwindow.h"
#include "matchupview.h"
#include "search/nameindex.h"
#include "search/pokemonlistmodel.h"
#include "search/searchcontroller.h"
#include "searchbar.h"
#include "statoverlay.h"
#include "team/teamfile.h"
#include "team/teammodel.h"
#include "teamdefensemodel.h"
#include "teamdock.h"
#include "teamfeatures.h"
#include "typecalculatordialog.h"
#include "typechartmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using State = PokemonListModel::State;

namespace {

Pokemon makePokemon(int id, const QString &name, const QStringList &types,
                    const QList<int> &stats = { 45, 49, 49, 65, 65, 45 })
{
    Pokemon p;
    p.id = id;
    p.name = name;
    p.speciesName = name;
    p.types = types;
    p.height = 7;
    p.weight = 69;
    const QStringList names = { QStringLiteral("hp"),
                                QStringLiteral("attack"),
                                QStringLiteral("defense"),
                                QStringLiteral("special-attack"),
                                QStringLiteral("special-defense"),
                                QStringLiteral("speed") };
    for (int i = 0; i < names.size(); ++i)
        p.stats.append(PokemonStat { names.at(i), stats.value(i) });
    p.abilities = { PokemonAbility { QStringLiteral("overgrow"), false },
                    PokemonAbility { QStringLiteral("chlorophyll"), true } };
    return p;
}

const QString ThreeSets = QStringLiteral("Sparky (Pikachu) (F) @ Light Ball\n"
                                         "Ability: Static\n"
                                         "- Thunderbolt\n"
                                         "\n"
                                         "Charizard @ Heavy-Duty Boots\n"
                                         "- Flamethrower\n"
                                         "\n"
                                         "Mr. Mime\n"
                                         "- Psychic\n");

// The window with the real engine against the fake PokeAPI.
struct Window
{
    FakePokeApi fake { QStringLiteral(POKEDEX_TEST_DATA) };
    bool listening { fake.listen() }; // before the client takes its URL
    QNetworkAccessManager nam;
    PokeApiClient client { &nam, fake.apiUrl() };
    PokemonListModel model;
    NameIndex index { &client };
    SearchController controller { &client, &model, &index };
    MainWindow window { &controller, &client };
};

} // namespace

class tst_TeamWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void typeChartModelIsAModel();
    void calculatorShowsWhatHurtsThePickedTypes_data();
    void calculatorShowsWhatHurtsThePickedTypes();
    void teamModelsAreModels();
    void aTeamHoldsSixAtMost();
    void teamsAreKeptBetweenRuns();
    void importReplacesTheTeamAndSearchesIt();
    void exportGivesShowdownText();
    void compareOverlaysStats();
    void gridExportIsWhatIsShownInOrder();
    void gridExportWritesAFile();
    void windowPasteOfATeamSearchesItsPokemon();
    void windowCardMenuAddsToTheTeam();

private:
    QTemporaryDir m_dir;
};

void tst_TeamWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("PokedexTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_teamwindow"));
    QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                  + QStringLiteral("/teams.json"));
}

void tst_TeamWindow::typeChartModelIsAModel()
{
    TypeChartModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 18);
    QCOMPARE(model.columnCount(), 18);
    // fire (row 9) against grass (column 11), ground (4) against flying (2)
    QCOMPARE(model.index(9, 11).data(TypeChartModel::MultiplierRole).toDouble(), 2.0);
    QCOMPARE(model.index(9, 11).data().toString(), QStringLiteral("2×"));
    QCOMPARE(model.index(4, 2).data().toString(), QStringLiteral("0×"));
    QCOMPARE(model.index(9, 10).data().toString(), QStringLiteral("½×"));
    QCOMPARE(model.index(0, 0).data().toString(), QString());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPicked({ QStringLiteral("fire") }, { QStringLiteral("grass"), QStringLiteral("bug") });
    QCOMPARE(changed.size(), 1);
    QVERIFY(model.index(9, 0).data(TypeChartModel::HighlightedRole).toBool());
    QVERIFY(model.index(0, 11).data(TypeChartModel::HighlightedRole).toBool());
    QVERIFY(model.index(0, 6).data(TypeChartModel::HighlightedRole).toBool());
    QVERIFY(!model.index(0, 0).data(TypeChartModel::HighlightedRole).toBool());
    model.setPicked({ QStringLiteral("fire") }, { QStringLiteral("bug"), QStringLiteral("grass") });
    QCOMPARE(changed.size(), 1); // the same picks: nothing to repaint
}

void tst_TeamWindow::calculatorShowsWhatHurtsThePickedTypes_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("tera");
    QTest::addColumn<QStringList>("quadruple");
    QTest::addColumn<QStringList>("immune");
    QTest::addRow("grass/bug") << QStringLiteral("grass") << QStringLiteral("bug")
                               << QStringLiteral("")
                               << QStringList { QStringLiteral("flying"), QStringLiteral("fire") }
                               << QStringList {};
    QTest::addRow("ghost/normal") << QStringLiteral("ghost") << QStringLiteral("normal")
                                  << QStringLiteral("") << QStringList {}
                                  << QStringList { QStringLiteral("normal"),
                                                   QStringLiteral("fighting"),
                                                   QStringLiteral("ghost") };
    QTest::addRow("tera water") << QStringLiteral("grass") << QStringLiteral("bug")
                                << QStringLiteral("water") << QStringList {} << QStringList {};
    QTest::addRow("tera stellar") << QStringLiteral("grass") << QStringLiteral("bug")
                                  << QStringLiteral("stellar")
                                  << QStringList { QStringLiteral("flying"),
                                                   QStringLiteral("fire") }
                                  << QStringList {};
}

void tst_TeamWindow::calculatorShowsWhatHurtsThePickedTypes()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, tera);
    TypeCalculatorDialog dialog;
    QAbstractItemModelTester tester(dialog.chart(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.pick(first, second, tera);
    QTEST(dialog.matchups()->typesShown(4.0), "quadruple");
    QTEST(dialog.matchups()->typesShown(0.0), "immune");
    QCOMPARE(dialog.secondType()->currentData().toString(), second);
    // The picked attacking row is highlighted, and the defending column(s).
    const int firstRow = dialog.firstType()->currentIndex();
    QVERIFY(dialog.chart()->index(firstRow, 0).data(TypeChartModel::HighlightedRole).toBool());
    dialog.secondType()->setCurrentIndex(0); // (none)
    QVERIFY(dialog.matchups()->typesShown(4.0).isEmpty());
}

void tst_TeamWindow::teamModelsAreModels()
{
    TeamModel team;
    TeamDefenseModel defense(&team);
    QAbstractItemModelTester t1(&team, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&defense, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(defense.rowCount(), 18);
    QCOMPARE(defense.columnCount(), 4); // weak, resist, immune, abilities
    auto member = [](const QString &slug, const QStringList &types) {
        TeamMember m;
        m.set.slug = slug;
        m.types = types;
        return m;
    };
    QVERIFY(team.addMember(member(QStringLiteral("bulbasaur"),
                                  { QStringLiteral("grass"), QStringLiteral("poison") })));
    QVERIFY(team.addMember(
        member(QStringLiteral("oddish"), { QStringLiteral("grass"), QStringLiteral("poison") })));
    QVERIFY(team.addMember(member(QStringLiteral("pikachu"), { QStringLiteral("electric") })));
    QCOMPARE(defense.columnCount(), 7);
    QCOMPARE(defense.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Bulbasaur"));
    // Flying (row 2): both grass/poison weak, but Pikachu resists: no hole
    QVERIFY(!defense.index(2, 0).data(TeamDefenseModel::HoleRole).toBool());
    QCOMPARE(defense.index(2, 3).data().toInt(), 2);
    QCOMPARE(defense.index(2, 4).data().toInt(), 1);
    // Psychic (row 13): both weak, nobody resists: a hole
    QVERIFY(defense.index(13, 0).data(TeamDefenseModel::HoleRole).toBool());
    QVERIFY(team.moveMember(2, -1));
    QCOMPARE(team.index(1).data(TeamModel::SlugRole).toString(), QStringLiteral("pikachu"));
    QVERIFY(!team.moveMember(0, -1));
    QCOMPARE(defense.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Pikachu"));
    QVERIFY(team.removeRow(0));
    QCOMPARE(defense.columnCount(), 6);
    QVERIFY(team.addTeam(QStringLiteral("Second")));
    QCOMPARE(team.rowCount(), 0);
    QCOMPARE(team.teamNames(),
             (QStringList { QStringLiteral("Team 1"), QStringLiteral("Second") }));
    team.setCurrentTeam(0);
    QCOMPARE(team.rowCount(), 2);
    team.removeTeam(0);
    QCOMPARE(team.teamNames(), QStringList { QStringLiteral("Second") });
    team.removeTeam(0);
    QCOMPARE(team.teamNames().size(), 1); // one team always
}

void tst_TeamWindow::aTeamHoldsSixAtMost()
{
    QTemporaryDir dir;
    TeamDock dock(dir.filePath(QStringLiteral("teams.json")));
    for (int i = 1; i <= Team::MaxMembers; ++i)
        QVERIFY(dock.addPokemon(
            makePokemon(i, QStringLiteral("mon%1").arg(i), { QStringLiteral("normal") })));
    QVERIFY(
        !dock.addPokemon(makePokemon(7, QStringLiteral("seventh"), { QStringLiteral("normal") })));
    QCOMPARE(dock.team()->rowCount(), 6);
}

void tst_TeamWindow::teamsAreKeptBetweenRuns()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("teams.json"));
    {
        TeamDock dock(path);
        QSignalSpy loaded(dock.file(), &TeamFile::loaded);
        QVERIFY(loaded.wait());
        QSignalSpy saved(dock.file(), &TeamFile::saved);
        QVERIFY(
            dock.addPokemon(makePokemon(1, QStringLiteral("bulbasaur"),
                                        { QStringLiteral("grass"), QStringLiteral("poison") })));
        QVERIFY(dock.addPokemon(
            makePokemon(25, QStringLiteral("pikachu"), { QStringLiteral("electric") })));
        dock.team()->renameTeam(0, QStringLiteral("Kanto"));
        QTRY_VERIFY(saved.size() >= 1 && dock.file()->isIdle());
    }
    TeamDock again(path);
    QTRY_COMPARE(again.team()->rowCount(), 2);
    QCOMPARE(again.team()->index(1).data(TeamModel::SlugRole).toString(),
             QStringLiteral("pikachu"));
    QCOMPARE(again.teamPicker()->currentText(), QStringLiteral("Kanto"));
    QCOMPARE(again.team()->members().at(0).abilities,
             (QStringList { QStringLiteral("overgrow"), QStringLiteral("chlorophyll") }));
}

void tst_TeamWindow::importReplacesTheTeamAndSearchesIt()
{
    QTemporaryDir dir;
    TeamDock dock(dir.filePath(QStringLiteral("teams.json")));
    QVERIFY(dock.addPokemon(makePokemon(1, QStringLiteral("bulbasaur"),
                                        { QStringLiteral("grass"), QStringLiteral("poison") })));
    QSignalSpy search(&dock, &TeamDock::searchRequested);
    QCOMPARE(dock.importText(ThreeSets), 3);
    QCOMPARE(dock.team()->rowCount(), 3);
    QCOMPARE(search.size(), 1);
    QCOMPARE(search.at(0).at(0).toString(), QStringLiteral("pikachu, charizard, mr-mime"));
    QCOMPARE(dock.team()->index(0).data().toString(), QStringLiteral("Sparky (Pikachu)"));
    // Their types are not known until a search finds them; then the table counts them.
    QCOMPARE(dock.defense()->rows().at(4).weak, 0); // ground
    dock.learn(makePokemon(25, QStringLiteral("pikachu"), { QStringLiteral("electric") }));
    QCOMPARE(dock.defense()->rows().at(4).weak, 1);
    QVERIFY(dock.offenseLabel()->text().contains(QLatin1String("Water")));
    QCOMPARE(dock.importText(QStringLiteral("@@@\n- ???\n")), 0);
    QCOMPARE(dock.team()->rowCount(), 3); // a failed import keeps the team
}

void tst_TeamWindow::exportGivesShowdownText()
{
    QTemporaryDir dir;
    TeamDock dock(dir.filePath(QStringLiteral("teams.json")));
    dock.importText(ThreeSets);
    QCOMPARE(dock.exportText(), ThreeSets);
    QVERIFY(dock.addPokemon(makePokemon(122, QStringLiteral("mr-mime-galar"),
                                        { QStringLiteral("ice"), QStringLiteral("psychic") })));
    QVERIFY(dock.exportText().endsWith(QLatin1String("\n\nMr. Mime-Galar\n")));
}

void tst_TeamWindow::compareOverlaysStats()
{
    CompareDialog dialog({ makePokemon(1, QStringLiteral("bulbasaur"),
                                       { QStringLiteral("grass"), QStringLiteral("poison") }),
                           makePokemon(6, QStringLiteral("charizard"),
                                       { QStringLiteral("fire"), QStringLiteral("flying") },
                                       { 78, 84, 78, 109, 85, 100 }) });
    QCOMPARE(dialog.stats()->rows().first(), QStringLiteral("HP 45/78"));
    QCOMPARE(dialog.stats()->rows().last(), QStringLiteral("Speed 45/100"));
    const QString cells = dialog.cellTexts().join(u'|');
    QVERIFY2(cells.contains(QLatin1String("Overgrow")), qPrintable(cells));
    QVERIFY(cells.contains(QLatin1String("Chlorophyll (hidden)")));
    QVERIFY(cells.contains(QStringLiteral("Rock 4×"))); // Charizard's weakness
    QVERIFY(cells.contains(QLatin1String("534"))); // Charizard's base total
    QVERIFY(cells.contains(QLatin1String("0.7 m")));
    QVERIFY(dialog.windowTitle().contains(QLatin1String("Charizard")));
}

void tst_TeamWindow::gridExportIsWhatIsShownInOrder()
{
    PokemonListModel model;
    QList<PokemonListModel::Entry> entries;
    for (const QString &name :
         { QStringLiteral("bulbasaur"), QStringLiteral("=cmd"), QStringLiteral("charizard") }) {
        PokemonListModel::Entry e;
        e.query = e.slug = name;
        entries.append(e);
    }
    model.setEntries(entries);
    model.setLoaded(0,
                    makePokemon(1, QStringLiteral("bulbasaur"),
                                { QStringLiteral("grass"), QStringLiteral("poison") }),
                    10);
    model.setNotFound(1, {}, 5);
    model.setLoaded(2,
                    makePokemon(6, QStringLiteral("charizard"),
                                { QStringLiteral("fire"), QStringLiteral("flying") }),
                    10);
    QSortFilterProxyModel shown; // shown in reverse, the bulbasaur row filtered out
    shown.setSourceModel(&model);
    shown.setFilterRole(PokemonListModel::NameRole);
    shown.setFilterRegularExpression(QStringLiteral("^(?!bulbasaur)"));
    shown.sort(0, Qt::DescendingOrder);
    shown.setSortRole(PokemonListModel::NameRole);

    const QList<QByteArray> lines = GridExport::csv(&shown).split('\n');
    QCOMPARE(lines.size(), 4); // header, two rows, the final line end
    QVERIFY(lines.at(0).startsWith("number,name,display_name,types,status,hp,"));
    QVERIFY2(lines.at(1).startsWith("6,charizard,Charizard,fire/flying,loaded,45,"),
             lines.at(1).constData());
    // No formula for a spreadsheet to run.
    QVERIFY2(lines.at(2).startsWith(",'=cmd,"), lines.at(2).constData());
    QVERIFY(lines.at(2).contains("notfound"));

    const QJsonArray cards = QJsonDocument::fromJson(GridExport::json(&shown)).array();
    QCOMPARE(cards.size(), 2);
    QCOMPARE(cards.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("charizard"));
    QCOMPARE(cards.at(0)
                 .toObject()
                 .value(QStringLiteral("stats"))
                 .toObject()
                 .value(QStringLiteral("hp"))
                 .toInt(),
             45);
    QCOMPARE(cards.at(0).toObject().value(QStringLiteral("weight_kg")).toDouble(), 6.9);
    QVERIFY(!cards.at(1).toObject().contains(QStringLiteral("stats")));
    QCOMPARE(GridExport::formatFor(QStringLiteral("a.JSON")), GridExport::Format::Json);
    QCOMPARE(GridExport::formatFor(QStringLiteral("a.txt")), GridExport::Format::Csv);
}

void tst_TeamWindow::gridExportWritesAFile()
{
    PokemonListModel model;
    PokemonListModel::Entry e;
    e.query = e.slug = QStringLiteral("pikachu");
    model.setEntries({ e });
    model.setLoaded(0, makePokemon(25, QStringLiteral("pikachu"), { QStringLiteral("electric") }),
                    1);
    QTemporaryDir dir;
    GridExportWriter writer;
    QSignalSpy finished(&writer, &GridExportWriter::finished);
    writer.write(&model, dir.filePath(QStringLiteral("grid.json")));
    QVERIFY(finished.wait());
    QVERIFY(finished.at(0).at(0).toBool());
    QFile file(dir.filePath(QStringLiteral("grid.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).array().size(), 1);

    QFile blocker(dir.filePath(QStringLiteral("blocker"))); // a file where a folder should be
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    writer.write(&model, dir.filePath(QStringLiteral("blocker/grid.csv")));
    QVERIFY(finished.wait());
    QVERIFY(!finished.at(1).at(0).toBool());
    QVERIFY(!finished.at(1).at(2).toString().isEmpty());
}

void tst_TeamWindow::windowPasteOfATeamSearchesItsPokemon()
{
    Window w;
    QVERIFY(w.listening);
    MainWindow &window = w.window;
    PokemonListModel &model = w.model;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QGuiApplication::clipboard()->setText(ThreeSets);
    window.searchBar()->setFocus();
    QTest::keyClick(window.searchBar(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(window.searchBar()->text(), QStringLiteral("pikachu, charizard, mr-mime"));
    QTRY_COMPARE(model.counts().loaded, 3);
    QCOMPARE(model.entry(2).pokemon.name, QStringLiteral("mr-mime"));

    // Text that is not a team pastes as ever.
    window.searchBar()->clear();
    QGuiApplication::clipboard()->setText(QStringLiteral("eevee"));
    QTest::keyClick(window.searchBar(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(window.searchBar()->text(), QStringLiteral("eevee"));

    // The Team menu is on the menu bar, before Help; Export Grid heads the File menu.
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus.append(action->text());
    QVERIFY(menus.indexOf(QStringLiteral("&Team")) >= 0);
    QCOMPARE(menus.indexOf(QStringLiteral("&Team")) + 1, menus.indexOf(QStringLiteral("&Help")));
}

void tst_TeamWindow::windowCardMenuAddsToTheTeam()
{
    Window w;
    QVERIFY(w.listening);
    MainWindow &window = w.window;
    PokemonListModel &model = w.model;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.search(QStringLiteral("pikachu, charizard, gengar"));
    QTRY_COMPARE(model.counts().loaded, 3);

    TeamFeatures *team = window.team();
    team->dock()->team()->setMembers({});
    QMenu menu;
    const QModelIndex card = window.cardView()->model()->index(1, 0);
    team->extendCardMenu(&menu, card);
    QAction *add = menu.actions().last();
    QVERIFY(add->isEnabled());
    add->trigger();
    QCOMPARE(team->dock()->team()->rowCount(), 1);
    QCOMPARE(team->dock()->team()->index(0).data(TeamModel::SlugRole).toString(),
             QStringLiteral("charizard"));
    QVERIFY(team->dock()->isVisible());

    // Ctrl+T adds the selected cards.
    window.cardView()->selectionModel()->select(window.cardView()->model()->index(0, 0),
                                                QItemSelectionModel::ClearAndSelect);
    window.cardView()->setFocus();
    team->addToTeamAction()->trigger();
    QCOMPARE(team->dock()->team()->rowCount(), 2);

    // Compare the two selected.
    window.cardView()->selectionModel()->select(window.cardView()->model()->index(2, 0),
                                                QItemSelectionModel::Select);
    team->compareAction()->trigger();
    auto *compare = window.findChild<CompareDialog *>();
    QVERIFY(compare);
    QCOMPARE(compare->stats()->rows().size(), 6);
    QVERIFY(compare->windowTitle().contains(QLatin1String("Gengar")));
    // The defence table: Charizard ×4 to rock
    QCOMPARE(team->dock()->defense()->index(5, 0).data().toString(), QStringLiteral("4×"));
    team->dock()->team()->setMembers({});
}

QTEST_MAIN(tst_TeamWindow)
#include "tst_teamwindow.moc"
