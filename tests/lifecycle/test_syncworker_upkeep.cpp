// SyncWorker's upkeep: after a successful background sync the GUI's worker evicts what replica/evictAfterDays says,
// and a failed upkeep is told without turning the sync into a failure.
#include "FakeSyncServer.h"
#include "SyncStorageSupport.h"
#include "storage/lifecycle/CacheEviction.h"
#include "sync/SyncWorker.h"

#include <QSignalSpy>

using namespace novamind;
using namespace novamind::test;

namespace {

// Hands every request to the test's FakeTransport, which the worker cannot own.
class ForwardingTransport final : public Transport
{
public:
    explicit ForwardingTransport(FakeTransport &target)
        : m_target(target)
    {}
    Result<HttpResponse> send(const HttpRequest &request) override { return m_target.send(request); }
    void cancel() override { m_target.cancel(); }

private:
    FakeTransport &m_target;
};

} // namespace

class TestSyncWorkerUpkeep : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<FakeTransport> m_transport;
    std::unique_ptr<FakeSyncServer> m_server;

    std::unique_ptr<SyncWorker> worker()
    {
        auto w = std::make_unique<SyncWorker>(*m_replica);
        w->setTransportFactory([this](const TransportOptions &) -> Result<std::unique_ptr<Transport>> {
            return std::unique_ptr<Transport>(std::make_unique<ForwardingTransport>(*m_transport));
        });
        return w;
    }

    SyncRequest request(int evictAfterDays, int retentionDays)
    {
        SyncRequest r;
        r.transport.baseUrl = QStringLiteral("http://127.0.0.1:1");
        r.serverUser = QStringLiteral("dr.ada");
        r.serverPassword = SecureBytes("pw", 2);
        r.engine.userId = QStringLiteral("dr.ada");
        r.engine.deviceId = m_replica->identity().replicaId;
        r.evictAfterDays = evictAfterDays;
        r.auditRetentionDays = retentionDays;
        return r;
    }

    // p2 synced down, then left unopened for 40 days.
    void syncOldPatient()
    {
        m_server->upsert(QStringLiteral("patient"), QStringLiteral("p2"),
                         patientJson(QStringLiteral("p2"), QStringLiteral("MRN-p2"), QStringLiteral("Doe")));
        auto w = worker();
        QSignalSpy finished(w.get(), &SyncWorker::finished);
        w->start(request(0, 0));
        QVERIFY(finished.wait(20000));
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
        QSignalSpy done(w.get(), &SyncWorker::upkeepDone);
        QSignalSpy failed(w.get(), &SyncWorker::upkeepFailed);
        QSignalSpy finished(w.get(), &SyncWorker::finished);
        w->start(request(30, 2190));
        QVERIFY(finished.wait(20000));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.at(0).at(0).toInt(), 1);
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
        QSignalSpy done(w.get(), &SyncWorker::upkeepDone);
        QSignalSpy finished(w.get(), &SyncWorker::finished);
        w->start(request(0, 0));
        QVERIFY(finished.wait(20000));
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.at(0).at(0).toInt(), 0);
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
        QSignalSpy done(w.get(), &SyncWorker::upkeepDone);
        QSignalSpy upkeepFailed(w.get(), &SyncWorker::upkeepFailed);
        QSignalSpy finished(w.get(), &SyncWorker::finished);
        QSignalSpy failed(w.get(), &SyncWorker::failed);
        w->start(request(30, 2190));
        QVERIFY(finished.wait(20000));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(done.size(), 0);
        QCOMPARE(upkeepFailed.size(), 1);
        QVERIFY(!upkeepFailed.at(0).at(0).value<Error>().message.isEmpty());
        QCOMPARE(count(m_replica->database(), "SELECT count(*) FROM patient WHERE id = 'p2'"), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestSyncWorkerUpkeep)
#include "test_syncworker_upkeep.moc"
