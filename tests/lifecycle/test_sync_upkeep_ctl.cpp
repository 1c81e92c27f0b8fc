// `novamindctl sync` and the upkeep after it, against the real server: the JSON summary counts what was evicted and
// pruned, replica/evictAfterDays from the user's settings makes an unopened patient leave after the sync, and
// --return-evicted brings them back.
#include "CtlSync.h"
#include "ServerFixture.h"
#include "TestReplica.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace novamind;
using namespace novamind::test;

class TestSyncUpkeepCtl : public QObject
{
    Q_OBJECT

    ServerFixture m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<TestReplica> m_replica;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QString m_settingsFile;

    CtlSyncRun sync(const QStringList &extra = {})
    {
        m_replica->close();
        return CtlSync::run(m_replica->syncArgs(m_fixture.env().serverUrl, extra), 120000, m_env);
    }

    qint64 count(const std::string &sql)
    {
        if (!m_replica->open().ok())
            return -1;
        auto n = m_replica->db().queryInt(sql);
        return n.ok() ? n.value() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        NM_VERIFY_OK(m_fixture.init(QStringLiteral("sync-upkeep")));
        auto user = m_fixture.addUser(QStringLiteral("a"), QStringLiteral("psychiatrist"),
                                      m_fixture.uniqueName(QStringLiteral("org")));
        NM_VERIFY_OK(user);
        NM_VERIFY_OK(m_fixture.admin().seedDemo(3, 2, ServerFixture::uniqueSeed(), user->id));
        auto replica = TestReplica::create(m_dir.path(), QStringLiteral("a"), user.value());
        NM_VERIFY_OK(replica);
        m_replica = std::move(replica).value();
        // The user's settings of this test only (none at first: the catalogue's defaults).
        const QString home = m_dir.filePath(QStringLiteral("config"));
        QVERIFY(QDir().mkpath(home + QStringLiteral("/Novamind")));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
        m_settingsFile = home + QStringLiteral("/Novamind/Novamind Clinician.conf");
    }

    void theSummaryCountsTheUpkeep()
    {
        const CtlSyncRun run = sync();
        QVERIFY2(run.exitCode == 0 && !run.crashed, qPrintable(run.describe()));
        const QJsonObject s = run.summary();
        QCOMPARE(s.value(QLatin1String("ok")), QJsonValue(true));
        // Default settings: eviction off, six-year retention, and nothing acknowledged is that old.
        QCOMPARE(s.value(QLatin1String("evicted")), QJsonValue(0));
        QCOMPARE(s.value(QLatin1String("audit_pruned")), QJsonValue(0));
        QVERIFY(!s.contains(QLatin1String("upkeep_failed")));
        QCOMPARE(count("SELECT count(*) FROM patient"), qint64(3));
    }

    void anUnopenedPatientLeavesAfterTheSync()
    {
        QVERIFY(m_replica->open().ok());
        Database &db = m_replica->db();
        auto stmt = db.prepare("UPDATE patient SET last_opened_at = ? WHERE id = (SELECT min(id) FROM patient)");
        QVERIFY(stmt.ok());
        stmt->bind(1, QDateTime::currentDateTimeUtc().addDays(-40).toMSecsSinceEpoch());
        QVERIFY(stmt->run().ok());
        QCOMPARE(db.changes(), 1);
        const QString oldest = db.queryString("SELECT min(id) FROM patient").value();

        QFile settings(m_settingsFile);
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[replica]\nevictAfterDays=30\n");
        settings.close();

        const CtlSyncRun run = sync();
        QVERIFY2(run.exitCode == 0 && !run.crashed, qPrintable(run.describe()));
        QCOMPARE(run.summary().value(QLatin1String("evicted")), QJsonValue(1));
        QCOMPARE(count("SELECT count(*) FROM patient"), qint64(2));
        auto left = m_replica->db().prepare("SELECT count(*) FROM patient WHERE id = ?");
        QVERIFY(left.ok());
        left->bind(1, oldest);
        qint64 stillThere = -1;
        QVERIFY(left->forEach([&](const Statement &row) { stillThere = row.columnInt64(0); }).ok());
        QCOMPARE(stillThere, qint64(0));
        QCOMPARE(count("SELECT count(*) FROM evicted_patient"), qint64(1));

        // The next sync finds nothing more to evict: the others were opened, or first seen, just now.
        const CtlSyncRun again = sync();
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QCOMPARE(again.summary().value(QLatin1String("evicted")), QJsonValue(0));
        QVERIFY(!again.summary().contains(QLatin1String("returned")));
    }

    // On demand, the next sync brings the cleared patient back from the server, and it stays.
    void anEvictedPatientComesBackOnDemand()
    {
        const CtlSyncRun run = sync({QStringLiteral("--return-evicted")});
        QVERIFY2(run.exitCode == 0 && !run.crashed, qPrintable(run.describe()));
        QCOMPARE(run.summary().value(QLatin1String("returned")), QJsonValue(1));
        QCOMPARE(run.summary().value(QLatin1String("evicted")), QJsonValue(0));
        QCOMPARE(count("SELECT count(*) FROM patient"), qint64(3));
        QCOMPARE(count("SELECT count(*) FROM evicted_patient WHERE patient_id NOT IN (SELECT id FROM patient)"),
                 qint64(0));
        QCOMPARE(count("SELECT count(*) FROM sync_state WHERE key = 'resyncing' AND value = '1'"), qint64(0));

        // Nothing cleared: asking again is harmless and says so.
        const CtlSyncRun again = sync({QStringLiteral("--return-evicted")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QCOMPARE(again.summary().value(QLatin1String("returned")), QJsonValue(0));
        QCOMPARE(count("SELECT count(*) FROM patient"), qint64(3));
    }

    void cleanupTestCase()
    {
        if (m_replica)
            m_replica->close();
    }
};

QTEST_GUILESS_MAIN(TestSyncUpkeepCtl)
#include "test_sync_upkeep_ctl.moc"
