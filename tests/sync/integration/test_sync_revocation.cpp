// Access that ends on the server ends on the replica: the next sync purges the patient from every table, audited;
// a purge of most of the replica, or one that would lose unsent work, needs --allow-mass-purge.
#include "CtlSync.h"
#include "FileSupport.h"
#include "LocalEdits.h"
#include "PageDecryptor.h"
#include "ScopeView.h"
#include "ServerFixture.h"
#include "TestReplica.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/KeyVault.h"
#include "storage/Replica.h"
#include "storage/sync/Outbox.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <string_view>

using namespace novamind;
using namespace novamind::test;

namespace {

Result<qint64> count(Database &db, const QByteArray &sql, const QString &value)
{
    auto statement = db.prepare(std::string_view(sql.constData(), size_t(sql.size())));
    if (!statement.ok())
        return statement.error();
    statement->bind(1, value);
    auto row = statement->step();
    if (!row.ok())
        return row.error();
    return statement->columnInt64(0);
}

// "table: n" for every table that still holds a row of the patient (a patient_id column, or the patient itself).
Result<QStringList> rowsOfPatient(Database &db, const QString &patientId)
{
    QStringList tables;
    auto list = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    if (!list.ok())
        return list.error();
    NM_TRY(list->forEach([&](Statement &s) { tables << s.columnText(0); }));
    QStringList found;
    for (const QString &table : tables) {
        auto columns = db.prepare(std::string_view("SELECT name FROM pragma_table_info(?)"));
        QStringList names;
        if (columns.ok()) {
            columns->bind(1, table);
            NM_TRY(columns->forEach([&](Statement &s) { names << s.columnText(0); }));
        }
        // Table names come from the schema itself, never from data.
        const QByteArray quoted = '"' + table.toUtf8() + '"';
        QByteArray sql;
        if (table == QLatin1String("patient"))
            sql = "SELECT count(*) FROM " + quoted + " WHERE id = ?";
        else if (names.contains(QLatin1String("patient_id")))
            sql = "SELECT count(*) FROM " + quoted + " WHERE patient_id = ?";
        else
            continue;
        auto n = count(db, sql, patientId);
        if (!n.ok())
            return n.error();
        if (n.value() > 0)
            found << QStringLiteral("%1: %2").arg(table).arg(n.value());
    }
    return found;
}

} // namespace

class TestSyncRevocation : public QObject
{
    Q_OBJECT

    ServerFixture m_fixture;
    QTemporaryDir m_dir;
    QString m_org;

    CtlSyncRun sync(TestReplica &replica, const QStringList &extra = {})
    {
        replica.close();
        return CtlSync::run(replica.syncArgs(m_fixture.env().serverUrl, extra));
    }

    // Every page of the closed replica's database file and WAL, decrypted with its DEK (used and free pages alike).
    static Result<QByteArray> plaintextOnDisk(const TestReplica &replica)
    {
        auto vault = KeyVault::load(Replica::keysPathFor(replica.path()));
        if (!vault.ok())
            return vault.error();
        QByteArray passphrase = readFile(replica.passphraseFile());
        if (passphrase.endsWith('\n'))
            passphrase.chop(1);
        auto dek = vault->unlock(replica.user().id, passphrase);
        if (!dek.ok())
            return dek.error();
        PageDecryptor decryptor{dek.value()};
        int frames = 0;
        QByteArray plain =
            decryptor.decryptDatabase(replica.path()) + decryptor.decryptWal(replica.path() + u"-wal", &frames);
        if (decryptor.pageOneHeaderOk == 0)
            return Error{ErrorCode::Corrupt, QStringLiteral("page 1 did not decrypt")};
        return plain;
    }

    static Result<qint64> purgeEntries(Database &db, const QString &patientId)
    {
        return count(db,
                     "SELECT count(*) FROM audit_log WHERE action = 'purge' AND entity = 'patient' AND entity_id = ?",
                     patientId);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        NM_VERIFY_OK(m_fixture.init(QStringLiteral("sync-revocation")));
        m_org = m_fixture.uniqueName(QStringLiteral("org"));
    }

    void endedRelationshipPurgesThePatient()
    {
        auto user = m_fixture.addUser(QStringLiteral("a"), QStringLiteral("clinician"), m_org);
        NM_VERIFY_OK(user);
        auto bundles = m_fixture.seedPatients(user.value(), 3, 5);
        NM_VERIFY_OK(bundles);
        const QString gone = bundles->front().patient.id;
        auto replica = TestReplica::create(m_dir.path(), QStringLiteral("a"), user.value());
        NM_VERIFY_OK(replica);
        TestReplica &r = *replica.value();
        CtlSyncRun run = sync(r);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        // The MRN is on disk before (so the scan below can find it), and nowhere in the files after the purge.
        const QByteArray goneMrn = bundles->front().patient.mrn.toUtf8();
        const QByteArray keptMrn = bundles->at(1).patient.mrn.toUtf8();
        auto onDisk = plaintextOnDisk(r);
        NM_VERIFY_OK(onDisk);
        QVERIFY(onDisk->contains(goneMrn));
        NM_VERIFY_OK(r.open());
        auto before = rowsOfPatient(r.db(), gone);
        NM_VERIFY_OK(before);
        QVERIFY(!before->isEmpty());

        NM_VERIFY_OK(m_fixture.admin().endRelationship(user->id, gone));
        run = sync(r);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.summary().value(QLatin1String("purged_patients")).toInt(-1), 1);
        onDisk = plaintextOnDisk(r);
        NM_VERIFY_OK(onDisk);
        QVERIFY2(!onDisk->contains(goneMrn), "the purged patient's MRN is still in the replica's files");
        QVERIFY(onDisk->contains(keptMrn));

