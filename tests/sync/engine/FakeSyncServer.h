#pragma once
// FakeSyncServer: an in-memory stand-in for novamind-syncd's token, changes, push and audit endpoints, enough to drive
// SyncEngine through whole runs; hooks let a test break any request.

#include "FakeTransport.h"

#include <QJsonArray>
#include <QUrlQuery>
#include <functional>
#include <map>
#include <mutex>
#include <optional>

namespace novamind::test {

class FakeSyncServer
{
public:
    struct Doc
    {
        QString entity;
        QString id;
        qint64 version = 0;
        bool deleted = false;
        QJsonObject data;
        qint64 seq = 0;
    };

    // Answers a request before the server does; nullopt lets the server answer.
    using Intercept = std::function<std::optional<Result<HttpResponse>>(const HttpRequest &)>;
    // Decides one mutation's result instead of the server (the result object without idempotency_key); nullopt
    // applies it normally.
    using PushOverride = std::function<std::optional<QJsonObject>(const QJsonObject &mutation)>;

    explicit FakeSyncServer(FakeTransport &transport)
    {
        transport.setHandler([this](const HttpRequest &r) { return handle(r); });
    }

    void setServerId(const QString &id)
    {
        std::lock_guard lock(m_mutex);
        m_serverId = id;
    }
    void setIntercept(Intercept intercept)
    {
        std::lock_guard lock(m_mutex);
        m_intercept = std::move(intercept);
    }
    void setPushOverride(PushOverride o)
    {
        std::lock_guard lock(m_mutex);
        m_pushOverride = std::move(o);
    }
    // Forgets every document, revocation and cursor (a database restored from an older backup, or replaced).
    void reset()
    {
        std::lock_guard lock(m_mutex);
        m_docs.clear();
        m_revocations.clear();
        m_seq = 0;
    }
    // A new server knows nothing of this device's audit trail either.
    void resetAudit()
    {
        std::lock_guard lock(m_mutex);
        m_auditSeq = 0;
        m_auditHash = QString(64, QLatin1Char('0'));
    }

    void upsert(const QString &entity, const QString &id, const QJsonObject &data)
    {
        std::lock_guard lock(m_mutex);
        Doc &d = m_docs[key(entity, id)];
        d.entity = entity;
        d.id = id;
        d.version += 1;
        d.deleted = false;
        d.data = data;
        d.seq = ++m_seq;
    }
    void remove(const QString &entity, const QString &id)
    {
        std::lock_guard lock(m_mutex);
        Doc &d = m_docs[key(entity, id)];
        d.version += 1;
        d.deleted = true;
        d.data = {};
        d.seq = ++m_seq;
    }
    void revoke(const QString &patientId)
    {
        std::lock_guard lock(m_mutex);
        m_revocations.emplace_back(++m_seq, patientId);
    }
    std::optional<Doc> doc(const QString &entity, const QString &id) const
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_docs.find(key(entity, id));
        if (it == m_docs.end())
            return std::nullopt;
        return it->second;
    }
    qint64 highWater() const
    {
        std::lock_guard lock(m_mutex);
        return m_seq;
    }
    qint64 auditHead() const
    {
        std::lock_guard lock(m_mutex);
        return m_auditSeq;
    }
    int auditBatches() const
    {
        std::lock_guard lock(m_mutex);
        return m_auditBatches;
    }

