#include "ScopeView.h"

#include "storage/sync/EntityTables.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace novamind::test {

namespace {

QByteArray canonicalOf(const QJsonObject &data)
{
    // QJsonObject keeps its keys sorted, so equal documents serialise to equal bytes.
    return QJsonDocument(data).toJson(QJsonDocument::Compact);
}

QString patientOf(const QString &entity, const QJsonObject &data)
{
    if (entity == QLatin1String("patient"))
        return data.value(QLatin1String("id")).toString();
    return data.value(QLatin1String("patient_id")).toString();
}

} // namespace

void ScopeView::put(ScopeEntry entry)
{
    entry.canonical = canonicalOf(entry.data);
    m_entries.insert(keyOf(entry.entity, entry.id), std::move(entry));
}

Result<ScopeView> ScopeView::fromServer(FeedReader &feed, const QByteArray &token, int pageLimit)
{
    auto drained = feed.drain(token, QStringLiteral("0"), pageLimit);
    if (!drained.ok())
        return drained.error();
    ScopeView view;
    // The feed is in sequence order: a later change of an id supersedes an earlier one.
    for (const QJsonObject &change : drained->changes) {
        const QString entity = change.value(QLatin1String("entity")).toString();
        const QString id = change.value(QLatin1String("id")).toString();
        if (change.value(QLatin1String("op")).toString() == QLatin1String("delete")) {
            view.m_entries.remove(keyOf(entity, id));
            continue;
        }
        const QJsonObject data = change.value(QLatin1String("data")).toObject();
        view.put(ScopeEntry{
            entity, id, change.value(QLatin1String("version")).toInteger(), patientOf(entity, data), data, {}});
    }
    return view;
}

Result<ScopeView> ScopeView::fromReplica(Database &db)
{
    ScopeView view;
    NM_TRY(EntityTables::forEachRow(db, [&](const QString &entity, const QString &id, const EntityTables::Row &row) {
        view.put(ScopeEntry{entity, id, row.serverVersion, row.patientId, row.data, {}});
    }));
    return view;
}

const ScopeEntry *ScopeView::find(const QString &entity, const QString &id) const
{
    const auto it = m_entries.constFind(keyOf(entity, id));
    return it == m_entries.constEnd() ? nullptr : &it.value();
}

int ScopeView::countOf(const QString &patientId) const
{
    int n = 0;
    for (const ScopeEntry &e : m_entries)
        n += e.patientId == patientId;
    return n;
}

QByteArray ScopeView::checksum() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const ScopeEntry &e : m_entries) {
        const QByteArray line =
            e.entity.toUtf8() + '\0' + e.id.toUtf8() + '\0' + QByteArray::number(e.version) + '\0' + e.canonical + '\n';
        hash.addData(line);
    }
    return hash.result().toHex();
}

QString ScopeView::firstDifference(const ScopeView &server, const ScopeView &replica)
{
    auto s = server.m_entries.constBegin();
    auto r = replica.m_entries.constBegin();
    while (s != server.m_entries.constEnd() || r != replica.m_entries.constEnd()) {
        if (r == replica.m_entries.constEnd() || (s != server.m_entries.constEnd() && s.key() < r.key()))
            return QStringLiteral("%1: on the server (v%2), missing from the replica").arg(s.key()).arg(s->version);
        if (s == server.m_entries.constEnd() || r.key() < s.key())
            return QStringLiteral("%1: in the replica (v%2), not on the server").arg(r.key()).arg(r->version);
        if (s->version != r->version)
            return QStringLiteral("%1: server v%2, replica v%3").arg(s.key()).arg(s->version).arg(r->version);
        if (s->canonical != r->canonical)
            return QStringLiteral("%1: same version v%2, different data").arg(s.key()).arg(s->version);
        ++s;
        ++r;
    }
    return {};
}

} // namespace novamind::test
