#include "search/pokemonfiltermodel.h"

#include "search/nameindex.h"
#include "search/namenormalizer.h"
#include "search/pokemonlistmodel.h"

#include <climits>
#include <optional>
#include <tuple>

namespace {

// PokeAPI's stat slugs, in SortKey order from Hp.
const char *const StatNames[]
    = { "hp", "attack", "defense", "special-attack", "special-defense", "speed" };

int statOf(const Pokemon &pokemon, const char *name)
{
    for (const PokemonStat &stat : pokemon.stats) {
        if (stat.name == QLatin1String(name))
            return stat.base;
    }
    return 0;
}

} // namespace

PokemonFilterModel::PokemonFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_rearrange(new QTimer(this))
{
    setDynamicSortFilter(false);
    setSortRole(PokemonListModel::NumberRole);
    m_rearrange->setSingleShot(true);
    m_rearrange->setInterval(ResortMs);
    connect(m_rearrange, &QTimer::timeout, this, &PokemonFilterModel::rearrange);
}

void PokemonFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (m_pokemon)
        m_pokemon->disconnect(this);
    m_pokemon = qobject_cast<PokemonListModel *>(model);
    Q_ASSERT(m_pokemon || !model);
    QSortFilterProxyModel::setSourceModel(model);
    if (m_pokemon) {
        // A row that loads may move (a sort by stats) or leave (its types differ from the
        // dex's); a row added (a form) goes in its place.
        connect(m_pokemon, &QAbstractItemModel::dataChanged, this, [this] {
            if (needsLoadedRows(m_key) || m_filter.narrows())
                rearrangeSoon();
        });
        connect(m_pokemon, &QAbstractItemModel::rowsInserted, this,
                &PokemonFilterModel::rearrangeSoon);
    }
    sort(0, m_order);
}

void PokemonFilterModel::rearrangeSoon()
{
    if (!m_rearrange->isActive())
        m_rearrange->start();
}

void PokemonFilterModel::rearrange()
{
    invalidate(); // sorted again as the mapping is made anew
}

void PokemonFilterModel::setSearchResults(bool searchResults)
{
    if (searchResults == m_searchResults)
        return;
    m_searchResults = searchResults;
    invalidate();
    Q_EMIT arrangementChanged();
}

void PokemonFilterModel::setNameIndex(const NameIndex *index)
{
    if (m_index)
        disconnect(m_index, nullptr, this, nullptr);
    m_index = index;
    // The table is built on a worker: a filter typed before it lands is applied again.
    if (m_index) {
        connect(m_index, &NameIndex::localizedNamesChanged, this, [this] {
            if (m_filter.text.trimmed().isEmpty())
                return;
            matchLocalizedNames();
            invalidate();
            Q_EMIT arrangementChanged();
        });
    }
    matchLocalizedNames();
}

void PokemonFilterModel::matchLocalizedNames()
{
    m_textSpecies.clear();
    if (m_index)
        m_textSpecies = m_index->speciesWithNameContaining(
            NameNormalizer::normalize(m_filter.text.trimmed()));
}

void PokemonFilterModel::setFilter(const DexFilter &filter)
{
    if (filter == m_filter)
        return;
    const bool textChanged = filter.text != m_filter.text;
    m_filter = filter;
    if (textChanged)
        matchLocalizedNames();
    invalidate(); // not invalidateFilter(): without dynamic sorting, rows let in would go last
    Q_EMIT arrangementChanged();
}

void PokemonFilterModel::setSort(SortKey key, Qt::SortOrder order)
{
    if (key == m_key && order == m_order)
        return;
    m_key = key;
    m_order = order;
    invalidate();
    sort(0, order);
    Q_EMIT arrangementChanged();
}

QString PokemonFilterModel::labelOf(SortKey key)
{
    switch (key) {
    case SortKey::Number:
        return tr("Number");
    case SortKey::Name:
        return tr("Name");
    case SortKey::BaseStatTotal:
        return tr("Base stat total");
    case SortKey::Hp:
        return tr("HP");
    case SortKey::Attack:
        return tr("Attack");
    case SortKey::Defense:
        return tr("Defense");
    case SortKey::SpecialAttack:
        return tr("Sp. Atk");
    case SortKey::SpecialDefense:
        return tr("Sp. Def");
    case SortKey::Speed:
        return tr("Speed");
    case SortKey::Height:
        return tr("Height");
    case SortKey::Weight:
        return tr("Weight");
    }
    return {};
}

bool PokemonFilterModel::needsLoadedRows(SortKey key)
{
    return key != SortKey::Number && key != SortKey::Name;
}

int PokemonFilterModel::sortableCount() const
{
    if (!needsLoadedRows(m_key))
        return rowCount();
    int count = 0;
    for (int row = 0; row < rowCount(); ++row) {
        if (sortValue(mapToSource(index(row, 0)).row()))
            ++count;
    }
    return count;
}

