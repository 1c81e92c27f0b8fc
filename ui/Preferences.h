#pragma once
// Preferences: the user's settings (language, appearance, lock timeout, sync) as stored by QSettings.

#include "ui/sync/SyncSettings.h"

#include <QString>
#include <chrono>

namespace novamind {

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
    static constexpr std::chrono::minutes kMinLockTimeout{1};
    static constexpr std::chrono::minutes kMaxLockTimeout{60};
    SyncSettings sync;

    // Reads the user's QSettings; out-of-range or unknown values fall back to the defaults above.
    static Preferences load();
    void save() const;

    // The languages the application ships, as codes ("en" first).
    static QStringList availableLanguages();
};

} // namespace novamind
