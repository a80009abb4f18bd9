#include "detailpane.h"

#include "api/pokemonmedia.h"
#include "artworkbanner.h"
#include "crycontrols.h"
#include "detailpart.h"
#include "evolutiontreeview.h"
#include "flowlayout.h"
#include "focusring.h"
#include "fonts.h"
#include "matchupview.h"
#include "palettecolors.h"
#include "pokedextextview.h"
#include "pokemonformat.h"
#include "search/displaynames.h"
#include "sheetsections.h"
#include "statsview.h"
#include "typebadge.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QVBoxLayout>

using namespace PaletteColors;

namespace {

constexpr int SideMargin = 18;

// The pane's close button: a round, quiet button with a cross, floating over the artwork.
class CloseButton : public QAbstractButton
{
public:
    explicit CloseButton(QWidget *parent)
        : QAbstractButton(parent)
    {
        setCursor(Qt::PointingHandCursor);
        retranslate();
        setFocusPolicy(Qt::TabFocus);
        setAttribute(Qt::WA_Hover);
    }
    QSize sizeHint() const override { return { 30, 30 }; }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        QAbstractButton::changeEvent(event);
    }
    void retranslate()
    {
        setToolTip(DetailPane::tr("Close (Esc)"));
        setAccessibleName(DetailPane::tr("Close details"));
    }
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = palette();
        const bool hot = underMouse() || isDown() || hasFocus();
        // Floating over whatever scrolls beneath: an opaque disc with a hairline edge.
        p.setPen(
            QPen(mix(pal.color(QPalette::Base), pal.color(QPalette::Text), hot ? 0.3 : 0.16), 1));
        p.setBrush(pal.color(QPalette::Base));
        p.drawEllipse(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5));
        QPen pen(hot ? pal.color(QPalette::Text) : muted(pal), 1.8);
        pen.setCapStyle(Qt::RoundCap);
        p.setPen(pen);
        const QPointF c = QRectF(rect()).center();
        constexpr qreal d = 5;
        p.drawLine(c + QPointF(-d, -d), c + QPointF(d, d));
        p.drawLine(c + QPointF(-d, d), c + QPointF(d, -d));
        if (hasFocus()) {
            QPainterPath ring;
            ring.addEllipse(QRectF(rect()).adjusted(1, 1, -1, -1));
            FocusRing::draw(&p, ring, pal);
        }
    }
};

// A form of the species as a small outlined chip; the form on show is filled and inert.
class FormChip : public QAbstractButton
{
public:
    FormChip(const QString &slug, const QString &text, bool current, QWidget *parent)
        : QAbstractButton(parent)
        , m_current(current)
    {
        setText(text);
        setEnabled(!current);
        setCheckable(false);
        setCursor(current ? Qt::ArrowCursor : Qt::PointingHandCursor);
        setToolTip(current ? DetailPane::tr("On show") : DetailPane::tr("Open %1").arg(text));
        setAttribute(Qt::WA_Hover);
        setFocusPolicy(Qt::TabFocus);
        setProperty("slug", slug);
    }
    QSize sizeHint() const override
    {
        const QFontMetrics fm(font());
        return { fm.horizontalAdvance(text()) + 24, fm.height() + 10 };
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        // Active colours even for the (disabled) current form: it is on show, not unavailable.
        const QPalette &pal = palette();
        const auto color
            = [&pal](QPalette::ColorRole role) { return pal.color(QPalette::Active, role); };
        const QColor base = color(QPalette::Base);
        const QColor highlight = color(QPalette::Highlight);
        const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        QColor fill = base;
        QColor border = mix(base, color(QPalette::Text), 0.2);
        QColor ink = color(QPalette::Link);
        if (m_current) {
            fill = mix(base, highlight, 0.14);
            border = highlight;
            ink = color(QPalette::Text);
        } else if (underMouse() || hasFocus()) {
            fill = mix(base, highlight, 0.08);
            border = mix(border, highlight, 0.7);
        }
        p.setPen(QPen(border, 1));
        p.setBrush(fill);
        p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
        if (hasFocus()) {
            QPainterPath ring;
            const QRectF inner = r.adjusted(0.5, 0.5, -0.5, -0.5);
            ring.addRoundedRect(inner, inner.height() / 2, inner.height() / 2);
            FocusRing::draw(&p, ring, pal);
        }
        p.setPen(ink);
        p.drawText(r, Qt::AlignCenter, text());
    }

private:
    bool m_current;
};

