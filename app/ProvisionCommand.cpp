// ProvisionCommand: `novamindctl provision` — server sign-in checked first, then the replica created (or opened),
// the GUI's settings pointed at the server, and the first sync.
#include "ProvisionCommand.h"

#include "CtlOptionNames.h"
#include "SyncTarget.h"
#include "app/config/EffectiveSettings.h"
#include "app/config/SettingsCatalog.h"
#include "models/cli/ExitCode.h"
#include "storage/Replica.h"
#include "storage/SecureBytes.h"
#include "sync/CppRestTransport.h"
#include "sync/SyncClient.h"
#include "sync/SyncEngine.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>
#include <utility>

namespace novamind {

namespace {

using namespace ctlopt;
const QString kNoSettings = QStringLiteral("no-settings");

// Wipes a secret read from a file when it goes out of scope, on every return path.
class WipedSecret
{
public:
    explicit WipedSecret(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {}
    ~WipedSecret() { secureWipe(m_bytes); }
    WipedSecret(const WipedSecret &) = delete;
    WipedSecret &operator=(const WipedSecret &) = delete;
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace

CommandSpec ProvisionCommand::spec()
{
    CommandSpec spec;
    spec.valueOptions = {kDb,     kUser, kPassphraseFile, kRole, kServer, kServerPasswordFile, kServerUser,
                         kCaFile, kPin,  kPageLimit};
    spec.flags = {kNoSettings};
    spec.required = {kUser, kPassphraseFile, kServerPasswordFile};
    return spec;
}

Status ProvisionCommand::makePrivateFolders(const QString &folder)
{
    // The replica's folder holds encrypted PHI and its key slots: only the OS user may list it. Folders that exist
    // already are left as they are (they may be shared on purpose).
    QStringList missing;
    for (QString dir = QDir::cleanPath(QFileInfo(folder).absoluteFilePath()); !QFileInfo::exists(dir);
         dir = QFileInfo(dir).absolutePath()) {
        missing.prepend(dir);
        if (QFileInfo(dir).isRoot())
            break;
    }
    const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    for (const QString &dir : std::as_const(missing))
        if (!QDir().mkdir(dir, ownerOnly) && !QFileInfo(dir).isDir())
            return Error(ErrorCode::Io, tr("The folder %1 could not be created.").arg(dir),
                         QStringLiteral("mkdir %1").arg(dir));
    return {};
}

bool ProvisionCommand::writeUserSettings(const SyncTarget &target, const QString &replicaUser)
{
    const config::EffectiveSettings current = config::EffectiveSettings::load();
    std::unique_ptr<QSettings> user = config::openUserSettings();
    // An empty server user means "the replica's user" to the GUI; saying so keeps one value to change later.
    const QString serverUser = target.serverUser() == replicaUser ? QString() : target.serverUser();
    const std::pair<QString, QString> values[] = {{config::key::ServerUrl, target.serverUrl()},
                                                  {config::key::ServerUser, serverUser},
                                                  {config::key::CaFile, target.caFile()},
                                                  {config::key::PinSha256, target.pinText()}};
    bool stored = false;
    for (const auto &[key, value] : values)
        stored = config::EffectiveSettings::storeUserValue(*user, current, key, value) || stored;
    user->sync();
    if (user->status() != QSettings::NoError) {
        m_err << tr("The replica is ready, but the settings file %1 could not be written: the Novamind Clinician "
                    "application will not know the server until it is set in its preferences.")
                     .arg(user->fileName())
              << Qt::endl;
        return false;
    }
    return stored;
}

int ProvisionCommand::run(const ParsedArgs &args)
{
    const auto fail = [this](const Error &error) { return reportError(m_err, error); };

    // Everything that can be refused without touching a file or the network is checked first.
    auto pageLimit = args.integer(kPageLimit, 5000, 1, 5000);
    if (!pageLimit.ok())
        return fail(pageLimit.error());
    Role role = Role::Clinician;
    if (args.has(kRole)) {
        const auto named = roleFromName(args.value(kRole));
        if (!named)
            return fail(Error(ErrorCode::Usage,
                              tr("Unknown role “%1”: use psychiatrist, clinician or admin.").arg(args.value(kRole))));
        role = *named;
    }
    auto target = SyncTarget::resolve(args, config::EffectiveSettings::load());
    if (!target.ok())
        return fail(target.error());
    auto transport = CppRestTransport::create(target->transportOptions());
    if (!transport.ok())
        return fail(transport.error());
    const QString db = args.has(kDb) ? args.value(kDb) : config::defaultReplicaPath();
    if (db.isEmpty())
        return fail(Error(ErrorCode::Usage, tr("No replica path: give --db."), QStringLiteral("no_default_path")));

    // Both secrets are read before anything slow happens, in this order, so that two "-" read two lines.
    auto passphraseRead = SecretReader::read(args.value(kPassphraseFile), kPassphraseFile);
    if (!passphraseRead.ok())
        return fail(passphraseRead.error());
    const WipedSecret passphrase(std::move(passphraseRead.value()));
    auto passwordRead = SecretReader::read(args.value(kServerPasswordFile), kServerPasswordFile);
    if (!passwordRead.ok())
        return fail(passwordRead.error());
    SyncCredentials credentials;
    credentials.user = target->serverUser();
    credentials.password = SecureBytes(passwordRead->constData(), std::size_t(passwordRead->size()));
    secureWipe(passwordRead.value());

    // An existing replica is unlocked before the server is asked, so that a wrong passphrase costs no sign-in.
    const bool exists = QFileInfo::exists(db) || QFileInfo::exists(Replica::keysPathFor(db));
    std::unique_ptr<Replica> replica;
    if (exists) {
        auto opened = Replica::open(db, args.value(kUser), passphrase.bytes(), Replica::Options{});
        if (!opened.ok())
            return fail(opened.error());
        replica = std::move(opened).value();
    }

    // The server is checked before a file is created: wrong credentials or no server leave nothing behind.
    SyncClient client(*transport.value(), std::move(credentials));
    m_err << QStringLiteral("sync: %1 0 records 0 bytes").arg(syncPhaseName(SyncPhase::SigningIn)) << Qt::endl;
    if (Status signedIn = client.signIn(); !signedIn.ok())
        return fail(signedIn.error());

    const bool created = !exists;
    if (created) {
        if (Status folders = makePrivateFolders(QFileInfo(db).absolutePath()); !folders.ok())
            return fail(folders.error());
        auto made = Replica::create(db, args.value(kUser), passphrase.bytes(), role, Replica::Options{});
        if (!made.ok())
            return fail(made.error());
        replica = std::move(made).value();
    }

    // Before the sync, so that the application can finish a first sync that fails here.
    const bool settingsWritten = !args.has(kNoSettings) && writeUserSettings(target.value(), args.value(kUser));

    SyncEngineOptions engineOptions;
    engineOptions.userId = replica->identity().userId;
    engineOptions.deviceId = replica->identity().replicaId;
    engineOptions.pageLimit = int(pageLimit.value());
    SyncEngine::Callbacks callbacks;
    callbacks.progress = [this](const SyncProgress &p) {
        m_err << QStringLiteral("sync: %1 %2 records %3 bytes").arg(syncPhaseName(p.phase)).arg(p.records).arg(p.bytes)
              << Qt::endl;
    };
    // Removing most of a replica is never a provisioning step; `novamindctl sync --allow-mass-purge` is the way.
    callbacks.confirmPurge = [](const PurgePlan &) { return false; };
    SyncEngine engine(replica->database(), client, engineOptions);
    auto summary = engine.run(callbacks);
    if (!summary.ok()) {
        Error error = summary.error();
        if (error.detail == QLatin1String("purge_refused"))
            error.message += QLatin1Char(' ') + tr("Run novamindctl sync with --allow-mass-purge to remove them.");
        else if (created)
            error.message += QLatin1Char(' ') +
                             tr("The replica was created at %1; run the same provision command again to finish its "
                                "first sync.")
                                 .arg(db);
        else
            error.message += QLatin1Char(' ') + tr("Run the same provision command again to finish the sync.");
        return fail(error);
    }

    const ReplicaIdentity &id = replica->identity();
    const QJsonObject result{{QStringLiteral("db"), id.path},
                             {QStringLiteral("replica_id"), id.replicaId},
                             {QStringLiteral("user"), id.userId},
                             {QStringLiteral("role"), roleName(id.role)},
                             {QStringLiteral("created"), created},
                             {QStringLiteral("settings_written"), settingsWritten},
                             {QStringLiteral("sync"), summary->toJson()}};
    m_out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << Qt::endl;
    return ExitCode::Ok;
}

} // namespace novamind
