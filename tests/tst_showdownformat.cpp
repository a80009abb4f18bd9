// Showdown's team format both ways: real exports, every field, forms and names that PokeAPI
// spells otherwise, and pastes that are broken, hostile or huge.

#include "team/showdownformat.h"

#include <QTest>

class TestShowdownFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void speciesSlug_data();
    void speciesSlug();
    void readsAFullSet();
    void nameLine_data();
    void nameLine();
    void readsSeveralSetsAndSkipsHeaders();
    void warnsAboutWhatItSkips_data();
    void warnsAboutWhatItSkips();
    void capsHugeInput();
    void roundTrips_data();
    void roundTrips();
    void exportsSlugOnlyMembersByShowdownName_data();
    void exportsSlugOnlyMembersByShowdownName();
    void aConfusingNicknameReadsBackAsTheSamePokemon();
    void detectsATeam_data();
    void detectsATeam();
};

void TestShowdownFormat::speciesSlug_data()
{
    QTest::addColumn<QString>("species");
    QTest::addColumn<QString>("slug");
    QTest::addRow("plain") << QStringLiteral("Pikachu") << QStringLiteral("pikachu");
    QTest::addRow("form") << QStringLiteral("Rotom-Wash") << QStringLiteral("rotom-wash");
    QTest::addRow("dotted regional")
        << QStringLiteral("Mr. Mime-Galar") << QStringLiteral("mr-mime-galar");
    QTest::addRow("apostrophe") << QStringLiteral("Farfetch’d") << QStringLiteral("farfetchd");
    QTest::addRow("nidoran") << QStringLiteral("Nidoran-F") << QStringLiteral("nidoran-f");
    QTest::addRow("colon") << QStringLiteral("Type: Null") << QStringLiteral("type-null");
    QTest::addRow("necrozma") << QStringLiteral("Necrozma-Dusk-Mane")
                              << QStringLiteral("necrozma-dusk");
    QTest::addRow("female form") << QStringLiteral("Indeedee-F")
                                 << QStringLiteral("indeedee-female");
    QTest::addRow("tauros breed") << QStringLiteral("Tauros-Paldea-Aqua")
                                  << QStringLiteral("tauros-paldea-aqua-breed");
    QTest::addRow("zygarde percent")
        << QStringLiteral("Zygarde-10%") << QStringLiteral("zygarde-10-power-construct");
    QTest::addRow("look-only form")
        << QStringLiteral("Gastrodon-East") << QStringLiteral("gastrodon");
    QTest::addRow("accents") << QStringLiteral("Flabébé") << QStringLiteral("flabebe");
    QTest::addRow("hyphenated species")
        << QStringLiteral("Porygon-Z") << QStringLiteral("porygon-z");
    QTest::addRow("empty") << QStringLiteral("") << QStringLiteral("");
    QTest::addRow("symbols only") << QStringLiteral("@@@") << QStringLiteral("");
}

void TestShowdownFormat::speciesSlug()
{
    QFETCH(QString, species);
    QFETCH(QString, slug);
    QCOMPARE(ShowdownFormat::slugForSpecies(species), slug);
}

void TestShowdownFormat::readsAFullSet()
{
    const QString paste = QStringLiteral("Sparky (Pikachu) (F) @ Light Ball\n"
                                         "Ability: Lightning Rod\n"
                                         "Level: 50\n"
                                         "Shiny: Yes\n"
                                         "Tera Type: Water\n"
                                         "EVs: 252 SpA / 4 SpD / 252 Spe\n"
                                         "Timid Nature\n"
                                         "IVs: 0 Atk\n"
                                         "- Thunderbolt\n"
                                         "- Surf\n"
                                         "- Hidden Power [Ice]\n"
                                         "- Volt Switch\n");
    const auto result = ShowdownFormat::parse(paste);
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
    QCOMPARE(result.sets.size(), 1);
    const ShowdownSet &set = result.sets.first();
    QCOMPARE(set.nickname, QStringLiteral("Sparky"));
    QCOMPARE(set.species, QStringLiteral("Pikachu"));
    QCOMPARE(set.slug, QStringLiteral("pikachu"));
    QCOMPARE(set.gender, QStringLiteral("F"));
    QCOMPARE(set.item, QStringLiteral("Light Ball"));
    QCOMPARE(set.ability, QStringLiteral("Lightning Rod"));
    QCOMPARE(set.level, 50);
    QVERIFY(set.shiny);
    QCOMPARE(set.teraType, QStringLiteral("Water"));
    QCOMPARE(set.nature, QStringLiteral("Timid"));
    QCOMPARE(set.evs, (QList<int> { -1, -1, -1, 252, 4, 252 }));
    QCOMPARE(set.ivs, (QList<int> { -1, 0, -1, -1, -1, -1 }));
    QCOMPARE(set.moves,
             (QStringList { QStringLiteral("Thunderbolt"), QStringLiteral("Surf"),
                            QStringLiteral("Hidden Power [Ice]"), QStringLiteral("Volt Switch") }));
    QCOMPARE(ShowdownFormat::format(set), paste); // Showdown's own order, field for field
}

