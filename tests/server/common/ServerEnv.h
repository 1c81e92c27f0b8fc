#pragma once
// ServerEnv: where the server under test is and how to reach its database, from the env file scripts/run-server writes.

#include "models/Result.h"

#include <QByteArray>
#include <QString>

namespace novamind::test {

struct ServerEnv
{
    QByteArray serverUrl; // "http://127.0.0.1:PORT" (https with TLS), no trailing slash
    QString dbUrl;        // libpq URI of novamind_app (row-level security applies)
    QString adminDbUrl;   // libpq URI of novamind_owner
    QString caFile;       // the throwaway CA of a TLS fixture; "" for http
    QString serverDir;    // the fixture's directory (cluster, logs)
    QString syncd;        // the novamind-syncd binary, for `admin` commands

    // Reads the file named by $NOVAMIND_SERVER_ENV; $NOVAMIND_SYNCD, when set, names the binary instead of the file.
    static Result<ServerEnv> load();
    // Sourceable KEY=value lines (NOVAMIND_SERVER_URL, NOVAMIND_DB_URL, NOVAMIND_ADMIN_DB_URL, ...).
    static Result<ServerEnv> fromFile(const QString &path);
};

} // namespace novamind::test