// Around the whole pane while keyboard focus is anywhere in it, so that focus on the scroll
// area or on a part that is reloading is as plain to see as on a button.
class FocusFrame : public QWidget
{
public:
    explicit FocusFrame(QWidget *pane)
        : QWidget(pane)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        hide();
        // The frame, not the pane, is the context: focus moves while a pane is destroyed, and
        // by then its members (this frame among them) may be gone.
        connect(qApp, &QApplication::focusChanged, this, [this, pane](QWidget *, QWidget *now) {
            setVisible(now && (now == pane || pane->isAncestorOf(now)));
        });
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        QPainterPath frame;
        frame.addRect(QRectF(rect()).adjusted(1, 1, -1, -1));
        FocusRing::draw(&p, frame, palette());
    }
};

} // namespace

DetailPane::DetailPane(SpriteCache *sprites, QWidget *parent)
    : QFrame(parent)
    , m_scroll(new QScrollArea(this))
    , m_banner(new ArtworkBanner(sprites))
    , m_name(new QLabel)
    , m_form(new QLabel)
    , m_number(new QLabel)
    , m_cry(new CryControls)
    , m_typeRow(new QWidget)
    , m_typeFlow(new FlowLayout(m_typeRow, 6, 6))
    , m_genus(new QLabel)
    , m_flavor(new PokedexTextView)
    , m_height(new QLabel)
    , m_weight(new QLabel)
    , m_abilities(new QLabel)
    , m_stats(new StatsView)
    , m_matchups(new MatchupView)
    , m_evolution(new EvolutionTreeView)
    , m_formsTitle(nullptr)
    , m_formsBox(new QWidget)
    , m_formsFlow(new FlowLayout(m_formsBox, 6, 6))
    , m_sheet(new SheetSections(this))
    , m_close(new CloseButton(this))
    , m_focusFrame(new FocusFrame(this))
{
    setObjectName(QStringLiteral("detailPane"));
    setFrameShape(QFrame::NoFrame);
    m_words.set(this, &QWidget::setAccessibleName, QT_TR_NOOP("Pokémon details"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    const QColor mutedText = muted(palette());

    // Species part: genus and flavour text.
    auto *speciesBox = new QWidget;
    auto *speciesLayout = new QVBoxLayout(speciesBox);
    speciesLayout->setContentsMargins(0, 0, 0, 0);
    speciesLayout->setSpacing(8);
    m_genus->setFont(Fonts::scaled(font(), 1.0, QFont::DemiBold));
    setTextColor(m_genus, mutedText);
    m_genus->setWordWrap(true);
    speciesLayout->addWidget(m_genus);
    speciesLayout->addWidget(m_flavor);
    m_speciesPart = new DetailPart(tr("the species"), speciesBox, 3);

    // The Pokémon's own data: height, weight, abilities and base stats.
    auto *profileBox = new QWidget;
    auto *profileLayout = new QVBoxLayout(profileBox);
    profileLayout->setContentsMargins(0, 0, 0, 0);
    profileLayout->setSpacing(8);
    profileLayout->addWidget(buildProfile());
    profileLayout->addWidget(sectionTitle(QT_TR_NOOP("Base stats")));
    profileLayout->addWidget(m_stats);
    m_profilePart = new DetailPart(tr("this Pokémon"), profileBox, 6);

    m_matchupsPart = new DetailPart(tr("the type matchups"), m_matchups, 3);
    m_evolutionPart = new DetailPart(tr("the evolution chain"), m_evolution, 2);

    m_formsTitle = sectionTitle(QT_TR_NOOP("Forms"));

    auto *body = new QWidget;
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(SideMargin, 14, SideMargin, 22);
    bodyLayout->setSpacing(10);
    bodyLayout->addWidget(buildIdentity());
    bodyLayout->addWidget(m_speciesPart);
    bodyLayout->addSpacing(4);
    bodyLayout->addWidget(m_profilePart);
    bodyLayout->addWidget(sectionTitle(QT_TR_NOOP("Type matchups")));
    bodyLayout->addWidget(m_matchupsPart);
    bodyLayout->addWidget(sectionTitle(QT_TR_NOOP("Evolution")));
    bodyLayout->addWidget(m_evolutionPart);
    bodyLayout->addWidget(m_formsTitle);
    bodyLayout->addWidget(m_formsBox);
    for (const auto &[section, title] : {
             std::pair { DetailSection::Abilities, QT_TR_NOOP("Abilities") },
             std::pair { DetailSection::Breeding, QT_TR_NOOP("Breeding & training") },
             std::pair { DetailSection::Moves, QT_TR_NOOP("Moves") },
             std::pair { DetailSection::Encounters, QT_TR_NOOP("Where to find it") },
         }) {
        bodyLayout->addWidget(sectionTitle(title));
        bodyLayout->addWidget(m_sheet->part(section));
    }
    bodyLayout->addWidget(sectionTitle(QT_TR_NOOP("Held in the wild")));
    bodyLayout->addWidget(m_sheet->heldItemsPart());
    connect(m_sheet, &SheetSections::searchRequested, this, &DetailPane::searchRequested);
    connect(m_sheet, &SheetSections::retryRequested, this, &DetailPane::retryRequested);
    bodyLayout->addStretch(1);

    auto *content = new QWidget;
    content->setBackgroundRole(QPalette::Base);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    // Never shorter than its parts need: the scroll area's height-for-width alone would
    // squeeze the stat bars flat once the pane is taller than the window.
    contentLayout->setSizeConstraint(QLayout::SetMinimumSize);
    contentLayout->addWidget(m_banner);
    contentLayout->addWidget(body);

    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scroll->viewport()->setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 0, 0, 0); // room for the line along the grid
    layout->addWidget(m_scroll);
    m_focusFrame->raise();
    m_close->raise();

    connect(m_close, &QAbstractButton::clicked, this, &DetailPane::closeRequested);
    connect(m_evolution, &EvolutionTreeView::speciesActivated, this, &DetailPane::openRequested);
    connect(m_speciesPart, &DetailPart::retryRequested, this,
            [this] { Q_EMIT retryRequested(DetailSection::Species); });
    connect(m_profilePart, &DetailPart::retryRequested, this,
            [this] { Q_EMIT retryRequested(DetailSection::Pokemon); });
    connect(m_matchupsPart, &DetailPart::retryRequested, this,
            [this] { Q_EMIT retryRequested(DetailSection::Types); });
    connect(m_evolutionPart, &DetailPart::retryRequested, this,
            [this] { Q_EMIT retryRequested(DetailSection::Evolution); });

    setLookup(QString());
}

QWidget *DetailPane::buildIdentity()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto *nameRow = new QHBoxLayout;
    nameRow->setSpacing(8);
    m_name->setFont(Fonts::scaled(font(), 1.75, QFont::Bold));
    m_name->setWordWrap(true);
    m_name->setTextFormat(Qt::PlainText);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->setFont(Fonts::scaled(font(), 1.15, QFont::Normal));
    setTextColor(m_form, muted(palette()));
    m_form->setTextFormat(Qt::PlainText);
    m_number->setFont(Fonts::scaled(font(), 1.15, QFont::DemiBold));
    setTextColor(m_number, muted(palette()));
    nameRow->addWidget(m_name, 0, Qt::AlignBaseline);
    nameRow->addWidget(m_form, 0, Qt::AlignBaseline);
    nameRow->addStretch(1);
    nameRow->addWidget(m_cry, 0, Qt::AlignVCenter);
    nameRow->addWidget(m_number, 0, Qt::AlignBaseline);
    layout->addLayout(nameRow);
    layout->addWidget(m_typeRow);
    return box;
}

