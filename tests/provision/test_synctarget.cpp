// SyncTarget: what `novamindctl sync` and `provision` sign in to, from the command line, a managed policy file and
// the user's GUI settings — the policy's values are the defaults and cannot be contradicted.
#include "FileSupport.h"
#include "ProvisionCommand.h"
#include "SyncTarget.h"
#include "app/config/EffectiveSettings.h"
#include "app/config/ManagedPolicy.h"
#include "models/cli/ExitCode.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace novamind;
using namespace novamind::config;
using namespace novamind::test;

namespace {

const QString kReplicaUser = QStringLiteral("clin-a");

QByteArray digestOf(const QByteArray &keyName)
{
    return QCryptographicHash::hash(keyName, QCryptographicHash::Sha256);
}

QString curlPin(const QByteArray &keyName)
{
    return QStringLiteral("sha256//") + QString::fromLatin1(digestOf(keyName).toBase64());
}

} // namespace

class TestSyncTarget : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString nextPath(const QString &stem) { return m_dir.filePath(stem + QString::number(++m_files) + u".conf"); }

    // A policy file with this INI text; a null text is no policy file at all.
    ManagedPolicy policy(const QByteArray &ini)
    {
        const QString path = nextPath(QStringLiteral("policy"));
        if (!ini.isNull() && test::writePolicyFile(path, ini).isEmpty())
            qFatal("cannot write the policy file");
        return ManagedPolicy::load(path);
    }

    // The user's settings as the GUI would have saved them.
    std::unique_ptr<QSettings> userSettings(const QList<std::pair<QString, QString>> &values = {})
    {
        auto settings = std::make_unique<QSettings>(nextPath(QStringLiteral("user")), QSettings::IniFormat);
        for (const auto &[key, value] : values)
            settings->setValue(key, value);
        settings->sync();
        return settings;
    }

    static Result<SyncTarget> resolve(const QStringList &cli, const ManagedPolicy &managed, const QSettings &user)
    {
        auto args = CtlOptions::parse(QStringList{QStringLiteral("--user"), kReplicaUser,
                                                  QStringLiteral("--passphrase-file"), QStringLiteral("-"),
                                                  QStringLiteral("--server-password-file"), QStringLiteral("-")} +
                                          cli,
                                      ProvisionCommand::spec());
        if (!args.ok())
            return args.error();
        return SyncTarget::resolve(args.value(), EffectiveSettings::resolve(managed, user));
    }

    static QByteArray policyText()
    {
        return "[sync]\nserverUrl=https://sync.clinic.example\ncaFile=/etc/novamind/clinic-ca.pem\npinSha256=" +
               curlPin("clinic server key").toLatin1() + "\nserverUser=svc-ward-7\n";
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void policyValuesAreTheDefaults()
    {
        const ManagedPolicy managed = policy(policyText());
        QVERIFY2(managed.problems().isEmpty(), qPrintable(managed.problems().join(u' ')));
        const auto user = userSettings({{QStringLiteral("sync/serverUrl"), QStringLiteral("https://mine.example")},
                                        {QStringLiteral("sync/pinSha256"), curlPin("my key")}});
        auto target = resolve({}, managed, *user);
        QVERIFY2(target.ok(), qPrintable(target.ok() ? QString() : target.error().message));
        QCOMPARE(target->serverUrl(), QStringLiteral("https://sync.clinic.example"));
        QCOMPARE(target->transportOptions().baseUrl, QStringLiteral("https://sync.clinic.example"));
        QCOMPARE(target->caFile(), QStringLiteral("/etc/novamind/clinic-ca.pem"));
        QCOMPARE(target->transportOptions().pinSha256, digestOf("clinic server key"));
        QCOMPARE(target->serverUser(), QStringLiteral("svc-ward-7"));
    }

    void contradictingThePolicyIsAUsageError_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("key");
        QTest::newRow("server") << QStringLiteral("--server") << QStringLiteral("https://elsewhere.example")
                                << QStringLiteral("sync/serverUrl");
        QTest::newRow("ca-file") << QStringLiteral("--ca-file") << QStringLiteral("/tmp/another-ca.pem")
                                 << QStringLiteral("sync/caFile");
        QTest::newRow("pin") << QStringLiteral("--pin-sha256") << curlPin("some other key")
                             << QStringLiteral("sync/pinSha256");
        QTest::newRow("server-user") << QStringLiteral("--server-user") << QStringLiteral("someone-else")
                                     << QStringLiteral("sync/serverUser");
    }

    void contradictingThePolicyIsAUsageError()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(QString, key);
        const ManagedPolicy managed = policy(policyText());
        auto target = resolve({option, value}, managed, *userSettings());
        QVERIFY(!target.ok());
        QCOMPARE(exitCodeFor(target.error()), ExitCode::Usage);
        // The administrator's file and key, so the user knows whom to ask and what to leave out.
        QVERIFY2(target.error().message.contains(managed.path()), qPrintable(target.error().message));
        QVERIFY2(target.error().message.contains(key), qPrintable(target.error().message));
        QVERIFY2(target.error().message.contains(option), qPrintable(target.error().message));
    }

    void thePolicyValueSpelledDifferentlyIsAccepted_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::newRow("trailing slash") << QStringLiteral("--server") << QStringLiteral("https://sync.clinic.example/");
        QTest::newRow("pin in hex") << QStringLiteral("--pin-sha256")
                                    << QString::fromLatin1(digestOf("clinic server key").toHex());
        QTest::newRow("same CA file") << QStringLiteral("--ca-file")
                                      << QStringLiteral("/etc/novamind/../novamind/clinic-ca.pem");
    }

    void thePolicyValueSpelledDifferentlyIsAccepted()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        auto target = resolve({option, value}, policy(policyText()), *userSettings());
        QVERIFY2(target.ok(), qPrintable(target.ok() ? QString() : target.error().message));
        QCOMPARE(target->serverUrl(), QStringLiteral("https://sync.clinic.example"));
        QCOMPARE(target->transportOptions().pinSha256, digestOf("clinic server key"));
        QCOMPARE(target->caFile(), QStringLiteral("/etc/novamind/clinic-ca.pem"));
    }

    void commandLineValuesWhenThePolicyIsSilent()
    {
        const ManagedPolicy none = policy(QByteArray());
        QVERIFY(!none.present());
        auto target = resolve({QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:8443"),
                               QStringLiteral("--ca-file"), QStringLiteral("certs/ca.pem"),
                               QStringLiteral("--pin-sha256"), QString::fromLatin1(digestOf("cli key").toHex())},
                              none, *userSettings());
        QVERIFY2(target.ok(), qPrintable(target.ok() ? QString() : target.error().message));
        QCOMPARE(target->serverUrl(), QStringLiteral("http://127.0.0.1:8443"));
        // Stored into the GUI's settings later, so relative to where the command ran, not where the GUI will.
        QCOMPARE(target->caFile(), QDir::current().absoluteFilePath(QStringLiteral("certs/ca.pem")));
        QCOMPARE(target->transportOptions().pinSha256, digestOf("cli key"));
        QCOMPARE(target->serverUser(), kReplicaUser);

        // A policy that manages other keys (or other sync keys) leaves these to the command line.
        const ManagedPolicy unrelated = policy("[session]\nlockTimeoutMinutes=5\n[sync]\nintervalMinutes=30\n");
        QVERIFY2(unrelated.problems().isEmpty(), qPrintable(unrelated.problems().join(u' ')));
        target = resolve({QStringLiteral("--server"), QStringLiteral("https://a.example"),
                          QStringLiteral("--server-user"), QStringLiteral("svc-b")},
                         unrelated, *userSettings());
        QVERIFY2(target.ok(), qPrintable(target.ok() ? QString() : target.error().message));
        QCOMPARE(target->serverUrl(), QStringLiteral("https://a.example"));
        QCOMPARE(target->serverUser(), QStringLiteral("svc-b"));
        QVERIFY(target->transportOptions().pinSha256.isEmpty());
        QVERIFY(target->caFile().isEmpty());
    }

    void noServerIsAUsageError()
    {
        auto target = resolve({QStringLiteral("--ca-file"), QStringLiteral("/etc/ca.pem")}, policy(QByteArray()),
                              *userSettings());
        QVERIFY(!target.ok());
        QCOMPARE(exitCodeFor(target.error()), ExitCode::Usage);
        QVERIFY2(target.error().message.contains(QLatin1String("--server")), qPrintable(target.error().message));
        QVERIFY2(target.error().message.contains(QLatin1String("sync/serverUrl")), qPrintable(target.error().message));
    }

    void malformedPinIsAUsageError()
    {
        auto target = resolve({QStringLiteral("--server"), QStringLiteral("https://a.example"),
                               QStringLiteral("--pin-sha256"), QStringLiteral("sha256//not-a-digest")},
                              policy(QByteArray()), *userSettings());
        QVERIFY(!target.ok());
        QCOMPARE(exitCodeFor(target.error()), ExitCode::Usage);
    }

    void userSettingsServeOnlyTheirOwnServer()
    {
        const auto user = userSettings({{QStringLiteral("sync/serverUrl"), QStringLiteral("https://mine.example")},
                                        {QStringLiteral("sync/serverUser"), QStringLiteral("svc-mine")},
                                        {QStringLiteral("sync/caFile"), QStringLiteral("/home/me/ca.pem")},
                                        {QStringLiteral("sync/pinSha256"), curlPin("my key")}});
        const ManagedPolicy none = policy(QByteArray());

        // No --server: the GUI's server, with its CA file, pin and user.
        auto target = resolve({}, none, *user);
        QVERIFY2(target.ok(), qPrintable(target.ok() ? QString() : target.error().message));
        QCOMPARE(target->serverUrl(), QStringLiteral("https://mine.example"));
        QCOMPARE(target->serverUser(), QStringLiteral("svc-mine"));
        QCOMPARE(target->caFile(), QStringLiteral("/home/me/ca.pem"));
        QCOMPARE(target->transportOptions().pinSha256, digestOf("my key"));

        // Another server: nothing of the GUI's server is carried over to it (a pin for one would refuse the other).
        target = resolve({QStringLiteral("--server"), QStringLiteral("https://other.example")}, none, *user);
        QVERIFY2(target.ok(), qPrintable(target.ok() ? QString() : target.error().message));
        QCOMPARE(target->serverUrl(), QStringLiteral("https://other.example"));
        QVERIFY(target->transportOptions().pinSha256.isEmpty());
        QVERIFY(target->caFile().isEmpty());
        QCOMPARE(target->serverUser(), kReplicaUser);
    }

    void thePolicyWinsOverTheUsersSettings()
    {
        const auto user = userSettings({{QStringLiteral("sync/serverUrl"), QStringLiteral("https://mine.example")},
                                        {QStringLiteral("sync/pinSha256"), curlPin("my key")}});
        // The policy pins the key but leaves the server open: its pin goes with any server.
        const ManagedPolicy pinOnly = policy("[sync]\npinSha256=" + curlPin("clinic server key").toLatin1() + '\n');
        QVERIFY2(pinOnly.problems().isEmpty(), qPrintable(pinOnly.problems().join(u' ')));
        auto target = resolve({}, pinOnly, *user);
        QVERIFY2(target.ok(), qPrintable(target.ok() ? QString() : target.error().message));
        QCOMPARE(target->serverUrl(), QStringLiteral("https://mine.example"));
        QCOMPARE(target->transportOptions().pinSha256, digestOf("clinic server key"));
        target = resolve({QStringLiteral("--server"), QStringLiteral("https://other.example")}, pinOnly, *user);
        QVERIFY2(target.ok(), qPrintable(target.ok() ? QString() : target.error().message));
        QCOMPARE(target->transportOptions().pinSha256, digestOf("clinic server key"));

        const ManagedPolicy serverOnly = policy("[sync]\nserverUrl=https://sync.clinic.example\n");
        target = resolve({}, serverOnly, *user);
        QVERIFY2(target.ok(), qPrintable(target.ok() ? QString() : target.error().message));
        QCOMPARE(target->serverUrl(), QStringLiteral("https://sync.clinic.example"));
        QCOMPARE(target->serverUser(), kReplicaUser);
        // The pin the user keeps for the server the GUI uses (the policy's) goes with it, as in the GUI.
        QCOMPARE(target->transportOptions().pinSha256, digestOf("my key"));
    }
};

QTEST_GUILESS_MAIN(TestSyncTarget)
#include "test_synctarget.moc"
