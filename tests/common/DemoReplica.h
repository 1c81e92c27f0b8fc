#pragma once
// DemoReplica: a replica filled with a small deterministic demo cohort, for GUI tests, screenshots and benchmarks.

#include "TestSupport.h"
#include "models/codecs/JsonCodec.h"
#include "models/cohort/DemoCohort.h"
#include "storage/CohortImporter.h"
#include "storage/RecordMapping.h"
#include "storage/Session.h"
#include "storage/sync/RecordEditor.h"

#include <memory>

namespace novamind::test {

struct DemoReplicaSpec
{
    QString path;
    QString userId = QStringLiteral("dr.ada");
    QByteArray passphrase = QByteArrayLiteral("correct horse battery");
    Role role = Role::Psychiatrist;
    int patients = 30;
    int statesPerPatient = 120;
    quint64 seed = 7;
    bool cheapKdf = true;
};

// Creates the replica and imports the cohort related to the user; the replica stays open.
inline Result<std::unique_ptr<Replica>> createDemoReplica(const DemoReplicaSpec &spec)
{
    auto created = Replica::create(spec.path, spec.userId, spec.passphrase, spec.role,
                                   spec.cheapKdf ? cheapOptions() : Replica::Options{});
    if (!created.ok())
        return created.error();
    std::unique_ptr<Replica> replica = std::move(created).value();
    auto session = Session::forReplica(*replica);
    if (!session.ok())
        return session.error();
    CohortParameters params;
    params.patients = spec.patients;
    params.statesPerPatient = spec.statesPerPatient;
    params.seed = spec.seed;
    params.clinicianId = spec.userId;
    const DemoCohort cohort(params);
    session->organizationId = cohort.organization().id;
    auto imported = CohortImporter::import(session.value(), cohort, spec.patients);
    if (!imported.ok())
        return imported.error();
    return replica;
}

// A patient of the user's organisation with no care relationship to anyone (for break-glass tests).
inline Status addUnrelatedPatient(Replica &replica, const QString &id, const QString &mrn, const QString &family,
                                  const QString &given)
{
    auto session = Session::forReplica(replica);
    if (!session.ok())
        return session.error();
    Patient p;
    p.id = id;
    p.mrn = mrn;
    p.organizationId = session->organizationId;
    p.familyName = family;
    p.givenName = given;
    p.birthDate = QDate(1975, 6, 1);
    p.sex = QStringLiteral("male");
    p.gender = QStringLiteral("male");
    RecordMapping::Writer writer(replica.database());
    NM_TRY(writer.insert(p));
    return writer.refreshSummaries();
}

} // namespace novamind::test

namespace novamind::test {

// The smallest clinical world: organisation "org", `userId` as its psychiatrist, and one adult patient of
// "org" (id `patientId`, MRN `mrn`, "Example, Ada", female, born 1980-02-03) in that clinician's active care.
inline Status seedPatientInCare(Replica &replica, const QString &userId, const QString &patientId, const QString &mrn)
{
    RecordMapping::Writer w(replica.database());
    NM_TRY(w.insert(Organization{QStringLiteral("org"), QStringLiteral("Clinic")}));
    Clinician c;
    c.id = userId;
    c.role = QStringLiteral("psychiatrist");
    c.organizationId = QStringLiteral("org");
    NM_TRY(w.insert(c));
    Patient p;
    p.id = patientId;
    p.mrn = mrn;
    p.organizationId = QStringLiteral("org");
    p.givenName = QStringLiteral("Ada");
    p.familyName = QStringLiteral("Example");
    p.birthDate = QDate(1980, 2, 3);
    p.sex = QStringLiteral("female");
    p.gender = QStringLiteral("female");
    NM_TRY(w.insert(p));
    return w.insert(ClinicalRelationship{QStringLiteral("rel"), userId, patientId, QStringLiteral("org"),
                                         QStringLiteral("treating_psychiatrist"),
                                         QDateTime::currentDateTimeUtc().addYears(-1), std::nullopt});
}

// An edit of `patientId` the server has not seen: a progress note by the session's user, with its outbox entry.
inline Status addUnsentNote(const Session &session, const QString &patientId,
                            const QString &noteId = QStringLiteral("n1"))
{
    ClinicalNote note;
    note.id = noteId;
    note.patientId = patientId;
    note.authorId = session.userId;
    note.createdAt = session.now();
    note.kind = QStringLiteral("progress");
    note.body = QStringLiteral("not yet sent");
    return RecordEditor::create(session, QStringLiteral("clinical_note"), codec::toJson(note));
}

// The world of the GUI tests that delete and remove patients: seedPatientInCare's p1 ("Example, Ada", MRN M1) with an
// edit not yet sent, and p2 ("Second, Sam", MRN M2), both in `userId`'s care.
inline Status seedTwoPatientsInCare(Replica &replica, const QString &userId)
{
    NM_TRY(seedPatientInCare(replica, userId, QStringLiteral("p1"), QStringLiteral("M1")));
    NM_TRY(addUnrelatedPatient(replica, QStringLiteral("p2"), QStringLiteral("M2"), QStringLiteral("Second"),
                               QStringLiteral("Sam")));
    RecordMapping::Writer w(replica.database());
    NM_TRY(w.insert(ClinicalRelationship{QStringLiteral("rel-2"), userId, QStringLiteral("p2"), QStringLiteral("org"),
                                         QStringLiteral("treating_psychiatrist"),
                                         QDateTime::currentDateTimeUtc().addYears(-1), std::nullopt}));
    auto session = Session::forReplica(replica);
    if (!session.ok())
        return session.error();
    return addUnsentNote(session.value(), QStringLiteral("p1"));
}

} // namespace novamind::test