QWidget *DetailPane::buildProfile()
{
    auto *box = new QWidget;
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 6, 0, 0);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(2);
    // Upper case by QString::toUpper, not QFont::AllUppercase: that maps letter by letter and
    // leaves "ß" as it is, where German writes "GRÖSSE".
    const auto caption = [this](const char *source) {
        auto *label = new QLabel;
        m_words.set(label, &QLabel::setText, source, TranslatedWords::Case::Upper);
        QFont f = Fonts::scaled(font(), 0.8, QFont::DemiBold);
        f.setLetterSpacing(QFont::AbsoluteSpacing, 0.6);
        label->setFont(f);
        // At this size the dots of "Ä" and "Ö" rise above the font's ascent, and a label
        // clips at its top edge ("GRÖSSE" showed as "GROSSE"): room for them.
        const QFontMetrics metrics(f);
        const int above = -metrics.boundingRect(QStringLiteral("ÄÖÜÅÉ")).top() - metrics.ascent();
        label->setContentsMargins(0, qMax(0, above + 1), 0, 0);
        setTextColor(label, muted(palette()));
        return label;
    };
    for (QLabel *value : { m_height, m_weight, m_abilities }) {
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
    }
    m_abilities->setTextFormat(Qt::RichText);
    m_height->setTextFormat(Qt::PlainText);
    m_weight->setTextFormat(Qt::PlainText);
    grid->addWidget(caption(QT_TR_NOOP("Height")), 0, 0);
    grid->addWidget(caption(QT_TR_NOOP("Weight")), 0, 1);
    grid->addWidget(m_height, 1, 0);
    grid->addWidget(m_weight, 1, 1);
    grid->addItem(new QSpacerItem(0, 10), 2, 0);
    grid->addWidget(caption(QT_TR_NOOP("Abilities")), 3, 0, 1, 2);
    grid->addWidget(m_abilities, 4, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    return box;
}

