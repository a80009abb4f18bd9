// The parsers behind a Pokémon's sheet (learnset, moves, machines, encounters, breeding,
// abilities): real PokeAPI documents from tests/data, one-field-broken and cut-short variants.

#include "api/detailsparser.h"
#include "api/sheetparser.h"
#include "testdata.h"

#include <QFile>
#include <QTest>
#include <algorithm>

namespace {

const LearnedMove *findLearned(const QList<LearnedMove> &moves, const QString &move,
                               const QString &method)
{
    for (const LearnedMove &entry : moves) {
        if (entry.move == move && entry.method == method)
            return &entry;
    }
    return nullptr;
}

// Every field once; each malformed row breaks exactly one piece of it.
const QByteArray MinimalMove = QByteArrayLiteral(
    R"({"name":"thunderbolt","type":{"name":"electric","url":"/api/v2/type/13/"},)"
    R"("damage_class":{"name":"special","url":"/x/"},"power":90,"accuracy":100,"pp":15,)"
    R"("machines":[{"machine":{"url":"/api/v2/machine/1941/"},)"
    R"("version_group":{"name":"scarlet-violet","url":"/api/v2/version-group/25/"}}]})");

const QByteArray MinimalSheet = QByteArrayLiteral(
    R"({"id":25,"name":"pikachu","base_experience":112,)"
    R"("stats":[{"base_stat":90,"effort":2,"stat":{"name":"speed","url":"/x/"}}],)"
    R"("held_items":[{"item":{"name":"light-ball","url":"/x/"},"version_details":[)"
    R"({"rarity":5,"version":{"name":"yellow","url":"/x/"}}]}],)"
    R"("moves":[{"move":{"name":"thunderbolt","url":"/api/v2/move/85/"},)"
    R"("version_group_details":[{"level_learned_at":36,)"
    R"("move_learn_method":{"name":"level-up","url":"/x/"},)"
    R"("version_group":{"name":"scarlet-violet","url":"/api/v2/version-group/25/"}}]}]})");

const QByteArray MinimalEncounters = QByteArrayLiteral(
    R"([{"location_area":{"name":"viridian-forest-area","url":"/x/"},)"
    R"("version_details":[{"version":{"name":"red","url":"/x/"},"max_chance":5,)"
    R"("encounter_details":[{"chance":5,"max_level":5,"min_level":3,)"
    R"("method":{"name":"walk","url":"/x/"}}]}]}])");

const QByteArray MinimalMachine
    = QByteArrayLiteral(R"({"id":1941,"item":{"name":"tm126","url":"/x/"},)"
                        R"("move":{"name":"thunderbolt","url":"/x/"},)"
                        R"("version_group":{"name":"scarlet-violet","url":"/x/"}})");

enum class Document { Sheet, Move, Machine, Encounters, Species, Ability };

// Whether `json` parses as `kind`; the same test for every parser.
bool parses(Document kind, const QByteArray &json, QString *error)
{
    switch (kind) {
    case Document::Sheet:
        return SheetParser::parseSheet(json, error).has_value();
    case Document::Move:
        return SheetParser::parseMove(json, error).has_value();
    case Document::Machine:
        return SheetParser::parseMachine(json, error).has_value();
    case Document::Encounters:
        return SheetParser::parseEncounters(json, error).has_value();
    case Document::Species:
        return DetailsParser::parseSpecies(json, error).has_value();
    case Document::Ability:
        return DetailsParser::parseAbility(json, error).has_value();
    }
    return false;
}

} // namespace

Q_DECLARE_METATYPE(Document)

class tst_SheetParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realSheet();
    void sheetVersionGroupsNewestFirst();
    void newestGameOrder_data();
    void newestGameOrder();
    void realMove();
    void statusMoveHasNullPowerAndAccuracy();
    void realMachine();
    void realEncounters();
    void realBreeding();
    void abilityEffect();
    void moveInEveryLanguage();
    void abilityInEveryLanguage();
    void pokedexTextOfEveryGame();
    void malformed_data();
    void malformed();
    void truncatedRealDocuments_data();
    void truncatedRealDocuments();
};

