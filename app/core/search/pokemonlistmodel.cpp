#include "search/pokemonlistmodel.h"

#include "search/displaynames.h"

PokemonListModel::PokemonListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    qRegisterMetaType<Pokemon>();
}

int PokemonListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

namespace {
QString displayName(const Pokemon &pokemon)
{
    return DisplayNames::forPokemon(pokemon.name, pokemon.speciesName);
}
} // namespace

QVariant PokemonListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    const bool loaded = e.state == State::Loaded;
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return loaded ? displayName(e.pokemon) : e.title.isEmpty() ? e.query : e.title;
    case Qt::ToolTipRole:
        switch (e.state) {
        case State::Loading:
            return tr("Looking up %1…").arg(e.title.isEmpty() ? e.query : e.title);
        case State::Listed:
            return tr("#%1 %2").arg(e.facts.number, 3, 10, QLatin1Char('0')).arg(e.title);
        case State::Loaded:
            return tr("#%1 %2 (%3) — %4 ms%5")
                .arg(e.pokemon.dexNumber(), 3, 10, QLatin1Char('0'))
                .arg(displayName(e.pokemon), e.pokemon.types.join(u'/'))
                .arg(qRound(e.elapsedMs))
                .arg(e.fromCache ? tr(", from cache") : QString());
        case State::NotFound:
            return e.error.isEmpty() ? tr("No Pokémon is called “%1”").arg(e.query)
                                     : tr("“%1” %2").arg(e.query, e.error);
        case State::Error: {
            // The reason may say how often the network was tried ("gave up after 4
            // attempts"); the count here is another one, of lookups, shown only after a retry.
            const QString reason = e.error.isEmpty() ? tr("Lookup failed") : e.error;
            return e.attempts > 1 ? tr("%1\n(looked up %n times)", nullptr, e.attempts).arg(reason)
                                  : reason;
        }
        case State::NotLoaded:
            return tr("%1 was not loaded: the search was cancelled (Enter loads it)")
                .arg(e.title.isEmpty() ? e.query : e.title);
        }
        return {};
    case QueryRole:
        return e.query;
    case SlugRole:
        return e.slug;
    case StateRole:
        return QVariant::fromValue(e.state);
    case PokemonRole:
        return loaded ? QVariant::fromValue(e.pokemon) : QVariant();
    case IdRole:
        return loaded ? e.pokemon.id : 0;
    case NumberRole:
        return loaded ? e.pokemon.dexNumber() : e.facts.number;
    case NameRole:
        return loaded ? e.pokemon.name : e.slug;
    case TypesRole:
        return loaded ? e.pokemon.types : e.facts.types;
    case SpriteUrlRole:
        return loaded ? e.pokemon.spriteUrl : QUrl();
    case ErrorRole:
        return e.error;
    case SuggestionsRole:
        return e.suggestions;
    case ElapsedMsRole:
        return e.elapsedMs;
    case FromCacheRole:
        return e.fromCache;
    case AttemptsRole:
        return e.attempts;
    case GenerationRole:
        return e.facts.generation;
    default:
        return {};
    }
}

void PokemonListModel::displayNamesChanged()
{
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), { Qt::DisplayRole, DisplayNameRole });
}

QHash<int, QByteArray> PokemonListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({
        { QueryRole, "query" },
        { SlugRole, "slug" },
        { StateRole, "state" },
        { PokemonRole, "pokemon" },
        { IdRole, "pokemonId" },
        { NumberRole, "dexNumber" },
        { NameRole, "name" },
        { DisplayNameRole, "displayName" },
        { TypesRole, "types" },
        { SpriteUrlRole, "spriteUrl" },
        { ErrorRole, "error" },
        { SuggestionsRole, "suggestions" },
        { ElapsedMsRole, "elapsedMs" },
        { FromCacheRole, "fromCache" },
        { AttemptsRole, "attempts" },
        { GenerationRole, "generation" },
    });
    return names;
}

int &PokemonListModel::countOf(Counts &counts, State state)
{
    switch (state) {
    case State::Loading:
        return counts.loading;
    case State::Loaded:
        return counts.loaded;
    case State::NotFound:
        return counts.notFound;
    case State::Listed:
        return counts.listed;
    case State::NotLoaded:
        return counts.notLoaded;
    case State::Error:
        break;
    }
    return counts.error;
}

PokemonListModel::Counts PokemonListModel::tally(const QList<Entry> &entries)
{
    Counts c;
    for (const Entry &e : entries)
        ++countOf(c, e.state);
    return c;
}

