// AuditRetention: acknowledged entries older than the retention period leave the replica, nothing else does, and
// the remaining chain still verifies (novamindctl check's audit verification) from its anchor.
#include "DemoReplica.h"
#include "storage/AuditLog.h"
#include "storage/lifecycle/AuditRetention.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace novamind;
using namespace novamind::test;

class TestAuditRetention : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    // A replica with 20 audit entries (seq 1..20).
    std::unique_ptr<Replica> replicaWithTrail()
    {
        auto created =
            Replica::create(m_dir.filePath(QStringLiteral("r%1.db").arg(++m_counter)), QStringLiteral("dr.ada"),
                            "retention passphrase", Role::Psychiatrist, cheapOptions());
        Q_ASSERT(created.ok());
        Database &db = created.value()->database();
        const qint64 existing = db.queryInt("SELECT count(*) FROM audit_log").value();
        for (qint64 i = existing; i < 20; ++i) {
            [[maybe_unused]] const Status s =
                AuditLog::append(db, QStringLiteral("dr.ada"), QStringLiteral("read"), QStringLiteral("patient"),
                                 QStringLiteral("p1"), QStringLiteral("treatment"));
            Q_ASSERT(s.ok());
        }
        return std::move(created).value();
    }

    static void acknowledge(Database &db, qint64 seq)
    {
        auto stmt = db.prepare("INSERT INTO audit_checkpoint (seq, hash, acked_at)"
                               " SELECT seq, hash, '2026-01-01' FROM audit_log WHERE seq = ?");
        QVERIFY(stmt.ok());
        stmt->bind(1, seq);
        QVERIFY(stmt->run().ok());
        QCOMPARE(db.changes(), 1);
    }

    // Far enough ahead that every entry written today is past a six-year retention.
    static QDateTime later() { return QDateTime::currentDateTimeUtc().addYears(7); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void unacknowledgedEntriesAreNeverPruned()
    {
        auto replica = replicaWithTrail();
        Database &db = replica->database();
        const qint64 before = db.queryInt("SELECT count(*) FROM audit_log").value();
        auto pruned =
            AuditRetention::prune(db, QStringLiteral("dr.ada"), AuditRetention::kDefaultRetentionDays, later());
        QVERIFY(pruned.ok());
        QCOMPARE(pruned.value(), qint64(0));
        QCOMPARE(db.queryInt("SELECT count(*) FROM audit_log").value(), before);
        // Not even by hand: the database refuses to delete what the server has not acknowledged.
        QVERIFY(!db.exec("DELETE FROM audit_log WHERE seq = 1").ok());
        QVERIFY(!db.exec("INSERT INTO audit_anchor (id, seq, hash, pruned_at) VALUES (1, 3, 'x', '')").ok());
    }

    void acknowledgedOldEntriesGoAndTheChainStillVerifies()
    {
        auto replica = replicaWithTrail();
        Database &db = replica->database();
        acknowledge(db, 12);
        auto pruned =
            AuditRetention::prune(db, QStringLiteral("dr.ada"), AuditRetention::kDefaultRetentionDays, later());
        QVERIFY(pruned.ok());
        QCOMPARE(pruned.value(), qint64(11)); // 1..11; the acknowledged entry 12 stays for the server's resume
        QCOMPARE(db.queryInt("SELECT min(seq) FROM audit_log").value(), qint64(12));
        QCOMPARE(db.queryInt("SELECT seq FROM audit_anchor").value(), qint64(11));
        // Entries after the acknowledgement are untouched; the pruning itself is entry 21.
        QCOMPARE(db.queryInt("SELECT max(seq) FROM audit_log").value(), qint64(21));
        QCOMPARE(db.queryInt("SELECT count(*) FROM audit_log WHERE action = 'prune' AND purpose = 'retention'").value(),
                 qint64(1));

        auto verified = AuditLog::verify(db);
        QVERIFY(verified.ok());
        QVERIFY2(verified->ok, qPrintable(verified->problem));
        auto report = replica->check();
        QVERIFY(report.ok());
        QVERIFY2(report->ok, qPrintable(report->problems.join(QLatin1Char(' '))));
        QCOMPARE(report->auditFirstBadSeq, qint64(0));

        // Still no way past the acknowledgement, and pruning again finds nothing new.
        QVERIFY(!db.exec("DELETE FROM audit_log WHERE seq = 12").ok());
        QCOMPARE(AuditRetention::prune(db, QStringLiteral("dr.ada"), 2190, later()).value(), qint64(0));

        // The anchor is what the chain is checked against: a forged anchor breaks verification.
        QVERIFY(db.exec("UPDATE audit_anchor SET hash = 'forged'").ok());
        verified = AuditLog::verify(db);
        QVERIFY(verified.ok());
        QVERIFY(!verified->ok);
        QCOMPARE(verified->firstBadSeq, qint64(12));
    }

    void recentEntriesStayWhateverTheAcknowledgement()
    {
        auto replica = replicaWithTrail();
        Database &db = replica->database();
        acknowledge(db, 20);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(AuditRetention::prune(db, QStringLiteral("dr.ada"), 2190, now).value(), qint64(0));
        QCOMPARE(AuditRetention::prune(db, QStringLiteral("dr.ada"), 0, later()).value(), qint64(0)); // 0 = keep all
        QCOMPARE(db.queryInt("SELECT count(*) FROM audit_log").value(), qint64(20));
    }
};

QTEST_GUILESS_MAIN(TestAuditRetention)
#include "test_auditretention.moc"
