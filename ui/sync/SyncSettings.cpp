#include "ui/sync/SyncSettings.h"

#include "app/config/EffectiveSettings.h"
#include "app/config/SettingsCatalog.h"

#include <QSettings>

namespace novamind {

QString SyncSettings::effectiveUser(const QString &replicaUser) const
{
    const QString user = serverUser.trimmed();
    return user.isEmpty() ? replicaUser : user;
}

SyncSettings SyncSettings::fromSettings(const config::EffectiveSettings &settings)
{
    SyncSettings s;
    s.serverUrl = settings.text(config::key::ServerUrl).trimmed();
    s.serverUser = settings.text(config::key::ServerUser).trimmed();
    s.caFile = settings.text(config::key::CaFile).trimmed();
    s.pinSha256 = settings.text(config::key::PinSha256).trimmed();
    const QVariant interval = settings.value(config::key::SyncInterval);
    bool ok = false;
    const qint64 minutes = interval.toLongLong(&ok);
    if (ok && minutes >= 0 && minutes <= kMaxInterval.count())
        s.interval = std::chrono::minutes(minutes);
    return s;
}

void SyncSettings::save(QSettings &user, const config::EffectiveSettings &current,
                        const config::ManagedPolicy &policy) const
{
    auto store = [&](const QString &key, const QVariant &value) {
        if (!policy.manages(key))
            config::EffectiveSettings::storeUserValue(user, current, key, value);
    };
    store(config::key::ServerUrl, serverUrl.trimmed());
    store(config::key::ServerUser, serverUser.trimmed());
    store(config::key::CaFile, caFile.trimmed());
    store(config::key::PinSha256, pinSha256.trimmed());
    store(config::key::SyncInterval, static_cast<qint64>(interval.count()));
}

} // namespace novamind
