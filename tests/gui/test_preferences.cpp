// Preferences as the GUI resolves them: the organisation's policy over the user's settings, what it locks, and what
// saving may write to the user's file.

#include "FileSupport.h"
#include "app/config/EffectiveSettings.h"
#include "app/config/ManagedPolicy.h"
#include "app/config/SettingsCatalog.h"
#include "ui/Preferences.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace novamind;
using namespace std::chrono_literals;

class TestPreferences : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writePolicy(const QByteArray &text)
    {
        return test::writePolicyFile(m_dir.filePath(QStringLiteral("policy.conf")), text);
    }

    static void clearUserSettings()
    {
        auto user = config::openUserSettings();
        user->clear();
        user->sync();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // The user's file must be a test file, not the real one of whoever runs the tests.
        const QString userFile = config::openUserSettings()->fileName();
        QVERIFY2(userFile.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)),
                 qPrintable(userFile));
        QVERIFY2(userFile.contains(QStringLiteral("qttest")), qPrintable(userFile));
    }

    void init() { clearUserSettings(); }

    void policyOverridesTheUsersSettings()
    {
        auto user = config::openUserSettings();
        user->setValue(config::key::LockTimeout, 20);
        user->setValue(config::key::Language, QStringLiteral("fr"));
        user->setValue(config::key::SyncInterval, 30);
        user->setValue(config::key::ServerUrl, QStringLiteral("https://mine.example"));
        user->sync();
        const QString path = writePolicy("[session]\nlockTimeoutMinutes=5\n"
                                         "[sync]\nserverUrl=https://sync.clinic.example\nintervalMinutes=0\n"
                                         "[assessments]\nallowedInstruments=PHQ-9, GAD-7\n"
                                         "[access]\nbreakGlass=false\n");
        const Preferences prefs =
            Preferences::fromSettings(config::EffectiveSettings::resolve(config::ManagedPolicy::load(path), *user));

        QCOMPARE(prefs.lockTimeout, 5min);
        QCOMPARE(prefs.sync.interval, 0min);
        QCOMPARE(prefs.sync.serverUrl, QStringLiteral("https://sync.clinic.example"));
        QCOMPARE(prefs.allowedInstruments, (QStringList{QStringLiteral("phq9"), QStringLiteral("gad7")}));
        QVERIFY(!prefs.breakGlassAllowed);
        QCOMPARE(prefs.language, QStringLiteral("fr")); // not managed: the user's choice stands
        QVERIFY(prefs.isManaged());
        QVERIFY(prefs.isLocked(config::key::LockTimeout));
        QVERIFY(prefs.isLocked(config::key::ServerUrl));
        QVERIFY(!prefs.isLocked(config::key::Language));
        QVERIFY(!prefs.isLocked(config::key::ServerUser));
        QCOMPARE(prefs.policyFile(), path);
        QVERIFY(prefs.policyProblems().isEmpty());
    }

    void withoutAPolicyNothingIsLocked()
    {
        auto user = config::openUserSettings();
        user->setValue(config::key::LockTimeout, 20);
        user->setValue(config::key::Appearance, QStringLiteral("dark"));
        user->sync();
        const Preferences prefs = Preferences::fromSettings(config::EffectiveSettings::resolve(
            config::ManagedPolicy::load(m_dir.filePath(QStringLiteral("absent.conf"))), *user));
        QVERIFY(!prefs.isManaged());
        QVERIFY(prefs.policyProblems().isEmpty());
        QCOMPARE(prefs.lockTimeout, 20min);
        QCOMPARE(prefs.appearance, Preferences::Appearance::Dark);
        QVERIFY(prefs.breakGlassAllowed);
        QVERIFY(prefs.allowedInstruments.isEmpty());
        QCOMPARE(prefs.sync.interval, 15min);
    }

    void saveNeverWritesALockedKey()
    {
        auto user = config::openUserSettings();
        user->setValue(config::key::ServerUrl, QStringLiteral("https://mine.example"));
        user->sync();
        const QString path = writePolicy("[session]\nlockTimeoutMinutes=5\n"
                                         "[sync]\nserverUrl=https://sync.clinic.example\n");
        Preferences prefs =
            Preferences::fromSettings(config::EffectiveSettings::resolve(config::ManagedPolicy::load(path), *user));
        // The user changes what is theirs; a caller that also changed locked fields must not get them stored.
        prefs.language = QStringLiteral("de");
        prefs.sync.serverUser = QStringLiteral("dr.ada");
        prefs.lockTimeout = 30min;
        prefs.sync.serverUrl = QStringLiteral("https://elsewhere.example");
        prefs.save();

        const auto reread = config::openUserSettings();
        QCOMPARE(reread->value(config::key::Language).toString(), QStringLiteral("de"));
        QCOMPARE(reread->value(config::key::ServerUser).toString(), QStringLiteral("dr.ada"));
        QVERIFY(!reread->contains(config::key::LockTimeout));
        // The user's own address stays theirs: neither the policy's nor the changed one is written over it.
        QCOMPARE(reread->value(config::key::ServerUrl).toString(), QStringLiteral("https://mine.example"));

        // Once the policy is gone, the user's own settings are back.
        const Preferences after = Preferences::fromSettings(config::EffectiveSettings::resolve(
            config::ManagedPolicy::load(m_dir.filePath(QStringLiteral("absent.conf"))), *reread));
        QCOMPARE(after.sync.serverUrl, QStringLiteral("https://mine.example"));
        QCOMPARE(after.lockTimeout, 10min);
        QCOMPARE(after.language, QStringLiteral("de"));
    }

    void policyProblemsAreCarried()
    {
        const QString path = writePolicy("[session]\nlockTimeoutMinutes=soon\n[ui]\nsecretThing=1\n");
        const Preferences prefs = Preferences::fromSettings(
            config::EffectiveSettings::resolve(config::ManagedPolicy::load(path), *config::openUserSettings()));
        QCOMPARE(prefs.policyProblems().size(), 2);
        // An unreadable value locks the setting to its fail-safe (a short lock), not to the user's choice.
        QVERIFY(prefs.isLocked(config::key::LockTimeout));
        QVERIFY(prefs.lockTimeout <= 10min);
    }
};

QTEST_MAIN(TestPreferences)
#include "test_preferences.moc"
