// The parsers behind the detail view and group searches, the type-matchup maths and the
// group-query syntax: real PokeAPI documents from tests/data, and one-field-broken variants.

#include "api/detailsparser.h"
#include "api/typechart.h"
#include "search/groupquery.h"
#include "testdata.h"

#include <QFile>
#include <QHash>
#include <QTest>

namespace {

// All 18 types' relations by name, parsed once from the real /type/{id} documents.
const QHash<QString, TypeRelations> &realTypes()
{
    static const QHash<QString, TypeRelations> types = [] {
        QHash<QString, TypeRelations> byName;
        for (int id = 1; id <= 18; ++id) {
            QString error;
            const auto relations = DetailsParser::parseTypeRelations(
                readTestData(QStringLiteral("api/v2/type/%1.json").arg(id)), &error);
            if (!relations)
                qFatal("type %d: %s", id, qPrintable(error));
            byName.insert(relations->type, *relations);
        }
        return byName;
    }();
    return types;
}

QStringList list(const char *spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(u' ', Qt::SkipEmptyParts);
}

const EvolutionNode *findStage(const EvolutionNode &node, const QString &species)
{
    if (node.species == species)
        return &node;
    for (const EvolutionNode &child : node.evolvesTo) {
        if (const EvolutionNode *found = findStage(child, species))
            return found;
    }
    return nullptr;
}

// Every required field once; each malformed row breaks exactly one piece of it.
const QByteArray MinimalSpecies = QByteArrayLiteral(
    R"({"id":6,"name":"charizard",)"
    R"("names":[{"name":"Glurak","language":{"name":"de"}},{"name":"Charizard","language":{"name":"en"}}],)"
    R"("genera":[{"genus":"Flame Pokémon","language":{"name":"en"}}],)"
    R"("flavor_text_entries":[{"flavor_text":"Spits fire.","language":{"name":"en"}}],)"
    R"("generation":{"name":"generation-i","url":"/api/v2/generation/1/"},)"
    R"("evolution_chain":{"url":"/api/v2/evolution-chain/2/"},)"
    R"("varieties":[{"is_default":true,"pokemon":{"name":"charizard","url":"/api/v2/pokemon/6/"}}],)"
    R"("is_legendary":false,"is_mythical":false})");

const QByteArray MinimalType
    = QByteArrayLiteral(R"({"name":"fire","damage_relations":{)"
                        R"("double_damage_from":[{"name":"water","url":"/api/v2/type/11/"}],)"
                        R"("half_damage_from":[{"name":"grass","url":"/api/v2/type/12/"}],)"
                        R"("no_damage_from":[]}})");

const QByteArray MinimalChain = QByteArrayLiteral(
    R"({"id":2,"chain":{"species":{"name":"charmander","url":"/api/v2/pokemon-species/4/"},)"
    R"("evolution_details":[],"evolves_to":[{)"
    R"("species":{"name":"charmeleon","url":"/api/v2/pokemon-species/5/"},)"
    R"("evolution_details":[{"min_level":16,"trigger":{"name":"level-up","url":"/x/"}}],)"
    R"("evolves_to":[]}]}})");

QByteArray speciesWithFlavorTexts(const QByteArray &entries)
{
    QByteArray json = MinimalSpecies;
    json.replace(
        R"("flavor_text_entries":[{"flavor_text":"Spits fire.","language":{"name":"en"}}])",
        QByteArray(R"("flavor_text_entries":[)" + entries + ']'));
    return json;
}

QByteArray flavorEntry(const QString &text, const char *language)
{
    // Written through QJsonValue rules by hand: the texts below need only \n, \f and \u escapes.
    QByteArray escaped;
    for (QChar c : text) {
        if (c == u'\n')
            escaped += "\\n";
        else if (c == u'\f')
            escaped += "\\f";
        else if (c.unicode() > 0x7f)
            escaped += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
        else
            escaped += char(c.unicode());
    }
    return R"({"flavor_text":")" + escaped + R"(","language":{"name":")" + language + R"("}})";
}

// A chain whose second stage is reached by `details` (one evolution_details entry).
QByteArray chainWithDetails(const QByteArray &details)
{
    return R"({"id":1,"chain":{"species":{"name":"a","url":"/api/v2/pokemon-species/1/"},)"
           R"("evolution_details":[],"evolves_to":[{"species":{"name":"b","url":"/api/v2/pokemon-species/2/"},)"
           R"("evolution_details":[)"
        + details + R"(],"evolves_to":[]}]}})";
}

// A straight chain of `stages` stages: s1 -> s2 -> ...
QByteArray chainOfDepth(int stages)
{
    QByteArray json;
    for (int i = 1; i <= stages; ++i) {
        json += R"({"species":{"name":"s)" + QByteArray::number(i)
            + R"(","url":"/api/v2/pokemon-species/1/"},"evolution_details":[],"evolves_to":[)";
    }
    for (int i = 1; i <= stages; ++i)
        json += "]}";
    return R"({"id":1,"chain":)" + json + '}';
}

} // namespace

class tst_DetailsParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realSpecies_data();
    void realSpecies();
    void flavorTextIsFolded_data();
    void flavorTextIsFolded();
    void newestEnglishFlavorTextWins();
    void speciesWithoutEvolutionChain();
    void malformedSpecies_data();
    void malformedSpecies();

    void realTypeRelations_data();
    void realTypeRelations();
    void malformedTypeRelations_data();
    void malformedTypeRelations();

    void matchups_data();
    void matchups();
    void multiplierFor_data();
    void multiplierFor();

    void linearChain();
    void branchedChain_data();
    void branchedChain();
    void splitChain();
    void triggerDescriptions_data();
    void triggerDescriptions();
    void depthIsLimited_data();
    void depthIsLimited();
    void malformedChain_data();
    void malformedChain();

    void generationMembers();
    void generationMembersSortedById();
    void typeMembers();
    void typeMembersKeepDefaultFormsInIdOrder();
    void malformedMembers_data();
    void malformedMembers();
    void listingKeepsEveryIdInOrderGiven();
    void typeRosterKeepsFormsAndSlots();
    void generationRosterHasEverySpecies();
    void typeRosterNeedsASlot();

    void groupQuery_data();
    void groupQuery();
    void resourcePath_data();
    void resourcePath();
};

// --- species -------------------------------------------------------------------------------

