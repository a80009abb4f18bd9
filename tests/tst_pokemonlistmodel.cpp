// PokemonListModel: passes QAbstractItemModelTester and changes exactly one row at a time.

#include "search/displaynames.h"
#include "search/pokemonlistmodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

class tst_PokemonListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void rowsStartLoadingInTypedOrder();
    void eachTransitionChangesExactlyItsRow_data();
    void eachTransitionChangesExactlyItsRow();
    void changesInOneTurnAreToldOnce();
    void changesToRowsThatAreGoneAreNotTold();
    void rolesOfALoadedRow();
    void rolesOfANotFoundRow();
    void rolesOfANotLoadedRow();
    void retryCountsAttempts();
    void countsAndSlugLookup();
    void countsFollowEveryTransition();
    void displayName_data();
    void displayName();
    void listedRowsSayWhatTheDexKnows();
    void factsChangeOnlyTheRowsTheyChangeInOneSignal();
    void aListedRowsFirstLookupIsNotARetry();

private:
    static Pokemon pikachu();
    std::unique_ptr<PokemonListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

Pokemon tst_PokemonListModel::pikachu()
{
    Pokemon p;
    p.id = 25;
    p.name = QStringLiteral("pikachu");
    p.types = { QStringLiteral("electric") };
    p.spriteUrl = QUrl(QStringLiteral("http://127.0.0.1/sprites/25.png"));
    return p;
}

void tst_PokemonListModel::init()
{
    m_model = std::make_unique<PokemonListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<PokemonListModel::Entry> entries;
    for (const char *name : { "pikachu", "Mr. Mime", "bad_name", "eevee" }) {
        PokemonListModel::Entry e;
        e.query = QString::fromLatin1(name);
        e.slug = e.query.toLower();
        entries.append(e);
    }
    m_model->setEntries(entries);
}

void tst_PokemonListModel::rowsStartLoadingInTypedOrder()
{
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->index(1).data(PokemonListModel::QueryRole).toString(),
             QStringLiteral("Mr. Mime"));
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(
            m_model->index(row).data(PokemonListModel::StateRole).value<PokemonListModel::State>(),
            PokemonListModel::State::Loading);
    }
    QCOMPARE(m_model->counts().loading, 4);
}

void tst_PokemonListModel::eachTransitionChangesExactlyItsRow_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("transition");
    QTest::addColumn<PokemonListModel::State>("state");
    QTest::addColumn<bool>("finishes");
    QTest::addRow("loaded, first row") << 0 << 0 << PokemonListModel::State::Loaded << true;
    QTest::addRow("loaded, last row") << 3 << 0 << PokemonListModel::State::Loaded << true;
    QTest::addRow("not found") << 2 << 1 << PokemonListModel::State::NotFound << true;
    QTest::addRow("error") << 1 << 2 << PokemonListModel::State::Error << true;
    QTest::addRow("not loaded") << 1 << 4 << PokemonListModel::State::NotLoaded << true;
    QTest::addRow("suggestions only") << 2 << 3 << PokemonListModel::State::Loading << false;
}

void tst_PokemonListModel::eachTransitionChangesExactlyItsRow()
{
    QFETCH(int, row);
    QFETCH(int, transition);
    QFETCH(PokemonListModel::State, state);
    QFETCH(bool, finishes);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy finished(m_model.get(), &PokemonListModel::rowFinished);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    switch (transition) {
    case 0:
        m_model->setLoaded(row, pikachu(), 12.5);
        break;
    case 1:
        m_model->setNotFound(row, { QStringLiteral("bulbasaur") }, 30);
        break;
    case 2:
        m_model->setError(row, QStringLiteral("boom"), 40);
        break;
    case 3:
        m_model->setSuggestions(row, { QStringLiteral("x") });
        break;
    case 4:
        m_model->setNotLoaded(row, 50);
        break;
    }

    // The row is finished at once; views hear of the change on the next turn of the loop.
    QCOMPARE(finished.size(), finishes ? 1 : 0);
    QCOMPARE(changed.size(), 0);
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), m_model->index(row));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), m_model->index(row));
    QCOMPARE(reset.size(), 0);
    if (finishes)
        QCOMPARE(finished.at(0).at(0).toInt(), row);
    QCOMPARE(m_model->entry(row).state, state);
}

