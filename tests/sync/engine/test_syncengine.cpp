// SyncEngine: whole sync runs of a real replica against a scripted server — pushing, pulling, resyncs, purges,
// failures at every step, cancellation — and what the replica holds afterwards.
#include "FakeSyncServer.h"
#include "SyncStorageSupport.h"
#include "storage/sync/ChangeApplier.h"
#include "storage/sync/Outbox.h"
#include "storage/sync/RecordEditor.h"
#include "storage/sync/SyncState.h"
#include "sync/AuditShipper.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <set>

using namespace novamind;
using namespace novamind::test;

namespace {

const QString kUser = QStringLiteral("dr.ada");
const QString kNote = QStringLiteral("clinical_note");
const QString kPatient = QStringLiteral("patient");

QStringList keysOf(const HttpRequest &push)
{
    QStringList keys;
    for (const QJsonValue &m : QJsonDocument::fromJson(push.body).object().value(QLatin1String("mutations")).toArray())
        keys << m.toObject().value(QLatin1String("idempotency_key")).toString();
    return keys;
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<FakeTransport> m_transport;
    std::unique_ptr<FakeSyncServer> m_server;
    std::unique_ptr<SyncClient> m_client;
    std::vector<SyncProgress> m_progress;

    Database &db() { return m_replica->database(); }

    SyncEngineOptions options(int pageLimit = 5000, int pushBatch = 100)
    {
        SyncEngineOptions o;
        o.userId = kUser;
        o.deviceId = m_replica->identity().replicaId;
        o.pageLimit = pageLimit;
        o.pushBatch = pushBatch;
        return o;
    }

    Result<SyncSummary> sync(SyncEngineOptions o, SyncEngine::Callbacks callbacks = {})
    {
        m_progress.clear();
        if (!callbacks.progress)
            callbacks.progress = [this](const SyncProgress &p) { m_progress.push_back(p); };
        SyncEngine engine(db(), *m_client, std::move(o));
        return engine.run(callbacks);
    }
    Result<SyncSummary> sync(int pageLimit = 5000, int pushBatch = 100) { return sync(options(pageLimit, pushBatch)); }

    // A fresh client: a cancelled one stays cancelled.
    void newClient()
    {
        RetryPolicy retry;
        retry.maxAttempts = 2;
        m_client = std::make_unique<SyncClient>(*m_transport,
                                                SyncCredentials{kUser, SecureBytes("server password", 15)}, retry);
        m_client->setSleeper([](std::chrono::milliseconds) {});
    }

    qint64 cursor() { return SyncState::read(db()).value().cursor; }
    bool hasNote(const QString &id)
    {
        return count(db(), "SELECT count(*) FROM clinical_note WHERE id = '" + id.toStdString() + "'") == 1;
    }
    qint64 pending() { return Outbox::pendingCount(db()).value(); }

    // Patient p2 and `notes` notes of theirs on the server, in feed order.
    void seedServer(int notes, const QString &patient = QStringLiteral("p2"))
    {
        m_server->upsert(kPatient, patient,
                         patientJson(patient, QStringLiteral("MRN-") + patient, QStringLiteral("Doe")));
        for (int i = 0; i < notes; ++i) {
            const QString id = QStringLiteral("%1-n%2").arg(patient).arg(i);
            m_server->upsert(kNote, id, noteJson(id, patient, QStringLiteral("server note")));
        }
    }

    void editLocally(const QString &id, const QString &patient = QStringLiteral("p1"))
    {
        const Status s =
            RecordEditor::create(sessionOf(*m_replica), kNote, noteJson(id, patient, QStringLiteral("mine")));
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message + QLatin1Char(' ') + s.error().detail));
    }

