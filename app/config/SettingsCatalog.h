#pragma once
// SettingsCatalog: every setting a user or the managed policy can set — its key, kind, default and limits. The keys
// are the same in the user's settings file and in the managed policy file (docs/admin.md lists them).

#include "models/Result.h"
#include "models/instruments/InstrumentAllowList.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>
#include <vector>

namespace novamind::config {

// The keys, as written in QSettings files ("group/name").
namespace key {
inline const QString ServerUrl = QStringLiteral("sync/serverUrl");
inline const QString ServerUser = QStringLiteral("sync/serverUser");
inline const QString CaFile = QStringLiteral("sync/caFile");
inline const QString PinSha256 = QStringLiteral("sync/pinSha256");
inline const QString SyncInterval = QStringLiteral("sync/intervalMinutes");
inline const QString LockTimeout = QStringLiteral("session/lockTimeoutMinutes");
inline const QString Language = QStringLiteral("ui/language");
inline const QString Appearance = QStringLiteral("ui/appearance");
inline const QString AllowedInstruments = QStringLiteral("assessments/allowedInstruments");
inline const QString BreakGlass = QStringLiteral("access/breakGlass");
inline const QString EvictAfterDays = QStringLiteral("replica/evictAfterDays");
inline const QString AuditRetentionDays = QStringLiteral("audit/retentionDays");
inline const QString PurgeDeletedAfterDays = QStringLiteral("replica/purgeDeletedAfterDays");
} // namespace key

// The allow-list rule (empty = all, {"none"} = none) is models/instruments/InstrumentAllowList's.
using novamind::canonicalInstrumentId;
using novamind::instrumentAllowed;
using novamind::kNoInstrument;

// The limits of the two minute settings, which the GUI's spin boxes use too.
inline constexpr qint64 kMinLockTimeoutMinutes = 1;
inline constexpr qint64 kMaxLockTimeoutMinutes = 60;
inline constexpr qint64 kMaxSyncIntervalMinutes = 24 * 60;

enum class SettingKind
{
    Text,           // any single line
    ServerUrl,      // "" or an http(s) URL with a host
    FilePath,       // "" or an absolute path
    PinSha256,      // "" or a pin sync/Transport's parsePinSha256 accepts: "sha256//BASE64", base64 or 64 hex digits
    Minutes,        // whole number in [minimum, maximum]
    Choice,         // one of `choices`
    InstrumentList, // instrument ids known to InstrumentLibrary::builtin(); empty = every instrument, and the single
                    // entry kNoInstrument = none at all
    Boolean,        // true/false (also 1/0, yes/no, on/off)
};

struct SettingSpec
{
    QString key;
    SettingKind kind = SettingKind::Text;
    QVariant defaultValue; // QString, qint64 (Minutes), QStringList (InstrumentList) or bool
    qint64 minimum = 0;    // Minutes
    qint64 maximum = 0;    // Minutes
    QStringList choices;   // Choice
    // What a managed policy value that cannot be understood locks the setting to: the safe side, never "open".
    QVariant failSafe;
    QString summary; // one English line for `novamindctl policy --text` and the admin guide
};

// In a fixed order (the order `novamindctl policy` prints them).
const std::vector<SettingSpec> &settingsCatalog();
const SettingSpec *findSetting(const QString &key);

// The value in its normal form (the types of SettingSpec::defaultValue) from a raw one — a string or string list as
// read from an INI file, or an already typed QVariant — or an error sentence naming the key and what is expected
// (translated in `message`; the same sentence in English in `detail`, which ManagedPolicy reports to administrators).
Result<QVariant> normaliseSetting(const SettingSpec &spec, const QVariant &raw);

// The whole number in a raw value (15, "15", " 15 "), whatever its range; std::nullopt when it is not one.
std::optional<qint64> wholeNumber(const QVariant &raw);
// The entries of a raw list value: a QStringList, or one string split at commas; trimmed, empty entries dropped.
QStringList listEntries(const QVariant &raw);

} // namespace novamind::config
