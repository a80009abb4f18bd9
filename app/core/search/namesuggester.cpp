#include "search/namesuggester.h"

#include "search/namenormalizer.h"

#include <QList>
#include <QVarLengthArray>
#include <algorithm>
#include <climits>
#include <cstdlib>

namespace {

struct Candidate
{
    int distance;
    qsizetype commonPrefix;
    const QString *name;
};

qsizetype commonPrefixLength(QStringView a, QStringView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    qsizetype i = 0;
    while (i < n && a[i] == b[i])
        ++i;
    return i;
}

// OSA distance of a and b, or some value above `limit` as soon as it is sure to exceed it: a
// row's minimum never decreases further down, so suggest() can stop most names after a row or two.
int boundedDistance(QStringView a, QStringView b, int limit)
{
    // Three rolling rows replace the full matrix: OSA only looks two rows back.
    const qsizetype width = b.size() + 1;
    QVarLengthArray<int, 3 * 64> rows(3 * width);
    int *beforePrevious = rows.data();
    int *previous = beforePrevious + width;
    int *current = previous + width;
    for (qsizetype j = 0; j < width; ++j)
        previous[j] = int(j);

    const QChar *const s = a.data();
    const QChar *const t = b.data();
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int rowMinimum = current[0];
        for (qsizetype j = 1; j < width; ++j) {
            const int cost = s[i - 1] == t[j - 1] ? 0 : 1;
            int best = std::min({ previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost });
            if (i > 1 && j > 1 && s[i - 1] == t[j - 2] && s[i - 2] == t[j - 1])
                best = std::min(best, beforePrevious[j - 2] + 1);
            current[j] = best;
            rowMinimum = std::min(rowMinimum, best);
        }
        if (rowMinimum > limit)
            return rowMinimum;
        int *recycled = beforePrevious;
        beforePrevious = previous;
        previous = current;
        current = recycled;
    }
    return previous[width - 1];
}

} // namespace

namespace NameSuggester {

int editDistance(QStringView a, QStringView b)
{
    return boundedDistance(a, b, INT_MAX);
}

QStringList suggest(const QString &query, const QStringList &names, int max)
{
    // The distance table grows with the product of two lengths: a pasted megabyte against a
    // long listed name would take hours, and a query longer than any name finds none anyway.
    if (max <= 0 || query.isEmpty() || query.size() > NameNormalizer::MaxSlugLength)
        return {};
    const int threshold = std::max(2, int(query.size() / 3));

    QList<Candidate> candidates;
    for (const QString &name : names) {
        // The distance is at least the length difference: skip the DP when that is too far.
        if (std::abs(name.size() - query.size()) > threshold)
            continue;
        const int distance = boundedDistance(query, name, threshold);
        if (distance <= threshold)
            candidates.append({ distance, commonPrefixLength(query, name), &name });
    }

    const auto better = [](const Candidate &a, const Candidate &b) {
        if (a.distance != b.distance)
            return a.distance < b.distance;
        if (a.commonPrefix != b.commonPrefix)
            return a.commonPrefix > b.commonPrefix;
        return *a.name < *b.name;
    };
    const qsizetype count = std::min(qsizetype(max), candidates.size());
    std::partial_sort(candidates.begin(), candidates.begin() + count, candidates.end(), better);

    QStringList result;
    result.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        result.append(*candidates[i].name);
    return result;
}

} // namespace NameSuggester
