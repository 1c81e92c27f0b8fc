// `novamindctl delete-patient`, `restore-patient` and `list-patients --deleted` as a clinician or IT scripts them,
// and `purge --by-policy` removing a patient deleted longer ago than replica/purgeDeletedAfterDays.
#include "CtlRunner.h"
#include "DemoReplica.h"

#include <QDir>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace novamind;
using namespace novamind::test;

class TestDeletionCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_pass;

    QStringList keyed(const QString &command) const
    {
        return {command,
                QStringLiteral("--db"),
                m_db,
                QStringLiteral("--user"),
                QStringLiteral("dr.ada"),
                QStringLiteral("--passphrase-file"),
                m_pass};
    }
    QStringList deleteArgs(const QString &patient, const QString &reason) const
    {
        return keyed(QStringLiteral("delete-patient"))
               << QStringLiteral("--patient") << patient << QStringLiteral("--reason") << reason;
    }
    QStringList restoreArgs(const QString &patient) const
    {
        return keyed(QStringLiteral("restore-patient")) << QStringLiteral("--patient") << patient;
    }
    QStringList listedIds(const QStringList &args) const
    {
        const CtlResult r = runCtl(args);
        QStringList ids;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            ids << v.toObject().value(QStringLiteral("id")).toString();
        return ids;
    }
    qint64 countOf(const char *sql) const
    {
        auto replica = Replica::open(m_db, QStringLiteral("dr.ada"), "deletion cli passphrase", Replica::Options{});
        Q_ASSERT(replica.ok());
        return replica.value()->database().queryInt(sql).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(!ctlPath().isEmpty());
        m_db = m_dir.filePath(QStringLiteral("cli.db"));
        m_pass = m_dir.filePath(QStringLiteral("pass"));
        QFile f(m_pass);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("deletion cli passphrase\n");
        f.close();
        auto created = Replica::create(m_db, QStringLiteral("dr.ada"), "deletion cli passphrase", Role::Psychiatrist,
                                       cheapOptions());
        QVERIFY(created.ok());
        QVERIFY(
            seedPatientInCare(*created.value(), QStringLiteral("dr.ada"), QStringLiteral("p1"), QStringLiteral("MRN1"))
                .ok());
        QVERIFY(addUnrelatedPatient(*created.value(), QStringLiteral("p-other"), QStringLiteral("MRN2"),
                                    QStringLiteral("Hidden"), QStringLiteral("Harriet"))
                    .ok());
    }

    void deleteListRestore()
    {
        const QStringList list = keyed(QStringLiteral("list-patients"));
        const QStringList listDeleted = keyed(QStringLiteral("list-patients")) << QStringLiteral("--deleted");
        QCOMPARE(listedIds(list), QStringList{QStringLiteral("p1")});

        const CtlResult deleted = runCtl(deleteArgs(QStringLiteral("p1"), QStringLiteral("Test record, not real")));
        QCOMPARE(deleted.exitCode, 0);
        QCOMPARE(deleted.json().value(QStringLiteral("patient")).toString(), QStringLiteral("p1"));
        QCOMPARE(deleted.json().value(QStringLiteral("deleted")).toBool(), true);
        QCOMPARE(listedIds(list), QStringList());

        const CtlResult listing = runCtl(listDeleted);
        QCOMPARE(listing.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(listing.out).array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.at(0).toObject();
        QCOMPARE(row.value(QStringLiteral("mrn")).toString(), QStringLiteral("MRN1"));
        QCOMPARE(row.value(QStringLiteral("name")).toString(), QStringLiteral("Example, Ada"));
        QCOMPARE(row.value(QStringLiteral("deleted_by")).toString(), QStringLiteral("dr.ada"));
        QCOMPARE(row.value(QStringLiteral("reason")).toString(), QStringLiteral("Test record, not real"));
        QVERIFY(QDateTime::fromString(row.value(QStringLiteral("deleted_at")).toString(), Qt::ISODateWithMs).isValid());

        const CtlResult restored = runCtl(restoreArgs(QStringLiteral("p1")));
        QCOMPARE(restored.exitCode, 0);
        QCOMPARE(restored.json().value(QStringLiteral("restored")).toBool(), true);
        QCOMPARE(listedIds(list), QStringList{QStringLiteral("p1")});
        QCOMPARE(listedIds(listDeleted), QStringList());
        QCOMPARE(countOf("SELECT count(*) FROM audit_log WHERE entity_id = 'p1' AND action IN ('delete', 'restore')"),
                 qint64(2));
    }

    void refusalsAreClearAndChangeNothing()
    {
        // Unknown and outside one's care read the same; nothing was deleted.
        const CtlResult unknown = runCtl(deleteArgs(QStringLiteral("nobody"), QStringLiteral("Wrong chart")));
        const CtlResult hidden = runCtl(deleteArgs(QStringLiteral("p-other"), QStringLiteral("Wrong chart")));
        QCOMPARE(unknown.exitCode, 2);
        QCOMPARE(hidden.exitCode, 2);
        QVERIFY(unknown.out.isEmpty());
        QCOMPARE(hidden.err, QByteArray(unknown.err).replace("nobody", "p-other"));
        QVERIFY(!hidden.err.contains("Hidden"));

        const CtlResult shortReason = runCtl(deleteArgs(QStringLiteral("p1"), QStringLiteral("x")));
        QCOMPARE(shortReason.exitCode, 2);
        QVERIFY(shortReason.err.contains("reason"));
        QCOMPARE(runCtl(keyed(QStringLiteral("delete-patient")) << QStringLiteral("--patient") << QStringLiteral("p1"))
                     .exitCode,
                 2); // --reason is required
        const CtlResult notDeleted = runCtl(restoreArgs(QStringLiteral("p1")));
        QCOMPARE(notDeleted.exitCode, 2);
        QVERIFY(notDeleted.err.contains("nothing was restored"));
        QCOMPARE(runCtl(keyed(QStringLiteral("list-patients"))
                        << QStringLiteral("--deleted") << QStringLiteral("--search") << QStringLiteral("Ex"))
                     .exitCode,
                 2);
        QCOMPARE(countOf("SELECT count(*) FROM patient_deletion"), qint64(0));
    }

    // A month by default, then purge --by-policy (or the upkeep after a sync) removes the deleted patient for good.
    void byPolicyPurgesOldDeletions()
    {
        QCOMPARE(runCtl(deleteArgs(QStringLiteral("p1"), QStringLiteral("Left the service"))).exitCode, 0);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        const QStringList policy = keyed(QStringLiteral("purge")) << QStringLiteral("--by-policy");

        CtlResult r = runCtl(policy, {}, env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("purge_deleted_after_days")).toInt(), 30);
        QCOMPARE(r.json().value(QStringLiteral("deleted_purged")).toInt(), 0);
        QCOMPARE(countOf("SELECT count(*) FROM patient WHERE id = 'p1'"), qint64(1));

        {
            auto replica = Replica::open(m_db, QStringLiteral("dr.ada"), "deletion cli passphrase", Replica::Options{});
            QVERIFY(replica.ok());
            auto stmt = replica.value()->database().prepare("UPDATE patient_deletion SET deleted_at = ?");
            QVERIFY(stmt.ok());
            stmt->bind(1, QDateTime::currentDateTimeUtc().addDays(-31).toMSecsSinceEpoch());
            QVERIFY(stmt->run().ok());
        }
        r = runCtl(policy, {}, env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("deleted_purged")).toInt(), 1);
        QCOMPARE(countOf("SELECT count(*) FROM patient WHERE id = 'p1'"), qint64(0));
        QCOMPARE(countOf("SELECT count(*) FROM audit_log WHERE action = 'purge' AND entity_id = 'p1'"
                         " AND purpose = 'deletion_retention'"),
                 qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestDeletionCommands)
#include "test_deletion_commands.moc"
