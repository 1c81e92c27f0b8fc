#pragma once
// EmergencyAccess: break-glass from the GUI — find a patient outside one's relationships by exact MRN, then grant.

#include "models/Result.h"

#include <QCoreApplication>
#include <chrono>

namespace novamind {

struct Session;

class EmergencyAccess
{
    Q_DECLARE_TR_FUNCTIONS(EmergencyAccess)
public:
    // The patient with exactly this MRN in the user's organisation. Reveals existence only (the admin list shows
    // MRNs too); nothing clinical is read, so nothing is audited until access is granted.
    static Result<QString> findByMrn(const Session &session, const QString &mrn);
    // AccessPolicy::breakGlass: reason of ≥ 10 characters, 1 minute to 12 hours, audited as break_glass.
    static Status grant(const Session &session, const QString &patientId, const QString &reason,
                        std::chrono::minutes duration);
};

} // namespace novamind
