#include "api/pokeapiparser.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QTest>

using PokeApiParser::MaxDocumentSize;

namespace {

QByteArray pikachuJson()
{
    return readTestData(QStringLiteral("api/v2/pokemon/25.json"));
}

// `document` (an object) with a string member put first, so the result is exactly `size` bytes.
QByteArray paddedTo(const QByteArray &document, qsizetype size)
{
    const QByteArray head = QByteArrayLiteral("{\"padding\":\"");
    const QByteArray tail = QByteArrayLiteral("\",");
    const qsizetype fill = size - head.size() - tail.size() - (document.size() - 1);
    return head + QByteArray(fill, 'x') + tail + document.mid(1);
}

// Every required field once, every optional one absent or null; the malformed rows each
// break exactly one piece of it.
const QByteArray MinimalPokemon
    = QByteArrayLiteral(R"({"id":25,"name":"pikachu",)"
                        R"("types":[{"slot":1,"type":{"name":"electric"}}],)"
                        R"("height":4,"weight":60,)"
                        R"("stats":[{"base_stat":35,"stat":{"name":"hp"}}],)"
                        R"("abilities":[{"ability":{"name":"static"},"is_hidden":false}],)"
                        R"("sprites":{"front_default":null},)"
                        R"("species":{"name":"pikachu","url":"/api/v2/pokemon-species/25/"}})");

} // namespace

class tst_PokeApiParser : public QObject
{
    Q_OBJECT

private slots:
    void realPokemonParse_data();
    void realPokemonParse();
    void realPokemonSpotChecks_data();
    void realPokemonSpotChecks();
    void pikachuInDetail();

    void minimalPokemon();
    void validVariants_data();
    void validVariants();
    void typesSortedBySlot();
    void malformedPokemon_data();
    void malformedPokemon();

    void malformedDocument_data();
    void malformedDocument();
    void hugeValidDocumentParses();
    void everyTruncationFails();
    void errorPointerIsOptional();
    void successClearsError();

    void defaultVariety_data();
    void defaultVariety();
    void malformedVarieties_data();
    void malformedVarieties();

    void nameList_data();
    void nameList();
    void malformedNameList_data();
    void malformedNameList();
};

void tst_PokeApiParser::realPokemonParse_data()
{
    QTest::addColumn<QString>("fileName");

    const QDir dir(QStringLiteral(POKEDEX_TEST_DATA "/api/v2/pokemon"));
    const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files);
    int count = 0;
    for (const QString &file : files) {
        if (file == QLatin1String("index.json"))
            continue;
        QTest::addRow("%s", qPrintable(file)) << file;
        ++count;
    }
    // The README lists 19 Pokémon: a missing file must not silently shrink this test.
    QCOMPARE(count, 19);
}

void tst_PokeApiParser::realPokemonParse()
{
    QFETCH(QString, fileName);

    QString error;
    const auto pokemon = PokeApiParser::parsePokemon(
        readTestData(QStringLiteral("api/v2/pokemon/") + fileName), &error);
    QVERIFY2(pokemon, qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(pokemon->isValid());
    QCOMPARE(QString::number(pokemon->id) + QStringLiteral(".json"), fileName);
    QVERIFY(!pokemon->types.isEmpty());
    QVERIFY(pokemon->types.size() <= 2);
    QCOMPARE(pokemon->stats.size(), 6);
    QVERIFY(!pokemon->abilities.isEmpty());
    QVERIFY(pokemon->height > 0);
    QVERIFY(pokemon->weight > 0);
    QVERIFY(!pokemon->speciesName.isEmpty());
    QVERIFY(pokemon->speciesUrl.isValid());
    QCOMPARE(pokemon->spriteUrl.scheme(), QStringLiteral("https"));
    QCOMPARE(pokemon->artworkUrl.scheme(), QStringLiteral("https"));
}

void tst_PokeApiParser::realPokemonSpotChecks_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("speciesName");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<int>("number"); // the National Pokédex number

    QTest::addRow("pikachu") << QStringLiteral("25.json") << 25 << QStringLiteral("pikachu")
                             << QStringLiteral("pikachu")
                             << QStringList { QStringLiteral("electric") } << 25;
    QTest::addRow("charizard") << QStringLiteral("6.json") << 6 << QStringLiteral("charizard")
                               << QStringLiteral("charizard")
                               << QStringList { QStringLiteral("fire"), QStringLiteral("flying") }
                               << 6;
    QTest::addRow("bulbasaur") << QStringLiteral("1.json") << 1 << QStringLiteral("bulbasaur")
                               << QStringLiteral("bulbasaur")
                               << QStringList { QStringLiteral("grass"), QStringLiteral("poison") }
                               << 1;
    QTest::addRow("mr-mime") << QStringLiteral("122.json") << 122 << QStringLiteral("mr-mime")
                             << QStringLiteral("mr-mime")
                             << QStringList { QStringLiteral("psychic"), QStringLiteral("fairy") }
                             << 122;
    QTest::addRow("deoxys-normal")
        << QStringLiteral("386.json") << 386 << QStringLiteral("deoxys-normal")
        << QStringLiteral("deoxys") << QStringList { QStringLiteral("psychic") } << 386;
    QTest::addRow("type-null") << QStringLiteral("772.json") << 772 << QStringLiteral("type-null")
                               << QStringLiteral("type-null")
                               << QStringList { QStringLiteral("normal") } << 772;
}

