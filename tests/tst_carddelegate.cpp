// The card grid without the engine: CardDelegate painting every row state, the Retry
// button, the spinner's timer, TypePalette, the font scaling, the resources, and SpriteCache
// (decoding limits, laziness, failures) against the fake PokeAPI.

#include "api/pokeapiclient.h"
#include "carddelegate.h"
#include "cardview.h"
#include "fakepokeapi.h"
#include "fonts.h"
#include "loadinganimator.h"
#include "net/networkerrors.h"
#include "net/requestqueue.h"
#include "palettecolors.h"
#include "search/pokemonlistmodel.h"
#include "spritecache.h"
#include "typepalette.h"
#include "wrappedtext.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTest>
#include <QToolTip>

using State = PokemonListModel::State;

namespace {

Pokemon makePokemon(int id, const QString &name, const QStringList &types, const QUrl &sprite = {})
{
    Pokemon p;
    p.id = id;
    p.name = name;
    p.speciesName = name;
    p.types = types;
    p.spriteUrl = sprite;
    return p;
}

PokemonListModel::Entry entryFor(const QString &query)
{
    PokemonListModel::Entry e;
    e.query = query;
    e.slug = query;
    return e;
}

QByteArray pngOf(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray spritePng(int w = 96, int h = 96)
{
    QImage image(w, h, QImage::Format_ARGB32);
    image.fill(QColor(0x40, 0x80, 0xC0));
    return pngOf(image);
}

int colorDistance(QRgb a, const QColor &b)
{
    return qAbs(qRed(a) - b.red()) + qAbs(qGreen(a) - b.green()) + qAbs(qBlue(a) - b.blue());
}

int countPixelsNear(const QImage &image, const QColor &color, int tolerance = 6)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            n += colorDistance(line[x], color) <= tolerance;
    }
    return n;
}

} // namespace

class tst_CardDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void resourcesAreCompiledIn();
    void typePaletteKnowsTheCommunityColours_data();
    void typePaletteKnowsTheCommunityColours();
    void typePaletteFallsBackForUnknownTypes();
    void badgeTextIsReadableOnEveryType();
    void fontsScaleInPointsOrPixels_data();
    void fontsScaleInPointsOrPixels();

    void sizeHintIsConstant();
    void eachStatePaintsADifferentCard();
    void theFocusedCardHasARing();
    void everySizeIsTheMediumCardScaled_data();
    void everySizeIsTheMediumCardScaled();
    void fireBadgeAppearsOnCharizardOnly();
    void listedCardsShowWhatTheDexKnows();
    void paintsSharplyAtHighDpi();
    void followsADarkPalette();
    void notFoundCardOffersTheSuggestion();
    void clickingRetryEmitsRetryRequested();
    void aNotLoadedCardLoadsOnClickOrEnter();
    void enterOnAFailedCardRetries();
    void spinnerTimerRunsOnlyWhileRowsAreLoading();
    void cachedCardsCarryASmallMark();
    void tooltipsTellCacheAndAttempts();
    void longErrorsReadWhole_data();
    void longErrorsReadWhole();

    void decodeRefusesOversizedImages();
    void decodeAcceptsASprite();
    void decodeRejectsGarbage();
    void emptySpriteUrlAsksNothing();
    void spriteIsFetchedOnceThenCached();
    void failedSpriteIsNotAskedAgain();
    void retryFailedAsksForFailedSpritesAgain();
    void aFailedSpriteMarksItsCardAndTellsWhy();
    void oversizedDownloadIsRefused();
    void onlyVisibleCardsFetchTheirSprites();

private:
    QImage paintRow(int row, qreal dpr = 1.0, QStyle::State extra = {},
                    const QPalette &palette = QApplication::palette()) const;

    std::unique_ptr<PokemonListModel> m_model;
    std::unique_ptr<CardDelegate> m_delegate;
};

void tst_CardDelegate::init()
{
    // Row 0 Loaded charizard, 1 Loading, 2 NotFound with a suggestion, 3 Error,
    // 4 Loaded pikachu, 5 NotFound because the name is invalid, 6 NotLoaded (cancelled).
    m_model = std::make_unique<PokemonListModel>();
    m_model->setEntries({ entryFor(QStringLiteral("charizard")), entryFor(QStringLiteral("mew")),
                          entryFor(QStringLiteral("charizrd")), entryFor(QStringLiteral("eevee")),
                          entryFor(QStringLiteral("pikachu")), entryFor(QStringLiteral("???")),
                          entryFor(QStringLiteral("ditto")) });
    m_model->setLoaded(0,
                       makePokemon(6, QStringLiteral("charizard"),
                                   { QStringLiteral("fire"), QStringLiteral("flying") }),
                       120);
    m_model->setNotFound(2, { QStringLiteral("charizard") }, 80);
    m_model->setError(3, QStringLiteral("Connection refused"), 30);
    m_model->setLoaded(
        4, makePokemon(25, QStringLiteral("pikachu"), { QStringLiteral("electric") }), 90);
    m_model->setNotFound(5, {}, 0, QStringLiteral("is not a valid name"));
    m_model->setNotLoaded(6, 40);
    m_delegate = std::make_unique<CardDelegate>(nullptr);
}

void tst_CardDelegate::cleanup()
{
    m_delegate.reset();
    m_model.reset();
}

