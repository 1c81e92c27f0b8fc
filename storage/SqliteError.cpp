#include "storage/SqliteError.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace novamind {

Error sqliteError(sqlite3 *db, int rc, const QString &context)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Database", text); };
    // Detail carries SQLite's own words (error names, constraint names), never bound values.
    QString detail = context + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errstr(rc));
    if (db)
        detail += QStringLiteral(" (") + QString::fromUtf8(sqlite3_errmsg(db)) + QLatin1Char(')');
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
        return {ErrorCode::Corrupt, tr("The replica database is damaged or does not belong to this key file."), detail};
    case SQLITE_CORRUPT:
        return {ErrorCode::Corrupt, tr("The replica database is damaged: a page failed its integrity check."), detail};
    case SQLITE_FULL:
        return {ErrorCode::Io, tr("The disk is full; nothing was saved. Free some space and try again."), detail};
    case SQLITE_IOERR:
        return {ErrorCode::Io, tr("The replica could not be read or written because of a disk error."), detail};
    case SQLITE_CANTOPEN:
        return {ErrorCode::Io, tr("The replica database file could not be opened."), detail};
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return {ErrorCode::Io, tr("The replica database is read-only; check the file's permissions."), detail};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::Database, tr("The replica is busy in another program; try again in a moment."), detail};
    case SQLITE_NOMEM:
        return {ErrorCode::Internal, tr("Out of memory while using the replica."), detail};
    case SQLITE_CONSTRAINT:
        return {ErrorCode::Database, tr("The change conflicts with data already in the replica."), detail};
    default:
        return {ErrorCode::Database, tr("The replica database reported an error."), detail};
    }
}

} // namespace novamind
