#include "storage/Replica.h"

#include "models/Version.h"
#include "storage/AuditLog.h"
#include "storage/Migrator.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QUuid>

namespace novamind {

QString roleName(Role role)
{
    switch (role) {
    case Role::Psychiatrist:
        return QStringLiteral("psychiatrist");
    case Role::Clinician:
        return QStringLiteral("clinician");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("clinician");
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role r : {Role::Psychiatrist, Role::Clinician, Role::Admin})
        if (roleName(r) == name)
            return r;
    return std::nullopt;
}

namespace {

const QStringList &sidecarSuffixes()
{
    static const QStringList suffixes{QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
    return suffixes;
}

void removeReplicaFiles(const QString &path)
{
    QFile::remove(path);
    for (const QString &suffix : sidecarSuffixes())
        QFile::remove(path + suffix);
    QFile::remove(Replica::keysPathFor(path));
}

Status insertUser(Database &db, const QString &userId, Role role, const QString &createdBy)
{
    auto stmt = db.prepare("INSERT INTO replica_user (user_id, role, created_at, created_by) VALUES (?, ?, ?, ?)");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, userId)
        .bind(2, roleName(role))
        .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(4, createdBy.isEmpty() ? std::nullopt : std::optional<QString>(createdBy));
    return stmt->run();
}

Status setMeta(Database &db, const QString &key, const QString &value)
{
    auto stmt = db.prepare("INSERT INTO replica_meta (key, value) VALUES (?, ?)");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, key).bind(2, value);
    return stmt->run();
}

} // namespace

Replica::~Replica()
{
    close();
}

Result<Database> Replica::openConnection() const
{
    if (!m_db.isOpen() || m_dek.isEmpty())
        return Error{ErrorCode::NotFound, tr("The replica is locked."), QStringLiteral("openConnection after close")};
    return Database::open(m_identity.path, m_dek, Database::Mode::OpenExisting, m_options.database);
}

void Replica::close()
{
    m_db.close();
    m_dek.wipe();
}

Result<std::unique_ptr<Replica>> Replica::create(const QString &path, const QString &userId,
                                                 const QByteArray &passphrase, Role role, const Options &options)
{
    NM_TRY(KeyVault::checkUserId(userId));
    NM_TRY(KeyVault::checkNewPassphrase(passphrase));

    const QString keysPath = keysPathFor(path);
    const bool exists = QFileInfo::exists(path) || QFileInfo::exists(keysPath);
    if (exists && !options.overwrite)
        return Error{ErrorCode::AlreadyExists,
                     tr("A replica already exists at %1; refusing to overwrite it without --force.").arg(path)};
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error{ErrorCode::Usage, tr("%1 is not a file.").arg(path)};
    if (!QDir().mkpath(info.absolutePath()))
        return Error{ErrorCode::Io, tr("The folder %1 could not be created.").arg(info.absolutePath())};
    if (exists)
        removeReplicaFiles(path);

    std::unique_ptr<Replica> replica(new Replica);
    replica->m_options = options;
    const QString replicaId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto vault = KeyVault::create(keysPath, replicaId, userId, passphrase, replica->m_dek, options.kdf);
    if (!vault.ok())
        return vault.error();
    replica->m_vault = std::move(vault.value());

    auto fail = [&](const Error &e) -> Result<std::unique_ptr<Replica>> {
        replica->close();
        removeReplicaFiles(path);
        return e;
    };
    auto db = Database::open(path, replica->m_dek, Database::Mode::CreateNew, options.database);
    if (!db.ok())
        return fail(db.error());
    replica->m_db = std::move(db.value());
    if (Status s = Migrator::migrate(replica->m_db, Migrator::builtin()); !s.ok())
        return fail(s.error());

    {
        auto tx = replica->m_db.begin();
        if (!tx.ok())
            return fail(tx.error());
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        for (Status s : {setMeta(replica->m_db, QStringLiteral("replica_id"), replicaId),
                         setMeta(replica->m_db, QStringLiteral("created_at"), now),
                         setMeta(replica->m_db, QStringLiteral("created_by_version"), QStringLiteral(NOVAMIND_VERSION)),
                         insertUser(replica->m_db, userId, role, {})})
            if (!s.ok())
                return fail(s.error());
        if (Status s = tx->commit(); !s.ok())
            return fail(s.error());
    }
    // The key file is written last: a replica without it is never half-usable.
    if (Status s = replica->m_vault.save(); !s.ok())
        return fail(s.error());
    replica->m_identity.path = path;
    replica->m_identity.userId = userId;
    if (Status s = replica->loadIdentity(); !s.ok())
        return fail(s.error());
    return replica;
}

