// `novamindctl provision` end to end against the syncd fixture: a new replica at the GUI's default path, synced and
// checkable, the GUI's settings pointed at the server; idempotent re-runs; and the failures a deployment script must
// tell apart (wrong server password 3, server down 4, wrong passphrase 3) leaving no replica behind or the existing
// one untouched; a first sync cut short keeps the replica, and the same command run again finishes it.
#include "CtlSync.h"
#include "FaultProxy.h"
#include "FileSupport.h"
#include "ServerFixture.h"
#include "app/config/ManagedPolicy.h"
#include "app/config/SettingsCatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace novamind;
using namespace novamind::test;

namespace {

const QByteArray kPassphrase = "provisioned replica passphrase 4711";

QJsonDocument parseOut(const CtlSyncRun &run)
{
    return QJsonDocument::fromJson(run.out.trimmed());
}

// A failed run: the exit code, nothing on stdout, one sentence on stderr.
void expectFailure(const CtlSyncRun &run, int code)
{
    QVERIFY2(!run.crashed && !run.timedOut, qPrintable(run.describe()));
    QVERIFY2(run.exitCode == code, qPrintable(run.describe()));
    QVERIFY2(run.out.trimmed().isEmpty(), run.out.constData());
    const QByteArray text = run.errorText();
    QVERIFY2(!text.isEmpty(), "no error sentence on stderr");
    QVERIFY2(!text.contains('\n'), text.constData());
}

} // namespace

class TestProvision : public QObject
{
    Q_OBJECT

    ServerFixture m_fixture;
    QTemporaryDir m_dir;
    TestUser m_user;
    QStringList m_patientIds;
    QString m_passphraseFile;
    QString m_passwordFile;
    QProcessEnvironment m_env;
    QString m_replicaId; // of the replica the first run made

    QString dataHome() const { return m_dir.filePath(QStringLiteral("data")); }
    QString configHome() const { return m_dir.filePath(QStringLiteral("config")); }
    QString defaultReplica() const { return dataHome() + QStringLiteral("/Novamind/Novamind Clinician/replica.db"); }
    QString settingsFile() const { return configHome() + QStringLiteral("/Novamind/Novamind Clinician.conf"); }
    QString serverUrl() const { return QString::fromLatin1(m_fixture.env().serverUrl); }