void tst_SheetParser::realSheet()
{
    QString error;
    const auto sheet
        = SheetParser::parseSheet(readTestData(QStringLiteral("api/v2/pokemon/25.json")), &error);
    QVERIFY2(sheet, qPrintable(error));
    QCOMPARE(sheet->id, 25);
    QCOMPARE(sheet->name, QStringLiteral("pikachu"));
    QCOMPARE(sheet->baseExperience, 112);
    QCOMPARE(sheet->evYield.size(), 1);
    QCOMPARE(sheet->evYield.first().name, QStringLiteral("speed"));
    QCOMPARE(sheet->evYield.first().base, 2);
    QCOMPARE(sheet->heldItemNames(),
             QStringList({ QStringLiteral("oran-berry"), QStringLiteral("light-ball") }));
    // One entry per item and game: Oran Berry in 10 games, Light Ball in 20.
    QCOMPARE(sheet->heldItems.size(), 30);
    QCOMPARE(sheet->heldItems.first(),
             (HeldItem { QStringLiteral("oran-berry"), QStringLiteral("ruby"), 50 }));
    const auto blackLightBall = std::find_if(sheet->heldItems.cbegin(), sheet->heldItems.cend(),
                                             [](const HeldItem &held) {
                                                 return held.item == QLatin1String("light-ball")
                                                     && held.version == QLatin1String("black");
                                             });
    QVERIFY(blackLightBall != sheet->heldItems.cend());
    QCOMPARE(blackLightBall->rarity, 1); // rarer there than in every other game
    QCOMPARE(sheet->learnset.size(), 1135); // every game's, one entry per way and game

    const QList<LearnedMove> sv = sheet->movesIn(QStringLiteral("scarlet-violet"));
    QCOMPARE(sv.size(), 67);
    const LearnedMove *byLevel
        = findLearned(sv, QStringLiteral("thunderbolt"), QStringLiteral("level-up"));
    QVERIFY(byLevel);
    QCOMPARE(byLevel->level, 36);
    QCOMPARE(byLevel->versionGroupId, 25);
    QVERIFY(byLevel->moveUrl.path().endsWith(QLatin1String("/move/85/")));
    const LearnedMove *byMachine
        = findLearned(sv, QStringLiteral("thunderbolt"), QStringLiteral("machine"));
    QVERIFY(byMachine);
    QCOMPARE(byMachine->level, 0);
}

void tst_SheetParser::sheetVersionGroupsNewestFirst()
{
    const auto sheet
        = SheetParser::parseSheet(readTestData(QStringLiteral("api/v2/pokemon/25.json")));
    QVERIFY(sheet);
    const QStringList games = sheet->versionGroups();
    QCOMPARE(games.size(), 26);
    // red-green-japan has a higher id (28) than scarlet-violet (25) but is the oldest game.
    QCOMPARE(games.first(), QStringLiteral("champions"));
    QCOMPARE(games.last(), QStringLiteral("red-green-japan"));
    QVERIFY(games.indexOf(QStringLiteral("scarlet-violet"))
            < games.indexOf(QStringLiteral("sword-shield")));
}

void tst_SheetParser::newestGameOrder_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<int>("idA");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("idB");
    QTest::addColumn<bool>("aIsNewer");
    QTest::addRow("known, by order not id")
        << "scarlet-violet" << 25 << "red-green-japan" << 28 << true;
    QTest::addRow("known, older") << "red-blue" << 1 << "yellow" << 2 << false;
    QTest::addRow("unknown beats known") << "a-future-game" << 40 << "champions" << 32 << true;
    QTest::addRow("known loses to unknown") << "champions" << 32 << "a-future-game" << 40 << false;
    QTest::addRow("two unknown, by id") << "future-b" << 41 << "future-a" << 40 << true;
}

