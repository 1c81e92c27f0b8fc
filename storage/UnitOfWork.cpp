#include "storage/UnitOfWork.h"

#include "storage/AtomicFile.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QUuid>

namespace novamind {

Result<UnitOfWork> UnitOfWork::begin(const Session &session)
{
    Q_ASSERT(session.db);
    auto tx = session.db->begin();
    if (!tx.ok())
        return tx.error();
    return UnitOfWork(session, std::move(tx.value()));
}

Status UnitOfWork::run(const Session &session, const std::function<Status(UnitOfWork &)> &work)
{
    auto uow = begin(session);
    if (!uow.ok())
        return uow.error();
    NM_TRY(work(uow.value()));
    return uow->commit();
}

Status UnitOfWork::audit(const QString &action, const QString &entity, const QString &entityId, const QString &purpose)
{
    return AuditLog::append(db(), m_session->userId, action, entity, entityId, purpose);
}

Status UnitOfWork::auditFor(const QString &patientId, const QString &action, const QString &entity,
                            const QString &entityId)
{
    auto purpose = m_policy.purposeFor(db(), patientId);
    if (!purpose.ok())
        return purpose.error();
    return audit(action, entity, entityId, purpose.value());
}

Status UnitOfWork::enqueue(const QString &entity, const QString &entityId, qint64 baseVersion, const QString &op,
                           const QJsonObject &data)
{
    auto stmt = db().prepare("INSERT INTO outbox (idempotency_key, entity, entity_id, base_version, op, data,"
                             " created_at, patient_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(2, entity)
        .bind(3, entityId)
        .bind(4, baseVersion)
        .bind(5, op)
        .bind(6, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)))
        .bind(7, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        // A revocation purges the patient's unsent edits by this column (migration 0005).
        .bind(8, entity == QLatin1String("patient") ? entityId : data.value(QLatin1String("patient_id")).toString());
    return stmt->run();
}

Status UnitOfWork::commit()
{
    return m_tx.commit();
}

Status UnitOfWork::commitWithFile(const QString &path, const QByteArray &contents)
{
    if (const Status written = AtomicFile::write(path, contents); !written.ok()) {
        rollback();
        return written;
    }
    if (const Status committed = commit(); !committed.ok()) {
        QFile::remove(path);
        return committed;
    }
    return {};
}

} // namespace novamind