void tst_DetailsParser::realSpecies_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("englishName");
    QTest::addColumn<QString>("genus");
    QTest::addColumn<QString>("flavorText");
    QTest::addColumn<QString>("generation");
    QTest::addColumn<QString>("chainPath");
    QTest::addColumn<QStringList>("varieties");
    QTest::addColumn<bool>("legendary");
    QTest::addColumn<bool>("mythical");

    QTest::addRow("charizard")
        << QStringLiteral("6") << 6 << QStringLiteral("charizard") << QStringLiteral("Charizard")
        << QStringLiteral("Flame Pokémon")
        << QStringLiteral("Its wings can carry this Pokémon close to an altitude of 4,600 "
                          "feet. It blows out fire at very high temperatures.")
        << QStringLiteral("generation-i") << QStringLiteral("/api/v2/evolution-chain/2/")
        << list("charizard charizard-mega-x charizard-mega-y charizard-gmax") << false << false;
    QTest::addRow("mr-mime")
        << QStringLiteral("122") << 122 << QStringLiteral("mr-mime") << QStringLiteral("Mr. Mime")
        << QStringLiteral("Barrier Pokémon")
        << QStringLiteral("The behavior of this clown-like Pokémon reminds one of pantomime. "
                          "It creates invisible walls using a force emitted from its fingertips.")
        << QStringLiteral("generation-i") << QStringLiteral("/api/v2/evolution-chain/57/")
        << list("mr-mime mr-mime-galar") << false << false;
    QTest::addRow("mewtwo (legendary)")
        << QStringLiteral("150") << 150 << QStringLiteral("mewtwo") << QStringLiteral("Mewtwo")
        << QStringLiteral("Genetic Pokémon")
        << QStringLiteral("Its DNA is almost the same as Mew’s. However, its size and "
                          "disposition are vastly different.")
        << QStringLiteral("generation-i") << QStringLiteral("/api/v2/evolution-chain/77/")
        << list("mewtwo mewtwo-mega-x mewtwo-mega-y") << true << false;
    QTest::addRow("deoxys (mythical)")
        << QStringLiteral("386") << 386 << QStringLiteral("deoxys") << QStringLiteral("Deoxys")
        << QStringLiteral("DNA Pokémon")
        << QStringLiteral("Deoxys emerged from a virus that came from space. It is highly "
                          "intelligent and wields psychokinetic powers. This Pokémon shoots "
                          "lasers from the crystalline organ on its chest.")
        << QStringLiteral("generation-iii") << QStringLiteral("/api/v2/evolution-chain/202/")
        << list("deoxys-normal deoxys-attack deoxys-defense deoxys-speed") << false << true;
    QTest::addRow("wurmple") << QStringLiteral("265") << 265 << QStringLiteral("wurmple")
                             << QStringLiteral("Wurmple") << QStringLiteral("Worm Pokémon")
                             << QStringLiteral(
                                    "Likes sap and is abundant in the wild. Why it evolves into "
                                    "various different forms is unknown. One cannot tell from a "
                                    "Wurmple's appearance which form it will take when it "
                                    "evolves.")
                             << QStringLiteral("generation-iii")
                             << QStringLiteral("/api/v2/evolution-chain/135/") << list("wurmple")
                             << false << false;
}

void tst_DetailsParser::realSpecies()
{
    QFETCH(QString, file);
    QFETCH(int, id);
    QFETCH(QString, name);
    QFETCH(QString, englishName);
    QFETCH(QString, genus);
    QFETCH(QString, flavorText);
    QFETCH(QString, generation);
    QFETCH(QString, chainPath);
    QFETCH(QStringList, varieties);
    QFETCH(bool, legendary);
    QFETCH(bool, mythical);

    QString error;
    const auto species = DetailsParser::parseSpecies(
        readTestData(QStringLiteral("api/v2/pokemon-species/%1.json").arg(file)), &error);
    QVERIFY2(species, qPrintable(error));
    QCOMPARE(species->id, id);
    QCOMPARE(species->name, name);
    QCOMPARE(species->englishName, englishName);
    QCOMPARE(species->genus, genus);
    QCOMPARE(species->flavorText, flavorText); // the newest English entry, folded
    QCOMPARE(species->generation, generation);
    QCOMPARE(species->evolutionChainUrl.path(), chainPath);
    QStringList names;
    for (const SpeciesVariety &variety : species->varieties)
        names.append(variety.name);
    QCOMPARE(names, varieties);
    QVERIFY(species->varieties.first().isDefault);
    QVERIFY(!species->varieties.last().isDefault || varieties.size() == 1);
    QCOMPARE(species->isLegendary, legendary);
    QCOMPARE(species->isMythical, mythical);
}

void tst_DetailsParser::flavorTextIsFolded_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("folded");

    QTest::addRow("line breaks") << QStringLiteral("It spits\nfire.")
                                 << QStringLiteral("It spits fire.");
    QTest::addRow("form feed") << QStringLiteral("Spits\ffire.") << QStringLiteral("Spits fire.");
    QTest::addRow("runs of space")
        << QStringLiteral("  Spits \n\f fire.  ") << QStringLiteral("Spits fire.");
    // Real game text (caterpie): a soft hyphen at a line break joins the word again.
    QTest::addRow("soft hyphen at a break") << QStringLiteral("releases a horri\u00ad\nble stench")
                                            << QStringLiteral("releases a horrible stench");
    QTest::addRow("soft hyphen before a form feed")
        << QStringLiteral("poison\u00ad\fous gas") << QStringLiteral("poisonous gas");
    QTest::addRow("lone soft hyphen")
        << QStringLiteral("POKé\u00adMON") << QStringLiteral("POKéMON");
    QTest::addRow("real hyphen kept")
        << QStringLiteral("clown-like") << QStringLiteral("clown-like");
}

void tst_DetailsParser::flavorTextIsFolded()
{
    QFETCH(QString, raw);
    QFETCH(QString, folded);
    QString error;
    const auto species
        = DetailsParser::parseSpecies(speciesWithFlavorTexts(flavorEntry(raw, "en")), &error);
    QVERIFY2(species, qPrintable(error));
    QCOMPARE(species->flavorText, folded);
}