QImage tst_CardDelegate::paintRow(int row, qreal dpr, QStyle::State extra,
                                  const QPalette &palette) const
{
    QImage image(QSize(CardDelegate::CardWidth, CardDelegate::CardHeight) * dpr,
                 QImage::Format_ARGB32);
    image.setDevicePixelRatio(dpr);
    image.fill(palette.color(QPalette::Window));
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, CardDelegate::CardWidth, CardDelegate::CardHeight);
    option.palette = palette;
    option.font = QApplication::font();
    option.state = QStyle::State_Enabled | extra;
    QPainter painter(&image);
    m_delegate->paint(&painter, option, m_model->index(row));
    painter.end();
    if (const QString dir = qEnvironmentVariable("POKEDEX_CARD_DUMP"); !dir.isEmpty())
        image.save(QStringLiteral("%1/card-%2@%3x%4.png")
                       .arg(dir)
                       .arg(row)
                       .arg(dpr)
                       .arg(palette.color(QPalette::Base).lightness() < 128
                                ? QStringLiteral("-dark")
                                : QString()));
    return image;
}

void tst_CardDelegate::resourcesAreCompiledIn()
{
    // pokedex_ui is a static library: its resources must still be registered.
    for (const char *path :
         { ":/typecolors.json", ":/images/sprite-placeholder.svg", ":/images/not-found.svg",
           ":/icons/search.svg", ":/icons/io.github.pokedex_desktop.Pokedex.svg" }) {
        QVERIFY2(QFile::exists(QLatin1String(path)), path);
    }
    QSvgRenderer icon(QStringLiteral(":/icons/io.github.pokedex_desktop.Pokedex.svg"));
    QVERIFY(icon.isValid());
    QCOMPARE(icon.defaultSize(), QSize(256, 256));
    QVERIFY(QSvgRenderer(QStringLiteral(":/images/sprite-placeholder.svg")).isValid());
    QVERIFY(QSvgRenderer(QStringLiteral(":/images/not-found.svg")).isValid());
}

void tst_CardDelegate::typePaletteKnowsTheCommunityColours_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QColor>("color");
    QTest::addRow("fire") << QStringLiteral("fire") << QColor(0xEE, 0x81, 0x30);
    QTest::addRow("water") << QStringLiteral("water") << QColor(0x63, 0x90, 0xF0);
    QTest::addRow("grass") << QStringLiteral("grass") << QColor(0x7A, 0xC7, 0x4C);
    QTest::addRow("electric") << QStringLiteral("electric") << QColor(0xF7, 0xD0, 0x2C);
    QTest::addRow("psychic") << QStringLiteral("psychic") << QColor(0xF9, 0x55, 0x87);
    QTest::addRow("upper case") << QStringLiteral("Fire") << QColor(0xEE, 0x81, 0x30);
}

void tst_CardDelegate::typePaletteKnowsTheCommunityColours()
{
    QFETCH(QString, type);
    QFETCH(QColor, color);
    QCOMPARE(TypePalette::instance().colorFor(type), color);
}

void tst_CardDelegate::typePaletteFallsBackForUnknownTypes()
{
    const TypePalette &palette = TypePalette::instance();
    QCOMPARE(palette.types().size(), 20); // 18 types + unknown + shadow
    QVERIFY(palette.contains(QStringLiteral("shadow")));
    QVERIFY(palette.contains(QStringLiteral("unknown")));
    QVERIFY(!palette.contains(QStringLiteral("cosmic")));
    QCOMPARE(palette.colorFor(QStringLiteral("cosmic")), TypePalette::fallbackColor());
    QCOMPARE(palette.colorFor(QString()), TypePalette::fallbackColor());

    const TypePalette broken(QByteArrayLiteral(R"({"fire": "not a colour", "water": 7})"));
    QVERIFY(broken.types().isEmpty());
    QCOMPARE(broken.colorFor(QStringLiteral("fire")), TypePalette::fallbackColor());
    QVERIFY(TypePalette(QByteArrayLiteral("[")).types().isEmpty());
}

void tst_CardDelegate::badgeTextIsReadableOnEveryType()
{
    const TypePalette &palette = TypePalette::instance();
    const QStringList types = palette.types() << QStringLiteral("cosmic");
    for (const QString &type : types) {
        const double ratio
            = TypePalette::contrastRatio(palette.colorFor(type), palette.textColorFor(type));
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2").arg(type).arg(ratio)));
    }
    QCOMPARE(TypePalette::textColorOn(Qt::black), QColor(Qt::white));
    QVERIFY(TypePalette::textColorOn(Qt::white).lightness() < 64);
}

void tst_CardDelegate::fontsScaleInPointsOrPixels_data()
{
    QTest::addColumn<QFont>("font");
    QTest::addColumn<qreal>("factor");
    QTest::addColumn<qreal>("points");
    QTest::addColumn<int>("pixels");
    QFont points;
    points.setPointSizeF(10);
    QFont pixels; // as a style sheet sizes it
    pixels.setPixelSize(20);
    QTest::addRow("points grow") << points << 1.5 << 15.0 << -1;
    QTest::addRow("points shrink") << points << 0.86 << 8.6 << -1;
    QTest::addRow("pixels shrink") << pixels << 0.5 << -1.0 << 10;
    QTest::addRow("pixels stay readable") << pixels << 0.1 << -1.0 << 6;
}

void tst_CardDelegate::fontsScaleInPointsOrPixels()
{
    QFETCH(QFont, font);
    QFETCH(qreal, factor);
    QFETCH(qreal, points);
    QFETCH(int, pixels);
    const QFont scaled = Fonts::scaled(font, factor);
    QCOMPARE(scaled.pointSizeF(), points);
    QCOMPARE(scaled.pixelSize(), pixels);
    QCOMPARE(scaled.weight(), font.weight());
    QCOMPARE(Fonts::scaled(font, factor, QFont::DemiBold).weight(), QFont::DemiBold);
}

void tst_CardDelegate::sizeHintIsConstant()
{
    QStyleOptionViewItem option;
    const QSize expected(CardDelegate::CardWidth, CardDelegate::CardHeight);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_delegate->sizeHint(option, m_model->index(row)), expected);
    option.font.setPointSize(30);
    QCOMPARE(m_delegate->sizeHint(option, m_model->index(0)), expected);
    m_model->setLoading(3);
    QCOMPARE(m_delegate->sizeHint(option, m_model->index(3)), expected);
}

