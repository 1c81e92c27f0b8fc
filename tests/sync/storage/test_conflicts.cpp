// Conflicts: listed only for patients the user may see (audited), and each choice leaves the right row and push.
#include "SyncStorageSupport.h"
#include "storage/sync/ChangeApplier.h"
#include "storage/sync/Conflicts.h"
#include "storage/sync/Outbox.h"
#include "storage/sync/RecordEditor.h"

using namespace novamind;
using namespace novamind::test;

class TestConflicts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Replica> m_replica;
    qint64 m_cursor = 0;

    Database &db() { return m_replica->database(); }
    QString rowColumn(const char *column, const QString &id)
    {
        return columnOf(db(), std::string("SELECT ") + column + " FROM clinical_note WHERE id = ?", id);
    }

    // Note `id` of `patient`: version 1 from the server, edited here to "mine", then the server's version 2
    // ("theirs", or deleted) arrives.
    void makeConflict(const QString &id, const QString &patient, bool serverDeletes = false)
    {
        ChangeApplier applier(db(), QStringLiteral("dr.ada"));
        QVERIFY(applier
                    .apply(page(
                        {upsert(QStringLiteral("clinical_note"), id, 1, noteJson(id, patient, QStringLiteral("base")))},
                        ++m_cursor))
                    .ok());
        // An edit made here (directly, so that patients outside the user's care can be set up too).
        auto edit = db().prepare("UPDATE clinical_note SET body = 'mine', local_state = 1 WHERE id = ?");
        QVERIFY(edit.ok());
        edit->bind(1, id);
        QVERIFY(edit->run().ok());
        auto queued = db().prepare("INSERT INTO outbox (idempotency_key, entity, entity_id, base_version, op, data,"
                                   " created_at, patient_id) VALUES (?, 'clinical_note', ?, 1, 'update', ?, '', ?)");
        QVERIFY(queued.ok());
        queued->bind(1, QStringLiteral("k-") + id)
            .bind(2, id)
            .bind(3, QString::fromUtf8(QJsonDocument(noteJson(id, patient, QStringLiteral("mine"))).toJson()))
            .bind(4, patient);
        QVERIFY(queued->run().ok());
        const sync::Change change = serverDeletes ? removal(QStringLiteral("clinical_note"), id, 2)
                                                  : upsert(QStringLiteral("clinical_note"), id, 2,
                                                           noteJson(id, patient, QStringLiteral("theirs")));
        auto applied = applier.apply(page({change}, ++m_cursor));
        QVERIFY(applied.ok());
        QCOMPARE(applied->conflicts, qint64(1));
    }

    Conflict only()
    {
        auto list = Conflicts::list(sessionOf(*m_replica));
        Q_ASSERT(list.ok() && list->size() == 1);
        return list->front();
    }

