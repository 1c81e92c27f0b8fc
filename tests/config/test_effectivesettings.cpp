// Tests of EffectiveSettings: policy beats user beats default, what may be stored, and the JSON `policy` prints.
#include "FileSupport.h"
#include "app/config/EffectiveSettings.h"
#include "app/config/SettingsCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace novamind;
using namespace novamind::config;

class TestEffectiveSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath(const QString &stem)
    {
        return m_dir.filePath(QStringLiteral("%1%2.conf").arg(stem).arg(++m_files));
    }

    QString policyFile(const QByteArray &contents)
    {
        const QString path = test::writePolicyFile(newPath(QStringLiteral("policy")), contents);
        if (path.isEmpty())
            qFatal("cannot write the test policy file");
        return path;
    }

    // The user's settings in a file of their own, as the GUI keeps them (INI on Linux).
    std::unique_ptr<QSettings> userFile(const QByteArray &contents = {})
    {
        const QString path = newPath(QStringLiteral("user"));
        if (!test::writeFile(path, contents))
            qFatal("cannot write the test settings file");
        return std::make_unique<QSettings>(path, QSettings::IniFormat);
    }

    static ManagedPolicy noPolicy() { return ManagedPolicy::load(QStringLiteral("/nonexistent/novamind/policy.conf")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Not QStandardPaths' test mode: that resolves to ~/.qttest in the real home. These keep every file in m_dir.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
    }

    void defaultsWithoutUserOrPolicy()
    {
        const auto user = userFile();
        const EffectiveSettings settings = EffectiveSettings::resolve(noPolicy(), *user);
        for (const SettingSpec &spec : settingsCatalog()) {
            QCOMPARE(settings.value(spec.key), spec.defaultValue);
            QCOMPARE(settings.source(spec.key), SettingSource::Default);
            QVERIFY(!settings.isLocked(spec.key));
        }
        QCOMPARE(settings.number(key::LockTimeout), 10);
        QVERIFY(settings.flag(key::BreakGlass));
        QVERIFY(!settings.value(QStringLiteral("sync/serverURL")).isValid());
    }

    void policyBeatsUserBeatsDefault()
    {
        const auto user = userFile("[session]\nlockTimeoutMinutes=20\n[ui]\nappearance=dark\nlanguage=fr\n");
        const ManagedPolicy policy = ManagedPolicy::load(policyFile("[session]\nlockTimeoutMinutes=5\n"));
        const EffectiveSettings settings = EffectiveSettings::resolve(policy, *user);
        QCOMPARE(settings.number(key::LockTimeout), 5);
        QCOMPARE(settings.source(key::LockTimeout), SettingSource::Policy);
        QVERIFY(settings.isLocked(key::LockTimeout));
        QCOMPARE(settings.text(key::Appearance), QStringLiteral("dark"));
        QCOMPARE(settings.source(key::Appearance), SettingSource::User);
        QVERIFY(!settings.isLocked(key::Appearance));
        QCOMPARE(settings.text(key::Language), QStringLiteral("fr"));
        QCOMPARE(settings.number(key::SyncInterval), 15);
        QCOMPARE(settings.source(key::SyncInterval), SettingSource::Default);
    }

    void invalidUserValueFallsBackToDefault()
    {
        const auto user = userFile("[session]\nlockTimeoutMinutes=500\n[ui]\nappearance=neon\n[access]\n"
                                   "breakGlass=perhaps\n[sync]\nserverUrl=not a url\n");
        const EffectiveSettings settings = EffectiveSettings::resolve(noPolicy(), *user);
        QCOMPARE(settings.number(key::LockTimeout), 10);
        QCOMPARE(settings.source(key::LockTimeout), SettingSource::Default);
        QCOMPARE(settings.text(key::Appearance), QStringLiteral("system"));
        QVERIFY(settings.flag(key::BreakGlass));
        QCOMPARE(settings.text(key::ServerUrl), QString());
        // The user's mistakes are theirs to fix in Preferences; they are not policy problems.
        QVERIFY(settings.policy().problems().isEmpty());
    }

    void userListsAreNormalised()
    {
        const auto user = userFile("[assessments]\nallowedInstruments=PHQ-9, gad7\n");
        const EffectiveSettings settings = EffectiveSettings::resolve(noPolicy(), *user);
        QCOMPARE(settings.list(key::AllowedInstruments), QStringList({QStringLiteral("phq9"), QStringLiteral("gad7")}));
    }

    void storeUserValueWritesNormalForm()
    {
        auto user = userFile();
        const EffectiveSettings before = EffectiveSettings::resolve(noPolicy(), *user);
        QVERIFY(EffectiveSettings::storeUserValue(*user, before, key::Appearance, QStringLiteral("Light")));
        QVERIFY(EffectiveSettings::storeUserValue(*user, before, key::LockTimeout, 25));
        QVERIFY(EffectiveSettings::storeUserValue(*user, before, key::AllowedInstruments,
                                                  QStringList{QStringLiteral("PHQ-9"), QStringLiteral("AUDIT")}));
        QVERIFY(EffectiveSettings::storeUserValue(*user, before, key::BreakGlass, false));

        // A fresh reader of the same file, as the next start of the application is.
        const QSettings reread(user->fileName(), QSettings::IniFormat);
        const EffectiveSettings after = EffectiveSettings::resolve(noPolicy(), reread);
        QCOMPARE(after.text(key::Appearance), QStringLiteral("light"));
        QCOMPARE(after.source(key::Appearance), SettingSource::User);
        QCOMPARE(after.number(key::LockTimeout), 25);
        QCOMPARE(after.list(key::AllowedInstruments), QStringList({QStringLiteral("phq9"), QStringLiteral("audit")}));
        QCOMPARE(after.flag(key::BreakGlass), false);
        QCOMPARE(after.source(key::BreakGlass), SettingSource::User);
    }

    void storeUserValueRefusesInvalidValues()
    {
        auto user = userFile("[session]\nlockTimeoutMinutes=20\n");
        const EffectiveSettings current = EffectiveSettings::resolve(noPolicy(), *user);
        QVERIFY(!EffectiveSettings::storeUserValue(*user, current, key::LockTimeout, 0));
        QVERIFY(!EffectiveSettings::storeUserValue(*user, current, key::ServerUrl, QStringLiteral("ftp://x")));
        QVERIFY(!EffectiveSettings::storeUserValue(*user, current, QStringLiteral("sync/serverURL"),
                                                   QStringLiteral("https://x.example")));
        const QSettings reread(user->fileName(), QSettings::IniFormat);
        QCOMPARE(reread.value(key::LockTimeout).toString(), QStringLiteral("20"));
        QCOMPARE(reread.allKeys(), QStringList{key::LockTimeout});
    }

    void storingTheDefaultRemovesTheEntry()
    {
        auto user = userFile("[session]\nlockTimeoutMinutes=20\n");
        const EffectiveSettings current = EffectiveSettings::resolve(noPolicy(), *user);
        QVERIFY(EffectiveSettings::storeUserValue(*user, current, key::LockTimeout, 10));
        const QSettings reread(user->fileName(), QSettings::IniFormat);
        QVERIFY(!reread.contains(key::LockTimeout));
    }

    void lockedKeysAreNotStoredAndPolicyValuesNeverCopied()
    {
        const QByteArray userBefore = "[session]\nlockTimeoutMinutes=20\n";
        auto user = userFile(userBefore);
        const ManagedPolicy policy = ManagedPolicy::load(
            policyFile("[session]\nlockTimeoutMinutes=5\n[sync]\nserverUrl=https://sync.clinic.example\n"));
        const EffectiveSettings current = EffectiveSettings::resolve(policy, *user);
        QVERIFY(!EffectiveSettings::storeUserValue(*user, current, key::LockTimeout, 30));
        QVERIFY(!EffectiveSettings::storeUserValue(*user, current, key::ServerUrl,
                                                   QStringLiteral("https://other.example")));
        QCOMPARE(test::readFile(user->fileName()), userBefore);

        // Storing an unlocked setting writes that one key, not the policy's values alongside it.
        QVERIFY(EffectiveSettings::storeUserValue(*user, current, key::Appearance, QStringLiteral("dark")));
        const QSettings reread(user->fileName(), QSettings::IniFormat);
        QCOMPARE(reread.value(key::LockTimeout).toString(), QStringLiteral("20"));
        QVERIFY(!reread.contains(key::ServerUrl));
        QVERIFY(!test::readFile(user->fileName()).contains("sync.clinic.example"));
    }

    void removingThePolicyBringsTheUserValueBack()
    {
        const auto user = userFile("[session]\nlockTimeoutMinutes=20\n");
        const QString path = policyFile("[session]\nlockTimeoutMinutes=5\n");
        QCOMPARE(EffectiveSettings::resolve(ManagedPolicy::load(path), *user).number(key::LockTimeout), 5);
        QVERIFY(QFile::remove(path));
        const EffectiveSettings after = EffectiveSettings::resolve(ManagedPolicy::load(path), *user);
        QCOMPARE(after.number(key::LockTimeout), 20);
        QCOMPARE(after.source(key::LockTimeout), SettingSource::User);
        QVERIFY(!after.policy().present());
    }

    void failSafeLockedValueReachesTheSettings()
    {
        const auto user = userFile("[sync]\nserverUrl=https://sync.clinic.example\n");
        const ManagedPolicy policy = ManagedPolicy::load(policyFile("[sync]\npinSha256=garbage\n"));
        const EffectiveSettings settings = EffectiveSettings::resolve(policy, *user);
        QCOMPARE(settings.text(key::ServerUrl), QString());
        QVERIFY(settings.isLocked(key::ServerUrl));
    }

    void sourceNames()
    {
        QCOMPARE(sourceName(SettingSource::Default), QStringLiteral("default"));
        QCOMPARE(sourceName(SettingSource::User), QStringLiteral("user"));
        QCOMPARE(sourceName(SettingSource::Policy), QStringLiteral("policy"));
    }

    void jsonShape()
    {
        const auto user = userFile("[ui]\nappearance=dark\n");
        const QString path = policyFile("[session]\nlockTimeoutMinutes=5\n[sync]\nserverURL=x\n"
                                        "[assessments]\nallowedInstruments=phq9\n");
        const QJsonObject json = EffectiveSettings::resolve(ManagedPolicy::load(path), *user).toJson();
        QCOMPARE(json.value(QStringLiteral("policy_file")).toString(), path);
        QCOMPARE(json.value(QStringLiteral("policy_present")), QJsonValue(true));
        QCOMPARE(json.value(QStringLiteral("user_settings_file")).toString(), user->fileName());
        const QJsonArray problems = json.value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().toString().contains(QStringLiteral("sync/serverURL")));

        const QJsonArray settings = json.value(QStringLiteral("settings")).toArray();
        QCOMPARE(settings.size(), qsizetype(settingsCatalog().size()));
        QMap<QString, QJsonObject> byKey;
        for (qsizetype i = 0; i < settings.size(); ++i) {
            const QJsonObject entry = settings.at(i).toObject();
            QCOMPARE(entry.keys(), QStringList({QStringLiteral("key"), QStringLiteral("locked"),
                                                QStringLiteral("source"), QStringLiteral("value")}));
            QCOMPARE(entry.value(QStringLiteral("key")).toString(), settingsCatalog()[size_t(i)].key);
            byKey.insert(entry.value(QStringLiteral("key")).toString(), entry);
        }
        const QJsonObject lock = byKey.value(key::LockTimeout);
        QCOMPARE(lock.value(QStringLiteral("value")), QJsonValue(5));
        QCOMPARE(lock.value(QStringLiteral("source")).toString(), QStringLiteral("policy"));
        QCOMPARE(lock.value(QStringLiteral("locked")), QJsonValue(true));
        const QJsonObject appearance = byKey.value(key::Appearance);
        QCOMPARE(appearance.value(QStringLiteral("value")), QJsonValue(QStringLiteral("dark")));
        QCOMPARE(appearance.value(QStringLiteral("source")).toString(), QStringLiteral("user"));
        QCOMPARE(appearance.value(QStringLiteral("locked")), QJsonValue(false));
        QCOMPARE(byKey.value(key::AllowedInstruments).value(QStringLiteral("value")),
                 QJsonValue(QJsonArray{QStringLiteral("phq9")}));
        QCOMPARE(byKey.value(key::BreakGlass).value(QStringLiteral("value")), QJsonValue(true));
        QCOMPARE(byKey.value(key::BreakGlass).value(QStringLiteral("source")).toString(), QStringLiteral("default"));
        QCOMPARE(byKey.value(key::ServerUrl).value(QStringLiteral("value")), QJsonValue(QString()));
    }

    void userSettingsLiveInTheUsersConfigHome()
    {
        const auto user = openUserSettings();
        QCOMPARE(user->fileName(), m_dir.filePath(QStringLiteral("config/Novamind/Novamind Clinician.conf")));
        QVERIFY(!user->fallbacksEnabled());
        QCOMPARE(defaultReplicaPath(), m_dir.filePath(QStringLiteral("data/Novamind/Novamind Clinician/replica.db")));
    }

    void loadReadsTheUsersFile()
    {
        {
            const auto user = openUserSettings();
            const EffectiveSettings current = EffectiveSettings::resolve(noPolicy(), *user);
            QVERIFY(EffectiveSettings::storeUserValue(*user, current, key::ServerUser, QStringLiteral("ward7")));
        }
        const EffectiveSettings loaded = EffectiveSettings::load();
        QCOMPARE(loaded.policy().path(), ManagedPolicy::systemPath());
        if (!loaded.isLocked(key::ServerUser)) {
            QCOMPARE(loaded.text(key::ServerUser), QStringLiteral("ward7"));
            QCOMPARE(loaded.source(key::ServerUser), SettingSource::User);
        }
    }
};

QTEST_GUILESS_MAIN(TestEffectiveSettings)
#include "test_effectivesettings.moc"
