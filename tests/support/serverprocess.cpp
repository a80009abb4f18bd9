#include "serverprocess.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>

namespace {
// Generous: fakepokeapi indexes every document of its data dir before it prints its URL.
constexpr int StartTimeoutMs = 120000;
constexpr int StopTimeoutMs = 10000;
} // namespace

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::node()
{
    for (const char *name : { "node", "nodejs" }) {
        const QString found = QStandardPaths::findExecutable(QLatin1String(name));
        if (!found.isEmpty())
            return found;
    }
    return {};
}

QString ServerProcess::startHttp1(const QStringList &arguments)
{
    return start(QStringLiteral(FAKEPOKEAPI_EXE), arguments);
}

QString ServerProcess::startHttp2(const QStringList &arguments)
{
    const QString program = node();
    if (program.isEmpty())
        return QStringLiteral("Node (node or nodejs) is not on PATH");
    return start(program, QStringList { QStringLiteral(POKEDEX_H2SERVER_SCRIPT) } + arguments);
}

QString ServerProcess::start(const QString &program, const QStringList &arguments)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(program, arguments);
    QSignalSpy output(&m_process, &QProcess::readyReadStandardOutput);
    QSignalSpy finished(&m_process, &QProcess::finished);
    while (!m_process.canReadLine()) {
        if (!finished.isEmpty() || m_process.state() == QProcess::NotRunning
            || !output.wait(StartTimeoutMs))
            return QStringLiteral("%1 printed no URL: %2").arg(program, m_process.errorString());
    }
    m_apiUrl = QUrl(QString::fromUtf8(m_process.readLine().trimmed()));
    return m_apiUrl.isValid() ? QString() : QStringLiteral("%1 printed no valid URL").arg(program);
}

QJsonObject ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return {};
    QSignalSpy finished(&m_process, &QProcess::finished);
    m_process.closeWriteChannel();
    m_process.terminate();
    if (!finished.wait(StopTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished();
        return {};
    }
    const QList<QByteArray> lines = m_process.readAllStandardOutput().trimmed().split('\n');
    return QJsonDocument::fromJson(lines.constLast()).object();
}
