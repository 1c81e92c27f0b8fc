// RecordTableModel fed by PatientRecordRows: columns, current-first order, active rows, dates as dates.
#include "models/patient/PatientRecordRows.h"
#include "models/patient/RecordTableModel.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

using namespace novamind;

namespace {

const QDate kToday(2026, 6, 1);

Medication medication(const char *id, const char *name, double dose, const char *status, QDate start,
                      std::optional<QDate> end = std::nullopt)
{
    Medication m;
    m.id = QLatin1String(id);
    m.name = QLatin1String(name);
    m.dose = dose;
    m.doseUnit = QStringLiteral("mg");
    m.frequency = QStringLiteral("once daily");
    m.status = QLatin1String(status);
    m.startDate = start;
    m.endDate = end;
    return m;
}

} // namespace

class TestRecordModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void medicationsCurrentFirst()
    {
        RecordTableModel model(PatientRecordRows::medicationHeaders());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 6);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Medication"));
        model.setRows(PatientRecordRows::medications(
            {medication("m-old", "fluoxetine", 20, "stopped", QDate(2020, 1, 1), QDate(2021, 1, 1)),
             medication("m-now", "sertraline", 50, "active", QDate(2025, 3, 1)),
             medication("m-lapsed", "lithium", 400, "active", QDate(2024, 1, 1), QDate(2026, 1, 1)),
             medication("m-new", "quetiapine", 12.5, "active", QDate(2026, 2, 1))},
            kToday));
        QCOMPARE(model.rowCount(), 4);
        // Current medications first, newest start first; an "active" one past its stop date is not current.
        QStringList ids;
        for (int r = 0; r < 4; ++r)
            ids << model.index(r, 0).data(RecordTableModel::IdRole).toString();
        QCOMPARE(ids, (QStringList{QStringLiteral("m-new"), QStringLiteral("m-now"), QStringLiteral("m-lapsed"),
                                   QStringLiteral("m-old")}));
        QVERIFY(model.index(0, 0).data(RecordTableModel::ActiveRole).toBool());
        QVERIFY(model.index(1, 3).data(RecordTableModel::ActiveRole).toBool());
        QVERIFY(!model.index(2, 0).data(RecordTableModel::ActiveRole).toBool());
        QVERIFY(!model.index(3, 0).data(RecordTableModel::ActiveRole).toBool());
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("quetiapine"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("12.5 mg"));
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("50 mg"));
        QCOMPARE(model.index(0, 5).data().toString(), QStringLiteral("Current"));
        QCOMPARE(model.index(3, 5).data().toString(), QStringLiteral("Stopped"));
        QCOMPARE(model.index(3, 4).data(RecordTableModel::SortRole).toDate(), QDate(2021, 1, 1));
        QVERIFY(!model.index(3, 4).data().toString().isEmpty());
        QCOMPARE(model.index(1, 4).data().toString(), QString()); // no stop date
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void diagnosesActiveFirstWithSeverity()
    {
        RecordTableModel model(PatientRecordRows::diagnosisHeaders());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Diagnosis resolved{QStringLiteral("d1"),
                           QStringLiteral("p"),
                           QStringLiteral("icd10"),
                           QStringLiteral("F41.1"),
                           QStringLiteral("Generalized anxiety disorder"),
                           QString(),
                           QStringLiteral("resolved"),
                           QDate(2019, 5, 1),
                           QDate(2021, 5, 1),
                           QString(),
                           QString()};
        Diagnosis active = resolved;
        active.id = QStringLiteral("d2");
        active.code = QStringLiteral("F32.1");
        active.display = QStringLiteral("Moderate depressive episode");
        active.severity = QStringLiteral("moderate");
        active.status = QStringLiteral("active");
        active.onsetDate = QDate(2018, 1, 1);
        model.setRows(PatientRecordRows::diagnoses({resolved, active}));
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("F32.1"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("Moderate depressive episode (Moderate)"));
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("Active"));
        QVERIFY(model.index(0, 0).data(RecordTableModel::ActiveRole).toBool());
        QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("Resolved"));
        QCOMPARE(model.index(1, 3).data(RecordTableModel::SortRole).toDate(), QDate(2019, 5, 1));
    }

    void relationshipsValidNowFirst()
    {
        RecordTableModel model(PatientRecordRows::relationshipHeaders());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime now(kToday, QTime(12, 0), Qt::UTC);
        ClinicalRelationship ended{QStringLiteral("r1"),  QStringLiteral("dr.old"),    QStringLiteral("p"),
                                   QStringLiteral("org"), QStringLiteral("care_team"), now.addYears(-3),
                                   now.addYears(-1)};
        ClinicalRelationship current{QStringLiteral("r2"),
                                     QStringLiteral("dr.ada"),
                                     QStringLiteral("p"),
                                     QStringLiteral("org"),
                                     QStringLiteral("treating_psychiatrist"),
                                     now.addYears(-4),
                                     std::nullopt};
        model.setRows(PatientRecordRows::relationships({ended, current}, now));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("dr.ada"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("Treating psychiatrist"));
        QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("Open-ended"));
        QVERIFY(model.index(0, 0).data(RecordTableModel::ActiveRole).toBool());
        QVERIFY(!model.index(1, 0).data(RecordTableModel::ActiveRole).toBool());
    }

    void treatmentsShowLatestResponse()
    {
        RecordTableModel model(PatientRecordRows::treatmentHeaders());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Treatment t;
        t.id = QStringLiteral("t1");
        t.type = QStringLiteral("psychotherapy");
        t.name = QStringLiteral("CBT");
        t.status = QStringLiteral("active");
        t.startDate = QDate(2026, 1, 1);
        TreatmentResponse early, late;
        early.assessedAt = QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC);
        early.response = QStringLiteral("none");
        late.assessedAt = QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
        late.response = QStringLiteral("partial");
        t.responses = {late, early};
        model.setRows(PatientRecordRows::treatments({t}));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Psychotherapy"));
        QCOMPARE(model.index(0, 5).data().toString(), QStringLiteral("Partial"));
    }
};

QTEST_GUILESS_MAIN(TestRecordModels)
#include "test_recordmodels.moc"
