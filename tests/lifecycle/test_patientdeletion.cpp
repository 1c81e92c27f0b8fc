// PatientDeletion: a deleted patient disappears from a clinician's lists and record with every row kept, comes back
// when restored, is listed for restoring, and leaves for good by policy once the grace period is over, never with
// unsent work.
#include "DemoReplica.h"
#include "storage/AuditLog.h"
#include "storage/PatientRepository.h"
#include "storage/UnitOfWork.h"
#include "storage/lifecycle/LifecyclePolicy.h"
#include "storage/lifecycle/PatientDeletion.h"
#include "storage/lifecycle/PatientRemoval.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace novamind;
using namespace novamind::test;

class TestPatientDeletion : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Replica> m_replica;
    Session m_session;

    static qint64 count(Database &db, const char *sql) { return db.queryInt(sql).value(); }

    Status softDelete(const QString &id, const QString &reason, const Session &session)
    {
        return UnitOfWork::run(session, [&](UnitOfWork &uow) { return PatientDeletion::softDelete(uow, id, reason); });
    }
    Status softDelete(const QString &id, const QString &reason = QStringLiteral("Registered twice by mistake"))
    {
        return softDelete(id, reason, m_session);
    }
    Status restore(const QString &id, const Session &session)
    {
        return UnitOfWork::run(session, [&](UnitOfWork &uow) { return PatientDeletion::restore(uow, id); });
    }
    std::vector<DeletedPatient> deletedList(const Session &session)
    {
        auto listed = UnitOfWork::perform(session, [](UnitOfWork &uow) { return PatientDeletion::list(uow); });
        return listed.ok() ? listed.value() : std::vector<DeletedPatient>{};
    }
    QStringList searchIds(const QString &text = QString())
    {
        PatientQuery query;
        query.text = text;
        auto found =
            UnitOfWork::perform(m_session, [&](UnitOfWork &uow) { return PatientRepository::search(uow, query); });
        QStringList ids;
        if (found.ok())
            for (const PatientSummary &p : found.value())
                ids << p.id;
        return ids;
    }
    Session admin() const
    {
        Session s;
        s.db = &m_replica->database();
        s.userId = QStringLiteral("it.bob");
        s.role = Role::Admin;
        s.organizationId = QStringLiteral("org");
        return s;
    }
    void setDeletedAt(const QString &id, const QDateTime &when)
    {
        auto stmt = m_replica->database().prepare("UPDATE patient_deletion SET deleted_at = ? WHERE patient_id = ?");
        QVERIFY(stmt.ok());
        stmt->bind(1, toMs(when)).bind(2, id);
        QVERIFY(stmt->run().ok());
        QCOMPARE(m_replica->database().changes(), 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // Two patients in dr.ada's care (p1 with an unsent note), one of the organisation outside it.
    void init()
    {
        auto created =
            Replica::create(m_dir.filePath(QStringLiteral("del%1.db").arg(++m_counter)), QStringLiteral("dr.ada"),
                            "deletion passphrase", Role::Psychiatrist, cheapOptions());
        QVERIFY(created.ok());
        m_replica = std::move(created).value();
        // p1 has an edit not yet sent to the server.
        QVERIFY(seedTwoPatientsInCare(*m_replica, QStringLiteral("dr.ada")).ok());
        QVERIFY(addUnrelatedPatient(*m_replica, QStringLiteral("p-other"), QStringLiteral("MRN3"),
                                    QStringLiteral("Other"), QStringLiteral("Olga"))
                    .ok());
        auto session = Session::forReplica(*m_replica);
        QVERIFY(session.ok());
        m_session = session.value();
        QCOMPARE(searchIds(), QStringList({QStringLiteral("p1"), QStringLiteral("p2")}));
    }

    void cleanup()
    {
        m_session = Session{};
        m_replica.reset();
    }

    void aDeletedPatientIsHiddenWithEveryRowKept()
    {
        Database &db = m_replica->database();
        const qint64 rowsBefore =
            count(db, "SELECT count(*) FROM patient") + count(db, "SELECT count(*) FROM clinical_relationship");
        QVERIFY(softDelete(QStringLiteral("p1")).ok());

        QCOMPARE(searchIds(), QStringList{QStringLiteral("p2")});
        QCOMPARE(searchIds(QStringLiteral("M1")), QStringList());
        auto opened = UnitOfWork::perform(
            m_session, [](UnitOfWork &uow) { return PatientRepository::open(uow, QStringLiteral("p1")); });
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::NotFound);
        auto counted = UnitOfWork::perform(
            m_session, [](UnitOfWork &uow) { return PatientRepository::count(uow, PatientQuery{}); });
        QCOMPARE(counted.value(), qint64(1));

        QCOMPARE(count(db, "SELECT count(*) FROM patient") + count(db, "SELECT count(*) FROM clinical_relationship"),
                 rowsBefore);
        QCOMPARE(count(db, "SELECT count(*) FROM audit_log WHERE action = 'delete' AND entity = 'patient'"
                           " AND entity_id = 'p1' AND user_id = 'dr.ada' AND purpose = 'request'"),
                 qint64(1));
        // The reason is kept for the users of the replica, never in the audit trail.
        QCOMPARE(
            count(db,
                  "SELECT count(*) FROM audit_log WHERE instr(action || entity || entity_id || purpose, 'twice') > 0"),
            qint64(0));
        QVERIFY(AuditLog::verify(db).value().ok);
    }

    void deletingNeedsAReasonAVisiblePatientAndAClinician()
    {
        Database &db = m_replica->database();
        const qint64 entries = count(db, "SELECT count(*) FROM audit_log");
        const Status tooShort = softDelete(QStringLiteral("p1"), QStringLiteral("  no  "));
        QCOMPARE(tooShort.error().code, ErrorCode::Usage);
        QCOMPARE(softDelete(QStringLiteral("p1"), QString(PatientDeletion::kMaxReasonLength + 1, QLatin1Char('x')))
                     .error()
                     .code,
                 ErrorCode::Usage);
        // Absent, outside one's care and already deleted: the same answer.
        const Status absent = softDelete(QStringLiteral("nobody"));
        const Status hidden = softDelete(QStringLiteral("p-other"));
        QCOMPARE(absent.error().code, ErrorCode::NotFound);
        QCOMPARE(hidden.error().message, absent.error().message);
        QVERIFY(softDelete(QStringLiteral("p1")).ok());
        QCOMPARE(softDelete(QStringLiteral("p1")).error().message, absent.error().message);
        QCOMPARE(softDelete(QStringLiteral("p2"), QStringLiteral("Not my patient"), admin()).error().code,
                 ErrorCode::Usage);
        QCOMPARE(count(db, "SELECT count(*) FROM patient_deletion"), qint64(1));
        QCOMPARE(count(db, "SELECT count(*) FROM audit_log"), entries + 1); // only the one deletion
    }

    void theDeletedListShowsWhoWhenAndWhyAndRestoreUndoes()
    {
        QVERIFY(softDelete(QStringLiteral("p1"), QStringLiteral("Duplicate of p2")).ok());
        const auto listed = deletedList(m_session);
        QCOMPARE(listed.size(), size_t(1));
        QCOMPARE(listed[0].patientId, QStringLiteral("p1"));
        QCOMPARE(listed[0].mrn, QStringLiteral("M1"));
        QCOMPARE(listed[0].displayName, QStringLiteral("Example, Ada"));
        QCOMPARE(listed[0].deletedBy, QStringLiteral("dr.ada"));
        QCOMPARE(listed[0].reason, QStringLiteral("Duplicate of p2"));
        QVERIFY(qAbs(listed[0].deletedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        // IT sees that a patient was deleted, by whom and when, but not the name or the clinical reason.
        const auto forAdmin = deletedList(admin());
        QCOMPARE(forAdmin.size(), size_t(1));
        QCOMPARE(forAdmin[0].mrn, QStringLiteral("M1"));
        QVERIFY(forAdmin[0].displayName.isEmpty());
        QVERIFY(forAdmin[0].reason.isEmpty());

        QVERIFY(restore(QStringLiteral("p1"), m_session).ok());
        QCOMPARE(searchIds(), QStringList({QStringLiteral("p1"), QStringLiteral("p2")}));
        QVERIFY(deletedList(m_session).empty());
        Database &db = m_replica->database();
        QCOMPARE(count(db, "SELECT count(*) FROM audit_log WHERE action = 'restore' AND entity_id = 'p1'"), qint64(1));
        // Nothing left to restore, and nobody restores what they could not see.
        QCOMPARE(restore(QStringLiteral("p1"), m_session).error().code, ErrorCode::NotFound);
        QCOMPARE(restore(QStringLiteral("p-other"), m_session).error().code, ErrorCode::NotFound);
    }

    void anAdminRestoresAndAClinicianPurgesADeletedPatient()
    {
        QVERIFY(softDelete(QStringLiteral("p1")).ok());
        QVERIFY(restore(QStringLiteral("p1"), admin()).ok());
        QCOMPARE(searchIds(), QStringList({QStringLiteral("p1"), QStringLiteral("p2")}));

        QVERIFY(softDelete(QStringLiteral("p2")).ok());
        auto removed = PatientRemoval::remove(m_session, QStringLiteral("p2"));
        QVERIFY2(removed.ok(), removed.ok() ? "" : qPrintable(removed.error().message));
        QVERIFY(removed->purged);
        Database &db = m_replica->database();
        QCOMPARE(count(db, "SELECT count(*) FROM patient WHERE id = 'p2'"), qint64(0));
        QCOMPARE(count(db, "SELECT count(*) FROM patient_deletion"), qint64(0));
        QVERIFY(deletedList(m_session).empty());
    }

    void thePolicyPurgesOnlyOldDeletionsWithNothingUnsent()
    {
        Database &db = m_replica->database();
        // p1 has an edit the server has not seen yet (init).
        QVERIFY(softDelete(QStringLiteral("p1")).ok());
        QVERIFY(softDelete(QStringLiteral("p2")).ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        setDeletedAt(QStringLiteral("p1"), now.addDays(-40));
        setDeletedAt(QStringLiteral("p2"), now.addDays(-20));

        // 0 = only by hand; 30 days: p2 is not due yet and p1 still has unsent work.
        QCOMPARE(PatientDeletion::purgeExpired(db, QStringLiteral("dr.ada"), 0, now).value().patients, 0);
        QCOMPARE(PatientDeletion::purgeExpired(db, QStringLiteral("dr.ada"), 30, now).value().patients, 0);
        QCOMPARE(count(db, "SELECT count(*) FROM patient"), qint64(3));

        // Ten days later p2 is due; p1 keeps waiting for its sync.
        LifecycleSchedule days;
        days.purgeDeletedAfterDays = 30;
        auto done = LifecyclePolicy::runAfterSync(db, QStringLiteral("dr.ada"), days, now.addDays(11));
        QVERIFY(done.ok());
        QCOMPARE(done->deletedPurged.patients, 1);
        QVERIFY(done->deletedPurged.rows >= 2);
        QCOMPARE(count(db, "SELECT count(*) FROM patient WHERE id = 'p2'"), qint64(0));
        QCOMPARE(count(db, "SELECT count(*) FROM patient WHERE id = 'p1'"), qint64(1));
        QCOMPARE(count(db, "SELECT count(*) FROM audit_log WHERE action = 'purge' AND entity_id = 'p2'"
                           " AND purpose = 'deletion_retention'"),
                 qint64(1));

        // Once the note is sent (its outbox entry gone), p1 goes too.
        QVERIFY(db.exec("DELETE FROM outbox").ok());
        QCOMPARE(PatientDeletion::purgeExpired(db, QStringLiteral("dr.ada"), 30, now).value().patients, 1);
        QCOMPARE(count(db, "SELECT count(*) FROM patient WHERE id = 'p1'"), qint64(0));
        QVERIFY(m_replica->check().value().ok);
    }

    void aPatientRemovedOnTheServerTakesTheDeletionAlong()
    {
        QVERIFY(softDelete(QStringLiteral("p2")).ok());
        Database &db = m_replica->database();
        QVERIFY(db.exec("DELETE FROM clinical_relationship WHERE patient_id = 'p2'").ok());
        QVERIFY(db.exec("DELETE FROM patient WHERE id = 'p2'").ok());
        QCOMPARE(count(db, "SELECT count(*) FROM patient_deletion"), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestPatientDeletion)
#include "test_patientdeletion.moc"
