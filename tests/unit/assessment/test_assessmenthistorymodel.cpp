// AssessmentHistoryModel: newest first, totals (and prorated ones), band and flag names, clearing.
#include "models/assessment/AssessmentHistoryModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace novamind;

namespace {

Assessment signedAt(const QString &id, const QDateTime &when, std::optional<int> total, const QString &band,
                    QStringList flags = {})
{
    Assessment a;
    a.id = id;
    a.patientId = QStringLiteral("p1");
    a.clinicianId = QStringLiteral("dr.ada");
    a.instrument = QStringLiteral("phq9");
    a.status = QStringLiteral("completed");
    a.startedAt = when.addSecs(-600);
    a.completedAt = when;
    a.answers = std::vector<std::optional<int>>(9, 1);
    a.total = total;
    a.band = band;
    a.flags = std::move(flags);
    return a;
}

} // namespace

class TestAssessmentHistoryModel : public QObject
{
    Q_OBJECT

    const QDateTime m_t0 = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);

    std::vector<Assessment> sample() const
    {
        // Deliberately not in date order: the model must sort.
        std::vector<Assessment> v;
        v.push_back(signedAt(QStringLiteral("b"), m_t0.addDays(14), 13, QStringLiteral("moderate")));
        v.push_back(
            signedAt(QStringLiteral("a"), m_t0, 22, QStringLiteral("severe"), {QStringLiteral("suicide_risk")}));
        auto prorated = signedAt(QStringLiteral("c"), m_t0.addDays(28), 17, QStringLiteral("moderately_severe"));
        prorated.answers[3] = std::nullopt;
        v.push_back(prorated);
        return v;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void passesTheModelTester()
    {
        AssessmentHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAssessments(sample());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(AssessmentHistoryModel::ColumnCount));
        model.setLabeler([](const QString &name) { return name.toUpper(); });
        model.setAssessments({});
        model.setAssessments(sample());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void newestFirstWithTotalsAndBands()
    {
        AssessmentHistoryModel model;
        model.setAssessments(sample());
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, column), role);
        };
        QCOMPARE(cell(0, 0, AssessmentHistoryModel::AssessmentIdRole).toString(), QStringLiteral("c"));
        QCOMPARE(cell(1, 0, AssessmentHistoryModel::AssessmentIdRole).toString(), QStringLiteral("b"));
        QCOMPARE(cell(2, 0, AssessmentHistoryModel::AssessmentIdRole).toString(), QStringLiteral("a"));
        QCOMPARE(cell(0, 0, AssessmentHistoryModel::SignedAtRole).toDateTime(), m_t0.addDays(28));

        QCOMPARE(cell(1, AssessmentHistoryModel::Total).toString(), QStringLiteral("13"));
        QCOMPARE(cell(1, AssessmentHistoryModel::Total, AssessmentHistoryModel::TotalRole).toInt(), 13);
        QCOMPARE(cell(2, AssessmentHistoryModel::Total).toString(), QStringLiteral("22"));
        // A total computed over unanswered items says so.
        QVERIFY(cell(0, AssessmentHistoryModel::Total).toString().contains(QStringLiteral("prorated")));
        QVERIFY(cell(0, 0, AssessmentHistoryModel::ProratedRole).toBool());
        QVERIFY(!cell(1, 0, AssessmentHistoryModel::ProratedRole).toBool());

        QCOMPARE(cell(0, AssessmentHistoryModel::Band).toString(), QStringLiteral("Moderately severe"));
        QCOMPARE(cell(0, 0, AssessmentHistoryModel::BandNameRole).toString(), QStringLiteral("moderately_severe"));
        QCOMPARE(cell(1, AssessmentHistoryModel::Band).toString(), QStringLiteral("Moderate"));
        QCOMPARE(cell(2, AssessmentHistoryModel::Flags).toString(), QStringLiteral("Suicide risk"));
        QCOMPARE(cell(1, AssessmentHistoryModel::Flags).toString(), QString());
        QCOMPARE(cell(2, AssessmentHistoryModel::Clinician).toString(), QStringLiteral("dr.ada"));
        QVERIFY(!cell(2, AssessmentHistoryModel::Date).toString().isEmpty());
        QCOMPARE(model.headerData(AssessmentHistoryModel::Band, Qt::Horizontal).toString(), QStringLiteral("Severity"));
    }

    void labelerTranslatesBandNames()
    {
        AssessmentHistoryModel model;
        model.setAssessments(sample());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLabeler(
            [](const QString &name) -> QString { return QStringLiteral("<") + name + QStringLiteral(">"); });
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.data(model.index(1, AssessmentHistoryModel::Band)).toString(), QStringLiteral("<moderate>"));
    }

    void missingTotalShowsADash()
    {
        AssessmentHistoryModel model;
        model.setAssessments({signedAt(QStringLiteral("x"), m_t0, std::nullopt, QString())});
        QCOMPARE(model.data(model.index(0, AssessmentHistoryModel::Total)).toString(), QStringLiteral("—"));
        QVERIFY(!model.data(model.index(0, 0), AssessmentHistoryModel::TotalRole).isValid());
        QCOMPARE(model.data(model.index(0, AssessmentHistoryModel::Band)).toString(), QStringLiteral("—"));
    }

    void clearDropsEveryRow()
    {
        AssessmentHistoryModel model;
        model.setAssessments(sample());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.data(model.index(0, 0)).isValid());
    }
};

QTEST_GUILESS_MAIN(TestAssessmentHistoryModel)
#include "test_assessmenthistorymodel.moc"