void tst_SheetParser::newestGameOrder()
{
    QFETCH(QString, a);
    QFETCH(int, idA);
    QFETCH(QString, b);
    QFETCH(int, idB);
    QFETCH(bool, aIsNewer);
    QCOMPARE(VersionGroups::isNewer(a, idA, b, idB), aIsNewer);
}

void tst_SheetParser::realMove()
{
    QString error;
    const auto move
        = SheetParser::parseMove(readTestData(QStringLiteral("api/v2/move/85.json")), &error);
    QVERIFY2(move, qPrintable(error));
    QCOMPARE(move->name, QStringLiteral("thunderbolt"));
    QCOMPARE(move->type, QStringLiteral("electric"));
    QCOMPARE(move->damageClass, QStringLiteral("special"));
    QCOMPARE(move->power, 90);
    QCOMPARE(move->accuracy, 100);
    QCOMPARE(move->pp, 15);
    QVERIFY(move->machineIn(QStringLiteral("scarlet-violet"))
                .path()
                .endsWith(QLatin1String("/machine/1941/")));
    QVERIFY(move->machineIn(QStringLiteral("champions")).isEmpty());
}

void tst_SheetParser::statusMoveHasNullPowerAndAccuracy()
{
    const auto move = SheetParser::parseMove(readTestData(QStringLiteral("api/v2/move/240.json")));
    QVERIFY(move);
    QCOMPARE(move->name, QStringLiteral("rain-dance"));
    QCOMPARE(move->damageClass, QStringLiteral("status"));
    QCOMPARE(move->power, -1);
    QCOMPARE(move->accuracy, -1);
    QCOMPARE(move->pp, 5);
}

void tst_SheetParser::realMachine()
{
    QString error;
    const auto machine = SheetParser::parseMachine(
        readTestData(QStringLiteral("api/v2/machine/1941.json")), &error);
    QVERIFY2(machine, qPrintable(error));
    QCOMPARE(machine->item, QStringLiteral("tm126"));
    QCOMPARE(machine->label, QStringLiteral("TM126"));
    QCOMPARE(machine->move, QStringLiteral("thunderbolt"));
    QCOMPARE(machine->versionGroup, QStringLiteral("scarlet-violet"));
}

void tst_SheetParser::realEncounters()
{
    QString error;
    const auto encounters = SheetParser::parseEncounters(
        readTestData(QStringLiteral("api/v2/pokemon/25/encounters.json")), &error);
    QVERIFY2(encounters, qPrintable(error));
    QCOMPARE(encounters->size(), 242); // 39 areas, each version's details one by one
    const Encounter first = encounters->first();
    QCOMPARE(first.locationArea, QStringLiteral("trophy-garden-area"));
    QCOMPARE(first.version, QStringLiteral("diamond"));
    QCOMPARE(first.method, QStringLiteral("walk"));
    QCOMPARE(first.minLevel, 18);
    QCOMPARE(first.maxLevel, 18);
    QCOMPARE(first.chance, 5);
    QCOMPARE(SheetParser::parseEncounters("[]")->size(), 0); // never met in the wild
}

void tst_SheetParser::realBreeding()
{
    QString error;
    const auto species = DetailsParser::parseSpecies(
        readTestData(QStringLiteral("api/v2/pokemon-species/25.json")), &error);
    QVERIFY2(species, qPrintable(error));
    const SpeciesBreeding &b = species->breeding;
    QCOMPARE(b.eggGroups, QStringList({ QStringLiteral("ground"), QStringLiteral("fairy") }));
    QCOMPARE(b.genderRate, 4);
    QCOMPARE(b.hatchCounter, 10);
    QCOMPARE(b.captureRate, 190);
    QCOMPARE(b.growthRate, QStringLiteral("medium"));
    QCOMPARE(b.baseHappiness, 70);

    const auto mewtwo = DetailsParser::parseSpecies(
        readTestData(QStringLiteral("api/v2/pokemon-species/150.json")));
    QVERIFY(mewtwo);
    QCOMPARE(mewtwo->breeding.genderRate, -1); // genderless
    QCOMPARE(mewtwo->breeding.eggGroups, QStringList { QStringLiteral("no-eggs") });
}

