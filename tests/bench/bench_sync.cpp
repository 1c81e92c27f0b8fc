// Sync end to end against a server of its own (scripts/run-server, reused between runs once seeded): the initial
// sync of a fresh replica through `novamindctl sync` (records/s, the client's peak RSS), a no-op sync, and a sync of
// 100 local changes through SyncEngine + CppRestTransport in process. Figures only, one a line; nothing asserted.
// Environment: NOVAMIND_BENCH_SERVER_DIR (default <build>/tests/bench/bench-sync-server),
// NOVAMIND_BENCH_SYNC_PATIENTS (2000), NOVAMIND_BENCH_SYNC_STATES (500 per patient), NOVAMIND_BENCH_SYNC_RUNS (50),
// NOVAMIND_SYNCD.
#include "BenchServer.h"
#include "ServerEnv.h"
#include "SyncdAdmin.h"
#include "TestDocuments.h"
#include "TestSupport.h"
#include "models/codecs/JsonCodec.h"
#include "storage/Replica.h"
#include "storage/Session.h"
#include "storage/sync/RecordEditor.h"
#include "sync/CppRestTransport.h"
#include "sync/SyncClient.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <utility>
#include <vector>

using namespace novamind;
using namespace novamind::test;
using namespace novamind::bench;

namespace {

using Clock = std::chrono::steady_clock;

const QString kUser = QStringLiteral("bench.sync");
const QString kOrganization = QStringLiteral("bench-sync-org");
// A throwaway server on 127.0.0.1 with synthetic data: a fixed password lets a later run reuse the seeding.
const QByteArray kPassword = "bench-sync-password";
const QByteArray kPassphrase = "bench replica passphrase";
constexpr int kLocalChanges = 100;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// VmHWM of a running process in MB; 0 once it is gone.
double peakRssMbOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

struct Percentiles
{
    double p50 = 0, p95 = 0, max = 0;
};

Percentiles percentiles(std::vector<double> ms)
{
    if (ms.empty())
        return {};
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)], ms.back()};
}

