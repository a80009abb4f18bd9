// The detail pane: its widgets fed by hand (formatting, each part's loading, ready and
// failed states, the evolution tree, the artwork and sprite toggle), then the whole window
// against the fake PokeAPI with the real PokemonDetailsLoader.

#include "api/pokeapiclient.h"
#include "api/pokeapiparser.h"
#include "api/pokemondetailsloader.h"
#include "artworkbanner.h"
#include "cardview.h"
#include "detailhistory.h"
#include "detailhost.h"
#include "detailpane.h"
#include "detailpart.h"
#include "detailpresenter.h"
#include "evolutiontreeview.h"
#include "fakepokeapi.h"
#include "mainwindow.h"
#include "matchupview.h"
#include "net/requestqueue.h"
#include "pokemonformat.h"
#include "search/displaynames.h"
#include "search/nameindex.h"
#include "search/pokemonlistmodel.h"
#include "search/searchcontroller.h"
#include "searchbar.h"
#include "spritecache.h"
#include "statsview.h"
#include "windowactions.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {

Pokemon pokemonFromTestData(int id)
{
    QFile file(QStringLiteral(POKEDEX_TEST_DATA "/api/v2/pokemon/%1.json").arg(id));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString error;
    const auto pokemon = PokeApiParser::parsePokemon(file.readAll(), &error);
    if (!pokemon)
        qWarning("%s", qPrintable(error));
    return pokemon.value_or(Pokemon());
}

EvolutionNode node(const QString &species, int id, const QString &trigger = {},
                   const QList<EvolutionNode> &evolvesTo = {})
{
    EvolutionNode n;
    n.species = species;
    n.speciesUrl = QUrl(QStringLiteral("http://127.0.0.1/api/v2/pokemon-species/%1/").arg(id));
    n.trigger = trigger;
    n.evolvesTo = evolvesTo;
    return n;
}

EvolutionNode charmanderChain()
{
    return node(QStringLiteral("charmander"), 4, {},
                { node(QStringLiteral("charmeleon"), 5, QStringLiteral("Level 16"),
                       { node(QStringLiteral("charizard"), 6, QStringLiteral("Level 36")) }) });
}

EvolutionNode eeveeChain()
{
    return node(QStringLiteral("eevee"), 133, {},
                { node(QStringLiteral("vaporeon"), 134, QStringLiteral("Use Water Stone")),
                  node(QStringLiteral("jolteon"), 135, QStringLiteral("Use Thunder Stone")),
                  node(QStringLiteral("flareon"), 136, QStringLiteral("Use Fire Stone")),
                  node(QStringLiteral("espeon"), 196, QStringLiteral("High friendship, day")),
                  node(QStringLiteral("umbreon"), 197, QStringLiteral("High friendship, night")),
                  node(QStringLiteral("leafeon"), 470,
                       QStringLiteral("Level up near a Moss Rock, or use a Leaf Stone")),
                  node(QStringLiteral("glaceon"), 471, QStringLiteral("Use Ice Stone")),
                  node(QStringLiteral("sylveon"), 700,
                       QStringLiteral("High affection, knowing a Fairy move")) });
}

EvolutionNode wurmpleChain()
{
    return node(QStringLiteral("wurmple"), 265, {},
                { node(QStringLiteral("silcoon"), 266, QStringLiteral("Level 7"),
                       { node(QStringLiteral("beautifly"), 267, QStringLiteral("Level 10")) }),
                  node(QStringLiteral("cascoon"), 268, QStringLiteral("Level 7"),
                       { node(QStringLiteral("dustox"), 269, QStringLiteral("Level 10")) }) });
}

SpeciesDetails charizardSpecies()
{
    SpeciesDetails s;
    s.id = 6;
    s.name = QStringLiteral("charizard");
    s.englishName = QStringLiteral("Charizard");
    s.genus = QStringLiteral("Flame Pokémon");
    s.flavorText = QStringLiteral("It spits fire that is hot enough to melt boulders.");
    s.generation = QStringLiteral("generation-i");
    for (const char *form : { "charizard", "charizard-mega-x", "charizard-mega-y" }) {
        SpeciesVariety v;
        v.name = QString::fromLatin1(form);
        v.isDefault = v.name == QLatin1String("charizard");
        s.varieties << v;
    }
    return s;
}

TypeMatchups charizardMatchups()
{
    TypeMatchups m;
    m.quadruple = QStringList { QStringLiteral("rock") };
    m.twice = QStringList { QStringLiteral("water"), QStringLiteral("electric") };
    m.half = QStringList { QStringLiteral("fire"), QStringLiteral("fighting"),
                           QStringLiteral("steel"), QStringLiteral("fairy") };
    m.quarter = QStringList { QStringLiteral("bug"), QStringLiteral("grass") };
    m.immune = QStringList { QStringLiteral("ground") };
    return m;
}

bool isShown(const QWidget *widget, const QWidget *within)
{
    return widget && widget->isVisibleTo(within);
}

// With POKEDEX_DETAIL_DUMP=dir set, the pane is saved there as a PNG to look at.
void dump(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("POKEDEX_DETAIL_DUMP");
    if (dir.isEmpty())
        return;
    // Let the layouts settle first (nested ones take a round each).
    for (int i = 0; i < 4; ++i)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

// The whole scrolled content of the pane.
void dump(DetailPane *pane, const QString &name)
{
    dump(pane->scrollArea()->widget(), name);
}

} // namespace

class tst_DetailPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // Widgets, fed by hand
    void heightAndWeight_data();
    void heightAndWeight();
    void slugsForPeople_data();
    void slugsForPeople();
    void showsWhatThePokemonHoldsAtOnce();
    void speciesFillsNameGenusFlavourAndForms();
    void speciesInTheDisplayLanguageOrMarkedEnglish();
    void aFormIsNamedAfterItsSpecies();
    void matchupsListEachMultiplier();
    void statBarsColourByValue();
    void linearChainShowsItsTriggers();
    void eeveeBranchesEightWays();
    void wurmpleSplitsInTwo();
    void clickingAMemberOpensIt();
    void keyboardMovesThroughTheTree();
    void failedPartShowsAnErrorAndRetries();
    void failedSpeciesAlsoStopsTheEvolution();
    void lookupShowsSkeletonsThenItsFailure();
    void artworkPlaceholderAndShinyToggle();
    void shinyToggleSwitchesTheArtworkToo();
    void escapeAndTheCloseButtonClose();
    void focusInThePaneShows();
    void historyStepsLikeABrowser();

    // The window, the real loader and the fake PokeAPI
    void selectingCharizardFillsThePane();
    void navigationKeysFollowAnOpenPaneButNeverReopenIt();
    void aNewSearchAndEscInTheSearchBoxCloseThePane();
    void aNarrowWindowOpensThePaneOverTheGrid_data();
    void aNarrowWindowOpensThePaneOverTheGrid();
    void eeveeShowsItsEightBranches();
    void aFailedPartShowsItsErrorAndRetryWorks();
    void retryInThePaneKeepsTheFocusThere();
    void retryInThePaneWhileOfflineSaysWhy();
    void selectingAnotherCardCancelsTheFirstLoad();
    void clickingAnEvolutionMemberOpensIt();
    void escapeClosesThePaneAndStopsItsRequests();
    void backAndForwardStepThroughWhatThePaneShowed();
    void openingAMemberKeepsTheFocusInThePane();
    void paneWidthIsRememberedAcrossRuns();

private:
    void startWindow();
    void searchAndWait(const QString &text);
    void clickCard(int row);
    DetailPane *windowPane() const { return m_window->detailPane(); }

    std::unique_ptr<DetailPane> m_pane;
    Pokemon m_charizard;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<FakePokeApi> m_fake;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<PokeApiClient> m_client;
    std::unique_ptr<PokemonListModel> m_model;
    std::unique_ptr<NameIndex> m_index;
    std::unique_ptr<SearchController> m_controller;
    std::unique_ptr<MainWindow> m_window;

    // The grid's index of model row `row` (the grid shows the model through a filter, in the
    // same order for a search).
    QModelIndex cardAt(int row) const { return m_window->cardView()->model()->index(row, 0); }
};

