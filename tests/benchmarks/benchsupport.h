#pragma once

#include <QHash>
#include <QString>
#include <QTemporaryDir>

// What the benchmarks share: synthetic Pokémon to serve, and what a process costs.

// Data dirs of synthetic Pokémon that either fake server serves (fakepokeapi, h2server.mjs):
// <prefix>1.. from pikachu's real document (so parsing costs what it does), with ids from
// 20001, and with or without its heavy arrays.
class SyntheticData
{
public:
    // "benchmon-": pikachu's whole document; "tinymon-": without the moves and other arrays.
    // The data dir holding `count` documents named `prefix`N, written on first use.
    QString dataDir(const QString &prefix, int count);
    double bytesPerDocument(const QString &dataDir) const
    {
        return m_bytesPerDocument.value(dataDir);
    }

private:
    QTemporaryDir m_root;
    QHash<QString, double> m_bytesPerDocument;
};

namespace ProcessCost {
// VmHWM (peak resident set) of /proc/<pid>/status (0: this process), in KB; -1 if unreadable.
long peakRssKb(qint64 pid = 0);
// Lets this process's peak start again from what is resident now (Linux: clear_refs "5");
// false if the kernel does not let us.
bool resetPeakRss();
// User plus system CPU time so far of /proc/<pid> (0: this process), all threads; -1 if
// unreadable.
double cpuSeconds(qint64 pid = 0);
} // namespace ProcessCost