void tst_SheetParser::abilityEffect()
{
    QString error;
    const auto ability = DetailsParser::parseAbility(
        readTestData(QStringLiteral("api/v2/ability/31.json")), &error);
    QVERIFY2(ability, qPrintable(error));
    QCOMPARE(ability->name, QStringLiteral("lightning-rod"));
    QVERIFY2(ability->effect.startsWith(
                 QStringLiteral("All other Pokémon's single-target Electric-type moves")),
             qPrintable(ability->effect));
    QVERIFY(!ability->shortEffect.isEmpty());
    QVERIFY(ability->effect.size() > ability->shortEffect.size());
}

void tst_SheetParser::moveInEveryLanguage()
{
    const auto move = SheetParser::parseMove(readTestData(QStringLiteral("api/v2/move/85.json")));
    QVERIFY(move);
    QCOMPARE(move->englishName, QStringLiteral("Thunderbolt"));
    QCOMPARE(move->names.value(QStringLiteral("de")), QStringLiteral("Donnerblitz"));
    QCOMPARE(move->names.value(QStringLiteral("ja-hrkt")), QStringLiteral("１０まんボルト"));
    // The newest game's text, its line breaks folded.
    QCOMPARE(move->flavorText,
             QStringLiteral("The user attacks the target with a strong electric blast. This may "
                            "also leave the target with paralysis."));
    QVERIFY(!move->flavorTexts.value(QStringLiteral("de")).isEmpty());
    QVERIFY(!move->flavorTexts.value(QStringLiteral("de")).contains(u'\n'));
    QVERIFY(move->shortEffect.contains(QLatin1String("paralyze")));
    QVERIFY(move->shortEffects.contains(QStringLiteral("fr")));
    // A move answer without texts (an older or smaller one) still parses.
    const auto bare = SheetParser::parseMove(MinimalMove);
    QVERIFY(bare);
    QVERIFY(bare->englishName.isEmpty() && bare->names.isEmpty());
}

void tst_SheetParser::abilityInEveryLanguage()
{
    const auto ability
        = DetailsParser::parseAbility(readTestData(QStringLiteral("api/v2/ability/9.json")));
    QVERIFY(ability);
    QCOMPARE(ability->names.value(QStringLiteral("de")), QStringLiteral("Statik"));
    QCOMPARE(ability->shortEffects.value(QStringLiteral("de")),
             QStringLiteral("30% Chance das angreifende Pokémon bei Kontakt zu paralysieren."));
    QVERIFY(!ability->shortEffects.contains(QStringLiteral("ja-hrkt"))); // games' text only
    QVERIFY(!ability->flavorTexts.value(QStringLiteral("ja-hrkt")).isEmpty());
    QCOMPARE(ability->flavorText,
             QStringLiteral("The Pokémon is charged with static electricity and may paralyze "
                            "attackers that make direct contact with it."));
}

void tst_SheetParser::pokedexTextOfEveryGame()
{
    const auto species = DetailsParser::parseSpecies(
        readTestData(QStringLiteral("api/v2/pokemon-species/25.json")));
    QVERIFY(species);
    const QList<PokedexText> &texts = species->pokedexTexts;
    QCOMPARE(texts.count(), 147);
    QCOMPARE(texts.first().version, QStringLiteral("red"));
    QCOMPARE(texts.first().language, QStringLiteral("en"));
    const PokedexText yellow { QStringLiteral("yellow"), QStringLiteral("en"),
                               QStringLiteral("It keeps its tail raised to monitor its "
                                              "surroundings. If you yank its tail, it will try to "
                                              "bite you.") };
    QVERIFY(texts.contains(yellow)); // \n and \f folded to spaces
    int german = 0;
    for (const PokedexText &text : texts)
        german += text.language == QLatin1String("de") ? 1 : 0;
    QCOMPARE(german, 12);
    // The newest English one is still what flavorText says.
    QCOMPARE(species->flavorText, texts.last().text);
}