void tst_DetailPane::initTestCase()
{
    // Window geometry and the splitter go to a throw-away place, never the user's settings.
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("PokedexTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_detailpane"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_charizard = pokemonFromTestData(6);
    QVERIFY(m_charizard.isValid());
}

void tst_DetailPane::init()
{
    m_pane = std::make_unique<DetailPane>(nullptr);
    m_pane->resize(440, 900);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void tst_DetailPane::cleanup()
{
    m_pane.reset();
    m_window.reset();
    m_controller.reset();
    m_index.reset();
    m_model.reset();
    m_client.reset();
    m_nam.reset();
    m_fake.reset();
}

void tst_DetailPane::startWindow()
{
    QSettings().clear();
    m_pane.reset();
    m_fake = std::make_unique<FakePokeApi>(QStringLiteral(POKEDEX_TEST_DATA));
    QVERIFY(m_fake->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<PokeApiClient>(m_nam.get(), m_fake->apiUrl());
    m_model = std::make_unique<PokemonListModel>();
    m_index = std::make_unique<NameIndex>(m_client.get());
    m_controller = std::make_unique<SearchController>(m_client.get(), m_model.get(), m_index.get());
    m_window = std::make_unique<MainWindow>(m_controller.get(), m_client.get());
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(!windowPane()->isVisible()); // nothing selected yet
}

void tst_DetailPane::searchAndWait(const QString &text)
{
    QSignalSpy finished(m_controller.get(), &SearchController::finished);
    m_window->search(text);
    QVERIFY(finished.wait());
    QCOMPARE(m_model->counts().loaded, m_model->rowCount());
    // The cards ask for their sprites when painted: let that be over before the pane starts.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString sprite
            = m_model->index(row).data(PokemonListModel::SpriteUrlRole).toUrl().path();
        QTRY_VERIFY2(m_fake->requestedPaths().contains(sprite), qPrintable(sprite));
    }
    QTRY_COMPARE(m_client->queue()->inFlightCount() + m_client->queue()->pendingCount(), 0);
}

void tst_DetailPane::clickCard(int row)
{
    CardView *view = m_window->cardView();
    const QRect card = view->visualRect(cardAt(row));
    QVERIFY(view->viewport()->rect().contains(card.center()));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, card.center());
}

void tst_DetailPane::heightAndWeight_data()
{
    QTest::addColumn<int>("decimetres");
    QTest::addColumn<QString>("height");
    QTest::addColumn<int>("hectograms");
    QTest::addColumn<QString>("weight");
    QTest::addRow("charizard") << 17 << QStringLiteral("1.7 m (5′ 7″)") << 905
                               << QStringLiteral("90.5 kg (199.5 lb)");
    QTest::addRow("pikachu") << 4 << QStringLiteral("0.4 m (1′ 4″)") << 60
                             << QStringLiteral("6.0 kg (13.2 lb)");
    QTest::addRow("whole feet") << 61 << QStringLiteral("6.1 m (20′ 0″)") << 1
                                << QStringLiteral("0.1 kg (0.2 lb)");
    QTest::addRow("wailord") << 145 << QStringLiteral("14.5 m (47′ 7″)") << 3980
                             << QStringLiteral("398.0 kg (877.4 lb)");
    QTest::addRow("unknown") << 0 << QStringLiteral("0.0 m (0′ 0″)") << 0
                             << QStringLiteral("0.0 kg (0.0 lb)");
}

void tst_DetailPane::heightAndWeight()
{
    QFETCH(int, decimetres);
    QFETCH(QString, height);
    QFETCH(int, hectograms);
    QFETCH(QString, weight);
    QCOMPARE(PokemonFormat::height(decimetres), height);
    QCOMPARE(PokemonFormat::weight(hectograms), weight);
}

void tst_DetailPane::slugsForPeople_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("title");
    QTest::addRow("one word") << QStringLiteral("blaze") << QStringLiteral("Blaze");
    QTest::addRow("two words") << QStringLiteral("solar-power") << QStringLiteral("Solar Power");
    QTest::addRow("form") << QStringLiteral("charizard-mega-x")
                          << QStringLiteral("Charizard Mega X");
    QTest::addRow("stray dashes") << QStringLiteral("-mr--mime-") << QStringLiteral("Mr Mime");
    QTest::addRow("empty") << QString() << QString();
}

void tst_DetailPane::slugsForPeople()
{
    QFETCH(QString, slug);
    QFETCH(QString, title);
    QCOMPARE(PokemonFormat::title(slug), title);
    QCOMPARE(PokemonFormat::statLabel(QStringLiteral("special-attack")), QStringLiteral("Sp. Atk"));
    QCOMPARE(PokemonFormat::idFromUrl(QStringLiteral("/api/v2/pokemon-species/133/")), 133);
    QCOMPARE(PokemonFormat::idFromUrl(QStringLiteral("nonsense")), 0);
}

void tst_DetailPane::showsWhatThePokemonHoldsAtOnce()
{
    m_pane->setPokemon(m_charizard);
    QCOMPARE(m_pane->displayName(), QStringLiteral("Charizard")); // from the slug, for now
    QCOMPARE(m_pane->numberText(), QStringLiteral("#006"));
    QCOMPARE(m_pane->types(), QStringList({ QStringLiteral("fire"), QStringLiteral("flying") }));
    QCOMPARE(m_pane->heightText(), QStringLiteral("1.7 m (5′ 7″)"));
    QCOMPARE(m_pane->weightText(), QStringLiteral("90.5 kg (199.5 lb)"));
    QCOMPARE(m_pane->abilities(),
             QStringList({ QStringLiteral("Blaze"), QStringLiteral("Solar Power (hidden)") }));
    QCOMPARE(m_pane->statsView()->rows(),
             QStringList({ QStringLiteral("HP 78"), QStringLiteral("Attack 84"),
                           QStringLiteral("Defense 78"), QStringLiteral("Sp. Atk 109"),
                           QStringLiteral("Sp. Def 85"), QStringLiteral("Speed 100") }));
    QCOMPARE(m_pane->statsView()->total(), 534);
    QCOMPARE(m_pane->statsView()->bars().size(), 6);

    // Everything else is on its way: skeletons, no text yet, no spinner without an end.
    QCOMPARE(m_pane->part(DetailSection::Pokemon)->state(), DetailPart::State::Ready);
    for (const DetailSection part :
         { DetailSection::Species, DetailSection::Types, DetailSection::Evolution }) {
        DetailPart *p = m_pane->part(part);
        QCOMPARE(p->state(), DetailPart::State::Loading);
        QVERIFY(!isShown(p->content(), p));
        auto *skeleton = p->findChild<SkeletonLines *>();
        QVERIFY(isShown(skeleton, p));
        QVERIFY(skeleton->isPulsing());
    }
    QVERIFY(m_pane->genus().isEmpty());
    QCOMPARE(m_pane->banner()->artworkState(), ArtworkBanner::ArtworkState::Loading);
    QVERIFY(m_pane->forms().isEmpty());
    dump(m_pane.get(), QStringLiteral("loading"));

    // Hidden, nothing pulses.
    m_pane->hide();
    QVERIFY(!m_pane->part(DetailSection::Species)->findChild<SkeletonLines *>()->isPulsing());
}

void tst_DetailPane::speciesFillsNameGenusFlavourAndForms()
{
    Pokemon mrMime = pokemonFromTestData(122);
    QVERIFY(mrMime.isValid());
    m_pane->setPokemon(mrMime);
    QCOMPARE(m_pane->displayName(), QStringLiteral("Mr. Mime")); // as the card writes it

    SpeciesDetails species;
    species.name = QStringLiteral("mr-mime");
    species.englishName = QStringLiteral("Mr. Mime");
    species.genus = QStringLiteral("Barrier Pokémon");
    species.flavorText = QStringLiteral("If interrupted while it is miming, it will slap around "
                                        "the offender with its broad hands.");
    SpeciesVariety self;
    self.name = QStringLiteral("mr-mime");
    self.isDefault = true;
    SpeciesVariety galar;
    galar.name = QStringLiteral("mr-mime-galar");
    species.varieties = { self, galar };
    m_pane->setSpecies(species);

    QCOMPARE(m_pane->displayName(), QStringLiteral("Mr. Mime"));
    QVERIFY(m_pane->formName().isEmpty());
    QCOMPARE(m_pane->genus(), QStringLiteral("Barrier Pokémon"));
    QCOMPARE(m_pane->flavorText(), species.flavorText);
    QCOMPARE(m_pane->part(DetailSection::Species)->state(), DetailPart::State::Ready);
    QCOMPARE(m_pane->forms(),
             QStringList({ QStringLiteral("mr-mime"), QStringLiteral("mr-mime-galar") }));

    // The form on show is not a link; the other one opens.
    QSignalSpy open(m_pane.get(), &DetailPane::openRequested);
    const QList<QAbstractButton *> buttons = m_pane->formButtons();
    QVERIFY(!buttons.at(0)->isEnabled());
    QCOMPARE(buttons.at(1)->text(), QStringLiteral("Galarian Mr. Mime"));
    m_pane->scrollArea()->ensureWidgetVisible(buttons.at(1));
    QTest::mouseClick(buttons.at(0), Qt::LeftButton);
    QTest::mouseClick(buttons.at(1), Qt::LeftButton);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("mr-mime-galar"));

    // A species with one variety offers no forms.
    species.varieties = { self };
    m_pane->setSpecies(species);
    QVERIFY(m_pane->forms().isEmpty());
}

