#include "search/groupquery.h"

#include "api/detailsparser.h"
#include "api/typechart.h"

#include <QStringList>
#include <algorithm>

namespace {

constexpr int GenerationCount = 9;

// "1".."9" or "i".."ix" -> 1..9; 0 for anything else.
int generationNumber(const QString &key)
{
    static const QStringList roman = {
        QStringLiteral("i"),   QStringLiteral("ii"),   QStringLiteral("iii"),
        QStringLiteral("iv"),  QStringLiteral("v"),    QStringLiteral("vi"),
        QStringLiteral("vii"), QStringLiteral("viii"), QStringLiteral("ix"),
    };
    if (const qsizetype index = roman.indexOf(key); index >= 0)
        return int(index) + 1;
    bool ok = false;
    const int number = key.toInt(&ok);
    // toInt accepts "+1" and " 1"; only plain digits name a generation.
    const bool digitsOnly = !key.isEmpty()
        && std::all_of(key.begin(), key.end(), [](QChar c) { return c.isDigit(); });
    return ok && digitsOnly && number >= 1 && number <= GenerationCount ? number : 0;
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

std::optional<GroupQuery> GroupQuery::parse(const QString &query, QString *error)
{
    setError(error, {});
    // "Gen: 3", "gen :III", "TYPE:Fire": spaces and case do not matter.
    QString compact;
    for (QChar c : query) {
        if (!c.isSpace())
            compact.append(c.toLower());
    }
    const qsizetype colon = compact.indexOf(u':');
    if (colon < 0)
        return std::nullopt;
    const QString prefix = compact.left(colon);
    const QString key = compact.mid(colon + 1);

    if (prefix == QLatin1String("gen") || prefix == QLatin1String("generation")) {
        if (key.isEmpty()) {
            setError(
                error,
                QStringLiteral("names no generation: write gen:1 to gen:%1").arg(GenerationCount));
            return std::nullopt;
        }
        const int number = generationNumber(key);
        if (number == 0) {
            setError(
                error,
                QStringLiteral("is not a generation: they run from 1 to %1").arg(GenerationCount));
            return std::nullopt;
        }
        return GroupQuery { Kind::Generation, QString::number(number) };
    }

    if (prefix == QLatin1String("type")) {
        // "Type: Null" is a Pokémon, not a group.
        if (key == QLatin1String("null"))
            return std::nullopt;
        if (key.isEmpty()) {
            setError(error, QStringLiteral("names no type: write e.g. type:fire"));
            return std::nullopt;
        }
        if (!TypeChart::allTypes().contains(key)) {
            setError(error,
                     QStringLiteral("is not a type: the types are %1")
                         .arg(TypeChart::allTypes().join(QStringLiteral(", "))));
            return std::nullopt;
        }
        return GroupQuery { Kind::Type, key };
    }
    if (prefix == QLatin1String("move") || prefix == QLatin1String("ability")) {
        const Kind kind = prefix == QLatin1String("move") ? Kind::Move : Kind::Ability;
        // Slugs only: "move:thunderbolt", "ability:lightning-rod".
        const bool slug = !key.isEmpty() && std::all_of(key.begin(), key.end(), [](QChar c) {
            return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
        });
        if (!slug) {
            setError(error,
                     kind == Kind::Move
                         ? QStringLiteral("names no move: write e.g. move:thunderbolt")
                         : QStringLiteral("names no ability: write e.g. ability:levitate"));
            return std::nullopt;
        }
        return GroupQuery { kind, key };
    }
    return std::nullopt;
}

QString GroupQuery::resourcePath() const
{
    switch (kind) {
    case Kind::Generation:
        return QStringLiteral("generation/") + key;
    case Kind::Type:
        return QStringLiteral("type/") + key;
    case Kind::Move:
        return QStringLiteral("move/") + key;
    case Kind::Ability:
        return QStringLiteral("ability/") + key;
    }
    return {};
}

std::optional<QStringList> GroupQuery::parseMembers(const QByteArray &json, QString *error) const
{
    switch (kind) {
    case Kind::Generation:
        return DetailsParser::parseGenerationMembers(json, error);
    case Kind::Type:
        return DetailsParser::parseTypeMembers(json, error);
    case Kind::Move:
        return DetailsParser::parseMoveMembers(json, error);
    case Kind::Ability:
        return DetailsParser::parseAbilityMembers(json, error);
    }
    return std::nullopt;
}
