// Database, Statement, Transaction: the RAII wrapper over SQLCipher.
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace novamind;

class TestDatabase : public QObject
{
    Q_OBJECT

    static SecureBytes randomKey()
    {
        SecureBytes key(Database::kKeySize);
        [[maybe_unused]] const bool ok = key.randomize();
        return key;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsEncryptedFileWithExplicitSettings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        const SecureBytes key = randomKey();
        auto db = Database::open(path, key, Database::Mode::CreateNew);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
        QCOMPARE(db->queryInt("PRAGMA cipher_page_size").value(), qint64(4096));
        QCOMPARE(db->queryInt("PRAGMA kdf_iter").value(), qint64(64000));
        QCOMPARE(db->queryInt("PRAGMA fast_kdf_iter").value(), qint64(2));
        QCOMPARE(db->queryString("PRAGMA cipher").value().toLower(), QStringLiteral("aes-256-cbc"));
        QCOMPARE(db->queryInt("PRAGMA cipher_use_hmac").value(), qint64(1));
        QCOMPARE(db->queryString("PRAGMA journal_mode").value(), QStringLiteral("wal"));
        QCOMPARE(db->queryInt("PRAGMA foreign_keys").value(), qint64(1));
        QCOMPARE(db->queryInt("PRAGMA temp_store").value(), qint64(2));
        QCOMPARE(db->queryInt("PRAGMA secure_delete").value(), qint64(1));
        QCOMPARE(db->queryInt("PRAGMA synchronous").value(), qint64(2));
        QVERIFY(db->exec("CREATE TABLE t (x TEXT)").ok());
        db->close();
        QVERIFY(!test::readFile(path).startsWith("SQLite format 3"));
    }