void TestShowdownFormat::nameLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("nickname");
    QTest::addColumn<QString>("species");
    QTest::addColumn<QString>("gender");
    QTest::addColumn<QString>("item");
    QTest::addRow("species only") << QStringLiteral("Bulbasaur") << QStringLiteral("")
                                  << QStringLiteral("Bulbasaur") << QStringLiteral("")
                                  << QStringLiteral("");
    QTest::addRow("nickname") << QStringLiteral("Bulby (Bulbasaur)") << QStringLiteral("Bulby")
                              << QStringLiteral("Bulbasaur") << QStringLiteral("")
                              << QStringLiteral("");
    QTest::addRow("gender") << QStringLiteral("Bulbasaur (M)") << QStringLiteral("")
                            << QStringLiteral("Bulbasaur") << QStringLiteral("M")
                            << QStringLiteral("");
    QTest::addRow("all") << QStringLiteral("Bulby (Bulbasaur) (F) @ Miracle Seed")
                         << QStringLiteral("Bulby") << QStringLiteral("Bulbasaur")
                         << QStringLiteral("F") << QStringLiteral("Miracle Seed");
    // Found by fuzz_showdownformat: "( F)" was taken for a species named F, so the export
    // ("Sparky (Pikachu) (F)") read back as Pikachu.
    QTest::addRow("spaced gender mark")
        << QStringLiteral("Sparky (Pikachu)( F) @ Light Ball") << QStringLiteral("Sparky")
        << QStringLiteral("Pikachu") << QStringLiteral("F") << QStringLiteral("Light Ball");
    QTest::addRow("nickname with brackets")
        << QStringLiteral("Mr (B) (Mr. Mime-Galar) @ Leftovers") << QStringLiteral("Mr (B)")
        << QStringLiteral("Mr. Mime-Galar") << QStringLiteral("") << QStringLiteral("Leftovers");
    QTest::addRow("form with item")
        << QStringLiteral("Rotom-Wash @ Leftovers") << QStringLiteral("")
        << QStringLiteral("Rotom-Wash") << QStringLiteral("") << QStringLiteral("Leftovers");
    QTest::addRow("windows line end")
        << QStringLiteral("Pikachu @ Light Ball\r") << QStringLiteral("")
        << QStringLiteral("Pikachu") << QStringLiteral("") << QStringLiteral("Light Ball");
    QTest::addRow("dangling at") << QStringLiteral("Pikachu @") << QStringLiteral("")
                                 << QStringLiteral("Pikachu") << QStringLiteral("")
                                 << QStringLiteral("");
}

void TestShowdownFormat::nameLine()
{
    QFETCH(QString, line);
    const auto result = ShowdownFormat::parse(line + QStringLiteral("\n- Tackle\n"));
    QCOMPARE(result.sets.size(), 1);
    const ShowdownSet &set = result.sets.first();
    QTEST(set.nickname, "nickname");
    QTEST(set.species, "species");
    QTEST(set.gender, "gender");
    QTEST(set.item, "item");
    QCOMPARE(set.moves, QStringList { QStringLiteral("Tackle") });
}

void TestShowdownFormat::readsSeveralSetsAndSkipsHeaders()
{
    const auto result = ShowdownFormat::parse(QStringLiteral("=== [gen9ou] Rain ===\n\n"
                                                             "Pelipper @ Damp Rock\n"
                                                             "Ability: Drizzle\n"
                                                             "- Hurricane\n"
                                                             "\n\n\n"
                                                             "Barraskewda @ Choice Band\n"
                                                             "- Liquidation\n"
                                                             "=== Sun ===\n"
                                                             "Torkoal\n"));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
    QCOMPARE(result.sets.size(), 3);
    QCOMPARE(result.sets.at(0).slug, QStringLiteral("pelipper"));
    QCOMPARE(result.sets.at(1).slug, QStringLiteral("barraskewda"));
    QCOMPARE(result.sets.at(1).moves, QStringList { QStringLiteral("Liquidation") });
    QCOMPARE(result.sets.at(2).slug, QStringLiteral("torkoal"));
}

