#pragma once

#include <QtGlobal>

// The engine's defaults, written once: the queue, the disk cache, the parsers, the engine and
// the command line all take them from here.
namespace NetworkDefaults {

// Requests in flight at once. Qt 6.4 opens at most 6 HTTP/1.1 connections per host.
constexpr int Concurrency = 6;
constexpr int MaxConcurrency = 64;
// No byte for this long ends a request; the whole exchange gets ExchangeDeadlineFactor times it.
constexpr int TransferTimeoutMs = 15000;
constexpr int ExchangeDeadlineFactor = 4;
// The largest answer accepted (a Pokémon is ~300 KB; the largest listing about 2 MB).
constexpr qint64 MaxBodyBytes = 8 * 1024 * 1024;
constexpr qint64 CacheSizeBytes = 200 * 1024 * 1024;

} // namespace NetworkDefaults
