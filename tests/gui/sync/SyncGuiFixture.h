#pragma once
// SyncGuiFixture: small replicas with real sync conflicts and refused changes, made through storage's own API.

#include "DemoReplica.h"
#include "models/codecs/JsonCodec.h"
#include "models/sync/SyncMessages.h"
#include "storage/Session.h"
#include "storage/sync/ChangeApplier.h"
#include "storage/sync/EntityTables.h"
#include "storage/sync/Outbox.h"
#include "storage/sync/RecordEditor.h"

#include <QTemporaryDir>

namespace novamind::test {

inline const QString kUser = QStringLiteral("dr.ada");
inline const QString kPatient = QStringLiteral("p1");
inline const QByteArray kPassphrase = QByteArrayLiteral("sync gui passphrase");

// Organisation "org", kUser as its psychiatrist and patient p1 in their care.
inline Result<std::unique_ptr<Replica>> makeSyncReplica(const QString &path)
{
    auto created = Replica::create(path, kUser, kPassphrase, Role::Psychiatrist, cheapOptions());
    if (!created.ok())
        return created.error();
    NM_TRY(seedPatientInCare(*created.value(), kUser, kPatient, QStringLiteral("MRN-1")));
    return created;
}

inline QJsonObject note(const QString &id, const QString &title, const QString &body)
{
    ClinicalNote n;
    n.id = id;
    n.patientId = kPatient;
    n.authorId = kUser;
    n.createdAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    n.kind = QStringLiteral("progress");
    n.title = title;
    n.body = body;
    return codec::toJson(n);
}

inline sync::ChangePage pageOf(const QString &id, qint64 version, const std::optional<QJsonObject> &data, qint64 cursor)
{
    sync::Change change;
    change.seq = cursor;
    change.entity = QStringLiteral("clinical_note");
    change.id = id;
    change.version = version;
    change.deleted = !data.has_value();
    change.data = data.value_or(QJsonObject{});
    sync::ChangePage page;
    page.changes.push_back(change);
    page.cursor = cursor;
    page.serverId = QStringLiteral("server-1");
    return page;
}

// The server delivers note `id` (version 1); the user edits it here; the server changes it again (version 2, or
// deletes it when `serverVersion2` is nullopt) before the edit was sent: a conflict.
inline Status makeConflict(Replica &replica, const QString &id, const QJsonObject &mine,
                           const std::optional<QJsonObject> &serverVersion2)
{
    auto session = Session::forReplica(replica);
    if (!session.ok())
        return session.error();
    ChangeApplier applier(replica.database(), kUser);
    auto first = applier.apply(pageOf(id, 1, note(id, QStringLiteral("Visit"), QStringLiteral("Mood low.")), 1));
    if (!first.ok())
        return first.error();
    NM_TRY(RecordEditor::update(session.value(), QStringLiteral("clinical_note"), mine));
    auto second = applier.apply(pageOf(id, 2, serverVersion2, 2));
    if (!second.ok())
        return second.error();
    if (second->conflicts != 1)
        return Error(ErrorCode::Internal, QStringLiteral("expected one conflict"), QString::number(second->conflicts));
    return {};
}

// A local edit the server refused with `sentence`.
inline Status makeRefused(Replica &replica, const QJsonObject &edit, const QString &sentence)
{
    auto session = Session::forReplica(replica);
    if (!session.ok())
        return session.error();
    ChangeApplier applier(replica.database(), kUser);
    auto delivered = applier.apply(pageOf(
        edit.value(QStringLiteral("id")).toString(), 1,
        note(edit.value(QStringLiteral("id")).toString(), QStringLiteral("Visit"), QStringLiteral("Original.")), 10));
    if (!delivered.ok())
        return delivered.error();
    NM_TRY(RecordEditor::update(session.value(), QStringLiteral("clinical_note"), edit));
    auto pending = Outbox::pending(replica.database(), 100);
    if (!pending.ok())
        return pending.error();
    std::vector<sync::PushResult> results;
    for (const OutboxEntry &entry : pending.value()) {
        sync::PushResult r;
        r.idempotencyKey = entry.idempotencyKey;
        r.status = sync::PushStatus::Rejected;
        r.error = QStringLiteral("invalid_content");
        r.httpStatus = 422;
        r.message = sentence;
        results.push_back(r);
    }
    auto recorded = Outbox::recordResults(replica.database(), pending.value(), results);
    if (!recorded.ok())
        return recorded.error();
    return {};
}

// The outbox entries waiting for note `id`.
inline std::vector<OutboxEntry> pendingFor(Database &db, const QString &id)
{
    std::vector<OutboxEntry> found;
    auto pending = Outbox::pending(db, 1000);
    if (!pending.ok())
        return found;
    for (const OutboxEntry &e : pending.value()) {
        if (e.entityId == id)
            found.push_back(e);
    }
    return found;
}

} // namespace novamind::test
