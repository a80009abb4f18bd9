#pragma once

#include "api/pokemon.h"
#include "search/dexfacts.h"

#include <QAbstractListModel>
#include <QList>
#include <QStringList>

// One row per requested name, in typed order, or one per species of the National Dex, each
// with its own state. Rows change state one at a time and dataChanged() is emitted for exactly
// the row that changed.
class PokemonListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    // Listed: a species of the dex, known by its listing and group answers alone, not looked up
    // (yet): nothing has been asked for it. NotLoaded: a cancel cut its lookup off; nothing
    // went wrong, and a retry loads it.
    enum class State { Loading, Loaded, NotFound, Error, Listed, NotLoaded };
    Q_ENUM(State)

    enum Role {
        QueryRole = Qt::UserRole + 1, // QString: the name exactly as typed
        SlugRole, // QString: the normalised slug that was asked for
        StateRole, // State
        PokemonRole, // Pokemon (valid when Loaded)
        IdRole, // int: the resource id, 0 unless Loaded
        // int: the National Pokédex number (a form's is its species'); before the row is
        // Loaded, what the dex knows (DexFacts), else 0
        NumberRole,
        NameRole, // QString: resolved slug ("deoxys-normal") or the slug
        DisplayNameRole, // QString: name for people ("Mr. Mime"), DisplayNames
        TypesRole, // QStringList of type slugs; before the row is Loaded, the dex's
        SpriteUrlRole, // QUrl, may be empty
        ErrorRole, // QString: why Error, or why NotFound when invalid
        SuggestionsRole, // QStringList: did-you-mean, when NotFound
        ElapsedMsRole, // double: ms from search start to the terminal state
        FromCacheRole, // bool
        AttemptsRole, // int: how many times this row was looked up
        GenerationRole, // int: 1..9 as the dex knows it, 0 when it does not
    };

    struct Entry
    {
        QString query;
        QString slug;
        // What the card says until the Pokémon is loaded; empty: the query. A member of a
        // group search is titled by its name, known from the group's answer, not "gen:3".
        QString title;
        State state = State::Loading;
        Pokemon pokemon;
        QString error;
        QStringList suggestions;
        double elapsedMs = 0;
        bool fromCache = false;
        int attempts = 1;
        DexFacts facts; // what the dex knows before the Pokémon is loaded
    };

    struct Counts
    {
        int loading = 0, loaded = 0, notFound = 0, error = 0, listed = 0, notLoaded = 0;
        int total() const { return loading + loaded + notFound + error + listed + notLoaded; }
    };

    explicit PokemonListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Every row's display name may read differently (DisplayNames' language changed).
    void displayNamesChanged();
    QHash<int, QByteArray> roleNames() const override;

    // Replaces all rows; every entry starts in `state` Loading unless set otherwise.
    void setEntries(const QList<Entry> &entries);
    // Adds rows at the end in one insertion (a group search's members arrive all at once).
    void appendEntries(const QList<Entry> &entries);
    // Puts `entry` in place of the row (a retried group row becomes its first member).
    void replaceEntry(int row, const Entry &entry);
    void clear();
    // What the dex knows of the rows of these slugs, in one dataChanged() over the rows it
    // changed.
    void setFacts(const DexFactsBySlug &facts);
    const Entry &entry(int row) const { return m_entries.at(row); }
    int rowOfSlug(const QString &slug) const;
    Counts counts() const { return m_counts; } // kept up to date: O(1) for every caller

    void setLoading(int row); // a retry (attempts + 1), or a Listed row's first lookup
    void setLoaded(int row, const Pokemon &pokemon, double elapsedMs, bool fromCache = false);
    void setNotFound(int row, const QStringList &suggestions, double elapsedMs,
                     const QString &reason = {});
    void setSuggestions(int row, const QStringList &suggestions);
    void setError(int row, const QString &error, double elapsedMs);
    void setNotLoaded(int row, double elapsedMs);

Q_SIGNALS:
    // A row reached Loaded, NotFound, Error or NotLoaded.
    void rowFinished(int row);

private:
    static int &countOf(Counts &counts, State state);
    static Counts tally(const QList<Entry> &entries);
    void moveTo(Entry &entry, State state);
    // Rows that change are told in one dataChanged per turn of the event loop: 975 requests
    // queued at once, or 64 answers landing together, cost the views one update, not 975.
    void changed(int row, bool finished);
    void tellChanges();
    QList<Entry> m_entries;
    Counts m_counts;
    int m_changedFirst = -1; // the rows changed since the last dataChanged, -1 if none
    int m_changedLast = -1;
};
