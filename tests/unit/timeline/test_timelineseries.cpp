// ClinicalRepository::timelineSeries: the lean column read gives exactly the states timeline() gives, under the same
// access check and audit.
#include "../../gui/timeline/TimelineFixture.h"
#include "TestSupport.h"
#include "models/timeline/TimelineData.h"
#include "storage/ClinicalRepository.h"
#include "storage/UnitOfWork.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace novamind;

class TestTimelineSeries : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::TimelineReplica m_fx;

    qint64 auditedReads()
    {
        auto stmt = m_fx.session.db->prepare(
            "SELECT count(*) FROM audit_log WHERE action = 'read' AND entity = 'twin_state' AND entity_id = ?");
        if (!stmt.ok())
            return -1;
        stmt->bind(1, m_fx.patientId);
        if (!stmt->step().ok())
            return -1;
        return stmt->columnInt64(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto fx = test::makeTimelineReplica(m_dir.filePath(QStringLiteral("series.db")), 90, test::cheapOptions());
        QVERIFY2(fx.ok(), fx.ok() ? "" : qPrintable(fx.error().message));
        m_fx = std::move(fx.value());
    }

    void columnsMatchTheStates_data()
    {
        QTest::addColumn<int>("fromDay");
        QTest::addColumn<int>("toDay");
        QTest::newRow("all") << -1000 << 1000;
        QTest::newRow("a month, bounds included") << 20 << 50;
        QTest::newRow("before the first") << -20 << -1;
    }

    void columnsMatchTheStates()
    {
        QFETCH(int, fromDay);
        QFETCH(int, toDay);
        const QDateTime from = m_fx.dayAt(fromDay);
        const QDateTime to = m_fx.dayAt(toDay);
        std::vector<DigitalTwinState> states;
        TwinStateColumns cols;
        const Status read = UnitOfWork::perform(m_fx.session, [&](UnitOfWork &uow) -> Status {
            auto s = ClinicalRepository::timeline(uow, m_fx.patientId, from, to);
            if (!s.ok())
                return s.error();
            states = std::move(s.value());
            auto c = ClinicalRepository::timelineSeries(uow, m_fx.patientId, from, to);
            if (!c.ok())
                return c.error();
            cols = std::move(c.value());
            return {};
        });
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        const int expected = std::max(0, std::min(toDay, m_fx.days - 1) - std::max(fromDay, 0) + 1);
        QCOMPARE(states.size(), size_t(expected));
        QCOMPARE(cols.size(), states.size());
        QCOMPARE(cols.riskLevel.size(), states.size());
        const auto column = [&](const char *key) {
            const std::vector<double> *c = cols.column(QString::fromLatin1(key));
            return c ? *c : std::vector<double>();
        };
        const auto depression = column("symptom.depression");
        const auto dopamine = column("neurotransmitter.dopamine");
        const auto sleep = column("behavioral.sleep_hours");
        const auto functioning = column("functional.global_functioning");
        const auto suicide = column("risk.suicide_risk");
        for (const auto *c : {&depression, &dopamine, &sleep, &functioning, &suicide})
            QCOMPARE(c->size(), states.size());
        const auto &levels = TwinStateColumns::riskLevelNames();
        for (size_t i = 0; i < states.size(); ++i) {
            QCOMPARE(cols.ts[i], states[i].timestamp.toMSecsSinceEpoch());
            QCOMPARE(depression[i], states[i].symptom.depression);
            QCOMPARE(dopamine[i], states[i].neurotransmitter.dopamine);
            QCOMPARE(sleep[i], states[i].behavioral.sleepHours);
            QCOMPARE(functioning[i], states[i].functional.globalFunctioning);
            QCOMPARE(suicide[i], states[i].risk.suicideRisk);
            QVERIFY(cols.riskLevel[i] >= 0);
            QCOMPARE(levels[size_t(cols.riskLevel[i])], states[i].risk.level);
        }
        // Every dimension the timeline draws is read.
        for (const TimelineSeriesSpec &spec : TimelineMapping::specs())
            QVERIFY2(cols.column(spec.key), qPrintable(spec.key));
    }

    void isAuditedLikeTimeline()
    {
        const qint64 before = auditedReads();
        const auto read = UnitOfWork::perform(m_fx.session, [&](UnitOfWork &uow) {
            return ClinicalRepository::timelineSeries(uow, m_fx.patientId, m_fx.dayAt(0), m_fx.dayAt(10));
        });
        QVERIFY(read.ok());
        QCOMPARE(auditedReads(), before + 1);
    }

    void refusesWhoMayNotSeeThePatient()
    {
        Session stranger = m_fx.session;
        stranger.userId = QStringLiteral("dr.nobody");
        stranger.organizationId.clear();
        const qint64 before = auditedReads();
        const auto read = UnitOfWork::perform(stranger, [&](UnitOfWork &uow) {
            return ClinicalRepository::timelineSeries(uow, m_fx.patientId, m_fx.dayAt(0), m_fx.dayAt(10));
        });
        QVERIFY(!read.ok());
        QCOMPARE(auditedReads(), before);
    }
};

QTEST_GUILESS_MAIN(TestTimelineSeries)
#include "test_timelineseries.moc"
