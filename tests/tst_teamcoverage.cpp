// The built-in type chart against PokeAPI's own /type answers, and a team's defensive and
// offensive coverage worked out from it.

#include "api/detailsparser.h"
#include "api/typechart.h"
#include "team/teamcoverage.h"
#include "team/typetable.h"
#include "testdata.h"

#include <QTest>

namespace {

TeamMember member(const QString &slug, const QStringList &types, const QString &ability = {})
{
    TeamMember m;
    m.set.slug = slug;
    m.set.ability = ability;
    m.types = types;
    return m;
}

const TeamCoverage::DefensiveRow &rowOf(const QList<TeamCoverage::DefensiveRow> &rows,
                                        const QString &type)
{
    for (const auto &row : rows) {
        if (row.attackingType == type)
            return row;
    }
    qFatal("no row %s", qPrintable(type));
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestTeamCoverage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInChartIsPokeApis();
    void multipliers_data();
    void multipliers();
    void countsWeakResistImmune();
    void abilitiesAreNotedNotCounted();
    void unknownTypesCountAsNeutral();
    void teraTypeDefendsAlone();
    void holes();
    void offensiveByTypesAndMoves();
};

void TestTeamCoverage::builtInChartIsPokeApis()
{
    QCOMPARE(TypeChart::allTypes().size(), 18);
    for (int id = 1; id <= 18; ++id) {
        const auto real = DetailsParser::parseTypeRelations(
            readTestData(QStringLiteral("api/v2/type/%1.json").arg(id)));
        QVERIFY(real);
        const TypeRelations built = TypeTable::relationsOf(real->type);
        QCOMPARE(sorted(built.doubleDamageFrom), sorted(real->doubleDamageFrom));
        QCOMPARE(sorted(built.halfDamageFrom), sorted(real->halfDamageFrom));
        QCOMPARE(sorted(built.noDamageFrom), sorted(real->noDamageFrom));
    }
    QVERIFY(TypeTable::relationsOf(QStringLiteral("stellar")).doubleDamageFrom.isEmpty());
}

void TestTeamCoverage::multipliers_data()
{
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QString>("tera");
    QTest::addColumn<QString>("attacker");
    QTest::addColumn<double>("multiplier");
    QTest::addRow("x4") << QStringList { QStringLiteral("grass"), QStringLiteral("bug") }
                        << QStringLiteral("") << QStringLiteral("fire") << 4.0;
    QTest::addRow("x1/4") << QStringList { QStringLiteral("fire"), QStringLiteral("dragon") }
                          << QStringLiteral("") << QStringLiteral("fire") << 0.25;
    QTest::addRow("cancel") << QStringList { QStringLiteral("water"), QStringLiteral("ground") }
                            << QStringLiteral("") << QStringLiteral("electric") << 0.0;
    QTest::addRow("neutral") << QStringList { QStringLiteral("water"), QStringLiteral("grass") }
                             << QStringLiteral("") << QStringLiteral("water") << 0.25;
    QTest::addRow("tera") << QStringList { QStringLiteral("grass"), QStringLiteral("bug") }
                          << QStringLiteral("water") << QStringLiteral("fire") << 0.5;
    QTest::addRow("tera case") << QStringList { QStringLiteral("grass") } << QStringLiteral("Steel")
                               << QStringLiteral("poison") << 0.0;
    QTest::addRow("stellar keeps") << QStringList { QStringLiteral("grass"), QStringLiteral("bug") }
                                   << QStringLiteral("stellar") << QStringLiteral("fire") << 4.0;
}

void TestTeamCoverage::multipliers()
{
    QFETCH(QStringList, types);
    QFETCH(QString, tera);
    QFETCH(QString, attacker);
    QTEST(TypeTable::matchups(types, tera).multiplierFor(attacker), "multiplier");
}

void TestTeamCoverage::countsWeakResistImmune()
{
    const QList<TeamMember> team = {
        member(QStringLiteral("charizard"), { QStringLiteral("fire"), QStringLiteral("flying") }),
        member(QStringLiteral("gengar"), { QStringLiteral("ghost"), QStringLiteral("poison") }),
        member(QStringLiteral("snorlax"), { QStringLiteral("normal") }),
    };
    const auto rows = TeamCoverage::defensive(team);
    QCOMPARE(rows.size(), 18);
    QCOMPARE(rows.first().attackingType, QStringLiteral("normal"));
    const auto &rock = rowOf(rows, QStringLiteral("rock"));
    QCOMPARE(rock.multipliers, (QList<double> { 4.0, 1.0, 1.0 }));
    QCOMPARE(rock.weak, 1);
    const auto &ground = rowOf(rows, QStringLiteral("ground"));
    QCOMPARE(ground.multipliers, (QList<double> { 0.0, 2.0, 1.0 }));
    QCOMPARE(ground.immune, 1);
    QCOMPARE(ground.weak, 1);
    const auto &fighting = rowOf(rows, QStringLiteral("fighting"));
    QCOMPARE(fighting.multipliers, (QList<double> { 0.5, 0.0, 2.0 }));
    QCOMPARE(fighting.resist, 1);
    QCOMPARE(fighting.immune, 1);
    QCOMPARE(fighting.weak, 1);

    const auto bare = TeamCoverage::defensive(
        QList<QStringList> { { QStringLiteral("fire"), QStringLiteral("flying") },
                             { QStringLiteral("ghost"), QStringLiteral("poison") },
                             { QStringLiteral("normal") } });
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(bare.at(i).weak, rows.at(i).weak);
        QCOMPARE(bare.at(i).resist, rows.at(i).resist);
        QCOMPARE(bare.at(i).immune, rows.at(i).immune);
    }
}

