#include "api/pokeapiparser.h"
#include "api/pokemonmedia.h"
#include "testdata.h"

#include <QTest>

// Which pictures and cry a Pokémon offers, best first.
class tst_PokemonMedia : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chainsOfARealPokemon();
    void chainsSkipWhatIsMissing_data();
    void chainsSkipWhatIsMissing();
    void cryFallsBackToTheOtherVersion_data();
    void cryFallsBackToTheOtherVersion();
};

namespace {

QUrl u(const char *name)
{
    return QUrl(QStringLiteral("https://x.example/") + QLatin1String(name));
}

Pokemon everyPicture()
{
    Pokemon p;
    p.spriteUrl = u("front");
    p.shinySpriteUrl = u("front-shiny");
    p.artworkUrl = u("art");
    p.shinyArtworkUrl = u("art-shiny");
    p.homeUrl = u("home");
    p.shinyHomeUrl = u("home-shiny");
    p.dreamWorldUrl = u("dream");
    p.showdownUrl = u("showdown");
    p.shinyShowdownUrl = u("showdown-shiny");
    p.animatedUrl = u("bw");
    p.shinyAnimatedUrl = u("bw-shiny");
    return p;
}

} // namespace

void tst_PokemonMedia::chainsOfARealPokemon()
{
    const auto pikachu
        = PokeApiParser::parsePokemon(readTestData(QStringLiteral("api/v2/pokemon/25.json")));
    QVERIFY(pikachu);
    const QList<QUrl> artwork = PokemonMedia::artwork(*pikachu, false);
    QCOMPARE(artwork.size(), 4);
    QCOMPARE(artwork.at(0), pikachu->artworkUrl);
    QCOMPARE(artwork.at(1), pikachu->homeUrl);
    QVERIFY(artwork.at(2).path().endsWith(QLatin1String("dream-world/25.svg")));
    QCOMPARE(artwork.at(3), pikachu->spriteUrl);
    const QList<QUrl> animated = PokemonMedia::animatedSprite(*pikachu, false);
    QVERIFY(animated.at(0).path().endsWith(QLatin1String("showdown/25.gif")));
    QVERIFY(animated.at(1).path().endsWith(QLatin1String("black-white/animated/25.gif")));
    QCOMPARE(animated.at(2), pikachu->spriteUrl);
}

void tst_PokemonMedia::chainsSkipWhatIsMissing_data()
{
    // Names of pictures, separated by spaces.
    QTest::addColumn<QString>("cleared");
    QTest::addColumn<QString>("chain");
    QTest::addColumn<bool>("shiny");
    QTest::addColumn<QString>("expected");

    QTest::addRow("artwork, all there") << ""
                                        << "artwork" << false << "art home dream front";
    QTest::addRow("artwork without official") << "art"
                                              << "artwork" << false << "home dream front";
    QTest::addRow("artwork with the sprite only") << "art home dream"
                                                  << "artwork" << false << "front";
    QTest::addRow("shiny artwork has no dream world")
        << ""
        << "artwork" << true << "art-shiny home-shiny front-shiny";
    QTest::addRow("nothing at all") << "art home dream front"
                                    << "artwork" << false << "";
    QTest::addRow("sprite first") << ""
                                  << "sprite" << false << "front home art dream";
    QTest::addRow("sprite without front") << "front"
                                          << "sprite" << false << "home art dream";
    QTest::addRow("animated, then still")
        << ""
        << "animated" << false << "showdown bw front home art dream";
    QTest::addRow("animated without showdown") << "showdown"
                                               << "animated" << false << "bw front home art dream";
    QTest::addRow("shiny animated")
        << ""
        << "animated" << true << "showdown-shiny bw-shiny front-shiny home-shiny art-shiny";
}

void tst_PokemonMedia::chainsSkipWhatIsMissing()
{
    QFETCH(QString, cleared);
    QFETCH(QString, chain);
    QFETCH(bool, shiny);
    QFETCH(QString, expected);

    Pokemon p = everyPicture();
    for (QUrl *url : { &p.spriteUrl, &p.shinySpriteUrl, &p.artworkUrl, &p.shinyArtworkUrl,
                       &p.homeUrl, &p.shinyHomeUrl, &p.dreamWorldUrl, &p.showdownUrl,
                       &p.shinyShowdownUrl, &p.animatedUrl, &p.shinyAnimatedUrl }) {
        if (cleared.split(u' ').contains(url->path().mid(1)))
            url->clear();
    }
    const QList<QUrl> urls = chain == QLatin1String("artwork") ? PokemonMedia::artwork(p, shiny)
        : chain == QLatin1String("sprite")                     ? PokemonMedia::sprite(p, shiny)
                                           : PokemonMedia::animatedSprite(p, shiny);
    QStringList names;
    for (const QUrl &url : urls)
        names.append(url.path().mid(1));
    QCOMPARE(names.join(u' '), expected);
}

void tst_PokemonMedia::cryFallsBackToTheOtherVersion_data()
{
    QTest::addColumn<QString>("latest");
    QTest::addColumn<QString>("legacy");
    QTest::addColumn<bool>("wantLegacy");
    QTest::addColumn<QString>("expected");

    QTest::addRow("latest") << "l.ogg"
                            << "o.ogg" << false << "l.ogg";
    QTest::addRow("legacy") << "l.ogg"
                            << "o.ogg" << true << "o.ogg";
    QTest::addRow("legacy missing") << "l.ogg"
                                    << "" << true << "l.ogg";
    QTest::addRow("latest missing") << ""
                                    << "o.ogg" << false << "o.ogg";
    QTest::addRow("none") << ""
                          << "" << false << "";
}

void tst_PokemonMedia::cryFallsBackToTheOtherVersion()
{
    QFETCH(QString, latest);
    QFETCH(QString, legacy);
    QFETCH(bool, wantLegacy);
    QFETCH(QString, expected);
    Pokemon p;
    p.cryUrl = QUrl(latest);
    p.legacyCryUrl = QUrl(legacy);
    const QUrl cry = PokemonMedia::cry(
        p, wantLegacy ? PokemonMedia::CryVersion::Legacy : PokemonMedia::CryVersion::Latest);
    QCOMPARE(cry, QUrl(expected));
}

QTEST_GUILESS_MAIN(tst_PokemonMedia)
#include "tst_pokemonmedia.moc"
