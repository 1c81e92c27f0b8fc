// AuditLog: the hash chain, and `novamindctl check` finding edited, deleted, reordered and truncated entries.
#include "CtlCommands.h"
#include "TestSupport.h"
#include "storage/AuditLog.h"
#include "storage/UnitOfWork.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace novamind;

class TestAudit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_passFile;

    std::unique_ptr<Replica> makeReplicaWithEntries(int n)
    {
        Replica::Options o = test::cheapOptions();
        o.overwrite = true;
        auto r = Replica::create(m_path, QStringLiteral("dr.ada"), "ada passphrase", Role::Psychiatrist, o);
        if (!r.ok())
            return {};
        Session s;
        s.db = &r.value()->database();
        s.userId = QStringLiteral("dr.ada");
        for (int i = 1; i <= n; ++i) {
            const Status st = UnitOfWork::run(s, [&](UnitOfWork &uow) {
                return uow.audit(QStringLiteral("read"), QStringLiteral("patient"), QStringLiteral("p-%1").arg(i),
                                 QStringLiteral("treatment"));
            });
            if (!st.ok())
                return {};
        }
        return std::move(r.value());
    }

    // What an attacker holding the key would do: drop the guard triggers first.
    static void tamper(Database &db, const char *sql)
    {
        QVERIFY(db.exec("DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete").ok());
        QVERIFY(db.exec(sql).ok());
    }

    // Runs `novamindctl check` in-process: exit code and stderr.
    QPair<int, QString> check()
    {
        QString out;
        QString err;
        QTextStream o(&out);
        QTextStream e(&err);
        Ctl ctl(o, e);
        const int code = ctl.run({QStringLiteral("check"), QStringLiteral("--db"), m_path, QStringLiteral("--user"),
                                  QStringLiteral("dr.ada"), QStringLiteral("--passphrase-file"), m_passFile});
        return {code, err.trimmed()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_path = m_dir.filePath(QStringLiteral("replica.db"));
        m_passFile = m_dir.filePath(QStringLiteral("pass"));
        QVERIFY(test::writeFile(m_passFile, "ada passphrase\n"));
    }

    void chainLinksEveryEntry()
    {
        auto r = makeReplicaWithEntries(5);
        QVERIFY(r);
        auto v = AuditLog::verify(r->database());
        QVERIFY(v.ok());
        QVERIFY(v->ok);
        QCOMPARE(v->entries, qint64(5));
        auto stmt = r->database().prepare("SELECT prev_hash, hash FROM audit_log ORDER BY seq");
        QString prev = QString::fromLatin1(AuditLog::kGenesisHash);
        while (stmt->step().value()) {
            QCOMPARE(stmt->columnText(0), prev);
            prev = stmt->columnText(1);
            QCOMPARE(prev.size(), 64);
        }
        r.reset();
        const auto [code, err] = check();
        QCOMPARE(code, 0);
    }

    void guardsRefuseEditsThroughTheApp()
    {
        auto r = makeReplicaWithEntries(2);
        QVERIFY(r);
        QVERIFY(!r->database().exec("UPDATE audit_log SET action = 'nothing' WHERE seq = 1").ok());
        QVERIFY(!r->database().exec("DELETE FROM audit_log WHERE seq = 2").ok());
    }

    void tamperingIsFound_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<int>("firstBadSeq");
        QTest::newRow("edited action") << QByteArray("UPDATE audit_log SET action = 'nothing' WHERE seq = 3") << 3;
        QTest::newRow("edited user, rehashed locally")
            << QByteArray("UPDATE audit_log SET user_id = 'eve', hash = prev_hash WHERE seq = 4") << 4;
        QTest::newRow("deleted middle") << QByteArray("DELETE FROM audit_log WHERE seq = 3") << 3;
        QTest::newRow("reordered")
            << QByteArray("UPDATE audit_log SET seq = -2 WHERE seq = 2; UPDATE audit_log SET seq = 2 WHERE seq = 3;"
                          "UPDATE audit_log SET seq = 3 WHERE seq = -2")
            << 2;
        QTest::newRow("truncated head") << QByteArray("DELETE FROM audit_log WHERE seq <= 2") << 1;
        QTest::newRow("truncated tail past a server checkpoint")
            << QByteArray("INSERT INTO audit_checkpoint (seq, hash, acked_at) SELECT seq, hash, 'now' FROM audit_log"
                          " WHERE seq = 5; DELETE FROM audit_log WHERE seq >= 4")
            << 4;
    }

    void tamperingIsFound()
    {
        QFETCH(QByteArray, sql);
        QFETCH(int, firstBadSeq);
        {
            auto r = makeReplicaWithEntries(6);
            QVERIFY(r);
            tamper(r->database(), sql.constData());
            auto v = AuditLog::verify(r->database());
            QVERIFY(v.ok());
            QVERIFY(!v->ok);
            QCOMPARE(v->firstBadSeq, qint64(firstBadSeq));
        }
        const auto [code, err] = check();
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(QString::number(firstBadSeq)), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("audit"), Qt::CaseInsensitive), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "test_audit.moc"
