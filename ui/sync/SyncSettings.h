#pragma once
// SyncSettings: where and how often the GUI syncs (server, credentials' user, trust anchors), as the managed policy
// and the user's settings set them.

#include "app/config/SettingsCatalog.h"

#include <QString>
#include <chrono>

class QSettings;

namespace novamind {

namespace config {
class EffectiveSettings;
class ManagedPolicy;
} // namespace config

struct SyncSettings
{
    QString serverUrl;                 // "https://host:port"; empty = sync not set up
    QString serverUser;                // empty = the replica's user
    QString caFile;                    // extra trusted CA certificates (PEM); optional
    QString pinSha256;                 // "sha256//BASE64", plain base64 or 64 hex digits; optional
    std::chrono::minutes interval{15}; // 0 = only on demand
    static constexpr std::chrono::minutes kMaxInterval{config::kMaxSyncIntervalMinutes};

    bool isConfigured() const { return !serverUrl.trimmed().isEmpty(); }
    // The user to sign in as: serverUser, or the replica's user when none is set.
    QString effectiveUser(const QString &replicaUser) const;

    // Values the sync engine cannot use fall back to the defaults above.
    static SyncSettings fromSettings(const config::EffectiveSettings &settings);
    // Stores into the user's settings every field `policy` does not lock (`current`: the user's file resolved now).
    void save(QSettings &user, const config::EffectiveSettings &current, const config::ManagedPolicy &policy) const;

    bool operator==(const SyncSettings &) const = default;
};

} // namespace novamind