    Result<HttpResponse> handle(const HttpRequest &request)
    {
        Intercept intercept;
        {
            std::lock_guard lock(m_mutex);
            intercept = m_intercept;
        }
        if (intercept)
            if (auto answer = intercept(request))
                return *answer;
        std::lock_guard lock(m_mutex);
        if (request.path == QLatin1String("/v1/auth/token"))
            return jsonReply(200, QJsonObject{{QStringLiteral("access_token"), QStringLiteral("tok")},
                                              {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                              {QStringLiteral("expires_in"), 3600}});
        if (headerOf(request, "Authorization") != QByteArray("Bearer tok"))
            return errorReply(401, QStringLiteral("invalid_token"), QStringLiteral("No token."));
        if (request.path.startsWith(QLatin1String("/v1/changes?")))
            return changes(request);
        if (request.path == QLatin1String("/v1/push"))
            return push(request);
        if (request.path == QLatin1String("/v1/audit"))
            return audit(request);
        return errorReply(404, QStringLiteral("not_found"), QStringLiteral("No such path."));
    }

private:
    static QString key(const QString &entity, const QString &id) { return entity + QLatin1Char('/') + id; }

    Result<HttpResponse> changes(const HttpRequest &request)
    {
        const QUrlQuery query(request.path.mid(request.path.indexOf(QLatin1Char('?')) + 1));
        const qint64 since = query.queryItemValue(QStringLiteral("since")).toLongLong();
        const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
        if (since > m_seq)
            return errorReply(410, QStringLiteral("unknown_cursor"), QStringLiteral("Unknown cursor."));
        std::vector<const Doc *> after;
        for (const auto &[k, d] : m_docs)
            if (d.seq > since)
                after.push_back(&d);
        std::sort(after.begin(), after.end(), [](const Doc *a, const Doc *b) { return a->seq < b->seq; });
        const bool hasMore = after.size() > size_t(limit);
        if (hasMore)
            after.resize(size_t(limit));
        const qint64 upTo = hasMore ? after.back()->seq : m_seq;
        QJsonArray list;
        for (const Doc *d : after) {
            QJsonObject c{{QStringLiteral("seq"), d->seq},
                          {QStringLiteral("entity"), d->entity},
                          {QStringLiteral("id"), d->id},
                          {QStringLiteral("version"), d->version},
                          {QStringLiteral("op"), d->deleted ? QStringLiteral("delete") : QStringLiteral("upsert")}};
            if (!d->deleted)
                c.insert(QStringLiteral("data"), d->data);
            list.append(c);
        }
        QJsonArray revoked;
        for (const auto &[seq, patient] : m_revocations)
            if (seq > since && seq <= upTo)
                revoked.append(patient);
        return jsonReply(200, QJsonObject{{QStringLiteral("changes"), list},
                                          {QStringLiteral("revocations"), revoked},
                                          {QStringLiteral("cursor"), QString::number(std::max(upTo, since))},
                                          {QStringLiteral("has_more"), hasMore},
                                          {QStringLiteral("server_id"), m_serverId}});
    }

    Result<HttpResponse> push(const HttpRequest &request)
    {
        const QJsonArray mutations =
            QJsonDocument::fromJson(request.body).object().value(QLatin1String("mutations")).toArray();
        QJsonArray results;
        for (const QJsonValue &v : mutations) {
            const QJsonObject m = v.toObject();
            const QString k = m.value(QLatin1String("idempotency_key")).toString();
            if (const auto stored = m_results.find(k); stored != m_results.end()) {
                results.append(QJsonObject{{QStringLiteral("idempotency_key"), k},
                                           {QStringLiteral("status"), QStringLiteral("duplicate")},
                                           {QStringLiteral("original"), stored->second}});
                continue;
            }
            QJsonObject result;
            if (m_pushOverride)
                if (auto o = m_pushOverride(m))
                    result = *o;
            if (result.isEmpty())
                result = apply(m);
            result.insert(QStringLiteral("idempotency_key"), k);
            m_results[k] = result;
            results.append(result);
        }
        return jsonReply(200, QJsonObject{{QStringLiteral("results"), results}});
    }

    QJsonObject apply(const QJsonObject &m)
    {
        const QString entity = m.value(QLatin1String("entity")).toString();
        const QString id = m.value(QLatin1String("id")).toString();
        Doc &d = m_docs[key(entity, id)];
        const qint64 current = d.deleted ? 0 : d.version;
        if (m.value(QLatin1String("base_version")).toInteger() != current) {
            QJsonObject conflict{{QStringLiteral("status"), QStringLiteral("conflict")},
                                 {QStringLiteral("server_version"), d.version}};
            if (d.deleted)
                conflict.insert(QStringLiteral("server_deleted"), true);
            else
                conflict.insert(QStringLiteral("server_data"), d.data);
            return conflict;
        }
        d.entity = entity;
        d.id = id;
        d.version += 1;
        d.deleted = m.value(QLatin1String("op")).toString() == QLatin1String("delete");
        d.data = d.deleted ? QJsonObject{} : m.value(QLatin1String("data")).toObject();
        d.seq = ++m_seq;
        return QJsonObject{{QStringLiteral("status"), QStringLiteral("applied")},
                           {QStringLiteral("version"), d.version}};
    }

    Result<HttpResponse> audit(const HttpRequest &request)
    {
        const QJsonArray entries =
            QJsonDocument::fromJson(request.body).object().value(QLatin1String("entries")).toArray();
        const auto checkpoint = [this] {
            return QJsonObject{{QStringLiteral("seq"), m_auditSeq}, {QStringLiteral("hash"), m_auditHash}};
        };
        qint64 accepted = 0;
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            const qint64 seq = e.value(QLatin1String("seq")).toInteger();
            if (seq <= m_auditSeq)
                continue; // already stored: resending is harmless
            if (seq != m_auditSeq + 1 || e.value(QLatin1String("prev_hash")).toString() != m_auditHash)
                return jsonReply(409, QJsonObject{{QStringLiteral("error"), QStringLiteral("chain_broken")},
                                                  {QStringLiteral("message"), QStringLiteral("Broken.")},
                                                  {QStringLiteral("checkpoint"), checkpoint()}});
            m_auditSeq = seq;
            m_auditHash = e.value(QLatin1String("hash")).toString();
            ++accepted;
        }
        ++m_auditBatches;
        return jsonReply(
            200, QJsonObject{{QStringLiteral("accepted"), accepted}, {QStringLiteral("checkpoint"), checkpoint()}});
    }

    mutable std::mutex m_mutex;
    QString m_serverId = QStringLiteral("server-1");
    std::map<QString, Doc> m_docs;
    std::vector<std::pair<qint64, QString>> m_revocations;
    qint64 m_seq = 0;
    std::map<QString, QJsonObject> m_results;
    Intercept m_intercept;
    PushOverride m_pushOverride;
    qint64 m_auditSeq = 0;
    QString m_auditHash = QString(64, QLatin1Char('0'));
    int m_auditBatches = 0;
};

} // namespace novamind::test
