#pragma once

#include "team/team.h"

#include <QString>

// The teams file on disk. Writes go through QSaveFile: the old file is replaced only once the
// new one is completely written, so a crash or a full disk keeps the previous version.
namespace TeamStore {

// <AppDataLocation>/teams.json
QString defaultPath();

// An absent file is an empty list, not an error.
std::optional<TeamList> load(const QString &path, QString *error = nullptr);
bool save(const TeamList &list, const QString &path, QString *error = nullptr);

} // namespace TeamStore
