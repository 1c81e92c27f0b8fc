// CacheEviction: patients left unopened leave the replica (audited, wiped), never with unsent work, and are asked back.
#include "DemoReplica.h"
#include "storage/lifecycle/CacheEviction.h"
#include "storage/sync/SyncState.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace novamind;
using namespace novamind::test;

class TestCacheEviction : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static void setOpened(Database &db, const QString &id, const QDateTime &when)
    {
        auto stmt = db.prepare("UPDATE patient SET last_opened_at = ? WHERE id = ?");
        QVERIFY(stmt.ok());
        stmt->bind(1, toMs(when)).bind(2, id);
        QVERIFY(stmt->run().ok());
    }

    static qint64 patients(Database &db) { return db.queryInt("SELECT count(*) FROM patient").value(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void unopenedPatientsLeaveAndUnsentWorkStays()
    {
        auto created = Replica::create(m_dir.filePath(QStringLiteral("evict.db")), QStringLiteral("dr.ada"),
                                       "eviction passphrase", Role::Psychiatrist, cheapOptions());
        QVERIFY(created.ok());
        Replica &replica = *created.value();
        Database &db = replica.database();
        QVERIFY(
            seedPatientInCare(replica, QStringLiteral("dr.ada"), QStringLiteral("p-old"), QStringLiteral("M1")).ok());
        for (const char *id : {"p-recent", "p-unsent", "p-never"})
            QVERIFY(addUnrelatedPatient(replica, QString::fromLatin1(id), QString::fromLatin1(id).toUpper(),
                                        QStringLiteral("Family"), QStringLiteral("Given"))
                        .ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        setOpened(db, QStringLiteral("p-old"), now.addDays(-40));
        setOpened(db, QStringLiteral("p-recent"), now.addDays(-2));
        setOpened(db, QStringLiteral("p-unsent"), now.addDays(-40));
        // An unsent edit, written before the relationship ended: it must reach the server before the patient may go.
        auto grant =
            db.prepare("INSERT INTO clinical_relationship (id, clinician_id, patient_id, organization_id, kind,"
                       " valid_from) VALUES ('rel-u', 'dr.ada', 'p-unsent', 'org', 'treating_psychiatrist', 0)");
        QVERIFY(grant->run().ok());
        auto session = Session::forReplica(replica);
        QVERIFY(session.ok());
        QVERIFY(addUnsentNote(session.value(), QStringLiteral("p-unsent"), QStringLiteral("n-unsent")).ok());

        // 0 = never.
        QCOMPARE(CacheEviction::run(db, QStringLiteral("dr.ada"), 0, now).value().patients, 0);
        QCOMPARE(patients(db), qint64(4));

        auto first = CacheEviction::run(db, QStringLiteral("dr.ada"), 30, now);
        QVERIFY(first.ok());
        QCOMPARE(first->patients, 1);
        QVERIFY(first->rows >= 2); // the patient and the relationship
        QCOMPARE(CacheEviction::evicted(db).value(), QStringList{QStringLiteral("p-old")});
        QCOMPARE(patients(db), qint64(3));
        QCOMPARE(db.queryInt("SELECT count(*) FROM audit_log WHERE action = 'purge' AND entity_id = 'p-old'"
                             " AND purpose = 'eviction'")
                     .value(),
                 qint64(1));
        QCOMPARE(QFileInfo(replica.identity().path + QStringLiteral("-wal")).size(), qint64(0));

        // A patient never opened here counts from the first eviction run that saw them.
        auto later = CacheEviction::run(db, QStringLiteral("dr.ada"), 30, now.addDays(31));
        QVERIFY(later.ok());
        QCOMPARE(later->patients, 2); // p-never, and p-recent (33 days by then); p-unsent still has work
        QCOMPARE(CacheEviction::evicted(db).value(),
                 QStringList({QStringLiteral("p-never"), QStringLiteral("p-old"), QStringLiteral("p-recent")}));
        const auto left = CacheEviction::candidates(db, 30, now.addDays(31));
        QVERIFY(left.ok());
        QVERIFY(!left->contains(QStringLiteral("p-unsent")));
        QCOMPARE(db.queryInt("SELECT count(*) FROM patient WHERE id = 'p-unsent'").value(), qint64(1));

        // Asking them back starts the next sync from the beginning of the feed, keeping the unsent edit.
        QVERIFY(CacheEviction::requestReturn(db).ok());
        auto state = SyncState::read(db);
        QVERIFY(state.ok());
        QVERIFY(state->resyncing);
        QCOMPARE(state->cursor, qint64(0));
        QCOMPARE(db.queryInt("SELECT count(*) FROM outbox").value(), qint64(1));
        QVERIFY(replica.check().value().ok);
    }
};

QTEST_GUILESS_MAIN(TestCacheEviction)
#include "test_cacheeviction.moc"
