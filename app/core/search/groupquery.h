#pragma once

#include <QString>
#include <optional>

// "gen:1" / "generation:1" / "gen:I" and "type:fire": a query that stands for many Pokémon.
struct GroupQuery
{
    enum class Kind { Generation, Type };
    Kind kind = Kind::Generation;
    QString key; // "1".."9" for generations, a type slug for types

    // The group a typed query names, or nothing when it is an ordinary name. A query that
    // looks like a group but is not a valid one (gen:0, gen:10, type:) sets *error.
    static std::optional<GroupQuery> parse(const QString &query, QString *error = nullptr);
    // "generation/1" or "type/fire": the resource that lists the members.
    QString resourcePath() const;
};