void tst_PokeApiParser::realPokemonSpotChecks()
{
    QFETCH(QString, fileName);
    QFETCH(int, id);
    QFETCH(QString, name);
    QFETCH(QString, speciesName);
    QFETCH(QStringList, types);
    QFETCH(int, number);

    QString error;
    const auto pokemon = PokeApiParser::parsePokemon(
        readTestData(QStringLiteral("api/v2/pokemon/") + fileName), &error);
    QVERIFY2(pokemon, qPrintable(error));
    QCOMPARE(pokemon->id, id);
    QCOMPARE(pokemon->name, name);
    QCOMPARE(pokemon->speciesName, speciesName);
    QCOMPARE(pokemon->types, types);
    QCOMPARE(pokemon->dexNumber(), number);
}

void tst_PokeApiParser::pikachuInDetail()
{
    QString error;
    const auto pikachu = PokeApiParser::parsePokemon(pikachuJson(), &error);
    QVERIFY2(pikachu, qPrintable(error));

    QCOMPARE(pikachu->height, 4);
    QCOMPARE(pikachu->weight, 60);
    const QList<PokemonStat> stats {
        { QStringLiteral("hp"), 35 },
        { QStringLiteral("attack"), 55 },
        { QStringLiteral("defense"), 40 },
        { QStringLiteral("special-attack"), 50 },
        { QStringLiteral("special-defense"), 50 },
        { QStringLiteral("speed"), 90 },
    };
    QCOMPARE(pikachu->stats, stats);
    const QList<PokemonAbility> abilities {
        { QStringLiteral("static"), false },
        { QStringLiteral("lightning-rod"), true },
    };
    QCOMPARE(pikachu->abilities, abilities);
    QCOMPARE(
        pikachu->spriteUrl,
        QUrl(QStringLiteral(
            "https://raw.githubusercontent.com/PokeAPI/sprites/master/sprites/pokemon/25.png")));
    QCOMPARE(pikachu->shinySpriteUrl,
             QUrl(QStringLiteral("https://raw.githubusercontent.com/PokeAPI/sprites/master/"
                                 "sprites/pokemon/shiny/25.png")));
    QCOMPARE(pikachu->artworkUrl,
             QUrl(QStringLiteral("https://raw.githubusercontent.com/PokeAPI/sprites/master/"
                                 "sprites/pokemon/other/official-artwork/25.png")));
    QCOMPARE(pikachu->shinyArtworkUrl,
             QUrl(QStringLiteral("https://raw.githubusercontent.com/PokeAPI/sprites/master/"
                                 "sprites/pokemon/other/official-artwork/shiny/25.png")));
    QCOMPARE(pikachu->speciesUrl, QUrl(QStringLiteral("/api/v2/pokemon-species/25/")));

    const QString sprites = QStringLiteral(
        "https://raw.githubusercontent.com/PokeAPI/sprites/master/sprites/pokemon/");
    QCOMPARE(pikachu->homeUrl, QUrl(sprites + QStringLiteral("other/home/25.png")));
    QCOMPARE(pikachu->shinyHomeUrl, QUrl(sprites + QStringLiteral("other/home/shiny/25.png")));
    QCOMPARE(pikachu->dreamWorldUrl, QUrl(sprites + QStringLiteral("other/dream-world/25.svg")));
    QCOMPARE(pikachu->showdownUrl, QUrl(sprites + QStringLiteral("other/showdown/25.gif")));
    QCOMPARE(pikachu->shinyShowdownUrl,
             QUrl(sprites + QStringLiteral("other/showdown/shiny/25.gif")));
    const QString blackWhite
        = sprites + QStringLiteral("versions/generation-v/black-white/animated/");
    QCOMPARE(pikachu->animatedUrl, QUrl(blackWhite + QStringLiteral("25.gif")));
    QCOMPARE(pikachu->shinyAnimatedUrl, QUrl(blackWhite + QStringLiteral("shiny/25.gif")));
    const QString cries
        = QStringLiteral("https://raw.githubusercontent.com/PokeAPI/cries/main/cries/pokemon/");
    QCOMPARE(pikachu->cryUrl, QUrl(cries + QStringLiteral("latest/25.ogg")));
    QCOMPARE(pikachu->legacyCryUrl, QUrl(cries + QStringLiteral("legacy/25.ogg")));
}

