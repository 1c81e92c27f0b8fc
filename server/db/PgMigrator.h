#pragma once
// PgMigrator: applies the embedded server/sql migrations in order, once each, recording their checksums.

#include "models/Result.h"
#include "server/db/PgConnection.h"

#include <QCoreApplication>

namespace novamind::server {

class PgMigrator
{
    Q_DECLARE_TR_FUNCTIONS(PgMigrator)
public:
    // Runs as the owner role; all pending migrations apply in one transaction. An applied migration whose text has
    // changed since is an Incompatible error (migrations are never edited, only added). Returns how many ran.
    static Result<int> migrate(PgConnection &conn);
    // The migrations shipped in this binary, in order (resource paths).
    static QStringList available();
};

} // namespace novamind::server
