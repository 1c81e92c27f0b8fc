#pragma once
// ManagedPolicy: the administrator's policy file (INI, /etc/xdg/Novamind/policy.conf by default). Every key it sets
// overrides the user's setting and is shown locked. A value it sets but that cannot be understood locks the setting
// to the catalogue's fail-safe value and is reported as a problem; unknown keys are reported and ignored.

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace novamind::config {

class ManagedPolicy
{
public:
    // The policy file this build reads: NOVAMIND_POLICY_FILE at configure time, "/etc/xdg/Novamind/policy.conf" by
    // default. Fixed, not taken from the environment, so that a user cannot point the application elsewhere.
    static QString systemPath();

    // A missing file is no policy (not a problem). An unreadable or malformed file is a problem; what could be read
    // still applies.
    static ManagedPolicy load(const QString &path);
    static ManagedPolicy loadSystem() { return load(systemPath()); }

    const QString &path() const { return m_path; }
    bool present() const { return m_present; }
    bool manages(const QString &key) const { return m_values.contains(key); }
    // The normalised value (or the fail-safe one) of a managed key; invalid QVariant when not managed.
    QVariant value(const QString &key) const { return m_values.value(key); }
    QStringList managedKeys() const { return m_values.keys(); }
    // One English sentence each, naming the file and key; never a secret (the policy holds none).
    const QStringList &problems() const { return m_problems; }

private:
    QString m_path;
    bool m_present = false;
    QMap<QString, QVariant> m_values;
    QStringList m_problems;
};

} // namespace novamind::config