void tst_SheetParser::malformed_data()
{
    QTest::addColumn<Document>("kind");
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("errorMentions");

    const auto move = Document::Move;
    QTest::addRow("move: power a string") << move << MinimalMove << QByteArray(R"("power":90)")
                                          << QByteArray(R"("power":"90")") << "power";
    QTest::addRow("move: negative pp")
        << move << MinimalMove << QByteArray(R"("pp":15)") << QByteArray(R"("pp":-1)") << "pp";
    QTest::addRow("move: no type")
        << move << MinimalMove << QByteArray(R"("type":)") << QByteArray(R"("kind":)") << "type";
    QTest::addRow("move: machine without url")
        << move << MinimalMove << QByteArray(R"({"url":"/api/v2/machine/1941/"})")
        << QByteArray("{}") << "machines[0].machine.url";
    QTest::addRow("move: truncated")
        << move << MinimalMove << QByteArray(R"(}]})") << QByteArray() << "not valid JSON";

    const auto sheet = Document::Sheet;
    QTest::addRow("sheet: level a string")
        << sheet << MinimalSheet << QByteArray(R"("level_learned_at":36)")
        << QByteArray(R"("level_learned_at":"36")")
        << "moves[0].version_group_details[0].level_learned_at";
    QTest::addRow("sheet: version group url without id")
        << sheet << MinimalSheet << QByteArray("/api/v2/version-group/25/")
        << QByteArray("/api/v2/version-group/") << "version_group.url";
    QTest::addRow("sheet: no method")
        << sheet << MinimalSheet << QByteArray(R"("move_learn_method")")
        << QByteArray(R"("learn_method")") << "move_learn_method";
    QTest::addRow("sheet: effort missing") << sheet << MinimalSheet << QByteArray(R"("effort":2,)")
                                           << QByteArray() << "stats[0].effort";
    QTest::addRow("sheet: moves not an array")
        << sheet << MinimalSheet << QByteArray(R"("moves":[)")
        << QByteArray(R"("moves":"none","was":[)") << "moves";
    QTest::addRow("sheet: held item rarity a string")
        << sheet << MinimalSheet << QByteArray(R"("rarity":5)") << QByteArray(R"("rarity":"5")")
        << "held_items[0].version_details[0].rarity";
    QTest::addRow("sheet: held item rarity negative")
        << sheet << MinimalSheet << QByteArray(R"("rarity":5)") << QByteArray(R"("rarity":-5)")
        << "held_items[0].version_details[0].rarity";
    QTest::addRow("sheet: held item without version")
        << sheet << MinimalSheet << QByteArray(R"("version":{"name":"yellow","url":"/x/"})")
        << QByteArray(R"("game":"yellow")") << "held_items[0].version_details[0].version";
    QTest::addRow("sheet: held item details not an array")
        << sheet << MinimalSheet << QByteArray(R"("version_details":[)")
        << QByteArray(R"("version_details":{},"x":[)") << "held_items[0].version_details";
    QTest::addRow("sheet: held item without item")
        << sheet << MinimalSheet << QByteArray(R"({"item":{"name":"light-ball","url":"/x/"},)")
        << QByteArray("{") << "held_items[0].item";
    QTest::addRow("sheet: base experience negative")
        << sheet << MinimalSheet << QByteArray(R"("base_experience":112)")
        << QByteArray(R"("base_experience":-3)") << "base_experience";

    const auto encounters = Document::Encounters;
    QTest::addRow("encounters: an object") << encounters << MinimalEncounters << MinimalEncounters
                                           << QByteArray(R"({"areas":[]})") << "not a JSON array";
    QTest::addRow("encounters: chance missing")
        << encounters << MinimalEncounters << QByteArray(R"("chance":5,)") << QByteArray()
        << "[0].version_details[0].encounter_details[0].chance";
    QTest::addRow("encounters: no version")
        << encounters << MinimalEncounters << QByteArray(R"("version":)")
        << QByteArray(R"("game":)") << "version";
    QTest::addRow("encounters: cut short")
        << encounters << MinimalEncounters << QByteArray("}]}]}]") << QByteArray("}]")
        << "not valid JSON";

    const auto realMove = readTestData(QStringLiteral("api/v2/move/85.json"));
    QTest::addRow("move: a name without language")
        << move << realMove
        << QByteArray(R"("language":{"name":"ja-hrkt","url":"/api/v2/language/1/"},"name")")
        << QByteArray(R"("name")") << "names[0].language";
    QTest::addRow("move: a game text a number")
        << move << MinimalMove << QByteArray(R"("machines":)")
        << QByteArray(
               R"("flavor_text_entries":[{"flavor_text":7,"language":{"name":"en"}}],"machines":)")
        << "flavor_text_entries[0].flavor_text";

    const auto realSpecies = readTestData(QStringLiteral("api/v2/pokemon-species/25.json"));
    QTest::addRow("species: a Pokédex text's game a string")
        << Document::Species << realSpecies
        << QByteArray(R"("version":{"name":"red","url":"/api/v2/version/1/"})")
        << QByteArray(R"("version":"red")") << "flavor_text_entries[0].version";
    const auto realAbility = readTestData(QStringLiteral("api/v2/ability/9.json"));
    QTest::addRow("ability: a short effect without language")
        << Document::Ability << realAbility
        << QByteArray(R"("language":{"name":"fr","url":"/api/v2/language/5/"},"short_effect")")
        << QByteArray(R"("short_effect")") << "effect_entries[0].language";
    QTest::addRow("ability: game texts an object")
        << Document::Ability << realAbility << QByteArray(R"("flavor_text_entries":[)")
        << QByteArray(R"("flavor_text_entries":{},"x":[)") << "flavor_text_entries";

    const auto machine = Document::Machine;
    QTest::addRow("machine: item a number")
        << machine << MinimalMachine << QByteArray(R"({"name":"tm126","url":"/x/"})")
        << QByteArray("126") << "item";
    QTest::addRow("machine: empty")
        << machine << MinimalMachine << MinimalMachine << QByteArray() << "empty";
}

