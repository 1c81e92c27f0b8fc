#pragma once
// AssessmentRepository: drafts, and signing an assessment (scored, frozen, queued for the server, audited).

#include "models/Result.h"
#include "models/domain/Assessment.h"

#include <QCoreApplication>
#include <vector>

namespace novamind {

class UnitOfWork;

class AssessmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentRepository)
public:
    // Creates or replaces a draft of the signed-in clinician; scored for display, stays on this device.
    static Result<Assessment> saveDraft(UnitOfWork &uow, Assessment draft);
    static Result<std::vector<Assessment>> drafts(UnitOfWork &uow, const QString &patientId);
    // Deletes one of the signed-in clinician's own drafts (never a signed assessment); audited.
    static Status deleteDraft(UnitOfWork &uow, const QString &assessmentId);
    // Signs a draft: scores it with the instrument's published rules, freezes it and queues it for the server.
    // When the answers raise suicide_risk or suicide_item_unanswered, `riskAcknowledged` must be true; the
    // acknowledgement is audited.
    static Result<Assessment> sign(UnitOfWork &uow, const QString &assessmentId, bool riskAcknowledged);
};

} // namespace novamind