void tst_DetailsParser::newestEnglishFlavorTextWins()
{
    const QByteArray entries = flavorEntry(QStringLiteral("Old text."), "en") + ','
        + flavorEntry(QStringLiteral("Texte."), "fr") + ','
        + flavorEntry(QStringLiteral("New text."), "en") + ','
        + flavorEntry(QStringLiteral("Neu."), "de");
    const auto species = DetailsParser::parseSpecies(speciesWithFlavorTexts(entries));
    QVERIFY(species);
    QCOMPARE(species->flavorText, QStringLiteral("New text."));

    // No English entry at all is not an error: the text is just empty.
    const auto french = DetailsParser::parseSpecies(
        speciesWithFlavorTexts(flavorEntry(QStringLiteral("Texte."), "fr")));
    QVERIFY(french);
    QVERIFY(french->flavorText.isEmpty());
}

void tst_DetailsParser::speciesWithoutEvolutionChain()
{
    QByteArray json = MinimalSpecies;
    json.replace(R"({"url":"/api/v2/evolution-chain/2/"})", "null");
    QString error;
    const auto species = DetailsParser::parseSpecies(json, &error);
    QVERIFY2(species, qPrintable(error));
    QVERIFY(species->evolutionChainUrl.isEmpty());
}

void tst_DetailsParser::malformedSpecies_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("errorMentions");

    QTest::addRow("id 0") << QByteArray(R"("id":6)") << QByteArray(R"("id":0)")
                          << QStringLiteral("id must be at least 1");
    QTest::addRow("name missing") << QByteArray(R"("name":"charizard",)") << QByteArray()
                                  << QStringLiteral("name is missing");
    QTest::addRow("names not array")
        << QByteArray(R"("names":[)") << QByteArray(R"("names":7,"x":[)")
        << QStringLiteral("names is not an array");
    QTest::addRow("names entry without language")
        << QByteArray(R"("language":{"name":"de"})") << QByteArray(R"("lang":"de")")
        << QStringLiteral("names[0].language is missing");
    QTest::addRow("genus not string")
        << QByteArray(R"("genus":"Flame Pokémon")") << QByteArray(R"("genus":7)")
        << QStringLiteral("genera[0].genus is not a string");
    QTest::addRow("flavor text null")
        << QByteArray(R"("flavor_text":"Spits fire.")") << QByteArray(R"("flavor_text":null)")
        << QStringLiteral("flavor_text_entries[0].flavor_text is null");
    QTest::addRow("generation missing")
        << QByteArray(R"("generation":{"name":"generation-i","url":"/api/v2/generation/1/"},)")
        << QByteArray() << QStringLiteral("generation is missing");
    QTest::addRow("evolution chain without url")
        << QByteArray(R"({"url":"/api/v2/evolution-chain/2/"})") << QByteArray("{}")
        << QStringLiteral("evolution_chain.url is missing");
    QTest::addRow("variety is_default not bool")
        << QByteArray(R"("is_default":true)") << QByteArray(R"("is_default":"yes")")
        << QStringLiteral("varieties[0].is_default is not true or false");
    QTest::addRow("variety pokemon name empty")
        << QByteArray(R"("pokemon":{"name":"charizard")") << QByteArray(R"("pokemon":{"name":"")")
        << QStringLiteral("varieties[0].pokemon.name is empty");
    QTest::addRow("is_legendary missing") << QByteArray(R"("is_legendary":false,)") << QByteArray()
                                          << QStringLiteral("is_legendary is missing");
    QTest::addRow("not an object")
        << MinimalSpecies << QByteArray("[1,2]") << QStringLiteral("not a JSON object");
    QTest::addRow("cut short") << QByteArray(R"("is_mythical":false})") << QByteArray(R"("is_myth)")
                               << QStringLiteral("not valid JSON");
}

void tst_DetailsParser::malformedSpecies()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, errorMentions);
    QByteArray json = MinimalSpecies;
    QVERIFY2(json.contains(from), from.constData());
    QVERIFY(DetailsParser::parseSpecies(json)); // the unbroken document is fine
    json.replace(from, to);
    QString error;
    QVERIFY(!DetailsParser::parseSpecies(json, &error));
    QVERIFY2(error.contains(errorMentions), qPrintable(error));
}

// --- type relations ------------------------------------------------------------------------

void tst_DetailsParser::realTypeRelations_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("doubleFrom");
    QTest::addColumn<QStringList>("halfFrom");
    QTest::addColumn<QStringList>("noneFrom");

    QTest::addRow("normal") << 1 << QStringLiteral("normal") << list("fighting") << QStringList()
                            << list("ghost");
    QTest::addRow("fire") << 10 << QStringLiteral("fire") << list("ground rock water")
                          << list("bug steel fire grass ice fairy") << QStringList();
    QTest::addRow("ghost") << 8 << QStringLiteral("ghost") << list("ghost dark")
                           << list("poison bug") << list("normal fighting");
    QTest::addRow("dragon") << 16 << QStringLiteral("dragon") << list("ice dragon fairy")
                            << list("fire water grass electric") << QStringList();
}

void tst_DetailsParser::realTypeRelations()
{
    QFETCH(int, id);
    QFETCH(QString, name);
    QFETCH(QStringList, doubleFrom);
    QFETCH(QStringList, halfFrom);
    QFETCH(QStringList, noneFrom);
    QString error;
    const auto relations = DetailsParser::parseTypeRelations(
        readTestData(QStringLiteral("api/v2/type/%1.json").arg(id)), &error);
    QVERIFY2(relations, qPrintable(error));
    QCOMPARE(relations->type, name);
    QCOMPARE(relations->doubleDamageFrom, doubleFrom);
    QCOMPARE(relations->halfDamageFrom, halfFrom);
    QCOMPARE(relations->noDamageFrom, noneFrom);
    QCOMPARE(realTypes().size(), 18);
}

void tst_DetailsParser::malformedTypeRelations_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("errorMentions");

    QTest::addRow("name missing") << QByteArray(R"("name":"fire",)") << QByteArray()
                                  << QStringLiteral("name is missing");
    QTest::addRow("damage_relations not object")
        << QByteArray(R"("damage_relations":{)") << QByteArray(R"("damage_relations":7,"x":{)")
        << QStringLiteral("damage_relations is not an object");
    QTest::addRow("double_damage_from missing")
        << QByteArray(R"("double_damage_from")") << QByteArray(R"("double_damage_to")")
        << QStringLiteral("damage_relations.double_damage_from is missing");
    QTest::addRow("half_damage_from entry not object")
        << QByteArray(R"([{"name":"grass","url":"/api/v2/type/12/"}])")
        << QByteArray(R"(["grass"])")
        << QStringLiteral("damage_relations.half_damage_from[0] is not an object");
    QTest::addRow("no_damage_from null")
        << QByteArray(R"("no_damage_from":[])") << QByteArray(R"("no_damage_from":null)")
        << QStringLiteral("damage_relations.no_damage_from is null");
    QTest::addRow("entry name empty")
        << QByteArray(R"({"name":"water")") << QByteArray(R"({"name":"")")
        << QStringLiteral("damage_relations.double_damage_from[0].name is empty");
}

