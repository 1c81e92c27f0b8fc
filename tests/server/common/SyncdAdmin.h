#pragma once
// SyncdAdmin: runs `novamind-syncd admin ...` against the fixture's database as the owner role, as operators do.

#include "ServerEnv.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace novamind::test {

struct AdminRun
{
    int exitCode = -1; // -1: did not start or did not finish
    QByteArray out;    // one JSON line on success
    QByteArray err;
    bool ok() const { return exitCode == 0; }
    QJsonObject json() const;
};

class SyncdAdmin
{
public:
    explicit SyncdAdmin(ServerEnv env);

    // `novamind-syncd admin <args>` with NOVAMIND_ADMIN_DB_URL set (and NOVAMIND_DB_URL removed).
    AdminRun run(const QStringList &args) const;

    Status addUser(const QString &user, const QString &role, const QString &organization,
                   const QByteArray &password) const;
    // `from`/`to` invalid: the command's defaults (now, open-ended).
    Status addRelationship(const QString &clinician, const QString &patient, const QDateTime &from = {},
                           const QDateTime &to = {}) const;
    Status endRelationship(const QString &clinician, const QString &patient) const;
    Status seedDemo(int patients, int statesPerPatient, quint64 seed, const QString &assignTo) const;

private:
    Status check(const AdminRun &run, const QStringList &args) const;
    ServerEnv m_env;
};

} // namespace novamind::test