void tst_DetailPane::speciesInTheDisplayLanguageOrMarkedEnglish()
{
    const auto english = qScopeGuard([] { DisplayNames::setLanguage(QStringLiteral("en")); });
    DisplayNames::setLanguage(QStringLiteral("de"));
    Pokemon charizard = pokemonFromTestData(6);
    QVERIFY(charizard.isValid());
    m_pane->setPokemon(charizard);
    QCOMPARE(m_pane->displayName(), QStringLiteral("Glurak")); // from the built-in table

    SpeciesDetails species;
    species.name = QStringLiteral("charizard");
    species.englishName = QStringLiteral("Charizard");
    species.genus = QStringLiteral("Flame Pokémon");
    species.flavorText = QStringLiteral("It spits fire.");
    species.names = { { QStringLiteral("en"), species.englishName },
                      { QStringLiteral("de"), QStringLiteral("Glurak") } };
    species.genera = { { QStringLiteral("en"), species.genus },
                       { QStringLiteral("de"), QStringLiteral("Flamme") } };
    species.flavorTexts = { { QStringLiteral("en"), species.flavorText } }; // none in German
    m_pane->setSpecies(species);
    QCOMPARE(m_pane->displayName(), QStringLiteral("Glurak"));
    QCOMPARE(m_pane->genus(), QStringLiteral("Flamme"));
    QCOMPARE(m_pane->flavorText(), QStringLiteral("It spits fire. (in English)"));
}

void tst_DetailPane::aFormIsNamedAfterItsSpecies()
{
    Pokemon megaX = m_charizard;
    megaX.name = QStringLiteral("charizard-mega-x");
    m_pane->setPokemon(megaX);
    // Titled as PokeAPI names the form, and as its card is titled, before and after the
    // species arrives; its number is the species' (#006), never the form's id.
    megaX.id = 10034;
    megaX.speciesName = QStringLiteral("charizard");
    megaX.speciesId = 6;
    m_pane->setPokemon(megaX);
    QCOMPARE(m_pane->displayName(), QStringLiteral("Mega Charizard X"));
    QCOMPARE(m_pane->numberText(), QStringLiteral("#006"));
    m_pane->setSpecies(charizardSpecies());
    QCOMPARE(m_pane->displayName(), QStringLiteral("Mega Charizard X"));
    QCOMPARE(m_pane->formName(), QString());
    QCOMPARE(m_pane->forms().size(), 3);
    QVERIFY(!m_pane->formButtons().at(1)->isEnabled()); // Mega X is on show
    QVERIFY(m_pane->formButtons().at(0)->isEnabled());
}

void tst_DetailPane::matchupsListEachMultiplier()
{
    m_pane->setPokemon(m_charizard);
    m_pane->setMatchups(charizardMatchups());
    QCOMPARE(m_pane->part(DetailSection::Types)->state(), DetailPart::State::Ready);
    MatchupView *view = m_pane->matchupView();
    QCOMPARE(view->typesShown(4), QStringList { QStringLiteral("rock") });
    QCOMPARE(view->typesShown(2),
             QStringList({ QStringLiteral("water"), QStringLiteral("electric") }));
    QCOMPARE(view->typesShown(0.5).size(), 4);
    QCOMPARE(view->typesShown(0.25),
             QStringList({ QStringLiteral("bug"), QStringLiteral("grass") }));
    QCOMPARE(view->typesShown(0), QStringList { QStringLiteral("ground") });
    QCOMPARE(view->caption(4), QStringLiteral("Weak ×4"));
    QCOMPARE(view->caption(0.5), QStringLiteral("Resists ×½"));
    QCOMPARE(view->caption(0), QStringLiteral("Immune ×0"));
    dump(m_pane.get(), QStringLiteral("matchups"));

    // Gengar: no ×4, two immunities; rows without a type are not shown.
    TypeMatchups gengar;
    gengar.twice = QStringList { QStringLiteral("ground"), QStringLiteral("psychic"),
                                 QStringLiteral("ghost"), QStringLiteral("dark") };
    gengar.immune = QStringList { QStringLiteral("normal"), QStringLiteral("fighting") };
    m_pane->setMatchups(gengar);
    QVERIFY(view->typesShown(4).isEmpty());
    QCOMPARE(view->typesShown(0),
             QStringList({ QStringLiteral("normal"), QStringLiteral("fighting") }));
    const QList<QLabel *> captions = view->findChildren<QLabel *>();
    int shown = 0;
    for (QLabel *label : captions)
        shown += label->isVisibleTo(view) && label->text().contains(u'×');
    QCOMPARE(shown, 2);
}

void tst_DetailPane::statBarsColourByValue()
{
    QList<int> values = { 10, 45, 75, 105, 135, 180 };
    QSet<QRgb> colours;
    for (int v : values)
        colours.insert(StatBar::colorFor(v).rgb());
    QCOMPARE(colours.size(), values.size());
    QCOMPARE(StatBar::colorFor(255), StatBar::colorFor(150));
    // Low values are red, high ones green or teal.
    QVERIFY(StatBar::colorFor(20).red() > StatBar::colorFor(20).green());
    QVERIFY(StatBar::colorFor(130).green() > StatBar::colorFor(130).red());

    m_pane->setPokemon(m_charizard);
    const QList<StatBar *> bars = m_pane->statsView()->bars();
    QCOMPARE(bars.at(3)->value(), 109); // Sp. Atk
    // The longer bar is filled further: sample the pixel at 50% of each bar.
    const auto filledAt = [](StatBar *bar, qreal share) {
        const QImage image = bar->grab().toImage();
        return QColor(image.pixel(int(image.width() * share), image.height() / 2));
    };
    QCOMPARE(filledAt(bars.at(3), 0.5).rgb(), StatBar::colorFor(109).rgb());
    QVERIFY(filledAt(bars.at(0), 0.5).rgb() != StatBar::colorFor(78).rgb()); // 78/200 < 50%
}

void tst_DetailPane::linearChainShowsItsTriggers()
{
    m_pane->setPokemon(m_charizard);
    m_pane->setEvolution(charmanderChain());
    QCOMPARE(m_pane->part(DetailSection::Evolution)->state(), DetailPart::State::Ready);
    EvolutionTreeView *tree = m_pane->evolutionTree();
    QCOMPARE(tree->species(),
             QStringList({ QStringLiteral("charmander"), QStringLiteral("charmeleon"),
                           QStringLiteral("charizard") }));
    QCOMPARE(tree->childrenOf(QStringLiteral("charmander")),
             QStringList { QStringLiteral("charmeleon") });
    QCOMPARE(tree->triggerOf(QStringLiteral("charmeleon")), QStringLiteral("Level 16"));
    QCOMPARE(tree->triggerOf(QStringLiteral("charizard")), QStringLiteral("Level 36"));
    QVERIFY(tree->triggerOf(QStringLiteral("charmander")).isEmpty());
    // Wide enough, the stages run left to right on one row.
    m_pane->resize(720, 900);
    QTRY_VERIFY(!tree->isVertical() && tree->width() > 600);
    QRect a = tree->nodeRect(QStringLiteral("charmander"));
    QRect b = tree->nodeRect(QStringLiteral("charmeleon"));
    QRect c = tree->nodeRect(QStringLiteral("charizard"));
    QVERIFY(a.right() < b.left() && b.right() < c.left());
    QCOMPARE(a.center().y(), c.center().y());
    QVERIFY(tree->rect().contains(a) && tree->rect().contains(c));

    // Too narrow for that, they run downwards instead: never a sideways scroll bar.
    m_pane->resize(380, 900);
    QTRY_VERIFY(tree->isVertical());
    QTRY_VERIFY(tree->rect().contains(tree->nodeRect(QStringLiteral("charizard"))));
    a = tree->nodeRect(QStringLiteral("charmander"));
    b = tree->nodeRect(QStringLiteral("charmeleon"));
    c = tree->nodeRect(QStringLiteral("charizard"));
    QVERIFY(a.bottom() < b.top() && b.bottom() < c.top());
    QCOMPARE(a.center().x(), c.center().x());
    QVERIFY(!m_pane->scrollArea()->horizontalScrollBar()->isVisible());
    dump(m_pane.get(), QStringLiteral("charizard"));
}

