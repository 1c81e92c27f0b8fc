// TimelineMapping: twin states, predictions, assessments and medications → named series and markers.
#include "models/timeline/TimelineData.h"

#include <QStandardPaths>
#include <QTest>
#include <set>

using namespace novamind;

namespace {

const QDateTime kStart(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);

std::vector<DigitalTwinState> states(int n)
{
    std::vector<DigitalTwinState> out;
    for (int i = 0; i < n; ++i) {
        DigitalTwinState s;
        s.timestamp = kStart.addDays(i);
        s.symptom.depression = 0.5 + i * 0.001;
        s.neurotransmitter.serotonin = 0.9;
        s.behavioral.activityLevel = 0.25;
        s.functional.globalFunctioning = 61;
        s.risk.suicideRisk = 0.1;
        s.risk.level = i < n / 2 ? QStringLiteral("moderate") : QStringLiteral("low");
        out.push_back(s);
    }
    return out;
}

} // namespace

class TestTimelineData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyPanelHasSeriesWithUniqueKeys()
    {
        std::set<QString> keys;
        std::set<TimelinePanel> panels;
        for (const TimelineSeriesSpec &s : TimelineMapping::specs()) {
            QVERIFY(keys.insert(s.key).second);
            QVERIFY(!s.name.isEmpty());
            panels.insert(s.panel);
        }
        QVERIFY(keys.size() >= 6);
        QCOMPARE(panels.size(), std::size_t(4));
    }

    void statesBecomeSeries()
    {
        const auto in = states(10);
        const TimelineData data = TimelineMapping::fromStates(in);
        QCOMPARE(data.series.size(), TimelineMapping::specs().size());
        QCOMPARE(data.first, in.front().timestamp);
        QCOMPARE(data.last, in.back().timestamp);
        const TimelineSeries *depression = data.find(QStringLiteral("symptom.depression"));
        QVERIFY(depression);
        QCOMPARE(depression->panel, TimelinePanel::Symptom);
        QCOMPARE(depression->points.size(), qsizetype(10));
        QCOMPARE(depression->points[3].x(), double(in[3].timestamp.toMSecsSinceEpoch()));
        QCOMPARE(depression->points[3].y(), in[3].symptom.depression);
        QCOMPARE(data.find(QStringLiteral("neurotransmitter.serotonin"))->points[0].y(), 0.9);
        QCOMPARE(data.find(QStringLiteral("neurotransmitter.serotonin"))->panel, TimelinePanel::Neurotransmitter);
        // 0..1 behaviour fractions are drawn as percent beside the 0..100 functioning score.
        QCOMPARE(data.find(QStringLiteral("behavioral.activity_level"))->points[0].y(), 25.0);
        QCOMPARE(data.find(QStringLiteral("functional.global_functioning"))->points[0].y(), 61.0);
        QCOMPARE(data.find(QStringLiteral("risk.suicide_risk"))->panel, TimelinePanel::Risk);
        // Risk level changes: moderate at the start, low from the middle.
        std::vector<TimelineMarker> risk;
        for (const TimelineMarker &m : data.markers)
            if (m.kind == TimelineMarker::Kind::RiskLevel)
                risk.push_back(m);
        QCOMPARE(risk.size(), std::size_t(2));
        QCOMPARE(risk[0].code, QStringLiteral("moderate"));
        QCOMPARE(risk[1].code, QStringLiteral("low"));
        QCOMPARE(risk[1].at, in[5].timestamp);
    }

    void emptyStates()
    {
        const TimelineData data = TimelineMapping::fromStates({});
        QVERIFY(data.isEmpty());
        QVERIFY(!data.first.isValid());
    }

    void predictionsStartAtTheLastState()
    {
        const auto in = states(10);
        std::vector<DigitalTwinPrediction> preds;
        for (int h : {30, 7}) { // out of order on purpose
            DigitalTwinPrediction p;
            p.predictedFor = in.back().timestamp.addDays(h);
            p.values.insert(QStringLiteral("symptom.depression"), 0.4);
            p.lower.insert(QStringLiteral("symptom.depression"), 0.3);
            p.upper.insert(QStringLiteral("symptom.depression"), 0.5);
            p.values.insert(QStringLiteral("unknown.dimension"), 1);
            preds.push_back(p);
        }
        DigitalTwinPrediction past; // before the last state: not a prediction any more
        past.predictedFor = in[2].timestamp;
        past.values.insert(QStringLiteral("symptom.anxiety"), 0.4);
        preds.push_back(past);

        const TimelineData data = TimelineMapping::build(in, preds, {});
        QCOMPARE(data.predictions.size(), std::size_t(1));
        const TimelinePrediction &p = data.predictions.front();
        QCOMPARE(p.key, QStringLiteral("symptom.depression"));
        QCOMPARE(p.values.size(), qsizetype(3));
        QCOMPARE(p.values[0], data.find(p.key)->points.back());
        QCOMPARE(p.values[1].x(), double(in.back().timestamp.addDays(7).toMSecsSinceEpoch()));
        QCOMPARE(p.lower[2].y(), 0.3);
        QCOMPARE(p.upper[2].y(), 0.5);
        QCOMPARE(data.predictedUntil, in.back().timestamp.addDays(30));
    }

    void columnsGiveTheSameSeriesAsStates()
    {
        const auto in = states(10);
        TwinStateColumns cols;
        for (const auto &s : in)
            cols.ts.push_back(s.timestamp.toMSecsSinceEpoch());
        const auto column = [&](const char *key, double (*value)(const DigitalTwinState &)) {
            cols.keys.push_back(QString::fromLatin1(key));
            std::vector<double> v;
            for (const auto &s : in)
                v.push_back(value(s));
            cols.values.push_back(std::move(v));
        };
        for (const TimelineSeriesSpec &spec : TimelineMapping::specs()) {
            cols.keys.push_back(spec.key);
            std::vector<double> v;
            for (const auto &s : in)
                v.push_back(spec.value(s));
            cols.values.push_back(std::move(v));
        }
        column("behavioral.sleep_hours", [](const DigitalTwinState &s) { return s.behavioral.sleepHours; });
        for (const auto &s : in)
            cols.riskLevel.push_back(s.risk.level == QStringLiteral("moderate") ? 1 : 0);

        const TimelineData a = TimelineMapping::fromStates(in);
        const TimelineData b = TimelineMapping::fromColumns(cols);
        QCOMPARE(b.first, a.first);
        QCOMPARE(b.last, a.last);
        QCOMPARE(b.series.size(), a.series.size());
        for (size_t i = 0; i < a.series.size(); ++i) {
            QCOMPARE(b.series[i].key, a.series[i].key);
            QCOMPARE(b.series[i].points, a.series[i].points);
        }
        QCOMPARE(b.markers.size(), a.markers.size());
        for (size_t i = 0; i < a.markers.size(); ++i) {
            QCOMPARE(b.markers[i].at, a.markers[i].at);
            QCOMPARE(b.markers[i].code, a.markers[i].code);
        }
        QVERIFY(TimelineMapping::fromColumns(TwinStateColumns{}).isEmpty());
    }

    void assessmentAndMedicationMarkers()
    {
        Assessment a;
        a.instrument = QStringLiteral("phq9");
        a.startedAt = kStart.addDays(3);
        a.completedAt = kStart.addDays(4);
        a.total = 14;
        a.band = QStringLiteral("moderate");
        TimelineData data = TimelineMapping::fromStates(states(10));
        TimelineMapping::addAssessments(data, {a});
        const auto it = std::find_if(data.markers.begin(), data.markers.end(), [](const TimelineMarker &m) {
            return m.kind == TimelineMarker::Kind::Assessment;
        });
        QVERIFY(it != data.markers.end());
        QCOMPARE(it->at, kStart.addDays(4)); // when it was signed
        QVERIFY2(it->label.contains(QStringLiteral("PHQ-9")), qPrintable(it->label));
        QVERIFY(it->label.contains(QStringLiteral("14")));
        // The band stays a code for the view to translate; the marker sits at 14 of PHQ-9's 27 points.
        QVERIFY2(!it->label.contains(QStringLiteral("moderate")), qPrintable(it->label));
        QCOMPARE(it->band, QStringLiteral("moderate"));
        QCOMPARE(it->fraction, 14.0 / 27.0);
        // Without a total there is nothing to place it by.
        Assessment partial = a;
        partial.total.reset();
        partial.band.clear();
        TimelineData noTotal;
        TimelineMapping::addAssessments(noTotal, {partial});
        QCOMPARE(noTotal.markers.size(), std::size_t(1));
        QCOMPARE(noTotal.markers[0].fraction, -1.0);
        for (size_t i = 1; i < data.markers.size(); ++i)
            QVERIFY(data.markers[i - 1].at <= data.markers[i].at);

        Medication stopped;
        stopped.id = QStringLiteral("m1");
        stopped.name = QStringLiteral("sertraline");
        stopped.dose = 50;
        stopped.doseUnit = QStringLiteral("mg");
        stopped.startDate = QDate(2024, 1, 2);
        stopped.endDate = QDate(2024, 3, 1);
        Medication started;
        started.id = QStringLiteral("m2");
        started.name = QStringLiteral("bupropion");
        started.startDate = QDate(2024, 3, 1);
        const auto meds = TimelineMapping::medicationMarkers({started, stopped});
        QCOMPARE(meds.size(), std::size_t(3));
        QCOMPARE(meds[0].kind, TimelineMarker::Kind::MedicationStart);
        QCOMPARE(meds[0].at, QDate(2024, 1, 2).startOfDay(Qt::UTC));
        QVERIFY(meds[0].label.contains(QStringLiteral("sertraline")));
        QVERIFY(meds[0].label.contains(QStringLiteral("50")));
        QCOMPARE(meds[1].at, meds[2].at);
        QVERIFY(meds[1].kind != meds[2].kind);
    }
};

QTEST_GUILESS_MAIN(TestTimelineData)
#include "test_timelinedata.moc"
