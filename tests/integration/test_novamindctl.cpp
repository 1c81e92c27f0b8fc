// novamindctl end to end: the command-line contract, bad input and crash safety, on real files.
#include "CtlRunner.h"
#include "FileSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/stat.h>

using namespace novamind;
using test::runCtl;

class TestNovamindCtl : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp; // TMPDIR of every novamindctl run: must stay empty
    QTemporaryDir m_dir;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QString m_pass;
    QString m_wrong;
    QString m_newPass;

    QString db(const QString &name = QStringLiteral("replica.db")) const { return m_dir.filePath(name); }
    QStringList keyed(const QString &command, const QString &path, const QString &passFile,
                      const QString &user = QStringLiteral("dr.ada")) const
    {
        return {
            command, QStringLiteral("--db"), path, QStringLiteral("--user"), user, QStringLiteral("--passphrase-file"),
            passFile};
    }
    test::CtlResult ctl(const QStringList &args, const QByteArray &in = {}) { return runCtl(args, in, m_env); }

    void init(const QString &path)
    {
        const auto r = ctl(keyed(QStringLiteral("init"), path, m_pass)
                           << QStringLiteral("--role") << QStringLiteral("psychiatrist") << QStringLiteral("--force"));
        QCOMPARE(r.exitCode, 0);
    }

    // Exit code and stderr of a run that must fail with one clear sentence.
    static void expectFailure(const test::CtlResult &r, QList<int> codes, const char *mustMention = nullptr)
    {
        QVERIFY2(!r.crashed, "novamindctl crashed");
        QVERIFY2(codes.contains(r.exitCode),
                 qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
        const QByteArray err = r.err.trimmed();
        QVERIFY(!err.isEmpty());
        QVERIFY2(err.count('\n') <= 1, err.constData()); // one sentence (usage errors add one usage line)
        QVERIFY(!err.contains("correct horse"));
        if (mustMention)
            QVERIFY2(err.contains(mustMention), err.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(test::ctlPath()), "set NOVAMINDCTL to the novamindctl binary");
        m_env.insert(QStringLiteral("TMPDIR"), m_tmp.path());
        m_pass = m_dir.filePath(QStringLiteral("pass"));
        m_wrong = m_dir.filePath(QStringLiteral("wrong"));
        m_newPass = m_dir.filePath(QStringLiteral("newpass"));
        QVERIFY(test::writeFile(m_pass, "correct horse battery\n"));
        QVERIFY(test::writeFile(m_wrong, "incorrect horse battery\n"));
        QVERIFY(test::writeFile(m_newPass, "a brand new passphrase\n"));
    }

    void cleanupTestCase()
    {
        // Nothing any command did left a file in the temporary directory.
        QCOMPARE(QDir(m_tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void version()
    {
        const auto r = ctl({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("novamindctl 0."));
        QVERIFY(r.out.contains("SQLCipher 3.4.1"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("missing db") << QStringList{QStringLiteral("check"), QStringLiteral("--user"),
                                                   QStringLiteral("u"), QStringLiteral("--passphrase-file"),
                                                   QStringLiteral("p")};
        QTest::newRow("unknown role") << QStringList{
            QStringLiteral("init"),   QStringLiteral("--db"),   QStringLiteral("x.db"),
            QStringLiteral("--user"), QStringLiteral("u"),      QStringLiteral("--passphrase-file"),
            QStringLiteral("p"),      QStringLiteral("--role"), QStringLiteral("surgeon")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const auto r = ctl(args);
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
    }

    void initAndCheck()
    {
        const QString path = db(QStringLiteral("fresh.db"));
        auto r = ctl(keyed(QStringLiteral("init"), path, m_pass)
                     << QStringLiteral("--role") << QStringLiteral("psychiatrist"));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject made = r.json();
        QVERIFY(!made.value(QStringLiteral("replica_id")).toString().isEmpty());
        QCOMPARE(made.value(QStringLiteral("role")).toString(), QStringLiteral("psychiatrist"));
        for (const QString &f : QStringList{path, path + QStringLiteral(".keys")}) {
            struct stat st
            {};
            QCOMPARE(::stat(QFile::encodeName(f).constData(), &st), 0);
            QCOMPARE(st.st_mode & 077, 0u); // no access for group or others
        }
        r = ctl(keyed(QStringLiteral("check"), path, m_pass));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = r.json();
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
        QCOMPARE(report.value(QStringLiteral("replica_id")), made.value(QStringLiteral("replica_id")));
        QCOMPARE(report.value(QStringLiteral("schema_version")), report.value(QStringLiteral("latest_schema_version")));
        QCOMPARE(test::filesContaining(m_dir.path(), {"SQLite format 3", "CREATE TABLE", "replica_user"}),
                 QStringList());
    }

    void passphraseFromStdin()
    {
        const QString path = db(QStringLiteral("stdin.db"));
        QCOMPARE(ctl(keyed(QStringLiteral("init"), path, QStringLiteral("-")), "correct horse battery\n").exitCode, 0);
        QCOMPARE(ctl(keyed(QStringLiteral("check"), path, QStringLiteral("-")), "correct horse battery\n").exitCode, 0);
        expectFailure(ctl(keyed(QStringLiteral("check"), path, QStringLiteral("-")), "guess\n"), {3});
    }

    void wrongPassphraseChangesNothing()
    {
        init(db());
        const auto before = test::treeHashes(m_dir.path());
        QElapsedTimer timer;
        timer.start();
        const auto r = ctl(keyed(QStringLiteral("check"), db(), m_wrong));
        expectFailure(r, {3}, "wrong");
        QVERIFY2(timer.elapsed() < 10000, "a wrong passphrase must fail within the KDF time");
        QCOMPARE(test::treeHashes(m_dir.path()), before);
        expectFailure(ctl(keyed(QStringLiteral("check"), db(), m_pass, QStringLiteral("someone.else"))), {3});
        QCOMPARE(test::treeHashes(m_dir.path()), before);
    }

    void initRefusesToOverwrite()
    {
        init(db());
        const QString id =
            ctl(keyed(QStringLiteral("check"), db(), m_pass)).json().value(QStringLiteral("replica_id")).toString();
        const auto before = test::treeHashes(m_dir.path());
        expectFailure(ctl(keyed(QStringLiteral("init"), db(), m_pass)), {2}, "--force");
        QCOMPARE(test::treeHashes(m_dir.path()), before);
        const auto r = ctl(keyed(QStringLiteral("init"), db(), m_pass) << QStringLiteral("--force"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json().value(QStringLiteral("replica_id")).toString() != id);
    }

    void checkWithoutReplicaCreatesNothing()
    {
        QTemporaryDir empty;
        const QString path = empty.filePath(QStringLiteral("nothing.db"));
        expectFailure(ctl(keyed(QStringLiteral("check"), path, m_pass)), {2, 3}, "no replica");
        QVERIFY(QDir(empty.path()).isEmpty());
    }

    void damagedDatabase_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<qint64>("where");
        QTest::newRow("byte flipped in page 1 past the salt") << QStringLiteral("flip") << qint64(200);
        QTest::newRow("byte flipped in page 2") << QStringLiteral("flip") << qint64(4096 + 1000);
        QTest::newRow("byte flipped in the last page") << QStringLiteral("flip") << qint64(-100);
        QTest::newRow("truncated mid-page") << QStringLiteral("truncate") << qint64(4096 + 1500);
        QTest::newRow("truncated to one page") << QStringLiteral("truncate") << qint64(4096);
        QTest::newRow("truncated to a few bytes") << QStringLiteral("truncate") << qint64(10);
    }

    void damagedDatabase()
    {
        QFETCH(QString, damage);
        QFETCH(qint64, where);
        init(db());
        QFile f(db());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() >= 3 * 4096);
        if (damage == QLatin1String("flip")) {
            const qint64 at = where >= 0 ? where : f.size() + where;
            f.seek(at);
            char c = 0;
            f.getChar(&c);
            f.seek(at);
            f.putChar(static_cast<char>(c ^ 0x20));
        } else {
            f.resize(where);
        }
        f.close();
        const auto r = ctl(keyed(QStringLiteral("check"), db(), m_pass));
        expectFailure(r, {1, 3}, "damaged");
        if (r.exitCode == 1 && !r.out.isEmpty())
            QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(true), false);
    }

    void damagedKeyFile_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated") << QStringLiteral("truncate");
        QTest::newRow("wrapped key byte changed") << QStringLiteral("wrapped_key");
        QTest::newRow("missing") << QStringLiteral("missing");
    }

    void damagedKeyFile()
    {
        QFETCH(QString, damage);
        init(db());
        const QString keys = db() + QStringLiteral(".keys");
        QByteArray bytes = test::readFile(keys);
        if (damage == QLatin1String("truncate")) {
            bytes.truncate(bytes.size() / 2);
        } else if (damage == QLatin1String("wrapped_key")) {
            // Change one base64 character of the wrapped key to another valid one.
            const qsizetype at = bytes.indexOf("\"wrapped_key\": \"") + 16 + 3;
            bytes[at] = bytes[at] == 'A' ? 'B' : 'A';
        }
        if (damage == QLatin1String("missing"))
            QVERIFY(QFile::remove(keys));
        else
            QVERIFY(test::writeFile(keys, bytes));
        expectFailure(ctl(keyed(QStringLiteral("check"), db(), m_pass)), {3});
    }

    void addUserAndChangePassphrase()
    {
        init(db());
        const QString adminPass = m_dir.filePath(QStringLiteral("adminpass"));
        QVERIFY(test::writeFile(adminPass, "admin passphrase 1\n"));
        auto r =
            ctl(keyed(QStringLiteral("add-user"), db(), m_pass)
                << QStringLiteral("--new-user") << QStringLiteral("it.admin") << QStringLiteral("--new-passphrase-file")
                << adminPass << QStringLiteral("--role") << QStringLiteral("admin"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("key_slots")).toInt(), 2);
        r = ctl(keyed(QStringLiteral("check"), db(), adminPass, QStringLiteral("it.admin")));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
        expectFailure(ctl(keyed(QStringLiteral("add-user"), db(), m_wrong)
                          << QStringLiteral("--new-user") << QStringLiteral("eve")
                          << QStringLiteral("--new-passphrase-file") << adminPass),
                      {3});

        QCOMPARE(ctl(keyed(QStringLiteral("change-passphrase"), db(), m_pass)
                     << QStringLiteral("--new-passphrase-file") << m_newPass)
                     .exitCode,
                 0);
        expectFailure(ctl(keyed(QStringLiteral("check"), db(), m_pass)), {3});
        QCOMPARE(ctl(keyed(QStringLiteral("check"), db(), m_newPass)).exitCode, 0);
        QCOMPARE(ctl(keyed(QStringLiteral("check"), db(), adminPass, QStringLiteral("it.admin"))).exitCode, 0);
    }

    void seedDemoAndListPatients()
    {
        const QString a = db(QStringLiteral("seed-a.db"));
        const QString b = db(QStringLiteral("seed-b.db"));
        init(a);
        init(b);
        const QStringList seedArgs{
            QStringLiteral("--patients"), QStringLiteral("12"),     QStringLiteral("--states-per-patient"),
            QStringLiteral("40"),         QStringLiteral("--seed"), QStringLiteral("99")};
        auto r = ctl(keyed(QStringLiteral("seed-demo"), a, m_pass) + seedArgs);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("patients")).toInt(), 12);
        QCOMPARE(r.json().value(QStringLiteral("twin_states")).toInt(), 12 * 40);
        QCOMPARE(ctl(keyed(QStringLiteral("seed-demo"), b, m_pass) + seedArgs).exitCode, 0);
        // Seeding again is refused rather than mixing two cohorts.
        expectFailure(ctl(keyed(QStringLiteral("seed-demo"), a, m_pass) + seedArgs), {2}, "already");
        expectFailure(ctl(keyed(QStringLiteral("seed-demo"), a, m_pass)
                          << QStringLiteral("--patients") << QStringLiteral("many")),
                      {2}, "--patients");

        r = ctl(keyed(QStringLiteral("list-patients"), a, m_pass));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 12);
        for (const QJsonValue &v : list) {
            const QJsonObject p = v.toObject();
            QVERIFY(!p.value(QStringLiteral("id")).toString().isEmpty());
            QVERIFY(p.value(QStringLiteral("mrn")).toString().startsWith(QStringLiteral("MRN")));
            QVERIFY(p.value(QStringLiteral("name")).toString().contains(QStringLiteral(", ")));
        }
        // The same seed gives the same cohort on another replica.
        QCOMPARE(QJsonDocument::fromJson(ctl(keyed(QStringLiteral("list-patients"), b, m_pass)).out).array(), list);

        // Search narrows by name prefix, case- and accent-insensitively, or by MRN.
        const QJsonObject first = list.first().toObject();
        const QString family = first.value(QStringLiteral("name")).toString().section(QLatin1Char(','), 0, 0);
        r = ctl(keyed(QStringLiteral("list-patients"), a, m_pass)
                << QStringLiteral("--search") << family.left(3).toLower());
        const QJsonArray narrowed = QJsonDocument::fromJson(r.out).array();
        QVERIFY(narrowed.size() >= 1 && narrowed.size() < list.size());
        QVERIFY(narrowed.contains(first));
        r = ctl(keyed(QStringLiteral("list-patients"), a, m_pass)
                << QStringLiteral("--search") << first.value(QStringLiteral("mrn")).toString());
        QCOMPARE(QJsonDocument::fromJson(r.out).array(), QJsonArray{first});
        r = ctl(keyed(QStringLiteral("list-patients"), a, m_pass)
                << QStringLiteral("--search") << QStringLiteral("' OR 1=1 --"));
        QCOMPARE(QJsonDocument::fromJson(r.out).array(), QJsonArray());

        // Every listing is audited and the chain verifies.
        r = ctl(keyed(QStringLiteral("check"), a, m_pass));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject chain = r.json().value(QStringLiteral("audit_chain")).toObject();
        QCOMPARE(chain.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(chain.value(QStringLiteral("entries")).toInt() >= 12 + 5);

        // An admin of the same replica sees no names.
        const QString adminPass = m_dir.filePath(QStringLiteral("adminpass2"));
        QVERIFY(test::writeFile(adminPass, "admin passphrase 2\n"));
        QCOMPARE(ctl(keyed(QStringLiteral("add-user"), a, m_pass)
                     << QStringLiteral("--new-user") << QStringLiteral("it.admin")
                     << QStringLiteral("--new-passphrase-file") << adminPass << QStringLiteral("--role")
                     << QStringLiteral("admin"))
                     .exitCode,
                 0);
        r = ctl(keyed(QStringLiteral("list-patients"), a, adminPass, QStringLiteral("it.admin")));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray adminList = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(adminList.size(), 12); // the organisation's patients, by id and MRN...
        for (const QJsonValue &v : adminList)
            QVERIFY(v.toObject().value(QStringLiteral("name")).toString().isEmpty()); // ...and nothing more
        QVERIFY(!r.out.contains(family.toUtf8()));
    }

    void killedPassphraseChangeNeverLocksOut()
    {
        init(db());
        // How long one uninterrupted change takes on this machine, now (two scrypt runs and the write).
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(ctl(keyed(QStringLiteral("change-passphrase"), db(), m_pass)
                     << QStringLiteral("--new-passphrase-file") << m_newPass)
                     .exitCode,
                 0);
        const int fullRunMs = static_cast<int>(timer.elapsed());
        auto *rng = QRandomGenerator::global();
        int sawOld = 0;
        int sawNew = 0;
        QString current = m_newPass;
        for (int i = 0; i < 50; ++i) {
            const QString next = current == m_pass ? m_newPass : m_pass;
            QProcess p;
            p.setProcessEnvironment(m_env);
            p.start(test::ctlPath(), keyed(QStringLiteral("change-passphrase"), db(), current)
                                         << QStringLiteral("--new-passphrase-file") << next);
            QVERIFY(p.waitForStarted());
            // Kill anywhere from before the first scrypt run to well after the write: on an idle machine over
            // half the runs finish, and even at twice the load some still do.
            QTest::qSleep(rng->bounded(fullRunMs * 5 / 2));
            ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
            p.waitForFinished();

            const bool oldWorks = ctl(keyed(QStringLiteral("check"), db(), current)).exitCode == 0;
            const bool newWorks = !oldWorks && ctl(keyed(QStringLiteral("check"), db(), next)).exitCode == 0;
            QVERIFY2(oldWorks || newWorks, qPrintable(QStringLiteral("locked out after iteration %1").arg(i)));
            if (newWorks) {
                ++sawNew;
                current = next;
            } else {
                ++sawOld;
            }
        }
        qInfo("killed passphrase changes: %d left the old passphrase, %d the new one", sawOld, sawNew);
        QVERIFY(sawOld > 0);
        QVERIFY(sawNew > 0);
    }
};

QTEST_GUILESS_MAIN(TestNovamindCtl)
#include "test_novamindctl.moc"
