// The built-in name table (resources/names, LocalizedNames) and the display language
// (DisplayNames): what cards, the pane and the command line name Pokémon and types in.

#include "search/displaynames.h"
#include "search/localizednames.h"

#include <QLocale>
#include <QTest>

class tst_LocalizedNames : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { DisplayNames::setLanguage(QStringLiteral("en")); }

    void tableHasEveryLanguageAndSpecies();
    void speciesNames_data();
    void speciesNames();
    void typeNames_data();
    void typeNames();
    void badTableIsEmptyNotWrong();

    void displayNamesFollowTheLanguage_data();
    void displayNamesFollowTheLanguage();
    void defaultLanguageFromTheLocale_data();
    void defaultLanguageFromTheLocale();
    void pickFallsBackToEnglishMarked();
};

void tst_LocalizedNames::tableHasEveryLanguageAndSpecies()
{
    const LocalizedNames &names = LocalizedNames::builtIn();
    for (const char *code :
         { "en", "de", "fr", "es", "it", "ja-hrkt", "ja", "ja-roma", "ko", "zh-hant", "zh-hans" })
        QVERIFY2(names.hasLanguage(QLatin1String(code)), code);
    const QStringList species = names.speciesSlugs();
    QCOMPARE(species.size(), 1025);
    QCOMPARE(species.first(), QStringLiteral("bulbasaur"));
    QCOMPARE(species.at(24), QStringLiteral("pikachu")); // Pokédex order
    // Every species has its English name.
    for (const QString &slug : species)
        QVERIFY2(!names.species(slug, QStringLiteral("en")).isEmpty(), qPrintable(slug));
}

void tst_LocalizedNames::speciesNames_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("name");

    QTest::addRow("de charizard") << "charizard"
                                  << "de"
                                  << "Glurak";
    QTest::addRow("fr charizard") << "charizard"
                                  << "fr"
                                  << "Dracaufeu";
    QTest::addRow("ja-hrkt pikachu") << "pikachu"
                                     << "ja-hrkt"
                                     << "ピカチュウ";
    QTest::addRow("ja-roma charizard") << "charizard"
                                       << "ja-roma"
                                       << "Lizardon";
    QTest::addRow("ko pikachu") << "pikachu"
                                << "ko"
                                << "피카츄";
    QTest::addRow("zh-hant charizard") << "charizard"
                                       << "zh-hant"
                                       << "噴火龍";
    QTest::addRow("zh-hans charizard") << "charizard"
                                       << "zh-hans"
                                       << "喷火龙";
    QTest::addRow("fr eevee") << "eevee"
                              << "fr"
                              << "Évoli";
    QTest::addRow("de mr-mime") << "mr-mime"
                                << "de"
                                << "Pantimos";
    QTest::addRow("unknown species") << "glurak"
                                     << "de"
                                     << "";
    QTest::addRow("unknown language") << "pikachu"
                                      << "tlh"
                                      << "";
}

void tst_LocalizedNames::speciesNames()
{
    QFETCH(QString, slug);
    QFETCH(QString, language);
    QFETCH(QString, name);
    QCOMPARE(LocalizedNames::builtIn().species(slug, language), name);
    if (!name.isEmpty())
        QCOMPARE(LocalizedNames::builtIn().speciesNames(slug).value(language), name);
}

void tst_LocalizedNames::typeNames_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("name");

    QTest::addRow("de fire") << "fire"
                             << "de"
                             << "Feuer";
    QTest::addRow("fr fighting") << "fighting"
                                 << "fr"
                                 << "Combat";
    QTest::addRow("ja-hrkt normal") << "normal"
                                    << "ja-hrkt"
                                    << "ノーマル";
    QTest::addRow("ko fighting") << "fighting"
                                 << "ko"
                                 << "격투";
    QTest::addRow("en dragon") << "dragon"
                               << "en"
                               << "Dragon";
}

void tst_LocalizedNames::typeNames()
{
    QFETCH(QString, type);
    QFETCH(QString, language);
    QFETCH(QString, name);
    QCOMPARE(LocalizedNames::builtIn().type(type, language), name);
}

