// PurgeCommand: `novamindctl purge` as an administrator scripts it: JSON result, refusals, exit codes, audit entry.
#include "CtlRunner.h"
#include "DemoReplica.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace novamind;
using namespace novamind::test;

class TestPurgeCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_pass;

    QStringList purgeArgs(const QString &patient) const
    {
        return {QStringLiteral("purge"),
                QStringLiteral("--db"),
                m_db,
                QStringLiteral("--user"),
                QStringLiteral("dr.ada"),
                QStringLiteral("--passphrase-file"),
                m_pass,
                QStringLiteral("--patient"),
                patient};
    }

    qint64 countOf(const char *sql, const QString &id)
    {
        auto replica = Replica::open(m_db, QStringLiteral("dr.ada"), "purge cli passphrase", Replica::Options{});
        Q_ASSERT(replica.ok());
        auto stmt = replica.value()->database().prepare(sql);
        Q_ASSERT(stmt.ok());
        stmt->bind(1, id);
        (void)stmt->step();
        return stmt->columnInt64(0);
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
        f.write("purge cli passphrase\n");
        f.close();
        auto created =
            Replica::create(m_db, QStringLiteral("dr.ada"), "purge cli passphrase", Role::Psychiatrist, cheapOptions());
        QVERIFY(created.ok());
        Replica &replica = *created.value();
        QVERIFY(
            seedPatientInCare(replica, QStringLiteral("dr.ada"), QStringLiteral("p1"), QStringLiteral("MRN1")).ok());
        QVERIFY(addUnrelatedPatient(replica, QStringLiteral("p-other"), QStringLiteral("MRN2"),
                                    QStringLiteral("Hidden"), QStringLiteral("Harriet"))
                    .ok());
        auto session = Session::forReplica(replica);
        QVERIFY(session.ok());
        QVERIFY(addUnsentNote(session.value(), QStringLiteral("p1")).ok());
    }

    void unknownAndHiddenPatientsAreTheSameRefusal()
    {
        const CtlResult unknown = runCtl(purgeArgs(QStringLiteral("nobody")));
        const CtlResult hidden = runCtl(purgeArgs(QStringLiteral("p-other")));
        QCOMPARE(unknown.exitCode, 2);
        QCOMPARE(hidden.exitCode, 2);
        QVERIFY(unknown.out.isEmpty());
        QCOMPARE(hidden.err, QByteArray(unknown.err).replace("nobody", "p-other"));
        QVERIFY(!hidden.err.contains("Hidden"));
        QCOMPARE(countOf("SELECT count(*) FROM patient WHERE id = ?", QStringLiteral("p-other")), qint64(1));
    }

    void unsentChangesRefuseUntilDiscarded()
    {
        const CtlResult refused = runCtl(purgeArgs(QStringLiteral("p1")));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("--discard-unsent"));
        QCOMPARE(countOf("SELECT count(*) FROM patient WHERE id = ?", QStringLiteral("p1")), qint64(1));

        const CtlResult done = runCtl(purgeArgs(QStringLiteral("p1")) << QStringLiteral("--discard-unsent"));
        QCOMPARE(done.exitCode, 0);
        const QJsonObject json = done.json();
        QCOMPARE(json.value(QStringLiteral("patient")).toString(), QStringLiteral("p1"));
        QCOMPARE(json.value(QStringLiteral("purged")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("rows")).toInteger(), 4); // patient, relationship, note, outbox entry
        QCOMPARE(countOf("SELECT count(*) FROM patient WHERE id = ?", QStringLiteral("p1")), qint64(0));
        QCOMPARE(countOf("SELECT count(*) FROM outbox WHERE patient_id = ?", QStringLiteral("p1")), qint64(0));
        QCOMPARE(countOf("SELECT count(*) FROM audit_log WHERE action = 'purge' AND entity_id = ?"
                         " AND purpose = 'request'",
                         QStringLiteral("p1")),
                 qint64(1));

        // Purged means gone: a second purge is an unknown patient.
        QCOMPARE(runCtl(purgeArgs(QStringLiteral("p1")) << QStringLiteral("--discard-unsent")).exitCode, 2);
        const CtlResult check = runCtl({QStringLiteral("check"), QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                                        QStringLiteral("dr.ada"), QStringLiteral("--passphrase-file"), m_pass});
        QCOMPARE(check.exitCode, 0);
        QVERIFY(QFileInfo(m_db + QStringLiteral("-wal")).size() == 0 ||
                !QFileInfo::exists(m_db + QStringLiteral("-wal")));
    }

    // The policy run a timer or cron job uses: eviction by replica/evictAfterDays, audit retention by its setting.
    void byPolicyEvictsWhatTheSettingsSay()
    {
        {
            auto replica = Replica::open(m_db, QStringLiteral("dr.ada"), "purge cli passphrase", Replica::Options{});
            QVERIFY(replica.ok());
            auto stmt = replica.value()->database().prepare("UPDATE patient SET last_opened_at = ? WHERE id = ?");
            stmt->bind(1, QDateTime::currentDateTimeUtc().addDays(-40).toMSecsSinceEpoch())
                .bind(2, QStringLiteral("p-other"));
            QVERIFY(stmt->run().ok());
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString home = m_dir.filePath(QStringLiteral("config"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
        QVERIFY(QDir().mkpath(home + QStringLiteral("/Novamind")));
        const QStringList args{QStringLiteral("purge"),
                               QStringLiteral("--db"),
                               m_db,
                               QStringLiteral("--user"),
                               QStringLiteral("dr.ada"),
                               QStringLiteral("--passphrase-file"),
                               m_pass,
                               QStringLiteral("--by-policy")};

        // Default: 0 = never evict.
        CtlResult r = runCtl(args, {}, env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("evicted")).toInt(), 0);
        QCOMPARE(r.json().value(QStringLiteral("audit_retention_days")).toInteger(), 2190);
        QCOMPARE(countOf("SELECT count(*) FROM patient WHERE id = ?", QStringLiteral("p-other")), qint64(1));

        QFile user(home + QStringLiteral("/Novamind/Novamind Clinician.conf"));
        QVERIFY(user.open(QIODevice::WriteOnly));
        user.write("[replica]\nevictAfterDays=30\n");
        user.close();
        r = runCtl(args, {}, env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("evicted")).toInt(), 1);
        QCOMPARE(r.json().value(QStringLiteral("audit_pruned")).toInt(), 0); // nothing acknowledged by a server
        QCOMPARE(countOf("SELECT count(*) FROM patient WHERE id = ?", QStringLiteral("p-other")), qint64(0));
        QCOMPARE(countOf("SELECT count(*) FROM audit_log WHERE action = 'purge' AND purpose = 'eviction'"
                         " AND entity_id = ?",
                         QStringLiteral("p-other")),
                 qint64(1));
    }

    void patientOrPolicyIsAUsageError()
    {
        QCOMPARE(runCtl(purgeArgs(QStringLiteral("p1")) << QStringLiteral("--by-policy")).exitCode, 2);
    }

    void missingPatientOptionIsAUsageError()
    {
        const CtlResult r = runCtl({QStringLiteral("purge"), QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                                    QStringLiteral("dr.ada"), QStringLiteral("--passphrase-file"), m_pass});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestPurgeCommand)
#include "test_purge_command.moc"
