// novamind-syncd over loopback with at least a million documents: seeding, the initial sync through the changes
// feed, push throughput, a no-op incremental sync and the token endpoint. Its own server (scripts/run-server) under
// the build directory, reused between runs once seeded, stopped at the end. Figures only; nothing is asserted.
// Environment: NOVAMIND_BENCH_SERVER_DIR (default <build>/tests/bench/bench-server),
// NOVAMIND_BENCH_SERVER_PATIENTS (2000), NOVAMIND_BENCH_SERVER_STATES (500 per patient), NOVAMIND_SYNCD.
#include "BenchServer.h"
#include "HttpClient.h"
#include "ServerEnv.h"
#include "SyncdAdmin.h"
#include "server/db/PgConnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QUuid>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>
#include <utility>
#include <vector>

using namespace novamind;
using namespace novamind::test;
using namespace novamind::bench;

namespace {

using Clock = std::chrono::steady_clock;

const QString kUser = QStringLiteral("bench.psychiatrist");          // in care of every seeded patient
const QString kOnePatientUser = QStringLiteral("bench.one-patient"); // in care of one: the push figure without caseload
const QString kOrganization = QStringLiteral("bench-org");
// A throwaway server on 127.0.0.1 whose data is synthetic: a fixed password lets a later run reuse the seeding.
const QByteArray kPassword = "bench-server-password";
constexpr int kFeedPageSize = 5000;
constexpr int kNoOpRequests = 200;
constexpr int kPushBatches = 50;
constexpr int kNotesPerBatch = 100;
constexpr int kSignIns = 10;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Percentiles
{
    double p50 = 0;
    double p95 = 0;
    double max = 0;
};

Percentiles percentiles(std::vector<double> ms)
{
    if (ms.empty())
        return {};
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)], ms.back()};
}