void PokemonListModel::moveTo(Entry &entry, State state)
{
    --countOf(m_counts, entry.state);
    entry.state = state;
    ++countOf(m_counts, state);
}

void PokemonListModel::setEntries(const QList<Entry> &entries)
{
    beginResetModel();
    m_changedFirst = m_changedLast = -1; // rows that are gone
    m_entries = entries;
    m_counts = tally(entries);
    endResetModel();
}

void PokemonListModel::appendEntries(const QList<Entry> &entries)
{
    if (entries.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(entries.size()) - 1);
    m_entries.append(entries);
    const Counts added = tally(entries);
    m_counts.loading += added.loading;
    m_counts.loaded += added.loaded;
    m_counts.notFound += added.notFound;
    m_counts.error += added.error;
    m_counts.listed += added.listed;
    m_counts.notLoaded += added.notLoaded;
    endInsertRows();
}

void PokemonListModel::replaceEntry(int row, const Entry &entry)
{
    --countOf(m_counts, m_entries.at(row).state);
    m_entries[row] = entry;
    ++countOf(m_counts, entry.state);
    changed(row, entry.state != State::Loading && entry.state != State::Listed);
}

void PokemonListModel::clear()
{
    setEntries({});
}

int PokemonListModel::rowOfSlug(const QString &slug) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).slug == slug)
            return row;
    }
    return -1;
}

void PokemonListModel::setFacts(const DexFactsBySlug &facts)
{
    int first = -1, last = -1;
    for (int row = 0; row < m_entries.size(); ++row) {
        Entry &e = m_entries[row];
        const auto known = facts.constFind(e.slug);
        if (known == facts.cend() || *known == e.facts)
            continue;
        e.facts = *known;
        if (first < 0)
            first = row;
        last = row;
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first), index(last));
}

void PokemonListModel::setLoading(int row)
{
    Entry &e = m_entries[row];
    if (e.state != State::Listed)
        ++e.attempts;
    moveTo(e, State::Loading);
    e.error.clear();
    e.suggestions.clear();
    changed(row, false);
}

void PokemonListModel::setLoaded(int row, const Pokemon &pokemon, double elapsedMs, bool fromCache)
{
    Entry &e = m_entries[row];
    moveTo(e, State::Loaded);
    e.pokemon = pokemon;
    e.error.clear();
    e.suggestions.clear();
    e.elapsedMs = elapsedMs;
    e.fromCache = fromCache;
    changed(row, true);
}

void PokemonListModel::setNotFound(int row, const QStringList &suggestions, double elapsedMs,
                                   const QString &reason)
{
    Entry &e = m_entries[row];
    moveTo(e, State::NotFound);
    e.pokemon = {};
    e.error = reason;
    e.suggestions = suggestions;
    e.elapsedMs = elapsedMs;
    changed(row, true);
}

void PokemonListModel::setSuggestions(int row, const QStringList &suggestions)
{
    m_entries[row].suggestions = suggestions;
    changed(row, false);
}

void PokemonListModel::setError(int row, const QString &error, double elapsedMs)
{
    Entry &e = m_entries[row];
    moveTo(e, State::Error);
    e.pokemon = {};
    e.error = error;
    e.suggestions.clear();
    e.elapsedMs = elapsedMs;
    changed(row, true);
}

void PokemonListModel::setNotLoaded(int row, double elapsedMs)
{
    Entry &e = m_entries[row];
    moveTo(e, State::NotLoaded);
    e.pokemon = {};
    e.error.clear();
    e.suggestions.clear();
    e.elapsedMs = elapsedMs;
    changed(row, true);
}

void PokemonListModel::changed(int row, bool finished)
{
    if (m_changedFirst < 0) {
        m_changedFirst = m_changedLast = row;
        QMetaObject::invokeMethod(this, &PokemonListModel::tellChanges, Qt::QueuedConnection);
    } else {
        m_changedFirst = qMin(m_changedFirst, row);
        m_changedLast = qMax(m_changedLast, row);
    }
    if (finished)
        Q_EMIT rowFinished(row);
}

void PokemonListModel::tellChanges()
{
    const int first = m_changedFirst;
    const int last = qMin(m_changedLast, int(m_entries.size()) - 1);
    m_changedFirst = m_changedLast = -1;
    if (first >= 0 && first <= last)
        Q_EMIT dataChanged(index(first), index(last));
}
