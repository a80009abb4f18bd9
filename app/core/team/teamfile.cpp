#include "team/teamfile.h"

#include "team/teamstore.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

namespace {
struct Outcome
{
    std::optional<TeamList> list;
    bool ok = false;
    QString error;
};
} // namespace

TeamFile::TeamFile(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
}

TeamFile::~TeamFile() = default;

void TeamFile::load()
{
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        if (outcome.list)
            Q_EMIT loaded(*outcome.list);
        else
            Q_EMIT failed(outcome.error);
    });
    watcher->setFuture(QtConcurrent::run([path = m_path] {
        Outcome outcome;
        outcome.list = TeamStore::load(path, &outcome.error);
        return outcome;
    }));
}

void TeamFile::save(const TeamList &list)
{
    m_pending = list;
    if (!m_writing)
        writeNext();
}

void TeamFile::writeNext()
{
    if (!m_pending)
        return;
    const TeamList list = *m_pending;
    m_pending.reset();
    m_writing = true;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        m_writing = false;
        if (!outcome.ok)
            Q_EMIT failed(outcome.error);
        if (m_pending)
            writeNext();
        else
            Q_EMIT saved();
    });
    watcher->setFuture(QtConcurrent::run([path = m_path, list] {
        Outcome outcome;
        outcome.ok = TeamStore::save(list, path, &outcome.error);
        return outcome;
    }));
}