void tst_CardDelegate::theFocusedCardHasARing()
{
    const QColor highlight = QApplication::palette().color(QPalette::Highlight);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QImage plain = paintRow(row);
        const QImage focused = paintRow(row, 1.0, QStyle::State_HasFocus);
        QVERIFY(focused != plain);
        // Along the card's edge: a ring, not a fill.
        const QImage edge = focused.copy(0, 30, 6, 100);
        QVERIFY2(countPixelsNear(edge, highlight, 40) >= 90, qPrintable(QString::number(row)));
        QCOMPARE(countPixelsNear(plain.copy(0, 30, 6, 100), highlight, 40), 0);
        // Selected or not, focus shows.
        QVERIFY(paintRow(row, 1.0, QStyle::State_HasFocus | QStyle::State_Selected)
                != paintRow(row, 1.0, QStyle::State_Selected));
    }
}

void tst_CardDelegate::everySizeIsTheMediumCardScaled_data()
{
    QTest::addColumn<CardDelegate::CardSize>("size");
    QTest::addColumn<QSize>("expected");
    QTest::addRow("small") << CardDelegate::CardSize::Small << QSize(144, 160);
    QTest::addRow("medium") << CardDelegate::CardSize::Medium << QSize(180, 200);
    QTest::addRow("large") << CardDelegate::CardSize::Large << QSize(225, 250);
}

void tst_CardDelegate::everySizeIsTheMediumCardScaled()
{
    QFETCH(CardDelegate::CardSize, size);
    QFETCH(QSize, expected);
    QSignalSpy changed(m_delegate.get(), &CardDelegate::sizeHintChanged);
    m_delegate->setCardSize(size);
    QCOMPARE(changed.size(), size == CardDelegate::CardSize::Medium ? 0 : 1);
    QCOMPARE(m_delegate->sizeHint({}, m_model->index(0)), expected);
    QCOMPARE(CardDelegate::sizeFor(size), expected);

    // Charizard's fire badge grows with the card's area.
    const QImage medium = paintRow(0);
    QImage image(expected, QImage::Format_ARGB32);
    image.fill(QApplication::palette().color(QPalette::Window));
    QStyleOptionViewItem option;
    option.rect = QRect(QPoint(), expected);
    option.palette = QApplication::palette();
    option.font = QApplication::font();
    option.state = QStyle::State_Enabled;
    QPainter painter(&image);
    m_delegate->paint(&painter, option, m_model->index(0));
    painter.end();
    const QColor fire = TypePalette::instance().colorFor(QStringLiteral("fire"));
    const qreal area = qreal(expected.width() * expected.height()) / (180 * 200);
    const qreal ratio = countPixelsNear(image, fire) / qreal(countPixelsNear(medium, fire));
    QVERIFY2(qAbs(ratio - area) < 0.15 * area, qPrintable(QString::number(ratio)));
    // The hit areas follow: the Retry button of a Large card is larger, inside it.
    const QRect item(QPoint(10, 20), expected);
    const QRect button = CardDelegate::retryButtonRect(item);
    QVERIFY(item.contains(button));
    QVERIFY(qAbs(button.width() - 96 * expected.width() / 180.0) <= 2.0); // whole pixels
}

void tst_CardDelegate::eachStatePaintsADifferentCard()
{
    // A point in the card's top area, away from the number, sprite and text.
    const QPoint probe(16, 40);
    const QRgb loaded = paintRow(0).pixel(probe);
    const QRgb loading = paintRow(1).pixel(probe);
    const QRgb notFound = paintRow(2).pixel(probe);
    const QRgb error = paintRow(3).pixel(probe);
    const QRgb notLoaded = paintRow(6).pixel(probe);
    const QList<QRgb> all = { loaded, loading, notFound, error, notLoaded };
    for (int i = 0; i < all.size(); ++i) {
        for (int j = i + 1; j < all.size(); ++j)
            QVERIFY2(all.at(i) != all.at(j),
                     qPrintable(QStringLiteral("states %1 and %2").arg(i).arg(j)));
    }
    // Charizard's card is tinted by fire, the failed one by the warning colour.
    QVERIFY(qRed(loaded) > qBlue(loaded) + 30);
    QVERIFY(qRed(error) > qGreen(error) + 10);
    // A cancelled card is grey, not an alert: no warning colour anywhere on it.
    QVERIFY(qAbs(qRed(notLoaded) - qGreen(notLoaded)) <= 3);
    QVERIFY(qAbs(qRed(notLoaded) - qBlue(notLoaded)) <= 3);
    const QColor warning = PaletteColors::warning(QApplication::palette());
    QVERIFY(countPixelsNear(paintRow(3), warning, 40) > 20);
    QCOMPARE(countPixelsNear(paintRow(6), warning, 40), 0);
    // The window shows through outside the rounded corner.
    QCOMPARE(QColor(paintRow(0).pixel(0, 0)), QApplication::palette().color(QPalette::Window));
    // Hover and selection change the card too.
    QVERIFY(paintRow(0, 1.0, QStyle::State_Selected) != paintRow(0));
    QVERIFY(paintRow(0, 1.0, QStyle::State_MouseOver) != paintRow(0));
}

void tst_CardDelegate::fireBadgeAppearsOnCharizardOnly()
{
    const QColor fire = TypePalette::instance().colorFor(QStringLiteral("fire"));
    const QColor flying = TypePalette::instance().colorFor(QStringLiteral("flying"));
    const QColor electric = TypePalette::instance().colorFor(QStringLiteral("electric"));
    const QImage charizard = paintRow(0);
    const QImage pikachu = paintRow(4);
    QVERIFY2(countPixelsNear(charizard, fire) > 300, "no fire badge");
    QVERIFY2(countPixelsNear(charizard, flying) > 300, "no flying badge");
    QCOMPARE(countPixelsNear(pikachu, fire), 0);
    QVERIFY2(countPixelsNear(pikachu, electric) > 300, "no electric badge");
    for (int row : { 1, 2, 3, 5 })
        QCOMPARE(countPixelsNear(paintRow(row), fire), 0);
}

