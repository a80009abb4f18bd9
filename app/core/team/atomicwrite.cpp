#include "team/atomicwrite.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

bool AtomicWrite::write(const QString &path, const QByteArray &bytes, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size()
        && file.flush() && file.size() == bytes.size();
    if (ok && file.commit())
        return true;
    if (error)
        *error = file.errorString().isEmpty() ? QStringLiteral("the file could not be written")
                                              : file.errorString();
    file.cancelWriting();
    return false;
}
