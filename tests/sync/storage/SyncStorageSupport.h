#pragma once
// SyncStorageSupport: replicas, records and feed pages for the tests of storage/sync.

#include "DemoReplica.h"
#include "models/codecs/JsonCodec.h"
#include "models/sync/SyncMessages.h"
#include "storage/Database.h"
#include "storage/Session.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace novamind::test {

// A replica with organisation "org", `user` (psychiatrist) and patient "p1" (MRN1) in their care.
inline std::unique_ptr<Replica> syncReplica(const QTemporaryDir &dir, const QString &name,
                                            const QString &user = QStringLiteral("dr.ada"))
{
    auto created =
        Replica::create(dir.filePath(name), user, "sync test passphrase", Role::Psychiatrist, cheapOptions());
    Q_ASSERT(created.ok());
    std::unique_ptr<Replica> replica = std::move(created).value();
    [[maybe_unused]] const Status seeded =
        seedPatientInCare(*replica, user, QStringLiteral("p1"), QStringLiteral("MRN1"));
    Q_ASSERT(seeded.ok());
    return replica;
}

inline Session sessionOf(Replica &replica)
{
    auto s = Session::forReplica(replica);
    Q_ASSERT(s.ok());
    return s.value();
}

inline qint64 count(Database &db, const std::string &sql)
{
    auto n = db.queryInt(sql);
    return n.ok() ? n.value() : -1;
}

inline QJsonObject noteJson(const QString &id, const QString &patientId, const QString &body)
{
    ClinicalNote n;
    n.id = id;
    n.patientId = patientId;
    n.authorId = QStringLiteral("dr.ada");
    n.createdAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    n.kind = QStringLiteral("progress");
    n.title = QStringLiteral("Visit");
    n.body = body;
    return codec::toJson(n);
}

inline QJsonObject patientJson(const QString &id, const QString &mrn, const QString &family)
{
    Patient p;
    p.id = id;
    p.mrn = mrn;
    p.organizationId = QStringLiteral("org");
    p.givenName = QStringLiteral("Bea");
    p.familyName = family;
    p.birthDate = QDate(1970, 5, 6);
    p.sex = QStringLiteral("female");
    p.gender = QStringLiteral("female");
    return codec::toJson(p);
}

inline DigitalTwinState twinState(const QString &patientId, const QDateTime &at, double depression)
{
    DigitalTwinState s;
    s.id = QStringLiteral("s-") + patientId + QString::number(at.toMSecsSinceEpoch());
    s.twinId = QStringLiteral("twin-") + patientId;
    s.patientId = patientId;
    s.timestamp = at;
    s.symptom = SymptomState{depression, 0.2, 0.3, 0.4};
    s.neurotransmitter = NeurotransmitterState{1, 1, 1, 1, 1, 1};
    s.behavioral = BehavioralState{7, 0.5, 0.5};
    s.functional = FunctionalState{60, 0.8};
    s.risk = RiskState{0.1, QStringLiteral("low")};
    s.confidence = 0.9;
    return s;
}

inline sync::Change upsert(const QString &entity, const QString &id, qint64 version, const QJsonObject &data)
{
    static qint64 seq = 0;
    sync::Change c;
    c.seq = ++seq;
    c.entity = entity;
    c.id = id;
    c.version = version;
    c.data = data;
    return c;
}

inline sync::Change removal(const QString &entity, const QString &id, qint64 version)
{
    sync::Change c = upsert(entity, id, version, {});
    c.deleted = true;
    return c;
}

inline sync::ChangePage page(std::vector<sync::Change> changes, qint64 cursor,
                             const QString &serverId = QStringLiteral("server-1"))
{
    sync::ChangePage p;
    p.changes = std::move(changes);
    p.cursor = cursor;
    p.serverId = serverId;
    return p;
}

inline QString columnOf(Database &db, const std::string &sql, const QString &id)
{
    auto stmt = db.prepare(sql);
    if (!stmt.ok())
        return QStringLiteral("<error>");
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row.ok() || !row.value())
        return QStringLiteral("<none>");
    return stmt->columnText(0);
}

inline void initSyncTest()
{
    QStandardPaths::setTestModeEnabled(true);
}

} // namespace novamind::test
