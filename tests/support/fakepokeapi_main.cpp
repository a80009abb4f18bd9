// fakepokeapi: the in-process fake PokeAPI as a standalone server for benchmarks and
// screenshots; with --tls over HTTPS (still HTTP/1.1: it offers no other protocol by ALPN)
// with the TEST-ONLY certificate of tests/data/tls. Prints the API URL as its first line of
// output, then serves until SIGTERM or SIGINT, and prints one JSON line of counters on the
// way out (as h2server.mjs does):
//   {"requests":N,"peakInFlight":N,"inFlight":N}

#include "fakepokeapi.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = { -1, -1 };

void onQuitSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through the pipe.
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[0], &byte, 1);
}

// SIGTERM and SIGINT end the event loop, so the server closes cleanly and exits 0.
bool quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte;
        [[maybe_unused]] const ssize_t read = ::read(signalPipe[1], &byte, 1);
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onQuitSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0
        && ::sigaction(SIGINT, &action, nullptr) == 0;
}

int intOption(const QCommandLineParser &parser, const QString &name, int max)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 0 || value > max) {
        std::fprintf(stderr, "fakepokeapi: --%s must be a number from 0 to %d\n", qPrintable(name),
                     max);
        std::exit(2);
    }
    return value;
}

QByteArray readTlsFile(const char *name)
{
    QFile file(QStringLiteral(POKEDEX_FAKEAPI_TLS_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "fakepokeapi: cannot read %s\n", qPrintable(file.fileName()));
        std::exit(1);
    }
    return file.readAll();
}

QSslConfiguration testTlsConfiguration()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(readTlsFile("server.pem")));
    configuration.setPrivateKey(QSslKey(readTlsFile("server-key.pem"), QSsl::Ec));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    return configuration;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fakepokeapi"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A fake PokeAPI on 127.0.0.1 serving the JSON files of a data dir."));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("data"), QStringLiteral("Directory holding api/v2/<endpoint>/."),
          QStringLiteral("DIR"), QStringLiteral(POKEDEX_FAKEAPI_DEFAULT_DATA) },
        { QStringLiteral("files"),
          QStringLiteral("Directory holding PokeAPI's sprites/ and cries/ trees side by side "
                         "(sprites/pokemon/..., cries/pokemon/...), served instead of the data "
                         "dir's."),
          QStringLiteral("DIR") },
        { QStringLiteral("port"), QStringLiteral("Port to listen on (0: any free port)."),
          QStringLiteral("N"), QStringLiteral("0") },
        { QStringLiteral("delay"), QStringLiteral("Delay before every response."),
          QStringLiteral("MS"), QStringLiteral("0") },
        { QStringLiteral("jitter"), QStringLiteral("Adds a random 0..MS to every delay."),
          QStringLiteral("MS"), QStringLiteral("0") },
        { QStringLiteral("tls"),
          QStringLiteral("Serve HTTPS with the TEST-ONLY certificate of tests/data/tls.") },
        { QStringLiteral("gzip"),
          QStringLiteral("Gzip answers for clients that accept it, as pokeapi.co does.") },
    });
    parser.process(app);

    const QString dataDir = parser.value(QStringLiteral("data"));
    if (!QDir(dataDir + QStringLiteral("/api/v2")).exists()) {
        std::fprintf(stderr, "fakepokeapi: no api/v2 directory in %s\n", qPrintable(dataDir));
        return 1;
    }
    const int port = intOption(parser, QStringLiteral("port"), 65535);
    const int delay = intOption(parser, QStringLiteral("delay"), 3'600'000);
    const int jitter = intOption(parser, QStringLiteral("jitter"), 3'600'000);

    if (!quitOnSignals(app)) {
        std::perror("fakepokeapi: cannot install signal handlers");
        return 1;
    }

    FakePokeApi api(dataDir);
    if (parser.isSet(QStringLiteral("files"))) {
        const QString files = parser.value(QStringLiteral("files"));
        if (!QDir(files + QStringLiteral("/sprites")).exists()
            && !QDir(files + QStringLiteral("/cries")).exists()) {
            std::fprintf(stderr, "fakepokeapi: no sprites or cries directory in %s\n",
                         qPrintable(files));
            return 1;
        }
        api.setMediaDir(files);
    }
    api.setDelay(delay);
    api.setJitter(jitter);
    api.setGzip(parser.isSet(QStringLiteral("gzip")));
    if (parser.isSet(QStringLiteral("tls")))
        api.setTlsConfiguration(testTlsConfiguration());
    if (!api.listen(quint16(port))) {
        std::fprintf(stderr, "fakepokeapi: cannot listen on 127.0.0.1:%d\n", port);
        return 1;
    }
    // Callers read this line to learn the port, so it must be complete and flushed.
    std::printf("%s\n", api.apiUrl().toEncoded().constData());
    std::fflush(stdout);

    const int status = app.exec();
    std::printf("{\"requests\":%d,\"peakInFlight\":%d,\"inFlight\":%d}\n", api.requestCount(),
                api.peakInFlight(), api.inFlight());
    return status;
}
