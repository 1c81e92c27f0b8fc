// Migrator: ordered, checksummed migrations; replicas made at every earlier version upgrade cleanly.
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <map>

using namespace novamind;

namespace {

// Data a replica at each schema version could hold; every shipped migration needs an entry here,
// so that a new migration is always tested against data written by the version before it.
const std::map<int, const char *> &fixtures()
{
    static const std::map<int, const char *> f{
        {1, "INSERT INTO replica_meta (key, value) VALUES ('replica_id', 'fixture-replica')"},
        {2, "INSERT INTO replica_user (user_id, role, created_at) VALUES ('fixture.user', 'clinician', '2026-01-01')"},
        {3, "INSERT INTO organization (id, name) VALUES ('org-1', 'Fixture clinic');"
            "INSERT INTO patient (id, mrn, organization_id, given_name, family_name, birth_date, sex, gender,"
            " family_key, given_key, mrn_key) VALUES ('p-1', 'MRN0000001', 'org-1', 'Ada', 'Fixture', '1980-01-01',"
            " 'female', 'female', 'fixture', 'ada', 'mrn0000001');"
            "INSERT INTO clinical_note (id, patient_id, author_id, created_at, kind, title, body)"
            " VALUES ('n-1', 'p-1', 'fixture.user', 0, 'progress', 'Fixture note', 'sleeps poorly')"},
        {4, "INSERT INTO sync_state (key, value) VALUES ('cursor', '42');"
            "INSERT INTO outbox (idempotency_key, entity, entity_id, base_version, op, data, created_at)"
            " VALUES ('k-1', 'assessment', 'a-1', 0, 'create', '{}', '2026-01-01')"},
        {5, "INSERT INTO sync_conflict (entity, entity_id, patient_id, server_version, detected_at)"
            " VALUES ('clinical_note', 'n-5', 'p-1', 3, '2026-01-01')"},
        {6, "INSERT INTO audit_checkpoint (seq, hash, acked_at) VALUES (10, 'h-10', '2026-01-01');"
            "INSERT INTO audit_anchor (id, seq, hash, pruned_at) VALUES (1, 5, 'h-5', '2026-01-02')"},
    };
    return f;
}

// What must still be true about the fixture of version v after upgrading to the latest version.
const std::map<int, const char *> &fixtureChecks()
{
    static const std::map<int, const char *> f{
        {1, "SELECT count(*) FROM replica_meta WHERE value = 'fixture-replica'"},
        {2, "SELECT count(*) FROM replica_user WHERE user_id = 'fixture.user'"},
        {3, "SELECT count(*) FROM clinical_note_fts WHERE clinical_note_fts MATCH 'sleeps'"},
        {4, "SELECT count(*) FROM outbox o JOIN sync_state s ON s.value = '42' WHERE o.idempotency_key = 'k-1'"},
        {5, "SELECT count(*) FROM sync_conflict WHERE entity_id = 'n-5' AND server_version = 3"},
        {6, "SELECT count(*) FROM audit_anchor WHERE seq = 5 AND hash = 'h-5'"},
    };
    return f;
}

} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    Database freshDb()
    {
        SecureBytes key(Database::kKeySize);
        [[maybe_unused]] const bool ok = key.randomize();
        auto db =
            Database::open(m_dir.filePath(QStringLiteral("m%1.db").arg(++m_counter)), key, Database::Mode::CreateNew);
        Q_ASSERT(db.ok());
        return std::move(db.value());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void builtinMigrationsAreNumberedWithoutGaps()
    {
        const auto &all = Migrator::builtin();
        QVERIFY(!all.empty());
        for (std::size_t i = 0; i < all.size(); ++i) {
            QCOMPARE(all[i].version, static_cast<int>(i) + 1);
            QVERIFY(!all[i].sql.trimmed().isEmpty());
        }
    }

    void everyShippedMigrationHasAFixture()
    {
        for (const Migration &m : Migrator::builtin()) {
            QVERIFY2(fixtures().count(m.version),
                     qPrintable(QStringLiteral("no fixture for migration %1").arg(m.version)));
            QVERIFY(fixtureChecks().count(m.version));
        }
    }

    void upgradesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        const int latest = Migrator::latestVersion(Migrator::builtin());
        for (int v = 0; v < latest; ++v)
            QTest::newRow(qPrintable(QStringLiteral("from v%1").arg(v))) << v;
    }

    void upgradesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        const auto &all = Migrator::builtin();
        Database db = freshDb();
        QVERIFY(Migrator::migrate(db, all, from).ok());
        QCOMPARE(Migrator::currentVersion(db).value(), from);
        for (int v = 1; v <= from; ++v)
            QVERIFY(db.exec(fixtures().at(v)).ok());

        QVERIFY(Migrator::migrate(db, all).ok());
        const int latest = Migrator::latestVersion(all);
        QCOMPARE(Migrator::currentVersion(db).value(), latest);
        QCOMPARE(db.queryInt("PRAGMA user_version").value(), qint64(latest));
        for (int v = 1; v <= from; ++v)
            QCOMPARE(db.queryInt(fixtureChecks().at(v)).value(), qint64(1));
        QVERIFY(db.integrityCheck().value().isEmpty());
        // Running again is a no-op.
        QVERIFY(Migrator::migrate(db, all).ok());
        QCOMPARE(db.queryInt("SELECT count(*) FROM schema_migrations").value(), qint64(latest));
    }

    void editedMigrationIsRefused()
    {
        std::vector<Migration> all = Migrator::builtin();
        Database db = freshDb();
        QVERIFY(Migrator::migrate(db, all).ok());
        all[0].sql += "\n-- edited after release";
        const Status s = Migrator::migrate(db, all);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Incompatible);
        QVERIFY(s.error().message.contains(QStringLiteral("migration 1")));
    }

    void replicaFromNewerVersionIsRefused()
    {
        Database db = freshDb();
        QVERIFY(Migrator::migrate(db, Migrator::builtin()).ok());
        QVERIFY(db.exec("INSERT INTO schema_migrations VALUES (999, 'future', 'x', '2030-01-01')").ok());
        const Status s = Migrator::migrate(db, Migrator::builtin());
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Incompatible);
        QVERIFY(s.error().message.contains(QStringLiteral("newer version")));
        QVERIFY(!Migrator::verify(db, Migrator::builtin()).ok());
    }

    void failingMigrationLeavesThePreviousVersion()
    {
        std::vector<Migration> all = Migrator::builtin();
        const int latest = Migrator::latestVersion(all);
        all.push_back(Migration{latest + 1, QStringLiteral("broken"),
                                "CREATE TABLE half_done (x); INSERT INTO no_such_table VALUES (1);"});
        Database db = freshDb();
        const Status s = Migrator::migrate(db, all);
        QVERIFY(!s.ok());
        QCOMPARE(Migrator::currentVersion(db).value(), latest);
        QCOMPARE(db.queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").value(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "test_migrator.moc"
