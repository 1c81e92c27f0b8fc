// PatientExport: gathers one patient's whole record through the repositories for an export, audited as one.
#include "storage/PatientExport.h"

#include "models/fhir/FhirBundleWriter.h"
#include "models/instruments/InstrumentLibrary.h"
#include "storage/ClinicalRepository.h"
#include "storage/Database.h"
#include "storage/PatientRepository.h"
#include "storage/Statement.h"
#include "storage/UnitOfWork.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <set>

namespace novamind {

namespace {

// Runs `sql` (one ? for the id) for each id and turns each row found with `read`; ids this replica does not hold
// are left out (the export names them nowhere).
template<typename T, typename Read>
Result<std::vector<T>> loadById(Database &db, const char *sql, const std::set<QString> &ids, Read &&read)
{
    std::vector<T> out;
    auto stmt = db.prepare(sql);
    if (!stmt.ok())
        return stmt.error();
    for (const QString &id : ids) {
        stmt->reset();
        stmt->bind(1, id);
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (row.value())
            out.push_back(read(stmt.value()));
    }
    return out;
}

Result<std::vector<Clinician>> loadClinicians(Database &db, const std::set<QString> &ids)
{
    return loadById<Clinician>(db,
                               "SELECT id, license_number, given_name, family_name, role, organization_id,"
                               " specializations, email FROM clinician WHERE id = ?",
                               ids, [](const Statement &row) {
                                   Clinician c;
                                   c.id = row.columnText(0);
                                   c.licenseNumber = row.columnText(1);
                                   c.givenName = row.columnText(2);
                                   c.familyName = row.columnText(3);
                                   c.role = row.columnText(4);
                                   c.organizationId = row.columnText(5);
                                   const QJsonArray specs = QJsonDocument::fromJson(row.columnText(6).toUtf8()).array();
                                   for (const QJsonValue &spec : specs)
                                       c.specializations << spec.toString();
                                   c.email = row.columnText(7);
                                   return c;
                               });
}

Result<std::vector<Organization>> loadOrganizations(Database &db, const std::set<QString> &ids)
{
    return loadById<Organization>(db, "SELECT id, name FROM organization WHERE id = ?", ids, [](const Statement &row) {
        return Organization{row.columnText(0), row.columnText(1)};
    });
}

} // namespace

Result<FhirPatientData> PatientExport::gather(UnitOfWork &uow, const QString &patientId)
{
    auto record = PatientRepository::open(uow, patientId);
    if (!record.ok())
        return record.error();
    FhirPatientData data;
    data.patient = std::move(record->patient);
    data.diagnoses = std::move(record->diagnoses);
    data.medications = std::move(record->medications);
    data.relationships = std::move(record->relationships);

    auto assessments = ClinicalRepository::assessmentHistory(uow, patientId, QString());
    if (!assessments.ok())
        return assessments.error();
    data.assessments = std::move(assessments.value());
    auto states = ClinicalRepository::timeline(uow, patientId);
    if (!states.ok())
        return states.error();
    data.states = std::move(states.value());
    auto predictions = ClinicalRepository::predictions(uow, patientId);
    if (!predictions.ok())
        return predictions.error();
    data.predictions = std::move(predictions.value());

    std::set<QString> clinicianIds;
    for (const auto &r : data.relationships)
        clinicianIds.insert(r.clinicianId);
    for (const auto &d : data.diagnoses)
        clinicianIds.insert(d.diagnosedBy);
    for (const auto &m : data.medications)
        clinicianIds.insert(m.prescriberId);
    for (const auto &a : data.assessments)
        clinicianIds.insert(a.clinicianId);
    clinicianIds.erase(QString());
    auto clinicians = loadClinicians(uow.db(), clinicianIds);
    if (!clinicians.ok())
        return clinicians.error();
    data.clinicians = std::move(clinicians.value());
    std::set<QString> organizationIds{data.patient.organizationId};
    for (const auto &r : data.relationships)
        organizationIds.insert(r.organizationId);
    organizationIds.erase(QString());
    auto organizations = loadOrganizations(uow.db(), organizationIds);
    if (!organizations.ok())
        return organizations.error();
    data.organizations = std::move(organizations.value());

    NM_TRY(uow.auditFor(patientId, QStringLiteral("export"), QStringLiteral("patient"), patientId));
    return data;
}

Result<QJsonObject> PatientExport::writeFhirBundle(const Session &session, const QString &patientId,
                                                   const QString &path)
{
    auto uow = UnitOfWork::begin(session);
    if (!uow.ok())
        return uow.error();
    auto data = gather(uow.value(), patientId);
    if (!data.ok())
        return data.error();
    QJsonObject bundle = FhirBundleWriter(InstrumentLibrary::builtin()).bundle(data.value());
    NM_TRY(uow->commitWithFile(path, QJsonDocument(bundle).toJson(QJsonDocument::Indented)));
    return bundle;
}

} // namespace novamind