void tst_DetailPane::eeveeBranchesEightWays()
{
    Pokemon eevee = pokemonFromTestData(133);
    m_pane->setPokemon(eevee);
    m_pane->setEvolution(eeveeChain());
    EvolutionTreeView *tree = m_pane->evolutionTree();
    QCOMPARE(tree->species().size(), 9);
    const QStringList branches = tree->childrenOf(QStringLiteral("eevee"));
    QCOMPARE(branches.size(), 8);
    QCOMPARE(tree->triggerOf(QStringLiteral("vaporeon")), QStringLiteral("Use Water Stone"));
    // Eight rows, one above the other, none overlapping; Eevee in the middle.
    QList<QRect> rects;
    for (const QString &species : branches)
        rects << tree->nodeRect(species);
    for (int i = 1; i < rects.size(); ++i) {
        QVERIFY(rects.at(i - 1).bottom() < rects.at(i).top());
        QCOMPARE(rects.at(i).left(), rects.at(0).left());
    }
    const QRect root = tree->nodeRect(QStringLiteral("eevee"));
    QVERIFY(root.right() < rects.at(0).left());
    QVERIFY(qAbs(root.center().y() - (rects.first().center().y() + rects.last().center().y()) / 2)
            <= 1);
    QTRY_VERIFY(tree->height() >= tree->nodeRect(branches.last()).bottom());
    dump(m_pane.get(), QStringLiteral("eevee"));
}

void tst_DetailPane::wurmpleSplitsInTwo()
{
    m_pane->setPokemon(m_charizard);
    m_pane->setEvolution(wurmpleChain());
    EvolutionTreeView *tree = m_pane->evolutionTree();
    QCOMPARE(tree->childrenOf(QStringLiteral("wurmple")),
             QStringList({ QStringLiteral("silcoon"), QStringLiteral("cascoon") }));
    QCOMPARE(tree->childrenOf(QStringLiteral("silcoon")),
             QStringList { QStringLiteral("beautifly") });
    QCOMPARE(tree->childrenOf(QStringLiteral("cascoon")), QStringList { QStringLiteral("dustox") });
    // Each branch stays on its own row through to its last stage.
    QCOMPARE(tree->nodeRect(QStringLiteral("silcoon")).center().y(),
             tree->nodeRect(QStringLiteral("beautifly")).center().y());
    QVERIFY(tree->nodeRect(QStringLiteral("beautifly")).bottom()
            < tree->nodeRect(QStringLiteral("dustox")).top());
    dump(tree, QStringLiteral("wurmple"));
    // Short triggers keep to one line at every width of the pane, whichever way it grows.
    for (const int paneWidth : { 440, 360, 520, 720 }) {
        m_pane->resize(paneWidth, 900);
        QTRY_COMPARE(tree->width(), m_pane->scrollArea()->viewport()->width() - 2 * 18);
        for (const char *species : { "silcoon", "cascoon", "beautifly", "dustox" }) {
            const QString shown = tree->shownTriggerOf(QLatin1String(species));
            QCOMPARE(shown, tree->triggerOf(QLatin1String(species)));
        }
    }

    // A species that does not evolve is a chain of one.
    m_pane->setEvolution(node(QStringLiteral("tauros"), 128));
    QCOMPARE(tree->species(), QStringList { QStringLiteral("tauros") });
}

void tst_DetailPane::clickingAMemberOpensIt()
{
    m_pane->setPokemon(m_charizard);
    m_pane->setEvolution(charmanderChain());
    EvolutionTreeView *tree = m_pane->evolutionTree();
    m_pane->scrollArea()->ensureWidgetVisible(tree);
    QSignalSpy open(m_pane.get(), &DetailPane::openRequested);
    QTest::mouseClick(tree, Qt::LeftButton, {},
                      tree->nodeRect(QStringLiteral("charmeleon")).center());
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("charmeleon"));
    // Between the boxes: nothing.
    const QRect a = tree->nodeRect(QStringLiteral("charmander"));
    QTest::mouseClick(tree, Qt::LeftButton, {}, QPoint(a.right() + 5, a.top() - 4));
    QCOMPARE(open.size(), 1);
}

void tst_DetailPane::keyboardMovesThroughTheTree()
{
    m_pane->setPokemon(m_charizard);
    m_pane->setEvolution(charmanderChain());
    EvolutionTreeView *tree = m_pane->evolutionTree();
    QCOMPARE(tree->focusedSpecies(), QStringLiteral("charizard")); // the one on show
    QSignalSpy open(m_pane.get(), &DetailPane::openRequested);
    QSignalSpy close(m_pane.get(), &DetailPane::closeRequested);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Left);
    QCOMPARE(tree->focusedSpecies(), QStringLiteral("charmeleon"));
    QTest::keyClick(tree, Qt::Key_Home);
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("charmander"));
    QTest::keyClick(tree, Qt::Key_Escape); // reaches the pane
    QCOMPARE(close.size(), 1);
}

void tst_DetailPane::failedPartShowsAnErrorAndRetries()
{
    m_pane->setPokemon(m_charizard);
    m_pane->setSpecies(charizardSpecies());
    m_pane->setPartFailed(DetailSection::Types, QStringLiteral("HTTP status 500"));
    DetailPart *types = m_pane->part(DetailSection::Types);
    QCOMPARE(types->state(), DetailPart::State::Failed);
    QCOMPARE(types->errorText(),
             QStringLiteral("Could not load the type matchups: HTTP status 500"));
    QVERIFY(isShown(types->retryButton(), types));
    QVERIFY(!types->findChild<SkeletonLines *>()->isVisible());
    // The other parts are untouched.
    QCOMPARE(m_pane->part(DetailSection::Species)->state(), DetailPart::State::Ready);
    QCOMPARE(m_pane->part(DetailSection::Evolution)->state(), DetailPart::State::Loading);
    dump(m_pane.get(), QStringLiteral("failed"));

    QSignalSpy retry(m_pane.get(), &DetailPane::retryRequested);
    m_pane->scrollArea()->ensureWidgetVisible(types->retryButton());
    QTest::mouseClick(types->retryButton(), Qt::LeftButton);
    QCOMPARE(retry.size(), 1);
    QCOMPARE(retry.at(0).at(0).value<DetailSection>(), DetailSection::Types);

    m_pane->setFailedPartsLoading();
    QCOMPARE(types->state(), DetailPart::State::Loading);
    QCOMPARE(m_pane->part(DetailSection::Species)->state(), DetailPart::State::Ready);
    m_pane->setMatchups(charizardMatchups());
    QCOMPARE(types->state(), DetailPart::State::Ready);
    QVERIFY(!types->retryButton()->isVisible());
}

void tst_DetailPane::failedSpeciesAlsoStopsTheEvolution()
{
    m_pane->setPokemon(m_charizard);
    m_pane->setPartFailed(DetailSection::Species, QStringLiteral("Connection refused"));
    QCOMPARE(m_pane->part(DetailSection::Species)->state(), DetailPart::State::Failed);
    // The chain's URL is in the species: no endless skeleton for it.
    QCOMPARE(m_pane->part(DetailSection::Evolution)->state(), DetailPart::State::Failed);
    QCOMPARE(m_pane->displayName(), QStringLiteral("Charizard")); // the slug's name stays
    QVERIFY(m_pane->forms().isEmpty());
}

void tst_DetailPane::lookupShowsSkeletonsThenItsFailure()
{
    m_pane->setLookup(QStringLiteral("charmeleon"));
    QCOMPARE(m_pane->displayName(), QStringLiteral("Charmeleon"));
    QVERIFY(m_pane->numberText().isEmpty());
    QVERIFY(m_pane->types().isEmpty());
    QCOMPARE(m_pane->part(DetailSection::Pokemon)->state(), DetailPart::State::Loading);
    QCOMPARE(m_pane->banner()->artworkState(), ArtworkBanner::ArtworkState::Loading);

    m_pane->setPartFailed(DetailSection::Pokemon, QStringLiteral("Connection refused"));
    for (const DetailSection part : { DetailSection::Pokemon, DetailSection::Species,
                                      DetailSection::Types, DetailSection::Evolution })
        QCOMPARE(m_pane->part(part)->state(), DetailPart::State::Failed);
    QCOMPARE(m_pane->banner()->artworkState(), ArtworkBanner::ArtworkState::Missing);
}

