#include "team/team.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

constexpr int FormatVersion = 1;
constexpr qsizetype MaxText = 200;
constexpr qsizetype MaxListItems = 8;

QJsonArray numbers(const QList<int> &values)
{
    QJsonArray array;
    for (int value : values)
        array.append(value);
    return array;
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString().left(MaxText);
}

QStringList texts(const QJsonObject &object, const char *key)
{
    QStringList list;
    for (const QJsonValue &value : object.value(QLatin1String(key)).toArray()) {
        if (list.size() >= MaxListItems)
            break;
        if (value.isString() && !value.toString().isEmpty())
            list.append(value.toString().left(MaxText));
    }
    return list;
}

QList<int> stats(const QJsonObject &object, const char *key, int maximum)
{
    const QJsonArray array = object.value(QLatin1String(key)).toArray();
    if (array.size() != ShowdownSet::StatCount)
        return {};
    QList<int> values;
    for (const QJsonValue &value : array) {
        const int number = value.toInt(-1);
        values.append(number >= 0 && number <= maximum ? number : -1);
    }
    return values;
}

QJsonObject memberObject(const TeamMember &member)
{
    const ShowdownSet &set = member.set;
    QJsonObject object {
        { QStringLiteral("slug"), set.slug },
        { QStringLiteral("species"), set.species },
        { QStringLiteral("types"), QJsonArray::fromStringList(member.types) },
    };
    auto put = [&object](const char *key, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), value);
    };
    put("nickname", set.nickname);
    put("gender", set.gender);
    put("item", set.item);
    put("ability", set.ability);
    put("teraType", set.teraType);
    put("nature", set.nature);
    if (set.level > 0)
        object.insert(QStringLiteral("level"), set.level);
    if (set.shiny)
        object.insert(QStringLiteral("shiny"), true);
    if (!set.evs.isEmpty())
        object.insert(QStringLiteral("evs"), numbers(set.evs));
    if (!set.ivs.isEmpty())
        object.insert(QStringLiteral("ivs"), numbers(set.ivs));
    if (!set.moves.isEmpty())
        object.insert(QStringLiteral("moves"), QJsonArray::fromStringList(set.moves));
    if (!member.abilities.isEmpty())
        object.insert(QStringLiteral("abilities"), QJsonArray::fromStringList(member.abilities));
    if (!member.moveTypes.isEmpty())
        object.insert(QStringLiteral("moveTypes"), QJsonArray::fromStringList(member.moveTypes));
    return object;
}

std::optional<TeamMember> memberFrom(const QJsonObject &object)
{
    TeamMember member;
    ShowdownSet &set = member.set;
    set.slug = text(object, "slug");
    if (set.slug.isEmpty())
        return std::nullopt;
    set.species = text(object, "species");
    set.nickname = text(object, "nickname");
    set.gender = text(object, "gender");
    if (set.gender != QLatin1String("M") && set.gender != QLatin1String("F"))
        set.gender.clear();
    set.item = text(object, "item");
    set.ability = text(object, "ability");
    set.teraType = text(object, "teraType");
    set.nature = text(object, "nature");
    const int level = object.value(QLatin1String("level")).toInt(0);
    set.level = level >= 1 && level <= 100 ? level : 0;
    set.shiny = object.value(QLatin1String("shiny")).toBool(false);
    set.evs = stats(object, "evs", 255);
    set.ivs = stats(object, "ivs", 31);
    set.moves = texts(object, "moves").mid(0, 4);
    member.types = texts(object, "types").mid(0, 2);
    member.abilities = texts(object, "abilities");
    member.moveTypes = texts(object, "moveTypes");
    return member;
}

} // namespace

namespace TeamJson {

QByteArray toJson(const TeamList &list)
{
    QJsonArray teams;
    for (const Team &team : list.teams) {
        QJsonArray members;
        for (const TeamMember &member : team.members)
            members.append(memberObject(member));
        teams.append(QJsonObject {
            { QStringLiteral("name"), team.name },
            { QStringLiteral("members"), members },
        });
    }
    const QJsonObject root {
        { QStringLiteral("version"), FormatVersion },
        { QStringLiteral("current"), list.current },
        { QStringLiteral("teams"), teams },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<TeamList> fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                ? parseError.errorString()
                : QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("version")).toInt() != FormatVersion) {
        if (error)
            *error = QStringLiteral("unknown teams file version");
        return std::nullopt;
    }
    TeamList list;
    for (const QJsonValue &value : root.value(QLatin1String("teams")).toArray()) {
        if (list.teams.size() >= TeamList::MaxTeams)
            break;
        const QJsonObject object = value.toObject();
        Team team;
        team.name = text(object, "name");
        for (const QJsonValue &memberValue : object.value(QLatin1String("members")).toArray()) {
            if (team.members.size() >= Team::MaxMembers)
                break;
            if (auto member = memberFrom(memberValue.toObject()))
                team.members.append(*member);
        }
        list.teams.append(team);
    }
    const int current = root.value(QLatin1String("current")).toInt(0);
    list.current = current >= 0 && current < list.teams.size() ? current : 0;
    return list;
}

} // namespace TeamJson
