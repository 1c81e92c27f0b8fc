#pragma once
// Replica: one device's encrypted replica (PATH + PATH.keys): create, unlock, users, and integrity check.

#include "models/Result.h"
#include "storage/Database.h"
#include "storage/KeyVault.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

namespace novamind {

enum class Role
{
    Psychiatrist,
    Clinician,
    Admin
};
QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);

struct ReplicaIdentity
{
    QString path;
    QString replicaId;
    QString createdAt;
    QString createdByVersion;
    int schemaVersion = 0;
    QString userId;
    Role role = Role::Clinician;
};

struct CheckReport
{
    bool ok = true;
    QStringList problems; // plain sentences; empty when everything checked out
    QString integrity;    // "ok" or the first problem SQLite reported
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    int keySlots = 0;
    bool auditChecked = false; // the schema has an audit trail
    qint64 auditEntries = 0;
    qint64 auditFirstBadSeq = 0; // 0 = the chain verified
};

class Replica
{
    Q_DECLARE_TR_FUNCTIONS(Replica)
public:
    struct Options
    {
        bool overwrite = false;    // create(): replace an existing replica
        bool migrate = true;       // open(): upgrade an older schema (check() opens without)
        KeyVault::KdfParams kdf{}; // create()/addUser(): cost of new key slots
        Database::Options database{};
    };

    static QString keysPathFor(const QString &databasePath) { return databasePath + QStringLiteral(".keys"); }

    static Result<std::unique_ptr<Replica>> create(const QString &path, const QString &userId,
                                                   const QByteArray &passphrase, Role role, const Options &options);
    static Result<std::unique_ptr<Replica>> open(const QString &path, const QString &userId,
                                                 const QByteArray &passphrase, const Options &options);
    // Re-wraps one slot; the database is not touched, so the key file is the only thing written.
    static Status changePassphrase(const QString &path, const QString &userId, const QByteArray &oldPassphrase,
                                   const QByteArray &newPassphrase);

    ~Replica();

    const ReplicaIdentity &identity() const { return m_identity; }
    Database &database() { return m_db; }
    const KeyVault &vault() const { return m_vault; }

    Status addUser(const QString &newUserId, const QByteArray &newPassphrase, Role role);
    Status removeUser(const QString &userId);
    Result<CheckReport> check();

    // A second connection to this replica's file with the same key, for another thread (the sync worker): WAL lets
    // it write while this one reads. NotFound once close() wiped the key.
    Result<Database> openConnection() const;

    // Closes the database and wipes the key from memory (session lock).
    void close();

private:
    Replica() = default;
    Status loadIdentity();

    ReplicaIdentity m_identity;
    KeyVault m_vault;
    SecureBytes m_dek;
    Database m_db;
    Options m_options;
};

} // namespace novamind
