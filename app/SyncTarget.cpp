// SyncTarget: --server, --ca-file, --pin-sha256 and --server-user resolved against the managed policy and the user's
// settings (the rules are in the header).
#include "SyncTarget.h"

#include "CtlOptionNames.h"
#include "app/config/SettingsCatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace novamind {

namespace {

using namespace ctlopt;

// A command-line value in the form the settings keep it, so that it compares with a policy value and is stored the
// way the GUI would store it. A value the catalogue refuses stays as given: the transport reports it in its words.
QString normalised(const QString &key, const QString &raw)
{
    QString value = raw.trimmed();
    if (key == config::key::CaFile && !value.isEmpty())
        value = QFileInfo(value).absoluteFilePath();
    const config::SettingSpec *spec = config::findSetting(key);
    if (!spec)
        return value;
    auto normal = config::normaliseSetting(*spec, value);
    return normal.ok() ? normal.value().toString() : value;
}

// Two spellings of one server, one key or one file are the same value: a script that writes the pin in hex where
// the policy has base64 does not contradict it.
bool sameValue(const QString &key, const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() && b.isEmpty();
    if (key == config::key::ServerUrl) {
        // "https://host/" and "https://host" name one server; StripTrailingSlash keeps a lone "/".
        const auto canonical = [](const QString &text) {
            QUrl url = QUrl(text).adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
            if (url.path() == QLatin1String("/"))
                url.setPath(QString());
            return url;
        };
        const QUrl ua = canonical(a);
        const QUrl ub = canonical(b);
        if (ua.isValid() && ub.isValid())
            return ua == ub;
    } else if (key == config::key::PinSha256) {
        auto pa = parsePinSha256(a);
        auto pb = parsePinSha256(b);
        if (pa.ok() && pb.ok())
            return pa.value() == pb.value();
    } else if (key == config::key::CaFile) {
        return QDir::cleanPath(a) == QDir::cleanPath(b);
    }
    return a == b;
}

} // namespace

Result<SyncTarget> SyncTarget::resolve(const ParsedArgs &args, const config::EffectiveSettings &settings)
{
    // One key: the policy's value (a differing command-line value refused), else the command line's, else the
    // user's setting when `userApplies`, else empty.
    const auto pick = [&](const QString &key, const QString &option, bool userApplies) -> Result<QString> {
        const bool given = args.has(option);
        const QString cli = given ? normalised(key, args.value(option)) : QString();
        if (settings.isLocked(key)) {
            const QString locked = settings.text(key);
            if (given && !sameValue(key, cli, locked))
                return Error(ErrorCode::Usage,
                             tr("The managed policy %1 sets %2 to “%3”, which --%4 “%5” contradicts; leave out --%4 "
                                "or ask your administrator to change the policy.")
                                 .arg(settings.policy().path(), key, locked, option, args.value(option)),
                             QStringLiteral("policy_conflict %1").arg(key));
            return locked;
        }
        if (given)
            return cli;
        if (userApplies && settings.source(key) == config::SettingSource::User)
            return settings.text(key);
        return QString();
    };

    auto url = pick(config::key::ServerUrl, kServer, true);
    if (!url.ok())
        return url.error();
    if (url->isEmpty())
        return Error(ErrorCode::Usage, tr("No sync server is set: give --server or set sync/serverUrl in the policy."),
                     QStringLiteral("no_server"));
    // The user's CA file, pin and server user were set up for the server their settings name, and for no other.
    const bool userApplies = sameValue(config::key::ServerUrl, url.value(), settings.text(config::key::ServerUrl));

    auto caFile = pick(config::key::CaFile, kCaFile, userApplies);
    if (!caFile.ok())
        return caFile.error();
    auto pin = pick(config::key::PinSha256, kPin, userApplies);
    if (!pin.ok())
        return pin.error();
    auto serverUser = pick(config::key::ServerUser, kServerUser, userApplies);
    if (!serverUser.ok())
        return serverUser.error();

    SyncTarget target;
    target.m_transport.baseUrl = url.value();
    target.m_transport.caFile = caFile.value();
    if (!pin->isEmpty()) {
        auto digest = parsePinSha256(pin.value());
        if (!digest.ok())
            return digest.error();
        target.m_transport.pinSha256 = digest.value();
        target.m_pinText = pin.value();
    }
    target.m_serverUser = serverUser->isEmpty() ? args.value(kUser) : serverUser.value();
    return target;
}

} // namespace novamind
