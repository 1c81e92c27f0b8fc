// RecordEditor: a local edit writes its row, its outbox entry and its audit entry together, or nothing.
#include "SyncStorageSupport.h"
#include "storage/sync/Outbox.h"
#include "storage/sync/RecordEditor.h"

using namespace novamind;
using namespace novamind::test;

class TestRecordEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Replica> m_replica;

    Database &db() { return m_replica->database(); }
    struct Counts
    {
        qint64 notes, outbox, audit;
        bool operator==(const Counts &) const = default;
    };
    Counts counts()
    {
        return {count(db(), "SELECT count(*) FROM clinical_note"), count(db(), "SELECT count(*) FROM outbox"),
                count(db(), "SELECT count(*) FROM audit_log")};
    }

private Q_SLOTS:
    void initTestCase() { initSyncTest(); }
    void init()
    {
        m_replica = syncReplica(m_dir, QStringLiteral("e%1.db").arg(++m_n));
        QVERIFY(addUnrelatedPatient(*m_replica, QStringLiteral("p2"), QStringLiteral("MRN2"), QStringLiteral("Other"),
                                    QStringLiteral("Olga"))
                    .ok());
    }
    void cleanup() { m_replica.reset(); }

    void createUpdateRemoveEachWriteRowOutboxAndAudit()
    {
        const Session session = sessionOf(*m_replica);
        const Counts before = counts();
        QVERIFY(RecordEditor::create(session, QStringLiteral("clinical_note"),
                                     noteJson(QStringLiteral("n1"), QStringLiteral("p1"), QStringLiteral("first")))
                    .ok());
        QCOMPARE(counts(), (Counts{before.notes + 1, before.outbox + 1, before.audit + 1}));
        QCOMPARE(columnOf(db(), "SELECT local_state FROM clinical_note WHERE id = ?", QStringLiteral("n1")),
                 QStringLiteral("1"));
        QCOMPARE(count(db(), "SELECT count(*) FROM audit_log WHERE action = 'create' AND entity = 'clinical_note'"
                             " AND entity_id = 'n1' AND purpose = 'treatment'"),
                 qint64(1));
        // Searchable at once.
        QCOMPARE(count(db(), "SELECT count(*) FROM clinical_note_fts WHERE clinical_note_fts MATCH 'first'"),
                 qint64(1));

        QVERIFY(RecordEditor::update(session, QStringLiteral("clinical_note"),
                                     noteJson(QStringLiteral("n1"), QStringLiteral("p1"), QStringLiteral("second")))
                    .ok());
        QCOMPARE(columnOf(db(), "SELECT body FROM clinical_note WHERE id = ?", QStringLiteral("n1")),
                 QStringLiteral("second"));
        QCOMPARE(count(db(), "SELECT count(*) FROM audit_log WHERE action = 'update' AND entity_id = 'n1'"), qint64(1));

        QVERIFY(RecordEditor::remove(session, QStringLiteral("clinical_note"), QStringLiteral("n1")).ok());
        QCOMPARE(count(db(), "SELECT count(*) FROM clinical_note"), before.notes);
        QCOMPARE(count(db(), "SELECT count(*) FROM audit_log WHERE action = 'delete' AND entity_id = 'n1'"), qint64(1));
        const auto entries = Outbox::pending(db(), 10).value();
        QCOMPARE(entries.size(), std::size_t(3));
        QCOMPARE(entries[0].op, QStringLiteral("create"));
        QCOMPARE(entries[1].op, QStringLiteral("update"));
        QCOMPARE(entries[2].op, QStringLiteral("delete"));
        QCOMPARE(entries[1].data.value(QStringLiteral("body")).toString(), QStringLiteral("second"));
        QCOMPARE(entries[2].patientId, QStringLiteral("p1"));
    }

    void patientDetailsAreUpdatableButNotDeletable()
    {
        const Session session = sessionOf(*m_replica);
        QJsonObject p = patientJson(QStringLiteral("p1"), QStringLiteral("MRN1"), QStringLiteral("Newname"));
        QVERIFY(RecordEditor::update(session, QStringLiteral("patient"), p).ok());
        QCOMPARE(columnOf(db(), "SELECT family_key FROM patient WHERE id = ?", QStringLiteral("p1")),
                 QStringLiteral("newname"));
        QCOMPARE(count(db(), "SELECT count(*) FROM clinical_relationship WHERE patient_id = 'p1'"), qint64(1));
        QCOMPARE(count(db(), "SELECT count(*) FROM outbox WHERE entity = 'patient' AND patient_id = 'p1'"), qint64(1));
        QVERIFY(!RecordEditor::remove(session, QStringLiteral("patient"), QStringLiteral("p1")).ok());
        QVERIFY(!RecordEditor::create(session, QStringLiteral("patient"),
                                      patientJson(QStringLiteral("p9"), QStringLiteral("MRN9"), QStringLiteral("X")))
                     .ok());
    }

    void refusalsLeaveNothingBehind()
    {
        const Session session = sessionOf(*m_replica);
        QVERIFY(RecordEditor::create(session, QStringLiteral("clinical_note"),
                                     noteJson(QStringLiteral("n1"), QStringLiteral("p1"), QStringLiteral("first")))
                    .ok());
        const Counts before = counts();

        // Another clinician's patient: the same answer as an absent one.
        const Status hidden =
            RecordEditor::create(session, QStringLiteral("clinical_note"),
                                 noteJson(QStringLiteral("n2"), QStringLiteral("p2"), QStringLiteral("x")));
        QCOMPARE(hidden.error().code, ErrorCode::NotFound);
        const Status absent =
            RecordEditor::create(session, QStringLiteral("clinical_note"),
                                 noteJson(QStringLiteral("n2"), QStringLiteral("p404"), QStringLiteral("x")));
        QCOMPARE(absent.error().code, ErrorCode::NotFound);
        QCOMPARE(absent.error().message, hidden.error().message);
        QCOMPARE(RecordEditor::update(session, QStringLiteral("clinical_note"),
                                      noteJson(QStringLiteral("n404"), QStringLiteral("p1"), QStringLiteral("x")))
                     .error()
                     .code,
                 ErrorCode::NotFound);

        // An existing id, a bad document, a record moved to another patient.
        QCOMPARE(RecordEditor::create(session, QStringLiteral("clinical_note"),
                                      noteJson(QStringLiteral("n1"), QStringLiteral("p1"), QStringLiteral("again")))
                     .error()
                     .code,
                 ErrorCode::AlreadyExists);
        QJsonObject bad = noteJson(QStringLiteral("n3"), QStringLiteral("p1"), QStringLiteral("x"));
        bad.remove(QStringLiteral("body"));
        QCOMPARE(RecordEditor::create(session, QStringLiteral("clinical_note"), bad).error().code, ErrorCode::Usage);
        QVERIFY(!RecordEditor::update(session, QStringLiteral("clinical_note"),
                                      noteJson(QStringLiteral("n1"), QStringLiteral("p2"), QStringLiteral("moved")))
                     .ok());

        // Admins never change clinical records.
        Session admin = session;
        admin.role = Role::Admin;
        const Status adminEdit =
            RecordEditor::update(admin, QStringLiteral("clinical_note"),
                                 noteJson(QStringLiteral("n1"), QStringLiteral("p1"), QStringLiteral("admin")));
        QVERIFY(!adminEdit.ok());
        QVERIFY(!RecordEditor::create(admin, QStringLiteral("clinical_note"),
                                      noteJson(QStringLiteral("n5"), QStringLiteral("p1"), QStringLiteral("x")))
                     .ok());

        // Assessments (a completed one above all) are not edited here.
        Assessment a;
        a.id = QStringLiteral("a1");
        a.patientId = QStringLiteral("p1");
        a.clinicianId = QStringLiteral("dr.ada");
        a.instrument = QStringLiteral("phq2");
        a.status = QStringLiteral("completed");
        a.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        a.completedAt = QDateTime::currentDateTimeUtc();
        a.answers = {0, 0};
        a.total = 0;
        RecordMapping::Writer writer(db());
        QVERIFY(writer.insert(a).ok());
        a.answers = {3, 3};
        a.total = 6;
        QCOMPARE(RecordEditor::update(session, QStringLiteral("assessment"), codec::toJson(a)).error().code,
                 ErrorCode::Usage);
        QVERIFY(!RecordEditor::remove(session, QStringLiteral("assessment"), QStringLiteral("a1")).ok());
        QCOMPARE(columnOf(db(), "SELECT total FROM assessment WHERE id = ?", QStringLiteral("a1")),
                 QStringLiteral("0"));

        QCOMPARE(counts(), before);
        QCOMPARE(columnOf(db(), "SELECT body FROM clinical_note WHERE id = ?", QStringLiteral("n1")),
                 QStringLiteral("first"));
    }
};

QTEST_GUILESS_MAIN(TestRecordEditor)
#include "test_recordeditor.moc"