void tst_DetailPane::artworkPlaceholderAndShinyToggle()
{
    ArtworkBanner *banner = m_pane->banner();
    m_pane->setPokemon(m_charizard);
    QCOMPARE(banner->artworkState(), ArtworkBanner::ArtworkState::Loading);
    const QImage loading = banner->grab().toImage();

    m_pane->setPartFailed(DetailSection::Artwork, QStringLiteral("HTTP status 404"));
    QCOMPARE(banner->artworkState(), ArtworkBanner::ArtworkState::Missing);
    QVERIFY(banner->toolTip().contains(QStringLiteral("404")));
    const QImage missing = banner->grab().toImage();
    QVERIFY(missing != loading);

    QPixmap art(300, 300);
    art.fill(QColor(0x20, 0x90, 0x40));
    m_pane->setArtwork(art);
    QCOMPARE(banner->artworkState(), ArtworkBanner::ArtworkState::Shown);
    const QImage shown = banner->grab().toImage();
    const QPoint centre = QRect(QPoint(), shown.size()).center();
    int green = 0;
    for (int dx = -40; dx <= 40; dx += 10)
        green += QColor(shown.pixel(centre.x() + 40 + dx, centre.y())) == QColor(0x20, 0x90, 0x40);
    QVERIFY2(green > 3, "the artwork is drawn large, in the middle");

    // The sprite tile follows the toggle.
    QVERIFY(!banner->isShiny());
    QCOMPARE(banner->spriteUrl(), m_charizard.spriteUrl);
    QVERIFY(banner->shinyButton()->isEnabled());
    QTest::mouseClick(banner->shinyButton(), Qt::LeftButton);
    QVERIFY(banner->isShiny());
    QCOMPARE(banner->spriteUrl(), m_charizard.shinySpriteUrl);
    QTest::mouseClick(banner->normalButton(), Qt::LeftButton);
    QVERIFY(!banner->isShiny());

    // A new Pokémon starts normal; without a shiny sprite or artwork the toggle is off.
    QTest::mouseClick(banner->shinyButton(), Qt::LeftButton);
    Pokemon plain = m_charizard;
    plain.name = QStringLiteral("plain");
    for (QUrl *url : { &plain.shinySpriteUrl, &plain.shinyArtworkUrl, &plain.shinyHomeUrl,
                       &plain.artworkUrl, &plain.homeUrl, &plain.dreamWorldUrl, &plain.spriteUrl })
        url->clear();
    m_pane->setPokemon(plain);
    QVERIFY(!banner->isShiny());
    QVERIFY(!banner->shinyButton()->isEnabled());
    QCOMPARE(banner->artworkState(), ArtworkBanner::ArtworkState::Missing); // none to wait for
}

// A bug once: Shiny changed the small sprite only; the big artwork stayed normal.
void tst_DetailPane::shinyToggleSwitchesTheArtworkToo()
{
    m_fake = std::make_unique<FakePokeApi>(QStringLiteral(POKEDEX_TEST_DATA));
    QVERIFY(m_fake->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<PokeApiClient>(m_nam.get(), m_fake->apiUrl());
    m_client->queue()->setRetryPolicy(1, 10);
    const QColor normalColour(0x20, 0x90, 0x40), shinyColour(0xC0, 0x30, 0xB0);
    const auto png = [](const QColor &colour) {
        QImage image(300, 300, QImage::Format_ARGB32);
        image.fill(colour);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    };
    // The test data's URLs, as a client that asked the fake server has them.
    Pokemon charizard = m_charizard;
    charizard.shinyArtworkUrl = m_fake->baseUrl().resolved(QUrl(QStringLiteral("art/shiny/6.png")));
    QVERIFY(m_charizard.shinyArtworkUrl.path().endsWith(
        QStringLiteral("/official-artwork/shiny/6.png")));
    m_fake->setResponseFor(QStringLiteral("/art/shiny/6.png"), 200, png(shinyColour), "image/png");
    SpriteCache sprites(m_client.get());
    ArtworkBanner banner(&sprites);
    banner.resize(440, ArtworkBanner(nullptr).sizeHint().height());
    banner.show();
    QVERIFY(QTest::qWaitForWindowExposed(&banner));
    const auto centreColour = [&banner] {
        const QImage shot = banner.grab().toImage();
        const QPoint centre = QRect(QPoint(), shot.size()).center();
        return QColor(shot.pixel(centre.x() + 40, centre.y()));
    };

    banner.setPokemon(charizard);
    QPixmap normal(300, 300);
    normal.fill(normalColour);
    banner.setArtwork(normal);
    QCOMPARE(centreColour(), normalColour);
    QCOMPARE(m_fake->requestCount(), 0); // nobody asked for the shiny artwork yet

    QTest::mouseClick(banner.shinyButton(), Qt::LeftButton);
    QVERIFY(banner.isShiny());
    // The normal artwork stays until the shiny one is in, then the picture changes.
    QTRY_COMPARE(centreColour(), shinyColour);
    QCOMPARE(banner.artwork().toImage().pixelColor(10, 10), shinyColour);
    QCOMPARE(m_fake->requestedPaths(), QStringList { QStringLiteral("/art/shiny/6.png") });
    QTest::mouseClick(banner.normalButton(), Qt::LeftButton);
    QCOMPARE(centreColour(), normalColour);
    QTest::mouseClick(banner.shinyButton(), Qt::LeftButton);
    QCOMPARE(centreColour(), shinyColour); // kept: not fetched again
    QCOMPARE(m_fake->requestCount(), 1);

    // No shiny artwork (null in PokeAPI, or it failed): the normal artwork stays on show.
    Pokemon plain = charizard;
    plain.name = QStringLiteral("plain");
    plain.shinyArtworkUrl = QUrl();
    plain.shinyHomeUrl = QUrl(); // and the rest of the shiny chain fails at once
    plain.shinySpriteUrl = m_fake->baseUrl().resolved(QUrl(QStringLiteral("sprite/none.png")));
    banner.setPokemon(plain);
    banner.setArtwork(normal);
    QTest::mouseClick(banner.shinyButton(), Qt::LeftButton);
    QVERIFY(banner.isShiny());
    QCOMPARE(centreColour(), normalColour);
    Pokemon broken = charizard;
    broken.name = QStringLiteral("broken");
    broken.shinyArtworkUrl = m_fake->baseUrl().resolved(QUrl(QStringLiteral("art/missing.png")));
    broken.shinyHomeUrl = QUrl();
    broken.shinySpriteUrl = plain.shinySpriteUrl;
    banner.setPokemon(broken);
    banner.setArtwork(normal);
    QTest::mouseClick(banner.shinyButton(), Qt::LeftButton);
    QTRY_VERIFY(sprites.hasFailed(broken.shinyArtworkUrl));
    QCOMPARE(centreColour(), normalColour);
    QTRY_VERIFY2(banner.toolTip().startsWith(QStringLiteral("No shiny artwork")),
                 qPrintable(banner.toolTip()));
}

void tst_DetailPane::escapeAndTheCloseButtonClose()
{
    QSignalSpy close(m_pane.get(), &DetailPane::closeRequested);
    m_pane->setPokemon(m_charizard);
    QTest::mouseClick(m_pane->closeButton(), Qt::LeftButton);
    QCOMPARE(close.size(), 1);
    QVERIFY(m_pane->closeButton()->geometry().right() < m_pane->width());
    m_pane->scrollArea()->setFocus();
    QTest::keyClick(m_pane->scrollArea(), Qt::Key_Escape);
    QCOMPARE(close.size(), 2);
    QTest::keyClick(m_pane->part(DetailSection::Types)->retryButton(), Qt::Key_Escape);
    QCOMPARE(close.size(), 3);
}

void tst_DetailPane::focusInThePaneShows()
{
    m_pane->setPokemon(m_charizard);
    m_pane->setSpecies(charizardSpecies());
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    m_pane->scrollArea()->setFocus(Qt::TabFocusReason);
    QVERIFY(m_pane->focusFrame()->isVisible());
    QCOMPARE(m_pane->focusFrame()->geometry(), m_pane->rect());

    // Every focusable control of the pane draws its focus: a ring in the highlight colour.
    const QColor highlight = m_pane->palette().color(QPalette::Highlight);
    const auto ringPixels = [&highlight](const QImage &image) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                n += qAbs(c.red() - highlight.red()) + qAbs(c.green() - highlight.green())
                        + qAbs(c.blue() - highlight.blue())
                    < 60;
            }
        }
        return n;
    };
    QList<QWidget *> controls { m_pane->closeButton(), m_pane->banner()->shinyButton() };
    for (QAbstractButton *chip : m_pane->formButtons()) {
        if (chip->isEnabled())
            controls << chip;
    }
    for (QWidget *control : std::as_const(controls)) {
        m_pane->scrollArea()->ensureWidgetVisible(control);
        const QImage before = control->grab().toImage();
        control->setFocus(Qt::TabFocusReason);
        QVERIFY(control->hasFocus());
        const QImage after = control->grab().toImage();
        QVERIFY2(ringPixels(after) > ringPixels(before) + 20, qPrintable(control->toolTip()));
        QVERIFY(m_pane->focusFrame()->isVisible());
    }

    // Focus elsewhere, the frame goes.
    QLineEdit outside;
    outside.show();
    outside.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&outside));
    outside.setFocus();
    QTRY_VERIFY(!m_pane->focusFrame()->isVisible());
}