void TestShowdownFormat::warnsAboutWhatItSkips_data()
{
    QTest::addColumn<QString>("paste");
    QTest::addColumn<int>("sets");
    QTest::addColumn<int>("warnings");
    QTest::addRow("unknown field") << QStringLiteral("Pikachu\nColour: yellow\n- Tackle") << 1 << 1;
    QTest::addRow("bad EVs") << QStringLiteral("Pikachu\nEVs: lots SpA") << 1 << 1;
    QTest::addRow("EV over 255") << QStringLiteral("Pikachu\nEVs: 300 SpA") << 1 << 1;
    QTest::addRow("IV over 31") << QStringLiteral("Pikachu\nIVs: 32 Atk") << 1 << 1;
    QTest::addRow("unknown stat") << QStringLiteral("Pikachu\nEVs: 4 Luck") << 1 << 1;
    QTest::addRow("level 0") << QStringLiteral("Pikachu\nLevel: 0") << 1 << 1;
    QTest::addRow("fifth move") << QStringLiteral("Mew\n- A\n- B\n- C\n- D\n- E") << 1 << 1;
    QTest::addRow("empty move") << QStringLiteral("Mew\n- ") << 1 << 1;
    QTest::addRow("no species") << QStringLiteral("@ Leftovers\nAbility: Static\n\nMew") << 1 << 1;
    QTest::addRow("long line") << QStringLiteral("Mew\n- ") + QString(500, u'x') << 1 << 1;
    QTest::addRow("binary junk") << QString::fromLatin1("\x01\x02\x7f\n\xff") << 0 << 1;
    QTest::addRow("ignored fields")
        << QStringLiteral("Mew\nHappiness: 0\nGigantamax: Yes\nPokeball: Poke Ball") << 1 << 0;
}

void TestShowdownFormat::warnsAboutWhatItSkips()
{
    QFETCH(QString, paste);
    const auto result = ShowdownFormat::parse(paste);
    QTEST(int(result.sets.size()), "sets");
    QTEST(int(result.warnings.size()), "warnings");
}

void TestShowdownFormat::capsHugeInput()
{
    QString paste;
    while (paste.size() < 2 * ShowdownFormat::MaxInputChars)
        paste += QStringLiteral("Pikachu @ Light Ball\n- Thunderbolt\n\n");
    QElapsedTimer timer;
    timer.start();
    const auto result = ShowdownFormat::parse(paste);
    QCOMPARE(result.sets.size(), ShowdownFormat::MaxSets);
    QVERIFY(result.warnings.size() >= 2); // too long, too many
    QVERIFY(result.warnings.size() <= 40);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));

    const auto oneLine = ShowdownFormat::parse(QString(ShowdownFormat::MaxInputChars, u'a'));
    QVERIFY(oneLine.sets.isEmpty());
    QCOMPARE(oneLine.warnings.size(), 1);
}

void TestShowdownFormat::roundTrips_data()
{
    QTest::addColumn<QString>("paste");
    QTest::addRow("species only") << QStringLiteral("Snorlax\n");
    QTest::addRow("team") << QStringLiteral(
        "Bulby (Bulbasaur) (M) @ Miracle Seed\nAbility: Overgrow\n- Giga Drain\n"
        "\n"
        "Rotom-Wash @ Leftovers\nAbility: Levitate\nTera Type: Steel\n"
        "EVs: 252 HP / 252 Def / 4 SpD\nBold Nature\n- Hydro Pump\n"
        "- Volt Switch\n");
}

void TestShowdownFormat::roundTrips()
{
    QFETCH(QString, paste);
    const auto result = ShowdownFormat::parse(paste);
    QVERIFY(result.warnings.isEmpty());
    QCOMPARE(ShowdownFormat::format(result.sets), paste);
    QCOMPARE(ShowdownFormat::parse(ShowdownFormat::format(result.sets)).sets, result.sets);
}

