#include "benchsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <unistd.h>

namespace {

double writeDocuments(const QString &dir, const QString &prefix, int count)
{
    QFile file(QStringLiteral(POKEDEX_TEST_DATA "/api/v2/pokemon/25.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read pikachu");
    QJsonObject pikachu = QJsonDocument::fromJson(file.readAll()).object();
    if (prefix == QLatin1String("tinymon-")) {
        for (const char *heavy :
             { "moves", "game_indices", "held_items", "past_types", "past_abilities" })
            pikachu.remove(QLatin1String(heavy));
    }
    const QString pokemonDir = dir + QStringLiteral("/api/v2/pokemon");
    if (!QDir().mkpath(pokemonDir))
        qFatal("cannot create %s", qPrintable(pokemonDir));
    qint64 total = 0;
    for (int i = 1; i <= count; ++i) {
        const int id = 20000 + i;
        pikachu.insert(QStringLiteral("id"), id);
        pikachu.insert(QStringLiteral("name"), QString(prefix + QString::number(i)));
        const QByteArray json = QJsonDocument(pikachu).toJson(QJsonDocument::Compact);
        QFile out(pokemonDir + QStringLiteral("/%1.json").arg(id));
        if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size())
            qFatal("cannot write %s", qPrintable(out.fileName()));
        total += json.size();
    }
    return double(total) / count;
}

QString procFile(qint64 pid, const char *name)
{
    return (pid > 0 ? QStringLiteral("/proc/%1/").arg(pid) : QStringLiteral("/proc/self/"))
        + QLatin1String(name);
}

} // namespace

QString SyntheticData::dataDir(const QString &prefix, int count)
{
    const QString dir = m_root.path() + QLatin1Char('/') + prefix + QString::number(count);
    if (!m_bytesPerDocument.contains(dir))
        m_bytesPerDocument.insert(dir, writeDocuments(dir, prefix, count));
    return dir;
}

long ProcessCost::peakRssKb(qint64 pid)
{
    QFile status(procFile(pid, "status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

bool ProcessCost::resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

double ProcessCost::cpuSeconds(qint64 pid)
{
    QFile stat(procFile(pid, "stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // pid (comm) state ...: the command may hold spaces and parentheses, so count the fields
    // after its last ')'; utime and stime are fields 14 and 15, in clock ticks.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / sysconf(_SC_CLK_TCK);
}