void tst_CardDelegate::listedCardsShowWhatTheDexKnows()
{
    // Charizard as the dex lists it, before and after its types are known, and looked up.
    PokemonListModel::Entry listed = entryFor(QStringLiteral("charizard"));
    listed.title = QStringLiteral("Charizard");
    listed.state = State::Listed;
    listed.facts = { 6, { QStringLiteral("fire"), QStringLiteral("flying") }, 1 };
    PokemonListModel::Entry untyped = listed;
    untyped.facts.types.clear();
    m_model->setEntries({ listed, untyped, listed });
    m_model->setLoading(2);

    const QColor fire = TypePalette::instance().colorFor(QStringLiteral("fire"));
    const QImage typed = paintRow(0);
    QVERIFY2(countPixelsNear(typed, fire) > 300, "no fire badge before the data");
    QCOMPARE(countPixelsNear(paintRow(1), fire), 0);
    // Tinted by its types, like a loaded card.
    const QRgb top = typed.pixel(16, 40);
    QVERIFY(qRed(top) > qBlue(top) + 30);
    // The number is drawn: the top right corner differs from the same card without one.
    PokemonListModel::Entry unnumbered = untyped;
    unnumbered.facts.number = 0;
    m_model->setEntries({ untyped, unnumbered });
    const QRect corner(120, 8, 50, 20);
    QVERIFY(paintRow(0).copy(corner) != paintRow(1).copy(corner));
    QCOMPARE(paintRow(0).copy(0, 30, 180, 170), paintRow(1).copy(0, 30, 180, 170));

    // Nothing spins for a card nobody asked for.
    m_model->setEntries({ listed, listed });
    m_model->setLoading(1);
    const QImage idle = paintRow(0);
    const QImage spinning = paintRow(1);
    QVERIFY(idle != spinning);
    CardView view(nullptr);
    view.setModel(m_model.get());
    QCOMPARE(view.loadingAnimator()->loadingCount(), 1);
    view.setModel(nullptr);
}

void tst_CardDelegate::paintsSharplyAtHighDpi()
{
    const QColor fire = TypePalette::instance().colorFor(QStringLiteral("fire"));
    const QImage normal = paintRow(0, 1.0);
    const QImage hidpi = paintRow(0, 2.0);
    QCOMPARE(hidpi.size(), normal.size() * 2);
    // Four times the pixels, not an upscaled card.
    const int n1 = countPixelsNear(normal, fire);
    const int n2 = countPixelsNear(hidpi, fire);
    QVERIFY2(n2 > 3 * n1, qPrintable(QStringLiteral("%1 vs %2").arg(n2).arg(n1)));
}

void tst_CardDelegate::followsADarkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x21, 0x24));
    dark.setColor(QPalette::Base, QColor(0x2A, 0x2B, 0x2F));
    dark.setColor(QPalette::Text, QColor(0xE8, 0xEA, 0xED));
    dark.setColor(QPalette::Highlight, QColor(0x8A, 0xB4, 0xF8));
    dark.setColor(QPalette::HighlightedText, QColor(0x20, 0x21, 0x24));
    const QPoint belowTheArt(16, 150);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QImage card = paintRow(row, 1.0, {}, dark);
        QVERIFY2(QColor(card.pixel(belowTheArt)).lightness() < 80,
                 qPrintable(QString::number(row)));
        QVERIFY2(QColor(card.pixel(16, 40)).lightness() < 128, qPrintable(QString::number(row)));
    }
    // The name is drawn in the palette's (light) text colour.
    QVERIFY(countPixelsNear(paintRow(0, 1.0, {}, dark), dark.color(QPalette::Text), 30) > 30);
}

void tst_CardDelegate::notFoundCardOffersTheSuggestion()
{
    // The suggestion is drawn in the accent colour; the invalid name's card has no suggestion.
    const QColor link = QApplication::palette().color(QPalette::Highlight);
    QVERIFY(countPixelsNear(paintRow(2), link, 40) > 10);
    QCOMPARE(countPixelsNear(paintRow(5), link, 40), 0);
    QVERIFY(paintRow(5) != paintRow(2));
}

void tst_CardDelegate::clickingRetryEmitsRetryRequested()
{
    QSignalSpy spy(m_delegate.get(), &CardDelegate::retryRequested);
    QStyleOptionViewItem option;
    option.rect = QRect(40, 60, CardDelegate::CardWidth, CardDelegate::CardHeight);
    const QRect button = CardDelegate::retryButtonRect(option.rect);
    QVERIFY(option.rect.contains(button));

    const auto click
        = [&](int row, const QPoint &at, Qt::MouseButton mouseButton = Qt::LeftButton) {
              QMouseEvent press(QEvent::MouseButtonPress, at, at, mouseButton, mouseButton, {});
              QMouseEvent release(QEvent::MouseButtonRelease, at, at, mouseButton, {}, {});
              m_delegate->editorEvent(&press, m_model.get(), option, m_model->index(row));
              return m_delegate->editorEvent(&release, m_model.get(), option, m_model->index(row));
          };
    QVERIFY(click(3, button.center()));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<QModelIndex>(), m_model->index(3));

    click(3, button.topLeft() - QPoint(2, 2)); // beside the button
    click(3, button.center(), Qt::RightButton); // another button
    click(0, button.center()); // a card without a Retry button
    click(1, button.center());
    QCOMPARE(spy.size(), 1);

    // Through a real view: a click on the drawn button reaches the delegate.
    CardView view(nullptr);
    view.setModel(m_model.get());
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy viewSpy(&view, &CardView::retryRequested);
    const QRect card = view.visualRect(m_model->index(3));
    QVERIFY(card.isValid());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                      CardDelegate::retryButtonRect(card).center());
    QCOMPARE(viewSpy.size(), 1);
    QCOMPARE(viewSpy.at(0).at(0).value<QModelIndex>().row(), 3);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, card.topLeft() + QPoint(20, 20));
    QCOMPARE(viewSpy.size(), 1);
}

