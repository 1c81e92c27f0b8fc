// Replica queries at the reference cohort (DESIGN.md): seeding time, patient search per keystroke, timeline and
// as-of queries, each on the encrypted replica and on a plain-SQLite copy of it in the same run.
// Environment: see BenchSupport.h.
#include "BenchSupport.h"
#include "storage/ClinicalRepository.h"
#include "storage/PatientRepository.h"
#include "storage/Replica.h"
#include "storage/Session.h"
#include "storage/UnitOfWork.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace novamind;

using bench::measure;
using bench::Stats;

namespace {

void line(const char *figure, const Stats &enc, const Stats &plain, const char *budget)
{
    std::printf("%-28s p50 %7.2f ms  p95 %7.2f ms (plain SQLite p50 %7.2f ms  p95 %7.2f ms)  ratio p95 %.2fx  %s\n",
                figure, enc.p50, enc.p95, plain.p50, plain.p95, plain.p95 > 0 ? enc.p95 / plain.p95 : 0.0, budget);
    std::fflush(stdout);
}

struct Workload
{
    std::vector<QString> prefixes;   // keystrokes: growing prefixes of family names
    std::vector<QString> patientIds; // for timeline and as-of
    std::vector<QDateTime> instants;
};

Workload makeWorkload(Session &s)
{
    Workload w;
    std::vector<PatientSummary> all;
    (void)UnitOfWork::run(s, [&](UnitOfWork &uow) -> Status {
        auto r = PatientRepository::search(uow, {});
        if (r.ok())
            all = std::move(r.value());
        return {};
    });
    auto *rng = QRandomGenerator::global();
    for (int i = 0; i < 50 && !all.empty(); ++i) {
        const QString name = all[rng->bounded(static_cast<int>(all.size()))].displayName;
        for (int len = 1; len <= std::min<int>(4, static_cast<int>(name.size())); ++len)
            w.prefixes.push_back(name.left(len));
    }
    for (int i = 0; i < 200 && !all.empty(); ++i) {
        w.patientIds.push_back(all[rng->bounded(static_cast<int>(all.size()))].id);
        w.instants.push_back(QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC).addDays(rng->bounded(500)));
    }
    return w;
}

struct Figures
{
    Stats search, searchUncommitted, timeline, asOf;
    qint64 timelineRows = 0;
};

Figures run(Session &s, const Workload &w)
{
    Figures f;
    f.search = measure(static_cast<int>(w.prefixes.size()), [&](int i) {
        PatientQuery q;
        q.text = w.prefixes[static_cast<size_t>(i)];
        q.limit = 200; // the first screenful; the list fetches more as it scrolls
        (void)UnitOfWork::run(
            s, [&](UnitOfWork &uow) -> Status { return PatientRepository::search(uow, q).ok() ? Status() : Error(); });
    });
    // The same keystrokes rolled back: the query and the audit insert without the durable commit.
    f.searchUncommitted = measure(static_cast<int>(w.prefixes.size()), [&](int i) {
        PatientQuery q;
        q.text = w.prefixes[static_cast<size_t>(i)];
        q.limit = 200;
        auto uow = UnitOfWork::begin(s);
        if (uow.ok()) {
            (void)PatientRepository::search(uow.value(), q);
            uow->rollback();
        }
    });
    f.timeline = measure(static_cast<int>(w.patientIds.size()), [&](int i) {
        (void)UnitOfWork::run(s, [&](UnitOfWork &uow) -> Status {
            auto r = ClinicalRepository::timeline(uow, w.patientIds[static_cast<size_t>(i)],
                                                  QDateTime::fromSecsSinceEpoch(0, Qt::UTC),
                                                  QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC));
            if (r.ok())
                f.timelineRows += static_cast<qint64>(r->size());
            return {};
        });
    });
    f.asOf = measure(static_cast<int>(w.patientIds.size()), [&](int i) {
        (void)UnitOfWork::run(s, [&](UnitOfWork &uow) -> Status {
            return ClinicalRepository::stateAsOf(uow, w.patientIds[static_cast<size_t>(i)],
                                                 w.instants[static_cast<size_t>(i)])
                           .ok()
                       ? Status()
                       : Error();
        });
    });
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bench::ReferenceReplica ref = bench::referenceReplica();
    bench::seedIfMissing(ref);
    const QString &path = ref.path;
    const QString &plainPath = ref.plainPath;
    std::printf("database file: encrypted %.0f MB, plain %.0f MB\n", QFileInfo(path).size() / 1e6,
                QFileInfo(plainPath).size() / 1e6);

    auto replica = Replica::open(path, ref.user, ref.passphrase, {});
    if (!replica.ok())
        qFatal("open: %s", qPrintable(replica.error().message));
    auto session = Session::forReplica(*replica.value());
    auto plainDb = Database::openUnencryptedForBenchmark(plainPath, {});
    if (!plainDb.ok())
        qFatal("open plain copy: %s", qPrintable(plainDb.error().detail));
    Session plain = session.value();
    plain.db = &plainDb.value();

    const Workload w = makeWorkload(session.value());
    (void)run(session.value(), w); // warm both page caches, as a running app has them
    (void)run(plain, w);
    const Figures enc = run(session.value(), w);
    const Figures pl = run(plain, w);
    line("search per keystroke", enc.search, pl.search, "(budget p95 <= 16 ms)");
    line("  of which without commit", enc.searchUncommitted, pl.searchUncommitted, "(query + audit insert)");
    line("timeline, one patient", enc.timeline, pl.timeline, "(states per query: all of one patient)");
    line("twin state as of instant", enc.asOf, pl.asOf, "");
    std::printf("timeline rows per query: %lld\n", enc.timelineRows / static_cast<qint64>(w.patientIds.size()));
    return 0;
}
