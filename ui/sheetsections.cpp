#include "sheetsections.h"

#include "api/typechart.h"
#include "detailpart.h"
#include "learnsetmodel.h"
#include "search/displaynames.h"

#include <QComboBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QLabel *wrappingLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}

QString orDash(int value)
{
    return value < 0 ? QStringLiteral("—") : QString::number(value);
}

QString titles(const QStringList &slugs)
{
    QStringList names;
    for (const QString &slug : slugs)
        names.append(DisplayNames::forTerm(slug));
    return names.isEmpty() ? QStringLiteral("—") : names.join(QStringLiteral(", "));
}

// English where PokeAPI has no text in the display language, marked as such.
QString marked(const DisplayNames::Text &text)
{
    return text.isFallback ? SheetSections::tr("%1 (in English)").arg(text.text) : text.text;
}

QString genderText(int rate)
{
    if (rate == -1)
        return SheetSections::tr("Genderless");
    if (rate < 0)
        return QStringLiteral("—");
    const double female = rate * 12.5;
    return SheetSections::tr("%1% ♀, %2% ♂").arg(female).arg(100 - female);
}

} // namespace

SheetSections::SheetSections(QObject *parent)
    : QObject(parent)
    , m_abilities(wrappingLabel())
    , m_breeding(wrappingLabel())
    , m_games(new QComboBox)
    , m_learnset(new LearnsetModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView)
    , m_held(wrappingLabel())
    , m_encounters(wrappingLabel())
{
    m_abilitiesPart = new DetailPart(tr("the abilities"), m_abilities, 2);
    m_breedingPart = new DetailPart(tr("breeding and training"), m_breeding, 3);
    m_encountersPart = new DetailPart(tr("where to find it"), m_encounters, 3);
    m_heldPart = new DetailPart(tr("the held items"), m_held, 2);
    m_held->setObjectName(QStringLiteral("heldItems"));

    m_abilities->setObjectName(QStringLiteral("abilityEffects"));
    connect(m_abilities, &QLabel::linkActivated, this, &SheetSections::searchRequested);

    m_games->setObjectName(QStringLiteral("gamePicker"));
    m_games->setAccessibleName(tr("Game"));
    // Neither the picker nor the table may widen the pane: the table scrolls instead.
    m_games->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_games->setMinimumContentsLength(16);
    connect(m_games, &QComboBox::activated, this,
            [this](int index) { Q_EMIT gameRequested(m_games->itemData(index).toString()); });
    m_sorted->setSourceModel(m_learnset);
    m_sorted->setSortRole(LearnsetModel::SortRole);
    m_table->setObjectName(QStringLiteral("movesTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LearnsetModel::Level, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    fitColumns();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    // A fixed height: the pane scrolls as a whole, and nothing above is squeezed for the table.
    m_table->setFixedHeight(320);
    m_table->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    auto *movesBox = new QWidget;
    auto *movesLayout = new QVBoxLayout(movesBox);
    movesLayout->setContentsMargins(0, 0, 0, 0);
    movesLayout->addWidget(m_games, 0, Qt::AlignLeft);
    movesLayout->addWidget(m_table);
    m_movesPart = new DetailPart(tr("the moves"), movesBox, 6);

    const auto retry = [this](DetailPart *part, DetailSection section) {
        connect(part, &DetailPart::retryRequested, this, [this, part, section] {
            part->setLoading();
            Q_EMIT retryRequested(section);
        });
    };
    retry(m_abilitiesPart, DetailSection::Abilities);
    retry(m_breedingPart, DetailSection::Breeding);
    retry(m_movesPart, DetailSection::Moves);
    retry(m_encountersPart, DetailSection::Encounters);
    retry(m_heldPart, DetailSection::Breeding); // the Pokémon's own answer again
}

void SheetSections::fitColumns()
{
    // The Lv./TM column says how the rest are learnt ("Egg", "Tutor"): no column of its own.
    m_table->setColumnHidden(LearnsetModel::Method, true);
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 2 * m_table->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header)
        + metrics.horizontalAdvance(u' ');
    const auto widest = [&](int column, QStringList texts) {
        texts.append(m_learnset->headerData(column, Qt::Horizontal).toString());
        int width = 0;
        for (const QString &text : std::as_const(texts))
            width = qMax(width, metrics.horizontalAdvance(text));
        return width + padding;
    };
    QStringList types;
    for (const QString &type : TypeChart::allTypes())
        types.append(DisplayNames::forType(type));
    const QList<std::pair<int, int>> widths = {
        // The table opens sorted by it: room for the sort mark too.
        { LearnsetModel::Level,
          widest(LearnsetModel::Level, { QStringLiteral("TM100") })
              + m_table->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) },
        { LearnsetModel::Type, widest(LearnsetModel::Type, types) },
        { LearnsetModel::Category,
          widest(LearnsetModel::Category,
                 { DisplayNames::forTerm(QStringLiteral("physical")),
                   DisplayNames::forTerm(QStringLiteral("special")),
                   DisplayNames::forTerm(QStringLiteral("status")) }) },
        { LearnsetModel::Power, widest(LearnsetModel::Power, { QStringLiteral("250") }) },
        { LearnsetModel::Accuracy, widest(LearnsetModel::Accuracy, { QStringLiteral("100") }) },
        { LearnsetModel::Pp, widest(LearnsetModel::Pp, { QStringLiteral("40") }) },
    };
    // Those as wide as their widest text, the move's name what is left: cut short there (its
    // tooltip has it whole), Power, Acc. and PP stay in view without scrolling sideways.
    header->setMinimumSectionSize(metrics.horizontalAdvance(QStringLiteral("Move")) + padding);
    for (const auto &[column, width] : widths) {
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        header->resizeSection(column, width);
    }
    header->setSectionResizeMode(LearnsetModel::Name, QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideRight);
}

