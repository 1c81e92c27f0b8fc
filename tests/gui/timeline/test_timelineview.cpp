// TimelineView: series on the right charts, markers at their dates, predictions, one shared x range through zooms,
// "as of" showing the whole state, decimation of long series, and clear() dropping everything.
#include "TestSupport.h"
#include "TimelineFixture.h"
#include "models/timeline/TwinStateModel.h"
#include "ui/timeline/TimelineChartView.h"
#include "ui/timeline/TimelineView.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QDateTimeEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace novamind;

namespace {

const char *const kCharts[] = {"symptomChart", "neuroChart", "functionChart", "riskChart"};

QAbstractSeries *seriesNamed(QChart *chart, const QString &name)
{
    for (QAbstractSeries *s : chart->series())
        if (s->name() == name)
            return s;
    return nullptr;
}

QStringList names(QChart *chart)
{
    QStringList out;
    for (QAbstractSeries *s : chart->series())
        out << s->name();
    return out;
}

QDateTimeAxis *xAxis(QChart *chart)
{
    return qobject_cast<QDateTimeAxis *>(chart->axes(Qt::Horizontal).value(0));
}

double ms(const QDateTime &t)
{
    return static_cast<double>(t.toMSecsSinceEpoch());
}

} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::TimelineReplica m_fx;
    std::unique_ptr<TimelineView> m_view;

    QChart *chart(const char *name) const
    {
        auto *view = m_view->findChild<QChartView *>(QString::fromLatin1(name));
        return view ? view->chart() : nullptr;
    }

    qint64 audits(const char *entity)
    {
        return m_fx.replica->database()
            .queryInt(std::string("SELECT count(*) FROM audit_log WHERE entity = '") + entity + "'")
            .value();
    }

    void verifySharedRange()
    {
        const QDateTimeAxis *first = xAxis(chart(kCharts[0]));
        QVERIFY(first);
        for (const char *name : kCharts) {
            const QDateTimeAxis *x = xAxis(chart(name));
            QVERIFY2(x, name);
            QCOMPARE(x->min(), first->min());
            QCOMPARE(x->max(), first->max());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto fx = test::makeTimelineReplica(m_dir.filePath(QStringLiteral("r.db")), 400, test::cheapOptions());
        QVERIFY2(fx.ok(), fx.ok() ? "" : qPrintable(fx.error().message));
        m_fx = std::move(fx.value());
    }

    void init()
    {
        m_view = std::make_unique<TimelineView>();
        m_view->resize(1280, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        const qint64 before = audits("twin_state");
        QVERIFY(m_view->showPatient(m_fx.session, m_fx.patientId).ok());
        m_view->setMedications(m_fx.medications);
        // Loading the timeline and the initial as-of state are audited reads.
        QCOMPARE(audits("twin_state"), before + 2);
        QTRY_VERIFY(chart("symptomChart")->plotArea().width() > 200);
    }

    void cleanup() { m_view.reset(); }

    void showsTheSeriesOnTheirCharts()
    {
        QCOMPARE(m_view->objectName(), QStringLiteral("timelineView"));
        for (const char *name : kCharts)
            QVERIFY2(chart(name), name);
        const QStringList symptom = names(chart("symptomChart"));
        for (const char *n : {"Depression", "Anxiety", "Anhedonia", "Insomnia"})
            QVERIFY2(symptom.contains(QString::fromLatin1(n)), n);
        QVERIFY(!symptom.contains(QStringLiteral("Serotonin")));
        const QStringList neuro = names(chart("neuroChart"));
        for (const char *n : {"Serotonin", "Dopamine", "Norepinephrine", "GABA", "Glutamate", "Acetylcholine"})
            QVERIFY2(neuro.contains(QString::fromLatin1(n)), n);
        const QStringList function = names(chart("functionChart"));
        for (const char *n : {"Global functioning", "Activity (%)", "Social engagement (%)", "Adherence (%)"})
            QVERIFY2(function.contains(QString::fromLatin1(n)), n);
        QVERIFY(names(chart("riskChart")).contains(QStringLiteral("Suicide risk")));

        // The drawn line holds the states' values (400 points fit the plot width undecimated).
        auto *depression =
            qobject_cast<QLineSeries *>(seriesNamed(chart("symptomChart"), QStringLiteral("Depression")));
        QVERIFY(depression);
        QCOMPARE(depression->count(), 400);
        const DigitalTwinState day123 = test::timelineState(m_fx.start, 123, m_fx.days);
        QCOMPARE(depression->at(123), QPointF(ms(day123.timestamp), day123.symptom.depression));
        // Risk level changes are marked in the risk level's colour.
        QVERIFY(seriesNamed(chart("riskChart"), QStringLiteral("Risk level: High")));
        if (qEnvironmentVariableIsSet("NOVAMIND_TIMELINE_SHOT")) { // a picture for review
            QTest::qWait(200);
            m_view->grab().save(qEnvironmentVariable("NOVAMIND_TIMELINE_SHOT"));
        }
    }

    void markersSitAtTheirDates()
    {
        const double started1 = ms(m_fx.medications[0].startDate.startOfDay(Qt::UTC));
        const double switched = ms(m_fx.medications[1].startDate.startOfDay(Qt::UTC));
        for (const char *name : kCharts) {
            auto *starts =
                qobject_cast<QScatterSeries *>(seriesNamed(chart(name), QStringLiteral("Medication started")));
            auto *stops =
                qobject_cast<QScatterSeries *>(seriesNamed(chart(name), QStringLiteral("Medication stopped")));
            QVERIFY2(starts && stops, name);
            QCOMPARE(starts->count(), 2);
            QCOMPARE(starts->at(0).x(), started1);
            QCOMPARE(starts->at(1).x(), switched);
            QCOMPARE(stops->count(), 1);
            QCOMPARE(stops->at(0).x(), switched);
            // Each has a vertical line through the whole panel.
            int lines = 0;
            for (QAbstractSeries *s : chart(name)->series())
                if (s->objectName() == QStringLiteral("markerLine"))
                    ++lines;
            QCOMPARE(lines, 3);
        }
        auto *assessments =
            qobject_cast<QScatterSeries *>(seriesNamed(chart("symptomChart"), QStringLiteral("Assessments")));
        QVERIFY(assessments);
        QCOMPARE(assessments->count(), int(m_fx.assessments.size()));
        for (int i = 0; i < assessments->count(); ++i)
            QCOMPARE(assessments->at(i).x(), ms(*m_fx.assessments[size_t(i)].completedAt));
    }

    void predictionsHaveABandBeyondTheLastState()
    {
        const double lastState = ms(m_fx.dayAt(m_fx.days - 1));
        auto *predicted =
            qobject_cast<QLineSeries *>(seriesNamed(chart("symptomChart"), QStringLiteral("Depression (predicted)")));
        QVERIFY(predicted);
        QCOMPARE(predicted->pen().style(), Qt::DashLine);
        QCOMPARE(predicted->count(), 4); // joins the last state, then 7, 30 and 90 days ahead
        QCOMPARE(predicted->at(0).x(), lastState);
        QCOMPARE(predicted->at(3).x(), ms(m_fx.dayAt(m_fx.days - 1).addDays(90)));
        QAreaSeries *band = nullptr;
        for (QAbstractSeries *s : chart("symptomChart")->series())
            if (auto *a = qobject_cast<QAreaSeries *>(s))
                band = a;
        QVERIFY(band);
        QCOMPARE(band->upperSeries()->count(), 4);
        for (int i = 1; i < 4; ++i) {
            QVERIFY(band->upperSeries()->at(i).x() > lastState);
            QVERIFY(band->upperSeries()->at(i).y() > predicted->at(i).y());
            QVERIFY(band->lowerSeries()->at(i).y() < predicted->at(i).y());
        }
        QVERIFY(seriesNamed(chart("riskChart"), QStringLiteral("Suicide risk (predicted)")));
        // The x range runs to the last prediction.
        QCOMPARE(xAxis(chart("riskChart"))->max(), m_fx.dayAt(m_fx.days - 1).addDays(90));
    }

    void chartsShareOneXRangeThroughZoomAndPan()
    {
        verifySharedRange();
        const QDateTime fullMin = xAxis(chart("symptomChart"))->min();
        const QDateTime fullMax = xAxis(chart("symptomChart"))->max();
        QCOMPARE(fullMin, m_fx.dayAt(0));

        // Rubber band on the neurotransmitter chart, dragged across the middle third of its plot.
        auto *view = m_view->findChild<TimelineChartView *>(QStringLiteral("neuroChart"));
        const QRectF plot = view->chart()->plotArea();
        const QPoint a(int(plot.left() + plot.width() / 3), int(plot.center().y()));
        const QPoint b(int(plot.left() + 2 * plot.width() / 3), int(plot.center().y()));
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, a);
        QTest::mouseMove(view->viewport(), QPoint((a.x() + b.x()) / 2, a.y()));
        QTest::mouseMove(view->viewport(), b);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, b);
        const QDateTime zoomMin = xAxis(chart("symptomChart"))->min();
        const QDateTime zoomMax = xAxis(chart("symptomChart"))->max();
        QVERIFY(zoomMin > fullMin);
        QVERIFY(zoomMax < fullMax);
        const double third = (ms(fullMax) - ms(fullMin)) / 3;
        QVERIFY(std::abs(ms(zoomMax) - ms(zoomMin) - third) < third * 0.05);
        verifySharedRange();

        // Arrow keys pan every panel together.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Right);
        QVERIFY(xAxis(chart("symptomChart"))->min() > zoomMin);
        verifySharedRange();
        // The wheel zooms in further.
        m_view->zoomAround(ms(zoomMin) + third / 2, 0.5);
        QVERIFY(ms(xAxis(chart("riskChart"))->max()) - ms(xAxis(chart("riskChart"))->min()) < third * 0.6);
        verifySharedRange();

        auto *reset = m_view->findChild<QPushButton *>(QStringLiteral("resetZoomButton"));
        QVERIFY(reset);
        QTest::mouseClick(reset, Qt::LeftButton);
        QCOMPARE(xAxis(chart("functionChart"))->min(), fullMin);
        QCOMPARE(xAxis(chart("functionChart"))->max(), fullMax);
        verifySharedRange();
    }

    void plotAreasLineUp()
    {
        QTRY_VERIFY(std::abs(chart("symptomChart")->plotArea().left() - chart("neuroChart")->plotArea().left()) < 1.5);
        for (const char *name : kCharts) {
            QTRY_VERIFY2(std::abs(chart(name)->plotArea().left() - chart("symptomChart")->plotArea().left()) < 1.5,
                         name);
            QTRY_VERIFY2(std::abs(chart(name)->plotArea().right() - chart("symptomChart")->plotArea().right()) < 1.5,
                         name);
        }
    }

    void asOfShowsTheWholeStateOfThatDay()
    {
        auto *edit = m_view->findChild<QDateTimeEdit *>(QStringLiteral("asOfEdit"));
        auto *tree = m_view->findChild<QTreeView *>(QStringLiteral("asOfView"));
        QVERIFY(edit && tree);
        auto *model = qobject_cast<TwinStateModel *>(tree->model());
        QVERIFY(model);
        const qint64 before = audits("twin_state");
        // Noon on day 123: the state recorded that morning is in force.
        edit->setDateTime(m_fx.dayAt(123).addSecs(4 * 3600).toLocalTime());
        QCOMPARE(audits("twin_state"), before + 1);
        const DigitalTwinState expected = test::timelineState(m_fx.start, 123, m_fx.days);
        QCOMPARE(model->indexOfKey(QStringLiteral("timestamp")).data(TwinStateModel::RawValueRole).toDateTime(),
                 expected.timestamp);
        QCOMPARE(model->indexOfKey(QStringLiteral("symptom.depression")).data().toString(),
                 QLocale().toString(expected.symptom.depression, 'f', 2));
        QCOMPARE(model->indexOfKey(QStringLiteral("functional.global_functioning")).data().toString(),
                 QLocale().toString(expected.functional.globalFunctioning, 'f', 0));
        QCOMPARE(model->indexOfKey(QStringLiteral("neurotransmitter.glutamate"))
                     .data(TwinStateModel::RawValueRole)
                     .toDouble(),
                 expected.neurotransmitter.glutamate);
        QVERIFY(model->rowCount() >= 6);
        QVERIFY(tree->isExpanded(model->index(1, 0)));
        // The cursor line marks the instant on every chart.
        for (const char *name : kCharts) {
            auto *cursor = qobject_cast<QLineSeries *>(chart(name)->findChild<QLineSeries *>());
            Q_UNUSED(cursor);
            QLineSeries *line = nullptr;
            for (QAbstractSeries *s : chart(name)->series())
                if (s->objectName() == QStringLiteral("asOfCursor"))
                    line = qobject_cast<QLineSeries *>(s);
            QVERIFY2(line && line->count() == 2, name);
            QCOMPARE(line->at(0).x(), ms(m_fx.dayAt(123).addSecs(4 * 3600)));
        }

        // Clicking a chart sets the instant: the middle of the symptom plot is about the middle of the range.
        auto *view = m_view->findChild<TimelineChartView *>(QStringLiteral("symptomChart"));
        const QRectF plot = view->chart()->plotArea();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, plot.center().toPoint());
        const auto [from, to] = m_view->visibleRange();
        QVERIFY(std::abs(ms(edit->dateTime()) - (from + to) / 2) < (to - from) * 0.02);
        QCOMPARE(audits("twin_state"), before + 2);
        QCOMPARE(model->indexOfKey(QStringLiteral("timestamp")).data(TwinStateModel::RawValueRole).toDateTime().date(),
                 edit->dateTime().toUTC().addSecs(-8 * 3600).date());
    }

    void longSeriesAreDecimatedAndZoomShowsDetail()
    {
        // 100,000 states (one every 5 minutes) handed straight to the drawing half.
        std::vector<DigitalTwinState> states;
        states.reserve(100000);
        for (int i = 0; i < 100000; ++i) {
            DigitalTwinState s = test::timelineState(m_fx.start, i, 100000);
            s.timestamp = m_fx.start.addSecs(qint64(i) * 300);
            states.push_back(std::move(s));
        }
        m_view->setData(TimelineMapping::build(states, {}, {}));
        auto *depression =
            qobject_cast<QLineSeries *>(seriesNamed(chart("symptomChart"), QStringLiteral("Depression")));
        QVERIFY(depression);
        // Once the layout settles, each series holds about 2 points per pixel of plot width.
        const auto width = [&] { return chart("symptomChart")->plotArea().width(); };
        QTRY_VERIFY2(depression->count() <= int(2.04 * width()) + 2,
                     qPrintable(QStringLiteral("%1 points for %2 px").arg(depression->count()).arg(width())));
        QVERIFY(depression->count() >= int(1.96 * width()) - 2); // decimated, not thinned out to nothing
        QCOMPARE(depression->at(0).x(), ms(states.front().timestamp));
        QCOMPARE(depression->at(depression->count() - 1).x(), ms(states.back().timestamp));

        // Zoomed to about 1,000 samples, every sample in view is drawn.
        const double from = ms(states[50000].timestamp);
        const double to = ms(states[51000].timestamp);
        const auto countIn = [&] {
            int n = 0;
            for (const QPointF &p : depression->points())
                n += p.x() >= from && p.x() <= to;
            return n;
        };
        const int before = countIn();
        m_view->setVisibleRange(from, to);
        QVERIFY(before < 100);
        QCOMPARE(countIn(), 1001);
        QCOMPARE(depression->count(), 1003); // plus one neighbour each side
    }

    void clearDropsEverything()
    {
        auto *tree = m_view->findChild<QTreeView *>(QStringLiteral("asOfView"));
        QVERIFY(tree->model()->rowCount() > 0);
        m_view->clear();
        for (const char *name : kCharts)
            QVERIFY2(chart(name)->series().isEmpty(), name);
        QCOMPARE(tree->model()->rowCount(), 0);
        QVERIFY(m_view->data().isEmpty());
        // Nothing of the patient comes back with later calls that need no session.
        m_view->setMedications({});
        m_view->resetZoom();
        for (const char *name : kCharts)
            QVERIFY(chart(name)->series().isEmpty());
    }
};

QTEST_MAIN(TestTimelineView)
#include "test_timelineview.moc"