QList<int> PokemonFilterModel::rowsLackingSortData() const
{
    QList<int> rows;
    if (!needsLoadedRows(m_key))
        return rows;
    for (int row = 0; row < rowCount(); ++row) {
        const int source = mapToSource(index(row, 0)).row();
        if (!sortValue(source))
            rows.append(source);
    }
    return rows;
}

bool PokemonFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_pokemon)
        return true;
    const PokemonListModel::Entry &e = m_pokemon->entry(sourceRow);
    const bool loaded = e.state == PokemonListModel::State::Loaded;
    if (e.facts.form && !m_searchResults && !m_filter.forms.testFlag(FormKindOf::slug(e.slug)))
        return false;
    const QStringList &types = loaded ? e.pokemon.types : e.facts.types;
    for (const QString &type : m_filter.types) {
        if (!types.contains(type))
            return false;
    }
    for (int generation : m_filter.generations) {
        if (e.facts.generation != generation)
            return false;
    }
    const QString text = m_filter.text.trimmed();
    if (text.isEmpty())
        return true;
    bool isNumber = false;
    text.toInt(&isNumber);
    const int number = loaded ? e.pokemon.dexNumber() : e.facts.number;
    if (isNumber)
        return number > 0 && QString::number(number).startsWith(QString::number(text.toInt()));
    // "mr. m" finds Mr. Mime by its slug, "mime" by its name.
    const QString slug = NameNormalizer::normalize(text);
    const QString shown
        = m_pokemon->data(m_pokemon->index(sourceRow), PokemonListModel::DisplayNameRole)
              .toString();
    const QString &name = loaded ? e.pokemon.name : e.slug;
    if (shown.contains(text, Qt::CaseInsensitive) || (!slug.isEmpty() && name.contains(slug)))
        return true;
    // "Glurak" or "リザードン" in any display language; a form by its species' names.
    return !m_textSpecies.isEmpty()
        && (m_textSpecies.contains(name) || m_textSpecies.contains(m_index->speciesOf(name)));
}

std::optional<int> PokemonFilterModel::sortValue(int row) const
{
    const PokemonListModel::Entry &e = m_pokemon->entry(row);
    if (e.state != PokemonListModel::State::Loaded)
        return std::nullopt;
    const Pokemon &p = e.pokemon;
    switch (m_key) {
    case SortKey::Number:
    case SortKey::Name:
        break;
    case SortKey::BaseStatTotal: {
        int total = 0;
        for (const PokemonStat &stat : p.stats)
            total += stat.base;
        return total;
    }
    case SortKey::Hp:
    case SortKey::Attack:
    case SortKey::Defense:
    case SortKey::SpecialAttack:
    case SortKey::SpecialDefense:
    case SortKey::Speed:
        return statOf(p, StatNames[int(m_key) - int(SortKey::Hp)]);
    case SortKey::Height:
        return p.height;
    case SortKey::Weight:
        return p.weight;
    }
    return std::nullopt;
}

bool PokemonFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_pokemon)
        return QSortFilterProxyModel::lessThan(left, right);
    const PokemonListModel::Entry &a = m_pokemon->entry(left.row());
    const PokemonListModel::Entry &b = m_pokemon->entry(right.row());
    const auto numberOf = [](const PokemonListModel::Entry &e) {
        return e.state == PokemonListModel::State::Loaded ? e.pokemon.dexNumber() : e.facts.number;
    };
    // Ties, and rows the sort knows nothing of, in Pokédex order, a species before its forms,
    // then as they came: the same whichever way round the sort goes.
    const auto inDexOrder = [&] {
        const auto key = [&](const PokemonListModel::Entry &e, int row) {
            return std::tuple(numberOf(e) > 0 ? numberOf(e) : INT_MAX, e.facts.form, row);
        };
        const bool less = key(a, left.row()) < key(b, right.row());
        return m_order == Qt::AscendingOrder ? less : !less;
    };
    switch (m_key) {
    case SortKey::Number:
        if (m_searchResults) // in the order typed
            return left.row() < right.row();
        return numberOf(a) == numberOf(b) ? inDexOrder() : numberOf(a) < numberOf(b);
    case SortKey::Name: {
        const int order = QString::localeAwareCompare(
            m_pokemon->data(left, PokemonListModel::DisplayNameRole).toString(),
            m_pokemon->data(right, PokemonListModel::DisplayNameRole).toString());
        return order == 0 ? inDexOrder() : order < 0;
    }
    default:
        break;
    }
    const std::optional<int> x = sortValue(left.row());
    const std::optional<int> y = sortValue(right.row());
    if (x && y && *x != *y)
        return *x < *y;
    if (x.has_value() != y.has_value()) {
        // Rows without the data last, either way round: Qt reverses lessThan for descending.
        return m_order == Qt::AscendingOrder ? x.has_value() : y.has_value();
    }
    return inDexOrder();
}