void tst_PokemonListModel::changesInOneTurnAreToldOnce()
{
    // 64 answers landing together, or 975 requests queued at once: one update for the views.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy finished(m_model.get(), &PokemonListModel::rowFinished);
    m_model->setLoaded(2, pikachu(), 10);
    m_model->setError(1, QStringLiteral("boom"), 20);
    m_model->setLoading(2);
    QCOMPARE(finished.size(), 2);
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), m_model->index(1));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), m_model->index(2));
    QCoreApplication::processEvents();
    QCOMPARE(changed.size(), 1);
    // The next turn's changes are told apart.
    m_model->setLoaded(0, pikachu(), 10);
    QTRY_COMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(0).toModelIndex(), m_model->index(0));
    QCOMPARE(changed.at(1).at(1).toModelIndex(), m_model->index(0));
}

void tst_PokemonListModel::changesToRowsThatAreGoneAreNotTold()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setLoaded(3, pikachu(), 10);
    m_model->setEntries({ PokemonListModel::Entry() }); // row 3 is gone before it is told
    QCoreApplication::processEvents();
    QCOMPARE(changed.size(), 0);
    m_model->setLoaded(0, pikachu(), 10);
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex(), m_model->index(0));
}

void tst_PokemonListModel::rolesOfALoadedRow()
{
    m_model->setLoaded(0, pikachu(), 212.4, true);
    const QModelIndex i = m_model->index(0);
    QCOMPARE(i.data(PokemonListModel::IdRole).toInt(), 25);
    QCOMPARE(i.data(PokemonListModel::NameRole).toString(), QStringLiteral("pikachu"));
    QCOMPARE(i.data(PokemonListModel::DisplayNameRole).toString(), QStringLiteral("Pikachu"));
    QCOMPARE(i.data(Qt::DisplayRole).toString(), QStringLiteral("Pikachu"));
    QCOMPARE(i.data(PokemonListModel::TypesRole).toStringList(),
             QStringList { QStringLiteral("electric") });
    QCOMPARE(i.data(PokemonListModel::SpriteUrlRole).toUrl(), pikachu().spriteUrl);
    QCOMPARE(i.data(PokemonListModel::ElapsedMsRole).toDouble(), 212.4);
    QCOMPARE(i.data(PokemonListModel::FromCacheRole).toBool(), true);
    QCOMPARE(i.data(PokemonListModel::PokemonRole).value<Pokemon>().id, 25);
    QVERIFY(i.data(Qt::ToolTipRole).toString().contains(QStringLiteral("from cache")));
    QVERIFY(m_model->roleNames().contains(PokemonListModel::SuggestionsRole));
}

void tst_PokemonListModel::rolesOfANotFoundRow()
{
    m_model->setNotFound(2, { QStringLiteral("bulbasaur") }, 30.0);
    const QModelIndex i = m_model->index(2);
    QCOMPARE(i.data(PokemonListModel::IdRole).toInt(), 0);
    QCOMPARE(i.data(PokemonListModel::NameRole).toString(), QStringLiteral("bad_name"));
    QCOMPARE(i.data(Qt::DisplayRole).toString(), QStringLiteral("bad_name"));
    QCOMPARE(i.data(PokemonListModel::SuggestionsRole).toStringList(),
             QStringList { QStringLiteral("bulbasaur") });
    QVERIFY(!i.data(PokemonListModel::PokemonRole).isValid());
    QVERIFY(i.data(Qt::ToolTipRole).toString().contains(QStringLiteral("bad_name")));
}

void tst_PokemonListModel::rolesOfANotLoadedRow()
{
    m_model->setNotLoaded(3, 70);
    const QModelIndex i = m_model->index(3);
    QCOMPARE(i.data(PokemonListModel::StateRole).value<PokemonListModel::State>(),
             PokemonListModel::State::NotLoaded);
    QCOMPARE(i.data(Qt::DisplayRole).toString(), QStringLiteral("eevee"));
    QVERIFY(i.data(PokemonListModel::ErrorRole).toString().isEmpty()); // nothing went wrong
    QCOMPARE(i.data(PokemonListModel::ElapsedMsRole).toDouble(), 70.0);
    QCOMPARE(i.data(Qt::ToolTipRole).toString(),
             QStringLiteral("eevee was not loaded: the search was cancelled (Enter loads it)"));
    m_model->setLoading(3); // a retry loads it
    QCOMPARE(m_model->entry(3).state, PokemonListModel::State::Loading);
    QCOMPARE(m_model->counts().notLoaded, 0);
}

