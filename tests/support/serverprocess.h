#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

// A fake PokeAPI in a process of its own: the fakepokeapi executable (HTTP/1.1, see
// fakepokeapi.h) or h2server.mjs under Node (HTTP/2 over TLS with the test certificate).
// Both print their API URL as their first line and, when they stop, one JSON line of
// counters ("peakInFlight" and more: see each server's header comment). Stopped when this
// goes away; a server also exits by itself when its stdin closes, should the test crash.
class ServerProcess
{
public:
    ServerProcess() = default;
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;
    ~ServerProcess();

    // Node's executable ("node" or Debian's "nodejs") on PATH; empty if there is none.
    static QString node();

    // Each returns an empty string once the server listens, else what went wrong.
    QString startHttp1(const QStringList &arguments);
    QString startHttp2(const QStringList &arguments); // needs node()

    QUrl apiUrl() const { return m_apiUrl; }
    qint64 processId() const { return m_process.processId(); }

    // Stops the server and returns the counters it printed; empty if it printed none.
    QJsonObject stop();

private:
    QString start(const QString &program, const QStringList &arguments);

    QProcess m_process;
    QUrl m_apiUrl;
};
