#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

// "gen:1" / "generation:1" / "gen:I", "type:fire", "move:thunderbolt" and "ability:levitate":
// a query that stands for many Pokémon (those of a generation or type, those that can learn a
// move, those that can have an ability).
struct GroupQuery
{
    enum class Kind { Generation, Type, Move, Ability };
    Kind kind = Kind::Generation;
    QString key; // "1".."9" for generations, a type, move or ability slug otherwise

    // The group a typed query names, or nothing when it is an ordinary name. A query that
    // looks like a group but is not a valid one (gen:0, gen:10, type:) sets *error.
    static std::optional<GroupQuery> parse(const QString &query, QString *error = nullptr);
    // "generation/1", "type/fire", "move/surf", "ability/levitate": the resource that lists
    // the members.
    QString resourcePath() const;
    // The members that resource lists, in Pokédex order (default forms only, but for a
    // generation, which lists species): the DetailsParser for this kind of group.
    std::optional<QStringList> parseMembers(const QByteArray &json, QString *error) const;
};