QLabel *DetailPane::sectionTitle(const char *source)
{
    auto *label = new QLabel;
    m_words.set(label, &QLabel::setText, source);
    label->setFont(Fonts::scaled(font(), 1.08, QFont::Bold));
    label->setContentsMargins(0, 12, 0, 2);
    return label;
}

QSize DetailPane::sizeHint() const
{
    return { 440, 600 };
}

void DetailPane::setTitle(const QString &name, const QString &form)
{
    m_name->setText(name);
    m_form->setText(form);
    m_form->setVisible(!form.isEmpty());
}

void DetailPane::setTypes(const QStringList &types)
{
    m_typeFlow->clear();
    for (const QString &type : types)
        m_typeFlow->addWidget(new TypeBadge(type, TypeBadge::Size::Normal, m_typeRow));
    m_typeRow->setVisible(!types.isEmpty());
}

void DetailPane::setLookup(const QString &slug)
{
    m_pokemon = Pokemon();
    m_species.reset();
    m_slug = slug;
    m_sheet->setPokemon(m_pokemon);
    setTitle(PokemonFormat::title(slug), QString());
    m_number->clear();
    setTypes({});
    m_banner->setPokemon(Pokemon());
    m_banner->setArtworkLoading();
    m_profilePart->setLoading();
    m_speciesPart->setLoading();
    m_matchupsPart->setLoading();
    m_evolutionPart->setLoading();
    setForms({});
    m_scroll->verticalScrollBar()->setValue(0);
}

void DetailPane::setPokemon(const Pokemon &pokemon)
{
    m_pokemon = pokemon;
    m_species.reset();
    m_slug = pokemon.name;
    m_sheet->setPokemon(pokemon);
    m_banner->setPokemon(pokemon);
    if (PokemonMedia::artwork(pokemon, false).isEmpty())
        m_banner->setArtworkMissing(tr("PokeAPI has none"));
    showPokemon();
    m_stats->setStats(pokemon.stats);
    m_profilePart->setReady();

    m_genus->clear();
    m_flavor->clear();
    m_speciesPart->setLoading();
    m_matchupsPart->setLoading();
    m_evolution->setChain({});
    m_evolutionPart->setLoading();
    setForms({});
    m_scroll->verticalScrollBar()->setValue(0);
    m_scroll->horizontalScrollBar()->setValue(0);
}