// The initial sync of a fresh replica through novamindctl, its VmHWM sampled every 50 ms while it runs.
void benchInitialSync(const ServerEnv &env, const QString &replicaPath, const QString &dir)
{
    const QString passphraseFile = dir + QStringLiteral("/passphrase");
    const QString passwordFile = dir + QStringLiteral("/server-password");
    QFile p1(passphraseFile), p2(passwordFile);
    if (!p1.open(QIODevice::WriteOnly) || p1.write(kPassphrase + '\n') < 0 || !p2.open(QIODevice::WriteOnly) ||
        p2.write(kPassword) < 0)
        fail(QStringLiteral("cannot write the secrets"));
    p1.close();
    p2.close();
    QProcess ctl;
    ctl.setProcessChannelMode(QProcess::SeparateChannels);
    const auto start = Clock::now();
    ctl.start(QStringLiteral(NOVAMIND_BENCH_CTL),
              {QStringLiteral("sync"), QStringLiteral("--db"), replicaPath, QStringLiteral("--user"), kUser,
               QStringLiteral("--passphrase-file"), passphraseFile, QStringLiteral("--server"),
               QString::fromUtf8(env.serverUrl), QStringLiteral("--server-password-file"), passwordFile});
    if (!ctl.waitForStarted(10000))
        fail(QStringLiteral("novamindctl did not start"));
    double peak = 0;
    QByteArray err;
    while (!ctl.waitForFinished(50)) {
        peak = std::max(peak, peakRssMbOf(ctl.processId()));
        err += ctl.readAllStandardError();
        err = err.right(4096);
        if (ctl.state() == QProcess::NotRunning)
            break;
    }
    const double totalMs = msSince(start);
    err += ctl.readAllStandardError();
    if (ctl.exitStatus() != QProcess::NormalExit || ctl.exitCode() != 0)
        fail(QStringLiteral("novamindctl sync exited %1: %2")
                 .arg(ctl.exitCode())
                 .arg(QString::fromUtf8(err.right(800))));
    const QJsonObject summary = QJsonDocument::fromJson(ctl.readAllStandardOutput().trimmed()).object();
    const qint64 pulled = summary.value(QLatin1String("pulled")).toInteger();
    const double engineMs = summary.value(QLatin1String("elapsed_ms")).toDouble();
    std::printf(
        "initial sync, novamindctl end to end     %9.0f records/s  (%lld records, %lld pages, %.0f MB in %.1f s "
        "wall incl. process start, unlock and the ~0.7 s sign-in; budget >= 50k/s)\n",
        double(pulled) / (totalMs / 1000.0), pulled, summary.value(QLatin1String("pages")).toInteger(),
        double(summary.value(QLatin1String("bytes")).toInteger()) / 1e6, totalMs / 1000.0);
    std::printf("initial sync, engine only (elapsed_ms)    %9.0f records/s  (%.1f s)\n",
                double(pulled) / (engineMs / 1000.0), engineMs / 1000.0);
    std::printf("initial sync, client peak RSS (VmHWM)     %9.0f MB  (budget <= 250 MB)\n", peak);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    g_benchName = "bench_sync";
    QCoreApplication app(argc, argv);
    const int patients = intSetting("NOVAMIND_BENCH_SYNC_PATIENTS", 2000);
    const int states = intSetting("NOVAMIND_BENCH_SYNC_STATES", 500);
    const int runs = intSetting("NOVAMIND_BENCH_SYNC_RUNS", 50);
    const QString dir = qEnvironmentVariableIsSet("NOVAMIND_BENCH_SERVER_DIR")
                            ? qEnvironmentVariable("NOVAMIND_BENCH_SERVER_DIR")
                            : QStringLiteral(NOVAMIND_BENCH_SERVER_DIR);
    OwnServer server = startOwnServer(dir, QStringLiteral("bench-sync-seeded"), patients, states);
    const ServerEnv &env = server.env;
    if (!server.reused) {
        if (Status s = SyncdAdmin(env).addUser(kUser, QStringLiteral("psychiatrist"), kOrganization, kPassword);
            !s.ok())
            fail(s.error().message);
        const auto start = Clock::now();
        seedDemo(env, patients, states, 11, kUser);
        std::printf("seed-demo %d patients x %d states           %.1f s\n", patients, states, msSince(start) / 1000.0);
        server.markSeeded();
    }
    std::fflush(stdout);

    QTemporaryDir work;
    if (!work.isValid())
        fail(QStringLiteral("no temporary directory"));
    const QString replicaPath = work.filePath(QStringLiteral("replica.db"));
    // Cheap key slots: unlocking is benchmarked by bench_unlock, not here.
    {
        auto created = Replica::create(replicaPath, kUser, kPassphrase, Role::Psychiatrist, cheapOptions());
        if (!created.ok())
            fail(created.error().message);
    }
    benchInitialSync(env, replicaPath, work.path());

    {
        auto replica = Replica::open(replicaPath, kUser, kPassphrase, cheapOptions());
        if (!replica.ok())
            fail(replica.error().message);
        TransportOptions options;
        options.baseUrl = QString::fromUtf8(env.serverUrl);
        auto transport = CppRestTransport::create(options);
        if (!transport.ok())
            fail(transport.error().message);
        SyncClient client(*transport.value(),
                          SyncCredentials{kUser, SecureBytes(kPassword.constData(), std::size_t(kPassword.size()))});
        auto db = replica.value()->openConnection();
        if (!db.ok())
            fail(db.error().message);
        SyncEngineOptions engineOptions;
        engineOptions.userId = kUser;
        engineOptions.deviceId = replica.value()->identity().replicaId;
        SyncEngine engine(db.value(), client, engineOptions);
        // The first run signs in (scrypt on the server, ~0.7 s); the runs measured reuse the token.
        auto warm = engine.run({});
        if (!warm.ok())
            fail(warm.error().message);
        std::vector<double> ms;
        for (int i = 0; i < runs; ++i) {
            const auto start = Clock::now();
            auto run = engine.run({});
            ms.push_back(msSince(start));
            if (!run.ok())
                fail(run.error().message);
            if (run->pulled != 0 || run->pushed.applied != 0)
                fail(QStringLiteral("a no-op sync moved data"));
        }
        const Percentiles p = percentiles(ms);
        std::printf("no-op sync, SyncEngine with a held token  p50 %.1f ms  p95 %.1f ms  (%d runs; sign-in not "
                    "counted; budget <= 100 ms)\n",
                    p.p50, p.p95, runs);
        std::fflush(stdout);

        auto session = Session::forReplica(*replica.value());
        if (!session.ok())
            fail(session.error().message);
        const QString patient = [&] {
            auto s = replica.value()->database().prepare("SELECT id FROM patient ORDER BY id LIMIT 1");
            if (!s.ok())
                return QString();
            auto row = s->step();
            return row.ok() && row.value() ? s->columnText(0) : QString();
        }();
        if (patient.isEmpty())
            fail(QStringLiteral("no patient in the replica"));
        for (int i = 0; i < kLocalChanges; ++i) {
            const QJsonObject note =
                codec::toJson(TestDocuments::note(patient, kUser, QStringLiteral("Benchmark note %1.").arg(i)));
            if (Status s = RecordEditor::create(session.value(), QStringLiteral("clinical_note"), note); !s.ok())
                fail(s.error().message);
        }
        const auto start = Clock::now();
        auto pushed = engine.run({});
        const double pushMs = msSince(start);
        if (!pushed.ok())
            fail(pushed.error().message);
        std::printf("sync of %d local changes (push + pull back) %7.1f ms  (%d applied, %lld pulled, %lld skipped)\n",
                    kLocalChanges, pushMs, pushed->pushed.applied, pushed->pulled, pushed->skipped);
        std::fflush(stdout);
    }
    g_startedServerDir.clear();
    runServer({QStringLiteral("stop"), QStringLiteral("--dir"), dir});
    return 0;
}