void tst_PokeApiParser::minimalPokemon()
{
    QString error;
    const auto pokemon = PokeApiParser::parsePokemon(MinimalPokemon, &error);
    QVERIFY2(pokemon, qPrintable(error));
    QCOMPARE(pokemon->id, 25);
    QCOMPARE(pokemon->name, QStringLiteral("pikachu"));
    QCOMPARE(pokemon->types, QStringList { QStringLiteral("electric") });
    QCOMPARE(pokemon->height, 4);
    QCOMPARE(pokemon->weight, 60);
    QCOMPARE(pokemon->stats, (QList<PokemonStat> { { QStringLiteral("hp"), 35 } }));
    QCOMPARE(pokemon->abilities, (QList<PokemonAbility> { { QStringLiteral("static"), false } }));
    QVERIFY(pokemon->spriteUrl.isEmpty());
    QVERIFY(pokemon->shinySpriteUrl.isEmpty());
    QVERIFY(pokemon->artworkUrl.isEmpty());
    QVERIFY(pokemon->shinyArtworkUrl.isEmpty());
    for (const QUrl &media :
         { pokemon->homeUrl, pokemon->shinyHomeUrl, pokemon->dreamWorldUrl, pokemon->showdownUrl,
           pokemon->shinyShowdownUrl, pokemon->animatedUrl, pokemon->shinyAnimatedUrl,
           pokemon->cryUrl, pokemon->legacyCryUrl })
        QVERIFY(media.isEmpty());
    QCOMPARE(pokemon->speciesName, QStringLiteral("pikachu"));
}

void tst_PokeApiParser::validVariants_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");

    QTest::addRow("id written as 25.0") << QByteArray("\"id\":25,") << QByteArray("\"id\":25.0,");
    QTest::addRow("id in exponent form") << QByteArray("\"id\":25,") << QByteArray("\"id\":2.5e1,");
    QTest::addRow("height 0") << QByteArray("\"height\":4") << QByteArray("\"height\":0");
    QTest::addRow("no types") << QByteArray(R"([{"slot":1,"type":{"name":"electric"}}])")
                              << QByteArray("[]");
    QTest::addRow("no stats") << QByteArray(R"([{"base_stat":35,"stat":{"name":"hp"}}])")
                              << QByteArray("[]");
    QTest::addRow("empty sprites") << QByteArray(R"({"front_default":null})") << QByteArray("{}");
    QTest::addRow("sprite URL") << QByteArray(R"({"front_default":null})")
                                << QByteArray(R"({"front_default":"https://x.example/25.png"})");
    QTest::addRow("null front_shiny")
        << QByteArray(R"({"front_default":null})") << QByteArray(R"({"front_shiny":null})");
    QTest::addRow("null other") << QByteArray(R"({"front_default":null})")
                                << QByteArray(R"({"other":null})");
    QTest::addRow("other without artwork")
        << QByteArray(R"({"front_default":null})") << QByteArray(R"({"other":{"home":{}}})");
    QTest::addRow("null artwork") << QByteArray(R"({"front_default":null})")
                                  << QByteArray(R"({"other":{"official-artwork":null}})");
    QTest::addRow("artwork without shiny")
        << QByteArray(R"({"front_default":null})")
        << QByteArray(
               R"({"other":{"official-artwork":{"front_default":"https://x.example/a.png"}}})");
    QTest::addRow("null shiny artwork")
        << QByteArray(R"({"front_default":null})")
        << QByteArray(R"({"other":{"official-artwork":{"front_shiny":null}}})");
    const QByteArray noSprite = R"({"front_default":null})";
    QTest::addRow("null home") << noSprite << QByteArray(R"({"other":{"home":null}})");
    QTest::addRow("null dream world")
        << noSprite << QByteArray(R"({"other":{"dream_world":{"front_default":null}}})");
    QTest::addRow("null showdown shiny")
        << noSprite << QByteArray(R"({"other":{"showdown":{"front_shiny":null}}})");
    QTest::addRow("null versions") << noSprite << QByteArray(R"({"versions":null})");
    QTest::addRow("versions without generation-v")
        << noSprite << QByteArray(R"({"versions":{"generation-i":{}}})");
    QTest::addRow("null animated")
        << noSprite
        << QByteArray(R"({"versions":{"generation-v":{"black-white":{"animated":null}}}})");
    const QByteArray speciesEnd = R"(/pokemon-species/25/"})";
    QTest::addRow("null cries") << speciesEnd << speciesEnd + R"(,"cries":null)";
    QTest::addRow("null legacy cry")
        << speciesEnd
        << speciesEnd + R"(,"cries":{"latest":"https://x.example/25.ogg","legacy":null})";
    QTest::addRow("empty cries") << speciesEnd << speciesEnd + R"(,"cries":{})";
    QTest::addRow("no species") << QByteArray(
        R"(,"species":{"name":"pikachu","url":"/api/v2/pokemon-species/25/"})")
                                << QByteArray();
    QTest::addRow("null species") << QByteArray(
        R"({"name":"pikachu","url":"/api/v2/pokemon-species/25/"})")
                                  << QByteArray("null");
    QTest::addRow("unknown members ignored")
        << QByteArray("\"id\":25,") << QByteArray(R"("id":25,"moves":[1,{"a":null}],)");
}

