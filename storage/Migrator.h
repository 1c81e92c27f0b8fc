#pragma once
// Migrator: applies the numbered SQL migrations in order, each in a transaction, recorded with a checksum.

#include "models/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <vector>

namespace novamind {

class Database;

struct Migration
{
    int version = 0;
    QString name;
    QByteArray sql;
    QString checksum() const; // SHA-256 of the SQL text, hex
};

class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)
public:
    // The migrations shipped in resources/migrations (NNNN_name.sql), in version order.
    static const std::vector<Migration> &builtin();
    static int latestVersion(const std::vector<Migration> &migrations);

    // Highest applied version; 0 for a database with no migrations table.
    static Result<int> currentVersion(Database &db);

    // Refuses a database made by a newer version and one whose applied migrations were edited since;
    // otherwise applies the missing migrations up to `targetVersion` (default: all).
    static Status migrate(Database &db, const std::vector<Migration> &migrations, int targetVersion = -1);
    // The same refusals without changing anything; `pending` receives how many migrations are missing.
    static Status verify(Database &db, const std::vector<Migration> &migrations, int *pending = nullptr);
};

} // namespace novamind
