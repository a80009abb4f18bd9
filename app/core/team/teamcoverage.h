#pragma once

#include "team/team.h"

#include <QList>
#include <QString>
#include <QStringList>

// How a team stands against each attacking type, and what it hits hard.
namespace TeamCoverage {

// One attacking type against every member.
struct DefensiveRow
{
    QString attackingType;
    QList<double> multipliers; // per member, in team order; 1 for a member of unknown types
    int weak = 0; // multiplier > 1
    int resist = 0; // 0 < multiplier < 1
    int immune = 0; // multiplier 0
    // Abilities that change this row, noted, not counted: "Levitate (Bronzong): immune".
    QStringList notes;

    // A hole: two or more weak and nobody resists or is immune, or three or more weak.
    bool isHole() const { return (weak >= 2 && resist + immune == 0) || weak >= 3; }
};

// The 18 attacking types in TypeChart order, by the members' own types (a Tera type is a
// choice made in battle: the type calculator shows it).
QList<DefensiveRow> defensive(const QList<TeamMember> &members);
// The same for bare typings (the headless --coverage; no abilities, no Tera).
QList<DefensiveRow> defensive(const QList<QStringList> &typings);

struct Offensive
{
    // Defending type -> what hits it super-effectively: "Pikachu (Electric)", "Pikachu: Surf
    // (Water)"; only types something hits.
    QList<QPair<QString, QStringList>> superEffective;
    QStringList uncovered; // the types nothing on the team hits super-effectively
};

// By the members' own types and their moves' types (moveTypes, where known).
Offensive offensive(const QList<TeamMember> &members);

// What `abilitySlug` does to hits of `attackingType` ("immune, heals" for Water Absorb and
// Water), or an empty string. Wonder Guard depends on the typing, and defensive() notes it.
QString abilityNote(const QString &abilitySlug, const QString &attackingType);

} // namespace TeamCoverage