    void wrongKeyIsACleanError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        {
            auto db = Database::open(path, randomKey(), Database::Mode::CreateNew);
            QVERIFY(db.ok());
            QVERIFY(db->exec("CREATE TABLE t (x)").ok());
        }
        const QByteArray before = test::fileHash(path);
        auto db = Database::open(path, randomKey(), Database::Mode::OpenExisting);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::Corrupt);
        QVERIFY(db.error().message.contains(QStringLiteral("does not belong")));
        QCOMPARE(test::fileHash(path), before);
    }

    void missingFileIsNotCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.db"));
        auto db = Database::open(path, randomKey(), Database::Mode::OpenExisting);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::NotFound);
        QVERIFY(!QFile::exists(path));
    }

    void typedBindingRoundTrips()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a.db")), randomKey(), Database::Mode::CreateNew);
        QVERIFY(db.ok());
        QVERIFY(db->exec("CREATE TABLE t (i INTEGER, d REAL, s TEXT, b BLOB, n TEXT)").ok());
        auto ins = db->prepare("INSERT INTO t VALUES (?, ?, ?, ?, ?)");
        QVERIFY(ins.ok());
        const QString text = QStringLiteral("Zoë O'Brien; DROP TABLE t; -- ✓");
        const QByteArray blob("\x00\x01\xff", 3);
        ins->bind(1, qint64(1) << 40).bind(2, 2.5).bind(3, text).bindBlob(4, blob).bindNull(5);
        QVERIFY(ins->run().ok());
        auto sel = db->prepare("SELECT i, d, s, b, n FROM t");
        QVERIFY(sel.ok());
        QVERIFY(sel->step().value());
        QCOMPARE(sel->columnInt64(0), qint64(1) << 40);
        QCOMPARE(sel->columnDouble(1), 2.5);
        QCOMPARE(sel->columnText(2), text);
        QCOMPARE(sel->columnBlob(3), blob);
        QVERIFY(sel->isNull(4));
        QVERIFY(!sel->step().value());
        QCOMPARE(db->queryInt("SELECT count(*) FROM sqlite_master WHERE name = 't'").value(), qint64(1));
    }

    void badSqlAndBadBindingAreErrors()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a.db")), randomKey(), Database::Mode::CreateNew);
        QVERIFY(db.ok());
        auto bad = db->prepare("SELEKT 1");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::Database);
        auto stmt = db->prepare("SELECT ?");
        QVERIFY(stmt.ok());
        stmt->bind(7, 1); // out of range
        QVERIFY(!stmt->step().ok());
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a.db")), randomKey(), Database::Mode::CreateNew);
        QVERIFY(db.ok());
        QVERIFY(db->exec("CREATE TABLE t (x INTEGER)").ok());
        {
            auto tx = db->begin();
            QVERIFY(tx.ok());
            QVERIFY(db->exec("INSERT INTO t VALUES (1)").ok());
        } // no commit: rolled back
        QCOMPARE(db->queryInt("SELECT count(*) FROM t").value(), qint64(0));
        {
            auto tx = db->begin();
            QVERIFY(tx.ok());
            QVERIFY(db->exec("INSERT INTO t VALUES (2)").ok());
            QVERIFY(tx->commit().ok());
        }
        QCOMPARE(db->queryInt("SELECT count(*) FROM t").value(), qint64(1));
    }

    void constraintViolationInsideTransactionKeepsEarlierData()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a.db")), randomKey(), Database::Mode::CreateNew);
        QVERIFY(db.ok());
        QVERIFY(db->exec("CREATE TABLE t (x INTEGER PRIMARY KEY)").ok());
        QVERIFY(db->exec("INSERT INTO t VALUES (1)").ok());
        auto tx = db->begin();
        QVERIFY(tx.ok());
        QVERIFY(db->exec("INSERT INTO t VALUES (2)").ok());
        const Status dup = db->exec("INSERT INTO t VALUES (1)");
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, ErrorCode::Database);
        tx->rollback();
        QCOMPARE(db->queryInt("SELECT count(*) FROM t").value(), qint64(1));
    }

    void keyNeverAppearsInTracedSql()
    {
        QTemporaryDir dir;
        const SecureBytes key = randomKey();
        const QByteArray keyHex = QByteArray(key.chars(), static_cast<qsizetype>(key.size())).toHex();
        QByteArrayList traced;
        auto db = Database::open(dir.filePath(QStringLiteral("a.db")), key, Database::Mode::CreateNew);
        QVERIFY(db.ok());
        db->setTrace([&](const QByteArray &sql) { traced << sql; });
        QVERIFY(db->exec("CREATE TABLE t (x)").ok());
        auto ins = db->prepare("INSERT INTO t VALUES (?)");
        QVERIFY(ins.ok());
        ins->bind(1, QStringLiteral("marker"));
        QVERIFY(ins->run().ok());
        QVERIFY(traced.size() >= 2);
        QVERIFY(traced.join('\n').contains("marker")); // the trace does see bound values...
        for (const QByteArray &sql : traced) {         // ...and never the key
            QVERIFY(!sql.toLower().contains(keyHex));
            QVERIFY(!sql.toLower().contains("pragma key"));
        }
    }

    void diskFullIsAClearErrorAndLosesNothing()
    {
        test::SmallFilesystem fs("512k");
        if (!fs.isMounted())
            QSKIP("mounting a small tmpfs needs root");
        const QString path = fs.path() + QStringLiteral("/a.db");
        const SecureBytes key = randomKey();
        {
            auto db = Database::open(path, key, Database::Mode::CreateNew);
            QVERIFY(db.ok());
            QVERIFY(db->exec("CREATE TABLE t (x BLOB)").ok());
            QVERIFY(db->exec("INSERT INTO t VALUES (randomblob(1000))").ok());
            QVERIFY(fs.fill());
            Error full;
            for (int i = 0; i < 2000; ++i) {
                auto tx = db->begin();
                if (!tx.ok()) {
                    full = tx.error();
                    break;
                }
                const Status s = db->exec("INSERT INTO t VALUES (randomblob(4000))");
                if (!s.ok()) {
                    full = s.error();
                    break;
                }
                if (const Status c = tx->commit(); !c.ok()) {
                    full = c.error();
                    break;
                }
            }
            QCOMPARE(full.code, ErrorCode::Io);
            QVERIFY2(full.message.contains(QStringLiteral("disk")), qPrintable(full.message));
        }
        QFile::remove(fs.path() + QStringLiteral("/ballast"));
        auto db = Database::open(path, key, Database::Mode::OpenExisting);
        QVERIFY(db.ok());
        QVERIFY(db->integrityCheck().value().isEmpty());
        QVERIFY(db->queryInt("SELECT count(*) FROM t").value() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
