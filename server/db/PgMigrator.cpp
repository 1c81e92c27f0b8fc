#include "server/db/PgMigrator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace novamind::server {

QStringList PgMigrator::available()
{
    QStringList files =
        QDir(QStringLiteral(":/server/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString &f : files)
        f.prepend(QStringLiteral(":/server/sql/"));
    return files;
}

Result<int> PgMigrator::migrate(PgConnection &conn)
{
    // Two processes migrating at once (a restart racing an admin command) must not both apply a migration.
    auto tx = PgTransaction::begin(conn);
    if (!tx.ok())
        return tx.error();
    NM_TRY(conn.run("SELECT pg_advisory_xact_lock(7346276)"));
    NM_TRY(conn.run("CREATE TABLE IF NOT EXISTS schema_migration ("
                    " name TEXT PRIMARY KEY, sha256 TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"));
    auto applied = conn.exec("SELECT name, sha256 FROM schema_migration");
    if (!applied.ok())
        return applied.error();
    QHash<QString, QString> done;
    for (int r = 0; r < applied->rows(); ++r)
        done.insert(applied->text(r, 0), applied->text(r, 1));

    int ran = 0;
    for (const QString &path : available()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Internal, tr("A built-in migration could not be read."), path);
        const QByteArray sql = file.readAll();
        const QString name = path.section(QLatin1Char('/'), -1);
        const QString sum = QString::fromLatin1(QCryptographicHash::hash(sql, QCryptographicHash::Sha256).toHex());
        if (done.contains(name)) {
            if (done.value(name) != sum)
                return Error(ErrorCode::Incompatible,
                             tr("The database was migrated with a different version of migration %1.").arg(name));
            continue;
        }
        NM_TRY(conn.runScript(sql));
        NM_TRY(conn.run("INSERT INTO schema_migration (name, sha256) VALUES ($1, $2)", {pgParam(name), pgParam(sum)}));
        ++ran;
    }
    NM_TRY(tx.value()->commit());
    return ran;
}

} // namespace novamind::server