void TestTeamCoverage::abilitiesAreNotedNotCounted()
{
    TeamMember bronzong = member(QStringLiteral("bronzong"),
                                 { QStringLiteral("steel"), QStringLiteral("psychic") });
    bronzong.abilities = { QStringLiteral("levitate"), QStringLiteral("heatproof"),
                           QStringLiteral("heavy-metal") };
    const QList<TeamMember> team
        = { bronzong,
            member(QStringLiteral("vaporeon"), { QStringLiteral("water") },
                   QStringLiteral("Water Absorb")),
            member(QStringLiteral("shedinja"), { QStringLiteral("bug"), QStringLiteral("ghost") },
                   QStringLiteral("Wonder Guard")) };
    const auto rows = TeamCoverage::defensive(team);
    const auto &ground = rowOf(rows, QStringLiteral("ground"));
    QCOMPARE(ground.weak, 1); // Bronzong counts as weak: by its types
    QCOMPARE(ground.immune, 0);
    QVERIFY(ground.notes.join(u'\n').contains(QLatin1String("Levitate (Bronzong): immune")));
    QVERIFY(ground.notes.join(u'\n').contains(QLatin1String("Shedinja")));
    const auto &fire = rowOf(rows, QStringLiteral("fire"));
    QVERIFY(fire.notes.join(u'\n').contains(QLatin1String("Heatproof (Bronzong)")));
    QVERIFY(!fire.notes.join(u'\n').contains(QLatin1String("Shedinja"))); // fire hits it hard
    const auto &water = rowOf(rows, QStringLiteral("water"));
    QCOMPARE(water.resist, 1);
    QCOMPARE(water.immune, 0);
    QVERIFY(water.notes.join(u'\n').contains(QLatin1String("Water Absorb (Vaporeon)")));
    QVERIFY(rowOf(rows, QStringLiteral("normal"))
                .notes.join(u'\n')
                .contains(QLatin1String("Shedinja")));
    QCOMPARE(TeamCoverage::abilityNote(QStringLiteral("flash-fire"), QStringLiteral("fire")),
             QStringLiteral("immune, powers up"));
    QVERIFY(
        TeamCoverage::abilityNote(QStringLiteral("flash-fire"), QStringLiteral("water")).isEmpty());
    QVERIFY(
        TeamCoverage::abilityNote(QStringLiteral("overgrow"), QStringLiteral("fire")).isEmpty());
}

