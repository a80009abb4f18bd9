#include "team/teammodel.h"

#include "search/displaynames.h"

TeamModel::TeamModel(QObject *parent)
    : QAbstractListModel(parent)
{
    ensureOneTeam();
}

void TeamModel::ensureOneTeam()
{
    if (m_list.teams.isEmpty())
        m_list.teams.append(Team { tr("Team 1"), {} });
    m_list.current = qBound(0, m_list.current, int(m_list.teams.size()) - 1);
}

Team &TeamModel::current()
{
    return m_list.teams[m_list.current];
}

const Team &TeamModel::current() const
{
    return m_list.teams.at(m_list.current);
}

int TeamModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(current().members.size());
}

QVariant TeamModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TeamMember &member = current().members.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = DisplayNames::forSlug(member.set.slug);
        return member.set.nickname.isEmpty()
            ? name
            : member.set.nickname + QLatin1String(" (") + name + u')';
    }
    case SlugRole:
        return member.set.slug;
    case TypesRole:
        return member.types;
    case MemberRole:
        return QVariant::fromValue(member);
    default:
        return {};
    }
}

QHash<int, QByteArray> TeamModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SlugRole, "slug");
    names.insert(TypesRole, "types");
    names.insert(MemberRole, "member");
    return names;
}

bool TeamModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                         const QModelIndex &destinationParent, int destinationChild)
{
    const int rows = rowCount();
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0
        || sourceRow >= rows || destinationChild < 0 || destinationChild > rows
        || destinationChild == sourceRow || destinationChild == sourceRow + 1)
        return false;
    beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild);
    QList<TeamMember> &members = current().members;
    members.move(sourceRow, destinationChild > sourceRow ? destinationChild - 1 : destinationChild);
    endMoveRows();
    Q_EMIT changed();
    return true;
}

bool TeamModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    current().members.remove(row, count);
    endRemoveRows();
    Q_EMIT changed();
    return true;
}

void TeamModel::setTeamList(const TeamList &list)
{
    beginResetModel();
    m_list = list;
    for (Team &team : m_list.teams)
        team.members = team.members.mid(0, Team::MaxMembers);
    ensureOneTeam();
    endResetModel();
    Q_EMIT teamsChanged();
}

QList<TeamMember> TeamModel::members() const
{
    return current().members;
}

bool TeamModel::addMember(const TeamMember &member)
{
    if (isFull() || member.set.slug.isEmpty())
        return false;
    const int row = rowCount();
    beginInsertRows({}, row, row);
    current().members.append(member);
    endInsertRows();
    Q_EMIT changed();
    return true;
}

void TeamModel::setMembers(const QList<TeamMember> &members)
{
    beginResetModel();
    current().members = members.mid(0, Team::MaxMembers);
    endResetModel();
    Q_EMIT changed();
}

bool TeamModel::moveMember(int row, int by)
{
    const int to = row + by;
    if (to < 0 || to >= rowCount())
        return false;
    return moveRow({}, row, {}, by > 0 ? to + 1 : to);
}

void TeamModel::learn(const QString &slug, const QStringList &types, const QStringList &abilities)
{
    if (types.isEmpty())
        return;
    bool any = false;
    QList<TeamMember> &members = current().members;
    for (int row = 0; row < members.size(); ++row) {
        TeamMember &member = members[row];
        if (member.set.slug != slug || (member.types == types && member.abilities == abilities))
            continue;
        member.types = types;
        if (!abilities.isEmpty())
            member.abilities = abilities;
        any = true;
        Q_EMIT dataChanged(index(row), index(row));
    }
    if (any)
        Q_EMIT changed();
}

QStringList TeamModel::teamNames() const
{
    QStringList names;
    for (const Team &team : m_list.teams)
        names.append(team.name);
    return names;
}

void TeamModel::setCurrentTeam(int team)
{
    if (team < 0 || team >= m_list.teams.size() || team == m_list.current)
        return;
    beginResetModel();
    m_list.current = team;
    endResetModel();
    Q_EMIT teamsChanged();
    Q_EMIT changed();
}

bool TeamModel::addTeam(const QString &name)
{
    if (m_list.teams.size() >= TeamList::MaxTeams)
        return false;
    beginResetModel();
    m_list.teams.append(Team { name, {} });
    m_list.current = int(m_list.teams.size()) - 1;
    endResetModel();
    Q_EMIT teamsChanged();
    Q_EMIT changed();
    return true;
}

void TeamModel::renameTeam(int team, const QString &name)
{
    if (team < 0 || team >= m_list.teams.size() || name.trimmed().isEmpty())
        return;
    m_list.teams[team].name = name.trimmed();
    Q_EMIT teamsChanged();
    Q_EMIT changed();
}

void TeamModel::removeTeam(int team)
{
    if (team < 0 || team >= m_list.teams.size())
        return;
    beginResetModel();
    m_list.teams.removeAt(team);
    if (m_list.current >= team && m_list.current > 0)
        --m_list.current;
    ensureOneTeam();
    endResetModel();
    Q_EMIT teamsChanged();
    Q_EMIT changed();
}
