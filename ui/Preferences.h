#pragma once
// Preferences: the settings the GUI applies (language, appearance, lock timeout, sync, instruments, emergency access),
// resolved from the organisation's managed policy over the user's own settings.

#include "app/config/ManagedPolicy.h"
#include "app/config/SettingsCatalog.h"
#include "storage/lifecycle/LifecyclePolicy.h"
#include "ui/sync/SyncSettings.h"

#include <QString>
#include <QStringList>
#include <chrono>

class QSettings;

namespace novamind {

namespace config {
class EffectiveSettings;
}

struct Preferences
{
    enum class Appearance
    {
        System, // the platform's own palette
        Light,
        Dark,
    };

    QString language; // "" = follow the system locale; otherwise "en", "de", "fr", "es"
    Appearance appearance = Appearance::System;
    std::chrono::minutes lockTimeout{10}; // lock after this long without input
    static constexpr std::chrono::minutes kMinLockTimeout{config::kMinLockTimeoutMinutes};
    static constexpr std::chrono::minutes kMaxLockTimeout{config::kMaxLockTimeoutMinutes};
    SyncSettings sync;
    // Upkeep after each successful sync (SyncController::setUpkeep). Only the policy or the settings file sets it;
    // the Preferences dialog does not offer it.
    LifecycleSchedule upkeep;
    // Only the policy restricts these; the Preferences dialog does not offer them.
    QStringList allowedInstruments; // instrument ids offered for new assessments; empty = every instrument
    bool breakGlassAllowed = true;  // emergency access to patients outside one's care

    // The policy the values above were resolved with: which keys it locks, its file and its problems.
    config::ManagedPolicy policy;

    bool isLocked(const QString &key) const { return policy.manages(key); }
    bool isManaged() const { return !policy.managedKeys().isEmpty(); }
    QString policyFile() const { return policy.path(); }
    QStringList policyProblems() const { return policy.problems(); }

    // The system policy over the user's settings (config::openUserSettings()).
    static Preferences load();
    // From settings already resolved (tests give a policy file of their own); values the GUI cannot use fall back to
    // the defaults above.
    static Preferences fromSettings(const config::EffectiveSettings &settings);
    // Stores the user's choices in the user's settings; a key the policy locks is never written, nor is a policy value.
    void save() const;
    void save(QSettings &user) const;

    // The languages the application ships, as codes ("en" first).
    static QStringList availableLanguages();
};

} // namespace novamind
