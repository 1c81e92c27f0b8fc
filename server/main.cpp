// novamind-syncd: the reference sync backend (serve | migrate | admin | --version), DESIGN.md "Server contract".
#include "models/Version.h"
#include "models/cli/ExitCode.h"
#include "models/cli/ProcessHardening.h"
#include "server/admin/AdminCommands.h"
#include "server/http/HttpServer.h"
#include "server/service/ServiceConfig.h"
#include "server/service/SyncService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>

using namespace novamind;
using namespace novamind::server;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("novamind-syncd", text);
}

void printTo(std::FILE *stream, const QString &text)
{
    std::fputs(qUtf8Printable(text), stream);
    std::fflush(stream);
}

QString generalUsage()
{
    return tr("Usage: novamind-syncd <command> [options]\n"
              "\n"
              "Commands:\n"
              "  serve [options]     serve the sync API (the default when the first argument is an option)\n"
              "  migrate [--db-url URL]\n"
              "                      apply the database migrations (owner role; NOVAMIND_ADMIN_DB_URL)\n"
              "  admin <subcommand>  add-user, add-relationship, end-relationship, seed-demo\n"
              "\n"
              "  novamind-syncd serve --help    options of serve\n"
              "  novamind-syncd --version       print the version\n");
}

int usageError(const QString &sentence, const QString &command)
{
    printTo(stderr, QStringLiteral("novamind-syncd: %1\n").arg(sentence) +
                        tr("Try 'novamind-syncd %1--help'.\n").arg(command.isEmpty() ? QString() : command + u' '));
    return ExitCode::Usage;
}

// The write end is non-blocking: the handler must never block, and one pending byte is enough.
int g_signalSockets[2] = {-1, -1};

void onTerminationSignal(int)
{
    const int savedErrno = errno;
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalSockets[1], &byte, 1);
    errno = savedErrno;
}

// SIGTERM/SIGINT only write a byte to a socket pair (async-signal-safe); the event loop reads it and drains.
bool installTerminationSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalSockets) != 0)
        return false;
    for (const int fd : g_signalSockets) {
        const int flags = ::fcntl(fd, F_GETFL);
        if (flags < 0 || ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) != 0)
            return false;
    }
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (::sigaction(SIGTERM, &action, nullptr) != 0 || ::sigaction(SIGINT, &action, nullptr) != 0)
        return false;
    // A client hanging up mid-reply must not kill the process.
    struct sigaction ignore = {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    return ::sigaction(SIGPIPE, &ignore, nullptr) == 0;
}

// An integer option within [min, max], or nullopt with a usage message printed.
std::optional<qint64> integerOption(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max,
                                    qint64 fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        usageError(tr("--%1 must be a whole number from %2 to %3.").arg(name).arg(min).arg(max),
                   QStringLiteral("serve"));
        return std::nullopt;
    }
    return value;
}