void tst_DetailsParser::malformedTypeRelations()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, errorMentions);
    QByteArray json = MinimalType;
    QVERIFY2(json.contains(from), from.constData());
    QVERIFY(DetailsParser::parseTypeRelations(json));
    json.replace(from, to);
    QString error;
    QVERIFY(!DetailsParser::parseTypeRelations(json, &error));
    QVERIFY2(error.contains(errorMentions), qPrintable(error));
}

// --- matchups ------------------------------------------------------------------------------

void tst_DetailsParser::matchups_data()
{
    QTest::addColumn<QStringList>("defender");
    QTest::addColumn<QStringList>("quadruple");
    QTest::addColumn<QStringList>("twice");
    QTest::addColumn<QStringList>("half");
    QTest::addColumn<QStringList>("quarter");
    QTest::addColumn<QStringList>("immune");

    // Lists come in PokeAPI's type order (normal, fighting, flying, ... dark, fairy).
    QTest::addRow("charizard: fire/flying")
        << list("fire flying") << list("rock") << list("water electric")
        << list("fighting steel fire fairy") << list("bug grass") << list("ground");
    QTest::addRow("gengar: ghost/poison")
        << list("ghost poison") << QStringList() << list("ground ghost psychic dark")
        << list("grass fairy") << list("poison bug") << list("normal fighting");
    QTest::addRow("fire alone") << list("fire") << QStringList() << list("ground rock water")
                                << list("bug steel fire grass ice fairy") << QStringList()
                                << QStringList();
    QTest::addRow("normal alone") << list("normal") << QStringList() << list("fighting")
                                  << QStringList() << QStringList() << list("ghost");
    QTest::addRow("electric alone")
        << list("electric") << QStringList() << list("ground") << list("flying steel electric")
        << QStringList() << QStringList();
    QTest::addRow("dragon alone") << list("dragon") << QStringList() << list("ice dragon fairy")
                                  << list("fire water grass electric") << QStringList()
                                  << QStringList();
    // Two immunities to different attackers.
    QTest::addRow("steel/fairy") << list("steel fairy") << QStringList() << list("ground fire")
                                 << list("normal flying rock grass psychic ice dark fairy")
                                 << list("bug") << list("poison dragon");
    // 2 x 0 = 0: ground's immunity to electric beats water's weakness to it.
    QTest::addRow("swampert: water/ground")
        << list("water ground") << list("grass") << QStringList() << list("poison rock steel fire")
        << QStringList() << list("electric");
    QTest::addRow("bug/grass: two x4")
        << list("bug grass") << list("flying fire") << list("poison rock bug ice")
        << list("fighting water electric") << list("ground grass") << QStringList();
    // 2 x 1/2 = 1: fighting hurts normal twice and ghost not at all; ghost hits normal for 0.
    QTest::addRow("ghost/normal: three immunities")
        << list("ghost normal") << QStringList() << list("dark") << list("poison bug")
        << QStringList() << list("normal fighting ghost");
    QTest::addRow("the same type twice counts once")
        << list("fire fire") << QStringList() << list("ground rock water")
        << list("bug steel fire grass ice fairy") << QStringList() << QStringList();
    QTest::addRow("no types") << QStringList() << QStringList() << QStringList() << QStringList()
                              << QStringList() << QStringList();
}

void tst_DetailsParser::matchups()
{
    QFETCH(QStringList, defender);
    QFETCH(QStringList, quadruple);
    QFETCH(QStringList, twice);
    QFETCH(QStringList, half);
    QFETCH(QStringList, quarter);
    QFETCH(QStringList, immune);

    QList<TypeRelations> relations;
    for (const QString &type : defender) {
        QVERIFY2(realTypes().contains(type), qPrintable(type));
        relations.append(realTypes().value(type));
    }
    const TypeMatchups m = TypeChart::matchups(relations);
    QCOMPARE(m.quadruple, quadruple);
    QCOMPARE(m.twice, twice);
    QCOMPARE(m.half, half);
    QCOMPARE(m.quarter, quarter);
    QCOMPARE(m.immune, immune);
}

void tst_DetailsParser::multiplierFor_data()
{
    QTest::addColumn<QString>("attacker");
    QTest::addColumn<double>("multiplier");

    // Charizard (fire/flying).
    QTest::addRow("rock x4") << QStringLiteral("rock") << 4.0;
    QTest::addRow("water x2") << QStringLiteral("water") << 2.0;
    QTest::addRow("fire x1/2") << QStringLiteral("fire") << 0.5;
    QTest::addRow("grass x1/4") << QStringLiteral("grass") << 0.25;
    QTest::addRow("ground x0") << QStringLiteral("ground") << 0.0;
    QTest::addRow("normal x1") << QStringLiteral("normal") << 1.0;
    QTest::addRow("dragon x1") << QStringLiteral("dragon") << 1.0;
    QTest::addRow("unknown type x1") << QStringLiteral("stellar") << 1.0;
}

void tst_DetailsParser::multiplierFor()
{
    QFETCH(QString, attacker);
    QFETCH(double, multiplier);
    const TypeMatchups m = TypeChart::matchups(
        { realTypes().value(QStringLiteral("fire")), realTypes().value(QStringLiteral("flying")) });
    QCOMPARE(m.multiplierFor(attacker), multiplier);
}

// --- evolution chains ----------------------------------------------------------------------

void tst_DetailsParser::linearChain()
{
    QString error;
    const auto chain = DetailsParser::parseEvolutionChain(
        readTestData(QStringLiteral("api/v2/evolution-chain/2.json")), &error);
    QVERIFY2(chain, qPrintable(error));
    QCOMPARE(chain->species, QStringLiteral("charmander"));
    QCOMPARE(chain->speciesUrl.path(), QStringLiteral("/api/v2/pokemon-species/4/"));
    QVERIFY(chain->trigger.isEmpty());
    QCOMPARE(chain->evolvesTo.size(), 1);
    const EvolutionNode &charmeleon = chain->evolvesTo.first();
    QCOMPARE(charmeleon.species, QStringLiteral("charmeleon"));
    QCOMPARE(charmeleon.trigger, QStringLiteral("Level 16"));
    QCOMPARE(charmeleon.evolvesTo.size(), 1);
    const EvolutionNode &charizard = charmeleon.evolvesTo.first();
    QCOMPARE(charizard.species, QStringLiteral("charizard"));
    QCOMPARE(charizard.trigger, QStringLiteral("Level 36"));
    QVERIFY(charizard.evolvesTo.isEmpty());
}