void TestShowdownFormat::exportsSlugOnlyMembersByShowdownName_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("firstLine");
    QTest::addRow("plain") << QStringLiteral("pikachu") << QStringLiteral("Pikachu");
    QTest::addRow("dotted") << QStringLiteral("mr-mime-galar") << QStringLiteral("Mr. Mime-Galar");
    QTest::addRow("nidoran") << QStringLiteral("nidoran-f") << QStringLiteral("Nidoran-F");
    QTest::addRow("necrozma") << QStringLiteral("necrozma-dusk")
                              << QStringLiteral("Necrozma-Dusk-Mane");
    QTest::addRow("female") << QStringLiteral("indeedee-female") << QStringLiteral("Indeedee-F");
    QTest::addRow("default form") << QStringLiteral("urshifu-single-strike")
                                  << QStringLiteral("Urshifu");
    QTest::addRow("plain gastrodon") << QStringLiteral("gastrodon") << QStringLiteral("Gastrodon");
}

void TestShowdownFormat::exportsSlugOnlyMembersByShowdownName()
{
    QFETCH(QString, slug);
    QFETCH(QString, firstLine);
    ShowdownSet set;
    set.slug = slug;
    const QString text = ShowdownFormat::format(set);
    QCOMPARE(text, firstLine + u'\n');
    // and Showdown's name comes back as the same Pokémon
    QCOMPARE(ShowdownFormat::parse(text).sets.value(0).slug, slug);
}

void TestShowdownFormat::aConfusingNicknameReadsBackAsTheSamePokemon()
{
    // Found by fuzz_showdownformat: a nickname holding "(F) @" wrote a line that read back
    // with another species. Such a set is written by its species alone.
    const auto first = ShowdownFormat::parse(
        QStringLiteral("Sparky (Tikabhu) (F) @(Pikachu) (F) @ Light Ball\n- Surf\n"));
    QCOMPARE(first.sets.size(), 1);
    QCOMPARE(first.sets.at(0).slug, QStringLiteral("pikachu"));
    QCOMPARE(first.sets.at(0).nickname, QStringLiteral("Sparky (Tikabhu) (F) @"));
    QCOMPARE(first.sets.at(0).item, QStringLiteral("Light Ball"));
    const QString text = ShowdownFormat::format(first.sets);
    QVERIFY2(!text.contains(QLatin1String("Sparky")), qPrintable(text));
    const auto again = ShowdownFormat::parse(text);
    QCOMPARE(again.sets.size(), 1);
    QCOMPARE(again.sets.at(0).slug, QStringLiteral("pikachu"));
    QCOMPARE(again.sets.at(0).gender, QStringLiteral("F"));
    QCOMPARE(again.sets.at(0).item, QStringLiteral("Light Ball"));

    // And a species spelled like a move line ("- F") is written by its slug.
    const auto dashed
        = ShowdownFormat::parse(QStringLiteral("Sparky (Pikachu)(- F) @ Light Ball\n"));
    QCOMPARE(dashed.sets.size(), 1);
    const QString dashedText = ShowdownFormat::format(dashed.sets);
    const auto dashedAgain = ShowdownFormat::parse(dashedText);
    QCOMPARE(dashedAgain.sets.size(), 1);
    QCOMPARE(dashedAgain.sets.at(0).slug, dashed.sets.at(0).slug);
}

void TestShowdownFormat::detectsATeam_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("team");
    QTest::addRow("names") << QStringLiteral("pikachu, mr mime\ncharizard") << false;
    QTest::addRow("one name") << QStringLiteral("pikachu") << false;
    QTest::addRow("dex range") << QStringLiteral("gen:1 type:fire") << false;
    QTest::addRow("item line") << QStringLiteral("Pikachu @ Light Ball") << true;
    QTest::addRow("ability") << QStringLiteral("Pikachu\nAbility: Static") << true;
    QTest::addRow("moves") << QStringLiteral("Pikachu\n- Thunderbolt") << true;
    QTest::addRow("nature") << QStringLiteral("Pikachu\nTimid Nature") << true;
    QTest::addRow("leading blank lines") << QStringLiteral("\n\n  Mew\nEVs: 4 HP") << true;
    QTest::addRow("empty") << QStringLiteral("") << false;
}

void TestShowdownFormat::detectsATeam()
{
    QFETCH(QString, text);
    QTEST(ShowdownFormat::looksLikeTeam(text), "team");
}

QTEST_GUILESS_MAIN(TestShowdownFormat)
#include "tst_showdownformat.moc"
