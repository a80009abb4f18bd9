#include "team/teamstore.h"

#include "team/atomicwrite.h"

#include <QFile>
#include <QStandardPaths>

namespace {
constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;
}

namespace TeamStore {

QString defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/teams.json");
}

std::optional<TeamList> load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return TeamList();
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    if (file.size() > MaxFileBytes) {
        if (error)
            *error = QStringLiteral("the teams file is too large");
        return std::nullopt;
    }
    return TeamJson::fromJson(file.readAll(), error);
}

bool save(const TeamList &list, const QString &path, QString *error)
{
    return AtomicWrite::write(path, TeamJson::toJson(list), error);
}

} // namespace TeamStore
