// SyncWorker: a sync in the background with its own connection, progress and results as signals, and the purge
// question answered (or abandoned) from the GUI thread.
#include "FakeSyncServer.h"
#include "QueuedSpy.h"
#include "SyncStorageSupport.h"
#include "SyncWorkerSupport.h"
#include "storage/sync/SyncState.h"
#include "sync/SyncWorker.h"

using namespace novamind;
using namespace novamind::test;

class TestSyncWorker : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<FakeTransport> m_transport;
    std::unique_ptr<FakeSyncServer> m_server;

    std::unique_ptr<SyncWorker> worker() { return fakeTransportWorker(*m_replica, *m_transport); }

    SyncRequest request() { return fakeServerRequest(*m_replica); }

    void seed(const QString &patient, int notes)
    {
        m_server->upsert(QStringLiteral("patient"), patient,
                         patientJson(patient, QStringLiteral("MRN-") + patient, QStringLiteral("Doe")));
        for (int i = 0; i < notes; ++i) {
            const QString id = QStringLiteral("%1-n%2").arg(patient).arg(i);
            m_server->upsert(QStringLiteral("clinical_note"), id, noteJson(id, patient, QStringLiteral("x")));
        }
    }

private Q_SLOTS:
    void initTestCase() { initSyncTest(); }
    void init()
    {
        m_replica = syncReplica(m_dir, QStringLiteral("w%1.db").arg(++m_n));
        m_transport = std::make_unique<FakeTransport>();
        m_server = std::make_unique<FakeSyncServer>(*m_transport);
    }
    void cleanup()
    {
        m_server.reset();
        m_transport.reset();
        m_replica.reset();
    }

    void syncsInTheBackgroundAndReports()
    {
        seed(QStringLiteral("p2"), 3);
        auto w = worker();
        QueuedSpy finished(w.get(), &SyncWorker::finished);
        QueuedSpy progress(w.get(), &SyncWorker::progress);
        w->start(request());
        QVERIFY(w->isRunning());
        w->start(request()); // ignored while running
        QVERIFY(finished.waitFor(1, 20000));
        QVERIFY(!w->isRunning());
        const auto summary = finished.value(0);
        QCOMPARE(summary.pulled, qint64(4));
        QVERIFY(progress.size() >= 3);
        QCOMPARE(progress.lastValue().phase, SyncPhase::Done);
        // The GUI's own connection sees what the worker's connection committed.
        QCOMPARE(SyncState::read(m_replica->database())->cursor, m_server->highWater());
        QCOMPARE(m_transport->requestsTo(QStringLiteral("/v1/auth/token")).size(), size_t(1));
    }

    void aFailureIsReportedAsASignal()
    {
        m_server->setIntercept([](const HttpRequest &) -> std::optional<Result<HttpResponse>> {
            return Result<HttpResponse>(errorReply(400, QStringLiteral("invalid_grant"), QStringLiteral("No.")));
        });
        auto w = worker();
        QueuedSpy failed(w.get(), &SyncWorker::failed);
        w->start(request());
        QVERIFY(failed.waitFor(1, 20000));
        QCOMPARE(failed.value(0).code, ErrorCode::Authentication);
    }

    void thePurgeQuestionWaitsForTheAnswer()
    {
        seed(QStringLiteral("p2"), 1);
        auto first = worker();
        QueuedSpy done(first.get(), &SyncWorker::finished);
        first->start(request());
        QVERIFY(done.waitFor(1, 20000));

        m_server->revoke(QStringLiteral("p1"));
        m_server->revoke(QStringLiteral("p2"));
        auto w = worker();
        QueuedSpy asked(w.get(), &SyncWorker::purgeConfirmationNeeded);
        QueuedSpy finished(w.get(), &SyncWorker::finished);
        w->start(request());
        QVERIFY(asked.waitFor(1, 20000));
        QCOMPARE(asked.value(0).patientIds.size(), 2);
        QVERIFY(w->isRunning());
        w->answerPurge(true);
        QVERIFY(finished.waitFor(1, 20000));
        QCOMPARE(finished.value(0).purgedPatients, 2);
    }

    void cancellingAbandonsThePurgeQuestion()
    {
        seed(QStringLiteral("p2"), 1);
        {
            auto first = worker();
            QueuedSpy done(first.get(), &SyncWorker::finished);
            first->start(request());
            QVERIFY(done.waitFor(1, 20000));
        }
        const qint64 before = SyncState::read(m_replica->database())->cursor;
        m_server->revoke(QStringLiteral("p1"));
        m_server->revoke(QStringLiteral("p2"));
        auto w = worker();
        QueuedSpy asked(w.get(), &SyncWorker::purgeConfirmationNeeded);
        QueuedSpy failed(w.get(), &SyncWorker::failed);
        w->start(request());
        QVERIFY(asked.waitFor(1, 20000));
        w->cancel();
        QVERIFY(failed.waitFor(1, 20000));
        QCOMPARE(SyncState::read(m_replica->database())->cursor, before);
        QCOMPARE(count(m_replica->database(), "SELECT count(*) FROM patient WHERE id IN ('p1', 'p2')"), qint64(2));
    }

    void destroyingAWaitingWorkerDoesNotHang()
    {
        seed(QStringLiteral("p2"), 1);
        {
            auto first = worker();
            QueuedSpy done(first.get(), &SyncWorker::finished);
            first->start(request());
            QVERIFY(done.waitFor(1, 20000));
        }
        m_server->revoke(QStringLiteral("p1"));
        m_server->revoke(QStringLiteral("p2"));
        auto w = worker();
        QueuedSpy asked(w.get(), &SyncWorker::purgeConfirmationNeeded);
        w->start(request());
        QVERIFY(asked.waitFor(1, 20000));
        w.reset(); // cancels and joins
        QCOMPARE(count(m_replica->database(), "SELECT count(*) FROM patient WHERE id IN ('p1', 'p2')"), qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestSyncWorker)
#include "test_syncworker.moc"
