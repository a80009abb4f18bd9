#pragma once

#include <QByteArray>
#include <QString>

namespace AtomicWrite {

// Writes `bytes` to `path` through QSaveFile: the old file is replaced only once the new one
// is wholly on disk. QSaveFile::commit() alone is not enough: when a write is cut short (a
// full disk, a file size limit) Qt 6.4 can commit the part that was written, so the data is
// flushed and its size checked first. Makes the parent directory when needed.
bool write(const QString &path, const QByteArray &bytes, QString *error = nullptr);

} // namespace AtomicWrite
