#pragma once
// Session: who is signed in to an open replica (user, role, organisation) and the clock access is judged by.

#include "storage/Replica.h"

#include <QDateTime>
#include <functional>

namespace novamind {

class Database;

struct Session
{
    Database *db = nullptr;
    QString userId;
    Role role = Role::Clinician;
    QString organizationId; // from the user's clinician record; empty = sees no patients
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };

    QDateTime now() const { return clock(); }
    // The signed-in user of an open replica, with their organisation looked up from the clinician table.
    static Result<Session> forReplica(Replica &replica);
};

// Instants are stored as milliseconds since the epoch (UTC).
inline qint64 toMs(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}
inline QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace novamind
