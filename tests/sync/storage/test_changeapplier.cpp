// ChangeApplier: feed pages land in the replica by the header's rules, each page whole or not at all.
#include "SyncStorageSupport.h"
#include "storage/RecordMapping.h"
#include "storage/sync/ChangeApplier.h"
#include "storage/sync/Conflicts.h"
#include "storage/sync/RecordEditor.h"
#include "storage/sync/SyncState.h"

using namespace novamind;
using namespace novamind::test;

class TestChangeApplier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Replica> m_replica;

    Database &db() { return m_replica->database(); }
    QString body(const QString &id) { return columnOf(db(), "SELECT body FROM clinical_note WHERE id = ?", id); }
    qint64 ftsHits(const char *word)
    {
        return count(db(), std::string("SELECT count(*) FROM clinical_note_fts WHERE clinical_note_fts MATCH '") +
                               word + "'");
    }
    qint64 cursor() { return SyncState::read(db()).value().cursor; }

private Q_SLOTS:
    void initTestCase() { initSyncTest(); }
    void init() { m_replica = syncReplica(m_dir, QStringLiteral("r%1.db").arg(++m_n)); }
    void cleanup() { m_replica.reset(); }

    void insertsThenTakesNewerVersions()
    {
        ChangeApplier applier(db(), QStringLiteral("dr.ada"));
        auto first = applier.apply(
            page({upsert(QStringLiteral("patient"), QStringLiteral("p2"), 1,
                         patientJson(QStringLiteral("p2"), QStringLiteral("MRN2"), QStringLiteral("Second"))),
                  upsert(QStringLiteral("clinical_note"), QStringLiteral("n1"), 1,
                         noteJson(QStringLiteral("n1"), QStringLiteral("p2"), QStringLiteral("anxious today")))},
                 10));
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().detail));
        QCOMPARE(first->applied, qint64(2));
        QCOMPARE(body(QStringLiteral("n1")), QStringLiteral("anxious today"));
        QCOMPARE(cursor(), qint64(10));
        QCOMPARE(SyncState::read(db())->serverId, QStringLiteral("server-1"));

        auto second = applier.apply(
            page({upsert(QStringLiteral("clinical_note"), QStringLiteral("n1"), 2,
                         noteJson(QStringLiteral("n1"), QStringLiteral("p2"), QStringLiteral("calmer now"))),
                  upsert(QStringLiteral("patient"), QStringLiteral("p2"), 2,
                         patientJson(QStringLiteral("p2"), QStringLiteral("MRN2"), QStringLiteral("Renamed")))},
                 11));
        QVERIFY(second.ok());
        QCOMPARE(second->applied, qint64(2));
        QCOMPARE(body(QStringLiteral("n1")), QStringLiteral("calmer now"));
        // The search index follows the replaced note, and the patient update kept the patient's record.
        QCOMPARE(ftsHits("calmer"), qint64(1));
        QCOMPARE(ftsHits("anxious"), qint64(0));
        QCOMPARE(columnOf(db(), "SELECT family_name FROM patient WHERE id = ?", QStringLiteral("p2")),
                 QStringLiteral("Renamed"));
        QCOMPARE(count(db(), "SELECT count(*) FROM clinical_note WHERE patient_id = 'p2'"), qint64(1));
        QCOMPARE(columnOf(db(), "SELECT server_version FROM clinical_note WHERE id = ?", QStringLiteral("n1")),
                 QStringLiteral("2"));
    }

    void olderOrEqualVersionsAreSkipped()
    {
        ChangeApplier applier(db(), QStringLiteral("dr.ada"));
        QVERIFY(applier
                    .apply(page({upsert(QStringLiteral("clinical_note"), QStringLiteral("n1"), 3,
                                        noteJson(QStringLiteral("n1"), QStringLiteral("p1"), QStringLiteral("v3")))},
                                1))
                    .ok());
        auto again = applier.apply(
            page({upsert(QStringLiteral("clinical_note"), QStringLiteral("n1"), 3,
                         noteJson(QStringLiteral("n1"), QStringLiteral("p1"), QStringLiteral("other v3"))),
                  upsert(QStringLiteral("clinical_note"), QStringLiteral("n1"), 2,
                         noteJson(QStringLiteral("n1"), QStringLiteral("p1"), QStringLiteral("v2"))),
                  removal(QStringLiteral("clinical_note"), QStringLiteral("n1"), 3)},
                 2));
        QVERIFY(again.ok());
        QCOMPARE(again->skipped, qint64(3));
        QCOMPARE(again->applied, qint64(0));
        QCOMPARE(body(QStringLiteral("n1")), QStringLiteral("v3"));
        QCOMPARE(cursor(), qint64(2));
    }

    void deleteRemovesTheRow()
    {
        ChangeApplier applier(db(), QStringLiteral("dr.ada"));
        QVERIFY(
            applier
                .apply(page({upsert(QStringLiteral("clinical_note"), QStringLiteral("n1"), 1,
                                    noteJson(QStringLiteral("n1"), QStringLiteral("p1"), QStringLiteral("insomnia")))},
                            1))
                .ok());
        auto deleted = applier.apply(page({removal(QStringLiteral("clinical_note"), QStringLiteral("n1"), 2)}, 2));
        QVERIFY(deleted.ok());
        QCOMPARE(deleted->applied, qint64(1));
        QCOMPARE(body(QStringLiteral("n1")), QStringLiteral("<none>"));
        QCOMPARE(ftsHits("insomnia"), qint64(0));
    }

    void childBeforeItsPatientFailsThePage()
    {
        ChangeApplier applier(db(), QStringLiteral("dr.ada"));
        auto applied = applier.apply(
            page({upsert(QStringLiteral("clinical_note"), QStringLiteral("n1"), 1,
                         noteJson(QStringLiteral("n1"), QStringLiteral("p1"), QStringLiteral("fine"))),
                  upsert(QStringLiteral("clinical_note"), QStringLiteral("n2"), 1,
                         noteJson(QStringLiteral("n2"), QStringLiteral("absent-patient"), QStringLiteral("orphan")))},
                 5));
        QVERIFY(!applied.ok());
        QCOMPARE(applied.error().code, ErrorCode::Server);
        QVERIFY(!applied.error().detail.contains(QStringLiteral("orphan")));
        QCOMPARE(count(db(), "SELECT count(*) FROM clinical_note"), qint64(0));
        QCOMPARE(cursor(), qint64(0));
    }

    void badDocumentFailsThePageIncludingTheCursor()
    {
        ChangeApplier applier(db(), QStringLiteral("dr.ada"));
        QJsonObject bad = noteJson(QStringLiteral("n2"), QStringLiteral("p1"), QStringLiteral("secret words"));
        bad.insert(QStringLiteral("kind"), QStringLiteral("not-a-kind"));
        auto applied =
            applier.apply(page({upsert(QStringLiteral("clinical_note"), QStringLiteral("n1"), 1,
                                       noteJson(QStringLiteral("n1"), QStringLiteral("p1"), QStringLiteral("fine"))),
                                upsert(QStringLiteral("clinical_note"), QStringLiteral("n2"), 1, bad)},
                               7));
        QVERIFY(!applied.ok());
        QVERIFY(applied.error().detail.contains(QStringLiteral("kind")));
        QVERIFY(!applied.error().detail.contains(QStringLiteral("secret")));
        QVERIFY(!applied.error().message.contains(QStringLiteral("secret")));
        QCOMPARE(count(db(), "SELECT count(*) FROM clinical_note"), qint64(0));
        QCOMPARE(cursor(), qint64(0));
        QVERIFY(SyncState::read(db())->serverId.isEmpty());
    }

    void conflictOnAPendingRowKeepsBoth()
    {
        ChangeApplier applier(db(), QStringLiteral("dr.ada"));
        QVERIFY(applier
                    .apply(page({upsert(QStringLiteral("clinical_note"), QStringLiteral("n1"), 1,
                                        noteJson(QStringLiteral("n1"), QStringLiteral("p1"), QStringLiteral("base")))},
                                1))
                    .ok());
        const Session session = sessionOf(*m_replica);
        QVERIFY(RecordEditor::update(session, QStringLiteral("clinical_note"),
                                     noteJson(QStringLiteral("n1"), QStringLiteral("p1"), QStringLiteral("mine")))
                    .ok());
        QCOMPARE(count(db(), "SELECT count(*) FROM outbox"), qint64(1));

        auto applied =
            applier.apply(page({upsert(QStringLiteral("clinical_note"), QStringLiteral("n1"), 2,
                                       noteJson(QStringLiteral("n1"), QStringLiteral("p1"), QStringLiteral("theirs")))},
                               2));
        QVERIFY(applied.ok());
        QCOMPARE(applied->conflicts, qint64(1));
        QCOMPARE(body(QStringLiteral("n1")), QStringLiteral("mine"));
        QCOMPARE(columnOf(db(), "SELECT local_state FROM clinical_note WHERE id = ?", QStringLiteral("n1")),
                 QStringLiteral("2"));
        QCOMPARE(count(db(), "SELECT count(*) FROM outbox"), qint64(0)); // moved into the conflict
        auto conflicts = Conflicts::list(session);
        QVERIFY(conflicts.ok());
        QCOMPARE(conflicts->size(), std::size_t(1));
        const Conflict &c = conflicts->front();
        QCOMPARE(c.localData.value(QStringLiteral("body")).toString(), QStringLiteral("mine"));
        QCOMPARE(c.serverData.value(QStringLiteral("body")).toString(), QStringLiteral("theirs"));
        QCOMPARE(c.serverVersion, qint64(2));
        QCOMPARE(count(db(), "SELECT count(*) FROM sync_conflict WHERE base_version = 1"), qint64(1));

        // A later server version while still in conflict updates the recorded server side, not the row.
        QVERIFY(applier.apply(page({removal(QStringLiteral("clinical_note"), QStringLiteral("n1"), 3)}, 3)).ok());
        QCOMPARE(body(QStringLiteral("n1")), QStringLiteral("mine"));
        QCOMPARE(count(db(), "SELECT count(*) FROM sync_conflict WHERE server_deleted = 1 AND server_version = 3"),
                 qint64(1));
    }

    void twinStatesAreAppendOnlyAndAssessmentsServerOwned()
    {
        ChangeApplier applier(db(), QStringLiteral("dr.ada"));
        const QDateTime at(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);
        const DigitalTwinState s1 = twinState(QStringLiteral("p1"), at, 0.5);
        QVERIFY(applier.apply(page({upsert(QStringLiteral("twin_state"), s1.id, 1, codec::toJson(s1))}, 1)).ok());
        auto same = applier.apply(page({upsert(QStringLiteral("twin_state"), s1.id, 1, codec::toJson(s1))}, 2));
        QVERIFY(same.ok());
        QCOMPARE(same->skipped, qint64(1));
        DigitalTwinState s2 = s1;
        s2.symptom.depression = 0.9;
        s2.risk.level = QStringLiteral("high");
        auto newer = applier.apply(page({upsert(QStringLiteral("twin_state"), s2.id, 2, codec::toJson(s2))}, 3));
        QVERIFY2(newer.ok(), qPrintable(newer.ok() ? QString() : newer.error().detail));
        QCOMPARE(newer->applied, qint64(1));
        QCOMPARE(count(db(), "SELECT count(*) FROM twin_state WHERE patient_id = 'p1'"), qint64(1));
        QCOMPARE(columnOf(db(), "SELECT depression FROM twin_state WHERE patient_id = ?", QStringLiteral("p1")),
                 QStringLiteral("0.9"));
        // The patient list's summary follows the feed.
        QCOMPARE(columnOf(db(), "SELECT latest_risk_level FROM patient WHERE id = ?", QStringLiteral("p1")),
                 QStringLiteral("high"));

        Assessment a;
        a.id = QStringLiteral("a1");
        a.patientId = QStringLiteral("p1");
        a.clinicianId = QStringLiteral("dr.ada");
        a.instrument = QStringLiteral("phq2");
        a.status = QStringLiteral("completed");
        a.startedAt = at;
        a.completedAt = at.addSecs(60);
        a.answers = {1, 1};
        a.total = 2;
        QVERIFY(applier.apply(page({upsert(QStringLiteral("assessment"), a.id, 1, codec::toJson(a))}, 4)).ok());
        a.status = QStringLiteral("entered_in_error");
        auto corrected = applier.apply(page({upsert(QStringLiteral("assessment"), a.id, 2, codec::toJson(a))}, 5));
        QVERIFY2(corrected.ok(), qPrintable(corrected.ok() ? QString() : corrected.error().detail));
        QCOMPARE(columnOf(db(), "SELECT status FROM assessment WHERE id = ?", QStringLiteral("a1")),
                 QStringLiteral("entered_in_error"));
    }

    void revocationPurgesThePatientWithAnAuditEntry()
    {
        ChangeApplier applier(db(), QStringLiteral("dr.ada"));
        QVERIFY(applier
                    .apply(page({upsert(QStringLiteral("clinical_note"), QStringLiteral("n1"), 1,
                                        noteJson(QStringLiteral("n1"), QStringLiteral("p1"), QStringLiteral("x")))},
                                1))
                    .ok());
        sync::ChangePage revoke = page({}, 2);
        revoke.revocations = {QStringLiteral("p1"), QStringLiteral("never-here")};
        auto applied = applier.apply(revoke);
        QVERIFY(applied.ok());
        QCOMPARE(applied->purgedPatients, 1);
        QCOMPARE(count(db(), "SELECT count(*) FROM patient WHERE id = 'p1'"), qint64(0));
        QCOMPARE(count(db(), "SELECT count(*) FROM clinical_note"), qint64(0));
        QCOMPARE(count(db(), "SELECT count(*) FROM audit_log WHERE action = 'purge' AND entity = 'patient'"
                             " AND entity_id = 'p1' AND purpose = 'revocation' AND user_id = 'dr.ada'"),
                 qint64(1));
        QCOMPARE(count(db(), "SELECT count(*) FROM audit_log WHERE entity_id = 'never-here'"), qint64(0));
    }

    void planPurgeCountsWhatWouldBeLost()
    {
        const Session session = sessionOf(*m_replica);
        QVERIFY(RecordEditor::create(session, QStringLiteral("clinical_note"),
                                     noteJson(QStringLiteral("n1"), QStringLiteral("p1"), QStringLiteral("unsent")))
                    .ok());
        Assessment draft;
        draft.id = QStringLiteral("d1");
        draft.patientId = QStringLiteral("p1");
        draft.clinicianId = QStringLiteral("dr.ada");
        draft.instrument = QStringLiteral("phq2");
        draft.status = QStringLiteral("draft");
        draft.startedAt = QDateTime::currentDateTimeUtc();
        draft.answers = {1, std::nullopt};
        RecordMapping::Writer writer(db());
        QVERIFY(writer.insert(draft).ok());
        ChangeApplier applier(db(), QStringLiteral("dr.ada"));
        auto plan = applier.planPurge({QStringLiteral("p1"), QStringLiteral("absent")});
        QVERIFY(plan.ok());
        QCOMPARE(plan->patientIds, QStringList{QStringLiteral("p1")});
        QCOMPARE(plan->patientsInReplica, 1);
        QCOMPARE(plan->unsentChanges, 1);
        QCOMPARE(plan->drafts, 1);
        QVERIFY(plan->isMassPurge());
        QVERIFY(plan->losesUnsentWork());
        // Read-only.
        QCOMPARE(count(db(), "SELECT count(*) FROM patient"), qint64(1));
        QCOMPARE(count(db(), "SELECT count(*) FROM outbox"), qint64(1));
    }

    void resyncSweepsOnlyCleanRowsOfAnOlderEpoch()
    {
        ChangeApplier applier(db(), QStringLiteral("dr.ada"));
        const auto note = [](const char *id, const char *text) {
            return upsert(QStringLiteral("clinical_note"), QString::fromLatin1(id), 1,
                          noteJson(QString::fromLatin1(id), QStringLiteral("p1"), QString::fromLatin1(text)));
        };
        QVERIFY(
            applier
                .apply(page({upsert(QStringLiteral("patient"), QStringLiteral("p2"), 1,
                                    patientJson(QStringLiteral("p2"), QStringLiteral("MRN2"), QStringLiteral("Gone"))),
                             note("clean", "a"), note("pending", "b"), note("conflict", "c")},
                            9))
                .ok());
        const Session session = sessionOf(*m_replica);
        QVERIFY(RecordEditor::update(session, QStringLiteral("clinical_note"),
                                     noteJson(QStringLiteral("pending"), QStringLiteral("p1"), QStringLiteral("b2")))
                    .ok());
        QVERIFY(RecordEditor::update(session, QStringLiteral("clinical_note"),
                                     noteJson(QStringLiteral("conflict"), QStringLiteral("p1"), QStringLiteral("c2")))
                    .ok());
        QVERIFY(applier
                    .apply(page({upsert(QStringLiteral("clinical_note"), QStringLiteral("conflict"), 2,
                                        noteJson(QStringLiteral("conflict"), QStringLiteral("p1"),
                                                 QStringLiteral("c-server")))},
                                10))
                    .ok());

        QVERIFY(SyncState::beginResync(db(), QStringLiteral("server-2")).ok());
        const SyncStateValues during = SyncState::read(db()).value();
        QCOMPARE(during.cursor, qint64(0));
        QCOMPARE(during.epoch, qint64(1));
        QVERIFY(during.resyncing);
        QCOMPARE(during.serverId, QStringLiteral("server-2"));
        // Nothing is removed before the new feed has been read to its end.
        QCOMPARE(count(db(), "SELECT count(*) FROM clinical_note"), qint64(3));

        // The new server delivers p1 (seeded locally, server version 0) and one new note only.
        QVERIFY(applier.apply(page({note("fresh", "d")}, 3, QStringLiteral("server-2"))).ok());
        auto swept = applier.finishResync();
        QVERIFY(swept.ok());
        QVERIFY(swept.value() >= 2);
        QCOMPARE(body(QStringLiteral("clean")), QStringLiteral("<none>"));
        QCOMPARE(body(QStringLiteral("pending")), QStringLiteral("b2"));
        QCOMPARE(body(QStringLiteral("conflict")), QStringLiteral("c2"));
        QCOMPARE(body(QStringLiteral("fresh")), QStringLiteral("d"));
        QCOMPARE(count(db(), "SELECT count(*) FROM patient WHERE id = 'p2'"), qint64(0));
        QCOMPARE(count(db(), "SELECT count(*) FROM patient WHERE id = 'p1'"), qint64(1));
        QCOMPARE(count(db(), "SELECT count(*) FROM outbox"), qint64(1));
        QCOMPARE(count(db(), "SELECT count(*) FROM sync_conflict"), qint64(1));
        QVERIFY(!SyncState::read(db())->resyncing);
    }

    void resyncKeepsRowsDeliveredAgainAndTakesTheNewServersVersion()
    {
        ChangeApplier applier(db(), QStringLiteral("dr.ada"));
        const auto note = [](const char *id, qint64 version, const char *text) {
            return upsert(QStringLiteral("clinical_note"), QString::fromLatin1(id), version,
                          noteJson(QString::fromLatin1(id), QStringLiteral("p1"), QString::fromLatin1(text)));
        };
        QVERIFY(applier.apply(page({note("same", 3, "kept"), note("older", 5, "new-server-lost-this")}, 9)).ok());

        QVERIFY(SyncState::beginResync(db(), QStringLiteral("server-restored")).ok());
        // A server restored from a backup: one note at the very same version, one at an older version.
        QVERIFY(applier
                    .apply(page({note("same", 3, "kept"), note("older", 2, "restored")}, 4,
                                QStringLiteral("server-restored")))
                    .ok());
        QVERIFY(applier.finishResync().ok());
        QCOMPARE(body(QStringLiteral("same")), QStringLiteral("kept"));
        QCOMPARE(body(QStringLiteral("older")), QStringLiteral("restored"));
        QCOMPARE(columnOf(db(), "SELECT server_version FROM clinical_note WHERE id = ?", QStringLiteral("older")),
                 QStringLiteral("2"));
    }
};

QTEST_GUILESS_MAIN(TestChangeApplier)
#include "test_changeapplier.moc"
