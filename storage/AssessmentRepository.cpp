#include "storage/AssessmentRepository.h"

#include "models/codecs/JsonCodec.h"
#include "models/instruments/InstrumentLibrary.h"
#include "storage/Database.h"
#include "storage/RecordMapping.h"
#include "storage/UnitOfWork.h"

#include <QUuid>

namespace novamind {

namespace {

void applyScore(Assessment &a, const ScoreResult &score)
{
    a.total = score.total;
    a.band = score.band;
    a.flags = score.flags;
    a.subscales = score.subscales;
}

Status deleteRow(Database &db, const QString &id)
{
    auto del = db.prepare("DELETE FROM assessment WHERE id = ? AND status = 'draft'");
    if (!del.ok())
        return del.error();
    del->bind(1, id);
    return del->run();
}

} // namespace

Result<Assessment> AssessmentRepository::saveDraft(UnitOfWork &uow, Assessment draft)
{
    NM_TRY(uow.policy().requireClinical(uow.db(), draft.patientId));
    if (draft.id.isEmpty())
        draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto existing = RecordMapping::loadAssessment(uow.db(), draft.id);
    if (!existing.ok())
        return existing.error();
    if (existing.value() && existing.value()->status != QLatin1String("draft"))
        return Error{ErrorCode::Usage, tr("This assessment is signed and can no longer change; amend it instead.")};
    if (existing.value() && existing.value()->clinicianId != uow.session().userId)
        return Error{ErrorCode::Usage, tr("Only the clinician who started a draft can change it.")};

    draft.clinicianId = uow.session().userId;
    draft.status = QStringLiteral("draft");
    draft.completedAt.reset();
    if (!draft.startedAt.isValid())
        draft.startedAt = uow.session().now();
    auto score = InstrumentLibrary::builtin().score(draft.instrument, draft.answers, draft.sex);
    if (!score.ok())
        return score.error();
    applyScore(draft, score.value());

    NM_TRY(deleteRow(uow.db(), draft.id));
    RecordMapping::Writer writer(uow.db());
    NM_TRY(writer.insert(draft));
    NM_TRY(uow.audit(QStringLiteral("update"), QStringLiteral("assessment"), draft.id, QStringLiteral("treatment")));
    return draft;
}

Status AssessmentRepository::deleteDraft(UnitOfWork &uow, const QString &assessmentId)
{
    auto existing = RecordMapping::loadAssessment(uow.db(), assessmentId);
    if (!existing.ok())
        return existing.error();
    if (!existing.value())
        return Error{ErrorCode::NotFound, tr("That draft no longer exists.")};
    const Assessment &a = *existing.value();
    NM_TRY(uow.policy().requireClinical(uow.db(), a.patientId));
    if (a.status != QLatin1String("draft"))
        return Error{ErrorCode::Usage, tr("This assessment is signed and can no longer change; amend it instead.")};
    if (a.clinicianId != uow.session().userId)
        return Error{ErrorCode::Usage, tr("Only the clinician who started a draft can delete it.")};
    NM_TRY(deleteRow(uow.db(), assessmentId));
    return uow.audit(QStringLiteral("delete"), QStringLiteral("assessment"), assessmentId, QStringLiteral("treatment"));
}

Result<std::vector<Assessment>> AssessmentRepository::drafts(UnitOfWork &uow, const QString &patientId)
{
    NM_TRY(uow.policy().requireClinical(uow.db(), patientId));
    auto stmt = uow.db().prepare("SELECT id FROM assessment WHERE patient_id = ? AND status = 'draft'"
                                 " AND clinician_id = ? ORDER BY started_at");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, patientId).bind(2, uow.session().userId);
    QStringList ids;
    NM_TRY(stmt->forEach([&](const Statement &row) { ids << row.columnText(0); }));
    std::vector<Assessment> out;
    for (const QString &id : ids) {
        auto a = RecordMapping::loadAssessment(uow.db(), id);
        if (!a.ok())
            return a.error();
        if (a.value())
            out.push_back(std::move(*a.value()));
    }
    NM_TRY(uow.audit(QStringLiteral("read"), QStringLiteral("assessment"), patientId, QStringLiteral("treatment")));
    return out;
}

Result<Assessment> AssessmentRepository::sign(UnitOfWork &uow, const QString &assessmentId, bool riskAcknowledged)
{
    auto loaded = RecordMapping::loadAssessment(uow.db(), assessmentId);
    if (!loaded.ok())
        return loaded.error();
    if (!loaded.value())
        return Error{ErrorCode::NotFound, tr("That assessment does not exist on this device.")};
    Assessment a = std::move(*loaded.value());
    NM_TRY(uow.policy().requireClinical(uow.db(), a.patientId));
    if (a.status != QLatin1String("draft"))
        return Error{ErrorCode::Usage, tr("This assessment is already signed.")};
    if (a.clinicianId != uow.session().userId)
        return Error{ErrorCode::Usage, tr("Only the clinician who entered an assessment can sign it.")};

    auto score = InstrumentLibrary::builtin().score(a.instrument, a.answers, a.sex);
    if (!score.ok())
        return score.error();
    if (!score->total)
        return Error{ErrorCode::Usage,
                     tr("Answer every item before signing; this instrument has no total without them.")};
    applyScore(a, score.value());
    // A positive suicide item, or one left blank: either way the clinician must say they assessed the risk.
    const bool risk =
        a.flags.contains(QLatin1String("suicide_risk")) || a.flags.contains(QLatin1String("suicide_item_unanswered"));
    if (risk && !riskAcknowledged)
        return Error{ErrorCode::Usage, tr("The suicide item is positive or unanswered; acknowledge the alert before "
                                          "signing.")};

    a.status = QStringLiteral("completed");
    a.completedAt = uow.session().now();
    NM_TRY(deleteRow(uow.db(), a.id));
    RecordMapping::Writer writer(uow.db());
    NM_TRY(writer.insert(a));
    NM_TRY(writer.refreshSummaries());
    auto pending = uow.db().prepare("UPDATE assessment SET local_state = 1 WHERE id = ?");
    if (!pending.ok())
        return pending.error();
    pending->bind(1, a.id);
    NM_TRY(pending->run());
    NM_TRY(uow.enqueue(QStringLiteral("assessment"), a.id, 0, QStringLiteral("create"), codec::toJson(a)));
    if (risk)
        NM_TRY(uow.audit(QStringLiteral("acknowledge_risk"), QStringLiteral("assessment"), a.id,
                         QStringLiteral("treatment")));
    NM_TRY(uow.audit(QStringLiteral("sign"), QStringLiteral("assessment"), a.id, QStringLiteral("treatment")));
    return a;
}

} // namespace novamind