qint64 count(server::PgConnection &db, const char *sql)
{
    auto rows = db.exec(sql);
    if (!rows.ok())
        fail(rows.error().detail);
    return rows->int64(0, 0);
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// CPU seconds (user + system) a process has used, from /proc/<pid>/stat; 0 when it is gone.
double cpuSecondsOf(const QString &pid, qint64 *parent = nullptr)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = file.readAll();
    // The fields after the command name, which is in parentheses and may hold spaces: state, ppid, ...
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (parent)
        *parent = fields.value(1).toLongLong();
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

// Where the CPU time of a phase goes: this client, novamind-syncd, and PostgreSQL (the postmaster and its
// backends), so that each figure says which side bounded it.
class CpuSplit
{
public:
    explicit CpuSplit(const QString &serverDir)
    {
        QFile syncd(serverDir + QStringLiteral("/syncd.pid"));
        if (syncd.open(QIODevice::ReadOnly))
            m_syncd = QString::fromLatin1(syncd.readAll().trimmed());
        QFile postmaster(serverDir + QStringLiteral("/pg/postmaster.pid"));
        if (postmaster.open(QIODevice::ReadOnly))
            m_postmaster = postmaster.readLine().trimmed().toLongLong();
    }
    void start() { m_begin = sample(); }
    // "client 1.2 s, novamind-syncd 3.4 s, PostgreSQL 5.6 s of 7.8 s wall"
    QString report() const
    {
        const Sample end = sample();
        return QStringLiteral("client %1 s, novamind-syncd %2 s, PostgreSQL %3 s of %4 s wall")
            .arg(end.client - m_begin.client, 0, 'f', 1)
            .arg(end.syncd - m_begin.syncd, 0, 'f', 1)
            .arg(end.postgres - m_begin.postgres, 0, 'f', 1)
            .arg(std::chrono::duration<double>(end.wall - m_begin.wall).count(), 0, 'f', 1);
    }

private:
    struct Sample
    {
        Clock::time_point wall;
        double client = 0, syncd = 0, postgres = 0;
    };
    Sample sample() const
    {
        Sample s;
        s.wall = Clock::now();
        rusage self{};
        getrusage(RUSAGE_SELF, &self);
        s.client = double(self.ru_utime.tv_sec + self.ru_stime.tv_sec) +
                   double(self.ru_utime.tv_usec + self.ru_stime.tv_usec) / 1e6;
        if (!m_syncd.isEmpty())
            s.syncd = cpuSecondsOf(m_syncd);
        // Backends stay connected in the server's pool, so their counters cover the whole phase.
        if (m_postmaster > 0) {
            s.postgres = cpuSecondsOf(QString::number(m_postmaster));
            const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
            for (const QString &pid : pids) {
                qint64 parent = 0;
                const double seconds = cpuSecondsOf(pid, &parent);
                if (parent == m_postmaster)
                    s.postgres += seconds;
            }
        }
        return s;
    }
    QString m_syncd;
    qint64 m_postmaster = 0;
    Sample m_begin;
};

QByteArray signIn(HttpClient &http, double *ms, const QString &user = kUser)
{
    const auto start = Clock::now();
    const HttpResponse r =
        http.postForm("/v1/auth/token", {{QStringLiteral("grant_type"), QStringLiteral("password")},
                                         {QStringLiteral("username"), user},
                                         {QStringLiteral("password"), QString::fromUtf8(kPassword)}});
    if (ms)
        *ms = msSince(start);
    const QByteArray token = r.json().value(QLatin1String("access_token")).toString().toUtf8();
    if (r.status != 200 || token.isEmpty())
        fail(QStringLiteral("sign-in failed: ") + r.describe());
    return token;
}

void benchTokenEndpoint(HttpClient &http)
{
    std::vector<double> ms;
    for (int i = 0; i < kSignIns; ++i) {
        double one = 0;
        (void)signIn(http, &one);
        ms.push_back(one);
    }
    const Percentiles p = percentiles(ms);
    std::printf("token endpoint (scrypt N=2^17, r=8, p=1) p50 %.1f ms  p95 %.1f ms  (%d sign-ins, one at a time)\n",
                p.p50, p.p95, kSignIns);
    std::fflush(stdout);
}

// The initial sync of one client: every change from cursor 0, pages of 5000, each page parsed as a client does
// (the JSON document, then every change's fields and its data object). Returns the final cursor.
QString benchFullSync(HttpClient &http, const QByteArray &token, CpuSplit &cpu)
{
    QString cursor = QStringLiteral("0");
    qint64 records = 0, bytes = 0, pages = 0, checksum = 0;
    std::vector<double> fetchMs, parseMs;
    cpu.start();
    const auto start = Clock::now();
    for (bool more = true; more;) {
        const auto fetchStart = Clock::now();
        const HttpResponse r =
            http.get("/v1/changes?since=" + cursor.toUtf8() + "&limit=" + QByteArray::number(kFeedPageSize), token);
        fetchMs.push_back(msSince(fetchStart));
        if (r.status != 200)
            fail(QStringLiteral("changes page answered ") + r.describe());
        const auto parseStart = Clock::now();
        const QJsonObject page = QJsonDocument::fromJson(r.body).object();
        const QJsonArray changes = page.value(QLatin1String("changes")).toArray();
        for (const QJsonValue &value : changes) {
            const QJsonObject change = value.toObject();
            checksum +=
                change.value(QLatin1String("seq")).toInteger() + change.value(QLatin1String("version")).toInteger();
            checksum += change.value(QLatin1String("entity")).toString().size() +
                        change.value(QLatin1String("id")).toString().size();
            checksum += change.value(QLatin1String("data")).toObject().size();
        }
        cursor = page.value(QLatin1String("cursor")).toString();
        more = page.value(QLatin1String("has_more")).toBool();
        parseMs.push_back(msSince(parseStart));
        records += changes.size();
        bytes += r.body.size();
        ++pages;
    }
    const double totalMs = msSince(start);
    double parseTotal = 0;
    for (double ms : parseMs)
        parseTotal += ms;
    const Percentiles fetch = percentiles(fetchMs);
    const Percentiles parse = percentiles(parseMs);
    std::printf("changes feed, initial sync of one client  %9.0f records/s  (%lld records in %.1f s, %lld pages of "
                "%d, %.0f MB of JSON; budget >= 50k/s includes the replica's apply, not measured here)\n",
                double(records) / (totalMs / 1000.0), records, totalMs / 1000.0, pages, kFeedPageSize,
                double(bytes) / 1e6);
    std::printf("changes feed, one page of %d: request p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms; client "
                "parse p50 %6.1f ms (%.0f%% of the sync)\n",
                kFeedPageSize, fetch.p50, fetch.p95, fetch.max, parse.p50, 100.0 * parseTotal / totalMs);
    std::printf("changes feed, CPU of the initial sync     %s\n", qUtf8Printable(cpu.report()));
    std::printf("client peak RSS during the initial sync   %9.0f MB  (checksum %lld)\n", peakRssMb(), checksum);
    std::fflush(stdout);
    return cursor;
}

void benchNoOp(HttpClient &http, const QByteArray &token, const QString &cursor)
{
    std::vector<double> ms;
    for (int i = 0; i < kNoOpRequests; ++i) {
        const auto start = Clock::now();
        const HttpResponse r =
            http.get("/v1/changes?since=" + cursor.toUtf8() + "&limit=" + QByteArray::number(kFeedPageSize), token);
        ms.push_back(msSince(start));
        if (r.status != 200 || !r.json().value(QLatin1String("changes")).toArray().isEmpty())
            fail(QStringLiteral("a no-op changes request answered ") + r.describe());
    }
    const Percentiles p = percentiles(ms);
    std::printf("no-op changes request (cursor at head)    p50 %.2f ms  p95 %.2f ms  (%d requests; budget: no-op "
                "incremental sync <= 100 ms)\n",
                p.p50, p.p95, kNoOpRequests);
    std::fflush(stdout);
}

// `caseload`: how many patients the caller is in care of (row-level security evaluates that set per statement).
void benchPush(HttpClient &http, const QString &user, int caseload, const QString &patientId, CpuSplit &cpu)
{
    const QByteArray token = signIn(http, nullptr, user);
    std::vector<double> ms;
    qint64 applied = 0;
    cpu.start();
    const auto start = Clock::now();
    for (int b = 0; b < kPushBatches; ++b) {
        QJsonArray mutations;
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        for (int i = 0; i < kNotesPerBatch; ++i) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QJsonObject note{
                {QStringLiteral("id"), id},
                {QStringLiteral("patient_id"), patientId},
                {QStringLiteral("author_id"), user},
                {QStringLiteral("created_at"), now},
                {QStringLiteral("kind"), QStringLiteral("progress")},
                {QStringLiteral("title"), QStringLiteral("Benchmark note")},
                {QStringLiteral("body"), QStringLiteral("Synthetic note %1 of batch %2.").arg(i).arg(b)}};
            mutations.append(QJsonObject{{QStringLiteral("idempotency_key"), QString(QStringLiteral("bench-") + id)},
                                         {QStringLiteral("entity"), QStringLiteral("clinical_note")},
                                         {QStringLiteral("id"), id},
                                         {QStringLiteral("base_version"), 0},
                                         {QStringLiteral("op"), QStringLiteral("create")},
                                         {QStringLiteral("data"), note}});
        }
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("mutations"), mutations}}).toJson(QJsonDocument::Compact);
        const auto batchStart = Clock::now();
        const HttpResponse r = http.postJson("/v1/push", body, token);
        ms.push_back(msSince(batchStart));
        if (r.status != 200)
            fail(QStringLiteral("push answered ") + r.describe());
        for (const QJsonValue &result : r.json().value(QLatin1String("results")).toArray())
            applied += result.toObject().value(QLatin1String("status")).toString() == QLatin1String("applied");
    }
    const double totalMs = msSince(start);
    const Percentiles p = percentiles(ms);
    std::printf("push, batches of %d notes, caller in care of %d patient(s) %9.0f mutations/s  (%lld applied in %d "
                "batches; batch p50 %.1f ms  p95 %.1f ms; CPU: %s)\n",
                kNotesPerBatch, caseload, double(applied) / (totalMs / 1000.0), applied, kPushBatches, p.p50, p.p95,
                qUtf8Printable(cpu.report()));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    g_benchName = "bench_server";
    QCoreApplication app(argc, argv);
    const int patients = intSetting("NOVAMIND_BENCH_SERVER_PATIENTS", 2000);
    const int states = intSetting("NOVAMIND_BENCH_SERVER_STATES", 500);
    const QString dir = qEnvironmentVariableIsSet("NOVAMIND_BENCH_SERVER_DIR")
                            ? qEnvironmentVariable("NOVAMIND_BENCH_SERVER_DIR")
                            : QStringLiteral(NOVAMIND_BENCH_SERVER_DIR);
    OwnServer server = startOwnServer(dir, QStringLiteral("bench-seeded"), patients, states);
    const ServerEnv &env = server.env;
    auto owner = server::PgConnection::open(env.adminDbUrl);
    if (!owner.ok())
        fail(owner.error().message);

    if (!server.reused) {
        const Status added = SyncdAdmin(env).addUser(kUser, QStringLiteral("psychiatrist"), kOrganization, kPassword);
        if (!added.ok())
            fail(added.error().message);
        const auto start = Clock::now();
        const QJsonObject summary = seedDemo(env, patients, states, 7, kUser);
        const double seconds = msSince(start) / 1000.0;
        const qint64 documents = summary.value(QLatin1String("documents")).toInteger();
        std::printf("seed-demo %d patients x %d states        %9.0f documents/s  (%lld documents in %.1f s)\n",
                    patients, states, double(documents) / seconds, documents, seconds);
        // VACUUM ANALYZE, as autovacuum would do soon after a bulk load: the feed's plans rely on the statistics.
        if (Status s = owner.value()->run("VACUUM ANALYZE"); !s.ok())
            fail(s.error().detail);
        server.markSeeded();
    }
    // The one-patient user is added on first use, so that a server seeded before it existed is still reused.
    auto patientRow = owner.value()->exec("SELECT id FROM document WHERE entity = 'patient' ORDER BY id LIMIT 1");
    if (!patientRow.ok() || patientRow->rows() != 1)
        fail(QStringLiteral("no patient to push notes for"));
    const QString patient = patientRow->text(0, 0);
    if (count(*owner.value(), "SELECT count(*) FROM app_user WHERE id = 'bench.one-patient'") == 0) {
        const SyncdAdmin admin(env);
        const Status added = admin.addUser(kOnePatientUser, QStringLiteral("clinician"), kOrganization, kPassword);
        const Status related = added.ok() ? admin.addRelationship(kOnePatientUser, patient) : added;
        if (!related.ok())
            fail(related.error().message);
    }
    std::printf("server holds %lld documents, %lld change-log entries\n",
                count(*owner.value(), "SELECT count(*) FROM document"),
                count(*owner.value(), "SELECT count(*) FROM change_log"));
    std::fflush(stdout);

    {
        HttpClient http(env.serverUrl, env.caFile, 600000);
        const QByteArray token = signIn(http, nullptr);
        CpuSplit cpu(dir);
        const QString cursor = benchFullSync(http, token, cpu);
        benchNoOp(http, token, cursor);
        benchPush(http, kUser, patients, patient, cpu);
        benchPush(http, kOnePatientUser, 1, patient, cpu);
        benchTokenEndpoint(http);
    }
    owner.value().reset();
    g_startedServerDir.clear();
    runServer({QStringLiteral("stop"), QStringLiteral("--dir"), dir});
    return 0;
}
