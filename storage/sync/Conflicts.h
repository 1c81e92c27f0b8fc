#pragma once
// Conflicts: records where the server and this replica both changed; both versions are kept until a user decides.

#include "models/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace novamind {

class Database;
struct Session;

struct Conflict
{
    qint64 id = 0;
    QString entity;
    QString entityId;
    QString patientId;
    QJsonObject localData; // our version (codec form); empty when our edit deleted the record
    bool localDeleted = false;
    qint64 serverVersion = 0;
    QJsonObject serverData; // the server's version; empty when the server deleted the record
    bool serverDeleted = false;
    QString detectedAt; // ISO 8601 UTC
};

class Conflicts
{
    Q_DECLARE_TR_FUNCTIONS(Conflicts)
public:
    // Conflicts of patients the user may see now, oldest first; one audit entry per patient shown.
    static Result<std::vector<Conflict>> list(const Session &session);
    static Result<int> count(const Session &session);

    enum class Choice
    {
        KeepMine,   // push our version over the server's (update, or delete, with base_version = server's version)
        TakeServer, // the row becomes the server's version, clean; nothing is pushed
        Merged      // push `merged` (codec form, same entity and id) with base_version = server's version
    };
    // One transaction: access check, the row written, the outbox entry (a new mutation with a fresh key) unless
    // TakeServer, the conflict removed, an audit entry. `merged` is validated with the shared codec.
    static Status resolve(const Session &session, qint64 conflictId, Choice choice,
                          const std::optional<QJsonObject> &merged = std::nullopt);

    // Inside the caller's transaction (ChangeApplier, Outbox): the server's version of (entity, id) differs from an
    // unsent local one. Keeps both: the local row stays (marked conflict), its outbox entries move into the
    // conflict, the server's version (nullopt: deleted) is recorded or replaces the one an earlier conflict held.
    static Status record(Database &db, const QString &entity, const QString &entityId, qint64 serverVersion,
                         const std::optional<QJsonObject> &serverData);
};

} // namespace novamind
