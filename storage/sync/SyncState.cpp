#include "storage/sync/SyncState.h"

#include "storage/Database.h"
#include "storage/ReplicaStatus.h"
#include "storage/Transaction.h"

#include <QMap>

namespace novamind {

namespace {

// sync_state keys (migration 0004); ReplicaStatus::kLastSyncKey is the fifth.
constexpr const char *kCursorKey = "cursor";
constexpr const char *kServerIdKey = "server_id";
constexpr const char *kEpochKey = "epoch";
constexpr const char *kResyncingKey = "resyncing";

Status put(Database &db, const char *key, const QString &value)
{
    auto stmt = db.prepare("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, QString::fromLatin1(key)).bind(2, value);
    return stmt->run();
}

} // namespace

Result<SyncStateValues> SyncState::read(Database &db)
{
    auto stmt = db.prepare("SELECT key, value FROM sync_state");
    if (!stmt.ok())
        return stmt.error();
    QMap<QString, QString> values;
    NM_TRY(stmt->forEach([&](const Statement &row) { values.insert(row.columnText(0), row.columnText(1)); }));
    SyncStateValues out;
    out.cursor = values.value(QLatin1String(kCursorKey)).toLongLong();
    out.serverId = values.value(QLatin1String(kServerIdKey));
    out.epoch = values.value(QLatin1String(kEpochKey)).toLongLong();
    out.resyncing = values.value(QLatin1String(kResyncingKey)) == QLatin1String("1");
    const QDateTime last =
        QDateTime::fromString(values.value(QLatin1String(ReplicaStatus::kLastSyncKey)), Qt::ISODateWithMs);
    if (last.isValid())
        out.lastSync = last.toUTC();
    return out;
}

Status SyncState::setLastSync(Database &db, const QDateTime &when)
{
    auto tx = db.begin();
    if (!tx.ok())
        return tx.error();
    NM_TRY(put(db, ReplicaStatus::kLastSyncKey, when.toUTC().toString(Qt::ISODateWithMs)));
    return tx->commit();
}

Status SyncState::beginResync(Database &db, const QString &serverId)
{
    auto tx = db.begin();
    if (!tx.ok())
        return tx.error();
    auto current = read(db);
    if (!current.ok())
        return current.error();
    NM_TRY(put(db, kCursorKey, QStringLiteral("0")));
    NM_TRY(put(db, kServerIdKey, serverId));
    NM_TRY(put(db, kEpochKey, QString::number(current->epoch + 1)));
    NM_TRY(put(db, kResyncingKey, QStringLiteral("1")));
    return tx->commit();
}

// Used by ChangeApplier inside its page transaction.
Status SyncState::storeCursor(Database &db, qint64 cursor, const QString &serverId)
{
    NM_TRY(put(db, kCursorKey, QString::number(cursor)));
    return put(db, kServerIdKey, serverId);
}

Status SyncState::endResync(Database &db)
{
    return put(db, kResyncingKey, QStringLiteral("0"));
}

} // namespace novamind
