#pragma once

#include "search/dexfilter.h"

#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <optional>

class NameIndex;
class PokemonListModel;

// The grid's order and filter over a PokemonListModel, instantly and for every row: types,
// generation and forms come from the dex's facts before a row is loaded. A sort by data only a
// loaded row has (stats, height, weight) puts rows without it last, either way round, and
// says how many have it (sortableCount()), so that the rest can be fetched. Over a search's
// rows (setSearchResults), Number keeps the order typed and forms are never hidden.
//
// Rows that change as they load are sorted and filtered again at most every ResortMs, not one
// by one: a dynamic QSortFilterProxyModel re-lays the whole grid out for every row that lands.
class PokemonFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class SortKey {
        Number,
        Name,
        BaseStatTotal,
        Hp,
        Attack,
        Defense,
        SpecialAttack,
        SpecialDefense,
        Speed,
        Height,
        Weight,
    };
    Q_ENUM(SortKey)

    static constexpr int ResortMs = 100;

    explicit PokemonFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    // Lets the text filter find a Pokémon by its name in any language ("Glurak", "リザードン").
    void setNameIndex(const NameIndex *index);
    void setFilter(const DexFilter &filter);
    DexFilter filter() const { return m_filter; }
    void setSort(SortKey key, Qt::SortOrder order = Qt::AscendingOrder);
    void setSearchResults(bool searchResults);
    SortKey sortKey() const { return m_key; }
    Qt::SortOrder order() const { return m_order; }
    // For people: "Base stat total", "Sp. Atk".
    static QString labelOf(SortKey key);
    // Whether `key` sorts by what only a loaded row knows.
    static bool needsLoadedRows(SortKey key);

    // Shown rows that have what the sort needs (all of them for number and name).
    int sortableCount() const;
    // Source rows shown that the sort lacks data for, in the order they are shown.
    QList<int> rowsLackingSortData() const;

Q_SIGNALS:
    // The filter or the sort changed (what is shown, or in which order).
    void arrangementChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // The value `m_key` sorts row `row` by; nothing when the row does not have it.
    std::optional<int> sortValue(int row) const;
    void rearrangeSoon();
    void rearrange();
    void matchLocalizedNames(); // m_textSpecies for m_filter.text

    PokemonListModel *m_pokemon = nullptr;
    DexFilter m_filter;
    const NameIndex *m_index = nullptr;
    QSet<QString> m_textSpecies; // species with a name in some language containing the text
    SortKey m_key = SortKey::Number;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    bool m_searchResults = false;
    QTimer *m_rearrange;
};