void tst_DetailsParser::branchedChain_data()
{
    QTest::addColumn<int>("branch");
    QTest::addColumn<QString>("species");
    QTest::addColumn<QString>("trigger");

    QTest::addRow("vaporeon") << 0 << QStringLiteral("vaporeon")
                              << QStringLiteral("Use Water Stone");
    QTest::addRow("jolteon") << 1 << QStringLiteral("jolteon")
                             << QStringLiteral("Use Thunder Stone");
    QTest::addRow("flareon") << 2 << QStringLiteral("flareon") << QStringLiteral("Use Fire Stone");
    QTest::addRow("espeon") << 3 << QStringLiteral("espeon")
                            << QStringLiteral("High friendship during the day");
    QTest::addRow("umbreon") << 4 << QStringLiteral("umbreon")
                             << QStringLiteral("High friendship at night");
    QTest::addRow("leafeon") << 5 << QStringLiteral("leafeon")
                             << QStringLiteral("Level up at Eterna Forest");
    QTest::addRow("glaceon") << 6 << QStringLiteral("glaceon")
                             << QStringLiteral("Level up at Sinnoh Route 217");
    QTest::addRow("sylveon") << 7 << QStringLiteral("sylveon")
                             << QStringLiteral("Level up knowing Fairy move");
}

void tst_DetailsParser::branchedChain()
{
    QFETCH(int, branch);
    QFETCH(QString, species);
    QFETCH(QString, trigger);
    QString error;
    const auto chain = DetailsParser::parseEvolutionChain(
        readTestData(QStringLiteral("api/v2/evolution-chain/67.json")), &error);
    QVERIFY2(chain, qPrintable(error));
    QCOMPARE(chain->species, QStringLiteral("eevee"));
    QCOMPARE(chain->evolvesTo.size(), 8);
    const EvolutionNode &node = chain->evolvesTo.at(branch);
    QCOMPARE(node.species, species);
    QCOMPARE(node.trigger, trigger);
    QVERIFY(node.evolvesTo.isEmpty());
}

void tst_DetailsParser::splitChain()
{
    QString error;
    const auto chain = DetailsParser::parseEvolutionChain(
        readTestData(QStringLiteral("api/v2/evolution-chain/135.json")), &error);
    QVERIFY2(chain, qPrintable(error));
    QCOMPARE(chain->species, QStringLiteral("wurmple"));
    QCOMPARE(chain->evolvesTo.size(), 2);
    const QList<std::pair<const char *, const char *>> branches
        = { { "silcoon", "beautifly" }, { "cascoon", "dustox" } };
    for (qsizetype i = 0; i < branches.size(); ++i) {
        const EvolutionNode &cocoon = chain->evolvesTo.at(i);
        QCOMPARE(cocoon.species, QString::fromLatin1(branches.at(i).first));
        QCOMPARE(cocoon.trigger, QStringLiteral("Level 7"));
        QCOMPARE(cocoon.evolvesTo.size(), 1);
        QCOMPARE(cocoon.evolvesTo.first().species, QString::fromLatin1(branches.at(i).second));
        QCOMPARE(cocoon.evolvesTo.first().trigger, QStringLiteral("Level 10"));
    }
    QVERIFY(findStage(*chain, QStringLiteral("dustox")));
}

void tst_DetailsParser::triggerDescriptions_data()
{
    QTest::addColumn<QByteArray>("details");
    QTest::addColumn<QString>("trigger");

    const auto levelUp = [](const QByteArray &extra) -> QByteArray {
        return R"({"trigger":{"name":"level-up","url":"/x/"})" + extra + '}';
    };
    const auto named = [](const char *key, const char *name) -> QByteArray {
        return QByteArray(",\"") + key + R"(":{"name":")" + name + R"(","url":"/x/"})";
    };

    QTest::addRow("level") << levelUp(R"(,"min_level":16)") << QStringLiteral("Level 16");
    QTest::addRow("level, nulls elsewhere") << levelUp(
        R"(,"min_level":30,"item":null,"held_item":null,"gender":null,"time_of_day":"","needs_overworld_rain":false,"relative_physical_stats":null)")
                                            << QStringLiteral("Level 30");
    QTest::addRow("stone") << QByteArray(R"({"trigger":{"name":"use-item","url":"/x/"})")
            + named("item", "fire-stone")
            + '}' << QStringLiteral("Use Fire Stone");
    QTest::addRow("trade") << QByteArray(R"({"trigger":{"name":"trade","url":"/x/"}})")
                           << QStringLiteral("Trade");
    QTest::addRow("trade holding") << QByteArray(R"({"trigger":{"name":"trade","url":"/x/"})")
            + named("held_item", "metal-coat")
            + '}' << QStringLiteral("Trade holding Metal Coat");
    QTest::addRow("trade for") << QByteArray(R"({"trigger":{"name":"trade","url":"/x/"})")
            + named("trade_species", "shelmet")
            + '}' << QStringLiteral("Trade for Shelmet");
    QTest::addRow("friendship") << levelUp(R"(,"min_happiness":220)")
                                << QStringLiteral("High friendship");
    QTest::addRow("friendship by day") << levelUp(R"(,"min_happiness":160,"time_of_day":"day")")
                                       << QStringLiteral("High friendship during the day");
    QTest::addRow("level at night") << levelUp(R"(,"min_level":33,"time_of_day":"night")")
                                    << QStringLiteral("Level 33 at night");
    QTest::addRow("move type") << levelUp(named("known_move_type", "fairy"))
                               << QStringLiteral("Level up knowing Fairy move");
    QTest::addRow("move") << levelUp(named("known_move", "ancient-power"))
                          << QStringLiteral("Level up knowing Ancient Power");
    QTest::addRow("location") << levelUp(named("location", "mt-coronet"))
                              << QStringLiteral("Level up at Mt. Coronet");
    QTest::addRow("held item at night")
        << levelUp((named("held_item", "razor-claw") + R"(,"time_of_day":"night")"))
        << QStringLiteral("Level up holding Razor Claw at night");
    QTest::addRow("gender") << levelUp(R"(,"min_level":20,"gender":1)")
                            << QStringLiteral("Level 20 (female)");
    QTest::addRow("stone, male") << QByteArray(
                                        R"({"trigger":{"name":"use-item","url":"/x/"},"gender":2)")
            + named("item", "dawn-stone")
            + '}' << QStringLiteral("Use Dawn Stone (male)");
    QTest::addRow("attack above defense")
        << levelUp(R"(,"min_level":20,"relative_physical_stats":1)")
        << QStringLiteral("Level 20 with Attack > Defense");
    QTest::addRow("attack equals defense")
        << levelUp(R"(,"min_level":20,"relative_physical_stats":0)")
        << QStringLiteral("Level 20 with Attack = Defense");
    QTest::addRow("rain") << levelUp(R"(,"min_level":50,"needs_overworld_rain":true)")
                          << QStringLiteral("Level 50 in the rain");
    QTest::addRow("upside down") << levelUp(R"(,"min_level":30,"turn_upside_down":true)")
                                 << QStringLiteral("Level 30 with the console upside down");
    QTest::addRow("party type") << levelUp((R"(,"min_level":25)" + named("party_type", "dark")))
                                << QStringLiteral("Level 25 with a Dark-type Pokémon in the party");
    QTest::addRow("plain level up") << levelUp("") << QStringLiteral("Level up");
    QTest::addRow("unknown trigger, title-cased")
        << QByteArray(R"({"trigger":{"name":"three-critical-hits","url":"/x/"}})")
        << QStringLiteral("Three Critical Hits");
    QTest::addRow("unknown trigger with a level")
        << QByteArray(R"({"trigger":{"name":"shed","url":"/x/"},"min_level":20})")
        << QStringLiteral("Shed from level 20");
}

