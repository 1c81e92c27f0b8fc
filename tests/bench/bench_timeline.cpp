// Twin timeline: load (repository → TimelineData), draw (setData + one render at 1280×800) and both, for 10 years
// of daily states (3,650 × 15 series) and for 100,000 states. Budgets (DESIGN.md): 3,650 ≤ 100 ms, 100k ≤ 150 ms.
// Runs offscreen (QT_QPA_PLATFORM=offscreen is set by ctest); the replicas live in a temporary directory.
#include "../gui/timeline/TimelineFixture.h"
#include "models/timeline/TimelineData.h"
#include "storage/ClinicalRepository.h"
#include "storage/KeyVault.h"
#include "storage/UnitOfWork.h"
#include "ui/timeline/TimelineView.h"

#include <QApplication>
#include <QChart>
#include <QElapsedTimer>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QTemporaryDir>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <functional>

using namespace novamind;

namespace {

struct Stats
{
    double p50 = 0;
    double p95 = 0;
};

Stats measure(int runs, const std::function<void()> &body)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        body();
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return Stats{ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)]};
}

struct Case
{
    int states = 0;
    test::TimelineReplica replica;
};

QImage g_image(1280, 800, QImage::Format_ARGB32_Premultiplied);

TimelineData load(Case &c)
{
    auto data = TimelineView::load(c.replica.session, c.replica.patientId);
    if (!data.ok())
        qFatal("load: %s", qPrintable(data.error().message));
    return std::move(data.value());
}

