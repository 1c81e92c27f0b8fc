#pragma once
// BenchSupport: the reference-cohort replica every benchmark shares, and percentile figures.
// Environment: NOVAMIND_BENCH_PATIENTS (default 5000), NOVAMIND_BENCH_DIR (reuses a seeded replica there).

#include "models/cohort/DemoCohort.h"
#include "storage/CohortImporter.h"
#include "storage/Replica.h"
#include "storage/Session.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace novamind::bench {

struct Stats
{
    double p50 = 0;
    double p95 = 0;
    double max = 0;
};

inline Stats statsOf(std::vector<double> ms)
{
    if (ms.empty())
        return {};
    std::sort(ms.begin(), ms.end());
    return Stats{ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)], ms.back()};
}

inline Stats measure(int runs, const std::function<void(int)> &body)
{
    std::vector<double> ms;
    ms.reserve(static_cast<size_t>(runs));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        body(i);
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    return statsOf(std::move(ms));
}

struct ReferenceReplica
{
    QString dir;
    QString path;
    QString plainPath; // a plain-SQLite copy, made when the replica is seeded
    QString user = QStringLiteral("bench.psychiatrist");
    QByteArray passphrase = "benchmark passphrase";
    int patients = 5000;
};

inline ReferenceReplica referenceReplica()
{
    ReferenceReplica r;
    if (qEnvironmentVariableIsSet("NOVAMIND_BENCH_PATIENTS"))
        r.patients = qEnvironmentVariableIntValue("NOVAMIND_BENCH_PATIENTS");
    r.dir = qEnvironmentVariableIsSet("NOVAMIND_BENCH_DIR")
                ? qEnvironmentVariable("NOVAMIND_BENCH_DIR")
                : QDir::currentPath() + QStringLiteral("/bench-data-%1").arg(r.patients);
    QDir().mkpath(r.dir);
    r.path = r.dir + QStringLiteral("/replica.db");
    r.plainPath = r.dir + QStringLiteral("/plain.db");
    return r;
}

// Seeds the reference cohort (seed 7, 500 daily states per patient) unless the replica already exists.
inline void seedIfMissing(const ReferenceReplica &r)
{
    if (QFileInfo::exists(r.path))
        return;
    auto created = Replica::create(r.path, r.user, r.passphrase, Role::Psychiatrist, Replica::Options{});
    if (!created.ok())
        qFatal("create: %s", qPrintable(created.error().message));
    auto session = Session::forReplica(*created.value());
    CohortParameters params;
    params.patients = r.patients;
    params.seed = 7;
    params.clinicianId = r.user;
    const DemoCohort cohort(params);
    session->organizationId = cohort.organization().id;
    auto imported = CohortImporter::import(session.value(), cohort, r.patients);
    if (!imported.ok())
        qFatal("seed: %s", qPrintable(imported.error().message));
    std::printf("seed-demo %d patients x %d states: %lld rows in %.1f s (%.0f rows/s; budget <= 120 s)\n", r.patients,
                params.statesPerPatient, imported->rows, imported->seconds,
                static_cast<double>(imported->rows) / imported->seconds);
    QFile::remove(r.plainPath);
    if (Status s = created.value()->database().exportUnencryptedForBenchmark(r.plainPath); !s.ok())
        qFatal("export: %s", qPrintable(s.error().detail));
}

} // namespace novamind::bench
