#pragma once

#include "team/team.h"

#include <QObject>
#include <QString>
#include <optional>

// Reads and writes the teams file on a worker thread (QSaveFile syncs to disk, which can take
// longer than a frame). Saves coalesce: while one is being written, only the newest list
// waits its turn.
class TeamFile : public QObject
{
    Q_OBJECT
public:
    explicit TeamFile(const QString &path, QObject *parent = nullptr);
    ~TeamFile() override;

    QString path() const { return m_path; }
    void load();
    void save(const TeamList &list);
    bool isIdle() const { return !m_writing && !m_pending; }

Q_SIGNALS:
    void loaded(const TeamList &list);
    void failed(const QString &error); // reading or writing
    void saved();

private:
    void writeNext();

    QString m_path;
    bool m_writing = false;
    std::optional<TeamList> m_pending;
};
