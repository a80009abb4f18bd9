// PokemonFilterModel: filters by types, generation, forms and typed text from what the dex
// knows before rows load, sorts by number, name, stats, height and weight with rows lacking
// the data last, and passes QAbstractItemModelTester throughout.

#include "search/nameindex.h"
#include "search/pokemonfiltermodel.h"
#include "search/pokemonlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using State = PokemonListModel::State;
using Key = PokemonFilterModel::SortKey;

namespace {

PokemonListModel::Entry listed(const QString &slug, const QString &title, DexFacts facts)
{
    PokemonListModel::Entry e;
    e.query = e.slug = slug;
    e.title = title;
    e.state = State::Listed;
    e.facts = std::move(facts);
    return e;
}

Pokemon pokemon(int id, const QString &name, const QStringList &types, int speed, int height)
{
    Pokemon p;
    p.id = id;
    p.name = p.speciesName = name;
    p.types = types;
    p.height = height;
    p.weight = height * 10;
    for (const char *stat : { "hp", "attack", "defense", "special-attack", "special-defense" })
        p.stats.append({ QString::fromLatin1(stat), 50 });
    p.stats.append({ QStringLiteral("speed"), speed });
    return p;
}

// "a b c" -> {"a", "b", "c"}
QStringList list(const char *words)
{
    return QString::fromLatin1(words).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

class tst_PokemonFilterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensInPokedexOrderWithoutForms();
    void typesMustAllMatch();
    void eachKindOfFormIsShownOnItsOwn();
    void formKindOfItsName_data();
    void formKindOfItsName();
    void generationAndFormsAndTypes();
    void textFindsNamesAndNumbers_data();
    void textFindsNamesAndNumbers();
    void textFindsNamesInEveryLanguage_data();
    void textFindsNamesInEveryLanguage();
    void statSortPutsRowsWithoutStatsLastEitherWay();
    void aRowThatLoadsMovesIntoPlace();
    void nameSort();
    void searchResultsKeepTheirOrderAndForms();
    void arrangementChangesAreAnnounced();

private:
    QStringList shown() const;

    std::unique_ptr<PokemonListModel> m_model;
    std::unique_ptr<PokemonFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_PokemonFilterModel::init()
{
    const QString fire = QStringLiteral("fire"), flying = QStringLiteral("flying"),
                  dragon = QStringLiteral("dragon"), electric = QStringLiteral("electric"),
                  water = QStringLiteral("water");
    m_model = std::make_unique<PokemonListModel>();
    // Species first in the dex's order, then the forms appended as they become known.
    m_model->setEntries({
        listed(QStringLiteral("charmander"), QStringLiteral("Charmander"), { 4, { fire }, 1 }),
        listed(QStringLiteral("charizard"), QStringLiteral("Charizard"),
               { 6, { fire, flying }, 1 }),
        listed(QStringLiteral("squirtle"), QStringLiteral("Squirtle"), { 7, { water }, 1 }),
        listed(QStringLiteral("pikachu"), QStringLiteral("Pikachu"), { 25, { electric }, 1 }),
        listed(QStringLiteral("mr-mime"), QStringLiteral("Mr. Mime"), { 122, {}, 1 }),
        listed(QStringLiteral("dragonite"), QStringLiteral("Dragonite"),
               { 149, { dragon, flying }, 1 }),
        listed(QStringLiteral("koraidon"), QStringLiteral("Koraidon"),
               { 1007, { QStringLiteral("fighting"), dragon }, 9 }),
        listed(QStringLiteral("charizard-mega-x"), QStringLiteral("Mega Charizard X"),
               { 6, { fire, dragon }, 1, true }),
        listed(QStringLiteral("raichu-alola"), QStringLiteral("Alolan Raichu"),
               { 26, { electric, QStringLiteral("psychic") }, 1, true }),
    });
    m_filter = std::make_unique<PokemonFilterModel>();
    m_filter->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_PokemonFilterModel::cleanup()
{
    m_tester.reset();
    m_filter.reset();
    m_model.reset();
}

QStringList tst_PokemonFilterModel::shown() const
{
    QStringList slugs;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        slugs << m_filter->index(row, 0).data(PokemonListModel::SlugRole).toString();
    return slugs;
}

void tst_PokemonFilterModel::opensInPokedexOrderWithoutForms()
{
    QCOMPARE(shown(), list("charmander charizard squirtle pikachu mr-mime dragonite koraidon"));
    DexFilter forms;
    forms.forms = FormKindOf::Every;
    m_filter->setFilter(forms);
    // Each form beside its species, after it.
    QCOMPARE(shown(),
             list("charmander charizard charizard-mega-x squirtle pikachu raichu-alola mr-mime "
                  "dragonite koraidon"));
}

void tst_PokemonFilterModel::eachKindOfFormIsShownOnItsOwn()
{
    DexFilter filter;
    filter.forms = FormKind::Regional;
    m_filter->setFilter(filter);
    QCOMPARE(shown(),
             list("charmander charizard squirtle pikachu raichu-alola mr-mime dragonite koraidon"));
    filter.forms = FormKind::Mega;
    m_filter->setFilter(filter);
    QCOMPARE(shown(),
             list("charmander charizard charizard-mega-x squirtle pikachu mr-mime dragonite "
                  "koraidon"));
    // With a type: Fire and Dragon, Megas hidden, is none.
    filter.types = list("fire dragon");
    filter.forms = FormKind::Regional | FormKind::Other;
    m_filter->setFilter(filter);
    QCOMPARE(shown(), QStringList());
}

void tst_PokemonFilterModel::formKindOfItsName_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<FormKind>("kind");
    QTest::newRow("mega") << "venusaur-mega" << FormKind::Mega;
    QTest::newRow("mega x") << "charizard-mega-x" << FormKind::Mega;
    QTest::newRow("gigantamax") << "charizard-gmax" << FormKind::Gigantamax;
    QTest::newRow("alolan") << "raichu-alola" << FormKind::Regional;
    QTest::newRow("galarian, hyphenated species") << "mr-mime-galar" << FormKind::Regional;
    QTest::newRow("galarian zen") << "darmanitan-galar-zen" << FormKind::Regional;
    QTest::newRow("hisuian") << "growlithe-hisui" << FormKind::Regional;
    QTest::newRow("paldean breed") << "tauros-paldea-combat-breed" << FormKind::Regional;
    QTest::newRow("totem, though alolan") << "raticate-totem-alola" << FormKind::Other;
    QTest::newRow("primal") << "kyogre-primal" << FormKind::Other;
    QTest::newRow("cosplay") << "pikachu-rock-star" << FormKind::Other;
    QTest::newRow("a species named like a region") << "galar" << FormKind::Other;
    QTest::newRow("empty") << "" << FormKind::Other;
}

void tst_PokemonFilterModel::formKindOfItsName()
{
    QFETCH(QString, slug);
    QFETCH(FormKind, kind);
    QCOMPARE(FormKindOf::slug(slug), kind);
}

void tst_PokemonFilterModel::typesMustAllMatch()
{
    DexFilter filter;
    filter.types = list("fire flying");
    m_filter->setFilter(filter);
    QCOMPARE(shown(), QStringList { QStringLiteral("charizard") });
    filter.types = list("flying");
    m_filter->setFilter(filter);
    QCOMPARE(shown(), list("charizard dragonite"));
    // Mr. Mime's types are not known yet: no type filter lets it by.
    filter.types = list("psychic");
    m_filter->setFilter(filter);
    QCOMPARE(shown(), QStringList());
}

void tst_PokemonFilterModel::generationAndFormsAndTypes()
{
    DexFilter filter { { QStringLiteral("dragon") }, {}, FormKindOf::Every, {} };
    m_filter->setFilter(filter);
    // type:dragon includes Mega Charizard X.
    QCOMPARE(shown(), list("charizard-mega-x dragonite koraidon"));
    filter.generations = { 9 };
    m_filter->setFilter(filter);
    QCOMPARE(shown(), QStringList { QStringLiteral("koraidon") });
    filter.generations = { 9, 1 };
    m_filter->setFilter(filter);
    QCOMPARE(shown(), QStringList());
    filter = {};
    filter.types = { QStringLiteral("dragon") };
    m_filter->setFilter(filter); // forms hidden
    QCOMPARE(shown(), list("dragonite koraidon"));
}

void tst_PokemonFilterModel::textFindsNamesAndNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("start of a name") << QStringLiteral("char") << list("charmander charizard");
    QTest::addRow("any part, any case") << QStringLiteral("MIME") << list("mr-mime");
    QTest::addRow("as people write it") << QStringLiteral("mr. m") << list("mr-mime");
    QTest::addRow("a number") << QStringLiteral("25") << list("pikachu");
    QTest::addRow("a number's start") << QStringLiteral("1") << list("mr-mime dragonite koraidon");
    QTest::addRow("leading zeros") << QStringLiteral("006") << list("charizard");
    QTest::addRow("nothing") << QStringLiteral("zzz") << QStringList();
}

void tst_PokemonFilterModel::textFindsNamesAndNumbers()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    DexFilter filter;
    filter.text = text;
    m_filter->setFilter(filter);
    QCOMPARE(shown(), expected);
}

