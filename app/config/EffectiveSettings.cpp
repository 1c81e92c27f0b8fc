// EffectiveSettings: resolves every catalogue setting from the policy, the user's file and the defaults.
#include "EffectiveSettings.h"

#include "SettingsCatalog.h"

#include <QJsonArray>
#include <QSettings>
#include <QStandardPaths>

namespace novamind::config {

QString sourceName(SettingSource source)
{
    switch (source) {
    case SettingSource::Default:
        return QStringLiteral("default");
    case SettingSource::User:
        return QStringLiteral("user");
    case SettingSource::Policy:
        return QStringLiteral("policy");
    }
    return QStringLiteral("default");
}

std::unique_ptr<QSettings> openUserSettings()
{
    auto settings = std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, kOrganizationName,
                                                kGuiApplicationName);
    // Qt would otherwise also read /etc/xdg/Novamind/*.conf as defaults: only ManagedPolicy reads system files.
    settings->setFallbacksEnabled(false);
    return settings;
}

QString defaultReplicaPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1Char('/') +
           kOrganizationName + QLatin1Char('/') + kGuiApplicationName + QStringLiteral("/replica.db");
}

EffectiveSettings EffectiveSettings::resolve(const ManagedPolicy &policy, const QSettings &user)
{
    EffectiveSettings settings;
    settings.m_policy = policy;
    settings.m_userFile = user.fileName();
    for (const SettingSpec &spec : settingsCatalog()) {
        Entry entry{spec.defaultValue, SettingSource::Default};
        if (policy.manages(spec.key)) {
            entry = {policy.value(spec.key), SettingSource::Policy};
        } else if (user.contains(spec.key)) {
            auto normal = normaliseSetting(spec, user.value(spec.key));
            if (normal.ok())
                entry = {normal.value(), SettingSource::User};
        }
        settings.m_entries[spec.key] = entry;
    }
    return settings;
}

EffectiveSettings EffectiveSettings::load()
{
    return resolve(ManagedPolicy::loadSystem(), *openUserSettings());
}

LifecycleSchedule EffectiveSettings::lifecycleSchedule() const
{
    LifecycleSchedule days;
    days.evictAfterDays = int(number(key::EvictAfterDays));
    days.purgeDeletedAfterDays = int(number(key::PurgeDeletedAfterDays));
    days.auditRetentionDays = int(number(key::AuditRetentionDays));
    return days;
}

QVariant EffectiveSettings::value(const QString &key) const
{
    const auto it = m_entries.find(key);
    return it == m_entries.end() ? QVariant() : it->second.value;
}

SettingSource EffectiveSettings::source(const QString &key) const
{
    const auto it = m_entries.find(key);
    return it == m_entries.end() ? SettingSource::Default : it->second.source;
}

bool EffectiveSettings::storeUserValue(QSettings &user, const EffectiveSettings &current, const QString &key,
                                       const QVariant &value)
{
    const SettingSpec *spec = findSetting(key);
    if (!spec || current.isLocked(key) || current.policy().manages(key))
        return false;
    auto normal = normaliseSetting(*spec, value);
    if (!normal.ok())
        return false;
    // Without an entry, a later change of the default reaches this user too.
    if (normal.value() == spec->defaultValue)
        user.remove(key);
    else
        user.setValue(key, normal.value());
    user.sync();
    return user.status() == QSettings::NoError;
}

QJsonObject EffectiveSettings::toJson() const
{
    QJsonArray problems;
    for (const QString &problem : m_policy.problems())
        problems.append(problem);
    QJsonArray settings;
    for (const SettingSpec &spec : settingsCatalog()) {
        const QVariant v = value(spec.key);
        QJsonValue json;
        switch (spec.kind) {
        case SettingKind::Minutes:
            json = v.toLongLong();
            break;
        case SettingKind::Boolean:
            json = v.toBool();
            break;
        case SettingKind::InstrumentList:
            json = QJsonArray::fromStringList(v.toStringList());
            break;
        default:
            json = v.toString();
            break;
        }
        settings.append(QJsonObject{{QStringLiteral("key"), spec.key},
                                    {QStringLiteral("value"), json},
                                    {QStringLiteral("source"), sourceName(source(spec.key))},
                                    {QStringLiteral("locked"), isLocked(spec.key)}});
    }
    return QJsonObject{{QStringLiteral("policy_file"), m_policy.path()},
                       {QStringLiteral("policy_present"), m_policy.present()},
                       {QStringLiteral("user_settings_file"), m_userFile},
                       {QStringLiteral("problems"), problems},
                       {QStringLiteral("settings"), settings}};
}

} // namespace novamind::config