void tst_CardDelegate::aNotLoadedCardLoadsOnClickOrEnter()
{
    // "Enter to load", its "load" in the accent colour like a link.
    const QColor link = QApplication::palette().color(QPalette::Highlight);
    const QImage card = paintRow(6);
    const QRect item(0, 0, CardDelegate::CardWidth, CardDelegate::CardHeight);
    int onLine = 0;
    const QRect line = CardDelegate::suggestionRect(item);
    for (int y = line.top(); y <= line.bottom(); ++y) {
        for (int x = line.left(); x <= line.right(); ++x)
            onLine += colorDistance(card.pixel(x, y), link) <= 40;
    }
    QVERIFY2(onLine > 10, qPrintable(QString::number(onLine)));

    CardView view(nullptr);
    view.setModel(m_model.get());
    view.resize(1400, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy spy(&view, &CardView::retryRequested);
    const QRect rect = view.visualRect(m_model->index(6));
    QVERIFY(rect.isValid());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                      CardDelegate::suggestionRect(rect).center());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<QModelIndex>().row(), 6);
    // Elsewhere on the card a click only selects it.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, rect.topLeft() + QPoint(20, 20));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(view.currentIndex().row(), 6);
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(spy.size(), 2);
    QVERIFY(
        m_delegate->toolTipFor(m_model->index(6), CardDelegate::suggestionRect(item).center(), item)
            .startsWith(QStringLiteral("Load ditto")));
}

void tst_CardDelegate::enterOnAFailedCardRetries()
{
    CardView view(nullptr);
    view.setModel(m_model.get());
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy spy(&view, &CardView::retryRequested);

    view.setCurrentIndex(m_model->index(0));
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(spy.size(), 0);
    view.setCurrentIndex(m_model->index(3));
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<QModelIndex>().row(), 3);
    // Arrow keys move between cards.
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.currentIndex().row(), 4);
}

void tst_CardDelegate::spinnerTimerRunsOnlyWhileRowsAreLoading()
{
    CardView view(nullptr);
    view.setModel(m_model.get());
    LoadingAnimator *animator = view.loadingAnimator();
    QCOMPARE(animator->loadingCount(), 1);
    QVERIFY(animator->isRunning());

    // Changes reach the views once per turn of the event loop.
    m_model->setLoaded(1, makePokemon(151, QStringLiteral("mew"), { QStringLiteral("psychic") }),
                       10);
    QTRY_COMPARE(animator->loadingCount(), 0);
    QVERIFY(!animator->isRunning());

    m_model->setLoading(3); // a retry
    QTRY_VERIFY(animator->isRunning());
    m_model->setError(3, QStringLiteral("Timed out"), 10);
    QTRY_VERIFY(!animator->isRunning());

    m_model->setEntries({ entryFor(QStringLiteral("a")), entryFor(QStringLiteral("b")) });
    QCOMPARE(animator->loadingCount(), 2);
    QVERIFY(animator->isRunning());
    m_model->clear();
    QVERIFY(!animator->isRunning());

    PokemonListModel other;
    other.setEntries({ entryFor(QStringLiteral("c")) });
    view.setModel(&other);
    QVERIFY(animator->isRunning());
    m_model->setEntries({ entryFor(QStringLiteral("d")) }); // the old model no longer counts
    QCOMPARE(animator->loadingCount(), 1);
    view.setModel(nullptr);
    QVERIFY(!animator->isRunning());
}

void tst_CardDelegate::cachedCardsCarryASmallMark()
{
    const QRect item(0, 0, CardDelegate::CardWidth, CardDelegate::CardHeight);
    const QImage network = paintRow(4);
    const Pokemon pikachu = m_model->entry(4).pokemon;
    m_model->setLoaded(4, pikachu, 3, true);
    QVERIFY(m_model->index(4).data(PokemonListModel::FromCacheRole).toBool());
    const QImage cached = paintRow(4);
    // The mark is the only difference, and it is small.
    const QRect mark = CardDelegate::cachedMarkRect(item);
    QVERIFY(item.contains(mark));
    QVERIFY(!mark.intersects(CardDelegate::spriteRect(item)));
    int inside = 0;
    int outside = 0;
    for (int y = 0; y < cached.height(); ++y) {
        for (int x = 0; x < cached.width(); ++x) {
            if (cached.pixel(x, y) != network.pixel(x, y))
                ++(mark.contains(x, y) ? inside : outside);
        }
    }
    QVERIFY2(inside > 15, qPrintable(QString::number(inside)));
    QCOMPARE(outside, 0);
}

