#pragma once

#include <QModelIndexList>
#include <QString>

// Cards as plain text, for the clipboard: what each card says, one line per card.
namespace CardText {

// "Pikachu #025 · Electric", "Charizard #006 · Fire, Flying", "charizrd: not found (did you
// mean charizard?)", "eevee: failed (Connection refused)", "mew: loading", "ditto: not loaded".
QString line(const QModelIndex &card);
// The lines of `cards` in grid order, each ending in a newline.
QString lines(QModelIndexList cards);
// The name the card shows ("Mr. Mime", or the name as typed when nothing was found).
QString name(const QModelIndex &card);

} // namespace CardText
