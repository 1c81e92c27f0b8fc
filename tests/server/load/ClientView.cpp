#include "ClientView.h"

#include <QSet>

namespace novamind::test {

QString ClientView::keyOf(const QString &entity, const QString &id)
{
    return entity + QLatin1Char('/') + id;
}

QString ClientView::patientOf(const QString &entity, const QJsonObject &data)
{
    if (entity == QLatin1String("patient"))
        return data.value(QLatin1String("id")).toString();
    return data.value(QLatin1String("patient_id")).toString();
}

void ClientView::applyPage(const QList<QJsonObject> &changes, const QStringList &revocations, const QString &cursor)
{
    for (const QJsonObject &change : changes) {
        const QString entity = change.value(QLatin1String("entity")).toString();
        const QString id = change.value(QLatin1String("id")).toString();
        if (change.value(QLatin1String("op")).toString() == QLatin1String("delete")) {
            m_documents.remove(keyOf(entity, id));
            continue;
        }
        const QJsonObject data = change.value(QLatin1String("data")).toObject();
        // The feed is authoritative: a page replaces what an earlier push answer put here.
        m_documents.insert(keyOf(entity, id), ViewDocument{change.value(QLatin1String("version")).toInteger(), data,
                                                           patientOf(entity, data)});
    }
    if (!revocations.isEmpty()) {
        const QSet<QString> revoked(revocations.cbegin(), revocations.cend());
        m_documents.removeIf([&revoked](const auto &it) { return revoked.contains(it.value().patientId); });
    }
    m_cursor = cursor;
}

void ClientView::learn(const QString &entity, const QString &id, qint64 version, const QJsonObject &data)
{
    const QString key = keyOf(entity, id);
    const auto held = m_documents.constFind(key);
    if (held != m_documents.constEnd() && held->version >= version)
        return;
    m_documents.insert(key, ViewDocument{version, data, patientOf(entity, data)});
}

void ClientView::forget(const QString &entity, const QString &id)
{
    m_documents.remove(keyOf(entity, id));
}

const ViewDocument *ClientView::find(const QString &entity, const QString &id) const
{
    const auto it = m_documents.constFind(keyOf(entity, id));
    return it == m_documents.constEnd() ? nullptr : &it.value();
}

QStringList ClientView::keysOf(const QStringList &entities, const QStringList &patients) const
{
    const QSet<QString> wanted(patients.cbegin(), patients.cend());
    QStringList keys;
    for (auto it = m_documents.cbegin(); it != m_documents.cend(); ++it) {
        const QString entity = it.key().section(QLatin1Char('/'), 0, 0);
        if (entities.contains(entity) && wanted.contains(it->patientId))
            keys << it.key();
    }
    keys.sort(); // a stable order, so that a seeded random choice is repeatable
    return keys;
}

} // namespace novamind::test
