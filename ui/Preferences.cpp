#include "ui/Preferences.h"

#include "app/config/EffectiveSettings.h"
#include "app/config/SettingsCatalog.h"

#include <QSettings>
#include <QStringList>

namespace novamind {

namespace {

QString appearanceName(Preferences::Appearance appearance)
{
    switch (appearance) {
    case Preferences::Appearance::Light:
        return QStringLiteral("light");
    case Preferences::Appearance::Dark:
        return QStringLiteral("dark");
    case Preferences::Appearance::System:
        break;
    }
    return QStringLiteral("system");
}

} // namespace

QStringList Preferences::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

Preferences Preferences::load()
{
    return fromSettings(config::EffectiveSettings::load());
}

Preferences Preferences::fromSettings(const config::EffectiveSettings &settings)
{
    Preferences prefs;
    prefs.policy = settings.policy();
    const QString language = settings.text(config::key::Language);
    if (availableLanguages().contains(language))
        prefs.language = language;
    const QString appearance = settings.text(config::key::Appearance);
    if (appearance == QLatin1String("light"))
        prefs.appearance = Appearance::Light;
    else if (appearance == QLatin1String("dark"))
        prefs.appearance = Appearance::Dark;
    const qint64 minutes = settings.number(config::key::LockTimeout);
    if (minutes >= kMinLockTimeout.count() && minutes <= kMaxLockTimeout.count())
        prefs.lockTimeout = std::chrono::minutes(minutes);
    prefs.sync = SyncSettings::fromSettings(settings);
    // The catalogue keeps the days within their ranges and falls back to its safe value when unreadable.
    prefs.upkeep = settings.lifecycleSchedule();
    prefs.allowedInstruments = settings.list(config::key::AllowedInstruments);
    // Emergency access stays available unless something says otherwise: it is the default in the catalogue too.
    const QVariant breakGlass = settings.value(config::key::BreakGlass);
    prefs.breakGlassAllowed = !breakGlass.isValid() || breakGlass.toBool();
    return prefs;
}

void Preferences::save() const
{
    save(*config::openUserSettings());
}

void Preferences::save(QSettings &user) const
{
    // Resolved again against the file as it is now, so that storeUserValue compares with what is really stored.
    const config::EffectiveSettings current = config::EffectiveSettings::resolve(policy, user);
    auto store = [&](const QString &key, const QVariant &value) {
        // storeUserValue refuses locked keys as well; checking here keeps this policy's locks even if the current
        // resolution differs.
        if (!isLocked(key))
            config::EffectiveSettings::storeUserValue(user, current, key, value);
    };
    store(config::key::Language, language);
    store(config::key::Appearance, appearanceName(appearance));
    store(config::key::LockTimeout, static_cast<qint64>(lockTimeout.count()));
    sync.save(user, current, policy);
    user.sync();
}

} // namespace novamind
