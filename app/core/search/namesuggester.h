#pragma once

#include <QString>
#include <QStringList>

// Did-you-mean: ranks known names by closeness to a name that was not found.
namespace NameSuggester {

// Optimal-string-alignment (Damerau-Levenshtein) distance.
int editDistance(QStringView a, QStringView b);

// At most `max` names from `names`, best first: smallest edit distance, ties broken by a
// shared prefix, then alphabetically. Names further than max(2, query.size() / 3) edits away
// are not suggested. "charzard" -> {"charizard", ...}. A query longer than any PokeAPI name
// (NameNormalizer::MaxSlugLength) gets none.
QStringList suggest(const QString &query, const QStringList &names, int max = 3);

} // namespace NameSuggester