private Q_SLOTS:
    void initTestCase() { initSyncTest(); }
    void init()
    {
        m_replica = syncReplica(m_dir, QStringLiteral("c%1.db").arg(++m_n));
        QVERIFY(addUnrelatedPatient(*m_replica, QStringLiteral("p2"), QStringLiteral("MRN2"), QStringLiteral("Other"),
                                    QStringLiteral("Olga"))
                    .ok());
    }
    void cleanup() { m_replica.reset(); }

    void listShowsOnlyVisiblePatientsAndIsAudited()
    {
        makeConflict(QStringLiteral("n1"), QStringLiteral("p1"));
        makeConflict(QStringLiteral("n2"), QStringLiteral("p2"));
        QCOMPARE(count(db(), "SELECT count(*) FROM sync_conflict"), qint64(2));
        const Session session = sessionOf(*m_replica);
        auto list = Conflicts::list(session);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), std::size_t(1));
        QCOMPARE(list->front().entityId, QStringLiteral("n1"));
        QCOMPARE(list->front().patientId, QStringLiteral("p1"));
        QVERIFY(!list->front().detectedAt.isEmpty());
        QCOMPARE(Conflicts::count(session).value(), 1);
        QCOMPARE(count(db(), "SELECT count(*) FROM audit_log WHERE action = 'read' AND entity = 'sync_conflict'"
                             " AND entity_id = 'p1' AND user_id = 'dr.ada'"),
                 qint64(1));
        QCOMPARE(count(db(), "SELECT count(*) FROM audit_log WHERE entity_id = 'p2' AND action = 'read'"), qint64(0));
        // Someone else's conflict cannot be resolved by id either.
        const qint64 hidden = count(db(), "SELECT id FROM sync_conflict WHERE entity_id = 'n2'");
        QCOMPARE(Conflicts::resolve(session, hidden, Conflicts::Choice::TakeServer).error().code, ErrorCode::NotFound);
        QCOMPARE(rowColumn("body", QStringLiteral("n2")), QStringLiteral("mine"));
    }

    void keepMinePushesOursOverTheServersVersion()
    {
        makeConflict(QStringLiteral("n1"), QStringLiteral("p1"));
        const Conflict c = only();
        QVERIFY(Conflicts::resolve(sessionOf(*m_replica), c.id, Conflicts::Choice::KeepMine).ok());
        QCOMPARE(rowColumn("body", QStringLiteral("n1")), QStringLiteral("mine"));
        QCOMPARE(rowColumn("local_state", QStringLiteral("n1")), QStringLiteral("1"));
        const auto pending = Outbox::pending(db(), 10).value();
        QCOMPARE(pending.size(), std::size_t(1));
        QCOMPARE(pending[0].op, QStringLiteral("update"));
        QCOMPARE(pending[0].baseVersion, qint64(2));
        QCOMPARE(pending[0].data.value(QStringLiteral("body")).toString(), QStringLiteral("mine"));
        QVERIFY(pending[0].idempotencyKey != QStringLiteral("k-n1"));
        QCOMPARE(count(db(), "SELECT count(*) FROM sync_conflict"), qint64(0));
        QCOMPARE(count(db(), "SELECT count(*) FROM audit_log WHERE action LIKE 'resolve_conflict%'"
                             " AND entity_id = 'n1'"),
                 qint64(1));
    }

    void keepMineAfterTheServerDeletedPushesACopy()
    {
        makeConflict(QStringLiteral("n1"), QStringLiteral("p1"), true);
        const Conflict c = only();
        QVERIFY(c.serverDeleted);
        QVERIFY(Conflicts::resolve(sessionOf(*m_replica), c.id, Conflicts::Choice::KeepMine).ok());
        QCOMPARE(rowColumn("body", QStringLiteral("n1")), QStringLiteral("<none>"));
        const auto pending = Outbox::pending(db(), 10).value();
        QCOMPARE(pending.size(), std::size_t(1));
        QCOMPARE(pending[0].op, QStringLiteral("create"));
        QCOMPARE(pending[0].baseVersion, qint64(0));
        QVERIFY(pending[0].entityId != QStringLiteral("n1"));
        QCOMPARE(pending[0].data.value(QStringLiteral("id")).toString(), pending[0].entityId);
        QCOMPARE(rowColumn("body", pending[0].entityId), QStringLiteral("mine"));
    }

    void takeServerMakesTheRowTheServersAndPushesNothing()
    {
        makeConflict(QStringLiteral("n1"), QStringLiteral("p1"));
        QVERIFY(Conflicts::resolve(sessionOf(*m_replica), only().id, Conflicts::Choice::TakeServer).ok());
        QCOMPARE(rowColumn("body", QStringLiteral("n1")), QStringLiteral("theirs"));
        QCOMPARE(rowColumn("local_state", QStringLiteral("n1")), QStringLiteral("0"));
        QCOMPARE(rowColumn("server_version", QStringLiteral("n1")), QStringLiteral("2"));
        QCOMPARE(count(db(), "SELECT count(*) FROM outbox"), qint64(0));
        QCOMPARE(count(db(), "SELECT count(*) FROM sync_conflict"), qint64(0));
    }

    void mergedIsValidatedThenPushed()
    {
        makeConflict(QStringLiteral("n1"), QStringLiteral("p1"));
        const Conflict c = only();
        const Session session = sessionOf(*m_replica);
        QJsonObject bad = noteJson(QStringLiteral("n1"), QStringLiteral("p1"), QStringLiteral("merged"));
        bad.remove(QStringLiteral("created_at"));
        const Status refused = Conflicts::resolve(session, c.id, Conflicts::Choice::Merged, bad);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("created_at")));
        QVERIFY(!Conflicts::resolve(session, c.id, Conflicts::Choice::Merged,
                                    noteJson(QStringLiteral("other-id"), QStringLiteral("p1"), QStringLiteral("m")))
                     .ok());
        QVERIFY(!Conflicts::resolve(session, c.id, Conflicts::Choice::Merged).ok());
        QCOMPARE(count(db(), "SELECT count(*) FROM sync_conflict"), qint64(1)); // still there after refusals

        QVERIFY(Conflicts::resolve(session, c.id, Conflicts::Choice::Merged,
                                   noteJson(QStringLiteral("n1"), QStringLiteral("p1"), QStringLiteral("merged")))
                    .ok());
        QCOMPARE(rowColumn("body", QStringLiteral("n1")), QStringLiteral("merged"));
        QCOMPARE(rowColumn("local_state", QStringLiteral("n1")), QStringLiteral("1"));
        const auto pending = Outbox::pending(db(), 10).value();
        QCOMPARE(pending.size(), std::size_t(1));
        QCOMPARE(pending[0].op, QStringLiteral("update"));
        QCOMPARE(pending[0].baseVersion, qint64(2));
        QCOMPARE(pending[0].data.value(QStringLiteral("body")).toString(), QStringLiteral("merged"));
        QCOMPARE(count(db(), "SELECT count(*) FROM sync_conflict"), qint64(0));
        // A record in conflict could not be edited; once resolved it can.
        QVERIFY(RecordEditor::update(session, QStringLiteral("clinical_note"),
                                     noteJson(QStringLiteral("n1"), QStringLiteral("p1"), QStringLiteral("later")))
                    .ok());
    }

    void aRecordInConflictCannotBeEdited()
    {
        makeConflict(QStringLiteral("n1"), QStringLiteral("p1"));
        const Status s =
            RecordEditor::update(sessionOf(*m_replica), QStringLiteral("clinical_note"),
                                 noteJson(QStringLiteral("n1"), QStringLiteral("p1"), QStringLiteral("x")));
        QVERIFY(!s.ok());
        QCOMPARE(rowColumn("body", QStringLiteral("n1")), QStringLiteral("mine"));
    }
};

QTEST_GUILESS_MAIN(TestConflicts)
#include "test_conflicts.moc"