void TestTeamCoverage::unknownTypesCountAsNeutral()
{
    const auto rows
        = TeamCoverage::defensive(QList<TeamMember> { member(QStringLiteral("missingno"), {}) });
    for (const auto &row : rows) {
        QCOMPARE(row.multipliers, QList<double> { 1.0 });
        QCOMPARE(row.weak + row.resist + row.immune, 0);
    }
}

void TestTeamCoverage::teraTypeDefendsAlone()
{
    // In the calculator a Tera type defends alone; a team is counted by its own types.
    QCOMPARE(TypeTable::matchups({ QStringLiteral("dragon"), QStringLiteral("flying") },
                                 QStringLiteral("normal"))
                 .multiplierFor(QStringLiteral("ghost")),
             0.0);
    TeamMember dragonite = member(QStringLiteral("dragonite"),
                                  { QStringLiteral("dragon"), QStringLiteral("flying") });
    dragonite.set.teraType = QStringLiteral("Normal");
    const auto rows = TeamCoverage::defensive(QList<TeamMember> { dragonite });
    QCOMPARE(rowOf(rows, QStringLiteral("ice")).multipliers, QList<double> { 4.0 });
    QCOMPARE(rowOf(rows, QStringLiteral("ghost")).multipliers, QList<double> { 1.0 });
}

void TestTeamCoverage::holes()
{
    const QList<TeamMember> team
        = { member(QStringLiteral("a"), { QStringLiteral("grass") }),
            member(QStringLiteral("b"), { QStringLiteral("bug"), QStringLiteral("grass") }),
            member(QStringLiteral("c"), { QStringLiteral("water") }) };
    const auto rows = TeamCoverage::defensive(team);
    QVERIFY(!rowOf(rows, QStringLiteral("fire")).isHole()); // 2 weak, but water resists
    QVERIFY(rowOf(rows, QStringLiteral("bug")).isHole()); // 2 weak, nobody resists
    QVERIFY(rowOf(rows, QStringLiteral("flying")).isHole()); // 2 weak, nobody resists
    QVERIFY(!rowOf(rows, QStringLiteral("electric")).isHole()); // 1 weak
    QVERIFY(!rowOf(rows, QStringLiteral("ice")).isHole()); // 2 weak, water resists
}

void TestTeamCoverage::offensiveByTypesAndMoves()
{
    TeamMember pikachu = member(QStringLiteral("pikachu"), { QStringLiteral("electric") });
    pikachu.set.moves = { QStringLiteral("Surf"), QStringLiteral("Thunderbolt") };
    pikachu.moveTypes = { QStringLiteral("water"), QStringLiteral("electric") };
    const auto result = TeamCoverage::offensive(
        { pikachu, member(QStringLiteral("snorlax"), { QStringLiteral("normal") }) });
    QStringList hit;
    for (const auto &entry : result.superEffective)
        hit.append(entry.first);
    QCOMPARE(
        hit,
        (QStringList { QStringLiteral("flying"), QStringLiteral("ground"), QStringLiteral("rock"),
                       QStringLiteral("fire"), QStringLiteral("water") }));
    QCOMPARE(result.superEffective.at(0).second,
             (QStringList { QStringLiteral("Pikachu (Electric)"),
                            QStringLiteral("Pikachu: Thunderbolt (Electric)") }));
    QCOMPARE(result.superEffective.at(1).second,
             QStringList { QStringLiteral("Pikachu: Surf (Water)") });
    QCOMPARE(result.uncovered.size(), 18 - 5);
    QVERIFY(result.uncovered.contains(QLatin1String("dragon")));
    QVERIFY(TeamCoverage::offensive({}).superEffective.isEmpty());
    QCOMPARE(TeamCoverage::offensive({}).uncovered, TypeChart::allTypes());
}

QTEST_GUILESS_MAIN(TestTeamCoverage)
#include "tst_teamcoverage.moc"
