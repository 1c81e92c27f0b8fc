// Tests of ManagedPolicy: what an administrator's policy file locks, and the problems a faulty file reports.
#include "FileSupport.h"
#include "app/config/ManagedPolicy.h"
#include "app/config/SettingsCatalog.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace novamind;
using namespace novamind::config;

namespace {

const QByteArray kPin = "sha256//AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

bool anyContains(const QStringList &problems, const QString &needle)
{
    return std::any_of(problems.cbegin(), problems.cend(), [&](const QString &p) { return p.contains(needle); });
}

} // namespace

class TestManagedPolicy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A policy file with `contents` and mode 0644, as an administrator deploys it.
    QString policyFile(const QByteArray &contents)
    {
        const QString path =
            test::writePolicyFile(m_dir.filePath(QStringLiteral("policy%1.conf").arg(++m_files)), contents);
        if (path.isEmpty())
            qFatal("cannot write the test policy file");
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void systemPathIsFixedAtBuildTime()
    {
        QCOMPARE(ManagedPolicy::systemPath(), QStringLiteral(NOVAMIND_POLICY_FILE));
        qputenv("XDG_CONFIG_DIRS", m_dir.path().toUtf8());
        QCOMPARE(ManagedPolicy::systemPath(), QStringLiteral(NOVAMIND_POLICY_FILE));
        qunsetenv("XDG_CONFIG_DIRS");
    }

    void missingFileIsNoPolicy()
    {
        const QString path = m_dir.filePath(QStringLiteral("absent.conf"));
        const ManagedPolicy policy = ManagedPolicy::load(path);
        QCOMPARE(policy.path(), path);
        QVERIFY(!policy.present());
        QVERIFY(policy.problems().isEmpty());
        QVERIFY(policy.managedKeys().isEmpty());
        QVERIFY(!policy.manages(key::ServerUrl));
        QVERIFY(!policy.value(key::ServerUrl).isValid());
    }

    void everyKeyIsManaged()
    {
        const QString path = policyFile("[sync]\n"
                                        "serverUrl=https://sync.clinic.example\n"
                                        "serverUser=ward7\n"
                                        "caFile=/etc/novamind/ca.pem\n"
                                        "pinSha256=" +
                                        kPin +
                                        "\n"
                                        "intervalMinutes=30\n"
                                        "[session]\n"
                                        "lockTimeoutMinutes=5\n"
                                        "[ui]\n"
                                        "language=de\n"
                                        "appearance=dark\n"
                                        "[assessments]\n"
                                        "allowedInstruments=PHQ-9, GAD-7\n"
                                        "[access]\n"
                                        "breakGlass=false\n"
                                        "[replica]\n"
                                        "evictAfterDays=30\n"
                                        "purgeDeletedAfterDays=7\n"
                                        "[audit]\n"
                                        "retentionDays=3000\n");
        const ManagedPolicy policy = ManagedPolicy::load(path);
        QVERIFY(policy.present());
        QVERIFY2(policy.problems().isEmpty(), qPrintable(policy.problems().join(QLatin1Char('\n'))));
        QCOMPARE(policy.managedKeys().size(), int(settingsCatalog().size()));
        QCOMPARE(policy.value(key::ServerUrl), QVariant(QStringLiteral("https://sync.clinic.example")));
        QCOMPARE(policy.value(key::ServerUser), QVariant(QStringLiteral("ward7")));
        QCOMPARE(policy.value(key::CaFile), QVariant(QStringLiteral("/etc/novamind/ca.pem")));
        QCOMPARE(policy.value(key::PinSha256), QVariant(QString::fromLatin1(kPin)));
        QCOMPARE(policy.value(key::SyncInterval), QVariant(qint64(30)));
        QCOMPARE(policy.value(key::LockTimeout), QVariant(qint64(5)));
        QCOMPARE(policy.value(key::Language), QVariant(QStringLiteral("de")));
        QCOMPARE(policy.value(key::Appearance), QVariant(QStringLiteral("dark")));
        QCOMPARE(policy.value(key::AllowedInstruments),
                 QVariant(QStringList{QStringLiteral("phq9"), QStringLiteral("gad7")}));
        QCOMPARE(policy.value(key::BreakGlass), QVariant(false));
        QCOMPARE(policy.value(key::EvictAfterDays), QVariant(qint64(30)));
        QCOMPARE(policy.value(key::PurgeDeletedAfterDays), QVariant(qint64(7)));
        QCOMPARE(policy.value(key::AuditRetentionDays), QVariant(qint64(3000)));
    }

    void onlyTheKeysItSetsAreManaged()
    {
        const ManagedPolicy policy = ManagedPolicy::load(policyFile("[session]\nlockTimeoutMinutes=3\n"));
        QVERIFY(policy.problems().isEmpty());
        QCOMPARE(policy.managedKeys(), QStringList{key::LockTimeout});
        QVERIFY(!policy.manages(key::ServerUrl));
    }

    // An empty list in the policy is a deliberate "every instrument", locked so that users cannot narrow it.
    void emptyInstrumentListLocksAll()
    {
        const ManagedPolicy policy = ManagedPolicy::load(policyFile("[assessments]\nallowedInstruments=\n"));
        QVERIFY(policy.problems().isEmpty());
        QVERIFY(policy.manages(key::AllowedInstruments));
        QCOMPARE(policy.value(key::AllowedInstruments).toStringList(), QStringList());
    }

    void invalidValueLocksFailSafe_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("settingKey");
        QTest::addColumn<QVariant>("locked");

        QTest::newRow("url without scheme")
            << QByteArray("[sync]\nserverUrl=sync.clinic.example\n") << key::ServerUrl << QVariant(QString());
        QTest::newRow("url with password") << QByteArray("[sync]\nserverUrl=https://u:p@sync.clinic.example\n")
                                           << key::ServerUrl << QVariant(QString());
        QTest::newRow("relative ca file")
            << QByteArray("[sync]\ncaFile=ca.pem\n") << key::CaFile << QVariant(QString());
        QTest::newRow("interval words") << QByteArray("[sync]\nintervalMinutes=hourly\n") << key::SyncInterval
                                        << QVariant(qint64(15));
        QTest::newRow("lock words") << QByteArray("[session]\nlockTimeoutMinutes=soon\n") << key::LockTimeout
                                    << QVariant(qint64(1));
        QTest::newRow("language") << QByteArray("[ui]\nlanguage=klingon\n") << key::Language << QVariant(QString());
        QTest::newRow("appearance") << QByteArray("[ui]\nappearance=neon\n") << key::Appearance
                                    << QVariant(QStringLiteral("system"));
        QTest::newRow("break glass") << QByteArray("[access]\nbreakGlass=sometimes\n") << key::BreakGlass
                                     << QVariant(false);
        QTest::newRow("no known instrument") << QByteArray("[assessments]\nallowedInstruments=BDI-II, HAM-D\n")
                                             << key::AllowedInstruments << QVariant(QStringList{kNoInstrument});
        QTest::newRow("none with instruments") << QByteArray("[assessments]\nallowedInstruments=none, phq9\n")
                                               << key::AllowedInstruments << QVariant(QStringList{kNoInstrument});
        QTest::newRow("some unknown instruments")
            << QByteArray("[assessments]\nallowedInstruments=phq9, BDI-II\n") << key::AllowedInstruments
            << QVariant(QStringList{QStringLiteral("phq9")});
        QTest::newRow("interval above") << QByteArray("[sync]\nintervalMinutes=5000\n") << key::SyncInterval
                                        << QVariant(qint64(1440));
        QTest::newRow("interval below") << QByteArray("[sync]\nintervalMinutes=-5\n") << key::SyncInterval
                                        << QVariant(qint64(0));
        QTest::newRow("lock zero") << QByteArray("[session]\nlockTimeoutMinutes=0\n") << key::LockTimeout
                                   << QVariant(qint64(1));
        QTest::newRow("lock above") << QByteArray("[session]\nlockTimeoutMinutes=240\n") << key::LockTimeout
                                    << QVariant(qint64(60));
    }

    void invalidValueLocksFailSafe()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, settingKey);
        QFETCH(QVariant, locked);
        const QString path = policyFile(contents);
        const ManagedPolicy policy = ManagedPolicy::load(path);
        QVERIFY(policy.manages(settingKey));
        QCOMPARE(policy.value(settingKey), locked);
        QCOMPARE(policy.problems().size(), 1);
        const QString problem = policy.problems().first();
        QVERIFY2(problem.startsWith(path + QStringLiteral(": ")), qPrintable(problem));
        QVERIFY2(problem.contains(settingKey), qPrintable(problem));
    }

    void clampingIsReported()
    {
        const ManagedPolicy policy = ManagedPolicy::load(policyFile("[session]\nlockTimeoutMinutes=240\n"));
        QCOMPARE(policy.problems().size(), 1);
        QVERIFY2(policy.problems().first().contains(QStringLiteral("clamped to 60")),
                 qPrintable(policy.problems().first()));
    }

    void unknownInstrumentsAreNamed()
    {
        const ManagedPolicy policy =
            ManagedPolicy::load(policyFile("[assessments]\nallowedInstruments=phq9, BDI-II\n"));
        QVERIFY(anyContains(policy.problems(), QStringLiteral("BDI-II")));
    }

    // Without the pin the administrator demanded, the application must not sync at all, not sync unpinned.
    void invalidPinTurnsSyncOff_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("policy sets the server") << QByteArray("[sync]\nserverUrl=https://sync.clinic.example\n"
                                                              "pinSha256=sha256//tooShort\n");
        QTest::newRow("user sets the server") << QByteArray("[sync]\npinSha256=0123abcd\n");
    }

    void invalidPinTurnsSyncOff()
    {
        QFETCH(QByteArray, contents);
        const ManagedPolicy policy = ManagedPolicy::load(policyFile(contents));
        QVERIFY(policy.manages(key::PinSha256));
        QVERIFY(policy.manages(key::ServerUrl));
        QCOMPARE(policy.value(key::ServerUrl), QVariant(QString()));
        QVERIFY(anyContains(policy.problems(), QStringLiteral("sync is turned off")));
        QVERIFY(anyContains(policy.problems(), key::PinSha256));
    }

    void validPinKeepsServer()
    {
        const ManagedPolicy policy =
            ManagedPolicy::load(policyFile("[sync]\nserverUrl=https://sync.clinic.example\npinSha256=" + kPin + "\n"));
        QVERIFY(policy.problems().isEmpty());
        QCOMPARE(policy.value(key::ServerUrl), QVariant(QStringLiteral("https://sync.clinic.example")));
    }

    void unknownKeyIsReportedAndIgnored()
    {
        const QString path = policyFile("[sync]\nserverURL=https://evil.example\n[session]\nlockTimeoutMinutes=5\n");
        const ManagedPolicy policy = ManagedPolicy::load(path);
        QCOMPARE(policy.problems(), QStringList{path + QStringLiteral(": unknown key “sync/serverURL” is ignored.")});
        QVERIFY(!policy.manages(key::ServerUrl));
        QVERIFY(!policy.manages(QStringLiteral("sync/serverURL")));
        QCOMPARE(policy.value(key::LockTimeout), QVariant(qint64(5)));
    }

    void malformedFileIsAProblemButReadablePartsApply_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("line without =") << QByteArray("this line is not INI\n[session]\nlockTimeoutMinutes=5\n");
        QTest::newRow("unclosed section") << QByteArray("[sync\n[session]\nlockTimeoutMinutes=5\n");
    }

    void malformedFileIsAProblemButReadablePartsApply()
    {
        QFETCH(QByteArray, contents);
        const QString path = policyFile(contents);
        const ManagedPolicy policy = ManagedPolicy::load(path);
        QVERIFY(policy.present());
        QVERIFY(anyContains(policy.problems(), QStringLiteral("not valid INI")));
        QCOMPARE(policy.value(key::LockTimeout), QVariant(qint64(5)));
    }

    // Whoever can write the policy can unlock every setting.
    void groupWritableFileIsAProblem_data()
    {
        QTest::addColumn<int>("extra");
        QTest::newRow("group") << int(QFile::WriteGroup);
        QTest::newRow("others") << int(QFile::WriteOther);
    }

    void groupWritableFileIsAProblem()
    {
        QFETCH(int, extra);
        const QString path = policyFile("[session]\nlockTimeoutMinutes=5\n");
        QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFile::Permissions(extra)));
        const ManagedPolicy policy = ManagedPolicy::load(path);
        QCOMPARE(policy.problems().size(), 1);
        QVERIFY2(policy.problems().first().contains(QStringLiteral("writable")), qPrintable(policy.problems().first()));
        QCOMPARE(policy.value(key::LockTimeout), QVariant(qint64(5)));
    }

    void unreadableFileIsAProblem()
    {
        if (::geteuid() == 0)
            QSKIP("root reads every file");
        const QString path = policyFile("[session]\nlockTimeoutMinutes=5\n");
        QVERIFY(QFile::setPermissions(path, QFile::WriteOwner));
        const ManagedPolicy policy = ManagedPolicy::load(path);
        QVERIFY(policy.present());
        QCOMPARE(policy.problems().size(), 1);
        QVERIFY2(policy.problems().first().contains(QStringLiteral("cannot be read")),
                 qPrintable(policy.problems().first()));
        QVERIFY(!policy.manages(key::LockTimeout));
    }

    void directoryInsteadOfFileIsAProblem()
    {
        const QString path = m_dir.filePath(QStringLiteral("policy.d"));
        QVERIFY(QDir().mkpath(path));
        const ManagedPolicy policy = ManagedPolicy::load(path);
        QVERIFY(policy.present());
        QCOMPARE(policy.problems().size(), 1);
        QVERIFY2(policy.problems().first().contains(QStringLiteral("cannot be read")),
                 qPrintable(policy.problems().first()));
        QVERIFY(policy.managedKeys().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestManagedPolicy)
#include "test_managedpolicy.moc"