void tst_CardDelegate::tooltipsTellCacheAndAttempts()
{
    const QRect item(40, 60, CardDelegate::CardWidth, CardDelegate::CardHeight);
    const QPoint onMark = CardDelegate::cachedMarkRect(item).center();
    const QPoint elsewhere = CardDelegate::spriteRect(item).center();
    m_model->setLoaded(4, m_model->entry(4).pokemon, 3, true);
    const QModelIndex pikachu = m_model->index(4);
    QVERIFY(m_delegate->toolTipFor(pikachu, onMark, item).contains(QStringLiteral("from cache")));
    const QString general = m_delegate->toolTipFor(pikachu, elsewhere, item);
    QVERIFY2(general.contains(QStringLiteral("#025")), qPrintable(general));
    // An uncached card has no mark to explain.
    QVERIFY(!m_delegate->toolTipFor(m_model->index(0), onMark, item)
                 .contains(QStringLiteral("from cache")));

    // A bug once: "gave up after 4 attempts (1 attempt)". The reason alone the first time;
    // after a retry, how often it was looked up, in other words than the network's attempts.
    const QModelIndex failed = m_model->index(3);
    QCOMPARE(m_delegate->toolTipFor(failed, elsewhere, item), QStringLiteral("Connection refused"));
    const QString gaveUp = NetworkErrors::gaveUp(QStringLiteral("Connection refused"), 4);
    m_model->setError(3, gaveUp, 10);
    QCOMPARE(m_delegate->toolTipFor(failed, elsewhere, item),
             QStringLiteral("Connection refused (gave up after 4 attempts)"));
    QVERIFY(!m_delegate->toolTipFor(failed, elsewhere, item).contains(QStringLiteral("1 attempt")));
    m_model->setLoading(3);
    m_model->setError(3, QStringLiteral("No answer from the server within 15 s"), 10);
    QCOMPARE(m_delegate->toolTipFor(failed, elsewhere, item),
             QStringLiteral("No answer from the server within 15 s\n(looked up 2 times)"));

    // Through a real view, the delegate answers the tooltip event.
    CardView view(nullptr);
    view.setModel(m_model.get());
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QRect card = view.visualRect(failed);
    QHelpEvent help(QEvent::ToolTip, card.center(), view.viewport()->mapToGlobal(card.center()));
    QApplication::sendEvent(view.viewport(), &help);
    QTRY_COMPARE(QToolTip::text(),
                 QStringLiteral("No answer from the server within 15 s\n(looked up 2 times)"));

    // The cache mark's tooltip, through the view too, with a little room around the mark.
    const QRect cachedCard = view.visualRect(pikachu);
    const QPoint nearMark = CardDelegate::cachedMarkRect(cachedCard).topLeft() - QPoint(3, 3);
    QHelpEvent overMark(QEvent::ToolTip, nearMark, view.viewport()->mapToGlobal(nearMark));
    QApplication::sendEvent(view.viewport(), &overMark);
    QTRY_VERIFY2(QToolTip::text().contains(QStringLiteral("from cache, not the network")),
                 qPrintable(QToolTip::text()));
}

void tst_CardDelegate::longErrorsReadWhole_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("whole");
    QTest::addRow("short") << QStringLiteral("Connection refused") << true;
    // A bug once: "127.0.0.1 refused the connection (gave up afte…" on the card.
    QTest::addRow("gave up") << NetworkErrors::gaveUp(
        QStringLiteral("127.0.0.1 refused the connection"), 4)
                             << true;
    QTest::addRow("long") << NetworkErrors::gaveUp(NetworkErrors::undecodable(8 * 1024 * 1024), 4)
                          << true;
    QTest::addRow("far too long") << QStringLiteral("word ").repeated(60) << false;
}

void tst_CardDelegate::longErrorsReadWhole()
{
    QFETCH(QString, reason);
    QFETCH(bool, whole);
    const CardDelegate::ErrorLayout card = CardDelegate::errorLayout(reason, QApplication::font());
    const WrappedText::Layout &layout = card.text;
    QCOMPARE(layout.complete, whole);
    const QFontMetrics fm(layout.font);
    QVERIFY(layout.lines.size() * fm.height() <= card.reason.height());
    for (const QString &line : layout.lines)
        QVERIFY2(fm.horizontalAdvance(line) <= card.reason.width(), qPrintable(line));
    // Sign, name and reason one below the other, all above the Retry button.
    const QRect item(0, 0, CardDelegate::CardWidth, CardDelegate::CardHeight);
    QVERIFY(card.sign.bottom() < card.name.top());
    QVERIFY(card.name.bottom() < card.reason.top());
    QVERIFY(card.reason.bottom() < CardDelegate::retryButtonRect(item).top());
    if (whole) {
        QCOMPARE(layout.lines.join(u' ').simplified(), reason.simplified());
        QVERIFY(!layout.lines.last().endsWith(QChar(0x2026)));
    } else {
        QVERIFY(layout.lines.last().endsWith(QChar(0x2026)));
    }
    // A short reason keeps the large sign and the card's own font size.
    if (reason.size() < 30) {
        QCOMPARE(layout.lines.size(), 1);
        QCOMPARE(card.sign.height(), 52);
    }
}

void tst_CardDelegate::decodeRefusesOversizedImages()
{
    QImage wide(SpriteCache::MaxDimension + 1, 4, QImage::Format_Mono);
    wide.fill(0);
    QString error;
    QVERIFY(SpriteCache::decode(pngOf(wide), &error).isNull());
    QVERIFY2(error.contains(QStringLiteral("too large")), qPrintable(error));

    QImage tall(8, 5000, QImage::Format_Mono);
    tall.fill(1);
    QVERIFY(SpriteCache::decode(pngOf(tall), &error).isNull());
    QVERIFY(SpriteCache::decode(spritePng(200, 200), &error, 128).isNull());

    QVERIFY(
        SpriteCache::decode(QByteArray(SpriteCache::MaxEncodedBytes + 1, 'x'), &error).isNull());
    QVERIFY2(error.contains(QStringLiteral("too large")), qPrintable(error));
}

void tst_CardDelegate::decodeAcceptsASprite()
{
    QString error = QStringLiteral("stale");
    const QImage image = SpriteCache::decode(spritePng(), &error);
    QCOMPARE(image.size(), QSize(96, 96));
    QVERIFY(error.isEmpty());
    QCOMPARE(QColor(image.pixel(10, 10)), QColor(0x40, 0x80, 0xC0));
}

