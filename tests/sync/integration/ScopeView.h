#pragma once
// ScopeView: everything one user may see, as (entity, id) -> version and canonical data, read either from the server
// (the change feed from cursor 0, as that user) or from a replica (EntityTables), so the two can be compared.

#include "FeedReader.h"
#include "models/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace novamind {
class Database;
}

namespace novamind::test {

struct ScopeEntry
{
    QString entity;
    QString id;
    qint64 version = 0;
    QString patientId; // "" for organisation-wide documents
    QJsonObject data;
    QByteArray canonical; // compact JSON with sorted keys
};

class ScopeView
{
public:
    // Drains GET /v1/changes from cursor 0 with `token`: the latest version of every id, deletions removed.
    static Result<ScopeView> fromServer(FeedReader &feed, const QByteArray &token, int pageLimit = 5000);
    // Every synced row of the replica (EntityTables::forEachRow).
    static Result<ScopeView> fromReplica(Database &db);

    static QString keyOf(const QString &entity, const QString &id) { return entity + u'/' + id; }
    const QMap<QString, ScopeEntry> &entries() const { return m_entries; }
    const ScopeEntry *find(const QString &entity, const QString &id) const;
    int size() const { return int(m_entries.size()); }
    // How many entries belong to `patientId`.
    int countOf(const QString &patientId) const;
    // SHA-256 over (entity, id, version, canonical data) in key order.
    QByteArray checksum() const;

    // "" when both hold the same entries; otherwise the first difference in key order, naming (entity, id) and
    // versions only, never data (which is PHI).
    static QString firstDifference(const ScopeView &server, const ScopeView &replica);

private:
    void put(ScopeEntry entry);
    QMap<QString, ScopeEntry> m_entries;
};

} // namespace novamind::test
