#include "search/searchsummary.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace {

// tr()'s arguments as lupdate reads them: a third makes a plural ("%n found").
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("SearchSummary", text, disambiguation, n);
}

} // namespace

namespace SearchSummary {

QString text(const PokemonListModel::Counts &counts, double elapsedMs)
{
    QStringList parts;
    parts << tr("%n found", nullptr, counts.loaded);
    if (counts.notFound)
        parts << tr("%n not found", nullptr, counts.notFound);
    if (counts.error)
        parts << tr("%n failed", nullptr, counts.error);
    // Cancelled, not failed: counted apart.
    if (counts.notLoaded)
        parts << tr("%n not loaded", nullptr, counts.notLoaded);
    if (counts.loading)
        parts << tr("%n loading", nullptr, counts.loading);
    return tr("%1 — %2 s").arg(parts.join(QStringLiteral(", "))).arg(elapsedMs / 1000.0, 0, 'f', 2);
}

QString dexText(const PokemonListModel::Counts &counts, int forms)
{
    if (counts.total() == 0)
        return tr("Loading the National Dex…");
    if (counts.total() == counts.error && counts.listed == 0)
        return tr("The National Dex did not load");
    const QLocale locale;
    QStringList parts;
    parts << tr("%1 Pokémon in the National Dex").arg(locale.toString(counts.total() - forms));
    if (counts.loaded)
        parts << tr("%1 loaded").arg(locale.toString(counts.loaded));
    if (counts.loading)
        parts << tr("%1 loading").arg(locale.toString(counts.loading));
    if (counts.error)
        parts << tr("%n failed", nullptr, counts.error);
    if (counts.notLoaded)
        parts << tr("%1 not loaded").arg(locale.toString(counts.notLoaded));
    return parts.join(QStringLiteral(" · "));
}

} // namespace SearchSummary
