#pragma once
// AccessPolicy: which patients and columns the signed-in user may see, decided offline at query time.

#include "models/Result.h"
#include "storage/Session.h"

#include <QCoreApplication>
#include <QString>
#include <chrono>
#include <string>

namespace novamind {

class Statement;

// Patients deleted on this replica (PatientDeletion) are hidden from clinicians until restored or purged; the few
// callers that deal with deleted patients (restore, purge, the list of deleted patients) include them.
enum class DeletedPatients
{
    Hidden,
    Included
};

class AccessPolicy
{
    Q_DECLARE_TR_FUNCTIONS(AccessPolicy)
public:
    explicit AccessPolicy(const Session &session)
        : m_session(session)
    {}

    // Admins (IT) see that patients exist (id, MRN) but no name, demographics or clinical content.
    bool seesClinicalContent() const { return m_session.role != Role::Admin; }

    // SQL condition on a patient table aliased `alias`: same organisation and an active relationship
    // (valid_from <= now < valid_to) or an unexpired break-glass grant, and for clinicians not deleted here unless
    // `deleted` includes them; for admins, the organisation alone (they get ids and MRNs only). Bind with bind().
    QString visibleCondition(const QString &alias, DeletedPatients deleted = DeletedPatients::Hidden) const;
    void bind(Statement &stmt) const;

    // NotFound unless the user may see this patient now (the same answer for "hidden" and "absent").
    Status requirePatient(Database &db, const QString &patientId,
                          DeletedPatients deleted = DeletedPatients::Hidden) const;
    // For clinical reads: requirePatient() and clinical content for the role.
    Status requireClinical(Database &db, const QString &patientId) const;
    // The audit purpose of an access: "treatment", or "break_glass" while only a grant allows it.
    Result<QString> purposeFor(Database &db, const QString &patientId) const;

    static constexpr std::chrono::minutes kMaxBreakGlass{12 * 60};
    static constexpr int kMinReasonLength = 10;
    // Emergency access outside the user's relationships: needs a reason, expires, flagged in the audit trail.
    Status breakGlass(Database &db, const QString &patientId, const QString &reason,
                      std::chrono::minutes duration) const;

    const Session &session() const { return m_session; }

private:
    Result<bool> hasActiveRelationship(Database &db, const QString &patientId) const;
    // Runs a count(*) query with :id and the policy's parameters bound; true when it counts anything.
    Result<bool> anyRow(Database &db, const std::string &sql, const QString &patientId) const;

    const Session &m_session;
};

} // namespace novamind
