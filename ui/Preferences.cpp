#include "ui/Preferences.h"

#include <QSettings>
#include <QStringList>
#include <algorithm>

namespace novamind {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");
const QString kAppearanceKey = QStringLiteral("ui/appearance");
const QString kLockKey = QStringLiteral("session/lockTimeoutMinutes");

} // namespace

QStringList Preferences::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

Preferences Preferences::load()
{
    QSettings settings;
    Preferences prefs;
    const QString language = settings.value(kLanguageKey).toString();
    if (availableLanguages().contains(language))
        prefs.language = language;
    const QString appearance = settings.value(kAppearanceKey).toString();
    if (appearance == QLatin1String("light"))
        prefs.appearance = Appearance::Light;
    else if (appearance == QLatin1String("dark"))
        prefs.appearance = Appearance::Dark;
    bool ok = false;
    const int minutes = settings.value(kLockKey).toInt(&ok);
    if (ok && minutes >= kMinLockTimeout.count() && minutes <= kMaxLockTimeout.count())
        prefs.lockTimeout = std::chrono::minutes(minutes);
    prefs.sync = SyncSettings::load(settings);
    return prefs;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(kLanguageKey, language);
    const char *appearanceName = appearance == Appearance::Light  ? "light"
                                 : appearance == Appearance::Dark ? "dark"
                                                                  : "system";
    settings.setValue(kAppearanceKey, QString::fromLatin1(appearanceName));
    settings.setValue(kLockKey, static_cast<int>(lockTimeout.count()));
    sync.save(settings);
}

} // namespace novamind
