// PatientPurge: after a purge nothing of the patient is left anywhere in the replica, and the file is sound.
#include "SyncStorageSupport.h"
#include "storage/Transaction.h"
#include "storage/sync/Conflicts.h"
#include "storage/sync/PatientPurge.h"
#include "storage/sync/RecordEditor.h"

using namespace novamind;
using namespace novamind::test;

class TestPatientPurge : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static qint64 rowsOf(Database &db, const QString &patientId)
    {
        qint64 total = 0;
        for (const char *table : {"clinical_relationship", "diagnosis", "medication", "treatment",
                                  "clinical_observation", "clinical_note", "assessment", "digital_twin", "twin_state",
                                  "twin_prediction", "sync_conflict", "break_glass", "outbox"}) {
            auto stmt = db.prepare(std::string("SELECT count(*) FROM ") + table + " WHERE patient_id = ?");
            Q_ASSERT(stmt.ok());
            stmt->bind(1, patientId);
            (void)stmt->step();
            total += stmt->columnInt64(0);
        }
        auto p = db.prepare("SELECT count(*) FROM patient WHERE id = ?");
        p->bind(1, patientId);
        (void)p->step();
        return total + p->columnInt64(0);
    }

private Q_SLOTS:
    void initTestCase() { initSyncTest(); }

    void nothingOfThePatientIsLeft()
    {
        DemoReplicaSpec spec;
        spec.path = m_dir.filePath(QStringLiteral("purge.db"));
        spec.patients = 3;
        spec.statesPerPatient = 30;
        auto replica = createDemoReplica(spec);
        QVERIFY(replica.ok());
        Database &db = replica.value()->database();
        const QString victim = columnOf(db, "SELECT id FROM patient WHERE id <> ? ORDER BY id LIMIT 1", QString());
        const QString other = columnOf(db, "SELECT id FROM patient WHERE id <> ? ORDER BY id LIMIT 1", victim);
        const qint64 otherRows = rowsOf(db, other);
        QVERIFY(rowsOf(db, victim) > 30);

        // Everything else that names the patient: an unsent edit, an entry from before migration 0005 (no
        // patient_id column value), a conflict, an emergency grant, the last-opened marker.
        const Session session = sessionOf(*replica.value());
        QVERIFY(RecordEditor::create(session, QStringLiteral("clinical_note"),
                                     noteJson(QStringLiteral("n-new"), victim, QStringLiteral("purgeme")))
                    .ok());
        auto old = db.prepare("INSERT INTO outbox (idempotency_key, entity, entity_id, base_version, op, data,"
                              " created_at) VALUES ('old-key', 'clinical_note', 'n-old', 0, 'create', ?, '')");
        old->bind(1, QString::fromUtf8(QJsonDocument(noteJson(QStringLiteral("n-old"), victim, QStringLiteral("x")))
                                           .toJson(QJsonDocument::Compact)));
        QVERIFY(old->run().ok());
        auto grant = db.prepare("INSERT INTO break_glass (user_id, patient_id, reason, granted_at, expires_at)"
                                " VALUES ('dr.ada', ?, 'emergency at night', 0, 1)");
        grant->bind(1, victim);
        QVERIFY(grant->run().ok());
        auto opened = db.prepare("UPDATE patient SET last_opened_at = 5 WHERE id = ?");
        opened->bind(1, victim);
        QVERIFY(opened->run().ok());
        {
            auto tx = db.begin();
            QVERIFY(tx.ok());
            QVERIFY(Conflicts::record(db, QStringLiteral("clinical_note"), QStringLiteral("n-new"), 3,
                                      noteJson(QStringLiteral("n-new"), victim, QStringLiteral("server")))
                        .ok());
            QVERIFY(tx->commit().ok());
        }
        QCOMPARE(count(db, "SELECT count(*) FROM sync_conflict"), qint64(1));
        const qint64 auditBefore = count(db, "SELECT count(*) FROM audit_log");

        {
            auto tx = db.begin();
            QVERIFY(tx.ok());
            QVERIFY(PatientPurge::purge(db, QStringLiteral("dr.ada"), victim, QStringLiteral("revocation")).ok());
            QVERIFY(tx->commit().ok());
        }
        QCOMPARE(rowsOf(db, victim), qint64(0));
        QCOMPARE(count(db, "SELECT count(*) FROM outbox"), qint64(0)); // the old entry too
        QCOMPARE(count(db, "SELECT count(*) FROM clinical_note_fts WHERE clinical_note_fts MATCH 'purgeme'"),
                 qint64(0));
        QCOMPARE(count(db, "SELECT count(*) FROM clinical_note_fts"), count(db, "SELECT count(*) FROM clinical_note"));
        QCOMPARE(rowsOf(db, other), otherRows);
        QCOMPARE(count(db, "SELECT count(*) FROM audit_log"), auditBefore + 1);
        auto audited = db.prepare("SELECT count(*) FROM audit_log WHERE action = 'purge' AND entity = 'patient'"
                                  " AND entity_id = ? AND purpose = 'revocation'");
        audited->bind(1, victim);
        QVERIFY(audited->step().value());
        QCOMPARE(audited->columnInt64(0), qint64(1));
        auto integrity = db.integrityCheck();
        QVERIFY(integrity.ok());
        QVERIFY2(integrity->isEmpty(), qPrintable(integrity->join(QLatin1Char('\n'))));
        QVERIFY(count(db, "SELECT count(*) FROM pragma_foreign_key_check") <= 0);

        // Purging again (or an absent patient) removes nothing and audits nothing.
        {
            auto tx = db.begin();
            QVERIFY(PatientPurge::purge(db, QStringLiteral("dr.ada"), victim, QStringLiteral("revocation")).ok());
            QVERIFY(tx->commit().ok());
        }
        QCOMPARE(count(db, "SELECT count(*) FROM audit_log"), auditBefore + 1);
    }
};

QTEST_GUILESS_MAIN(TestPatientPurge)
#include "test_patientpurge.moc"