void tst_DetailPane::historyStepsLikeABrowser()
{
    DetailHistory history;
    QSignalSpy changed(&history, &DetailHistory::changed);
    QVERIFY(!history.canGoBack() && !history.canGoForward());
    QVERIFY(history.back().isEmpty());
    for (const char *slug : { "pikachu", "pikachu", "raichu", "pichu" })
        history.visit(QString::fromLatin1(slug));
    QCOMPARE(history.entries(),
             QStringList(
                 { QStringLiteral("pikachu"), QStringLiteral("raichu"), QStringLiteral("pichu") }));
    QCOMPARE(changed.size(), 3); // the repeated visit changed nothing
    QCOMPARE(history.back(), QStringLiteral("raichu"));
    QCOMPARE(history.back(), QStringLiteral("pikachu"));
    QVERIFY(history.back().isEmpty());
    QCOMPARE(history.current(), QStringLiteral("pikachu"));
    QCOMPARE(history.forward(), QStringLiteral("raichu"));
    QVERIFY(history.canGoForward());
    // A visit after going back drops what lay ahead.
    history.visit(QStringLiteral("eevee"));
    QCOMPARE(history.entries(),
             QStringList(
                 { QStringLiteral("pikachu"), QStringLiteral("raichu"), QStringLiteral("eevee") }));
    QVERIFY(!history.canGoForward());
    QVERIFY(history.forward().isEmpty());
    for (int i = 0; i < DetailHistory::MaxEntries + 5; ++i)
        history.visit(QString::number(i));
    QCOMPARE(history.entries().size(), DetailHistory::MaxEntries);
    QCOMPARE(history.current(), QString::number(DetailHistory::MaxEntries + 4));
    history.clear();
    QVERIFY(history.entries().isEmpty() && !history.canGoBack());
    QVERIFY(history.current().isEmpty());
}

void tst_DetailPane::selectingCharizardFillsThePane()
{
    startWindow();
    searchAndWait(QStringLiteral("charizard, eevee"));
    const int before = m_fake->requestCount();
    clickCard(0);
    DetailPane *pane = windowPane();
    QVERIFY(pane->isVisible());
    QVERIFY(m_window->cardView()->geometry().right() < pane->geometry().left());
    // What the card knew shows at once; the rest fills in as it lands.
    QCOMPARE(pane->numberText(), QStringLiteral("#006"));
    QCOMPARE(pane->statsView()->total(), 534);
    QTRY_COMPARE(pane->genus(), QStringLiteral("Flame Pokémon"));
    QCOMPARE(pane->displayName(), QStringLiteral("Charizard"));
    QVERIFY(!pane->flavorText().isEmpty());
    QVERIFY(pane->forms().contains(QStringLiteral("charizard-mega-x")));
    QTRY_COMPARE(pane->part(DetailSection::Types)->state(), DetailPart::State::Ready);
    QCOMPARE(pane->matchupView()->typesShown(4), QStringList { QStringLiteral("rock") });
    QCOMPARE(pane->matchupView()->typesShown(0), QStringList { QStringLiteral("ground") });
    QTRY_COMPARE(pane->part(DetailSection::Evolution)->state(), DetailPart::State::Ready);
    EvolutionTreeView *tree = pane->evolutionTree();
    QCOMPARE(tree->species(),
             QStringList({ QStringLiteral("charmander"), QStringLiteral("charmeleon"),
                           QStringLiteral("charizard") }));
    QCOMPARE(tree->triggerOf(QStringLiteral("charmeleon")), QStringLiteral("Level 16"));
    QCOMPARE(tree->triggerOf(QStringLiteral("charizard")), QStringLiteral("Level 36"));
    // The test data has no artwork: a placeholder, not a skeleton forever.
    QTRY_COMPARE(pane->banner()->artworkState(), ArtworkBanner::ArtworkState::Missing);
    // Species, two types, artwork, then the chain: nothing more. The sheet's own requests
    // (the Pokémon again, its abilities, encounters and moves) are tst_sheetsections' business.
    const auto detailsAsked = [this, before] {
        QStringList asked = m_fake->requestedPaths().mid(before);
        asked.removeIf([](const QString &path) {
            return path.contains(QLatin1String("/move/"))
                || path.contains(QLatin1String("/ability/"))
                || path.endsWith(QLatin1String("/encounters"))
                || path == QLatin1String("/api/v2/pokemon/charizard");
        });
        return asked;
    };
    // The artwork is a chain (official artwork, HOME, dream world, sprite: all 404 here) that
    // the sprite tile walks too; the cry plays as the page opens.
    QTRY_COMPARE(m_client->queue()->inFlightCount() + m_client->queue()->pendingCount(), 0);
    QStringList asked = detailsAsked();
    asked.removeDuplicates();
    asked.sort();
    QCOMPARE(
        asked,
        QStringList({ QStringLiteral("/api/v2/evolution-chain/2/"),
                      QStringLiteral("/api/v2/pokemon-species/6/"),
                      QStringLiteral("/api/v2/type/fire"), QStringLiteral("/api/v2/type/flying"),
                      QStringLiteral("/cries/cries/pokemon/latest/6.ogg"),
                      QStringLiteral("/sprites/sprites/pokemon/6.png"),
                      QStringLiteral("/sprites/sprites/pokemon/other/dream-world/6.svg"),
                      QStringLiteral("/sprites/sprites/pokemon/other/home/6.png"),
                      QStringLiteral("/sprites/sprites/pokemon/other/official-artwork/6.png") }));
    QVERIFY(!m_window->detailPresenter()->isLookingUp());
}

void tst_DetailPane::navigationKeysFollowAnOpenPaneButNeverReopenIt()
{
    startWindow();
    searchAndWait(QStringLiteral("charizard, eevee, pikachu"));
    CardView *view = m_window->cardView();
    view->setFocus();
    view->setCurrentIndex(cardAt(0));
    QVERIFY(!windowPane()->isVisible()); // selecting is not opening
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(windowPane()->isVisible());
    QCOMPARE(windowPane()->pokemon().name, QStringLiteral("charizard"));
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(windowPane()->pokemon().name, QStringLiteral("eevee"));
    QTRY_COMPARE(windowPane()->genus(), QStringLiteral("Evolution Pokémon"));

    // Closed, the keys move through the cards and the pane stays shut.
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(!windowPane()->isVisible());
    for (const Qt::Key key : { Qt::Key_Right, Qt::Key_Left, Qt::Key_PageDown, Qt::Key_Home })
        QTest::keyClick(view, key);
    QVERIFY(!windowPane()->isVisible());
    QCOMPARE(view->currentIndex().row(), 0);
    QTest::keyClick(view, Qt::Key_End);
    QCOMPARE(view->currentIndex().row(), 2);
    QVERIFY(!windowPane()->isVisible());
    // Enter on the current card opens it.
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(windowPane()->isVisible());
    QCOMPARE(windowPane()->pokemon().name, QStringLiteral("pikachu"));
}

void tst_DetailPane::aNewSearchAndEscInTheSearchBoxCloseThePane()
{
    startWindow();
    searchAndWait(QStringLiteral("charizard, eevee"));
    clickCard(0);
    QVERIFY(windowPane()->isVisible());
    searchAndWait(QStringLiteral("pikachu"));
    QVERIFY(!windowPane()->isVisible());

    // Enter in the search box is a new search too.
    clickCard(0);
    QVERIFY(windowPane()->isVisible());
    QSignalSpy finished(m_controller.get(), &SearchController::finished);
    SearchBar *bar = m_window->searchBar();
    bar->setFocus();
    QTest::keyClick(bar, Qt::Key_Return);
    QVERIFY(!windowPane()->isVisible());
    QVERIFY(finished.wait());

    // Esc in the search box closes the pane once no search is running.
    clickCard(0);
    QVERIFY(windowPane()->isVisible());
    bar->setFocus();
    QTest::keyClick(bar, Qt::Key_Escape);
    QVERIFY(!windowPane()->isVisible());
    QVERIFY(bar->hasFocus());
}

void tst_DetailPane::aNarrowWindowOpensThePaneOverTheGrid_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("overlay");
    QTest::addRow("800 px") << 800 << true;
    QTest::addRow("880 px") << 880 << true;
    QTest::addRow("1000 px") << 1000 << false;
    QTest::addRow("1400 px") << 1400 << false;
}

