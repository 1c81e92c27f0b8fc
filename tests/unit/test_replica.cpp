// Replica: creating, unlocking and checking a replica; nothing readable on disk.
#include "TestSupport.h"
#include "storage/Migrator.h"
#include "storage/Replica.h"
#include "storage/Transaction.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cstdlib>
#include <sys/stat.h>

using namespace novamind;

class TestReplica : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp; // becomes TMPDIR for the whole test
    QTemporaryDir m_dir;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("replica.db")); }

    std::unique_ptr<Replica> create(const QString &path)
    {
        Replica::Options o = test::cheapOptions();
        o.overwrite = true;
        auto r = Replica::create(path, QStringLiteral("dr.ada"), "ada passphrase", Role::Psychiatrist, o);
        Q_ASSERT(r.ok());
        return std::move(r.value());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
        qputenv("SQLITE_TMPDIR", QFile::encodeName(m_tmp.path()));
    }

    void createThenOpen()
    {
        QString replicaId;
        {
            auto r = create(dbPath());
            replicaId = r->identity().replicaId;
            QVERIFY(!replicaId.isEmpty());
            QCOMPARE(r->identity().schemaVersion, Migrator::latestVersion(Migrator::builtin()));
            QCOMPARE(r->identity().role, Role::Psychiatrist);
        }
        auto r = Replica::open(dbPath(), QStringLiteral("dr.ada"), "ada passphrase", test::cheapOptions());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r.value()->identity().replicaId, replicaId);
        QCOMPARE(r.value()->identity().userId, QStringLiteral("dr.ada"));
        QVERIFY(r.value()->check().value().ok);
    }

    void filesAreOwnerOnlyWhateverTheUmask()
    {
        const mode_t old = ::umask(022);
        auto r = create(dbPath());
        QVERIFY(r->database().exec("CREATE TABLE t (x); INSERT INTO t VALUES (1)").ok());
        ::umask(old);
        for (const QString &suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".keys")}) {
            struct stat st
            {};
            QCOMPARE(::stat(QFile::encodeName(dbPath() + suffix).constData(), &st), 0);
            QCOMPARE(st.st_mode & 0777, 0600u);
        }
    }

    void createRefusesToOverwrite()
    {
        create(dbPath());
        const auto before = test::treeHashes(m_dir.path());
        auto again = Replica::create(dbPath(), QStringLiteral("dr.ada"), "ada passphrase", Role::Clinician,
                                     test::cheapOptions());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(test::treeHashes(m_dir.path()), before);
    }

    void wrongPassphraseChangesNothing()
    {
        create(dbPath());
        const auto before = test::treeHashes(m_dir.path());
        auto r = Replica::open(dbPath(), QStringLiteral("dr.ada"), "not the passphrase", test::cheapOptions());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Authentication);
        QCOMPARE(test::treeHashes(m_dir.path()), before);
    }

    void missingReplicaIsNotCreated()
    {
        QTemporaryDir empty;
        const QString path = empty.filePath(QStringLiteral("none.db"));
        auto r = Replica::open(path, QStringLiteral("dr.ada"), "ada passphrase", test::cheapOptions());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NotFound);
        QVERIFY(QDir(empty.path()).isEmpty());
    }

    void usersShareTheReplica()
    {
        {
            auto r = create(dbPath());
            QVERIFY(r->addUser(QStringLiteral("it.admin"), "admin passphrase", Role::Admin).ok());
            QVERIFY(!r->addUser(QStringLiteral("it.admin"), "other passphrase", Role::Admin).ok());
            QVERIFY(!r->addUser(QStringLiteral("short.pass"), "short", Role::Clinician).ok());
        }
        auto admin = Replica::open(dbPath(), QStringLiteral("it.admin"), "admin passphrase", test::cheapOptions());
        QVERIFY(admin.ok());
        QCOMPARE(admin.value()->identity().role, Role::Admin);
        QVERIFY(admin.value()->removeUser(QStringLiteral("dr.ada")).ok());
        admin.value()->close();
        auto ada = Replica::open(dbPath(), QStringLiteral("dr.ada"), "ada passphrase", test::cheapOptions());
        QVERIFY(!ada.ok());
        QCOMPARE(ada.error().code, ErrorCode::Authentication);
    }

    void passphraseChange()
    {
        create(dbPath());
        QVERIFY(!Replica::changePassphrase(dbPath(), QStringLiteral("dr.ada"), "wrong one!", "new passphrase").ok());
        QVERIFY(Replica::changePassphrase(dbPath(), QStringLiteral("dr.ada"), "ada passphrase", "new passphrase").ok());
        QVERIFY(!Replica::open(dbPath(), QStringLiteral("dr.ada"), "ada passphrase", test::cheapOptions()).ok());
        QVERIFY(Replica::open(dbPath(), QStringLiteral("dr.ada"), "new passphrase", test::cheapOptions()).ok());
    }

    void keyFileOfAnotherReplicaIsRefused()
    {
        const QString other = m_dir.filePath(QStringLiteral("other.db"));
        create(dbPath());
        create(other);
        QVERIFY(QFile::remove(Replica::keysPathFor(dbPath())));
        QVERIFY(QFile::copy(Replica::keysPathFor(other), Replica::keysPathFor(dbPath())));
        auto r = Replica::open(dbPath(), QStringLiteral("dr.ada"), "ada passphrase", test::cheapOptions());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Corrupt);
        QVERIFY(r.error().message.contains(QStringLiteral("does not belong")));
    }

    void nothingReadableOnDisk()
    {
        const QByteArray marker = "MARKER-Zo\xc3\xab-4711-PLAINTEXT";
        auto r = create(dbPath());
        Database &db = r->database();
        QVERIFY(db.exec("CREATE TABLE scratch (note TEXT)").ok());
        {
            auto tx = db.begin();
            QVERIFY(tx.ok());
            auto ins = db.prepare("INSERT INTO scratch (note) VALUES (?)");
            QVERIFY(ins.ok());
            for (int i = 0; i < 5000; ++i) {
                ins->bind(1, QString::fromUtf8(marker) + QString::number(i));
                QVERIFY(ins->run().ok());
                ins->reset();
            }
            QVERIFY(tx->commit().ok());
        }
        // A sort big enough to need a temporary b-tree: with temp_store = MEMORY it never touches TMPDIR.
        QCOMPARE(db.queryInt("SELECT count(*) FROM (SELECT note FROM scratch ORDER BY note DESC)").value(),
                 qint64(5000));
        QVERIFY(QFileInfo(dbPath() + QStringLiteral("-wal")).size() > 0); // the WAL is there, holding our rows
        const QList<QByteArray> needles{marker, "SQLite format 3", "CREATE TABLE", "replica_meta"};
        QCOMPARE(test::filesContaining(m_dir.path(), needles), QStringList());
        QCOMPARE(test::filesContaining(m_tmp.path(), needles), QStringList());
        QCOMPARE(QDir(m_tmp.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        r->close();
        QCOMPARE(test::filesContaining(m_dir.path(), needles), QStringList());
    }

    void keyAndPassphraseNeverReachSqlText()
    {
        QByteArrayList traced;
        Replica::Options o = test::cheapOptions();
        o.overwrite = true;
        o.database.trace = [&](const QByteArray &sql) { traced << sql; };
        const QByteArray passphrase = "trace-me passphrase";
        {
            auto r = Replica::create(dbPath(), QStringLiteral("dr.ada"), passphrase, Role::Clinician, o);
            QVERIFY(r.ok());
            QVERIFY(r.value()->addUser(QStringLiteral("dr.ben"), "ben's trace-me passphrase", Role::Clinician).ok());
        }
        auto r = Replica::open(dbPath(), QStringLiteral("dr.ada"), passphrase, o);
        QVERIFY(r.ok());
        QVERIFY(r.value()->check().value().ok);
        auto dek = KeyVault::load(Replica::keysPathFor(dbPath()))->unlock(QStringLiteral("dr.ada"), passphrase);
        QVERIFY(dek.ok());
        const QByteArray dekHex = QByteArray(dek->chars(), 32).toHex();
        QVERIFY(traced.size() > 10); // the whole life of the connection was traced, pragmas and migrations too
        QVERIFY(traced.join('\n').contains("PRAGMA cipher_page_size"));
        for (const QByteArray &sql : traced) {
            QVERIFY2(!sql.toLower().contains(dekHex), sql.constData());
            QVERIFY2(!sql.contains("trace-me"), sql.constData());
            QVERIFY2(!sql.toLower().contains("pragma key") && !sql.toLower().contains("pragma rekey"), sql.constData());
        }
    }

    void checkFindsASlotWithoutAccount()
    {
        auto r = create(dbPath());
        QVERIFY(r->database().exec("DELETE FROM replica_user").ok());
        auto report = r->check();
        QVERIFY(report.ok());
        QVERIFY(!report->ok);
        QVERIFY(report->problems.join(QLatin1Char(' ')).contains(QStringLiteral("dr.ada")));
    }
};

QTEST_GUILESS_MAIN(TestReplica)
#include "test_replica.moc"