void tst_DetailsParser::triggerDescriptions()
{
    QFETCH(QByteArray, details);
    QFETCH(QString, trigger);
    QString error;
    const auto chain = DetailsParser::parseEvolutionChain(chainWithDetails(details), &error);
    QVERIFY2(chain, qPrintable(error));
    QCOMPARE(chain->evolvesTo.size(), 1);
    QCOMPARE(chain->evolvesTo.first().trigger, trigger);
}

void tst_DetailsParser::depthIsLimited_data()
{
    QTest::addColumn<int>("stages");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("1") << 1 << true;
    QTest::addRow("16") << 16 << true;
    QTest::addRow("17") << 17 << false;
    QTest::addRow("200") << 200 << false;
}

void tst_DetailsParser::depthIsLimited()
{
    QFETCH(int, stages);
    QFETCH(bool, accepted);
    QString error;
    const auto chain = DetailsParser::parseEvolutionChain(chainOfDepth(stages), &error);
    QCOMPARE(bool(chain), accepted);
    if (accepted) {
        QVERIFY(findStage(*chain, QStringLiteral("s%1").arg(stages)));
    } else {
        QVERIFY2(error.contains(QStringLiteral("nested more than 16 levels deep")),
                 qPrintable(error));
    }
}

void tst_DetailsParser::malformedChain_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("errorMentions");

    QTest::addRow("chain missing") << QByteArray(R"("chain":)") << QByteArray(R"("chian":)")
                                   << QStringLiteral("chain is missing");
    QTest::addRow("root species missing") << QByteArray(R"("species":{"name":"charmander")")
                                          << QByteArray(R"("specie":{"name":"charmander")")
                                          << QStringLiteral("chain.species is missing");
    QTest::addRow("species url not a string")
        << QByteArray(R"("url":"/api/v2/pokemon-species/5/")") << QByteArray(R"("url":5)")
        << QStringLiteral("chain.evolves_to[0].species.url is not a string");
    QTest::addRow("evolves_to not array")
        << QByteArray(R"("evolves_to":[]}]}})") << QByteArray(R"("evolves_to":{}}]}})")
        << QStringLiteral("chain.evolves_to[0].evolves_to is not an array");
    QTest::addRow("details entry not object")
        << QByteArray(R"([{"min_level":16,)") << QByteArray(R"([16,{"min_level":16,)")
        << QStringLiteral("chain.evolves_to[0].evolution_details[0] is not an object");
    QTest::addRow("trigger missing")
        << QByteArray(R"("trigger":{"name":"level-up","url":"/x/"})") << QByteArray(R"("x":1)")
        << QStringLiteral("chain.evolves_to[0].evolution_details[0].trigger is missing");
    QTest::addRow("level not a number")
        << QByteArray(R"("min_level":16)") << QByteArray(R"("min_level":"16")")
        << QStringLiteral("evolution_details[0].min_level is not a number");
    QTest::addRow("level fractional")
        << QByteArray(R"("min_level":16)") << QByteArray(R"("min_level":16.5)")
        << QStringLiteral("min_level is not a whole number");
    QTest::addRow("item not an object")
        << QByteArray(R"("min_level":16)") << QByteArray(R"("item":"fire-stone")")
        << QStringLiteral("evolution_details[0].item is not an object");
}

void tst_DetailsParser::malformedChain()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, errorMentions);
    QByteArray json = MinimalChain;
    QVERIFY2(json.contains(from), from.constData());
    QVERIFY(DetailsParser::parseEvolutionChain(json));
    json.replace(from, to);
    QString error;
    QVERIFY(!DetailsParser::parseEvolutionChain(json, &error));
    QVERIFY2(error.contains(errorMentions), qPrintable(error));
}

// --- group members -------------------------------------------------------------------------

void tst_DetailsParser::generationMembers()
{
    QString error;
    const auto members = DetailsParser::parseGenerationMembers(
        readTestData(QStringLiteral("api/v2/generation/1.json")), &error);
    QVERIFY2(members, qPrintable(error));
    QCOMPARE(members->size(), 151);
    // The document lists them in another order; the Pokédex order comes from the URLs.
    QCOMPARE(members->mid(0, 4), list("bulbasaur ivysaur venusaur charmander"));
    QCOMPARE(members->at(24), QStringLiteral("pikachu"));
    QCOMPARE(members->at(121), QStringLiteral("mr-mime"));
    QCOMPARE(members->last(), QStringLiteral("mew"));
}