void tst_PokemonListModel::retryCountsAttempts()
{
    m_model->setError(1, QStringLiteral("timeout"), 10);
    QCOMPARE(m_model->index(1).data(PokemonListModel::AttemptsRole).toInt(), 1);
    m_model->setLoading(1);
    QCOMPARE(m_model->entry(1).state, PokemonListModel::State::Loading);
    QVERIFY(m_model->entry(1).error.isEmpty());
    QCOMPARE(m_model->index(1).data(PokemonListModel::AttemptsRole).toInt(), 2);
}

void tst_PokemonListModel::countsAndSlugLookup()
{
    m_model->setLoaded(0, pikachu(), 1);
    m_model->setNotFound(2, {}, 2);
    m_model->setError(3, QStringLiteral("x"), 3);
    m_model->setNotLoaded(1, 4);
    const auto c = m_model->counts();
    QCOMPARE(c.loaded, 1);
    QCOMPARE(c.notFound, 1);
    QCOMPARE(c.error, 1);
    QCOMPARE(c.notLoaded, 1);
    QCOMPARE(c.loading, 0);
    QCOMPARE(c.total(), 4);
    QCOMPARE(m_model->rowOfSlug(QStringLiteral("eevee")), 3);
    QCOMPARE(m_model->rowOfSlug(QStringLiteral("mew")), -1);
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->counts().total(), 0);
}

void tst_PokemonListModel::countsFollowEveryTransition()
{
    // The model keeps its counts as rows change; they must always equal a recount.
    const auto recount = [this] {
        PokemonListModel::Counts c;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            switch (m_model->entry(row).state) {
            case PokemonListModel::State::Loading:
                ++c.loading;
                break;
            case PokemonListModel::State::Loaded:
                ++c.loaded;
                break;
            case PokemonListModel::State::NotFound:
                ++c.notFound;
                break;
            case PokemonListModel::State::Error:
                ++c.error;
                break;
            case PokemonListModel::State::Listed:
                ++c.listed;
                break;
            case PokemonListModel::State::NotLoaded:
                ++c.notLoaded;
                break;
            }
        }
        return c;
    };
    const auto same = [](const PokemonListModel::Counts &a, const PokemonListModel::Counts &b) {
        return a.loading == b.loading && a.loaded == b.loaded && a.notFound == b.notFound
            && a.error == b.error && a.listed == b.listed && a.notLoaded == b.notLoaded;
    };
    QRandomGenerator random(42);
    PokemonListModel::Entry extra;
    extra.query = QStringLiteral("x");
    for (int step = 0; step < 2000; ++step) {
        const int row = int(random.bounded(m_model->rowCount()));
        switch (random.bounded(8)) {
        case 0:
            m_model->setLoading(row);
            break;
        case 1:
            m_model->setLoaded(row, pikachu(), step);
            break;
        case 2:
            m_model->setNotFound(row, {}, step);
            break;
        case 3:
            m_model->setError(row, QStringLiteral("e"), step);
            break;
        case 4:
            extra.state = PokemonListModel::State(random.bounded(6));
            m_model->appendEntries({ extra });
            break;
        case 5:
            extra.state = PokemonListModel::State(random.bounded(6));
            m_model->replaceEntry(row, extra);
            break;
        case 6:
            if (random.bounded(50) == 0)
                m_model->setEntries({ extra, extra });
            break;
        case 7:
            m_model->setNotLoaded(row, step);
            break;
        }
        QVERIFY2(same(m_model->counts(), recount()), qPrintable(QString::number(step)));
    }
}

