#pragma once

#include "search/dexfilter.h"
#include "search/groupquery.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

// Moves and abilities searched for, narrowed by types and generations: "move:surf
// type:electric" is every Pokémon that can learn Surf, of those the Electric ones.
struct MemberSearch
{
    QStringList queries; // "move:surf", as typed
    DexFilter filter; // types and generations the members must have
};

// One thing a person asked for: a Pokémon by name or number, a group (gen:1, type:fire), or
// something that can never be found, with the reason (nothing is sent for it).
struct SearchTerm
{
    enum class Kind { Name, Group, Invalid };
    Kind kind = Kind::Invalid;
    QString typed; // as written, for the card until the answer names the Pokémon
    QString slug; // Name: the PokeAPI slug (or Pokédex number)
    GroupQuery group; // Group
    QString reason; // Invalid: why it can never be found

    // What makes two terms the same request: one card each.
    QString key() const;
};

// The one place typed text becomes search terms.
namespace QueryParser {

// Search-box text. With a comma or newline, those alone separate terms; otherwise spaces do,
// except inside a group ("gen: 3", "type :fire") and inside a multi-word name the
// `isKnownName` test accepts ("mr mime"; NameNormalizer's built-in list when it is empty).
QList<SearchTerm> parse(const QString &text,
                        const std::function<bool(const QString &slug)> &isKnownName = {});

// Each string one term, as given (command-line arguments, lines of standard input).
QList<SearchTerm> parseEach(const QStringList &queries);

SearchTerm termFor(const QString &query);

// Text made of groups alone, as a filter of the dex with AND meaning: "type:dragon gen:9" is
// the Dragon Pokémon of the ninth generation, "type:fire type:flying" those of both types. A
// type includes the forms of that type (Mega Charizard X is Dragon). Nothing for any other
// text, or when a group in it is not a valid one.
std::optional<DexFilter> filterOf(const QString &text);

// Text made of groups with at least one move or ability among them (those are searched for,
// the types and generations filter what they find); nothing for any other text.
std::optional<MemberSearch> memberSearchOf(const QString &text);

} // namespace QueryParser