void tst_PokeApiParser::validVariants()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QVERIFY(MinimalPokemon.contains(from));

    QString error;
    const auto pokemon
        = PokeApiParser::parsePokemon(QByteArray(MinimalPokemon).replace(from, to), &error);
    QVERIFY2(pokemon, qPrintable(error));
    QCOMPARE(pokemon->name, QStringLiteral("pikachu"));
}

void tst_PokeApiParser::typesSortedBySlot()
{
    const QByteArray document
        = QByteArray(MinimalPokemon)
              .replace(
                  R"([{"slot":1,"type":{"name":"electric"}}])",
                  R"([{"slot":2,"type":{"name":"flying"}},{"slot":1,"type":{"name":"fire"}}])");
    QString error;
    const auto pokemon = PokeApiParser::parsePokemon(document, &error);
    QVERIFY2(pokemon, qPrintable(error));
    QCOMPARE(pokemon->types, (QStringList { QStringLiteral("fire"), QStringLiteral("flying") }));
}

void tst_PokeApiParser::malformedPokemon_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("errorMentions");

    const QByteArray id = "\"id\":25,";
    QTest::addRow("id missing") << id << QByteArray() << QStringLiteral("id is missing");
    QTest::addRow("id null") << id << QByteArray("\"id\":null,") << QStringLiteral("id is null");
    QTest::addRow("id as string") << id << QByteArray("\"id\":\"25\",")
                                  << QStringLiteral("id is not a number");
    QTest::addRow("id 0") << id << QByteArray("\"id\":0,")
                          << QStringLiteral("id must be at least 1");
    QTest::addRow("id negative") << id << QByteArray("\"id\":-25,")
                                 << QStringLiteral("id must be at least 1");
    QTest::addRow("id 1.5") << id << QByteArray("\"id\":1.5,")
                            << QStringLiteral("id is not a whole number");
    QTest::addRow("id beyond int")
        << id << QByteArray("\"id\":4294967296,") << QStringLiteral("id is too large");
    QTest::addRow("id 1e300") << id << QByteArray("\"id\":1e300,")
                              << QStringLiteral("id is too large");

    const QByteArray name = "\"name\":\"pikachu\",\"types\"";
    QTest::addRow("name empty") << name << QByteArray("\"name\":\"\",\"types\"")
                                << QStringLiteral("name is empty");
    QTest::addRow("name number") << name << QByteArray("\"name\":25,\"types\"")
                                 << QStringLiteral("name is not a string");
    QTest::addRow("name array") << name << QByteArray("\"name\":[\"pikachu\"],\"types\"")
                                << QStringLiteral("name is not a string");

    const QByteArray types = R"("types":[{"slot":1,"type":{"name":"electric"}}])";
    QTest::addRow("types missing")
        << types << QByteArray(R"("typos":[])") << QStringLiteral("types is missing");
    QTest::addRow("types not array")
        << types << QByteArray(R"("types":{"slot":1})") << QStringLiteral("types is not an array");
    QTest::addRow("types entry not object") << types << QByteArray(R"("types":["electric"])")
                                            << QStringLiteral("types[0] is not an object");
    QTest::addRow("types slot missing")
        << types << QByteArray(R"("types":[{"type":{"name":"electric"}}])")
        << QStringLiteral("types[0].slot is missing");
    QTest::addRow("types type missing") << types << QByteArray(R"("types":[{"slot":1}])")
                                        << QStringLiteral("types[0].type is missing");
    QTest::addRow("type.name missing") << types << QByteArray(R"("types":[{"slot":1,"type":{}}])")
                                       << QStringLiteral("types[0].type.name is missing");
    QTest::addRow("type.name number")
        << types << QByteArray(R"("types":[{"slot":1,"type":{"name":13}}])")
        << QStringLiteral("types[0].type.name is not a string");
    QTest::addRow("second type broken")
        << types
        << QByteArray(R"("types":[{"slot":1,"type":{"name":"fire"}},{"slot":2,"type":null}])")
        << QStringLiteral("types[1].type is null");

    QTest::addRow("height negative") << QByteArray("\"height\":4") << QByteArray("\"height\":-4")
                                     << QStringLiteral("height must be at least 0");
    QTest::addRow("height string") << QByteArray("\"height\":4") << QByteArray("\"height\":\"4\"")
                                   << QStringLiteral("height is not a number");
    QTest::addRow("weight missing")
        << QByteArray("\"weight\":60,") << QByteArray() << QStringLiteral("weight is missing");
    QTest::addRow("weight fractional")
        << QByteArray("\"weight\":60") << QByteArray("\"weight\":6.5")
        << QStringLiteral("weight is not a whole number");

    const QByteArray stats = R"("stats":[{"base_stat":35,"stat":{"name":"hp"}}])";
    QTest::addRow("stats not array")
        << stats << QByteArray(R"("stats":"hp")") << QStringLiteral("stats is not an array");
    QTest::addRow("stats entry missing base_stat")
        << stats << QByteArray(R"("stats":[{"stat":{"name":"hp"}}])")
        << QStringLiteral("stats[0].base_stat is missing");
    QTest::addRow("base_stat string")
        << stats << QByteArray(R"("stats":[{"base_stat":"35","stat":{"name":"hp"}}])")
        << QStringLiteral("stats[0].base_stat is not a number");
    QTest::addRow("stat.name missing")
        << stats << QByteArray(R"("stats":[{"base_stat":35,"stat":{}}])")
        << QStringLiteral("stats[0].stat.name is missing");

    const QByteArray abilities = R"("abilities":[{"ability":{"name":"static"},"is_hidden":false}])";
    QTest::addRow("abilities missing")
        << abilities << QByteArray(R"("abilitys":[])") << QStringLiteral("abilities is missing");
    QTest::addRow("is_hidden as string")
        << abilities
        << QByteArray(R"("abilities":[{"ability":{"name":"static"},"is_hidden":"false"}])")
        << QStringLiteral("abilities[0].is_hidden is not true or false");
    QTest::addRow("is_hidden missing")
        << abilities << QByteArray(R"("abilities":[{"ability":{"name":"static"}}])")
        << QStringLiteral("abilities[0].is_hidden is missing");
    QTest::addRow("ability null") << abilities
                                  << QByteArray(
                                         R"("abilities":[{"ability":null,"is_hidden":false}])")
                                  << QStringLiteral("abilities[0].ability is null");

    const QByteArray sprites = R"("sprites":{"front_default":null})";
    QTest::addRow("sprites null") << sprites << QByteArray(R"("sprites":null)")
                                  << QStringLiteral("sprites is null");
    QTest::addRow("sprites missing")
        << sprites << QByteArray(R"("sprite":{})") << QStringLiteral("sprites is missing");
    QTest::addRow("front_default number")
        << sprites << QByteArray(R"("sprites":{"front_default":25})")
        << QStringLiteral("sprites.front_default is not a string");
    QTest::addRow("front_shiny object") << sprites << QByteArray(R"("sprites":{"front_shiny":{}})")
                                        << QStringLiteral("sprites.front_shiny is not a string");
    QTest::addRow("other not object") << sprites << QByteArray(R"("sprites":{"other":[]})")
                                      << QStringLiteral("sprites.other is not an object");
    QTest::addRow("artwork URL number")
        << sprites << QByteArray(R"("sprites":{"other":{"official-artwork":{"front_default":1}}})")
        << QStringLiteral("sprites.other.official-artwork.front_default is not a string");
    QTest::addRow("shiny artwork URL array")
        << sprites << QByteArray(R"("sprites":{"other":{"official-artwork":{"front_shiny":[]}}})")
        << QStringLiteral("sprites.other.official-artwork.front_shiny is not a string");
    QTest::addRow("shiny artwork URL invalid")
        << sprites
        << QByteArray(R"("sprites":{"other":{"official-artwork":{"front_shiny":"http://[::1"}}})")
        << QStringLiteral("sprites.other.official-artwork.front_shiny is not a valid URL");
    QTest::addRow("sprite URL invalid")
        << sprites << QByteArray(R"("sprites":{"front_default":"http://[::1"})")
        << QStringLiteral("sprites.front_default is not a valid URL");
    QTest::addRow("home not object") << sprites << QByteArray(R"("sprites":{"other":{"home":"x"}})")
                                     << QStringLiteral("sprites.other.home is not an object");
    QTest::addRow("home shiny number")
        << sprites << QByteArray(R"("sprites":{"other":{"home":{"front_shiny":7}}})")
        << QStringLiteral("sprites.other.home.front_shiny is not a string");
    QTest::addRow("dream world URL array")
        << sprites << QByteArray(R"("sprites":{"other":{"dream_world":{"front_default":[]}}})")
        << QStringLiteral("sprites.other.dream_world.front_default is not a string");
    QTest::addRow("showdown URL bool")
        << sprites << QByteArray(R"("sprites":{"other":{"showdown":{"front_default":true}}})")
        << QStringLiteral("sprites.other.showdown.front_default is not a string");
    QTest::addRow("versions array") << sprites << QByteArray(R"("sprites":{"versions":[]})")
                                    << QStringLiteral("sprites.versions is not an object");
    QTest::addRow("animated URL number")
        << sprites
        << QByteArray(
               R"("sprites":{"versions":{"generation-v":{"black-white":{"animated":{"front_default":5}}}}})")
        << QStringLiteral(
               "sprites.versions.generation-v.black-white.animated.front_default is not a string");
    const QByteArray speciesEnd = R"(/pokemon-species/25/"})";
    QTest::addRow("cries string") << speciesEnd << speciesEnd + R"(,"cries":"25.ogg")"
                                  << QStringLiteral("cries is not an object");
    QTest::addRow("latest cry number") << speciesEnd << speciesEnd + R"(,"cries":{"latest":25})"
                                       << QStringLiteral("cries.latest is not a string");
    QTest::addRow("legacy cry invalid")
        << speciesEnd << speciesEnd + R"(,"cries":{"legacy":"http://[::1"})"
        << QStringLiteral("cries.legacy is not a valid URL");

    const QByteArray species = R"("species":{"name":"pikachu",)";
    QTest::addRow("species string")
        << QByteArray(R"("species":{"name":"pikachu","url":"/api/v2/pokemon-species/25/"})")
        << QByteArray(R"("species":"pikachu")") << QStringLiteral("species is not an object");
    QTest::addRow("species.name number") << species << QByteArray(R"("species":{"name":25,)")
                                         << QStringLiteral("species.name is not a string");
    QTest::addRow("species.url number")
        << QByteArray(R"("url":"/api/v2/pokemon-species/25/")") << QByteArray(R"("url":25)")
        << QStringLiteral("species.url is not a string");
}

