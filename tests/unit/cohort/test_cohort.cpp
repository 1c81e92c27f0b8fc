// Tests of models/cohort: determinism, counts, validity of every record, and clinically plausible dynamics.

#include "models/codecs/JsonCodec.h"
#include "models/cohort/DemoCohort.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <cmath>

using namespace novamind;

namespace {

constexpr qint64 kDayMs = 86'400'000;

CohortParameters params(quint64 seed, int states = 200, int assessments = -1)
{
    CohortParameters p;
    p.patients = 100;
    p.statesPerPatient = states;
    p.assessmentsPerPatient = assessments;
    p.seed = seed;
    p.organizationId = QStringLiteral("org-demo");
    p.clinicianId = QStringLiteral("dr.ada");
    return p;
}

template<typename T> QJsonArray jsonArray(const std::vector<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(codec::toJson(item));
    return array;
}

QByteArray bundleJson(const PatientBundle &b)
{
    const QJsonObject o{{QStringLiteral("patient"), codec::toJson(b.patient)},
                        {QStringLiteral("relationship"), codec::toJson(b.relationship)},
                        {QStringLiteral("diagnoses"), jsonArray(b.diagnoses)},
                        {QStringLiteral("medications"), jsonArray(b.medications)},
                        {QStringLiteral("treatments"), jsonArray(b.treatments)},
                        {QStringLiteral("assessments"), jsonArray(b.assessments)},
                        {QStringLiteral("notes"), jsonArray(b.notes)},
                        {QStringLiteral("twin"), codec::toJson(b.twin)},
                        {QStringLiteral("states"), jsonArray(b.states)},
                        {QStringLiteral("predictions"), jsonArray(b.predictions)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Index of the first state at or after t: the state an event at t first informs.
int stateDay(const PatientBundle &b, const QDateTime &t)
{
    const qint64 delta = t.toMSecsSinceEpoch() - b.states.front().timestamp.toMSecsSinceEpoch();
    return int(delta <= 0 ? 0 : (delta + kDayMs - 1) / kDayMs);
}

template<typename T> QString validate(const std::vector<T> &items, const char *what)
{
    for (size_t i = 0; i < items.size(); ++i) {
        const Result<T> back = codec::fromJson<T>(codec::toJson(items[i]));
        if (!back.ok())
            return QLatin1String(what) + QStringLiteral("[%1]: ").arg(i) + back.error().message;
        if (!(back.value() == items[i]))
            return QLatin1String(what) + QStringLiteral("[%1] does not round-trip").arg(i);
    }
    return {};
}

template<typename T> QString validateOne(const T &item, const char *what)
{
    return validate(std::vector<T>{item}, what);
}

bool isSerotonergic(const QString &name)
{
    static const QStringList names{QStringLiteral("sertraline"), QStringLiteral("escitalopram"),
                                   QStringLiteral("fluoxetine"), QStringLiteral("venlafaxine")};
    return names.contains(name);
}

} // namespace

class TestCohort : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sameSeedSameBundle_data();
    void sameSeedSameBundle();
    void differentSeedOrIndexDiffers();
    void counts_data();
    void counts();
    void recordsPassValidation_data();
    void recordsPassValidation();
    void identifiersUniqueAndWellFormed();
    void depressionTracksPhq9();
    void suicidalThoughtsRaiseRisk();
    void medicationStartRaisesSerotonin();
    void datesOrderedAndInsideWindow_data();
    void datesOrderedAndInsideWindow();
    void everySignedAssessmentHasItsScore();
};

void TestCohort::sameSeedSameBundle_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("index");
    QTest::newRow("seed 1, first") << quint64(1) << 0;
    QTest::newRow("seed 1, later") << quint64(1) << 17;
    QTest::newRow("seed 42, last of 5000") << quint64(42) << 4999;
    QTest::newRow("seed max") << ~quint64(0) << 3;
}

void TestCohort::sameSeedSameBundle()
{
    QFETCH(quint64, seed);
    QFETCH(int, index);
    // Separate instances, and another patient generated in between: nothing may leak across calls.
    const DemoCohort a(params(seed));
    const DemoCohort b(params(seed));
    const QByteArray first = bundleJson(a.generate(index));
    (void)b.generate(index + 1);
    QCOMPARE(bundleJson(b.generate(index)), first);
    QCOMPARE(a.organization(), b.organization());
}

void TestCohort::differentSeedOrIndexDiffers()
{
    const PatientBundle one = DemoCohort(params(1)).generate(5);
    const PatientBundle two = DemoCohort(params(2)).generate(5);
    const PatientBundle next = DemoCohort(params(1)).generate(6);
    QVERIFY(one.patient.id != two.patient.id);
    QVERIFY(one.patient.mrn != two.patient.mrn);
    QVERIFY(one.states.front().id != two.states.front().id);
    QVERIFY(bundleJson(one) != bundleJson(two));
    QVERIFY(one.patient.id != next.patient.id);
    QVERIFY(bundleJson(one) != bundleJson(next));
    // Without an organisation id, each seed derives its own.
    CohortParameters p1 = params(1), p2 = params(2);
    p1.organizationId.clear();
    p2.organizationId.clear();
    QVERIFY(DemoCohort(p1).organization().id != DemoCohort(p2).organization().id);
    QCOMPARE(DemoCohort(p1).generate(0).patient.organizationId, DemoCohort(p1).organization().id);
}

void TestCohort::counts_data()
{
    QTest::addColumn<int>("states");
    QTest::addColumn<int>("assessments");
    QTest::addColumn<int>("expectedAssessments");
    QTest::newRow("reference shape") << 500 << -1 << 100;
    QTest::newRow("default is a fifth") << 60 << -1 << 12;
    QTest::newRow("at least one") << 4 << -1 << 1;
    QTest::newRow("single state") << 1 << -1 << 1;
    QTest::newRow("explicit") << 90 << 7 << 7;
    QTest::newRow("more assessments than days") << 10 << 25 << 25;
}

void TestCohort::counts()
{
    QFETCH(int, states);
    QFETCH(int, assessments);
    QFETCH(int, expectedAssessments);
    const DemoCohort cohort(params(7, states, assessments));
    QCOMPARE(cohort.parameters().assessmentsPerPatient, expectedAssessments);
    for (int i = 0; i < 5; ++i) {
        const PatientBundle b = cohort.generate(i);
        QCOMPARE(int(b.states.size()), states);
        QCOMPARE(int(b.assessments.size()), expectedAssessments);
        QCOMPARE(int(b.predictions.size()), 3);
        QCOMPARE(int(b.notes.size()), 2);
        QVERIFY(b.diagnoses.size() >= 1 && b.diagnoses.size() <= 3);
        QVERIFY(!b.medications.empty() && b.medications.size() <= 4);
        QVERIFY(b.treatments.size() >= b.medications.size());
        QCOMPARE(b.relationship.clinicianId, QStringLiteral("dr.ada"));
        QCOMPARE(b.relationship.patientId, b.patient.id);
        QCOMPARE(b.twin.patientId, b.patient.id);
        for (const Assessment &a : b.assessments) {
            QVERIFY(a.isCompleted());
            QVERIFY2(a.total.has_value(), qPrintable(a.instrument));
            QVERIFY(!a.band.isEmpty());
        }
    }
}

void TestCohort::recordsPassValidation_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("states");
    QTest::newRow("reference shape") << quint64(1) << 500;
    QTest::newRow("other seed") << quint64(99) << 120;
    QTest::newRow("tiny") << quint64(3) << 2;
}

