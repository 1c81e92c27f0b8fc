// RecordMapping: every domain type stored in the replica reads back exactly as written.
#include "TestSupport.h"
#include "models/cohort/DemoCohort.h"
#include "storage/RecordMapping.h"
#include "storage/Session.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace novamind;

class TestRecordMapping : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto r = Replica::create(m_dir.filePath(QStringLiteral("r.db")), QStringLiteral("dr.ada"), "ada passphrase",
                                 Role::Psychiatrist, test::cheapOptions());
        QVERIFY(r.ok());
        m_replica = std::move(r.value());
    }

    void bundlesRoundTrip_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < 6; ++i)
            QTest::newRow(qPrintable(QStringLiteral("patient %1").arg(i))) << i;
    }

    void bundlesRoundTrip()
    {
        QFETCH(int, index);
        CohortParameters params;
        params.patients = 6;
        params.statesPerPatient = 60;
        params.seed = 4242;
        params.clinicianId = QStringLiteral("dr.ada");
        const DemoCohort cohort(params);
        const PatientBundle b = cohort.generate(index);
        Database &db = m_replica->database();
        RecordMapping::Writer w(db);
        if (index == 0)
            QVERIFY(w.insert(cohort.organization()).ok());
        QVERIFY(w.insert(b.patient).ok());
        QVERIFY(w.insert(b.relationship).ok());
        for (const auto &x : b.diagnoses)
            QVERIFY(w.insert(x).ok());
        for (const auto &x : b.medications)
            QVERIFY(w.insert(x).ok());
        for (const auto &x : b.treatments)
            QVERIFY(w.insert(x).ok());
        for (const auto &x : b.assessments)
            QVERIFY(w.insert(x).ok());
        for (const auto &x : b.notes)
            QVERIFY(w.insert(x).ok());
        QVERIFY(w.insert(b.twin).ok());
        for (const auto &x : b.states)
            QVERIFY(w.insert(x).ok());
        for (const auto &x : b.predictions)
            QVERIFY(w.insert(x).ok());
        ClinicalObservation obs;
        obs.id = QStringLiteral("obs-%1").arg(index);
        obs.patientId = b.patient.id;
        obs.observedAt = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 8), Qt::UTC);
        obs.type = QStringLiteral("sleep_hours");
        obs.numericValue = index % 2 ? std::optional<double>(6.25) : std::nullopt;
        obs.textValue = index % 2 ? QString() : QStringLiteral("restless; woke at 3 a.m. — “better”");
        obs.source = QStringLiteral("patient_reported");
        obs.reliability = 0.75;
        QVERIFY(w.insert(obs).ok());

        const QString id = b.patient.id;
        QCOMPARE(RecordMapping::loadPatient(db, id).value(), b.patient);
        QCOMPARE(RecordMapping::loadRelationships(db, id).value(), std::vector<ClinicalRelationship>{b.relationship});
        auto sorted = [](auto v, auto key) {
            std::sort(v.begin(), v.end(), [&](const auto &a, const auto &c) { return key(a) < key(c); });
            return v;
        };
        auto byId = [](const auto &x) { return x.id; };
        QCOMPARE(sorted(RecordMapping::loadDiagnoses(db, id).value(), byId), sorted(b.diagnoses, byId));
        QCOMPARE(sorted(RecordMapping::loadMedications(db, id).value(), byId), sorted(b.medications, byId));
        QCOMPARE(sorted(RecordMapping::loadTreatments(db, id).value(), byId), sorted(b.treatments, byId));
        QCOMPARE(sorted(RecordMapping::loadNotes(db, id).value(), byId), sorted(b.notes, byId));
        QCOMPARE(sorted(RecordMapping::loadPredictions(db, id).value(), byId), sorted(b.predictions, byId));
        QCOMPARE(RecordMapping::loadObservations(db, id).value(), std::vector<ClinicalObservation>{obs});
        std::vector<Assessment> completed;
        for (const auto &a : b.assessments)
            if (a.isCompleted())
                completed.push_back(a);
        QCOMPARE(sorted(RecordMapping::loadAssessmentHistory(db, id, {}).value(), byId), sorted(completed, byId));
        auto states = RecordMapping::loadStates(db, id, 0, std::numeric_limits<qint64>::max());
        QCOMPARE(states.value(), b.states); // ordered by time, as generated
        const DigitalTwinState &mid = b.states[b.states.size() / 2];
        QCOMPARE(RecordMapping::loadStateAsOf(db, id, toMs(mid.timestamp) + 1).value(), std::optional(mid));
        QCOMPARE(RecordMapping::loadStateAsOf(db, id, toMs(b.states.front().timestamp) - 1).value(),
                 std::optional<DigitalTwinState>());
    }
};

QTEST_GUILESS_MAIN(TestRecordMapping)
#include "test_recordmapping.moc"