        NM_VERIFY_OK(r.open());
        auto after = rowsOfPatient(r.db(), gone);
        NM_VERIFY_OK(after);
        QVERIFY2(after->isEmpty(), qPrintable(after->join(QStringLiteral(", "))));
        auto purges = purgeEntries(r.db(), gone);
        NM_VERIFY_OK(purges);
        QCOMPARE(purges.value(), qint64(1));
        auto audit = AuditLog::verify(r.db());
        NM_VERIFY_OK(audit);
        QVERIFY2(audit->ok, qPrintable(audit->problem));
        // The other patients stay, and the replica equals what the server still lets the user see.
        auto kept = rowsOfPatient(r.db(), bundles->at(1).patient.id);
        NM_VERIFY_OK(kept);
        QVERIFY(!kept->isEmpty());
        auto token = m_fixture.signIn(user.value());
        NM_VERIFY_OK(token);
        auto server = ScopeView::fromServer(m_fixture.feed(), token.value());
        NM_VERIFY_OK(server);
        auto local = ScopeView::fromReplica(r.db());
        NM_VERIFY_OK(local);
        QCOMPARE(server->countOf(gone), 0);
        const QString difference = ScopeView::firstDifference(server.value(), local.value());
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void massPurgeWithUnsentWorkNeedsConsent()
    {
        auto user = m_fixture.addUser(QStringLiteral("c"), QStringLiteral("clinician"), m_org);
        NM_VERIFY_OK(user);
        auto bundles = m_fixture.seedPatients(user.value(), 3, 5);
        NM_VERIFY_OK(bundles);
        const QString first = bundles->at(0).patient.id;
        const QString second = bundles->at(1).patient.id;
        auto replica = TestReplica::create(m_dir.path(), QStringLiteral("c"), user.value());
        NM_VERIFY_OK(replica);
        TestReplica &r = *replica.value();
        CtlSyncRun run = sync(r);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

        // A note not yet sent, then two of three patients revoked: most of the replica, and unsent work.
        auto session = r.session();
        NM_VERIFY_OK(session);
        auto note = LocalEdits::createNote(session.value(), first, QStringLiteral("Written offline."));
        NM_VERIFY_OK(note);
        r.close();
        NM_VERIFY_OK(m_fixture.admin().endRelationship(user->id, first));
        NM_VERIFY_OK(m_fixture.admin().endRelationship(user->id, second));

        run = sync(r);
        QVERIFY2(run.exitCode == 1 && !run.crashed, qPrintable(run.describe()));
        // One line saying why and how to go ahead.
        QVERIFY(!run.errorText().isEmpty());
        QVERIFY2(run.errorText().trimmed().count('\n') == 0, run.errorText().constData());
        QVERIFY2(run.errorText().contains("--allow-mass-purge"), run.errorText().constData());
        NM_VERIFY_OK(r.open());
        for (const QString &patient : {first, second}) {
            auto rows = rowsOfPatient(r.db(), patient);
            NM_VERIFY_OK(rows);
            QVERIFY2(!rows->isEmpty(), "a refused purge removed a patient");
        }
        auto view = ScopeView::fromReplica(r.db());
        NM_VERIFY_OK(view);
        QVERIFY2(view->find(note->entity, note->id), "a refused purge lost the unsent note");
        auto pending = Outbox::pendingCount(r.db());
        NM_VERIFY_OK(pending);
        auto quarantined = Outbox::quarantined(r.db());
        NM_VERIFY_OK(quarantined);
        QCOMPARE(pending.value() + int(quarantined->size()), 1);

        run = sync(r, {QStringLiteral("--allow-mass-purge")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.summary().value(QLatin1String("purged_patients")).toInt(-1), 2);
        NM_VERIFY_OK(r.open());
        for (const QString &patient : {first, second}) {
            auto rows = rowsOfPatient(r.db(), patient);
            NM_VERIFY_OK(rows);
            QVERIFY2(rows->isEmpty(), qPrintable(rows->join(QStringLiteral(", "))));
            auto purges = purgeEntries(r.db(), patient);
            NM_VERIFY_OK(purges);
            QCOMPARE(purges.value(), qint64(1));
        }
        auto third = rowsOfPatient(r.db(), bundles->at(2).patient.id);
        NM_VERIFY_OK(third);
        QVERIFY(!third->isEmpty());
        auto audit = AuditLog::verify(r.db());
        NM_VERIFY_OK(audit);
        QVERIFY2(audit->ok, qPrintable(audit->problem));
    }
};

QTEST_GUILESS_MAIN(TestSyncRevocation)
#include "test_sync_revocation.moc"
