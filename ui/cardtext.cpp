#include "cardtext.h"

#include "pokemonformat.h"
#include "search/pokemonlistmodel.h"
#include "suggestedsearch.h"
#include "typebadge.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CardText", text);
}

} // namespace

QString CardText::name(const QModelIndex &card)
{
    return card.data(PokemonListModel::DisplayNameRole).toString();
}

QString CardText::line(const QModelIndex &card)
{
    using State = PokemonListModel::State;
    const QString shown = name(card);
    switch (card.data(PokemonListModel::StateRole).value<State>()) {
    case State::Loaded:
    case State::Listed: {
        // A Listed card says what the dex knows: its number, and its types once known.
        const int id = card.data(PokemonListModel::IdRole).toInt();
        const int number = id > 0 ? id : card.data(PokemonListModel::NumberRole).toInt();
        if (number == 0)
            return shown;
        QStringList types;
        for (const QString &type : card.data(PokemonListModel::TypesRole).toStringList())
            types << TypeBadge::label(type);
        const QString named = shown + u' ' + PokemonFormat::number(number);
        return types.isEmpty() ? named : tr("%1 · %2").arg(named, types.join(QStringLiteral(", ")));
    }
    case State::Loading:
        return tr("%1: loading").arg(shown);
    case State::NotFound: {
        const QString reason = card.data(PokemonListModel::ErrorRole).toString();
        if (!reason.isEmpty())
            return tr("%1: not found (%2)").arg(shown, reason);
        const QString suggestion = SuggestedSearch::suggestionOf(card);
        return suggestion.isEmpty() ? tr("%1: not found").arg(shown)
                                    : tr("%1: not found (did you mean %2?)").arg(shown, suggestion);
    }
    case State::Error:
        return tr("%1: failed (%2)").arg(shown, card.data(PokemonListModel::ErrorRole).toString());
    case State::NotLoaded:
        return tr("%1: not loaded").arg(shown);
    }
    return shown;
}

QString CardText::lines(QModelIndexList cards)
{
    std::sort(cards.begin(), cards.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QString text;
    for (const QModelIndex &card : std::as_const(cards))
        text += line(card) + u'\n';
    return text;
}
