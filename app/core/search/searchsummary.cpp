#include "search/searchsummary.h"

#include <QCoreApplication>
#include <QStringList>

namespace SearchSummary {

QString text(const PokemonListModel::Counts &counts, double elapsedMs)
{
    const auto tr = [](const char *text, int n = -1) {
        return QCoreApplication::translate("SearchSummary", text, nullptr, n);
    };
    QStringList parts;
    parts << tr("%n found", counts.loaded);
    if (counts.notFound)
        parts << tr("%n not found", counts.notFound);
    if (counts.error)
        parts << tr("%n failed", counts.error);
    if (counts.loading)
        parts << tr("%n loading", counts.loading);
    return tr("%1 — %2 s").arg(parts.join(QStringLiteral(", "))).arg(elapsedMs / 1000.0, 0, 'f', 2);
}

} // namespace SearchSummary
