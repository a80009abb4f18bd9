// NameIndex across languages: a species' name in any language PokeAPI has resolves to it
// offline from the first moment, did-you-mean suggests names in the language typed, and live
// species answers add names.

#include "api/pokeapiclient.h"
#include "search/localizednames.h"
#include "search/nameindex.h"
#include "search/namenormalizer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

class tst_NameIndex : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void resolvesNamesInEveryLanguage_data();
    void resolvesNamesInEveryLanguage();
    void everyNameInTheTableFindsItsSpecies();
    void tableIsBuiltOffTheWindowThread();
    void suggestsInTheLanguageTyped_data();
    void suggestsInTheLanguageTyped();
    void completesLocalizedNames();
    void liveSpeciesAnswersAddNames();

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<PokeApiClient> m_client;
    std::unique_ptr<NameIndex> m_index;
};

void tst_NameIndex::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    // Nothing listens there: everything below works without the network.
    m_client = std::make_unique<PokeApiClient>(m_nam.get(),
                                               QUrl(QStringLiteral("http://127.0.0.1:9/api/v2/")));
    m_index = std::make_unique<NameIndex>(m_client.get());
}

void tst_NameIndex::cleanup()
{
    m_index.reset();
    m_client.reset();
    m_nam.reset();
}

void tst_NameIndex::resolvesNamesInEveryLanguage_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("species");

    QTest::addRow("de Glurak") << "Glurak"
                               << "charizard";
    QTest::addRow("de glurak lower") << "glurak"
                                     << "charizard";
    QTest::addRow("de GLURAK upper") << "GLURAK"
                                     << "charizard";
    QTest::addRow("fr Dracaufeu") << "Dracaufeu"
                                  << "charizard";
    QTest::addRow("fr Évoli") << "Évoli"
                              << "eevee";
    QTest::addRow("fr Evoli without accent") << "Evoli"
                                             << "eevee";
    QTest::addRow("de Pantimos") << "Pantimos"
                                 << "mr-mime";
    QTest::addRow("fr M. Mime") << "M. Mime"
                                << "mr-mime";
    QTest::addRow("es Código Cero") << "Código Cero"
                                    << "type-null";
    QTest::addRow("it Tipo Zero") << "Tipo Zero"
                                  << "type-null";
    QTest::addRow("ja-roma Lizardon") << "Lizardon"
                                      << "charizard";
    QTest::addRow("ja ピカチュウ") << "ピカチュウ"
                                   << "pikachu";
    QTest::addRow("ja half-width ﾋﾟｶﾁｭｳ") << "ﾋﾟｶﾁｭｳ"
                                          << "pikachu";
    QTest::addRow("ja リザードン") << "リザードン"
                                   << "charizard";
    QTest::addRow("ja タイプ：ヌル") << "タイプ：ヌル"
                                     << "type-null";
    QTest::addRow("ja ガーディ") << "ガーディ"
                                 << "growlithe";
    QTest::addRow("ko 피카츄") << "피카츄"
                               << "pikachu";
    QTest::addRow("ko 리자몽") << "리자몽"
                               << "charizard";
    QTest::addRow("zh-hans 皮卡丘") << "皮卡丘"
                                    << "pikachu";
    QTest::addRow("zh-hant 噴火龍") << "噴火龍"
                                    << "charizard";
    QTest::addRow("zh-hans 喷火龙") << "喷火龙"
                                    << "charizard";
    // An English slug is its own answer; the voicing mark is part of the name.
    QTest::addRow("en charizard") << "charizard"
                                  << "";
    QTest::addRow("ja ヒカチュウ is no name") << "ヒカチュウ"
                                              << "";
    QTest::addRow("nothing") << ""
                             << "";
    QTest::addRow("nonsense") << "xyzzy"
                              << "";
}

void tst_NameIndex::resolvesNamesInEveryLanguage()
{
    QFETCH(QString, typed);
    QFETCH(QString, species);
    // Asked at once, before the worker is done, as the command line does.
    QCOMPARE(m_index->resolve(NameNormalizer::normalize(typed)), species);
}