void DetailPane::showPokemon()
{
    const Pokemon &pokemon = m_pokemon;
    setTitle(DisplayNames::forPokemon(pokemon.name, pokemon.speciesName), QString());
    m_number->setText(PokemonFormat::number(pokemon.dexNumber()));
    setTypes(pokemon.types);
    m_height->setText(PokemonFormat::height(pokemon.height));
    m_weight->setText(PokemonFormat::weight(pokemon.weight));
    m_abilityList.clear();
    QStringList html;
    const QString hiddenColor = muted(palette()).name();
    for (const PokemonAbility &ability : pokemon.abilities) {
        const QString name = PokemonFormat::title(ability.name);
        if (ability.hidden) {
            m_abilityList << tr("%1 (hidden)").arg(name);
            html << name.toHtmlEscaped() % QStringLiteral(" <span style=\"color:") % hiddenColor
                    % QStringLiteral("\">") % tr("(hidden)").toHtmlEscaped()
                    % QStringLiteral("</span>");
        } else {
            m_abilityList << name;
            html << name.toHtmlEscaped();
        }
    }
    m_abilities->setText(html.isEmpty() ? tr("None known") : html.join(QStringLiteral(" · ")));
}

void DetailPane::setSpecies(const SpeciesDetails &species)
{
    m_species = species;
    m_sheet->setSpecies(species);
    showSpecies();
    m_speciesPart->setReady();
}

void DetailPane::showSpecies()
{
    const SpeciesDetails &species = *m_species;
    // The species' own name in the display language; a form is titled as the cards title it
    // ("Mega Charizard X"), by the one display-name function. English where PokeAPI has no
    // text in the display language, marked as such.
    const bool isForm = m_pokemon.name != species.name;
    const DisplayNames::Text name = DisplayNames::pick(species.names, species.englishName);
    setTitle(isForm || name.text.isEmpty() || name.isFallback
                 ? DisplayNames::forPokemon(m_pokemon.name, species.name)
                 : name.text,
             QString());
    const auto marked = [](const DisplayNames::Text &text) {
        return text.isFallback && !text.text.isEmpty() ? tr("%1 (in English)").arg(text.text)
                                                       : text.text;
    };
    const QString genus = marked(DisplayNames::pick(species.genera, species.genus));
    m_genus->setText(genus);
    m_genus->setVisible(!genus.isEmpty());
    QList<PokedexText> texts = species.pokedexTexts;
    if (texts.isEmpty()) { // a species known by its newest texts alone: no games to pick
        for (auto it = species.flavorTexts.cbegin(); it != species.flavorTexts.cend(); ++it)
            texts.append({ QString(), it.key(), it.value() });
        if (!species.flavorTexts.contains(QStringLiteral("en")) && !species.flavorText.isEmpty())
            texts.append({ QString(), QStringLiteral("en"), species.flavorText });
    }
    m_flavor->setTexts(texts); // the newest in the display language first
    setForms(species.varieties);
}

void DetailPane::retranslate()
{
    // What is on show again in the new language, from what the pane already has: no fetch.
    m_words.retranslate();
    if (!m_pokemon.name.isEmpty())
        showPokemon();
    else if (!m_slug.isEmpty())
        setTitle(PokemonFormat::title(m_slug), QString());
    if (m_species)
        showSpecies();
    m_sheet->retranslate();
}

void DetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void DetailPane::setMatchups(const TypeMatchups &matchups)
{
    m_matchups->setMatchups(matchups);
    m_matchupsPart->setReady();
}

void DetailPane::setEvolution(const EvolutionNode &chain)
{
    m_evolution->setChain(chain,
                          m_pokemon.speciesName.isEmpty() ? m_pokemon.name : m_pokemon.speciesName);
    m_evolutionPart->setReady();
}

void DetailPane::setArtwork(const QPixmap &artwork)
{
    m_banner->setArtwork(artwork);
}

void DetailPane::setPartFailed(DetailSection part, const QString &error)
{
    m_sheet->setPartFailed(part, error);
    if (part == DetailSection::Artwork) {
        m_banner->setArtworkMissing(error);
    } else if (part == DetailSection::Species) {
        m_speciesPart->setFailed(error);
        // The chain's address is in the species: without it the chain cannot come either.
        if (m_evolutionPart->state() == DetailPart::State::Loading)
            m_evolutionPart->setFailed(tr("the species did not load"));
    } else if (part == DetailSection::Types) {
        m_matchupsPart->setFailed(error);
    } else if (part == DetailSection::Evolution) {
        m_evolutionPart->setFailed(error);
    } else if (part == DetailSection::Pokemon) {
        m_profilePart->setFailed(error);
        m_banner->setArtworkMissing(error);
        for (DetailPart *other : { m_speciesPart, m_matchupsPart, m_evolutionPart })
            other->setFailed(tr("the Pokémon did not load"));
    }
}

