// SyncWorker's upkeep: after a successful background sync the GUI's worker evicts what replica/evictAfterDays says,
// and a failed upkeep is told without turning the sync into a failure.
#include "FakeSyncServer.h"
#include "QueuedSpy.h"
#include "SyncStorageSupport.h"
#include "SyncWorkerSupport.h"
#include "storage/lifecycle/CacheEviction.h"
#include "sync/SyncWorker.h"

using namespace novamind;
using namespace novamind::test;

class TestSyncWorkerUpkeep : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<FakeTransport> m_transport;
    std::unique_ptr<FakeSyncServer> m_server;

    std::unique_ptr<SyncWorker> worker() { return fakeTransportWorker(*m_replica, *m_transport); }

    SyncRequest request(int evictAfterDays, int retentionDays)
    {
        SyncRequest r = fakeServerRequest(*m_replica);
        r.upkeep.evictAfterDays = evictAfterDays;
        r.upkeep.auditRetentionDays = retentionDays;
        return r;
    }

    // p2 synced down, then left unopened for 40 days.
    void syncOldPatient()
    {
        m_server->upsert(QStringLiteral("patient"), QStringLiteral("p2"),
                         patientJson(QStringLiteral("p2"), QStringLiteral("MRN-p2"), QStringLiteral("Doe")));
        auto w = worker();
        QueuedSpy finished(w.get(), &SyncWorker::finished);
        w->start(request(0, 0));
        QVERIFY(finished.waitFor(1, 20000));
        Database &db = m_replica->database();
        QCOMPARE(count(db, "SELECT count(*) FROM patient WHERE id = 'p2'"), qint64(1));
        auto stmt = db.prepare("UPDATE patient SET last_opened_at = ? WHERE id = 'p2'");
        QVERIFY(stmt.ok());
        stmt->bind(1, toMs(QDateTime::currentDateTimeUtc().addDays(-40)));
        QVERIFY(stmt->run().ok());
        QCOMPARE(db.changes(), 1);
    }

private Q_SLOTS:
    void initTestCase() { initSyncTest(); }
    void init()
    {
        m_replica = syncReplica(m_dir, QStringLiteral("u%1.db").arg(++m_n));
        m_transport = std::make_unique<FakeTransport>();
        m_server = std::make_unique<FakeSyncServer>(*m_transport);
    }
    void cleanup()
    {
        m_server.reset();
        m_transport.reset();
        m_replica.reset();
    }

    void aSuccessfulSyncEvictsTheOldPatient()
    {
        syncOldPatient();
        if (QTest::currentTestFailed())
            return;
        auto w = worker();
        QueuedSpy done(w.get(), &SyncWorker::upkeepDone);
        QueuedSpy failed(w.get(), &SyncWorker::upkeepFailed);
        QueuedSpy finished(w.get(), &SyncWorker::finished);
        w->start(request(30, 2190));
        QVERIFY(finished.waitFor(1, 20000));
        QCOMPARE(failed.size(), size_t(0));
        QCOMPARE(done.size(), size_t(1));
        QCOMPARE(done.value(0), 1);
        Database &db = m_replica->database();
        QCOMPARE(count(db, "SELECT count(*) FROM patient WHERE id = 'p2'"), qint64(0));
        QCOMPARE(count(db, "SELECT count(*) FROM patient WHERE id = 'p1'"), qint64(1));
        QCOMPARE(CacheEviction::evicted(db).value(), QStringList{QStringLiteral("p2")});
    }

    void settingsAtZeroKeepThePatient()
    {
        syncOldPatient();
        if (QTest::currentTestFailed())
            return;
        auto w = worker();
        QueuedSpy done(w.get(), &SyncWorker::upkeepDone);
        QueuedSpy finished(w.get(), &SyncWorker::finished);
        w->start(request(0, 0));
        QVERIFY(finished.waitFor(1, 20000));
        QCOMPARE(done.size(), size_t(1));
        QCOMPARE(done.value(0), 0);
        QCOMPARE(count(m_replica->database(), "SELECT count(*) FROM patient WHERE id = 'p2'"), qint64(1));
    }

    void aFailedUpkeepLeavesTheSyncSuccessful()
    {
        syncOldPatient();
        if (QTest::currentTestFailed())
            return;
        // Eviction keeps its bookkeeping here; without it the upkeep cannot run.
        QVERIFY(m_replica->database().exec("DROP TABLE patient_cache_seen").ok());
        auto w = worker();
        QueuedSpy done(w.get(), &SyncWorker::upkeepDone);
        QueuedSpy upkeepFailed(w.get(), &SyncWorker::upkeepFailed);
        QueuedSpy finished(w.get(), &SyncWorker::finished);
        QueuedSpy failed(w.get(), &SyncWorker::failed);
        w->start(request(30, 2190));
        QVERIFY(finished.waitFor(1, 20000));
        QCOMPARE(failed.size(), size_t(0));
        QCOMPARE(done.size(), size_t(0));
        QCOMPARE(upkeepFailed.size(), size_t(1));
        QVERIFY(!upkeepFailed.value(0).message.isEmpty());
        QCOMPARE(count(m_replica->database(), "SELECT count(*) FROM patient WHERE id = 'p2'"), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestSyncWorkerUpkeep)
#include "test_syncworker_upkeep.moc"