void tst_PokeApiParser::malformedPokemon()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, errorMentions);
    QVERIFY(MinimalPokemon.contains(from));

    QString error;
    const auto pokemon
        = PokeApiParser::parsePokemon(QByteArray(MinimalPokemon).replace(from, to), &error);
    QVERIFY(!pokemon);
    QVERIFY2(error.contains(errorMentions), qPrintable(error));
}

void tst_PokeApiParser::malformedDocument_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("errorMentions");

    const QByteArray pikachu = pikachuJson();
    const QString notJson = QStringLiteral("not valid JSON");
    QTest::addRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::addRow("whitespace") << QByteArray(" \n") << notJson;
    QTest::addRow("{") << QByteArray("{") << notJson;
    QTest::addRow("404 body") << QByteArray("Not Found") << notJson;
    QTest::addRow("HTML error page") << QByteArray("<html><body>502</body></html>") << notJson;
    QTest::addRow("binary") << QByteArray("\xff\xfe\x00\x01", 4) << notJson;
    QTest::addRow("trailing garbage") << QByteArray(MinimalPokemon + "x") << notJson;
    QTest::addRow("truncated 1 byte") << pikachu.left(1) << notJson;
    QTest::addRow("truncated 10%%") << pikachu.left(pikachu.size() / 10) << notJson;
    QTest::addRow("truncated 50%%") << pikachu.left(pikachu.size() / 2) << notJson;
    QTest::addRow("truncated 99%%") << pikachu.left(pikachu.size() * 99 / 100) << notJson;
    QTest::addRow("last byte missing") << pikachu.chopped(1) << notJson;
    QTest::addRow("100000 [") << QByteArray(100000, '[') << notJson;
    QTest::addRow("100000 nested arrays closed")
        << QByteArray(QByteArray(100000, '[') + QByteArray(100000, ']')) << notJson;
    QTest::addRow("100000 nested objects") << QByteArray("{\"a\":").repeated(100000) << notJson;
    QTest::addRow("top-level array") << QByteArray("[]") << QStringLiteral("not a JSON object");
    QTest::addRow("top-level array of pokemon")
        << QByteArray('[' + pikachu + ']') << QStringLiteral("not a JSON object");
    QTest::addRow("empty object") << QByteArray("{}") << QStringLiteral("is missing");
    QTest::addRow("over MaxDocumentSize") << paddedTo(pikachu, MaxDocumentSize + 1)
                                          << QStringLiteral("%1 bytes").arg(MaxDocumentSize + 1);
}