void tst_PokemonListModel::displayName_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("species");
    QTest::addColumn<QString>("expected");
    QTest::addRow("simple") << QStringLiteral("pikachu") << QString() << QStringLiteral("Pikachu");
    QTest::addRow("dashed") << QStringLiteral("ho-oh") << QString() << QStringLiteral("Ho-Oh");
    QTest::addRow("form without its species")
        << QStringLiteral("deoxys-normal") << QString() << QStringLiteral("Deoxys-Normal");
    QTest::addRow("form with its species")
        << QStringLiteral("deoxys-normal") << QStringLiteral("deoxys")
        << QStringLiteral("Deoxys (Normal)");
    QTest::addRow("two-word form")
        << QStringLiteral("tauros-paldea-combat-breed") << QStringLiteral("tauros")
        << QStringLiteral("Paldean Tauros (Combat Breed)");
    QTest::addRow("mega x") << QStringLiteral("charizard-mega-x") << QStringLiteral("charizard")
                            << QStringLiteral("Mega Charizard X");
    QTest::addRow("mega without species")
        << QStringLiteral("charizard-mega-y") << QString() << QStringLiteral("Mega Charizard Y");
    QTest::addRow("mega") << QStringLiteral("venusaur-mega") << QStringLiteral("venusaur")
                          << QStringLiteral("Mega Venusaur");
    QTest::addRow("gigantamax") << QStringLiteral("charizard-gmax") << QStringLiteral("charizard")
                                << QStringLiteral("Gigantamax Charizard");
    QTest::addRow("primal") << QStringLiteral("groudon-primal") << QStringLiteral("groudon")
                            << QStringLiteral("Primal Groudon");
    QTest::addRow("alolan") << QStringLiteral("raichu-alola") << QStringLiteral("raichu")
                            << QStringLiteral("Alolan Raichu");
    QTest::addRow("galarian with a mode")
        << QStringLiteral("darmanitan-galar-zen") << QStringLiteral("darmanitan")
        << QStringLiteral("Galarian Darmanitan (Zen)");
    QTest::addRow("regional form of a named species")
        << QStringLiteral("mr-mime-galar") << QStringLiteral("mr-mime")
        << QStringLiteral("Galarian Mr. Mime");
    QTest::addRow("regional form, species unknown")
        << QStringLiteral("mr-mime-galar") << QString() << QStringLiteral("Galarian Mr. Mime");
    QTest::addRow("a cap is no region")
        << QStringLiteral("pikachu-alola-cap") << QStringLiteral("pikachu")
        << QStringLiteral("Pikachu (Alola Cap)");
    QTest::addRow("gendered form")
        << QStringLiteral("oinkologne-male") << QStringLiteral("oinkologne")
        << QStringLiteral("Oinkologne (Male)");
    QTest::addRow("species itself") << QStringLiteral("charizard") << QStringLiteral("charizard")
                                    << QStringLiteral("Charizard");
    QTest::addRow("species given that does not match")
        << QStringLiteral("pikachu") << QStringLiteral("raichu") << QStringLiteral("Pikachu");
    QTest::addRow("empty") << QString() << QString() << QString();
    QTest::addRow("double dash") << QStringLiteral("a--b") << QString() << QStringLiteral("A--B");
    QTest::addRow("Mr. Mime") << QStringLiteral("mr-mime") << QString()
                              << QStringLiteral("Mr. Mime");
    QTest::addRow("Type: Null") << QStringLiteral("type-null") << QStringLiteral("type-null")
                                << QStringLiteral("Type: Null");
    QTest::addRow("Nidoran♀") << QStringLiteral("nidoran-f") << QString()
                              << QStringLiteral("Nidoran♀");
    QTest::addRow("Farfetch’d") << QStringLiteral("farfetchd") << QString()
                                << QStringLiteral("Farfetch’d");
    QTest::addRow("two words") << QStringLiteral("tapu-koko") << QString()
                               << QStringLiteral("Tapu Koko");
    QTest::addRow("Jangmo-o stays")
        << QStringLiteral("jangmo-o") << QStringLiteral("jangmo-o") << QStringLiteral("Jangmo-o");
    QTest::addRow("prefix is not a species")
        << QStringLiteral("mr") << QString() << QStringLiteral("Mr");
    QTest::addRow("trailing dash")
        << QStringLiteral("mr-mime-") << QString() << QStringLiteral("Mr. Mime-");
    QTest::addRow("only dashes") << QStringLiteral("--") << QString() << QStringLiteral("--");
}