// setData, let the layout settle (plot areas, re-decimation), then paint the whole screen once.
void draw(TimelineView &view, TimelineData data)
{
    view.setData(std::move(data));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QPainter painter(&g_image);
    view.render(&painter);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);

    QTemporaryDir dir;
    Replica::Options options;
    options.kdf = KeyVault::KdfParams{quint64(1) << 14, 8, 1}; // unlocking is not what this measures
    std::vector<std::unique_ptr<Case>> cases;
    for (int states : {3650, 100000}) {
        QElapsedTimer t;
        t.start();
        auto fx =
            test::makeTimelineReplica(dir.filePath(QStringLiteral("timeline-%1.db").arg(states)), states, options);
        if (!fx.ok())
            qFatal("replica: %s", qPrintable(fx.error().message));
        auto c = std::make_unique<Case>();
        c->states = states;
        c->replica = std::move(fx.value());
        std::printf("replica with %d daily states written in %.1f s\n", states, t.nsecsElapsed() / 1e9);
        cases.push_back(std::move(c));
    }

    TimelineView view;
    view.resize(1280, 800);
    view.show();
    QCoreApplication::processEvents();
    view.setMedications(cases.front()->replica.medications);

    for (auto &c : cases) {
        Case *cp = c.get();
        const std::string n = std::to_string(cp->states);
        benchmark::RegisterBenchmark(("timeline_load/" + n).c_str(), [cp](benchmark::State &s) {
            for (auto _ : s)
                benchmark::DoNotOptimize(load(*cp));
        })->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("timeline_draw/" + n).c_str(), [cp, &view](benchmark::State &s) {
            const TimelineData data = load(*cp);
            for (auto _ : s)
                draw(view, data); // the copy shares the point lists: no deep copy is timed
        })->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("timeline_load_and_draw/" + n).c_str(), [cp, &view](benchmark::State &s) {
            for (auto _ : s)
                draw(view, load(*cp));
        })->Unit(benchmark::kMillisecond);
    }
    benchmark::RunSpecifiedBenchmarks();

    // One line a figure, with the budget it is held to.
    for (auto &c : cases) {
        const char *budget = c->states <= 3650 ? "(budget load + draw <= 100 ms)" : "(budget load + draw <= 150 ms)";
        TimelineData data = load(*c);
        draw(view, data);
        const Stats l = measure(20, [&] { benchmark::DoNotOptimize(load(*c)); });
        const Stats d = measure(20, [&] { draw(view, data); });
        const Stats b = measure(20, [&] { draw(view, load(*c)); });
        int drawn = 0;
        if (QChart *chart = view.chart(TimelinePanel::Symptom))
            for (QAbstractSeries *s : chart->series())
                if (s->objectName() == QStringLiteral("symptom.depression"))
                    drawn = static_cast<QLineSeries *>(s)->count();
        std::printf("timeline %6d states x %zu series  load p50 %7.2f ms  p95 %7.2f ms\n", c->states,
                    data.series.size(), l.p50, l.p95);
        std::printf("timeline %6d states x %zu series  draw p50 %7.2f ms  p95 %7.2f ms  (%d points per series drawn)\n",
                    c->states, data.series.size(), d.p50, d.p95, drawn);
        // Where the time goes: the repository read alone, the mapping alone, and the three steps of drawing.
        // The lean column read TimelineView::load uses, the full-object read it replaced, the bare SQLite scan of the
        // same rows (decryption and stepping, nothing mapped), and the mapping of columns to series.
        const QDateTime all0(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
        const QDateTime all1(QDate(9999, 1, 1), QTime(0, 0), Qt::UTC);
        TwinStateColumns columns;
        const Stats repo = measure(5, [&] {
            (void)UnitOfWork::perform(c->replica.session, [&](UnitOfWork &uow) {
                auto r = ClinicalRepository::timelineSeries(uow, c->replica.patientId, all0, all1);
                if (r.ok())
                    columns = std::move(r.value());
                return r;
            });
        });
        const Stats objects = measure(3, [&] {
            (void)UnitOfWork::perform(c->replica.session, [&](UnitOfWork &uow) {
                return ClinicalRepository::timeline(uow, c->replica.patientId, all0, all1);
            });
        });
        const Stats scan = measure(5, [&] {
            auto stmt = c->replica.session.db->prepare(
                "SELECT count(*), sum(depression), sum(acetylcholine), sum(suicide_risk) FROM twin_state"
                " WHERE patient_id = ?");
            if (stmt.ok()) {
                stmt->bind(1, c->replica.patientId);
                benchmark::DoNotOptimize(stmt->step().ok());
            }
        });
        const Stats mapping = measure(5, [&] { benchmark::DoNotOptimize(TimelineMapping::fromColumns(columns)); });
        double setDataMs = 0, settleMs = 0, renderMs = 0;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            view.setData(data);
            setDataMs += t.nsecsElapsed() / 5e6;
            t.restart();
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            settleMs += t.nsecsElapsed() / 5e6;
            t.restart();
            QPainter painter(&g_image);
            view.render(&painter);
            renderMs += t.nsecsElapsed() / 5e6;
        }
        // A zoom: every panel re-decimates the visible range and repaints.
        view.setData(data);
        QCoreApplication::processEvents();
        const auto [from, to] = view.visibleRange();
        double zoomSetMs = 0, zoomSettleMs = 0;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            view.setVisibleRange(from + (to - from) * (0.1 + 0.05 * i), to - (to - from) * 0.3);
            zoomSetMs += t.nsecsElapsed() / 5e6;
            t.restart();
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            QPainter painter(&g_image);
            view.render(&painter);
            zoomSettleMs += t.nsecsElapsed() / 5e6;
        }
        view.resetZoom();
        std::printf("timeline %6d states  zoom: re-decimate %7.2f ms, layout + render %7.2f ms (means)\n", c->states,
                    zoomSetMs, zoomSettleMs);
        std::printf("timeline %6d states  of load: repository read (columns) p50 %7.2f ms, mapping to series p50 "
                    "%7.2f ms\n",
                    c->states, repo.p50, mapping.p50);
        std::printf("timeline %6d states  reads: bare SQLite scan of the rows p50 %7.2f ms, full objects (timeline()) "
                    "p50 %7.2f ms\n",
                    c->states, scan.p50, objects.p50);
        std::printf("timeline %6d states  of draw: setData %7.2f ms, layout %7.2f ms, render %7.2f ms (means)\n",
                    c->states, setDataMs, settleMs, renderMs);
        std::printf("timeline %6d states x %zu series  load + draw p50 %7.2f ms  p95 %7.2f ms  %s\n", c->states,
                    data.series.size(), b.p50, b.p95, budget);
        std::fflush(stdout);
    }
    view.clear();
    return 0;
}