void tst_PokemonFilterModel::textFindsNamesInEveryLanguage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("showForms");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("German") << QStringLiteral("Glurak") << false << list("charizard");
    QTest::addRow("German, part of it") << QStringLiteral("glur") << false << list("charizard");
    QTest::addRow("Japanese kana") << QStringLiteral("リザードン") << false << list("charizard");
    QTest::addRow("Korean") << QStringLiteral("피카츄") << false << list("pikachu");
    QTest::addRow("a form by its species' name")
        << QStringLiteral("Glurak") << true << list("charizard charizard-mega-x");
    QTest::addRow("French") << QStringLiteral("M. Mime") << false << list("mr-mime");
}

void tst_PokemonFilterModel::textFindsNamesInEveryLanguage()
{
    QFETCH(QString, text);
    QFETCH(bool, showForms);
    QFETCH(QStringList, expected);
    // The names table is built on a worker; a filter typed before it lands applies then.
    NameIndex index(nullptr);
    m_filter->setNameIndex(&index);
    DexFilter filter;
    filter.text = text;
    filter.forms = showForms ? FormKindOf::Every : FormKinds();
    m_filter->setFilter(filter);
    QTRY_COMPARE(shown(), expected);
    m_filter->setNameIndex(nullptr);
}

void tst_PokemonFilterModel::statSortPutsRowsWithoutStatsLastEitherWay()
{
    m_model->setLoaded(
        3, pokemon(25, QStringLiteral("pikachu"), { QStringLiteral("electric") }, 90, 4), 1);
    m_model->setLoaded(
        1, pokemon(6, QStringLiteral("charizard"), { QStringLiteral("fire") }, 100, 17), 1);
    m_model->setLoaded(
        2, pokemon(7, QStringLiteral("squirtle"), { QStringLiteral("water") }, 43, 5), 1);
    m_filter->setSort(Key::Speed, Qt::DescendingOrder);
    QCOMPARE(shown().mid(0, 3), list("charizard pikachu squirtle"));
    // The rest in Pokédex order after them.
    QCOMPARE(shown().mid(3), list("charmander mr-mime dragonite koraidon"));
    m_filter->setSort(Key::Speed, Qt::AscendingOrder);
    QCOMPARE(shown().mid(0, 3), list("squirtle pikachu charizard"));
    QCOMPARE(shown().mid(3), list("charmander mr-mime dragonite koraidon"));
    QCOMPARE(m_filter->sortableCount(), 3);
    QCOMPARE(m_filter->rowsLackingSortData(), QList<int>({ 0, 4, 5, 6 }));
    m_filter->setSort(Key::Height, Qt::DescendingOrder);
    QCOMPARE(shown().mid(0, 3), list("charizard squirtle pikachu"));
    m_filter->setSort(Key::Number);
    QCOMPARE(m_filter->sortableCount(), 7);
    QCOMPARE(m_filter->rowsLackingSortData(), QList<int>());
}

