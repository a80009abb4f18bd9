#pragma once

#include "team/showdownset.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// A team member: its Showdown set (set.slug names the Pokémon) and what the app learnt of it.
struct TeamMember
{
    ShowdownSet set;
    QStringList types; // type slugs in slot order; empty until its Pokémon is known
    QStringList abilities; // slugs it can have; used for notes when set.ability is empty
    QStringList moveTypes; // the types of its chosen moves, where known

    friend bool operator==(const TeamMember &a, const TeamMember &b)
    {
        return a.set == b.set && a.types == b.types && a.abilities == b.abilities
            && a.moveTypes == b.moveTypes;
    }
};

struct Team
{
    static constexpr int MaxMembers = 6;
    QString name;
    QList<TeamMember> members;

    friend bool operator==(const Team &a, const Team &b)
    {
        return a.name == b.name && a.members == b.members;
    }
};

// Every team kept, and which one is being edited.
struct TeamList
{
    static constexpr int MaxTeams = 100;
    QList<Team> teams;
    int current = 0;

    friend bool operator==(const TeamList &a, const TeamList &b)
    {
        return a.teams == b.teams && a.current == b.current;
    }
};

// The teams file: {"version": 1, "current": 0, "teams": [{"name": ..., "members": [...]}]}.
// Reading validates and caps (members, teams, string lengths); what does not fit is dropped.
namespace TeamJson {
QByteArray toJson(const TeamList &list);
std::optional<TeamList> fromJson(const QByteArray &json, QString *error = nullptr);
} // namespace TeamJson