void tst_SheetParser::malformed()
{
    QFETCH(Document, kind);
    QFETCH(QByteArray, document);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, errorMentions);
    QVERIFY(parses(kind, document, nullptr)); // the unbroken document is fine
    QVERIFY2(document.contains(from), from.constData());
    document.replace(from, to);
    QString error;
    QVERIFY(!parses(kind, document, &error));
    QVERIFY2(error.contains(errorMentions), qPrintable(error));
}

void tst_SheetParser::truncatedRealDocuments_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Document>("kind");
    QTest::addRow("pikachu") << "api/v2/pokemon/25.json" << Document::Sheet;
    QTest::addRow("thunderbolt") << "api/v2/move/85.json" << Document::Move;
    QTest::addRow("tm126") << "api/v2/machine/1941.json" << Document::Machine;
    QTest::addRow("pikachu encounters")
        << "api/v2/pokemon/25/encounters.json" << Document::Encounters;
}

void tst_SheetParser::truncatedRealDocuments()
{
    QFETCH(QString, file);
    QFETCH(Document, kind);
    const QByteArray whole = readTestData(file);
    QVERIFY(parses(kind, whole, nullptr));
    // Cut anywhere, the document is refused with a reason, and nothing half-filled comes back.
    for (const double fraction : { 0.0, 0.01, 0.3, 0.5, 0.9, 0.999 }) {
        QString error;
        QVERIFY2(!parses(kind, whole.left(qsizetype(whole.size() * fraction)), &error),
                 qPrintable(QString::number(fraction)));
        QVERIFY(!error.isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_SheetParser)
#include "tst_sheetparser.moc"