int runServe(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOptions({
        help,
        {QStringLiteral("port"), tr("TCP port to listen on; 0 picks a free one (default 0)."), tr("PORT")},
        {QStringLiteral("bind"), tr("Address to listen on (default 127.0.0.1)."), tr("ADDRESS")},
        {QStringLiteral("tls-cert"), tr("PEM certificate chain; serves HTTPS (TLS 1.2 or later)."), tr("FILE")},
        {QStringLiteral("tls-key"), tr("PEM private key of --tls-cert."), tr("FILE")},
        {QStringLiteral("db-url"), tr("libpq URI of the application role (default: $NOVAMIND_DB_URL)."), tr("URL")},
        {QStringLiteral("max-body"), tr("Largest request body in bytes (default 4194304)."), tr("BYTES")},
        {QStringLiteral("token-ttl"), tr("Lifetime of access tokens in seconds (default 3600)."), tr("SECONDS")},
        {QStringLiteral("threads"), tr("Worker threads for database calls (default twice the cores, at least 4)."),
         tr("N")},
    });
    if (!parser.parse(QStringList{QStringLiteral("novamind-syncd")} + arguments))
        return usageError(parser.errorText(), QStringLiteral("serve"));
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Qt names the executable's path in its first line; name the command instead.
        text = tr("Usage: novamind-syncd serve [options]\n") + text.mid(text.indexOf(u'\n') + 1);
        printTo(stdout, text);
        return ExitCode::Ok;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("serve takes no argument '%1'.").arg(parser.positionalArguments().first()),
                          QStringLiteral("serve"));

    ServeOptions options;
    const auto port = integerOption(parser, QStringLiteral("port"), 0, 65535, 0);
    const auto maxBody = integerOption(parser, QStringLiteral("max-body"), 1024, qint64(1) << 30, 4 * 1024 * 1024);
    const auto tokenTtl = integerOption(parser, QStringLiteral("token-ttl"), 60, 30 * 24 * 3600, 3600);
    const auto threads = integerOption(parser, QStringLiteral("threads"), 1, 256, 0);
    if (!port || !maxBody || !tokenTtl || !threads)
        return ExitCode::Usage;
    options.port = quint16(*port);
    options.maxBodyBytes = *maxBody;
    options.threads = int(*threads);
    if (parser.isSet(QStringLiteral("bind"))) {
        const QString bind = parser.value(QStringLiteral("bind"));
        if (bind == QLatin1String("localhost"))
            options.bindAddress = QHostAddress(QHostAddress::LocalHost);
        else if (!options.bindAddress.setAddress(bind))
            return usageError(tr("--bind must be an IP address, not '%1'.").arg(bind), QStringLiteral("serve"));
    }
    options.tlsCertificateFile = parser.value(QStringLiteral("tls-cert"));
    options.tlsKeyFile = parser.value(QStringLiteral("tls-key"));
    if (options.tlsCertificateFile.isEmpty() != options.tlsKeyFile.isEmpty())
        return usageError(tr("--tls-cert and --tls-key go together."), QStringLiteral("serve"));

    ServiceConfig config;
    config.databaseUrl = parser.isSet(QStringLiteral("db-url")) ? parser.value(QStringLiteral("db-url"))
                                                                : qEnvironmentVariable("NOVAMIND_DB_URL");
    if (config.databaseUrl.isEmpty())
        return usageError(tr("no database: give --db-url or set NOVAMIND_DB_URL."), QStringLiteral("serve"));
    config.tokenLifetimeSeconds = int(*tokenTtl);

    if (!installTerminationSignals()) {
        printTo(stderr, tr("novamind-syncd: cannot install the signal handlers.\n"));
        return ExitCode::Failed;
    }

    SyncService service(config);
    HttpServer server(service, options);
    const Status started = server.start();
    if (!started.ok()) {
        printTo(stderr, QStringLiteral("novamind-syncd: %1\n").arg(started.error().message));
        return started.error().code == ErrorCode::Usage ? ExitCode::Usage : ExitCode::Failed;
    }

    QSocketNotifier signalNotifier(g_signalSockets[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &server, [&server] {
        char bytes[16];
        while (::read(g_signalSockets[0], bytes, sizeof bytes) > 0) {
        }
        printTo(stderr, tr("novamind-syncd: shutting down; finishing requests in flight\n"));
        server.shutdown();
    });
    QObject::connect(&server, &HttpServer::drained, QCoreApplication::instance(), &QCoreApplication::quit,
                     Qt::QueuedConnection);

    // The one line scripts wait for; flushed at once because stdout is usually a pipe or a file.
    printTo(stdout, QStringLiteral("novamind-syncd listening on %1\n").arg(server.baseUrl()));
    QCoreApplication::exec();

    if (!server.waitForWorkers(500)) {
        // A request still blocked in the database after the drain deadline: leave without destroying the
        // connection pool under it.
        printTo(stderr, tr("novamind-syncd: abandoning requests still waiting on the database\n"));
        std::_Exit(ExitCode::Ok);
    }
    printTo(stderr, tr("novamind-syncd: stopped\n"));
    return ExitCode::Ok;
}

} // namespace

int main(int argc, char *argv[])
{
    // Worker threads hold PHI in memory: no core dumps.
    novamind::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("novamind-syncd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NOVAMIND_VERSION));

    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        printTo(stderr, generalUsage());
        return ExitCode::Usage;
    }
    const QString command = arguments.first();
    if (command == QLatin1String("--version")) {
        printTo(stdout, QStringLiteral("novamind-syncd %1\n").arg(QStringLiteral(NOVAMIND_VERSION)));
        return ExitCode::Ok;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        printTo(stdout, generalUsage());
        return ExitCode::Ok;
    }
    if (command == QLatin1String("serve"))
        return runServe(arguments.mid(1));
    if (command == QLatin1String("migrate"))
        return runMigrate(arguments.mid(1));
    if (command == QLatin1String("admin"))
        return runAdmin(arguments.mid(1));
    if (command.startsWith(QLatin1String("--")))
        return runServe(arguments);
    return usageError(tr("unknown command '%1'.").arg(command), QString());
}
