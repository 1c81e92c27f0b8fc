// SettingsCatalog: the settings' specifications and the one normalisation both the user's file and the policy use.
#include "SettingsCatalog.h"

#include "models/instruments/InstrumentLibrary.h"
#include "storage/lifecycle/AuditRetention.h"
#include "sync/CppRestTransport.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>
#include <algorithm>

namespace novamind::config {

namespace {

// An error whose message is translated for the user and whose detail is the same sentence in English, which is what
// ManagedPolicy reports to administrators.
Error invalid(const char *sourceText, const QString &settingKey, const QString &expected = {})
{
    QString english = QString::fromUtf8(sourceText).arg(settingKey);
    QString translated = QCoreApplication::translate("SettingsCatalog", sourceText).arg(settingKey);
    if (!expected.isEmpty()) {
        english = english.arg(expected);
        translated = translated.arg(expected);
    }
    return Error(ErrorCode::Usage, translated, english);
}

// The one string a non-list setting needs; a QStringList (an INI value with a comma in it) is not one.
std::optional<QString> singleText(const QVariant &raw)
{
    if (!raw.isValid() || raw.isNull())
        return QString();
    if (raw.metaType().id() == QMetaType::QStringList) {
        const QStringList list = raw.toStringList();
        if (list.size() > 1)
            return std::nullopt;
        return list.isEmpty() ? QString() : list.first().trimmed();
    }
    if (!raw.canConvert<QString>())
        return std::nullopt;
    return raw.toString().trimmed();
}

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

Result<QVariant> normaliseText(const SettingSpec &spec, const QVariant &raw)
{
    const auto text = singleText(raw);
    if (!text || hasControlCharacter(*text))
        return invalid(QT_TRANSLATE_NOOP("SettingsCatalog", "The setting %1 must be a single line of text."), spec.key);
    return QVariant(*text);
}

Result<QVariant> normaliseServerUrl(const SettingSpec &spec, const QVariant &raw)
{
    const auto text = singleText(raw);
    if (text && text->isEmpty())
        return QVariant(QString());
    const auto refuse = [&spec] {
        return invalid(QT_TRANSLATE_NOOP("SettingsCatalog",
                                         "The setting %1 must be an http or https address with a host name, without a "
                                         "user name, query or fragment (for example https://sync.example.org)."),
                       spec.key);
    };
    if (!text || hasControlCharacter(*text))
        return refuse();
    const QUrl url(*text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    // User-info would put a credential into a settings file; query and fragment would be lost when paths are appended.
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) ||
        url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return refuse();
    return QVariant(*text);
}

Result<QVariant> normaliseFilePath(const SettingSpec &spec, const QVariant &raw)
{
    const auto text = singleText(raw);
    if (text && text->isEmpty())
        return QVariant(QString());
    // Relative paths would depend on the directory the application happens to be started from.
    if (!text || hasControlCharacter(*text) || !QDir::isAbsolutePath(*text))
        return invalid(QT_TRANSLATE_NOOP("SettingsCatalog", "The setting %1 must be an absolute file path."), spec.key);
    return QVariant(*text);
}

Result<QVariant> normalisePin(const SettingSpec &spec, const QVariant &raw)
{
    const auto text = singleText(raw);
    if (text && text->isEmpty())
        return QVariant(QString());
    if (!text || !parsePinSha256(*text).ok())
        return invalid(QT_TRANSLATE_NOOP("SettingsCatalog",
                                         "The setting %1 must be a SHA-256 pin: \"sha256//\" followed by base64, plain "
                                         "base64, or 64 hexadecimal digits."),
                       spec.key);
    // Kept as written: the transport parses it again, and an administrator recognises their own spelling.
    return QVariant(*text);
}

Result<QVariant> normaliseMinutes(const SettingSpec &spec, const QVariant &raw)
{
    const auto number = wholeNumber(raw);
    if (!number || *number < spec.minimum || *number > spec.maximum)
        return invalid(
            QT_TRANSLATE_NOOP("SettingsCatalog", "The setting %1 must be a whole number of minutes from %2."), spec.key,
            QStringLiteral("%1 to %2").arg(spec.minimum).arg(spec.maximum));
    return QVariant(*number);
}

Result<QVariant> normaliseChoice(const SettingSpec &spec, const QVariant &raw)
{
    const auto text = singleText(raw);
    if (text) {
        for (const QString &choice : spec.choices) {
            if (choice.compare(*text, Qt::CaseInsensitive) == 0)
                return QVariant(choice);
        }
    }
    QStringList shown;
    for (const QString &choice : spec.choices)
        shown << (choice.isEmpty() ? QStringLiteral("\"\"") : choice);
    return invalid(QT_TRANSLATE_NOOP("SettingsCatalog", "The setting %1 must be one of %2."), spec.key,
                   shown.join(QStringLiteral(", ")));
}

Result<QVariant> normaliseInstruments(const SettingSpec &spec, const QVariant &raw)
{
    const QStringList entries = listEntries(raw);
    if (entries.size() == 1 && entries.first().compare(kNoInstrument, Qt::CaseInsensitive) == 0)
        return QVariant(QStringList{kNoInstrument});
    QStringList ids;
    QStringList unknown;
    for (const QString &entry : entries) {
        const QString id = canonicalInstrumentId(entry);
        if (id.isEmpty())
            unknown << entry;
        else if (!ids.contains(id))
            ids << id;
    }
    if (!unknown.isEmpty())
        return invalid(
            QT_TRANSLATE_NOOP("SettingsCatalog",
                              "The setting %1 lists unknown instruments; use ids from %2, or \"none\" alone."),
            spec.key, InstrumentLibrary::builtin().ids().join(QStringLiteral(", ")));
    return QVariant(ids);
}

Result<QVariant> normaliseBoolean(const SettingSpec &spec, const QVariant &raw)
{
    if (raw.metaType().id() == QMetaType::Bool)
        return QVariant(raw.toBool());
    const auto text = singleText(raw);
    if (text) {
        const QString lower = text->toLower();
        for (const char *yes : {"true", "1", "yes", "on"}) {
            if (lower == QLatin1String(yes))
                return QVariant(true);
        }
        for (const char *no : {"false", "0", "no", "off"}) {
            if (lower == QLatin1String(no))
                return QVariant(false);
        }
    }
    return invalid(QT_TRANSLATE_NOOP("SettingsCatalog", "The setting %1 must be true or false."), spec.key);
}

SettingSpec spec(const QString &settingKey, SettingKind kind, const QVariant &defaultValue, const QVariant &failSafe,
                 const char *summary)
{
    SettingSpec s;
    s.key = settingKey;
    s.kind = kind;
    s.defaultValue = defaultValue;
    s.failSafe = failSafe;
    s.summary = QString::fromUtf8(summary);
    return s;
}

// A number of days, in the whole-number kind, from 0 to `maximum`.
SettingSpec days(const QString &settingKey, qint64 defaultDays, qint64 failSafeDays, qint64 maximum,
                 const char *summary)
{
    SettingSpec s = spec(settingKey, SettingKind::Minutes, QVariant(defaultDays), QVariant(failSafeDays), summary);
    s.minimum = 0;
    s.maximum = maximum;
    return s;
}

std::vector<SettingSpec> buildCatalog()
{
    std::vector<SettingSpec> catalog;
    // Without a server address the application does not sync: nothing leaves the machine.
    catalog.push_back(spec(key::ServerUrl, SettingKind::ServerUrl, QString(), QString(),
                           "Sync server address (https://host[:port]); empty = no sync"));
    // Empty = the replica's own user name, which the server still has to accept with its password.
    catalog.push_back(spec(key::ServerUser, SettingKind::Text, QString(), QString(),
                           "User name on the sync server; empty = the replica's user"));
    // Extra trust anchors only add to the system store, so trusting fewer of them is the safe side.
    catalog.push_back(spec(key::CaFile, SettingKind::FilePath, QString(), QString(),
                           "Extra CA certificates (PEM) trusted for the sync server"));
    // "" here, but ManagedPolicy also turns sync off when the policy's pin is unusable: see ManagedPolicy.cpp.
    catalog.push_back(spec(key::PinSha256, SettingKind::PinSha256, QString(), QString(),
                           "SHA-256 pin of the sync server's public key"));
    // The interval only changes how soon data reaches the server, not who may see it: an unreadable one keeps the
    // default rather than stopping automatic sync (and with it the audit log's shipping).
    SettingSpec interval = spec(key::SyncInterval, SettingKind::Minutes, QVariant(qint64(15)), QVariant(qint64(15)),
                                "Minutes between automatic syncs; 0 = only on demand");
    interval.minimum = 0;
    interval.maximum = kMaxSyncIntervalMinutes;
    catalog.push_back(interval);
    // The shortest lock timeout exposes an unattended screen for the least time.
    SettingSpec lock = spec(key::LockTimeout, SettingKind::Minutes, QVariant(qint64(10)), QVariant(qint64(1)),
                            "Minutes of inactivity before the application locks");
    lock.minimum = kMinLockTimeoutMinutes;
    lock.maximum = kMaxLockTimeoutMinutes;
    catalog.push_back(lock);
    SettingSpec language =
        spec(key::Language, SettingKind::Choice, QString(), QString(), "User interface language; empty = the system's");
    language.choices = {QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
                        QStringLiteral("es")};
    catalog.push_back(language);
    SettingSpec appearance = spec(key::Appearance, SettingKind::Choice, QStringLiteral("system"),
                                  QStringLiteral("system"), "Colour scheme: system, light or dark");
    appearance.choices = {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
    catalog.push_back(appearance);
    // An unreadable allow-list must not turn into "everything": it locks to no instrument at all.
    catalog.push_back(spec(key::AllowedInstruments, SettingKind::InstrumentList, QStringList(),
                           QStringList{kNoInstrument},
                           "Instruments that may be started; empty = all, none = no instrument"));
    // Break-glass access widens who sees a record; when in doubt it stays off.
    catalog.push_back(spec(key::BreakGlass, SettingKind::Boolean, true, false,
                           "Whether emergency (break-glass) access to a patient's record may be requested"));
    // Eviction removes data (it comes back at the next sync): when in doubt, never.
    catalog.push_back(days(key::EvictAfterDays, 0, 0, 3650,
                           "Days without opening after which a patient with nothing unsent leaves this device "
                           "until the next sync; 0 = never"));
    // A month to notice a deletion by mistake; a deleted patient with unsent work waits for the sync that sends it.
    catalog.push_back(
        days(key::PurgeDeletedAfterDays, 30, 30, 3650,
             "Days after which a patient deleted on this device is removed from it for good; 0 = only by hand"));
    // Six years (HIPAA). Only entries the server acknowledged are ever pruned; an unreadable value keeps everything.
    catalog.push_back(days(key::AuditRetentionDays, AuditRetention::kDefaultRetentionDays, 0, 36500,
                           "Days audit entries the server acknowledged stay on this device; 0 = keep them all"));
    return catalog;
}

} // namespace

const std::vector<SettingSpec> &settingsCatalog()
{
    static const std::vector<SettingSpec> catalog = buildCatalog();
    return catalog;
}

const SettingSpec *findSetting(const QString &settingKey)
{
    for (const SettingSpec &s : settingsCatalog()) {
        if (s.key == settingKey)
            return &s;
    }
    return nullptr;
}

Result<QVariant> normaliseSetting(const SettingSpec &spec, const QVariant &raw)
{
    switch (spec.kind) {
    case SettingKind::Text:
        return normaliseText(spec, raw);
    case SettingKind::ServerUrl:
        return normaliseServerUrl(spec, raw);
    case SettingKind::FilePath:
        return normaliseFilePath(spec, raw);
    case SettingKind::PinSha256:
        return normalisePin(spec, raw);
    case SettingKind::Minutes:
        return normaliseMinutes(spec, raw);
    case SettingKind::Choice:
        return normaliseChoice(spec, raw);
    case SettingKind::InstrumentList:
        return normaliseInstruments(spec, raw);
    case SettingKind::Boolean:
        return normaliseBoolean(spec, raw);
    }
    Q_ASSERT_X(false, "normaliseSetting", "unhandled setting kind");
    return Error(ErrorCode::Internal, QString());
}

std::optional<qint64> wholeNumber(const QVariant &raw)
{
    switch (raw.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return raw.toLongLong();
    case QMetaType::ULongLong:
    case QMetaType::ULong: {
        bool ok = false;
        const qint64 n = raw.toLongLong(&ok);
        return ok && n >= 0 ? std::optional<qint64>(n) : std::nullopt;
    }
    case QMetaType::QString: {
        bool ok = false;
        const qint64 n = raw.toString().trimmed().toLongLong(&ok, 10);
        return ok ? std::optional<qint64>(n) : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

QStringList listEntries(const QVariant &raw)
{
    QStringList parts;
    if (raw.metaType().id() == QMetaType::QStringList)
        parts = raw.toStringList();
    else if (raw.canConvert<QString>())
        parts = raw.toString().split(QLatin1Char(','));
    QStringList entries;
    for (const QString &part : std::as_const(parts)) {
        // A string list entry may itself hold commas when it was typed as one value.
        for (const QString &piece : part.split(QLatin1Char(','))) {
            const QString trimmed = piece.trimmed();
            if (!trimmed.isEmpty())
                entries << trimmed;
        }
    }
    return entries;
}

} // namespace novamind::config
