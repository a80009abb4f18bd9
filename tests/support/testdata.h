#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtGlobal>

// A file of tests/data (real PokeAPI answers, see its README), whole. A test without its data
// means nothing: a missing file stops the test program.
inline QByteArray readTestData(const QString &relativePath)
{
    QFile file(QStringLiteral(POKEDEX_TEST_DATA "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(file.fileName()));
    return file.readAll();
}
