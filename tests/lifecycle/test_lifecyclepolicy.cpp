// LifecyclePolicy: the upkeep after a sync evicts an old untouched patient and prunes acknowledged old audit entries,
// and with both settings at 0 leaves the replica exactly as it was.
#include "DemoReplica.h"
#include "storage/AuditLog.h"
#include "storage/lifecycle/CacheEviction.h"
#include "storage/lifecycle/LifecyclePolicy.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace novamind;
using namespace novamind::test;

class TestLifecyclePolicy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    // Seven years on: past the six-year retention for every entry written today.
    const QDateTime m_now = QDateTime::currentDateTimeUtc().addYears(7);

    // Two patients (one opened 40 days before m_now, one 2 days before) and an audit trail acknowledged up to its
    // last entry but one.
    std::unique_ptr<Replica> create()
    {
        auto created =
            Replica::create(m_dir.filePath(QStringLiteral("life%1.db").arg(++m_counter)), QStringLiteral("dr.ada"),
                            "lifecycle passphrase", Role::Psychiatrist, cheapOptions());
        return created.ok() ? std::move(created).value() : nullptr;
    }

    void seed(Replica &replica)
    {
        Database &db = replica.database();
        QVERIFY(
            seedPatientInCare(replica, QStringLiteral("dr.ada"), QStringLiteral("p-old"), QStringLiteral("M1")).ok());
        QVERIFY(addUnrelatedPatient(replica, QStringLiteral("p-recent"), QStringLiteral("M2"), QStringLiteral("Family"),
                                    QStringLiteral("Given"))
                    .ok());
        setOpened(db, QStringLiteral("p-old"), m_now.addDays(-40));
        setOpened(db, QStringLiteral("p-recent"), m_now.addDays(-2));
        for (int i = 0; i < 10; ++i)
            QVERIFY(AuditLog::append(db, QStringLiteral("dr.ada"), QStringLiteral("read"), QStringLiteral("patient"),
                                     QStringLiteral("p-recent"), QStringLiteral("treatment"))
                        .ok());
        QVERIFY(db.exec("INSERT INTO audit_checkpoint (seq, hash, acked_at) SELECT seq, hash, '2026-01-01'"
                        " FROM audit_log WHERE seq = (SELECT max(seq) - 1 FROM audit_log)")
                    .ok());
        QCOMPARE(count(db, "SELECT count(*) FROM patient"), qint64(2));
    }

    static void setOpened(Database &db, const QString &id, const QDateTime &when)
    {
        auto stmt = db.prepare("UPDATE patient SET last_opened_at = ? WHERE id = ?");
        QVERIFY(stmt.ok());
        stmt->bind(1, toMs(when)).bind(2, id);
        QVERIFY(stmt->run().ok());
        QCOMPARE(db.changes(), 1);
    }

    static qint64 count(Database &db, const char *sql) { return db.queryInt(sql).value(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void evictsTheOldPatientAndPrunesAcknowledgedEntries()
    {
        auto replica = create();
        QVERIFY(replica);
        seed(*replica);
        if (QTest::currentTestFailed())
            return;
        Database &db = replica->database();
        const qint64 acknowledged = count(db, "SELECT seq FROM audit_checkpoint");
        QVERIFY(acknowledged > 1);

        auto done = LifecyclePolicy::runAfterSync(db, QStringLiteral("dr.ada"), LifecycleSchedule{30, 30, 2190}, m_now);
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().detail));
        QCOMPARE(done->evicted.patients, 1);
        QVERIFY(done->evicted.rows >= 2);
        QCOMPARE(CacheEviction::evicted(db).value(), QStringList{QStringLiteral("p-old")});
        QCOMPARE(count(db, "SELECT count(*) FROM patient WHERE id = 'p-old'"), qint64(0));
        QCOMPARE(count(db, "SELECT count(*) FROM patient WHERE id = 'p-recent'"), qint64(1));

        // Every entry before the acknowledged one went; it and everything after it (the eviction's own entry too)
        // stay, and the shortened chain still verifies.
        QCOMPARE(done->auditPruned, acknowledged - 1);
        QCOMPARE(count(db, "SELECT min(seq) FROM audit_log"), acknowledged);
        QCOMPARE(count(db, "SELECT count(*) FROM audit_log WHERE action = 'purge' AND entity_id = 'p-old'"), qint64(1));
        auto verified = AuditLog::verify(db);
        QVERIFY(verified.ok());
        QVERIFY2(verified->ok, qPrintable(verified->problem));
        QVERIFY(replica->check().value().ok);

        // A second run right after finds nothing more to do.
        auto again =
            LifecyclePolicy::runAfterSync(db, QStringLiteral("dr.ada"), LifecycleSchedule{30, 30, 2190}, m_now);
        QVERIFY(again.ok());
        QCOMPARE(again->evicted.patients, 0);
        QCOMPARE(again->auditPruned, qint64(0));
    }

    void allSettingsAtZeroLeaveEverything()
    {
        auto replica = create();
        QVERIFY(replica);
        seed(*replica);
        if (QTest::currentTestFailed())
            return;
        Database &db = replica->database();
        const qint64 patients = count(db, "SELECT count(*) FROM patient");
        const qint64 entries = count(db, "SELECT count(*) FROM audit_log");
        const qint64 last = count(db, "SELECT max(seq) FROM audit_log");

        auto done = LifecyclePolicy::runAfterSync(db, QStringLiteral("dr.ada"), LifecycleSchedule{}, m_now);
        QVERIFY(done.ok());
        QCOMPARE(done->evicted.patients, 0);
        QCOMPARE(done->auditPruned, qint64(0));
        QCOMPARE(count(db, "SELECT count(*) FROM patient"), patients);
        QCOMPARE(count(db, "SELECT count(*) FROM audit_log"), entries);
        QCOMPARE(count(db, "SELECT max(seq) FROM audit_log"), last); // not even a "prune" entry
        QVERIFY(CacheEviction::evicted(db).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLifecyclePolicy)
#include "test_lifecyclepolicy.moc"
