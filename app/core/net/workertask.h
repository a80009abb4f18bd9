#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <type_traits>
#include <utility>

// Work that must stay off the thread that owns `owner` (inflating, checking, parsing): `work`
// runs on Qt's global pool, and `done` gets its result on owner's thread — never if owner is
// gone by then. A watcher owned by owner, not a continuation with a context: Qt 6.4 asserts on
// a continuation whose context has gone.
namespace WorkerTask {

template<typename Work, typename Done> void run(QObject *owner, Work &&work, Done &&done)
{
    using Result = std::invoke_result_t<std::decay_t<Work> &>;
    auto *watcher = new QFutureWatcher<Result>(owner);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, owner,
                     [watcher, done = std::forward<Done>(done)]() mutable {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(QtConcurrent::run(std::forward<Work>(work)));
}

} // namespace WorkerTask