private Q_SLOTS:
    void initTestCase() { initSyncTest(); }
    void init()
    {
        m_replica = syncReplica(m_dir, QStringLiteral("r%1.db").arg(++m_n));
        m_transport = std::make_unique<FakeTransport>();
        m_server = std::make_unique<FakeSyncServer>(*m_transport);
        newClient();
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        m_transport.reset();
        m_replica.reset();
    }

    void firstSyncPullsEveryPageAndShipsTheAuditTrail()
    {
        seedServer(6);
        editLocally(QStringLiteral("mine")); // audited, so the trail has something to ship
        const qint64 auditEntries = count(db(), "SELECT count(*) FROM audit_log");
        QVERIFY(auditEntries > 0);
        auto summary = sync(3); // 7 changes in pages of 3, plus the echo of our note
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().detail));
        QCOMPARE(summary->pushed.applied, 1);
        QCOMPARE(summary->pulled + summary->skipped, qint64(8));
        QCOMPARE(summary->pages, qint64(3));
        QCOMPARE(summary->cursor, m_server->highWater());
        QCOMPARE(cursor(), m_server->highWater());
        QVERIFY(!summary->fullResync);
        QVERIFY(hasNote(QStringLiteral("p2-n5")));
        QVERIFY(summary->bytes > 0);
        // Every audit entry up to the run's start reached the server, and its checkpoint is recorded.
        QCOMPARE(summary->auditShipped, auditEntries);
        QCOMPARE(AuditShipper::acknowledgedSeq(db()).value(), m_server->auditHead());
        QVERIFY(SyncState::read(db())->lastSync.has_value());
        // Progress: signing in first, a pulling step per page, done last.
        QCOMPARE(m_progress.front().phase, SyncPhase::SigningIn);
        QCOMPARE(m_progress.back().phase, SyncPhase::Done);
        QCOMPARE(std::count_if(m_progress.begin(), m_progress.end(),
                               [](const SyncProgress &p) { return p.phase == SyncPhase::Pulling; }),
                 3);
        QCOMPARE(m_server->auditBatches(), 1);

        // Nothing new: one empty page, nothing pulled.
        auto again = sync(3);
        QVERIFY(again.ok());
        QCOMPARE(again->pulled, qint64(0));
        QCOMPARE(again->pages, qint64(1));
        QCOMPARE(m_transport->requestsTo(QStringLiteral("/v1/auth/token")).size(), size_t(1)); // token reused
    }

    void withoutPrefetchTheSameResult()
    {
        seedServer(4);
        SyncEngineOptions o = options(2);
        o.prefetch = false;
        auto summary = sync(o);
        QVERIFY(summary.ok());
        QCOMPARE(summary->pulled, qint64(5));
        QCOMPARE(summary->pages, qint64(3));
        QCOMPARE(cursor(), m_server->highWater());
    }

    void pushesInBatchesAndEveryEditArrives()
    {
        for (int i = 0; i < 5; ++i)
            editLocally(QStringLiteral("mine-%1").arg(i));
        QCOMPARE(pending(), qint64(5));
        auto summary = sync(5000, 2);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().detail));
        QCOMPARE(summary->pushed.applied, 5);
        QCOMPARE(pending(), qint64(0));
        const auto pushes = m_transport->requestsTo(QStringLiteral("/v1/push"));
        QCOMPARE(pushes.size(), size_t(3));
        QCOMPARE(keysOf(pushes[0]).size(), 2);
        QCOMPARE(keysOf(pushes[2]).size(), 1);
        for (int i = 0; i < 5; ++i) {
            const auto doc = m_server->doc(kNote, QStringLiteral("mine-%1").arg(i));
            QVERIFY(doc.has_value());
            QCOMPARE(doc->version, qint64(1));
        }
        // The echo of our own writes comes back in the feed and leaves our rows as they are.
        QVERIFY(hasNote(QStringLiteral("mine-4")));
        QCOMPARE(summary->pullConflicts, qint64(0));
        QCOMPARE(summary->conflicts, 0);
    }

    void aFailedPushIsResentWithTheSameKeys()
    {
        for (int i = 0; i < 3; ++i)
            editLocally(QStringLiteral("mine-%1").arg(i));
        // Every push attempt of this run fails on the way.
        m_server->setIntercept([](const HttpRequest &r) -> std::optional<Result<HttpResponse>> {
            if (r.path != QLatin1String("/v1/push"))
                return std::nullopt;
            return Result<HttpResponse>(networkError());
        });
        auto failed = sync();
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, ErrorCode::Network);
        QCOMPARE(pending(), qint64(3));
        const QStringList firstKeys = keysOf(m_transport->requestsTo(QStringLiteral("/v1/push")).front());

        m_server->setIntercept({});
        auto ok = sync();
        QVERIFY(ok.ok());
        QCOMPARE(keysOf(m_transport->requestsTo(QStringLiteral("/v1/push")).back()), firstKeys);
        QCOMPARE(ok->pushed.applied, 3);
        QCOMPARE(pending(), qint64(0));
    }

    void aLostPushAnswerEndsInDuplicatesNotDoubleWrites()
    {
        for (int i = 0; i < 2; ++i)
            editLocally(QStringLiteral("mine-%1").arg(i));
        m_server->setIntercept([this](const HttpRequest &r) -> std::optional<Result<HttpResponse>> {
            if (r.path != QLatin1String("/v1/push"))
                return std::nullopt;
            m_server->setIntercept({}); // answer the copy below for real, then lose the answer
            (void)m_server->handle(r);
            return Result<HttpResponse>(networkError());
        });
        auto failed = sync(); // the client's retry gets the duplicates within the same run
        QVERIFY2(failed.ok(), qPrintable(failed.ok() ? QString() : failed.error().detail));
        QCOMPARE(failed->pushed.duplicates, 2);
        QCOMPARE(pending(), qint64(0));
        QCOMPARE(m_server->doc(kNote, QStringLiteral("mine-0"))->version, qint64(1));
    }

    void conflictsAndRefusalsAreRecordedNotLost()
    {
        editLocally(QStringLiteral("clash"));
        editLocally(QStringLiteral("refused"));
        editLocally(QStringLiteral("fine"));
        m_server->setPushOverride([](const QJsonObject &m) -> std::optional<QJsonObject> {
            const QString id = m.value(QLatin1String("id")).toString();
            if (id == QLatin1String("clash"))
                return QJsonObject{{QStringLiteral("status"), QStringLiteral("conflict")},
                                   {QStringLiteral("server_version"), 3},
                                   {QStringLiteral("server_data"),
                                    noteJson(QStringLiteral("clash"), QStringLiteral("p1"), QStringLiteral("theirs"))}};
            if (id == QLatin1String("refused"))
                return QJsonObject{{QStringLiteral("status"), QStringLiteral("rejected")},
                                   {QStringLiteral("error"), QStringLiteral("invalid_content")},
                                   {QStringLiteral("http_status"), 422},
                                   {QStringLiteral("message"), QStringLiteral("Field \"kind\" is not valid.")}};
            return std::nullopt;
        });
        auto summary = sync();
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().detail));
        QCOMPARE(summary->pushed.applied, 1);
        QCOMPARE(summary->pushed.conflicts, 1);
        QCOMPARE(summary->pushed.rejected, 1);
        QCOMPARE(summary->quarantined, 1);
        QCOMPARE(summary->conflicts, 1);
        QCOMPARE(pending(), qint64(0));
        // Our versions are still here for the user to resolve or retry.
        QVERIFY(hasNote(QStringLiteral("clash")));
        QVERIFY(hasNote(QStringLiteral("refused")));
        const auto quarantined = Outbox::quarantined(db()).value();
        QCOMPARE(quarantined.size(), size_t(1));
        QCOMPARE(quarantined.front().lastError, QStringLiteral("Field \"kind\" is not valid."));
    }

    void aFailedPageLeavesTheCursorAtTheLastGoodPage()
    {
        seedServer(5); // 6 changes, pages of 2
        int changesRequests = 0;
        m_server->setIntercept([&](const HttpRequest &r) -> std::optional<Result<HttpResponse>> {
            if (!r.path.startsWith(QLatin1String("/v1/changes")) || ++changesRequests != 2)
                return std::nullopt;
            return Result<HttpResponse>(HttpResponse{200, {}, QByteArray("{\"changes\":[{\"seq\":")});
        });
        auto failed = sync(2);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, ErrorCode::Server);
        QCOMPARE(failed.error().message, QStringLiteral("The server sent a reply this version cannot read."));
        QCOMPARE(cursor(), qint64(2));
        QVERIFY(hasNote(QStringLiteral("p2-n0")));
        QVERIFY(!hasNote(QStringLiteral("p2-n1")));
        QVERIFY(!SyncState::read(db())->lastSync.has_value());

        m_server->setIntercept({});
        auto ok = sync(2);
        QVERIFY(ok.ok());
        QCOMPARE(ok->pulled, qint64(4));
        QCOMPARE(cursor(), m_server->highWater());
        QVERIFY(hasNote(QStringLiteral("p2-n4")));
    }

    void anUnknownCursorStartsAFullResyncThatKeepsLocalWork()
    {
        seedServer(2);
        QVERIFY(sync().ok());
        // Work the server will not take stays in the outbox across the resync.
        editLocally(QStringLiteral("refused"));
        m_server->setPushOverride([](const QJsonObject &) -> std::optional<QJsonObject> {
            return QJsonObject{{QStringLiteral("status"), QStringLiteral("rejected")},
                               {QStringLiteral("error"), QStringLiteral("forbidden")},
                               {QStringLiteral("http_status"), 403},
                               {QStringLiteral("message"), QStringLiteral("Not allowed.")}};
        });
        // The server was restored from a backup older than our cursor, and lost one note.
        m_server->reset();
        seedServer(1);
        auto summary = sync();
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().detail));
        QVERIFY(summary->fullResync);
        QCOMPARE(summary->cursor, m_server->highWater());
        QVERIFY(hasNote(QStringLiteral("p2-n0")));
        QVERIFY(!hasNote(QStringLiteral("p2-n1"))); // swept: the restored server no longer has it
        QVERIFY(hasNote(QStringLiteral("refused")));
        QCOMPARE(summary->quarantined, 1);
        QVERIFY(!SyncState::read(db())->resyncing);
        QVERIFY(std::any_of(m_progress.begin(), m_progress.end(),
                            [](const SyncProgress &p) { return p.phase == SyncPhase::Resyncing; }));
    }

    void aNewServerThatDoesNotKnowTheCursorNeedsOneResync()
    {
        seedServer(3);
        QVERIFY(sync().ok());
        // Another server with less history: it answers 410 to our cursor before its first page names it.
        m_server->reset();
        m_server->resetAudit();
        m_server->setServerId(QStringLiteral("server-2"));
        seedServer(0, QStringLiteral("p3"));
        QVERIFY(m_server->highWater() < cursor());
        auto summary = sync();
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
        QVERIFY(summary->fullResync);
        QCOMPARE(SyncState::read(db())->serverId, QStringLiteral("server-2"));
        QCOMPARE(summary->cursor, m_server->highWater());
        QVERIFY(!hasNote(QStringLiteral("p2-n0")));
    }

    void aChangedServerIdStartsAFullResync()
    {
        seedServer(2);
        QVERIFY(sync().ok());
        QCOMPARE(SyncState::read(db())->serverId, QStringLiteral("server-1"));
        editLocally(QStringLiteral("local-only"));
        // Replaced database, same cursors by chance: only the server id tells.
        m_server->setPushOverride([](const QJsonObject &) -> std::optional<QJsonObject> {
            return QJsonObject{{QStringLiteral("status"), QStringLiteral("rejected")},
                               {QStringLiteral("error"), QStringLiteral("not_found")},
                               {QStringLiteral("http_status"), 404},
                               {QStringLiteral("message"), QStringLiteral("No such patient.")}};
        });
        m_server->reset();
        m_server->resetAudit();
        m_server->setServerId(QStringLiteral("server-2"));
        seedServer(4, QStringLiteral("p3"));
        auto summary = sync();
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().detail));
        QVERIFY(summary->fullResync);
        // The new server answered chain_broken at its empty head; the whole trail went to it from the start.
        QCOMPARE(m_server->auditHead(), count(db(), "SELECT max(seq) FROM audit_log WHERE seq <= "
                                                    "(SELECT max(seq) FROM audit_checkpoint)"));
        QVERIFY(m_server->auditHead() > 0);
        QCOMPARE(SyncState::read(db())->serverId, QStringLiteral("server-2"));
        QVERIFY(hasNote(QStringLiteral("p3-n3")));
        QVERIFY(!hasNote(QStringLiteral("p2-n0")));
        QVERIFY(hasNote(QStringLiteral("local-only")));
        QCOMPARE(count(db(), "SELECT count(*) FROM patient WHERE id = 'p1'"), qint64(1)); // never synced: kept
    }

    void aRefusedMassPurgeAppliesNothingOfThePage()
    {
        seedServer(2);
        QVERIFY(sync().ok());
        const qint64 before = cursor();
        // Care of both patients of this replica ended; the same page brings a new patient's record.
        m_server->revoke(QStringLiteral("p1"));
        m_server->revoke(QStringLiteral("p2"));
        m_server->upsert(kPatient, QStringLiteral("p4"),
                         patientJson(QStringLiteral("p4"), QStringLiteral("MRN4"), QStringLiteral("New")));
        std::vector<PurgePlan> asked;
        SyncEngine::Callbacks refuse;
        refuse.confirmPurge = [&](const PurgePlan &plan) {
            asked.push_back(plan);
            return false;
        };
        auto refused = sync(options(), refuse);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Usage);
        QCOMPARE(refused.error().detail, QStringLiteral("purge_refused"));
        QCOMPARE(asked.size(), size_t(1));
        QVERIFY(asked.front().isMassPurge());
        QCOMPARE(std::set<QString>(asked.front().patientIds.begin(), asked.front().patientIds.end()),
                 (std::set<QString>{QStringLiteral("p1"), QStringLiteral("p2")}));
        QCOMPARE(cursor(), before);
        QVERIFY(hasNote(QStringLiteral("p2-n0")));
        QCOMPARE(count(db(), "SELECT count(*) FROM patient WHERE id IN ('p1', 'p2', 'p4')"), qint64(2));

        SyncEngine::Callbacks accept;
        accept.confirmPurge = [](const PurgePlan &) { return true; };
        auto purged = sync(options(), accept);
        QVERIFY2(purged.ok(), qPrintable(purged.ok() ? QString() : purged.error().detail));
        QCOMPARE(purged->purgedPatients, 2);
        QVERIFY(!hasNote(QStringLiteral("p2-n0")));
        QCOMPARE(count(db(), "SELECT count(*) FROM patient WHERE id IN ('p1', 'p2', 'p4')"), qint64(1));
    }

    void aSmallPurgeNeedsNoConfirmation()
    {
        seedServer(1, QStringLiteral("p2"));
        seedServer(1, QStringLiteral("p3"));
        QVERIFY(sync().ok());
        m_server->revoke(QStringLiteral("p3"));
        bool asked = false;
        SyncEngine::Callbacks callbacks;
        callbacks.confirmPurge = [&](const PurgePlan &) { return asked = true, false; };
        auto summary = sync(options(), callbacks);
        QVERIFY(summary.ok());
        QVERIFY(!asked);
        QCOMPARE(summary->purgedPatients, 1);
        QVERIFY(!hasNote(QStringLiteral("p3-n0")));
        QVERIFY(hasNote(QStringLiteral("p2-n0")));
    }

    void cancellingMidRunKeepsWhatWasCommitted()
    {
        seedServer(7); // 8 changes, pages of 2
        SyncEngine *running = nullptr;
        SyncEngine::Callbacks callbacks;
        callbacks.progress = [&](const SyncProgress &p) {
            if (p.phase == SyncPhase::Pulling && running)
                running->cancel();
        };
        {
            SyncEngine engine(db(), *m_client, options(2));
            running = &engine;
            auto cancelled = engine.run(callbacks);
            QVERIFY(!cancelled.ok());
            QCOMPARE(cancelled.error().detail, QStringLiteral("cancelled"));
        }
        QCOMPARE(cursor(), qint64(2)); // the first page, committed before the cancel
        QVERIFY(!SyncState::read(db())->lastSync.has_value());

        newClient();
        auto resumed = sync(2);
        QVERIFY(resumed.ok());
        QCOMPARE(resumed->pulled, qint64(6));
        QCOMPARE(cursor(), m_server->highWater());
    }

    void aMalformedPushReplyLosesNothing()
    {
        editLocally(QStringLiteral("mine-0"));
        editLocally(QStringLiteral("mine-1"));
        m_server->setIntercept([](const HttpRequest &r) -> std::optional<Result<HttpResponse>> {
            if (r.path != QLatin1String("/v1/push"))
                return std::nullopt;
            // One result for two mutations.
            return Result<HttpResponse>(jsonReply(
                200, QJsonObject{{QStringLiteral("results"),
                                  QJsonArray{QJsonObject{{QStringLiteral("idempotency_key"), QStringLiteral("x")},
                                                         {QStringLiteral("status"), QStringLiteral("applied")},
                                                         {QStringLiteral("version"), 1}}}}}));
        });
        auto failed = sync();
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, ErrorCode::Server);
        QCOMPARE(pending(), qint64(2));
        QCOMPARE(Outbox::quarantined(db())->size(), size_t(0));

        m_server->setIntercept({});
        auto ok = sync();
        QVERIFY(ok.ok());
        QCOMPARE(ok->pushed.applied, 2);
        QCOMPARE(pending(), qint64(0));
    }

    void wrongServerPasswordIsAnAuthenticationError()
    {
        m_server->setIntercept([](const HttpRequest &r) -> std::optional<Result<HttpResponse>> {
            if (r.path != QLatin1String("/v1/auth/token"))
                return std::nullopt;
            return Result<HttpResponse>(errorReply(400, QStringLiteral("invalid_grant"), QStringLiteral("Wrong.")));
        });
        auto refused = sync();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Authentication);
        QCOMPARE(m_transport->requests().size(), size_t(1));
    }

    void summaryJsonHasTheContractKeys()
    {
        SyncSummary s;
        s.pushed.applied = 2;
        s.pulled = 7;
        s.cursor = 42;
        const QJsonObject json = s.toJson();
        QStringList keys = json.keys();
        keys.sort();
        QStringList expected{QStringLiteral("ok"),
                             QStringLiteral("pushed"),
                             QStringLiteral("pulled"),
                             QStringLiteral("skipped"),
                             QStringLiteral("pages"),
                             QStringLiteral("pull_conflicts"),
                             QStringLiteral("purged_patients"),
                             QStringLiteral("full_resync"),
                             QStringLiteral("audit_shipped"),
                             QStringLiteral("bytes"),
                             QStringLiteral("elapsed_ms"),
                             QStringLiteral("cursor"),
                             QStringLiteral("quarantined"),
                             QStringLiteral("conflicts")};
        expected.sort();
        QCOMPARE(keys, expected);
        QCOMPARE(json.value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(json.value(QLatin1String("pushed")).toObject().value(QLatin1String("applied")).toInt(), 2);
        QCOMPARE(json.value(QLatin1String("pulled")).toInteger(), 7);
        QCOMPARE(json.value(QLatin1String("cursor")).toInteger(), 42);
        QCOMPARE(syncPhaseName(SyncPhase::ShippingAudit), QStringLiteral("audit"));
        QCOMPARE(syncPhaseName(SyncPhase::SigningIn), QStringLiteral("signing-in"));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "test_syncengine.moc"