Result<std::unique_ptr<Replica>> Replica::open(const QString &path, const QString &userId, const QByteArray &passphrase,
                                               const Options &options)
{
    const QString keysPath = keysPathFor(path);
    const bool haveDb = QFileInfo(path).isFile();
    if (!haveDb && !QFileInfo::exists(keysPath))
        return Error{ErrorCode::NotFound, tr("There is no replica at %1.").arg(path)};
    if (!haveDb)
        return Error{ErrorCode::NotFound,
                     tr("The replica database %1 is missing, although its key file exists.").arg(path)};

    std::unique_ptr<Replica> replica(new Replica);
    replica->m_options = options;
    auto vault = KeyVault::load(keysPath);
    if (!vault.ok())
        return vault.error();
    replica->m_vault = std::move(vault.value());
    auto dek = replica->m_vault.unlock(userId, passphrase);
    if (!dek.ok())
        return dek.error();
    replica->m_dek = std::move(dek.value());

    auto db = Database::open(path, replica->m_dek, Database::Mode::OpenExisting, options.database);
    if (!db.ok())
        return db.error();
    replica->m_db = std::move(db.value());
    NM_TRY(options.migrate ? Migrator::migrate(replica->m_db, Migrator::builtin())
                           : Migrator::verify(replica->m_db, Migrator::builtin()));
    replica->m_identity.path = path;
    replica->m_identity.userId = userId;
    NM_TRY(replica->loadIdentity());
    return replica;
}

Status Replica::loadIdentity()
{
    auto stmt = m_db.prepare("SELECT key, value FROM replica_meta");
    if (!stmt.ok())
        return stmt.error();
    NM_TRY(stmt->forEach([&](const Statement &s) {
        const QString key = s.columnText(0);
        if (key == QLatin1String("replica_id"))
            m_identity.replicaId = s.columnText(1);
        else if (key == QLatin1String("created_at"))
            m_identity.createdAt = s.columnText(1);
        else if (key == QLatin1String("created_by_version"))
            m_identity.createdByVersion = s.columnText(1);
    }));
    if (m_identity.replicaId != m_vault.replicaId())
        return Error{ErrorCode::Corrupt, tr("The replica database does not belong to this key file."),
                     QStringLiteral("replica id mismatch")};
    auto version = Migrator::currentVersion(m_db);
    if (!version.ok())
        return version.error();
    m_identity.schemaVersion = version.value();

    auto roleStmt = m_db.prepare("SELECT role FROM replica_user WHERE user_id = ?");
    if (!roleStmt.ok())
        return roleStmt.error();
    roleStmt->bind(1, m_identity.userId);
    auto row = roleStmt->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return Error{ErrorCode::Authentication,
                     tr("User %1 holds a key but has no account in this replica.").arg(m_identity.userId)};
    const auto role = roleFromName(roleStmt->columnText(0));
    if (!role)
        return Error{ErrorCode::Corrupt, tr("The replica records an unknown role for %1.").arg(m_identity.userId)};
    m_identity.role = *role;
    return {};
}

Status Replica::changePassphrase(const QString &path, const QString &userId, const QByteArray &oldPassphrase,
                                 const QByteArray &newPassphrase)
{
    NM_TRY(KeyVault::checkNewPassphrase(newPassphrase));
    if (!QFileInfo(path).isFile())
        return Error{ErrorCode::NotFound, tr("There is no replica at %1.").arg(path)};
    auto vault = KeyVault::load(keysPathFor(path));
    if (!vault.ok())
        return vault.error();
    return vault->changePassphrase(userId, oldPassphrase, newPassphrase);
}