void tst_CardDelegate::decodeRejectsGarbage()
{
    QString error;
    QVERIFY(SpriteCache::decode(QByteArrayLiteral("Not Found"), &error).isNull());
    QVERIFY(!error.isEmpty());
    QVERIFY(SpriteCache::decode(QByteArray(), &error).isNull());
    QVERIFY(SpriteCache::decode(spritePng().left(60), &error).isNull()); // truncated
}

void tst_CardDelegate::emptySpriteUrlAsksNothing()
{
    QNetworkAccessManager nam;
    PokeApiClient client(&nam, QUrl(QStringLiteral("http://127.0.0.1:9/api/v2/")));
    SpriteCache cache(&client);
    QVERIFY(cache.sprite(QUrl()).isNull());
    QCOMPARE(client.queue()->pendingCount() + client.queue()->inFlightCount(), 0);
    QVERIFY(!cache.isPending(QUrl()));
}

void tst_CardDelegate::spriteIsFetchedOnceThenCached()
{
    FakePokeApi fake(QStringLiteral(POKEDEX_TEST_DATA));
    QVERIFY(fake.listen());
    fake.setResponseFor(QStringLiteral("/sprites/25.png"), 200, spritePng(),
                        QByteArrayLiteral("image/png"));
    QNetworkAccessManager nam;
    PokeApiClient client(&nam, fake.apiUrl());
    SpriteCache cache(&client);
    QSignalSpy ready(&cache, &SpriteCache::spriteReady);
    const QUrl url = fake.baseUrl().resolved(QUrl(QStringLiteral("sprites/25.png")));

    QVERIFY(cache.sprite(url).isNull());
    QVERIFY(cache.isPending(url));
    QVERIFY(cache.sprite(url).isNull()); // asking again while pending sends nothing new
    QVERIFY(ready.wait());
    QCOMPARE(ready.at(0).at(0).toUrl(), url);
    const QPixmap pixmap = cache.sprite(url);
    QCOMPARE(pixmap.size(), QSize(96, 96));
    QVERIFY(!cache.isPending(url));
    QCOMPARE(fake.requestCount(), 1);

    // The cache is bounded by bytes: a sprite larger than the bound is fetched, not kept.
    cache.setMaxCostBytes(1000);
    const QUrl other = fake.baseUrl().resolved(QUrl(QStringLiteral("sprites/6.png")));
    fake.setResponseFor(QStringLiteral("/sprites/6.png"), 200, spritePng(),
                        QByteArrayLiteral("image/png"));
    QVERIFY(cache.sprite(other).isNull());
    QVERIFY(ready.wait());
    QVERIFY(cache.sprite(other).isNull());
}

void tst_CardDelegate::failedSpriteIsNotAskedAgain()
{
    FakePokeApi fake(QStringLiteral(POKEDEX_TEST_DATA));
    QVERIFY(fake.listen());
    QNetworkAccessManager nam;
    PokeApiClient client(&nam, fake.apiUrl());
    SpriteCache cache(&client);
    QSignalSpy failed(&cache, &SpriteCache::spriteFailed);
    QSignalSpy ready(&cache, &SpriteCache::spriteReady);

    const QUrl missing = fake.baseUrl().resolved(QUrl(QStringLiteral("sprites/404.png")));
    QVERIFY(cache.sprite(missing).isNull());
    QVERIFY(failed.wait());
    QCOMPARE(failed.at(0).at(0).toUrl(), missing);
    QVERIFY(cache.hasFailed(missing));
    const int requests = fake.requestCount();

    fake.setResponseFor(QStringLiteral("/sprites/text.png"), 200, QByteArrayLiteral("Not Found"),
                        QByteArrayLiteral("text/plain"));
    const QUrl undecodable = fake.baseUrl().resolved(QUrl(QStringLiteral("sprites/text.png")));
    QVERIFY(cache.sprite(undecodable).isNull());
    QVERIFY(failed.wait());
    QVERIFY(cache.hasFailed(undecodable));

    QVERIFY(cache.sprite(missing).isNull());
    QVERIFY(cache.sprite(undecodable).isNull());
    QCOMPARE(client.queue()->pendingCount() + client.queue()->inFlightCount(), 0);
    QCOMPARE(fake.requestCount(), requests + 1);
    QCOMPARE(ready.size(), 0);
}

void tst_CardDelegate::retryFailedAsksForFailedSpritesAgain()
{
    FakePokeApi fake(QStringLiteral(POKEDEX_TEST_DATA));
    QVERIFY(fake.listen());
    QNetworkAccessManager nam;
    PokeApiClient client(&nam, fake.apiUrl());
    SpriteCache cache(&client);
    QSignalSpy failed(&cache, &SpriteCache::spriteFailed);
    QSignalSpy ready(&cache, &SpriteCache::spriteReady);
    QSignalSpy cleared(&cache, &SpriteCache::failuresCleared);
    cache.retryFailed();
    QCOMPARE(cleared.size(), 0); // nothing to forget

    const QString path = QStringLiteral("/sprites/25.png");
    const QUrl url = fake.baseUrl().resolved(QUrl(path.mid(1)));
    fake.setResponseFor(path, 500, QByteArrayLiteral("oops"), QByteArrayLiteral("text/plain"));
    QVERIFY(cache.sprite(url).isNull());
    QVERIFY(failed.wait());
    QCOMPARE(cache.failedCount(), 1);
    QVERIFY2(cache.failureOf(url).contains(QStringLiteral("500")),
             qPrintable(cache.failureOf(url)));

    fake.setResponseFor(path, 200, spritePng(), QByteArrayLiteral("image/png"));
    cache.retryFailed();
    QCOMPARE(cleared.size(), 1);
    QVERIFY(!cache.hasFailed(url));
    QCOMPARE(cache.failedCount(), 0);
    QVERIFY(cache.failureOf(url).isEmpty());
    QVERIFY(cache.sprite(url).isNull()); // asked again
    QVERIFY(cache.isPending(url));
    QVERIFY(ready.wait());
    QCOMPARE(cache.sprite(url).size(), QSize(96, 96));
}