// What cards, the pane title and the form chips all show (DisplayNames::forPokemon).
void tst_PokemonListModel::displayName()
{
    QFETCH(QString, slug);
    QFETCH(QString, species);
    QFETCH(QString, expected);
    QCOMPARE(DisplayNames::forPokemon(slug, species), expected);
}

void tst_PokemonListModel::listedRowsSayWhatTheDexKnows()
{
    PokemonListModel::Entry listed;
    listed.query = listed.slug = QStringLiteral("charizard");
    listed.title = QStringLiteral("Charizard");
    listed.state = PokemonListModel::State::Listed;
    listed.facts = { 6, { QStringLiteral("fire"), QStringLiteral("flying") }, 1 };
    m_model->appendEntries({ listed });
    const QModelIndex row = m_model->index(4);
    QCOMPARE(m_model->counts().listed, 1);
    QCOMPARE(m_model->counts().total(), 5);
    QCOMPARE(row.data(PokemonListModel::NumberRole).toInt(), 6);
    QCOMPARE(row.data(PokemonListModel::TypesRole).toStringList(), listed.facts.types);
    QCOMPARE(row.data(PokemonListModel::GenerationRole).toInt(), 1);
    QCOMPARE(row.data(PokemonListModel::IdRole).toInt(), 0);
    QCOMPARE(row.data(Qt::ToolTipRole).toString(), QStringLiteral("#006 Charizard"));

    // Once loaded, the Pokémon's own data speaks.
    Pokemon loaded = pikachu();
    loaded.types = { QStringLiteral("electric") };
    m_model->setLoaded(4, loaded, 10);
    QCOMPARE(row.data(PokemonListModel::NumberRole).toInt(), 25);
    QCOMPARE(row.data(PokemonListModel::TypesRole).toStringList(), loaded.types);
    QCOMPARE(row.data(PokemonListModel::GenerationRole).toInt(), 1);
    QCOMPARE(m_model->counts().listed, 0);
}

void tst_PokemonListModel::factsChangeOnlyTheRowsTheyChangeInOneSignal()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const DexFacts pikachuFacts { 25, { QStringLiteral("electric") }, 1 };
    const DexFacts eeveeFacts { 133, { QStringLiteral("normal") }, 1 };
    DexFactsBySlug facts { { QStringLiteral("pikachu"), pikachuFacts },
                           { QStringLiteral("eevee"), eeveeFacts },
                           { QStringLiteral("mew"), { 151, {}, 1 } } };
    m_model->setFacts(facts);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 3);
    QCOMPARE(m_model->entry(0).facts, pikachuFacts);
    QCOMPARE(m_model->entry(1).facts, DexFacts());
    QCOMPARE(m_model->entry(3).facts, eeveeFacts);

    // The same facts again change nothing.
    m_model->setFacts(facts);
    QCOMPARE(changed.size(), 1);
    facts.remove(QStringLiteral("pikachu"));
    facts[QStringLiteral("eevee")].generation = 4;
    m_model->setFacts(facts);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.last().at(0).toModelIndex().row(), 3);
    QCOMPARE(changed.last().at(1).toModelIndex().row(), 3);
}

void tst_PokemonListModel::aListedRowsFirstLookupIsNotARetry()
{
    PokemonListModel::Entry listed;
    listed.query = listed.slug = QStringLiteral("mew");
    listed.state = PokemonListModel::State::Listed;
    m_model->setEntries({ listed });
    QSignalSpy finished(m_model.get(), &PokemonListModel::rowFinished);
    m_model->setLoading(0);
    QCOMPARE(m_model->entry(0).state, PokemonListModel::State::Loading);
    QCOMPARE(m_model->entry(0).attempts, 1);
    QCOMPARE(m_model->counts().loading, 1);
    QCOMPARE(m_model->counts().listed, 0);
    QCOMPARE(finished.size(), 0);
    m_model->setError(0, QStringLiteral("boom"), 1);
    m_model->setLoading(0);
    QCOMPARE(m_model->entry(0).attempts, 2);
}

QTEST_GUILESS_MAIN(tst_PokemonListModel)
#include "tst_pokemonlistmodel.moc"
