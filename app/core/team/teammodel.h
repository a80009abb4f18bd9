#pragma once

#include "team/team.h"

#include <QAbstractListModel>

// The members of the team being edited, as a list model, over every team kept (TeamList).
// Emits changed() after every edit, for the teams file to be written.
class TeamModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        SlugRole = Qt::UserRole + 1, // QString
        TypesRole, // QStringList
        MemberRole, // TeamMember
    };

    explicit TeamModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    const TeamList &teamList() const { return m_list; }
    void setTeamList(const TeamList &list);
    QList<TeamMember> members() const;
    bool isFull() const { return rowCount() >= Team::MaxMembers; }

    // False when the team is full.
    bool addMember(const TeamMember &member);
    // The first Team::MaxMembers of `members` in place of the team's.
    void setMembers(const QList<TeamMember> &members);
    // Moves a member one place up (-1) or down (+1).
    bool moveMember(int row, int by);
    // Fills in the types and abilities of every member of this Pokémon not known yet.
    void learn(const QString &slug, const QStringList &types, const QStringList &abilities);

    QStringList teamNames() const;
    int currentTeam() const { return m_list.current; }
    void setCurrentTeam(int team);
    // Adds an empty team and makes it current; false at TeamList::MaxTeams.
    bool addTeam(const QString &name);
    void renameTeam(int team, const QString &name);
    // Removes a team; the last one left is emptied instead.
    void removeTeam(int team);

Q_SIGNALS:
    void changed();
    void teamsChanged(); // names, their number or the current one

private:
    Team &current();
    const Team &current() const;
    void ensureOneTeam();

    TeamList m_list;
};
