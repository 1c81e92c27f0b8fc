#pragma once
// SyncSettings: where and how often the GUI syncs (server, credentials' user, trust anchors), as stored by QSettings.

#include <QString>
#include <chrono>

class QSettings;

namespace novamind {

// One struct so that a managed policy can later lock these fields together.
struct SyncSettings
{
    QString serverUrl;                 // "https://host:port"; empty = sync not set up
    QString serverUser;                // empty = the replica's user
    QString caFile;                    // extra trusted CA certificates (PEM); optional
    QString pinSha256;                 // "sha256//BASE64", plain base64 or 64 hex digits; optional
    std::chrono::minutes interval{15}; // 0 = only on demand
    static constexpr std::chrono::minutes kMaxInterval{24 * 60};

    bool isConfigured() const { return !serverUrl.trimmed().isEmpty(); }
    // The user to sign in as: serverUser, or the replica's user when none is set.
    QString effectiveUser(const QString &replicaUser) const;

    // Out-of-range values fall back to the defaults above.
    static SyncSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    bool operator==(const SyncSettings &) const = default;
};

} // namespace novamind
