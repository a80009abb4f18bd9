#pragma once

#include <QString>

class PokemonListModel;
class QModelIndex;

// What a did-you-mean on a Not Found card leads to.
namespace SuggestedSearch {

// The name the card suggests instead, or an empty string (an invalid name shows why instead).
QString suggestionOf(const QModelIndex &card);

// The queries of the search on show, each once and in typed order (the many rows of a group
// query such as gen:1 give it once), with the query of `row` replaced by its suggestion.
// Empty when `row` suggests nothing.
QString text(const PokemonListModel &model, int row);

} // namespace SuggestedSearch
