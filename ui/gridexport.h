#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QAbstractItemModel;

// The cards of the grid as a file: the rows shown, in the order shown (so through the filter
// and sort), one line or object per card: number, name, display name, types, status and,
// once loaded, base stats, height and weight.
namespace GridExport {

enum class Format { Csv, Json };

// By the file's suffix: ".json" is JSON, anything else CSV.
Format formatFor(const QString &path);
QByteArray csv(const QAbstractItemModel *shown);
QByteArray json(const QAbstractItemModel *shown);

} // namespace GridExport

// Writes one export on a worker thread through QSaveFile, then says how it went.
class GridExportWriter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Builds the text here (a walk over the rows) and writes it elsewhere.
    void write(const QAbstractItemModel *shown, const QString &path);

Q_SIGNALS:
    void finished(bool ok, const QString &path, const QString &error);
};