void tst_LocalizedNames::badTableIsEmptyNotWrong()
{
    // Rows whose cells do not match the header are skipped, not shifted into other languages.
    const LocalizedNames names = LocalizedNames::fromTables(
        "id\tslug\ten\tde\n1\tbulbasaur\tBulbasaur\tBisasam\n2\tivysaur\tIvysaur\n", {});
    QCOMPARE(names.languages(), QStringList({ QStringLiteral("en"), QStringLiteral("de") }));
    QCOMPARE(names.species(QStringLiteral("bulbasaur"), QStringLiteral("de")),
             QStringLiteral("Bisasam"));
    QCOMPARE(names.species(QStringLiteral("ivysaur"), QStringLiteral("en")), QString());
    QCOMPARE(LocalizedNames::fromTables({}, {}).languages(), QStringList());
}

void tst_LocalizedNames::displayNamesFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("species");
    QTest::addColumn<QString>("shown");

    QTest::addRow("en") << "en"
                        << "charizard"
                        << "charizard"
                        << "Charizard";
    QTest::addRow("de") << "de"
                        << "charizard"
                        << "charizard"
                        << "Glurak";
    QTest::addRow("de mega") << "de"
                             << "charizard-mega-x"
                             << "charizard"
                             << "Mega Glurak X";
    QTest::addRow("de form") << "de"
                             << "deoxys-normal"
                             << "deoxys"
                             << "Deoxys (Normal)";
    QTest::addRow("fr type null") << "fr"
                                  << "type-null"
                                  << "type-null"
                                  << "Type:0";
    QTest::addRow("ja-hrkt") << "ja-hrkt"
                             << "pikachu"
                             << "pikachu"
                             << "ピカチュウ";
    QTest::addRow("ko") << "ko"
                        << "pikachu"
                        << "pikachu"
                        << "피카츄";
    // No name in the table: the English display name.
    QTest::addRow("de unknown") << "de"
                                << "missingno"
                                << ""
                                << "Missingno";
}

void tst_LocalizedNames::displayNamesFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, slug);
    QFETCH(QString, species);
    QFETCH(QString, shown);
    DisplayNames::setLanguage(language);
    QCOMPARE(DisplayNames::language(), language);
    QCOMPARE(DisplayNames::forPokemon(slug, species), shown);
}

void tst_LocalizedNames::defaultLanguageFromTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");

    QTest::addRow("German") << "de_DE"
                            << "de";
    QTest::addRow("Austrian German") << "de_AT"
                                     << "de";
    QTest::addRow("French") << "fr_CA"
                            << "fr";
    QTest::addRow("Japanese") << "ja_JP"
                              << "ja-hrkt";
    QTest::addRow("Korean") << "ko_KR"
                            << "ko";
    QTest::addRow("Taiwan") << "zh_TW"
                            << "zh-hant";
    QTest::addRow("Hong Kong") << "zh_HK"
                               << "zh-hant";
    QTest::addRow("China") << "zh_CN"
                           << "zh-hans";
    QTest::addRow("Portuguese: not in PokeAPI") << "pt_BR"
                                                << "en";
    QTest::addRow("C") << "C"
                       << "en";
}

void tst_LocalizedNames::defaultLanguageFromTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QCOMPARE(DisplayNames::languageFor(QLocale(locale)), language);
}

void tst_LocalizedNames::pickFallsBackToEnglishMarked()
{
    const QHash<QString, QString> genera = { { QStringLiteral("en"), QStringLiteral("Flame") },
                                             { QStringLiteral("de"), QStringLiteral("Flamme") } };
    const QString english = QStringLiteral("Flame Pokémon");
    DisplayNames::setLanguage(QStringLiteral("de"));
    QCOMPARE(DisplayNames::pick(genera, english).text, QStringLiteral("Flamme"));
    QVERIFY(!DisplayNames::pick(genera, english).isFallback);
    DisplayNames::setLanguage(QStringLiteral("ko"));
    QCOMPARE(DisplayNames::pick(genera, english).text, english);
    QVERIFY(DisplayNames::pick(genera, english).isFallback);
    DisplayNames::setLanguage(QStringLiteral("en"));
    QCOMPARE(DisplayNames::pick(genera, english).text, english);
    QVERIFY(!DisplayNames::pick(genera, english).isFallback);
    DisplayNames::setLanguage(QStringLiteral("ko"));
    QVERIFY(DisplayNames::pick({}, {}).text.isEmpty());
    QVERIFY(!DisplayNames::pick({}, {}).isFallback); // nothing to mark
}

QTEST_GUILESS_MAIN(tst_LocalizedNames)
#include "tst_localizednames.moc"