void tst_NameIndex::everyNameInTheTableFindsItsSpecies()
{
    // Every name of every species in every language, normalised as if typed, finds that
    // species, is that species' slug, or is another species' English slug (which wins). A
    // name two species share in some language goes to the first in Pokédex order.
    const LocalizedNames &table = LocalizedNames::builtIn();
    QStringList wrong;
    int names = 0;
    for (const QString &species : table.speciesSlugs()) {
        const QHash<QString, QString> byLanguage = table.speciesNames(species);
        for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it) {
            ++names;
            const QString key = NameNormalizer::normalize(it.value());
            QCOMPARE(NameNormalizer::normalize(key), key);
            const QString found = m_index->resolve(key);
            if (found == species || (found.isEmpty() && m_index->contains(key)))
                continue;
            if (!found.isEmpty()
                && table.speciesSlugs().indexOf(found) < table.speciesSlugs().indexOf(species))
                continue; // an earlier species has this name too
            wrong << QStringLiteral("%1 %2 \"%3\" -> \"%4\"")
                         .arg(species, it.key(), it.value(), found);
        }
    }
    QVERIFY(names > 10000);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
}

void tst_NameIndex::tableIsBuiltOffTheWindowThread()
{
    QSignalSpy changed(m_index.get(), &NameIndex::localizedNamesChanged);
    QVERIFY(changed.wait());
    QVERIFY(m_index->contains(QStringLiteral("pikachu"))); // every species, with no listing
    QVERIFY(m_index->contains(QStringLiteral("type-null")));
    QCOMPARE(m_index->speciesOf(QStringLiteral("charizard-mega-x")), QStringLiteral("charizard"));
    QVERIFY(!m_index->isLoaded()); // the listings (forms) were never asked for
}

void tst_NameIndex::suggestsInTheLanguageTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("first");

    QTest::addRow("en typo") << "charzard"
                             << "charizard";
    QTest::addRow("de typo") << "Glurack"
                             << "Glurak";
    QTest::addRow("de typo 2") << "Pantimoss"
                               << "Pantimos";
    QTest::addRow("fr typo") << "Dracofeu"
                             << "Dracaufeu";
    QTest::addRow("ja-roma typo") << "Lizadon"
                                  << "Lizardon";
}

void tst_NameIndex::suggestsInTheLanguageTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, first);
    const QStringList suggestions = m_index->suggestionsFor(NameNormalizer::normalize(typed));
    QVERIFY2(!suggestions.isEmpty(), qPrintable(typed));
    QCOMPARE(suggestions.first(), first);
    // What is suggested finds its species when searched.
    const QString key = NameNormalizer::normalize(first);
    QVERIFY(m_index->contains(key) || !m_index->resolve(key).isEmpty());
}

void tst_NameIndex::completesLocalizedNames()
{
    QVERIFY(m_index->localizedNames().isEmpty()); // not built yet: never on the window's thread
    QSignalSpy changed(m_index.get(), &NameIndex::localizedNamesChanged);
    QVERIFY(changed.wait());
    const QList<NameIndex::LocalizedName> names = m_index->localizedNames();
    QVERIFY(names.size() > 5000);
    QVERIFY(std::is_sorted(names.cbegin(), names.cend(),
                           [](const auto &a, const auto &b) { return a.key < b.key; }));
    const auto glurak = std::find_if(names.cbegin(), names.cend(),
                                     [](const auto &n) { return n.key == u"glurak"; });
    QVERIFY(glurak != names.cend());
    QCOMPARE(glurak->name, QStringLiteral("Glurak"));
    QCOMPARE(glurak->language, QStringLiteral("de"));
    QCOMPARE(glurak->species, QStringLiteral("charizard"));
    // English slugs are completed as slugs, not again as a localized name.
    QVERIFY(std::none_of(names.cbegin(), names.cend(),
                         [](const auto &n) { return n.key == u"pikachu"; }));
}

void tst_NameIndex::liveSpeciesAnswersAddNames()
{
    QCOMPARE(m_index->resolve(QStringLiteral("neuname")), QString()); // builds the table
    QSignalSpy changed(m_index.get(), &NameIndex::localizedNamesChanged);
    m_index->addNames(QStringLiteral("pikachu"),
                      { { QStringLiteral("de"), QStringLiteral("Neuname") },
                        { QStringLiteral("en"), QStringLiteral("Pikachu") } });
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_index->resolve(QStringLiteral("neuname")), QStringLiteral("pikachu"));
    // Names already known change nothing.
    m_index->addNames(QStringLiteral("pikachu"),
                      { { QStringLiteral("de"), QStringLiteral("Neuname") } });
    QCOMPARE(changed.size(), 1);
}

QTEST_GUILESS_MAIN(tst_NameIndex)
#include "tst_nameindex.moc"