void DetailPane::setFailedPartsLoading()
{
    m_sheet->setFailedPartsLoading();
    for (DetailPart *p : { m_profilePart, m_speciesPart, m_matchupsPart, m_evolutionPart }) {
        if (p->state() == DetailPart::State::Failed)
            p->setLoading();
    }
    if (m_banner->artworkState() == ArtworkBanner::ArtworkState::Missing
        && !PokemonMedia::artwork(m_pokemon, false).isEmpty())
        m_banner->setArtworkLoading();
}

void DetailPane::setForms(const QList<SpeciesVariety> &varieties)
{
    m_formsFlow->clear();
    // One variety is the Pokémon itself: nothing else to offer.
    const bool show = varieties.size() > 1;
    if (show) {
        for (const SpeciesVariety &variety : varieties) {
            m_formsFlow->addWidget(new FormChip(
                variety.name, DisplayNames::forPokemon(variety.name, m_pokemon.speciesName),
                variety.name == m_pokemon.name, m_formsBox));
        }
        for (QAbstractButton *button : formButtons()) {
            const QString slug = button->property("slug").toString();
            connect(button, &QAbstractButton::clicked, this,
                    [this, slug] { Q_EMIT openRequested(slug); });
        }
    }
    m_formsTitle->setVisible(show);
    m_formsBox->setVisible(show);
}

QList<QAbstractButton *> DetailPane::formButtons() const
{
    return m_formsFlow->widgets<QAbstractButton>();
}

QStringList DetailPane::forms() const
{
    QStringList slugs;
    for (QAbstractButton *button : formButtons())
        slugs << button->property("slug").toString();
    return slugs;
}

DetailPart *DetailPane::part(DetailSection section) const
{
    switch (section) {
    case DetailSection::Pokemon:
        return m_profilePart;
    case DetailSection::Species:
        return m_speciesPart;
    case DetailSection::Types:
        return m_matchupsPart;
    case DetailSection::Evolution:
        return m_evolutionPart;
    case DetailSection::Artwork:
        break; // the banner, not a part
    case DetailSection::Abilities:
    case DetailSection::Breeding:
    case DetailSection::Moves:
    case DetailSection::Encounters:
        return m_sheet->part(section);
    }
    return nullptr;
}

QString DetailPane::displayName() const
{
    return m_name->text();
}

QString DetailPane::formName() const
{
    return m_form->text();
}

QString DetailPane::numberText() const
{
    return m_number->text();
}

QString DetailPane::genus() const
{
    return m_speciesPart->state() == DetailPart::State::Ready ? m_genus->text() : QString();
}

QString DetailPane::flavorText() const
{
    return m_speciesPart->state() == DetailPart::State::Ready ? m_flavor->text() : QString();
}

QStringList DetailPane::types() const
{
    QStringList list;
    for (const TypeBadge *badge : m_typeFlow->widgets<TypeBadge>())
        list << badge->type();
    return list;
}

QString DetailPane::heightText() const
{
    return m_height->text();
}

QString DetailPane::weightText() const
{
    return m_weight->text();
}

QStringList DetailPane::abilities() const
{
    return m_abilityList;
}

void DetailPane::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        Q_EMIT closeRequested();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Backspace && event->modifiers() == Qt::NoModifier) {
        Q_EMIT backRequested();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

void DetailPane::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    painter.setPen(mix(palette().color(QPalette::Base), palette().color(QPalette::Text), 0.14));
    painter.drawLine(0, 0, 0, height());
}

void DetailPane::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    const QSize size = m_close->sizeHint();
    // Clear of the scroll bar, whether it shows or not, so the button never jumps.
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scroll);
    m_close->setGeometry(width() - scrollBar - size.width() - 6, 10, size.width(), size.height());
    m_focusFrame->setGeometry(rect());
}