    // novamindctl with this test's XDG folders (so the user's real settings and replica are never touched).
    CtlSyncRun ctl(const QStringList &args, const QByteArray &stdinData = {}, const QProcessEnvironment &env = {})
    {
        CtlSyncRun r;
        QProcess p;
        p.setProcessEnvironment(env.isEmpty() ? m_env : env);
        p.start(CtlSync::program(), args);
        if (!p.waitForStarted(10000))
            return r;
        p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(180000)) {
            r.timedOut = true;
            p.kill();
            p.waitForFinished(10000);
        }
        r.crashed = p.exitStatus() != QProcess::NormalExit;
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    QStringList provisionArgs(const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("provision"),
                           QStringLiteral("--user"),
                           m_user.id,
                           QStringLiteral("--passphrase-file"),
                           m_passphraseFile,
                           QStringLiteral("--server-password-file"),
                           m_passwordFile} +
               extra;
    }

    QStringList keyed(const QString &command, const QString &db) const
    {
        return {command,
                QStringLiteral("--db"),
                db,
                QStringLiteral("--user"),
                m_user.id,
                QStringLiteral("--passphrase-file"),
                m_passphraseFile};
    }

    // An unused local port: nothing listens there.
    static quint16 closedPort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            return 0;
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // This machine's policy would decide the server instead of these tests (scripts/package-check installs one
        // for a while): what provision does then is test_synctarget's to check.
        const auto system = config::ManagedPolicy::loadSystem();
        for (const QString &key :
             {config::key::ServerUrl, config::key::ServerUser, config::key::CaFile, config::key::PinSha256})
            if (system.manages(key))
                QSKIP(qPrintable(QStringLiteral("%1 sets %2").arg(system.path(), key)));
        NM_VERIFY_OK(m_fixture.init(QStringLiteral("provision")));
        auto user = m_fixture.addUser(QStringLiteral("c"), QStringLiteral("clinician"),
                                      m_fixture.uniqueName(QStringLiteral("org")));
        NM_VERIFY_OK(user);
        m_user = user.value();
        auto patients = m_fixture.seedPatients(m_user, 3, 4);
        NM_VERIFY_OK(patients);
        for (const PatientBundle &b : patients.value())
            m_patientIds << b.patient.id;
        m_patientIds.sort();

        m_passphraseFile = m_dir.filePath(QStringLiteral("passphrase"));
        m_passwordFile = m_dir.filePath(QStringLiteral("server-password"));
        QVERIFY(writeFile(m_passphraseFile, kPassphrase + '\n'));
        QVERIFY(writeFile(m_passwordFile, m_user.password));

        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome());
        m_env.remove(QStringLiteral("NOVAMIND_DEBUG"));
    }

    void provisionsANewReplicaAtTheDefaultPath()
    {
        const CtlSyncRun run = ctl(provisionArgs({QStringLiteral("--server"), serverUrl()}));
        QVERIFY2(run.exitCode == 0 && !run.crashed, qPrintable(run.describe()));
        QVERIFY2(run.errorText().isEmpty(), run.errorText().constData()); // progress only
        QVERIFY(!run.progress().isEmpty());
        QCOMPARE(run.progress().back().phase, QStringLiteral("done"));

        QCOMPARE(run.out.trimmed().count('\n'), 0);
        const QJsonObject json = parseOut(run).object();
        QCOMPARE(json.value(QLatin1String("created")), QJsonValue(true));
        QCOMPARE(json.value(QLatin1String("settings_written")), QJsonValue(true));
        QCOMPARE(json.value(QLatin1String("user")).toString(), m_user.id);
        QCOMPARE(json.value(QLatin1String("role")).toString(), QStringLiteral("clinician"));
        QCOMPARE(QFileInfo(json.value(QLatin1String("db")).toString()).absoluteFilePath(), defaultReplica());
        m_replicaId = json.value(QLatin1String("replica_id")).toString();
        QVERIFY(!m_replicaId.isEmpty());
        const QJsonObject sync = json.value(QLatin1String("sync")).toObject();
        QCOMPARE(sync.value(QLatin1String("ok")), QJsonValue(true));
        QVERIFY(sync.value(QLatin1String("pulled")).toInteger() >= 3 * 4); // 3 patients, 4 states each, and more

        QVERIFY(QFileInfo::exists(defaultReplica()));
        QVERIFY(QFileInfo::exists(defaultReplica() + QStringLiteral(".keys")));
        // The folders provision made hold PHI: nobody but the OS user may look inside.
        const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                            QFile::WriteOther | QFile::ExeOther;
        for (const QString &folder : QStringList{dataHome() + QStringLiteral("/Novamind"),
                                                 dataHome() + QStringLiteral("/Novamind/Novamind Clinician")}) {
            const QFileInfo info(folder);
            QVERIFY2(info.isDir(), qPrintable(folder));
            QVERIFY2(!(info.permissions() & others), qPrintable(folder));
        }

        // The replica is sound and shows the server's patients.
        const CtlSyncRun check = ctl(keyed(QStringLiteral("check"), defaultReplica()));
        QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
        QCOMPARE(parseOut(check).object().value(QLatin1String("ok")), QJsonValue(true));
        const CtlSyncRun list = ctl(keyed(QStringLiteral("list-patients"), defaultReplica()));
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        QStringList listed;
        for (const QJsonValue &p : parseOut(list).array())
            listed << p.toObject().value(QLatin1String("id")).toString();
        listed.sort();
        QCOMPARE(listed, m_patientIds);
    }

    void theGuiFindsTheServer()
    {
        QVERIFY2(QFileInfo::exists(settingsFile()), qPrintable(settingsFile()));
        const QSettings settings(settingsFile(), QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("sync/serverUrl")).toString(), serverUrl());
        // The server user is the replica's: left empty, which the GUI reads as "the same".
        QVERIFY(settings.value(QStringLiteral("sync/serverUser")).toString().isEmpty());
        const QByteArray text = readFile(settingsFile());
        QVERIFY(!text.contains(m_user.password));
        QVERIFY(!text.contains(kPassphrase));
    }

    void aRerunCreatesNothing()
    {
        const auto before = fileHash(defaultReplica() + QStringLiteral(".keys"));
        const CtlSyncRun run = ctl(provisionArgs({QStringLiteral("--server"), serverUrl()}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject json = parseOut(run).object();
        QCOMPARE(json.value(QLatin1String("created")), QJsonValue(false));
        QCOMPARE(json.value(QLatin1String("replica_id")).toString(), m_replicaId);
        QCOMPARE(json.value(QLatin1String("sync")).toObject().value(QLatin1String("pulled")).toInt(-1), 0);
        QCOMPARE(fileHash(defaultReplica() + QStringLiteral(".keys")), before); // the key slot was not re-made
    }

    void aRerunFindsTheServerInTheSettings()
    {
        const CtlSyncRun run = ctl(provisionArgs());
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(parseOut(run).object().value(QLatin1String("created")), QJsonValue(false));
        QCOMPARE(parseOut(run).object().value(QLatin1String("replica_id")).toString(), m_replicaId);
    }

    void wrongPassphraseLeavesTheReplicaAlone()
    {
        const QString wrong = m_dir.filePath(QStringLiteral("wrong-passphrase"));
        QVERIFY(writeFile(wrong, "not the passphrase of this replica"));
        const QString folder = QFileInfo(defaultReplica()).absolutePath();
        const auto before = treeHashes(folder);
        QStringList args = provisionArgs({QStringLiteral("--server"), serverUrl()});
        args[args.indexOf(QStringLiteral("--passphrase-file")) + 1] = wrong;
        const CtlSyncRun run = ctl(args);
        expectFailure(run, 3);
        QCOMPARE(treeHashes(folder), before);
    }

    void wrongServerPasswordLeavesNoFile()
    {
        // One wrong attempt only: the server throttles failed sign-ins per address, for every test.
        const QString wrong = m_dir.filePath(QStringLiteral("wrong-password"));
        QVERIFY(writeFile(wrong, "not-the-server-password"));
        const QString db = m_dir.filePath(QStringLiteral("refused/replica.db"));
        QStringList args = provisionArgs({QStringLiteral("--server"), serverUrl(), QStringLiteral("--db"), db});
        args[args.indexOf(QStringLiteral("--server-password-file")) + 1] = wrong;
        const CtlSyncRun run = ctl(args);
        expectFailure(run, 3);
        QVERIFY(!run.err.contains("not-the-server-password"));
        QVERIFY(!QFileInfo::exists(db));
        QVERIFY(!QFileInfo::exists(db + QStringLiteral(".keys")));
        QVERIFY(!QFileInfo::exists(QFileInfo(db).absolutePath()));
    }

    void serverDownLeavesNoFile()
    {
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        const QString db = m_dir.filePath(QStringLiteral("unreachable/replica.db"));
        const CtlSyncRun run = ctl(provisionArgs(
            {QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("--db"), db}));
        expectFailure(run, 4);
        QVERIFY(!QFileInfo::exists(db));
        QVERIFY(!QFileInfo::exists(db + QStringLiteral(".keys")));
    }

    void anInterruptedFirstSyncIsFinishedByARerun()
    {
        // The sign-in goes through; every exchange after it is answered with garbage, as by a broken proxy.
        const QUrl upstream(serverUrl());
        testkit::FaultProxy proxy(upstream.host(), quint16(upstream.port()));
        QVERIFY(proxy.start());
        proxy.queueFaults({testkit::FaultProxy::Fault::None});
        proxy.setFault(testkit::FaultProxy::Fault::Garbage);
        const QString db = m_dir.filePath(QStringLiteral("interrupted/replica.db"));
        const QStringList args = provisionArgs(
            {QStringLiteral("--server"), proxy.baseUrl(), QStringLiteral("--db"), db, QStringLiteral("--no-settings")});
        CtlSyncRun run = ctl(args);
        expectFailure(run, 4);
        QVERIFY(proxy.count(testkit::FaultProxy::Fault::Garbage) > 0);
        QVERIFY2(run.errorText().contains("provision"), run.errorText().constData());
        QVERIFY(QFileInfo::exists(db));
        QVERIFY(QFileInfo::exists(db + QStringLiteral(".keys")));

        proxy.setFault(testkit::FaultProxy::Fault::None);
        run = ctl(args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject json = parseOut(run).object();
        QCOMPARE(json.value(QLatin1String("created")), QJsonValue(false));
        QVERIFY(json.value(QLatin1String("sync")).toObject().value(QLatin1String("pulled")).toInteger() >= 3 * 4);
        const CtlSyncRun list = ctl(keyed(QStringLiteral("list-patients"), db));
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        QCOMPARE(parseOut(list).array().size(), m_patientIds.size());
    }

    void secretsFromStdinWithoutSettings()
    {
        QProcessEnvironment env = m_env;
        const QString otherConfig = m_dir.filePath(QStringLiteral("config-untouched"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), otherConfig);
        const QString db = m_dir.filePath(QStringLiteral("from-stdin/replica.db"));
        const CtlSyncRun run =
            ctl({QStringLiteral("provision"), QStringLiteral("--db"), db, QStringLiteral("--user"), m_user.id,
                 QStringLiteral("--passphrase-file"), QStringLiteral("-"), QStringLiteral("--server-password-file"),
                 QStringLiteral("-"), QStringLiteral("--server"), serverUrl(), QStringLiteral("--no-settings")},
                kPassphrase + '\n' + m_user.password + '\n', env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject json = parseOut(run).object();
        QCOMPARE(json.value(QLatin1String("created")), QJsonValue(true));
        QCOMPARE(json.value(QLatin1String("settings_written")), QJsonValue(false));
        QVERIFY(json.value(QLatin1String("replica_id")).toString() != m_replicaId);
        QVERIFY(!QFileInfo::exists(otherConfig + QStringLiteral("/Novamind/Novamind Clinician.conf")));
        // The first line unlocks the replica: the passphrase file holds the same one.
        const CtlSyncRun check = ctl(keyed(QStringLiteral("check"), db), {}, env);
        QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
    }

    void usageErrorsCreateNothing()
    {
        // Fresh settings: no server anywhere but on the command line.
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config-empty")));
        const QString db = m_dir.filePath(QStringLiteral("usage/replica.db"));
        CtlSyncRun run = ctl(provisionArgs({QStringLiteral("--db"), db}), {}, env);
        expectFailure(run, 2);
        QVERIFY2(run.errorText().contains("--server"), run.errorText().constData());
        run = ctl(provisionArgs({QStringLiteral("--db"), db, QStringLiteral("--server"), serverUrl(),
                                 QStringLiteral("--role"), QStringLiteral("surgeon")}),
                  {}, env);
        expectFailure(run, 2);
        QVERIFY(!QFileInfo::exists(db));
        QVERIFY(!QFileInfo::exists(db + QStringLiteral(".keys")));
    }
};

QTEST_GUILESS_MAIN(TestProvision)
#include "test_provision.moc"