DetailPart *SheetSections::part(DetailSection section) const
{
    switch (section) {
    case DetailSection::Abilities:
        return m_abilitiesPart;
    case DetailSection::Breeding:
        return m_breedingPart;
    case DetailSection::Moves:
        return m_movesPart;
    case DetailSection::Encounters:
        return m_encountersPart;
    default:
        return nullptr;
    }
}

QString SheetSections::abilitiesText() const
{
    return m_abilities->text();
}

QString SheetSections::breedingText() const
{
    return m_breeding->text();
}

QString SheetSections::encountersText() const
{
    return m_encounters->text();
}

QString SheetSections::heldItemsText() const
{
    return m_held->text();
}

void SheetSections::setPokemon(const Pokemon &pokemon)
{
    m_pokemon = pokemon;
    m_abilityTexts.clear();
    m_speciesKnown = m_sheetKnown = false;
    m_games->clear();
    m_learnset->clear();
    for (DetailPart *p : allParts())
        p->setLoading();
    if (pokemon.isValid() && pokemon.abilities.isEmpty())
        m_abilitiesPart->setFailed(tr("No abilities known"));
}

void SheetSections::setSpecies(const SpeciesDetails &species)
{
    m_species = species;
    m_speciesKnown = true;
    showBreeding();
}

void SheetSections::setSheet(const PokemonSheet &sheet)
{
    m_sheet = sheet;
    m_sheetKnown = true;
    m_games->clear();
    for (const QString &game : sheet.versionGroups())
        m_games->addItem(DisplayNames::forTerm(game), game);
    showBreeding();
    showHeldItems();
}

void SheetSections::showHeldItems()
{
    if (m_sheet.heldItems.isEmpty()) {
        m_held->setText(tr("Holds nothing in the wild."));
        m_heldPart->setReady();
        return;
    }
    // Per game; games whose items and chances are the same share a line.
    QStringList versions;
    QHash<QString, QStringList> itemsOf;
    for (const HeldItem &held : std::as_const(m_sheet.heldItems)) {
        if (!itemsOf.contains(held.version))
            versions.append(held.version);
        itemsOf[held.version].append(
            tr("%1 (%2%)").arg(DisplayNames::forTerm(held.item)).arg(held.rarity));
    }
    QStringList lines; // the items of each group of games, in the order first seen
    QHash<QString, QStringList> gamesOf;
    for (const QString &version : std::as_const(versions)) {
        const QString items = itemsOf.value(version).join(QStringLiteral(", "));
        if (!gamesOf.contains(items))
            lines.append(items);
        gamesOf[items].append(DisplayNames::forTerm(version));
    }
    QString html;
    for (const QString &items : std::as_const(lines))
        html += QStringLiteral("<p><b>%1</b>: %2</p>")
                    .arg(gamesOf.value(items).join(QStringLiteral(", ")).toHtmlEscaped(),
                         items.toHtmlEscaped());
    m_held->setText(html);
    m_heldPart->setReady();
}