void TestCohort::recordsPassValidation()
{
    QFETCH(quint64, seed);
    QFETCH(int, states);
    const DemoCohort cohort(params(seed, states));
    QString failure = validateOne(cohort.organization(), "organization");
    for (int i = 0; i < 12 && failure.isEmpty(); ++i) {
        const PatientBundle b = cohort.generate(i);
        const QString checks[] = {validateOne(b.patient, "patient"),    validateOne(b.relationship, "relationship"),
                                  validate(b.diagnoses, "diagnoses"),   validate(b.medications, "medications"),
                                  validate(b.treatments, "treatments"), validate(b.assessments, "assessments"),
                                  validate(b.notes, "notes"),           validateOne(b.twin, "twin"),
                                  validate(b.states, "states"),         validate(b.predictions, "predictions")};
        for (const QString &check : checks) {
            if (failure.isEmpty())
                failure = check;
        }
    }
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestCohort::identifiersUniqueAndWellFormed()
{
    const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    const QRegularExpression mrn(QStringLiteral("^MRN[0-9]{7}$"));
    const DemoCohort cohort(params(11, 3, 1));
    QSet<QString> mrns, ids;
    const int patients = 2000;
    for (int i = 0; i < patients; ++i) {
        const PatientBundle b = cohort.generate(i);
        QVERIFY2(mrn.match(b.patient.mrn).hasMatch(), qPrintable(b.patient.mrn));
        QVERIFY2(uuid.match(b.patient.id).hasMatch(), qPrintable(b.patient.id));
        QVERIFY(uuid.match(b.states.front().id).hasMatch());
        QVERIFY(uuid.match(b.assessments.front().id).hasMatch());
        mrns.insert(b.patient.mrn);
        ids.insert(b.patient.id);
        ids.insert(b.twin.id);
        for (const DigitalTwinState &s : b.states)
            ids.insert(s.id);
        const int age = b.patient.birthDate.daysTo(cohort.parameters().end.date()) / 365;
        QVERIFY2(age >= 18 && age <= 86, qPrintable(b.patient.birthDate.toString(Qt::ISODate)));
    }
    QCOMPARE(mrns.size(), patients);
    QCOMPARE(ids.size(), patients * (2 + 3));
}

void TestCohort::depressionTracksPhq9()
{
    const DemoCohort cohort(params(5, 500));
    int checked = 0;
    double minTotal = 27, maxTotal = 0;
    for (int i = 0; i < 20; ++i) {
        const PatientBundle b = cohort.generate(i);
        for (const Assessment &a : b.assessments) {
            const bool phq = a.instrument == QLatin1String("phq9");
            if (!phq && a.instrument != QLatin1String("gad7"))
                continue;
            const DigitalTwinState &s = b.states[size_t(stateDay(b, *a.completedAt))];
            const double expected = *a.total / (phq ? 27.0 : 21.0);
            const double actual = phq ? s.symptom.depression : s.symptom.anxiety;
            QVERIFY2(
                std::abs(actual - expected) < 0.15,
                qPrintable(QStringLiteral("%1 total %2 but state %3").arg(a.instrument).arg(*a.total).arg(actual)));
            if (phq) {
                minTotal = std::min(minTotal, double(*a.total));
                maxTotal = std::max(maxTotal, double(*a.total));
            }
            ++checked;
        }
    }
    QVERIFY(checked > 1000);
    QVERIFY2(maxTotal - minTotal >= 10, "PHQ-9 totals barely vary: no treatment response in the cohort");
}

void TestCohort::suicidalThoughtsRaiseRisk()
{
    const DemoCohort cohort(params(8, 500));
    int positives = 0, lowStates = 0;
    for (int i = 0; i < 40; ++i) {
        const PatientBundle b = cohort.generate(i);
        for (const Assessment &a : b.assessments) {
            if (a.instrument != QLatin1String("phq9") || a.answers.at(8).value_or(0) == 0)
                continue;
            ++positives;
            QVERIFY(a.flags.contains(QStringLiteral("suicide_risk")));
            // The state after the assessment and the week after it.
            const int day = stateDay(b, *a.completedAt);
            for (int d = day; d < std::min(day + 7, int(b.states.size())); ++d) {
                const RiskState &r = b.states[size_t(d)].risk;
                QVERIFY2(r.suicideRisk >= 0.3 && r.level != QLatin1String("low"),
                         qPrintable(QStringLiteral("risk %1 (%2) %3 days after item 9 = %4")
                                        .arg(r.suicideRisk)
                                        .arg(r.level)
                                        .arg(d - day)
                                        .arg(*a.answers.at(8))));
            }
        }
        for (const DigitalTwinState &s : b.states)
            lowStates += s.risk.level == QLatin1String("low");
    }
    QVERIFY2(positives > 0, "no PHQ-9 with a positive item 9 in 40 patients");
    QVERIFY2(lowStates > 0, "every state has elevated risk");
}

void TestCohort::medicationStartRaisesSerotonin()
{
    const DemoCohort cohort(params(9, 300));
    int checked = 0;
    for (int i = 0; i < 40; ++i) {
        const PatientBundle b = cohort.generate(i);
        const Medication &m = b.medications.front(); // the first start is from the untreated baseline
        if (!isSerotonergic(m.name))
            continue;
        const int start = int(b.states.front().timestamp.date().daysTo(m.startDate));
        const int later = start + 30;
        if (start < 1 || later >= int(b.states.size()) ||
            (m.endDate && *m.endDate < b.states[size_t(later)].timestamp.date()))
            continue;
        const double before = b.states[size_t(start - 1)].neurotransmitter.serotonin;
        const double after = b.states[size_t(later)].neurotransmitter.serotonin;
        QVERIFY2(after - before > 0.2,
                 qPrintable(QStringLiteral("%1: serotonin %2 -> %3").arg(m.name).arg(before).arg(after)));
        ++checked;
    }
    QVERIFY(checked >= 5);
}

void TestCohort::datesOrderedAndInsideWindow_data()
{
    QTest::addColumn<int>("states");
    QTest::addColumn<QDateTime>("end");
    QTest::newRow("default end") << 500 << CohortParameters().end;
    QTest::newRow("afternoon end") << 200 << QDateTime(QDate(2025, 3, 15), QTime(13, 45), Qt::UTC);
    QTest::newRow("short") << 3 << QDateTime(QDate(2024, 2, 29), QTime(0, 0), Qt::UTC);
}

void TestCohort::datesOrderedAndInsideWindow()
{
    QFETCH(int, states);
    QFETCH(QDateTime, end);
    CohortParameters p = params(13, states);
    p.end = end;
    const DemoCohort cohort(p);
    for (int i = 0; i < 10; ++i) {
        const PatientBundle b = cohort.generate(i);
        const QDateTime first = b.states.front().timestamp;
        const QDateTime windowStart = first.addDays(-1); // assessments inform the next state
        const auto inWindow = [&](const QDateTime &t) { return t > windowStart && t <= end; };
        const QDate firstDate = first.date(), lastDate = end.date();

        QCOMPARE(b.states.back().timestamp, end);
        for (size_t s = 1; s < b.states.size(); ++s)
            QCOMPARE(b.states[s].timestamp, b.states[s - 1].timestamp.addDays(1));
        QCOMPARE(b.twin.createdAt, first);
        QCOMPARE(b.twin.updatedAt, end);

        QVERIFY(b.relationship.validFrom <= windowStart);
        QVERIFY(!b.relationship.validTo);
        QVERIFY(b.relationship.isActiveAt(end));

        for (size_t a = 0; a < b.assessments.size(); ++a) {
            const Assessment &x = b.assessments[a];
            QVERIFY(inWindow(x.startedAt) && inWindow(*x.completedAt));
            QVERIFY(x.startedAt < *x.completedAt);
            if (a > 0)
                QVERIFY(b.assessments[a - 1].startedAt <= x.startedAt);
        }
        for (size_t m = 0; m < b.medications.size(); ++m) {
            const Medication &x = b.medications[m];
            QVERIFY(x.startDate >= firstDate && x.startDate <= lastDate);
            QCOMPARE(x.endDate.has_value(), x.status == QLatin1String("stopped"));
            if (x.endDate)
                QVERIFY(*x.endDate >= x.startDate && *x.endDate <= lastDate);
            if (m > 0) // one course at a time: a switch starts when the previous drug stops
                QVERIFY(b.medications[m - 1].endDate && *b.medications[m - 1].endDate <= x.startDate);
        }
        for (const Treatment &t : b.treatments) {
            QVERIFY(t.startDate >= firstDate && t.startDate <= lastDate);
            if (t.endDate)
                QVERIFY(*t.endDate >= t.startDate && *t.endDate <= lastDate);
            for (const TreatmentResponse &r : t.responses)
                QVERIFY(inWindow(r.assessedAt));
        }
        for (const Diagnosis &d : b.diagnoses) {
            QVERIFY(d.onsetDate && *d.onsetDate < firstDate);
            if (d.resolutionDate)
                QVERIFY(*d.resolutionDate >= *d.onsetDate && *d.resolutionDate <= lastDate);
        }
        for (const ClinicalNote &n : b.notes)
            QVERIFY(inWindow(n.createdAt));
        for (const DigitalTwinPrediction &x : b.predictions) {
            QCOMPARE(x.createdAt, end);
            QCOMPARE(x.predictedFor, end.addDays(x.horizonDays));
            for (auto it = x.values.cbegin(); it != x.values.cend(); ++it)
                QVERIFY(x.lower.value(it.key()) <= it.value() && it.value() <= x.upper.value(it.key()));
        }
    }
}

QTEST_GUILESS_MAIN(TestCohort)
#include "test_cohort.moc"

void TestCohort::everySignedAssessmentHasItsScore()
{
    // Every sex, diagnosis and instrument mix over many patients: a completed assessment always carries the
    // total and band its instrument's published rules give (AUDIT-C needs the patient's sex, for example).
    const DemoCohort cohort(params(4242, 30, 10));
    int scored = 0;
    for (int i = 0; i < 400; ++i) {
        for (const Assessment &a : cohort.generate(i).assessments) {
            QVERIFY2(a.total.has_value(), qPrintable(a.instrument));
            QVERIFY(!a.band.isEmpty());
            ++scored;
        }
    }
    QVERIFY(scored >= 400 * 10);
}
