#pragma once

#include "net/bodyreader.h"

#include <QByteArray>

// An answer as the disk cache keeps it: a success or a 404, and whether it is still fresh.
struct CacheEntry
{
    int httpStatus = 0;
    QByteArray body;
    bool fresh = false;
    ReadBody read; // the body read on the thread that read the entry, if it was asked to
};