void SheetSections::showBreeding()
{
    if (!m_speciesKnown || !m_sheetKnown)
        return;
    const SpeciesBreeding &b = m_species.breeding;
    QStringList ev;
    for (const PokemonStat &stat : std::as_const(m_sheet.evYield))
        ev.append(QStringLiteral("%1 %2").arg(stat.base).arg(DisplayNames::forTerm(stat.name)));
    const QList<std::pair<QString, QString>> rows = {
        { tr("Egg groups"), titles(b.eggGroups) },
        { tr("Gender"), genderText(b.genderRate) },
        { tr("Egg cycles"), orDash(b.hatchCounter) },
        { tr("Catch rate"), orDash(b.captureRate) },
        { tr("Base experience"), orDash(m_sheet.baseExperience) },
        { tr("Growth rate"),
          b.growthRate.isEmpty() ? QStringLiteral("—") : DisplayNames::forTerm(b.growthRate) },
        { tr("EV yield"), ev.isEmpty() ? QStringLiteral("—") : ev.join(QStringLiteral(", ")) },
        { tr("Base friendship"), orDash(b.baseHappiness) },
        { tr("Held in the wild"), titles(m_sheet.heldItemNames()) },
    };
    QString html = QStringLiteral("<table cellspacing=\"2\">");
    for (const auto &[caption, value] : rows)
        html += QStringLiteral("<tr><td>%1&nbsp;&nbsp;</td><td><b>%2</b></td></tr>")
                    .arg(caption.toHtmlEscaped(), value.toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_breeding->setText(html);
    m_breedingPart->setReady();
}

void SheetSections::retranslate()
{
    m_games->setAccessibleName(tr("Game"));
    showBreeding();
    if (!m_abilityTexts.isEmpty())
        showAbilities();
}

void SheetSections::setAbility(const AbilityDetails &ability)
{
    m_abilityTexts.removeIf([&ability](const AbilityDetails &a) { return a.name == ability.name; });
    m_abilityTexts.append(ability);
    showAbilities();
}

void SheetSections::showAbilities()
{
    QStringList html;
    for (const PokemonAbility &ability : std::as_const(m_pokemon.abilities)) {
        const auto text
            = std::find_if(m_abilityTexts.cbegin(), m_abilityTexts.cend(),
                           [&ability](const AbilityDetails &a) { return a.name == ability.name; });
        if (text == m_abilityTexts.cend())
            return; // all together, in the Pokémon's order
        const QString name = marked(DisplayNames::forAbility(*text));
        const QString effect = marked(DisplayNames::abilityEffect(*text));
        html.append(QStringLiteral("<p><a href=\"ability:%1\">%2</a>%3<br>%4</p>")
                        .arg(ability.name.toHtmlEscaped(), name.toHtmlEscaped(),
                             ability.hidden ? tr(" (hidden)") : QString(), effect.toHtmlEscaped()));
    }
    m_abilities->setText(html.join(QString()));
    m_abilitiesPart->setReady();
}

void SheetSections::setGame(const QString &game, const QList<LearnedMove> &moves)
{
    const int index = m_games->findData(game);
    if (index >= 0)
        m_games->setCurrentIndex(index);
    m_learnset->setMoves(moves);
    m_movesPart->setReady(); // rows fill in as their moves land
}

void SheetSections::setMove(const MoveDetails &move)
{
    m_learnset->setMove(move);
}

void SheetSections::setMachine(const QString &move, const QString &label)
{
    m_learnset->setMachine(move, label);
}

void SheetSections::setMoveFailed(const QString &move, const QString &error)
{
    m_learnset->setMoveFailed(move, error);
}

void SheetSections::setEncounters(const QList<Encounter> &encounters)
{
    if (encounters.isEmpty()) {
        m_encounters->setText(tr("Not found in the wild."));
        m_encountersPart->setReady();
        return;
    }
    // Per game, each area and method once, with its levels and chances added up.
    struct Place
    {
        int minLevel = 1000, maxLevel = 0, chance = 0;
    };
    QMap<QString, QMap<QString, Place>> byVersion;
    QStringList versions;
    for (const Encounter &e : encounters) {
        if (!byVersion.contains(e.version))
            versions.append(e.version);
        Place &place = byVersion[e.version][e.locationArea + u'|' + e.method];
        place.minLevel = qMin(place.minLevel, e.minLevel);
        place.maxLevel = qMax(place.maxLevel, e.maxLevel);
        place.chance += e.chance;
    }
    QString html;
    for (const QString &version : std::as_const(versions)) {
        QStringList places;
        const QMap<QString, Place> &areas = byVersion.value(version);
        for (auto it = areas.cbegin(); it != areas.cend(); ++it) {
            const QStringList parts = it.key().split(u'|');
            const Place &p = it.value();
            const QString levels = p.minLevel == p.maxLevel
                ? tr("Lv. %1").arg(p.minLevel)
                : tr("Lv. %1–%2").arg(p.minLevel).arg(p.maxLevel);
            places.append(tr("%1 (%2, %3, %4%)")
                              .arg(DisplayNames::forTerm(parts.value(0)),
                                   DisplayNames::forTerm(parts.value(1)), levels)
                              .arg(qMin(p.chance, 100))
                              .toHtmlEscaped());
        }
        html += QStringLiteral("<p><b>%1</b>: %2</p>")
                    .arg(DisplayNames::forTerm(version).toHtmlEscaped(),
                         places.join(QStringLiteral("; ")));
    }
    m_encounters->setText(html);
    m_encountersPart->setReady();
}

void SheetSections::setPartFailed(DetailSection section, const QString &error)
{
    if (DetailPart *p = part(section))
        p->setFailed(error);
    if (section == DetailSection::Species) // breeding needs the species
        m_breedingPart->setFailed(error);
    if (section == DetailSection::Breeding && !m_sheetKnown) // the Pokémon's answer failed
        m_heldPart->setFailed(error);
    if (section == DetailSection::Pokemon) {
        for (DetailPart *p : allParts())
            p->setFailed(tr("the Pokémon did not load"));
    }
}

QList<DetailPart *> SheetSections::allParts() const
{
    return { m_abilitiesPart, m_breedingPart, m_movesPart, m_encountersPart, m_heldPart };
}

void SheetSections::setFailedPartsLoading()
{
    for (DetailPart *p : allParts()) {
        if (p->state() == DetailPart::State::Failed)
            p->setLoading();
    }
}