Status Replica::addUser(const QString &newUserId, const QByteArray &newPassphrase, Role role)
{
    // Refuse bad input before writing; the vault refuses an existing slot, which rolls the account back.
    NM_TRY(KeyVault::checkUserId(newUserId));
    NM_TRY(KeyVault::checkNewPassphrase(newPassphrase));
    // The account row first, then the slot: a crash in between leaves an account no one can unlock with,
    // which the next add-user of the same id replaces.
    auto tx = m_db.begin();
    if (!tx.ok())
        return tx.error();
    auto del = m_db.prepare("DELETE FROM replica_user WHERE user_id = ?");
    if (!del.ok())
        return del.error();
    del->bind(1, newUserId);
    NM_TRY(del->run());
    NM_TRY(insertUser(m_db, newUserId, role, m_identity.userId));
    // A user enrolled on this device by a colleague works in the colleague's organisation until sync says more.
    auto clinician = m_db.prepare("INSERT OR IGNORE INTO clinician (id, role, organization_id)"
                                  " SELECT ?, ?, organization_id FROM clinician WHERE id = ?");
    if (!clinician.ok())
        return clinician.error();
    clinician->bind(1, newUserId).bind(2, roleName(role)).bind(3, m_identity.userId);
    NM_TRY(clinician->run());
    NM_TRY(m_vault.addUser(m_dek, newUserId, newPassphrase, m_options.kdf));
    if (Status s = tx->commit(); !s.ok()) {
        (void)m_vault.removeUser(newUserId);
        return s;
    }
    return {};
}

Status Replica::removeUser(const QString &userId)
{
    NM_TRY(m_vault.removeUser(userId));
    auto del = m_db.prepare("DELETE FROM replica_user WHERE user_id = ?");
    if (!del.ok())
        return del.error();
    del->bind(1, userId);
    return del->run();
}

Result<CheckReport> Replica::check()
{
    CheckReport report;
    report.latestSchemaVersion = Migrator::latestVersion(Migrator::builtin());
    report.keySlots = static_cast<int>(m_vault.users().size());
    auto integrity = m_db.integrityCheck();
    if (!integrity.ok()) {
        // The key was proven by the GCM tag, and integrity_check is fixed SQL: SQLCipher 3.4.1 reports some
        // failed page HMACs as a plain SQLITE_ERROR, so any error here means the file is damaged.
        const QString damaged = integrity.error().code == ErrorCode::Io
                                    ? integrity.error().message
                                    : tr("The replica database is damaged: a page failed its integrity check.");
        report.ok = false;
        report.integrity = damaged;
        report.problems << damaged;
    } else if (!integrity->isEmpty()) {
        report.ok = false;
        report.integrity = integrity->first();
        report.problems << tr("The database failed its integrity check: %1").arg(integrity->first());
    } else {
        report.integrity = QStringLiteral("ok");
    }
    auto fk = m_db.queryInt("SELECT count(*) FROM pragma_foreign_key_check");
    if (fk.ok() && fk.value() > 0) {
        report.ok = false;
        report.problems << tr("%n rows refer to records that do not exist.", nullptr, static_cast<int>(fk.value()));
    }
    int pending = 0;
    if (Status s = Migrator::verify(m_db, Migrator::builtin(), &pending); !s.ok()) {
        report.ok = false;
        report.problems << s.error().message;
    }
    auto version = Migrator::currentVersion(m_db);
    report.schemaVersion = version.ok() ? version.value() : 0;
    if (pending > 0) {
        report.ok = false;
        report.problems << tr("The schema is at version %1 of %2; open the replica once to upgrade it.")
                               .arg(report.schemaVersion)
                               .arg(report.latestSchemaVersion);
    }
    auto hasAudit = m_db.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'");
    if (hasAudit.ok() && hasAudit.value() > 0 && report.integrity == QLatin1String("ok")) {
        auto audit = AuditLog::verify(m_db);
        if (!audit.ok())
            return audit.error();
        report.auditChecked = true;
        report.auditEntries = audit->entries;
        if (!audit->ok) {
            report.ok = false;
            report.auditFirstBadSeq = audit->firstBadSeq;
            report.problems << audit->problem;
        }
    }
    auto stmt = m_db.prepare("SELECT count(*) FROM replica_user WHERE user_id = ?");
    if (!stmt.ok())
        return stmt.error();
    for (const QString &user : m_vault.users()) {
        stmt->reset();
        stmt->bind(1, user);
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (stmt->columnInt64(0) == 0) {
            report.ok = false;
            report.problems << tr("The key file has a slot for %1, who has no account in the replica.").arg(user);
        }
    }
    return report;
}

} // namespace novamind