void tst_PokeApiParser::malformedDocument()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, errorMentions);

    QString error;
    QVERIFY(!PokeApiParser::parsePokemon(document, &error));
    QVERIFY2(error.contains(errorMentions), qPrintable(error));

    error.clear();
    QVERIFY(!PokeApiParser::parseDefaultVariety(document, &error));
    QVERIFY2(error.contains(errorMentions), qPrintable(error));

    error.clear();
    QVERIFY(!PokeApiParser::parseNameList(document, &error));
    QVERIFY2(error.contains(errorMentions), qPrintable(error));
}

void tst_PokeApiParser::hugeValidDocumentParses()
{
    const QByteArray pikachu = pikachuJson();
    for (const qsizetype size : { qsizetype(6 * 1024 * 1024), MaxDocumentSize }) {
        const QByteArray document = paddedTo(pikachu, size);
        QCOMPARE(document.size(), size);
        QString error;
        const auto parsed = PokeApiParser::parsePokemon(document, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->name, QStringLiteral("pikachu"));
    }
}

void tst_PokeApiParser::everyTruncationFails()
{
    for (qsizetype length = 0; length < MinimalPokemon.size(); ++length) {
        QString error;
        QVERIFY2(!PokeApiParser::parsePokemon(MinimalPokemon.left(length), &error),
                 qPrintable(QString::number(length)));
        QVERIFY(!error.isEmpty());
    }
}

