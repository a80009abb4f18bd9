#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <QtGlobal>
#include <functional>

// Turns an answer's body into a value where the body lands: on the worker that inflated it
// from the network or read it from the disk cache. A Pokémon's 250 KB are then read while
// they are still in that core's cache, and only the small value crosses to the queue's
// thread — one hop instead of three. `key` names the reader: askers of one URL whose readers
// share a key share one reading; any other asker reads the body itself.
struct BodyReader
{
    quintptr key = 0;
    // Returns the value, or an invalid QVariant after writing *error. Runs on a worker: it
    // must not touch anything but its arguments.
    std::function<QVariant(const QByteArray &body, QString *error)> read;

    explicit operator bool() const { return bool(read); }
    // Read where the body lands only with a key: a keyless reader's reading could not be
    // told from another's, so its asker reads the body itself.
    bool readsWhereItLands() const { return key != 0 && read; }
};

// What a BodyReader made of a body; key 0: nobody read it.
struct ReadBody
{
    quintptr key = 0;
    QVariant value;
    QString error;

    bool isBy(const BodyReader &reader) const { return key != 0 && key == reader.key; }
    static ReadBody of(const BodyReader &reader, const QByteArray &body)
    {
        ReadBody read;
        read.key = reader.key;
        read.value = reader.read(body, &read.error);
        return read;
    }
};
