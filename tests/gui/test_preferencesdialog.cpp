// The Preferences dialog under an organisation's policy: managed settings shown with the policy's value, disabled and
// marked; the user's own settings still editable; nothing the policy locks reaches the user's file.

#include "FileSupport.h"
#include "app/config/EffectiveSettings.h"
#include "app/config/ManagedPolicy.h"
#include "app/config/SettingsCatalog.h"
#include "ui/PreferencesDialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace novamind;
using namespace std::chrono_literals;

namespace {

const QString kLockNote = QStringLiteral("Set by your organisation (policy.conf)");

} // namespace

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pin;

    template<typename T> static T *child(QObject &parent, const char *name)
    {
        return parent.findChild<T *>(QString::fromLatin1(name));
    }

    // A policy file named as the system one is, in a directory of this test.
    QString writePolicy(const QByteArray &text)
    {
        return test::writePolicyFile(m_dir.filePath(QStringLiteral("etc/policy.conf")), text);
    }

    std::unique_ptr<QSettings> userSettings(const char *name)
    {
        return std::make_unique<QSettings>(m_dir.filePath(QString::fromLatin1(name)), QSettings::IniFormat);
    }

    // The clinic's policy: sync fixed on its server with a pin, a 5-minute lock, the dark look.
    QString clinicPolicy()
    {
        return writePolicy("[sync]\nserverUrl=https://sync.clinic.example\npinSha256=" + m_pin.toLatin1() +
                           "\ncaFile=/etc/ssl/clinic-ca.pem\nintervalMinutes=0\n"
                           "[session]\nlockTimeoutMinutes=5\n"
                           "[ui]\nappearance=dark\n");
    }

    static Preferences resolve(const QString &policyPath, const QSettings &user)
    {
        return Preferences::fromSettings(
            config::EffectiveSettings::resolve(config::ManagedPolicy::load(policyPath), user));
    }

    // For reviewing the look: NOVAMIND_SCREENSHOT_DIR=dir saves the dialog as the user sees it.
    static void screenshot(QWidget &widget, const char *name)
    {
        const QString dir = qEnvironmentVariable("NOVAMIND_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QCoreApplication::processEvents();
        widget.grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
    }

    static QList<QWidget *> fields(PreferencesDialog &dialog)
    {
        return {child<QWidget>(dialog, "languageCombo"),   child<QWidget>(dialog, "appearanceCombo"),
                child<QWidget>(dialog, "lockTimeoutSpin"), child<QWidget>(dialog, "syncServerUrl"),
                child<QWidget>(dialog, "syncServerUser"),  child<QWidget>(dialog, "syncCaFile"),
                child<QWidget>(dialog, "syncCaBrowse"),    child<QWidget>(dialog, "syncPin"),
                child<QWidget>(dialog, "syncIntervalSpin")};
    }

    static QStringList lockedKeysShown(PreferencesDialog &dialog)
    {
        QStringList keys;
        for (QLabel *marker : dialog.findChildren<QLabel *>(QStringLiteral("policyLock")))
            keys << marker->property("settingKey").toString();
        keys.sort();
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_pin = QStringLiteral("sha256//") + QString::fromLatin1(QByteArray(32, '\x5a').toBase64());
    }

    void withoutAPolicyNothingIsLocked()
    {
        auto user = userSettings("plain.ini");
        user->setValue(config::key::ServerUrl, QStringLiteral("https://mine.example"));
        PreferencesDialog dialog(resolve(m_dir.filePath(QStringLiteral("etc/absent.conf")), *user));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (QWidget *field : fields(dialog)) {
            QVERIFY(field);
            QVERIFY2(field->isEnabled(), qPrintable(field->objectName()));
            QVERIFY(field->toolTip().isEmpty() || !field->toolTip().contains(QStringLiteral("organisation")));
        }
        QVERIFY(lockedKeysShown(dialog).isEmpty());
        // Every "&" marks a shortcut to its field (without a buddy QLabel would show the "&" itself).
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->text().contains(QLatin1Char('&')))
                QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
        QVERIFY(!child<QLabel>(dialog, "managedNote"));
        QVERIFY(!child<QLabel>(dialog, "policyWarning"));
        QCOMPARE(child<QLineEdit>(dialog, "syncServerUrl")->text(), QStringLiteral("https://mine.example"));
    }

    void managedSettingsShowThePolicysValueLocked()
    {
        auto user = userSettings("managed.ini");
        user->setValue(config::key::ServerUrl, QStringLiteral("https://mine.example"));
        user->setValue(config::key::LockTimeout, 30);
        user->setValue(config::key::Language, QStringLiteral("de"));
        user->setValue(config::key::ServerUser, QStringLiteral("ada"));
        PreferencesDialog dialog(resolve(clinicPolicy(), *user));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto *url = child<QLineEdit>(dialog, "syncServerUrl");
        QVERIFY(!url->isEnabled());
        QCOMPARE(url->text(), QStringLiteral("https://sync.clinic.example"));
        QCOMPARE(url->toolTip(), kLockNote);
        QCOMPARE(url->accessibleDescription(), kLockNote);
        QCOMPARE(child<QLineEdit>(dialog, "syncPin")->text(), m_pin);
        QVERIFY(!child<QLineEdit>(dialog, "syncPin")->isEnabled());
        QCOMPARE(child<QLineEdit>(dialog, "syncCaFile")->text(), QStringLiteral("/etc/ssl/clinic-ca.pem"));
        QVERIFY(!child<QPushButton>(dialog, "syncCaBrowse")->isEnabled()); // no browsing around a locked file
        auto *interval = child<QSpinBox>(dialog, "syncIntervalSpin");
        QVERIFY(!interval->isEnabled());
        QCOMPARE(interval->text(), QStringLiteral("Only when I ask"));
        auto *lock = child<QSpinBox>(dialog, "lockTimeoutSpin");
        QVERIFY(!lock->isEnabled());
        QCOMPARE(lock->value(), 5);
        QCOMPARE(lock->toolTip(), kLockNote);
        auto *appearance = child<QComboBox>(dialog, "appearanceCombo");
        QVERIFY(!appearance->isEnabled());
        QCOMPARE(appearance->currentData().toInt(), int(Preferences::Appearance::Dark));

        // What the policy leaves alone stays the user's to change.
        auto *language = child<QComboBox>(dialog, "languageCombo");
        QVERIFY(language->isEnabled());
        QCOMPARE(language->currentData().toString(), QStringLiteral("de"));
        QVERIFY(child<QLineEdit>(dialog, "syncServerUser")->isEnabled());
        QCOMPARE(child<QLineEdit>(dialog, "syncServerUser")->text(), QStringLiteral("ada"));

        // One lock marker beside each managed setting, saying the same; the note on top says why.
        QStringList expected{config::key::ServerUrl,    config::key::PinSha256,   config::key::CaFile,
                             config::key::SyncInterval, config::key::LockTimeout, config::key::Appearance};
        expected.sort();
        QCOMPARE(lockedKeysShown(dialog), expected);
        for (QLabel *marker : dialog.findChildren<QLabel *>(QStringLiteral("policyLock"))) {
            QVERIFY(marker->isVisible());
            QCOMPARE(marker->toolTip(), kLockNote);
        }
        auto *note = child<QLabel>(dialog, "managedNote");
        QVERIFY(note && note->isVisible());
        QCOMPARE(note->text(), QStringLiteral("Some settings are managed by your organisation."));
        QVERIFY(!child<QLabel>(dialog, "policyWarning"));
        screenshot(dialog, "preferences-managed");
    }

    void preferencesAreThePolicysWhateverTheWidgetsSay()
    {
        auto user = userSettings("widgets.ini");
        PreferencesDialog dialog(resolve(clinicPolicy(), *user));
        // Disabled widgets can still be changed by code (or an accessibility tool): it must not matter.
        child<QLineEdit>(dialog, "syncServerUrl")->setText(QStringLiteral("https://attacker.example"));
        child<QLineEdit>(dialog, "syncPin")->clear();
        child<QSpinBox>(dialog, "lockTimeoutSpin")->setValue(60);
        child<QComboBox>(dialog, "appearanceCombo")->setCurrentIndex(1);
        child<QLineEdit>(dialog, "syncServerUser")->setText(QStringLiteral("dr.ada"));
        const Preferences chosen = dialog.preferences();
        QCOMPARE(chosen.sync.serverUrl, QStringLiteral("https://sync.clinic.example"));
        QCOMPARE(chosen.sync.pinSha256, m_pin);
        QCOMPARE(chosen.lockTimeout, 5min);
        QCOMPARE(chosen.appearance, Preferences::Appearance::Dark);
        QCOMPARE(chosen.sync.serverUser, QStringLiteral("dr.ada"));
        QVERIFY(chosen.isLocked(config::key::ServerUrl)); // the locks travel with the preferences
    }

    void okStoresOnlyTheUsersOwnSettings()
    {
        auto user = userSettings("save.ini");
        user->setValue(config::key::ServerUrl, QStringLiteral("https://mine.example"));
        user->sync();
        PreferencesDialog dialog(resolve(clinicPolicy(), *user));
        auto *language = child<QComboBox>(dialog, "languageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        child<QLineEdit>(dialog, "syncServerUser")->setText(QStringLiteral("dr.ada"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // OK goes through even though the locked fields are not the user's to fix.
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        dialog.preferences().save(*user);

        const QSettings reread(user->fileName(), QSettings::IniFormat);
        QCOMPARE(reread.value(config::key::Language).toString(), QStringLiteral("fr"));
        QCOMPARE(reread.value(config::key::ServerUser).toString(), QStringLiteral("dr.ada"));
        QCOMPARE(reread.value(config::key::ServerUrl).toString(), QStringLiteral("https://mine.example"));
        for (const QString &key : {config::key::PinSha256, config::key::CaFile, config::key::SyncInterval,
                                   config::key::LockTimeout, config::key::Appearance})
            QVERIFY2(!reread.contains(key), qPrintable(key));
        QFile file(user->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains("sync.clinic.example"));
        QVERIFY(!text.contains(m_pin.toLatin1()));
    }

    void policyErrorsWarnWithoutTheirContent()
    {
        auto user = userSettings("errors.ini");
        const QString path = writePolicy("[session]\nlockTimeoutMinutes=whenever\n"
                                         "[sync]\nserverUrl=ftp://files.clinic.example\nsecretToken=hunter2\n");
        const Preferences prefs = resolve(path, *user);
        QVERIFY(!prefs.policyProblems().isEmpty());
        PreferencesDialog dialog(prefs);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *warning = child<QLabel>(dialog, "policyWarning");
        QVERIFY(warning && warning->isVisible());
        QCOMPARE(warning->text(), QStringLiteral("Your organisation's policy has errors; ask IT."));
        // What could not be understood is locked to its safe side, and the file's content is shown nowhere.
        QVERIFY(!child<QSpinBox>(dialog, "lockTimeoutSpin")->isEnabled());
        QVERIFY(!child<QLineEdit>(dialog, "syncServerUrl")->isEnabled());
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            QVERIFY2(!label->text().contains(QStringLiteral("hunter2")), qPrintable(label->text()));
            QVERIFY2(!label->text().contains(QStringLiteral("whenever")), qPrintable(label->text()));
            QVERIFY2(!label->text().contains(path), qPrintable(label->text()));
        }
        // Locked empty (sync off): no example address that could pass for the organisation's.
        QVERIFY(child<QLineEdit>(dialog, "syncServerUrl")->text().isEmpty());
        QCOMPARE(child<QLineEdit>(dialog, "syncServerUrl")->placeholderText(), QStringLiteral("Not set"));
        screenshot(dialog, "preferences-policy-errors");
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "test_preferencesdialog.moc"
