#include "ui/sync/SyncSettings.h"

#include <QSettings>

namespace novamind {

namespace {

const QString kUrlKey = QStringLiteral("sync/serverUrl");
const QString kUserKey = QStringLiteral("sync/serverUser");
const QString kCaKey = QStringLiteral("sync/caFile");
const QString kPinKey = QStringLiteral("sync/pinSha256");
const QString kIntervalKey = QStringLiteral("sync/intervalMinutes");

} // namespace

QString SyncSettings::effectiveUser(const QString &replicaUser) const
{
    const QString user = serverUser.trimmed();
    return user.isEmpty() ? replicaUser : user;
}

SyncSettings SyncSettings::load(const QSettings &settings)
{
    SyncSettings s;
    s.serverUrl = settings.value(kUrlKey).toString().trimmed();
    s.serverUser = settings.value(kUserKey).toString().trimmed();
    s.caFile = settings.value(kCaKey).toString().trimmed();
    s.pinSha256 = settings.value(kPinKey).toString().trimmed();
    bool ok = false;
    const int minutes = settings.value(kIntervalKey).toInt(&ok);
    if (ok && minutes >= 0 && minutes <= kMaxInterval.count())
        s.interval = std::chrono::minutes(minutes);
    return s;
}

void SyncSettings::save(QSettings &settings) const
{
    settings.setValue(kUrlKey, serverUrl.trimmed());
    settings.setValue(kUserKey, serverUser.trimmed());
    settings.setValue(kCaKey, caFile.trimmed());
    settings.setValue(kPinKey, pinSha256.trimmed());
    settings.setValue(kIntervalKey, static_cast<int>(interval.count()));
}

} // namespace novamind