void tst_DetailPane::aNarrowWindowOpensThePaneOverTheGrid()
{
    QFETCH(int, width);
    QFETCH(bool, overlay);
    startWindow();
    m_window->resize(width, 700);
    QTRY_COMPARE(m_window->width(), width);
    searchAndWait(QStringLiteral("charizard, eevee, pikachu, bulbasaur"));
    CardView *view = m_window->cardView();
    DetailHost *host = m_window->detailHost();
    const int gridWidth = view->width();
    clickCard(0);
    DetailPane *pane = windowPane();
    QVERIFY(pane->isVisible());
    QCOMPARE(host->isOverlay(), overlay);
    // On the right, full height, once the splitter has laid it out.
    QTRY_COMPARE(pane->mapTo(host, QPoint(pane->width(), 0)).x(), host->width());
    QVERIFY(pane->width() >= pane->minimumWidth());
    const QRect paneRect(pane->mapTo(host, QPoint()), pane->size());
    const QRect gridRect(view->mapTo(host, QPoint()), view->size());
    QCOMPARE(paneRect.height(), host->height());
    if (overlay) {
        // Over the grid, which keeps its width and its columns.
        QCOMPARE(view->width(), gridWidth);
        QVERIFY(gridRect.intersects(paneRect));
        QVERIFY(paneRect.left() > 0);
        QCOMPARE(pane->parentWidget(), host);
    } else {
        // Beside it, in the splitter.
        QVERIFY(gridRect.right() < paneRect.left());
        QCOMPARE(pane->parentWidget(), m_window->splitter());
    }
    dump(m_window.get(), QStringLiteral("window-%1").arg(width));

    // Esc closes it either way; it opens the same way again.
    pane->scrollArea()->setFocus();
    QTest::keyClick(pane->scrollArea(), Qt::Key_Escape);
    QVERIFY(!pane->isVisible());
    QTRY_COMPARE(view->width(), gridWidth);
    clickCard(1);
    QVERIFY(pane->isVisible());
    QCOMPARE(pane->pokemon().name, QStringLiteral("eevee"));

    // Crossing the threshold while open moves it, still open.
    m_window->resize(overlay ? 1300 : 820, 700);
    QTRY_COMPARE(host->isOverlay(), !overlay);
    QVERIFY(pane->isVisible());
    QCOMPARE(pane->pokemon().name, QStringLiteral("eevee"));
    QTRY_COMPARE(pane->mapTo(host, QPoint(pane->width(), 0)).x(), host->width());
}

void tst_DetailPane::eeveeShowsItsEightBranches()
{
    startWindow();
    searchAndWait(QStringLiteral("eevee"));
    clickCard(0);
    DetailPane *pane = windowPane();
    QTRY_COMPARE(pane->part(DetailSection::Evolution)->state(), DetailPart::State::Ready);
    EvolutionTreeView *tree = pane->evolutionTree();
    const QStringList branches = tree->childrenOf(QStringLiteral("eevee"));
    QCOMPARE(branches.size(), 8);
    for (const QString &species :
         { QStringLiteral("vaporeon"), QStringLiteral("jolteon"), QStringLiteral("flareon"),
           QStringLiteral("espeon"), QStringLiteral("umbreon"), QStringLiteral("leafeon"),
           QStringLiteral("glaceon"), QStringLiteral("sylveon") }) {
        QVERIFY2(branches.contains(species), qPrintable(species));
        QVERIFY2(!tree->triggerOf(species).isEmpty(), qPrintable(species));
    }
    QVERIFY(!tree->isVertical());
    QTRY_COMPARE(pane->matchupView()->typesShown(0), QStringList { QStringLiteral("ghost") });
    QCOMPARE(pane->matchupView()->typesShown(2), QStringList { QStringLiteral("fighting") });
}

void tst_DetailPane::aFailedPartShowsItsErrorAndRetryWorks()
{
    startWindow();
    searchAndWait(QStringLiteral("charizard"));
    const QString fire = QStringLiteral("/api/v2/type/fire");
    m_fake->setResponseFor(fire, 500, QByteArrayLiteral("{}"));
    clickCard(0);
    DetailPane *pane = windowPane();
    DetailPart *types = pane->part(DetailSection::Types);
    QTRY_COMPARE(types->state(), DetailPart::State::Failed);
    QVERIFY2(types->errorText().contains(QStringLiteral("500")), qPrintable(types->errorText()));
    QVERIFY(types->retryButton()->isVisible());
    // The other parts did not wait for it.
    QTRY_COMPARE(pane->part(DetailSection::Species)->state(), DetailPart::State::Ready);
    QTRY_COMPARE(pane->part(DetailSection::Evolution)->state(), DetailPart::State::Ready);

    m_fake->setResponseFor(fire, 0, {});
    pane->scrollArea()->ensureWidgetVisible(types->retryButton());
    QTest::mouseClick(types->retryButton(), Qt::LeftButton);
    QCOMPARE(types->state(), DetailPart::State::Loading);
    QTRY_COMPARE(types->state(), DetailPart::State::Ready);
    QCOMPARE(pane->matchupView()->typesShown(4), QStringList { QStringLiteral("rock") });
    QCOMPARE(pane->part(DetailSection::Species)->state(), DetailPart::State::Ready);
}

void tst_DetailPane::retryInThePaneKeepsTheFocusThere()
{
    startWindow();
    searchAndWait(QStringLiteral("charizard"));
    const QString fire = QStringLiteral("/api/v2/type/fire");
    m_fake->setResponseFor(fire, 404, QByteArrayLiteral("Not Found"), "text/plain");
    clickCard(0);
    DetailPane *pane = windowPane();
    DetailPart *types = pane->part(DetailSection::Types);
    QTRY_COMPARE(types->state(), DetailPart::State::Failed);
    QTRY_COMPARE(m_client->queue()->inFlightCount() + m_client->queue()->pendingCount(), 0);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    pane->scrollArea()->ensureWidgetVisible(types->retryButton());
    types->retryButton()->setFocus(Qt::TabFocusReason);
    QVERIFY(types->retryButton()->hasFocus());

    // Space presses the focused Retry: it hides while the part reloads, and focus stays in
    // the part instead of running on to the search box (which would select its text).
    QTest::keyClick(types->retryButton(), Qt::Key_Space);
    QCOMPARE(types->state(), DetailPart::State::Loading);
    QVERIFY(!m_window->searchBar()->hasFocus());
    QVERIFY(m_window->searchBar()->selectedText().isEmpty());
    QVERIFY(types->hasFocus());
    QVERIFY(pane->focusFrame()->isVisible());
    // Failed again: focus is back on Retry.
    QTRY_COMPARE(types->state(), DetailPart::State::Failed);
    QVERIFY(types->retryButton()->hasFocus());

    m_fake->setResponseFor(fire, 0, {});
    QTest::keyClick(types->retryButton(), Qt::Key_Space);
    QTRY_COMPARE(types->state(), DetailPart::State::Ready);
    QVERIFY(pane->isAncestorOf(QApplication::focusWidget()));
    QVERIFY(m_window->searchBar()->selectedText().isEmpty());
}

void tst_DetailPane::retryInThePaneWhileOfflineSaysWhy()
{
    startWindow();
    searchAndWait(QStringLiteral("charizard"));
    m_fake->setResponseFor(QStringLiteral("/api/v2/type/fire"), 404, "Not Found", "text/plain");
    clickCard(0);
    DetailPart *types = windowPane()->part(DetailSection::Types);
    QTRY_COMPARE(types->state(), DetailPart::State::Failed);
    m_window->workOfflineAction()->trigger();
    // Other parts of the pane (species, artwork) may still reach the server after this point, so
    // the proof is that the failed part's own request is not sent again.
    const QString typePath = QStringLiteral("/api/v2/type/fire");
    const auto typeAsks = [&] { return m_fake->requestedPaths().count(typePath); };
    const qsizetype asked = typeAsks();
    QVERIFY(asked > 0);

    // Not a silent failure: the status bar says why nothing is sent.
    types->retryButton()->click();
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("You are offline — turn off Work Offline to retry"));
    QTRY_COMPARE(types->state(), DetailPart::State::Failed);
    QCOMPARE(typeAsks(), asked);
}

