#include "storage/lifecycle/ReplicaScrub.h"

#include "storage/Database.h"

#include <QFileInfo>
#include <sqlite3.h>

namespace novamind {

Status ReplicaScrub::compactSearchIndex(Database &db)
{
    return db.exec("INSERT INTO clinical_note_fts (clinical_note_fts) VALUES ('optimize')");
}

Status ReplicaScrub::flush(Database &db)
{
    // Database::configure turns it on; a connection opened some other way must not silently keep deleted text.
    auto secure = db.queryInt("PRAGMA secure_delete");
    if (!secure.ok())
        return secure.error();
    if (secure.value() != 1) {
        NM_TRY(db.exec("PRAGMA secure_delete = ON"));
        secure = db.queryInt("PRAGMA secure_delete");
        if (!secure.ok())
            return secure.error();
        if (secure.value() != 1)
            return Error{ErrorCode::Database, tr("Deleted records could not be wiped from the replica file."),
                         QStringLiteral("secure_delete unavailable")};
    }

    int logFrames = -1;
    int checkpointed = -1;
    const int rc =
        sqlite3_wal_checkpoint_v2(db.handle(), nullptr, SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &checkpointed);
    // TRUNCATE leaves a zero-length WAL; anything left means a reader kept the old frames alive.
    const char *file = sqlite3_db_filename(db.handle(), "main");
    const qint64 walBytes = file && *file ? QFileInfo(QString::fromLocal8Bit(file) + QStringLiteral("-wal")).size() : 0;
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED || (rc == SQLITE_OK && walBytes != 0))
        return Error{ErrorCode::Database,
                     tr("The removed records are deleted but could not yet be wiped from the disk because another "
                        "window or program has the replica open; close it and try again."),
                     QStringLiteral("wal checkpoint busy: rc=%1 frames=%2 done=%3 wal=%4")
                         .arg(rc)
                         .arg(logFrames)
                         .arg(checkpointed)
                         .arg(walBytes)};
    if (rc != SQLITE_OK)
        return db.errorFor(rc, QStringLiteral("checkpoint"));
    return {};
}

} // namespace novamind