void tst_PokemonFilterModel::aRowThatLoadsMovesIntoPlace()
{
    m_filter->setSort(Key::Speed, Qt::DescendingOrder);
    m_model->setLoaded(
        5, pokemon(149, QStringLiteral("dragonite"), { QStringLiteral("dragon") }, 80, 22), 1);
    QTRY_COMPARE(shown().first(), QStringLiteral("dragonite"));
    m_model->setLoaded(
        1, pokemon(6, QStringLiteral("charizard"), { QStringLiteral("fire") }, 100, 17), 1);
    QSignalSpy rearranged(m_filter.get(), &QAbstractItemModel::layoutChanged);
    // Rows that land together move together, once.
    QTRY_COMPARE(shown().mid(0, 2), list("charizard dragonite"));
    QCOMPARE(rearranged.size(), 1);
    QCOMPARE(m_filter->sortableCount(), 2);
}

void tst_PokemonFilterModel::nameSort()
{
    m_filter->setSort(Key::Name);
    QCOMPARE(shown(), list("charizard charmander dragonite koraidon mr-mime pikachu squirtle"));
    m_filter->setSort(Key::Name, Qt::DescendingOrder);
    QCOMPARE(shown().first(), QStringLiteral("squirtle"));
}

void tst_PokemonFilterModel::searchResultsKeepTheirOrderAndForms()
{
    m_filter->setSearchResults(true);
    // As the model holds them (typed), the forms too.
    QCOMPARE(shown().size(), m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_filter->mapToSource(m_filter->index(row, 0)).row(), row);
    m_filter->setSort(Key::Number, Qt::DescendingOrder);
    QCOMPARE(shown().first(), QStringLiteral("raichu-alola"));
}

void tst_PokemonFilterModel::arrangementChangesAreAnnounced()
{
    QSignalSpy changed(m_filter.get(), &PokemonFilterModel::arrangementChanged);
    m_filter->setSort(Key::Weight);
    m_filter->setSort(Key::Weight);
    DexFilter filter;
    filter.text = QStringLiteral("pika");
    m_filter->setFilter(filter);
    m_filter->setFilter(filter);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(PokemonFilterModel::labelOf(Key::SpecialAttack), QStringLiteral("Sp. Atk"));
    QVERIFY(PokemonFilterModel::needsLoadedRows(Key::BaseStatTotal));
    QVERIFY(!PokemonFilterModel::needsLoadedRows(Key::Name));
}

QTEST_GUILESS_MAIN(tst_PokemonFilterModel)
#include "tst_pokemonfiltermodel.moc"
