// PatientListModel: pages of 200 rows as the view scrolls, sorting by data through the loader, clear().
#include "models/PatientListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <algorithm>

using namespace novamind;

namespace {

const QStringList kLevels{QString(), QStringLiteral("low"), QStringLiteral("moderate"), QStringLiteral("high"),
                          QStringLiteral("imminent")};

// Synthetic patients, no real PHI. Names and MRNs are deliberately out of step with each other and with the id.
std::vector<PatientSummary> synthetic(int n)
{
    std::vector<PatientSummary> rows;
    rows.reserve(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        PatientSummary p;
        p.id = QStringLiteral("id-%1").arg(i, 5, 10, QLatin1Char('0'));
        p.mrn = QStringLiteral("MRN%1").arg((i * 7919) % n, 5, 10, QLatin1Char('0'));
        p.displayName = QStringLiteral("Family%1, Given").arg((i * 104729) % n, 5, 10, QLatin1Char('0'));
        p.birthDate = QDate(1940, 1, 1).addDays((i * 31) % 20000);
        p.riskLevel = kLevels[i % kLevels.size()];
        p.suicideRisk = i % 13 == 0;
        if (i % 5 != 0)
            p.lastAssessmentAt = QDateTime(QDate(2020, 1, 1), QTime(9, 0), Qt::UTC).addSecs(qint64(i % 997) * 3600);
        rows.push_back(p);
    }
    return rows;
}

// Orders the "database" independently of the model: what each column means, written out per column.
bool lessBy(const PatientSummary &a, const PatientSummary &b, int column)
{
    switch (column) {
    case PatientListModel::Mrn:
        return a.mrn < b.mrn;
    case PatientListModel::Name:
        return a.displayName < b.displayName;
    case PatientListModel::BirthDate:
        return a.birthDate < b.birthDate;
    case PatientListModel::Risk:
        return kLevels.indexOf(a.riskLevel) < kLevels.indexOf(b.riskLevel);
    case PatientListModel::SuicideFlag:
        return int(a.suicideRisk) < int(b.suicideRisk);
    case PatientListModel::LastAssessment:
        // Never assessed sorts before any assessment.
        return (a.lastAssessmentAt ? a.lastAssessmentAt->toMSecsSinceEpoch() : -1) <
               (b.lastAssessmentAt ? b.lastAssessmentAt->toMSecsSinceEpoch() : -1);
    default:
        return a.id < b.id;
    }
}

struct FakeSource
{
    std::vector<PatientSummary> all = synthetic(20000);
    QList<int> offsets;
    QList<int> limits;
    int lastColumn = -2;
    Qt::SortOrder lastOrder = Qt::AscendingOrder;
    bool fail = false;
    std::vector<PatientSummary> sorted; // the last order asked for, as a database would keep an index
    int sortedColumn = -3;
    Qt::SortOrder sortedOrder = Qt::AscendingOrder;

    PatientListModel::PageLoader loader()
    {
        return [this](int offset, int limit, int column, Qt::SortOrder order) -> Result<std::vector<PatientSummary>> {
            offsets << offset;
            limits << limit;
            lastColumn = column;
            lastOrder = order;
            if (fail)
                return Error{ErrorCode::Database, QStringLiteral("The replica could not be read.")};
            if (sortedColumn != column || sortedOrder != order || sorted.size() != all.size()) {
                sorted = all;
                std::stable_sort(sorted.begin(), sorted.end(), [&](const PatientSummary &a, const PatientSummary &b) {
                    if (lessBy(a, b, column))
                        return order == Qt::AscendingOrder;
                    if (lessBy(b, a, column))
                        return order == Qt::DescendingOrder;
                    return a.id < b.id;
                });
                sortedColumn = column;
                sortedOrder = order;
            }
            const auto first = std::min<size_t>(size_t(offset), sorted.size());
            const auto last = std::min<size_t>(first + size_t(limit), sorted.size());
            return std::vector<PatientSummary>(sorted.begin() + qsizetype(first), sorted.begin() + qsizetype(last));
        };
    }
};

} // namespace

class TestPatientListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fetchesInPagesOf200()
    {
        FakeSource source;
        PatientListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLoader(source.loader());
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 400);
        int rounds = 2;
        while (model.canFetchMore({})) {
            model.fetchMore({});
            ++rounds;
            QCOMPARE(model.rowCount(), std::min(rounds * 200, 20000));
        }
        QCOMPARE(model.rowCount(), 20000);
        // 100 full pages; a full last page needs one more (empty) answer to know it was the last.
        QCOMPARE(rounds, 101);
        QCOMPARE(source.offsets.size(), 101);
        for (int i = 0; i < source.offsets.size(); ++i) {
            QCOMPARE(source.offsets[i], i * 200);
            QCOMPARE(source.limits[i], 200);
        }
        QStringList ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids << model.index(r, 0).data(PatientListModel::IdRole).toString();
        ids.removeDuplicates();
        QCOMPARE(ids.size(), 20000);
    }

    void sortsByEachColumnThroughTheLoader_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        const char *names[] = {"mrn", "name", "birth date", "risk", "flag", "last assessment"};
        for (int c = 0; c < PatientListModel::ColumnCount; ++c) {
            QTest::newRow(qPrintable(QLatin1String(names[c]) + QLatin1String(" asc"))) << c << int(Qt::AscendingOrder);
            QTest::newRow(qPrintable(QLatin1String(names[c]) + QLatin1String(" desc")))
                << c << int(Qt::DescendingOrder);
        }
    }

    void sortsByEachColumnThroughTheLoader()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        FakeSource source;
        PatientListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLoader(source.loader());
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 400);
        model.sort(column, Qt::SortOrder(order));
        // Sorting re-queries from the first page: the order covers all 20,000 rows, not only those loaded.
        QCOMPARE(source.lastColumn, column);
        QCOMPARE(int(source.lastOrder), order);
        QCOMPARE(source.offsets.last(), 0);
        QCOMPARE(model.rowCount(), 200);
        model.fetchMore({});
        std::vector<PatientSummary> expected = source.all;
        std::stable_sort(expected.begin(), expected.end(), [&](const PatientSummary &a, const PatientSummary &b) {
            return order == Qt::AscendingOrder ? lessBy(a, b, column) : lessBy(b, a, column);
        });
        for (int r = 1; r < model.rowCount(); ++r) {
            const PatientSummary *prev = model.patientAt(r - 1);
            const PatientSummary *cur = model.patientAt(r);
            QVERIFY2(order == Qt::AscendingOrder ? !lessBy(*cur, *prev, column) : !lessBy(*prev, *cur, column),
                     qPrintable(QStringLiteral("row %1").arg(r)));
        }
        // The first row is the extreme of the whole set.
        QVERIFY(!lessBy(expected.front(), *model.patientAt(0), column) &&
                !lessBy(*model.patientAt(0), expected.front(), column));
    }

    void sortsStaticRowsInMemoryByData_data() { sortsByEachColumnThroughTheLoader_data(); }

    void sortsStaticRowsInMemoryByData()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        PatientListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPatients(synthetic(500));
        const QPersistentModelIndex watched = model.index(123, 1);
        const QString watchedId = watched.data(PatientListModel::IdRole).toString();
        model.sort(column, Qt::SortOrder(order));
        QCOMPARE(model.rowCount(), 500);
        for (int r = 1; r < model.rowCount(); ++r) {
            const PatientSummary *prev = model.patientAt(r - 1);
            const PatientSummary *cur = model.patientAt(r);
            QVERIFY(order == Qt::AscendingOrder ? !lessBy(*cur, *prev, column) : !lessBy(*prev, *cur, column));
        }
        // A selection survives the sort: persistent indexes follow their row.
        QCOMPARE(watched.data(PatientListModel::IdRole).toString(), watchedId);
    }

    void birthDateSortsByDateNotText()
    {
        // "10/1/90" < "2/1/80" as text; by date it is the other way round.
        PatientListModel model;
        PatientSummary a, b;
        a.id = QStringLiteral("a");
        a.birthDate = QDate(1990, 10, 1);
        b.id = QStringLiteral("b");
        b.birthDate = QDate(1980, 2, 1);
        model.setPatients({a, b});
        model.sort(PatientListModel::BirthDate, Qt::AscendingOrder);
        QCOMPARE(model.index(0, 0).data(PatientListModel::IdRole).toString(), QStringLiteral("b"));
        QCOMPARE(model.index(0, PatientListModel::BirthDate).data(PatientListModel::SortRole).toDate(),
                 QDate(1980, 2, 1));
    }

    void showsRiskFlagAndHiddenNames()
    {
        PatientListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        PatientSummary flagged;
        flagged.id = QStringLiteral("p1");
        flagged.mrn = QStringLiteral("MRN1");
        flagged.displayName = QStringLiteral("Test, Flag");
        flagged.riskLevel = QStringLiteral("imminent");
        flagged.suicideRisk = true;
        flagged.lastAssessmentAt = QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
        PatientSummary admin; // what an admin's search returns: id and MRN only
        admin.id = QStringLiteral("p2");
        admin.mrn = QStringLiteral("MRN2");
        model.setPatients({flagged, admin});
        QCOMPARE(model.columnCount(), 6);
        QCOMPARE(model.index(0, PatientListModel::Risk).data().toString(), QStringLiteral("Imminent"));
        QCOMPARE(model.index(0, PatientListModel::Risk).data(PatientListModel::RiskLevelRole).toString(),
                 QStringLiteral("imminent"));
        QCOMPARE(model.index(0, PatientListModel::SuicideFlag).data().toString(), QStringLiteral("Suicide risk"));
        QVERIFY(model.index(0, PatientListModel::SuicideFlag).data(PatientListModel::FlagRole).toBool());
        QVERIFY(!model.index(0, PatientListModel::LastAssessment).data().toString().isEmpty());
        QCOMPARE(model.index(1, PatientListModel::SuicideFlag).data().toString(), QString());
        QVERIFY(!model.index(1, PatientListModel::SuicideFlag).data(PatientListModel::FlagRole).toBool());
        QCOMPARE(model.index(1, PatientListModel::Name).data().toString(), QStringLiteral("Hidden for your role"));
        QVERIFY(model.index(1, PatientListModel::Name).data(PatientListModel::NameHiddenRole).toBool());
        QVERIFY(!model.index(0, PatientListModel::Name).data(PatientListModel::NameHiddenRole).toBool());
        QCOMPARE(model.index(1, PatientListModel::Risk).data().toString(), QString());
        QCOMPARE(model.index(1, PatientListModel::LastAssessment).data().toString(), QString());
    }

    void clearDropsRowsAndLoader()
    {
        FakeSource source;
        PatientListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLoader(source.loader());
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 400);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        const int calls = source.offsets.size();
        model.reload();
        model.sort(PatientListModel::Mrn, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(source.offsets.size(), calls); // no loader left to call
    }

    void failedPageKeepsRowsAndReports()
    {
        FakeSource source;
        PatientListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&model, &PatientListModel::loadFailed);
        model.setLoader(source.loader());
        source.fail = true;
        model.fetchMore({});
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toString(), QStringLiteral("The replica could not be read."));
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(!model.canFetchMore({})); // no retry storm on every scroll
        model.reload();
        QCOMPARE(failed.size(), 2);
        QCOMPARE(model.rowCount(), 0);
        source.fail = false;
        model.reload();
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(model.canFetchMore({}));
    }

    void lastPartialPageEndsFetching()
    {
        FakeSource source;
        source.all = synthetic(450);
        PatientListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLoader(source.loader());
        model.fetchMore({});
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
    }
};

QTEST_GUILESS_MAIN(TestPatientListModel)
#include "test_patientlistmodel.moc"
