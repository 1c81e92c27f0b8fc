// Applying the initial sync's feed to a fresh replica (ChangeApplier, no server): records/s and peak RSS, on the
// encrypted replica and on a plain-SQLite one with the same schema.
// Environment: NOVAMIND_BENCH_APPLY_PATIENTS (default 200), NOVAMIND_BENCH_APPLY_STATES (states per patient, 500).
#include "TestSupport.h"
#include "models/codecs/JsonCodec.h"
#include "models/cohort/DemoCohort.h"
#include "storage/Database.h"
#include "storage/Replica.h"
#include "storage/sync/ChangeApplier.h"
#include "storage/sync/EntityTables.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace novamind;

namespace {

constexpr int kPageSize = 5000; // the server's largest page

struct Figures
{
    qint64 records = 0;
    qint64 pages = 0;
    double applySeconds = 0;    // inside ChangeApplier::apply only
    double applyCpuSeconds = 0; // the same in this thread's CPU time (stable while other work shares the cores)
    double generateSeconds = 0; // building the pages in codec form (the server's and the parser's share)
    double decodeSeconds = 0;   // decoding the same documents once more, alone: the codec's share of apply
};

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

// Feeds the cohort page by page, in the feed's order (parents before children), timing apply() alone.
Figures run(Database &db, const DemoCohort &cohort)
{
    Figures f;
    ChangeApplier applier(db, QStringLiteral("bench.psychiatrist"));
    sync::ChangePage page;
    page.serverId = QStringLiteral("bench-server");
    qint64 seq = 0;
    QElapsedTimer generate;
    generate.start();
    const auto flush = [&] {
        f.generateSeconds += static_cast<double>(generate.nsecsElapsed()) / 1e9;
        page.cursor = seq;
        QElapsedTimer d;
        d.start();
        for (const sync::Change &c : page.changes)
            (void)EntityTables::decode(c.entity, c.data);
        f.decodeSeconds += static_cast<double>(d.nsecsElapsed()) / 1e9;
        QElapsedTimer t;
        t.start();
        const double cpu = threadCpuSeconds();
        auto applied = applier.apply(page);
        f.applyCpuSeconds += threadCpuSeconds() - cpu;
        f.applySeconds += static_cast<double>(t.nsecsElapsed()) / 1e9;
        if (!applied.ok())
            qFatal("apply: %s", qPrintable(applied.error().detail));
        f.records += static_cast<qint64>(page.changes.size());
        ++f.pages;
        page.changes.clear();
        generate.restart();
    };
    const auto add = [&](const char *entity, const auto &value) {
        sync::Change c;
        c.seq = ++seq;
        c.entity = QString::fromLatin1(entity);
        c.id = value.id;
        c.version = 1;
        c.data = codec::toJson(value);
        page.changes.push_back(std::move(c));
        if (static_cast<int>(page.changes.size()) == kPageSize)
            flush();
    };
    add("organization", cohort.organization());
    Clinician me;
    me.id = QStringLiteral("bench.psychiatrist");
    me.givenName = QStringLiteral("Bench");
    me.familyName = QStringLiteral("Psychiatrist");
    me.role = QStringLiteral("psychiatrist");
    me.organizationId = cohort.organization().id;
    add("clinician", me);
    for (int i = 0; i < cohort.size(); ++i) {
        const PatientBundle b = cohort.generate(i);
        add("patient", b.patient);
        add("clinical_relationship", b.relationship);
        for (const auto &x : b.diagnoses)
            add("diagnosis", x);
        for (const auto &x : b.medications)
            add("medication", x);
        for (const auto &x : b.treatments)
            add("treatment", x);
        for (const auto &x : b.assessments)
            add("assessment", x);
        for (const auto &x : b.notes)
            add("clinical_note", x);
        add("digital_twin", b.twin);
        for (const auto &x : b.states)
            add("twin_state", x);
        for (const auto &x : b.predictions)
            add("twin_prediction", x);
    }
    if (!page.changes.empty())
        flush();
    return f;
}

void report(const char *label, const Figures &f)
{
    std::printf("%-22s %8lld records in %4lld pages: apply %6.2f s = %8.0f records/s (%5.2f us/record);"
                " CPU %5.2f us/record, of which decoding ~%5.2f us; page building %5.2f s; peak RSS so far %ld MiB\n",
                label, f.records, f.pages, f.applySeconds, f.records / f.applySeconds,
                1e6 * f.applySeconds / static_cast<double>(f.records),
                1e6 * f.applyCpuSeconds / static_cast<double>(f.records),
                1e6 * f.decodeSeconds / static_cast<double>(f.records), f.generateSeconds, peakRssMiB());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    CohortParameters params;
    params.patients = envInt("NOVAMIND_BENCH_APPLY_PATIENTS", 200);
    params.statesPerPatient = envInt("NOVAMIND_BENCH_APPLY_STATES", 500);
    params.seed = 11;
    params.clinicianId = QStringLiteral("bench.psychiatrist");
    const DemoCohort cohort(params);
    QTemporaryDir dir;

    Figures encrypted;
    {
        auto replica = Replica::create(dir.filePath(QStringLiteral("replica.db")), QStringLiteral("bench.psychiatrist"),
                                       "benchmark passphrase", Role::Psychiatrist, test::cheapOptions());
        if (!replica.ok())
            qFatal("create: %s", qPrintable(replica.error().message));
        // The plain replica starts as a copy of the empty encrypted one: the same schema, migrations and settings.
        if (!replica.value()->database().exportUnencryptedForBenchmark(dir.filePath(QStringLiteral("plain.db"))).ok())
            qFatal("could not export the plain copy");
        encrypted = run(replica.value()->database(), cohort);
        report("encrypted replica", encrypted);
    }
    Figures plain;
    {
        auto db = Database::openUnencryptedForBenchmark(dir.filePath(QStringLiteral("plain.db")), {});
        if (!db.ok())
            qFatal("plain replica: %s", qPrintable(db.error().detail));
        plain = run(db.value(), cohort);
        report("plain SQLite", plain);
    }
    std::printf("ratio encrypted/plain apply time: %.2fx (budget: end to end > 50k records/s, apply <= ~8 us/record)\n",
                encrypted.applySeconds / plain.applySeconds);
    return 0;
}