void tst_DetailsParser::generationMembersSortedById()
{
    const QByteArray json = R"({"pokemon_species":[)"
                            R"({"name":"c","url":"/api/v2/pokemon-species/300/"},)"
                            R"({"name":"a","url":"/api/v2/pokemon-species/7/"},)"
                            R"({"name":"b","url":"http://h/api/v2/pokemon-species/25"}]})";
    const auto members = DetailsParser::parseGenerationMembers(json);
    QVERIFY(members);
    QCOMPARE(*members, list("a b c"));
}

void tst_DetailsParser::typeMembers()
{
    QString error;
    const auto members = DetailsParser::parseTypeMembers(
        readTestData(QStringLiteral("api/v2/type/16.json")), &error);
    QVERIFY2(members, qPrintable(error));
    QCOMPARE(members->size(), 70);
    QCOMPARE(members->mid(0, 3), list("dratini dragonair dragonite"));
    QCOMPARE(members->last(), QStringLiteral("raging-bolt"));
    // Megas are forms (ids 10001+): charizard-mega-x is fire/dragon, but not a member here.
    QVERIFY(!members->contains(QStringLiteral("charizard-mega-x")));
}

void tst_DetailsParser::typeMembersKeepDefaultFormsInIdOrder()
{
    const QByteArray json
        = R"({"pokemon":[)"
          R"({"pokemon":{"name":"charizard-mega-x","url":"/api/v2/pokemon/10034/"},"slot":2},)"
          R"({"pokemon":{"name":"kingdra","url":"/api/v2/pokemon/230/"},"slot":2},)"
          R"({"pokemon":{"name":"dratini","url":"/api/v2/pokemon/147/"},"slot":1},)"
          R"({"pokemon":{"name":"last-default","url":"/api/v2/pokemon/9999/"},"slot":1},)"
          R"({"pokemon":{"name":"first-form","url":"/api/v2/pokemon/10000/"},"slot":1}]})";
    const auto members = DetailsParser::parseTypeMembers(json);
    QVERIFY(members);
    QCOMPARE(*members, list("dratini kingdra last-default"));
}

void tst_DetailsParser::malformedMembers_data()
{
    QTest::addColumn<bool>("generation");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorMentions");

    QTest::addRow("generation: list missing")
        << true << QByteArray(R"({"pokemon":[]})") << QStringLiteral("pokemon_species is missing");
    QTest::addRow("generation: url without id")
        << true
        << QByteArray(R"({"pokemon_species":[{"name":"a","url":"/api/v2/pokemon-species/"}]})")
        << QStringLiteral("pokemon_species[0].url does not end in an id");
    QTest::addRow("generation: url id 0")
        << true
        << QByteArray(R"({"pokemon_species":[{"name":"a","url":"/api/v2/pokemon-species/0/"}]})")
        << QStringLiteral("pokemon_species[0].url does not end in an id");
    QTest::addRow("generation: name missing")
        << true << QByteArray(R"({"pokemon_species":[{"url":"/api/v2/pokemon-species/1/"}]})")
        << QStringLiteral("pokemon_species[0].name is missing");
    QTest::addRow("type: list not array")
        << false << QByteArray(R"({"pokemon":{}})") << QStringLiteral("pokemon is not an array");
    QTest::addRow("type: entry without pokemon")
        << false << QByteArray(R"({"pokemon":[{"slot":1}]})")
        << QStringLiteral("pokemon[0].pokemon is missing");
    QTest::addRow("type: url not a string")
        << false << QByteArray(R"({"pokemon":[{"pokemon":{"name":"a","url":7},"slot":1}]})")
        << QStringLiteral("pokemon[0].pokemon.url is not a string");
    QTest::addRow("type: url id not a number")
        << false
        << QByteArray(
               R"({"pokemon":[{"pokemon":{"name":"a","url":"/api/v2/pokemon/x/"},"slot":1}]})")
        << QStringLiteral("pokemon[0].pokemon.url does not end in an id");
    QTest::addRow("empty body") << false << QByteArray() << QStringLiteral("empty");
}

void tst_DetailsParser::malformedMembers()
{
    QFETCH(bool, generation);
    QFETCH(QByteArray, json);
    QFETCH(QString, errorMentions);
    QString error;
    const auto members = generation ? DetailsParser::parseGenerationMembers(json, &error)
                                    : DetailsParser::parseTypeMembers(json, &error);
    QVERIFY(!members);
    QVERIFY2(error.contains(errorMentions), qPrintable(error));
}

void tst_DetailsParser::listingKeepsEveryIdInOrderGiven()
{
    QString error;
    const auto listing = DetailsParser::parseListing(
        readTestData(QStringLiteral("api/v2/pokemon-species/index.json")), &error);
    QVERIFY2(listing, qPrintable(error));
    QCOMPARE(listing->size(), 1025);
    QCOMPARE(listing->first(), (GroupMember { 1, QStringLiteral("bulbasaur"), 0 }));
    QCOMPARE(listing->at(121), (GroupMember { 122, QStringLiteral("mr-mime"), 0 }));
    QCOMPARE(listing->last(), (GroupMember { 1025, QStringLiteral("pecharunt"), 0 }));
}

void tst_DetailsParser::typeRosterKeepsFormsAndSlots()
{
    QString error;
    const auto roster = DetailsParser::parseTypeRoster(
        readTestData(QStringLiteral("api/v2/type/16.json")), &error);
    QVERIFY2(roster, qPrintable(error));
    QCOMPARE(roster->size(), 117); // 70 default forms and 47 others
    QVERIFY(roster->contains(GroupMember { 147, QStringLiteral("dratini"), 1 }));
    // Mega Charizard X is Fire first, Dragon second.
    QVERIFY(roster->contains(GroupMember { 10034, QStringLiteral("charizard-mega-x"), 2 }));
}

void tst_DetailsParser::generationRosterHasEverySpecies()
{
    const auto roster = DetailsParser::parseGenerationRoster(
        readTestData(QStringLiteral("api/v2/generation/9.json")));
    QVERIFY(roster);
    QCOMPARE(roster->size(), 120);
    QVERIFY(roster->contains(GroupMember { 1025, QStringLiteral("pecharunt"), 0 }));
}

void tst_DetailsParser::typeRosterNeedsASlot()
{
    QString error;
    QVERIFY(!DetailsParser::parseTypeRoster(
        R"({"pokemon":[{"pokemon":{"name":"a","url":"/api/v2/pokemon/1/"}}]})", &error));
    QVERIFY2(error.contains(QLatin1String("pokemon[0].slot is missing")), qPrintable(error));
    QVERIFY(!DetailsParser::parseTypeRoster(
        R"({"pokemon":[{"pokemon":{"name":"a","url":"/api/v2/pokemon/1/"},"slot":0}]})", &error));
    QVERIFY2(error.contains(QLatin1String("pokemon[0].slot")), qPrintable(error));
    QVERIFY(!DetailsParser::parseListing(R"({"results":[{"name":"a"}]})", &error));
    QVERIFY2(error.contains(QLatin1String("results[0].url")), qPrintable(error));
}