void tst_DetailPane::selectingAnotherCardCancelsTheFirstLoad()
{
    startWindow();
    searchAndWait(QStringLiteral("charizard, pikachu"));
    QSignalSpy species(m_window->detailPresenter()->loader(), &PokemonDetailsLoader::speciesLoaded);
    // Its species stalls, and so does its own answer asked again for the sheet's sections.
    m_fake->setDelayFor(QStringLiteral("charizard"), 30'000);
    clickCard(0);
    QTRY_VERIFY(m_fake->requestedPaths().contains(QStringLiteral("/api/v2/pokemon-species/6/")));
    QTRY_COMPARE(m_fake->inFlight(), 2);

    clickCard(1);
    QCOMPARE(windowPane()->pokemon().name, QStringLiteral("pikachu"));
    QTRY_COMPARE(windowPane()->genus(), QStringLiteral("Mouse Pokémon"));
    // Charizard's species was given up, not left waiting: the server sees it go.
    QTRY_COMPARE(m_fake->inFlight(), 0);
    QTRY_COMPARE(m_client->queue()->inFlightCount() + m_client->queue()->pendingCount(), 0);
    for (const QList<QVariant> &emitted : std::as_const(species))
        QCOMPARE(emitted.at(0).value<SpeciesDetails>().name, QStringLiteral("pikachu"));
    QCOMPARE(windowPane()->displayName(), QStringLiteral("Pikachu"));
}

void tst_DetailPane::clickingAnEvolutionMemberOpensIt()
{
    startWindow();
    searchAndWait(QStringLiteral("pikachu, charizard"));
    clickCard(1);
    DetailPane *pane = windowPane();
    QTRY_COMPARE(pane->part(DetailSection::Evolution)->state(), DetailPart::State::Ready);
    EvolutionTreeView *tree = pane->evolutionTree();
    pane->scrollArea()->ensureWidgetVisible(tree);

    // Charmander has no card: it is looked up and shown in the pane; the grid stays.
    QTest::mouseClick(tree, Qt::LeftButton, {},
                      tree->nodeRect(QStringLiteral("charmander")).center());
    QCOMPARE(pane->displayName(), QStringLiteral("Charmander"));
    QTRY_COMPARE(pane->pokemon().name, QStringLiteral("charmander"));
    QCOMPARE(pane->numberText(), QStringLiteral("#004"));
    QTRY_COMPARE(pane->genus(), QStringLiteral("Lizard Pokémon"));
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(m_window->cardView()->selectionModel()->selectedIndexes().isEmpty());
    QTRY_COMPARE(pane->part(DetailSection::Evolution)->state(), DetailPart::State::Ready);

    // Charizard has a card: opening it selects the card.
    pane->scrollArea()->ensureWidgetVisible(tree);
    QTest::mouseClick(tree, Qt::LeftButton, {},
                      tree->nodeRect(QStringLiteral("charizard")).center());
    QCOMPARE(pane->pokemon().name, QStringLiteral("charizard"));
    QCOMPARE(m_window->cardView()->currentIndex().row(), 1);
    QVERIFY(m_window->cardView()->selectionModel()->isSelected(cardAt(1)));

    // A member that PokeAPI does not know ends in an error with Retry, not a skeleton.
    m_window->detailPresenter()->open(QStringLiteral("missingno"));
    QTRY_COMPARE(pane->part(DetailSection::Pokemon)->state(), DetailPart::State::Failed);
    QVERIFY(pane->part(DetailSection::Pokemon)->errorText().contains(QStringLiteral("missingno")));
}

void tst_DetailPane::escapeClosesThePaneAndStopsItsRequests()
{
    startWindow();
    searchAndWait(QStringLiteral("charizard"));
    m_fake->setDelay(30'000);
    clickCard(0);
    DetailPane *pane = windowPane();
    QTRY_VERIFY(m_fake->inFlight() > 0);
    pane->scrollArea()->setFocus();
    QTest::keyClick(pane->scrollArea(), Qt::Key_Escape);
    QVERIFY(!pane->isVisible());
    QVERIFY(m_window->cardView()->hasFocus());
    QTRY_COMPARE(m_fake->inFlight(), 0);

    // The close button does the same.
    m_fake->setDelay(0);
    clickCard(0);
    QVERIFY(pane->isVisible());
    QTest::mouseClick(pane->closeButton(), Qt::LeftButton);
    QVERIFY(!pane->isVisible());
}

void tst_DetailPane::backAndForwardStepThroughWhatThePaneShowed()
{
    startWindow();
    searchAndWait(QStringLiteral("pikachu, charizard"));
    QAction *back = m_window->actions().back;
    QAction *forward = m_window->actions().forward;
    QCOMPARE(back->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Left));
    QVERIFY(forward->shortcuts().contains(QKeySequence(Qt::ALT | Qt::Key_Right)));
    QVERIFY(!back->isEnabled());
    clickCard(1);
    DetailPane *pane = windowPane();
    QTRY_COMPARE(pane->part(DetailSection::Evolution)->state(), DetailPart::State::Ready);
    EvolutionTreeView *tree = pane->evolutionTree();
    pane->scrollArea()->ensureWidgetVisible(tree);
    QTest::mouseClick(tree, Qt::LeftButton, {},
                      tree->nodeRect(QStringLiteral("charmander")).center());
    QTRY_COMPARE(pane->pokemon().name, QStringLiteral("charmander"));
    QVERIFY(back->isEnabled());
    QVERIFY(!forward->isEnabled());

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // Alt+Left: Charizard again, its card selected.
    QTest::keyClick(m_window->cardView(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(pane->pokemon().name, QStringLiteral("charizard"));
    QCOMPARE(m_window->cardView()->currentIndex().row(), 1);
    QVERIFY(forward->isEnabled());
    // Alt+Right: Charmander, looked up again.
    QTest::keyClick(m_window->cardView(), Qt::Key_Right, Qt::AltModifier);
    QTRY_COMPARE(pane->pokemon().name, QStringLiteral("charmander"));
    // Backspace in the pane.
    pane->scrollArea()->setFocus();
    QTest::keyClick(pane->scrollArea(), Qt::Key_Backspace);
    QCOMPARE(pane->pokemon().name, QStringLiteral("charizard"));
    // The mouse's buttons, over the pane and over the grid.
    QTest::mouseClick(pane->scrollArea()->viewport(), Qt::ForwardButton, {}, QPoint(40, 40));
    QTRY_COMPARE(pane->pokemon().name, QStringLiteral("charmander"));
    QTest::mouseClick(m_window->cardView()->viewport(), Qt::BackButton, {},
                      m_window->cardView()->visualRect(cardAt(0)).center());
    QCOMPARE(pane->pokemon().name, QStringLiteral("charizard"));
    QCOMPARE(m_window->cardView()->currentIndex().row(), 1); // the back click selected nothing
    QVERIFY(!back->isEnabled()); // Pikachu was never shown: Charizard is the first

    // Closed, the pane has nothing to step through; a new search forgets it all.
    clickCard(0);
    QCOMPARE(pane->pokemon().name, QStringLiteral("pikachu"));
    QVERIFY(back->isEnabled());
    QTest::keyClick(pane->scrollArea(), Qt::Key_Escape);
    QVERIFY(!back->isEnabled());
    searchAndWait(QStringLiteral("eevee"));
    clickCard(0);
    QVERIFY(!back->isEnabled());
    QCOMPARE(m_window->detailPresenter()->history()->entries(),
             QStringList { QStringLiteral("eevee") });
}

void tst_DetailPane::openingAMemberKeepsTheFocusInThePane()
{
    startWindow();
    searchAndWait(QStringLiteral("charizard"));
    clickCard(0);
    DetailPane *pane = windowPane();
    QTRY_COMPARE(pane->part(DetailSection::Evolution)->state(), DetailPart::State::Ready);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    EvolutionTreeView *tree = pane->evolutionTree();
    pane->scrollArea()->ensureWidgetVisible(tree);

    // The clicked tree hides while the member loads: focus stays in the pane, so its frame
    // shows and Backspace goes back, instead of focus running on to whatever is next.
    QTest::mouseClick(tree, Qt::LeftButton, {},
                      tree->nodeRect(QStringLiteral("charmander")).center());
    QCOMPARE(pane->displayName(), QStringLiteral("Charmander"));
    QVERIFY(pane->isAncestorOf(QApplication::focusWidget()));
    QVERIFY(pane->focusFrame()->isVisible());
    QTRY_COMPARE(pane->part(DetailSection::Evolution)->state(), DetailPart::State::Ready);
    QVERIFY(pane->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    QCOMPARE(pane->pokemon().name, QStringLiteral("charizard"));
    QVERIFY(pane->isAncestorOf(QApplication::focusWidget()));
}

void tst_DetailPane::paneWidthIsRememberedAcrossRuns()
{
    startWindow();
    searchAndWait(QStringLiteral("pikachu"));
    clickCard(0);
    QSplitter *splitter = m_window->splitter();
    QTRY_VERIFY(windowPane()->width() > 0);
    const int total = splitter->sizes().at(0) + splitter->sizes().at(1);
    splitter->setSizes({ total - 520, 520 });
    QTRY_COMPARE(windowPane()->width(), 520);
    m_window->close();
    m_window.reset();

    MainWindow again(m_controller.get(), m_client.get());
    again.resize(1200, 800);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(!again.detailPane()->isVisible());
    const QRect card = again.cardView()->visualRect(again.cardView()->model()->index(0, 0));
    QTest::mouseClick(again.cardView()->viewport(), Qt::LeftButton, {}, card.center());
    QVERIFY(again.detailPane()->isVisible());
    QTRY_COMPARE(again.detailPane()->width(), 520);
}

QTEST_MAIN(tst_DetailPane)
#include "tst_detailpane.moc"
