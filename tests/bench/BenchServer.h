#pragma once
// BenchServer: what the benchmarks that run a server of their own share — scripts/run-server, `admin seed-demo`
// without a time limit, failing cleanly (stopping that server), settings from the environment.
// The including benchmark defines NOVAMIND_BENCH_RUN_SERVER and NOVAMIND_BENCH_SYNCD (tests/bench/CMakeLists.txt).

#include "ServerEnv.h"

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <cstdio>
#include <cstdlib>
#include <utility>

namespace novamind::bench {

// The benchmark's name in failure messages, and the directory of the server it started (stopped on failure).
inline const char *g_benchName = "bench";
inline QString g_startedServerDir;

[[noreturn]] inline void fail(const QString &what)
{
    std::fprintf(stderr, "%s: %s\n", g_benchName, qUtf8Printable(what));
    if (!g_startedServerDir.isEmpty()) {
        const QString dir = std::exchange(g_startedServerDir, QString());
        QProcess::execute(QStringLiteral(NOVAMIND_BENCH_RUN_SERVER),
                          {QStringLiteral("stop"), QStringLiteral("--dir"), dir});
    }
    std::exit(1);
}

inline QString syncdBinary()
{
    const QString fromEnv = qEnvironmentVariable("NOVAMIND_SYNCD");
    return fromEnv.isEmpty() ? QStringLiteral(NOVAMIND_BENCH_SYNCD) : fromEnv;
}

inline int intSetting(const char *name, int fallback)
{
    return qEnvironmentVariableIsSet(name) ? qEnvironmentVariableIntValue(name) : fallback;
}

// scripts/run-server with the given arguments; its stdout (the base URL for start).
inline QByteArray runServer(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("NOVAMIND_SYNCD"), syncdBinary());
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(NOVAMIND_BENCH_RUN_SERVER), args);
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        fail(QStringLiteral("scripts/run-server %1 failed").arg(args.join(u' ')));
    return process.readAllStandardOutput().trimmed();
}

// `admin seed-demo` without the testkit's time limit: a million documents take minutes. Its stderr is shown only
// when it fails (it repeats a PostgreSQL notice for every batch). Returns the seeder's JSON report.
inline QJsonObject seedDemo(const test::ServerEnv &env, int patients, int states, int seed, const QString &assignTo)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("NOVAMIND_ADMIN_DB_URL"), env.adminDbUrl);
    process.setProcessEnvironment(environment);
    process.start(env.syncd,
                  {QStringLiteral("admin"), QStringLiteral("seed-demo"), QStringLiteral("--patients"),
                   QString::number(patients), QStringLiteral("--states-per-patient"), QString::number(states),
                   QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--assign-to"), assignTo});
    QByteArray err;
    // Drained while it runs, so that a full pipe never blocks the seeder.
    while (!process.waitForFinished(1000)) {
        if (process.state() == QProcess::NotRunning)
            break;
        err += process.readAllStandardError();
        err = err.right(64 * 1024);
    }
    err += process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        fail(QStringLiteral("admin seed-demo failed: ") + QString::fromUtf8(err.right(4000)));
    return QJsonDocument::fromJson(process.readAllStandardOutput().trimmed()).object();
}

// A server of the benchmark's own under `dir`, started with scripts/run-server. One seeded earlier with the same
// size (`seededAs`, recorded in the file `markerName` by markSeeded()) is reused: seeding a million documents takes
// minutes. Stopped by fail(); the caller stops it at the end.
struct OwnServer
{
    test::ServerEnv env;
    bool reused = false;
    QString marker;
    QByteArray seededAs;

    void markSeeded() const
    {
        QFile out(marker);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(seededAs + '\n') < 0)
            fail(QStringLiteral("cannot write %1").arg(marker));
    }
};

inline OwnServer startOwnServer(const QString &dir, const QString &markerName, int patients, int states)
{
    OwnServer server;
    server.marker = dir + QLatin1Char('/') + markerName;
    server.seededAs = QByteArray::number(patients) + ' ' + QByteArray::number(states);
    QFile seeded(server.marker);
    server.reused = seeded.open(QIODevice::ReadOnly) && seeded.readAll().trimmed() == server.seededAs;
    seeded.close();
    QStringList startArgs{QStringLiteral("start"), QStringLiteral("--dir"), dir};
    if (!server.reused)
        startArgs << QStringLiteral("--fresh");
    runServer(startArgs);
    g_startedServerDir = dir;
    auto env = test::ServerEnv::fromFile(dir + QStringLiteral("/env"));
    if (!env.ok())
        fail(env.error().message);
    server.env = std::move(env.value());
    server.env.syncd = syncdBinary();
    if (server.reused)
        std::printf("seed-demo: reusing the server seeded earlier in %s\n", qUtf8Printable(dir));
    return server;
}

} // namespace novamind::bench
