#pragma once
// UnitOfWork: one transaction across repositories, with the access policy, audit trail and outbox it needs.

#include "models/Result.h"
#include "storage/AccessPolicy.h"
#include "storage/Session.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <functional>
#include <optional>
#include <utility>

namespace novamind {

class UnitOfWork
{
public:
    static Result<UnitOfWork> begin(const Session &session);
    // Begins, runs `work`, commits when it succeeded; rolls back otherwise.
    static Status run(const Session &session, const std::function<Status(UnitOfWork &)> &work);
    // The same for work that returns a value: its Result, once committed.
    template<typename Work>
    static auto perform(const Session &session, Work &&work) -> decltype(work(std::declval<UnitOfWork &>()))
    {
        auto uow = begin(session);
        if (!uow.ok())
            return uow.error();
        auto result = work(uow.value());
        if (!result.ok())
            return result;
        NM_TRY(uow->commit());
        return result;
    }

    Database &db() { return *m_session->db; }
    const Session &session() const { return *m_session; }
    const AccessPolicy &policy() const { return m_policy; }

    // One audit entry, in this transaction.
    Status audit(const QString &action, const QString &entity, const QString &entityId, const QString &purpose);
    // The same, with the purpose the access policy gives for this patient now ("treatment" or "break_glass").
    Status auditFor(const QString &patientId, const QString &action, const QString &entity, const QString &entityId);
    // One outbox row for the server, in this transaction. The idempotency key is a fresh UUID.
    Status enqueue(const QString &entity, const QString &entityId, qint64 baseVersion, const QString &op,
                   const QJsonObject &data);

    Status commit();
    // For exports: writes `contents` to `path` (AtomicFile, mode 0600), then commits. A file that cannot be written
    // rolls the work back (no "export" entry for a file that is not there); a failed commit removes the file (no
    // export without its entry).
    Status commitWithFile(const QString &path, const QByteArray &contents);
    void rollback() { m_tx.rollback(); }

private:
    UnitOfWork(const Session &session, Transaction tx)
        : m_session(&session)
        , m_policy(session)
        , m_tx(std::move(tx))
    {}

    const Session *m_session;
    AccessPolicy m_policy;
    Transaction m_tx;
};

} // namespace novamind
