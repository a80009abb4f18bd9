#include "suggestedsearch.h"

#include "search/pokemonlistmodel.h"

#include <QSet>
#include <QStringList>

QString SuggestedSearch::suggestionOf(const QModelIndex &card)
{
    if (card.data(PokemonListModel::StateRole).value<PokemonListModel::State>()
            != PokemonListModel::State::NotFound
        || !card.data(PokemonListModel::ErrorRole).toString().isEmpty())
        return {};
    const QStringList suggestions = card.data(PokemonListModel::SuggestionsRole).toStringList();
    return suggestions.isEmpty() ? QString() : suggestions.first();
}

QString SuggestedSearch::text(const PokemonListModel &model, int row)
{
    if (row < 0 || row >= model.rowCount())
        return {};
    const QString suggestion = suggestionOf(model.index(row));
    if (suggestion.isEmpty())
        return {};
    const QString failed = model.entry(row).query;
    QStringList queries;
    QSet<QString> seen;
    for (int i = 0; i < model.rowCount(); ++i) {
        const QString &query = model.entry(i).query;
        const QString kept = query == failed ? suggestion : query;
        if (!seen.contains(kept)) {
            seen.insert(kept);
            queries.append(kept);
        }
    }
    return queries.join(QStringLiteral(", "));
}