// --- group queries -------------------------------------------------------------------------

void tst_DetailsParser::groupQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("isGroup");
    QTest::addColumn<bool>("isType");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("errorMentions"); // empty: no error

    const QString none;
    for (int n = 1; n <= 9; ++n) {
        QTest::addRow("gen:%d", n)
            << QStringLiteral("gen:%1").arg(n) << true << false << QString::number(n) << none;
    }
    const QStringList roman = list("i ii iii iv v vi vii viii ix");
    for (int n = 1; n <= 9; ++n) {
        QTest::addRow("gen:%s", qPrintable(roman.at(n - 1)))
            << QStringLiteral("gen:") + roman.at(n - 1) << true << false << QString::number(n)
            << none;
    }
    QTest::addRow("generation:1") << QStringLiteral("generation:1") << true << false
                                  << QStringLiteral("1") << none;
    QTest::addRow("Gen: 3") << QStringLiteral("Gen: 3") << true << false << QStringLiteral("3")
                            << none;
    QTest::addRow("GEN : IV") << QStringLiteral(" GEN : IV ") << true << false
                              << QStringLiteral("4") << none;
    QTest::addRow("Generation:VIII")
        << QStringLiteral("Generation:VIII") << true << false << QStringLiteral("8") << none;
    QTest::addRow("type:fire") << QStringLiteral("type:fire") << true << true
                               << QStringLiteral("fire") << none;
    QTest::addRow("Type: Dragon") << QStringLiteral("Type: Dragon") << true << true
                                  << QStringLiteral("dragon") << none;
    for (const QString &type :
         list("normal fighting flying poison ground rock bug ghost steel fire water grass "
              "electric psychic ice dragon dark fairy")) {
        QTest::addRow("type:%s", qPrintable(type))
            << QStringLiteral("type:") + type << true << true << type << none;
    }

    // Ordinary names: not groups, and no error.
    QTest::addRow("pikachu") << QStringLiteral("pikachu") << false << false << none << none;
    QTest::addRow("gen1 without colon") << QStringLiteral("gen1") << false << false << none << none;
    QTest::addRow("Type: Null is a Pokémon")
        << QStringLiteral("Type: Null") << false << false << none << none;
    QTest::addRow("other prefix") << QStringLiteral("color:red") << false << false << none << none;

    // Groups that are not valid ones.
    QTest::addRow("gen:0") << QStringLiteral("gen:0") << false << false << none
                           << QStringLiteral("run from 1 to 9");
    QTest::addRow("gen:10") << QStringLiteral("gen:10") << false << false << none
                            << QStringLiteral("run from 1 to 9");
    QTest::addRow("gen:x") << QStringLiteral("gen:x") << false << false << none
                           << QStringLiteral("run from 1 to 9");
    QTest::addRow("gen:+1") << QStringLiteral("gen:+1") << false << false << none
                            << QStringLiteral("run from 1 to 9");
    QTest::addRow("gen:01") << QStringLiteral("gen:01") << true << false << QStringLiteral("1")
                            << none;
    QTest::addRow("gen:") << QStringLiteral("gen:") << false << false << none
                          << QStringLiteral("names no generation");
    QTest::addRow("generation:") << QStringLiteral("generation: ") << false << false << none
                                 << QStringLiteral("names no generation");
    QTest::addRow("type:") << QStringLiteral("type:") << false << false << none
                           << QStringLiteral("names no type");
    QTest::addRow("type:../x") << QStringLiteral("type:../x") << false << false << none
                               << QStringLiteral("is not a type");
    QTest::addRow("type:shadow") << QStringLiteral("type:shadow") << false << false << none
                                 << QStringLiteral("is not a type");
    QTest::addRow("type:fire:x") << QStringLiteral("type:fire:x") << false << false << none
                                 << QStringLiteral("is not a type");
    QTest::addRow("move:") << QStringLiteral("move:") << false << false << none
                           << QStringLiteral("names no move");
    QTest::addRow("move:../x") << QStringLiteral("move:../x") << false << false << none
                               << QStringLiteral("names no move");
    QTest::addRow("ability:a/b") << QStringLiteral("ability:a/b") << false << false << none
                                 << QStringLiteral("names no ability");
}

void tst_DetailsParser::groupQuery()
{
    QFETCH(QString, query);
    QFETCH(bool, isGroup);
    QFETCH(bool, isType);
    QFETCH(QString, key);
    QFETCH(QString, errorMentions);

    QString error = QStringLiteral("stale");
    const auto group = GroupQuery::parse(query, &error);
    QCOMPARE(group.has_value(), isGroup);
    if (isGroup) {
        QCOMPARE(group->kind, isType ? GroupQuery::Kind::Type : GroupQuery::Kind::Generation);
        QCOMPARE(group->key, key);
    }
    if (errorMentions.isEmpty())
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY2(error.contains(errorMentions), qPrintable(error));
    // The error pointer is optional.
    QCOMPARE(GroupQuery::parse(query).has_value(), isGroup);
}

void tst_DetailsParser::resourcePath_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("path");
    QTest::addRow("gen:1") << QStringLiteral("gen:1") << QStringLiteral("generation/1");
    QTest::addRow("gen:ix") << QStringLiteral("gen:ix") << QStringLiteral("generation/9");
    QTest::addRow("type:Fire") << QStringLiteral("type:Fire") << QStringLiteral("type/fire");
    QTest::addRow("move:Thunderbolt")
        << QStringLiteral("move:Thunderbolt") << QStringLiteral("move/thunderbolt");
    QTest::addRow("ability: lightning-rod")
        << QStringLiteral("ability: lightning-rod") << QStringLiteral("ability/lightning-rod");
}

void tst_DetailsParser::resourcePath()
{
    QFETCH(QString, query);
    QFETCH(QString, path);
    const auto group = GroupQuery::parse(query);
    QVERIFY(group);
    QCOMPARE(group->resourcePath(), path);
}

QTEST_APPLESS_MAIN(tst_DetailsParser)
#include "tst_detailsparser.moc"