void tst_PokeApiParser::errorPointerIsOptional()
{
    QVERIFY(!PokeApiParser::parsePokemon(QByteArray("{")));
    QVERIFY(!PokeApiParser::parseDefaultVariety(QByteArray("{}")));
    QVERIFY(!PokeApiParser::parseNameList(QByteArray("[]")));
    QVERIFY(PokeApiParser::parsePokemon(MinimalPokemon));
}

void tst_PokeApiParser::successClearsError()
{
    QString error = QStringLiteral("left over");
    QVERIFY(PokeApiParser::parsePokemon(MinimalPokemon, &error));
    QCOMPARE(error, QString());
}

void tst_PokeApiParser::defaultVariety_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QUrl>("url");

    QTest::addRow("deoxys") << QStringLiteral("386.json") << QStringLiteral("deoxys-normal")
                            << QUrl(QStringLiteral("/api/v2/pokemon/386/"));
    QTest::addRow("pikachu") << QStringLiteral("25.json") << QStringLiteral("pikachu")
                             << QUrl(QStringLiteral("/api/v2/pokemon/25/"));
    QTest::addRow("charizard") << QStringLiteral("6.json") << QStringLiteral("charizard")
                               << QUrl(QStringLiteral("/api/v2/pokemon/6/"));
    QTest::addRow("mr-mime") << QStringLiteral("122.json") << QStringLiteral("mr-mime")
                             << QUrl(QStringLiteral("/api/v2/pokemon/122/"));
    QTest::addRow("eevee") << QStringLiteral("133.json") << QStringLiteral("eevee")
                           << QUrl(QStringLiteral("/api/v2/pokemon/133/"));
}

void tst_PokeApiParser::defaultVariety()
{
    QFETCH(QString, fileName);
    QFETCH(QString, name);
    QFETCH(QUrl, url);

    QString error;
    const auto variety = PokeApiParser::parseDefaultVariety(
        readTestData(QStringLiteral("api/v2/pokemon-species/") + fileName), &error);
    QVERIFY2(variety, qPrintable(error));
    QCOMPARE(variety->name, name);
    QCOMPARE(variety->url, url);
}

