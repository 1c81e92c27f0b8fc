#include "EffectiveSettings.h"

#include <QSettings>

namespace novamind::config {

// Stub: implemented by the config work (issue 7).
QString sourceName(SettingSource)
{
    return QStringLiteral("default");
}

std::unique_ptr<QSettings> openUserSettings()
{
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, kOrganizationName,
                                       kGuiApplicationName);
}

QString defaultReplicaPath()
{
    return {};
}

EffectiveSettings EffectiveSettings::resolve(const ManagedPolicy &policy, const QSettings &)
{
    EffectiveSettings settings;
    settings.m_policy = policy;
    return settings;
}

EffectiveSettings EffectiveSettings::load()
{
    return resolve(ManagedPolicy::loadSystem(), *openUserSettings());
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

bool EffectiveSettings::storeUserValue(QSettings &, const EffectiveSettings &, const QString &, const QVariant &)
{
    return false;
}

QJsonObject EffectiveSettings::toJson() const
{
    return {};
}

} // namespace novamind::config
