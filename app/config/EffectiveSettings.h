#pragma once
// EffectiveSettings: each setting's value and where it came from — the managed policy, the user's settings or the
// built-in default. The GUI (ui/Preferences) and novamindctl (policy, sync, provision) resolve settings only here,
// so both read the same files the same way.

#include "ManagedPolicy.h"
#include "storage/lifecycle/LifecyclePolicy.h"

#include <QJsonObject>
#include <QString>
#include <QVariant>
#include <map>
#include <memory>

class QSettings;

namespace novamind::config {

enum class SettingSource
{
    Default,
    User,
    Policy,
};

// "default", "user", "policy": the names `novamindctl policy` prints.
QString sourceName(SettingSource source);

// The organisation and application names the GUI's QSettings file is kept under.
inline const QString kOrganizationName = QStringLiteral("Novamind");
inline const QString kGuiApplicationName = QStringLiteral("Novamind Clinician");

// The GUI's user settings file of the OS user running this process (also from novamindctl), with Qt's system-wide
// fallback files disabled: only the policy file is read from outside the user's home.
std::unique_ptr<QSettings> openUserSettings();

// Where the GUI looks for the replica when no --db is given: $XDG_DATA_HOME/Novamind/Novamind Clinician/replica.db.
QString defaultReplicaPath();

class EffectiveSettings
{
public:
    // Invalid user values fall back to the default (they are the user's to fix, and are not reported).
    static EffectiveSettings resolve(const ManagedPolicy &policy, const QSettings &user);
    // The system policy and the current OS user's settings.
    static EffectiveSettings load();

    QVariant value(const QString &key) const;
    QString text(const QString &key) const { return value(key).toString(); }
    qint64 number(const QString &key) const { return value(key).toLongLong(); }
    bool flag(const QString &key) const { return value(key).toBool(); }
    QStringList list(const QString &key) const { return value(key).toStringList(); }
    // The days of the replica's upkeep (eviction, purge of deleted patients, audit retention).
    LifecycleSchedule lifecycleSchedule() const;

    SettingSource source(const QString &key) const;
    bool isLocked(const QString &key) const { return source(key) == SettingSource::Policy; }
    const ManagedPolicy &policy() const { return m_policy; }

    // Stores `value` as the user's setting unless the policy manages `key` (then returns false and writes nothing);
    // a value equal to the default removes the user's entry. Policy values are never copied into the user's file.
    // Also false, writing nothing, for a value normaliseSetting refuses; false too when the file cannot be written.
    static bool storeUserValue(QSettings &user, const EffectiveSettings &current, const QString &key,
                               const QVariant &value);

    // {"policy_file": PATH, "policy_present": BOOL, "user_settings_file": PATH, "problems": [...],
    //  "settings": [{"key", "value", "source", "locked"}...] } in catalogue order.
    QJsonObject toJson() const;

private:
    struct Entry
    {
        QVariant value;
        SettingSource source = SettingSource::Default;
    };
    ManagedPolicy m_policy;
    QString m_userFile;
    std::map<QString, Entry> m_entries;
};

} // namespace novamind::config