void tst_PokeApiParser::malformedVarieties_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("errorMentions");

    QTest::addRow("varieties missing")
        << QByteArray(R"({"name":"deoxys"})") << QStringLiteral("varieties is missing");
    QTest::addRow("varieties object")
        << QByteArray(R"({"varieties":{}})") << QStringLiteral("varieties is not an array");
    QTest::addRow("no varieties") << QByteArray(R"({"varieties":[]})")
                                  << QStringLiteral("varieties has no default entry");
    QTest::addRow("none default") << QByteArray(
        R"({"varieties":[{"is_default":false,"pokemon":{"name":"a","url":"/a/"}}]})")
                                  << QStringLiteral("varieties has no default entry");
    QTest::addRow("is_default string")
        << QByteArray(R"({"varieties":[{"is_default":"true","pokemon":{"name":"a","url":"/a/"}}]})")
        << QStringLiteral("varieties[0].is_default is not true or false");
    QTest::addRow("entry null") << QByteArray(R"({"varieties":[null]})")
                                << QStringLiteral("varieties[0] is null");
    QTest::addRow("default without pokemon")
        << QByteArray(R"({"varieties":[{"is_default":false,"pokemon":{}},{"is_default":true}]})")
        << QStringLiteral("varieties[1].pokemon is missing");
    QTest::addRow("default without name")
        << QByteArray(R"({"varieties":[{"is_default":true,"pokemon":{"url":"/a/"}}]})")
        << QStringLiteral("varieties[0].pokemon.name is missing");
    QTest::addRow("default without url")
        << QByteArray(R"({"varieties":[{"is_default":true,"pokemon":{"name":"a"}}]})")
        << QStringLiteral("varieties[0].pokemon.url is missing");
    QTest::addRow("pokemon document") << pikachuJson() << QStringLiteral("varieties is missing");
}

void tst_PokeApiParser::malformedVarieties()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, errorMentions);

    QString error;
    QVERIFY(!PokeApiParser::parseDefaultVariety(document, &error));
    QVERIFY2(error.contains(errorMentions), qPrintable(error));
}

void tst_PokeApiParser::nameList_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");

    QTest::addRow("pokemon") << QStringLiteral("api/v2/pokemon/index.json") << 1351
                             << QStringLiteral("bulbasaur")
                             << QStringLiteral("meowstic-female-mega");
    QTest::addRow("pokemon-species") << QStringLiteral("api/v2/pokemon-species/index.json") << 1025
                                     << QStringLiteral("bulbasaur") << QStringLiteral("pecharunt");
}

void tst_PokeApiParser::nameList()
{
    QFETCH(QString, fileName);
    QFETCH(int, count);
    QFETCH(QString, first);
    QFETCH(QString, last);

    QString error;
    const auto names = PokeApiParser::parseNameList(readTestData(fileName), &error);
    QVERIFY2(names, qPrintable(error));
    QCOMPARE(names->size(), count);
    QCOMPARE(names->first(), first);
    QCOMPARE(names->last(), last);
    QVERIFY(names->contains(QStringLiteral("pikachu")));
    QVERIFY(names->contains(QStringLiteral("mr-mime")));
}

void tst_PokeApiParser::malformedNameList_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("errorMentions");

    QTest::addRow("results missing")
        << QByteArray(R"({"count":0})") << QStringLiteral("results is missing");
    QTest::addRow("results object")
        << QByteArray(R"({"results":{"name":"a"}})") << QStringLiteral("results is not an array");
    QTest::addRow("entry string") << QByteArray(R"({"results":[{"name":"a"},"b"]})")
                                  << QStringLiteral("results[1] is not an object");
    QTest::addRow("name number") << QByteArray(R"({"results":[{"name":"a"},{"name":2}]})")
                                 << QStringLiteral("results[1].name is not a string");
    QTest::addRow("name empty") << QByteArray(R"({"results":[{"name":""}]})")
                                << QStringLiteral("results[0].name is empty");
    QTest::addRow("name missing") << QByteArray(R"({"results":[{"url":"/a/"}]})")
                                  << QStringLiteral("results[0].name is missing");
}

void tst_PokeApiParser::malformedNameList()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, errorMentions);

    QString error;
    QVERIFY(!PokeApiParser::parseNameList(document, &error));
    QVERIFY2(error.contains(errorMentions), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_PokeApiParser)
#include "tst_pokeapiparser.moc"