void tst_CardDelegate::aFailedSpriteMarksItsCardAndTellsWhy()
{
    FakePokeApi fake(QStringLiteral(POKEDEX_TEST_DATA));
    QVERIFY(fake.listen());
    QNetworkAccessManager nam;
    PokeApiClient client(&nam, fake.apiUrl());
    SpriteCache cache(&client);
    QSignalSpy failed(&cache, &SpriteCache::spriteFailed);
    const QUrl missing = fake.baseUrl().resolved(QUrl(QStringLiteral("sprites/25.png")));
    m_model->setLoaded(
        4, makePokemon(25, QStringLiteral("pikachu"), { QStringLiteral("electric") }, missing), 90);
    m_delegate = std::make_unique<CardDelegate>(&cache);
    const QRect item(0, 0, CardDelegate::CardWidth, CardDelegate::CardHeight);
    const QRect mark = CardDelegate::spriteErrorMarkRect(item);
    QVERIFY(item.contains(mark));
    QVERIFY(!m_delegate->toolTipFor(m_model->index(4), mark.center(), item)
                 .contains(QStringLiteral("picture")));

    const QImage asking = paintRow(4); // the first paint asks for the sprite
    QVERIFY(failed.wait());
    const QImage marked = paintRow(4);
    // The mark is the only difference, it is small and in the warning colour.
    const QColor warning = PaletteColors::warning(QApplication::palette());
    int inside = 0;
    int outside = 0;
    for (int y = 0; y < marked.height(); ++y) {
        for (int x = 0; x < marked.width(); ++x) {
            if (marked.pixel(x, y) != asking.pixel(x, y))
                ++(mark.contains(x, y) ? inside : outside);
        }
    }
    QVERIFY2(inside > 40, qPrintable(QString::number(inside)));
    QCOMPARE(outside, 0);
    QVERIFY(countPixelsNear(marked.copy(mark), warning, 30) > 20);

    const QString tip = m_delegate->toolTipFor(m_model->index(4), mark.center(), item);
    QVERIFY2(tip.contains(QStringLiteral("picture did not load"))
                 && tip.contains(QStringLiteral("404")),
             qPrintable(tip));
    // Elsewhere the card keeps its usual tooltip; a card whose sprite is fine has no mark.
    QVERIFY(
        !m_delegate->toolTipFor(m_model->index(4), CardDelegate::spriteRect(item).topLeft(), item)
             .contains(QStringLiteral("picture")));
    QVERIFY(!m_delegate->toolTipFor(m_model->index(0), mark.center(), item)
                 .contains(QStringLiteral("picture")));

    // Once the failure is forgotten, the mark goes.
    cache.retryFailed();
    QVERIFY(paintRow(4) != marked);
}

void tst_CardDelegate::oversizedDownloadIsRefused()
{
    FakePokeApi fake(QStringLiteral(POKEDEX_TEST_DATA));
    QVERIFY(fake.listen());
    QImage huge(4000, 4000, QImage::Format_Mono); // 2 MB of pixels once decoded as ARGB: 64 MB
    huge.fill(0);
    fake.setResponseFor(QStringLiteral("/sprites/huge.png"), 200, pngOf(huge),
                        QByteArrayLiteral("image/png"));
    QNetworkAccessManager nam;
    PokeApiClient client(&nam, fake.apiUrl());
    SpriteCache cache(&client);
    QSignalSpy failed(&cache, &SpriteCache::spriteFailed);
    const QUrl url = fake.baseUrl().resolved(QUrl(QStringLiteral("sprites/huge.png")));
    QVERIFY(cache.sprite(url).isNull());
    QVERIFY(failed.wait());
    QVERIFY2(failed.at(0).at(1).toString().contains(QStringLiteral("too large")),
             qPrintable(failed.at(0).at(1).toString()));
    QVERIFY(cache.sprite(url).isNull());
    QCOMPARE(fake.requestCount(), 1);
}

void tst_CardDelegate::onlyVisibleCardsFetchTheirSprites()
{
    FakePokeApi fake(QStringLiteral(POKEDEX_TEST_DATA));
    QVERIFY(fake.listen());
    QNetworkAccessManager nam;
    PokeApiClient client(&nam, fake.apiUrl());
    SpriteCache cache(&client);

    const auto spriteUrl = [&](int id) {
        return fake.baseUrl().resolved(QUrl(QStringLiteral("sprites/%1.png").arg(id)));
    };
    PokemonListModel model;
    QList<PokemonListModel::Entry> entries;
    for (int id = 1; id <= 300; ++id)
        entries.append(entryFor(QString::number(id)));
    model.setEntries(entries);
    for (int id = 1; id <= 300; ++id) {
        fake.setResponseFor(QStringLiteral("/sprites/%1.png").arg(id), 200, spritePng(),
                            QByteArrayLiteral("image/png"));
        model.setLoaded(id - 1,
                        makePokemon(id, QStringLiteral("p%1").arg(id), { QStringLiteral("water") },
                                    spriteUrl(id)),
                        1);
    }

    CardView view(&cache);
    view.setModel(&model);
    view.resize(600, 450);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy ready(&cache, &SpriteCache::spriteReady);
    QTRY_VERIFY(!cache.sprite(spriteUrl(1)).isNull());
    QVERIFY(!cache.isPending(spriteUrl(300)));
    QVERIFY(!cache.hasFailed(spriteUrl(300)));
    QVERIFY2(fake.requestCount() < 30, qPrintable(QString::number(fake.requestCount())));

    // Scrolling to the end fetches the last cards' sprites.
    view.scrollToBottom();
    QTRY_VERIFY(cache.isPending(spriteUrl(300)) || ready.contains({ spriteUrl(300) }));
}

QTEST_MAIN(tst_CardDelegate)
#include "tst_carddelegate.moc"
