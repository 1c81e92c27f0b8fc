#include "LocalEdits.h"

#include "TestDocuments.h"
#include "models/codecs/JsonCodec.h"
#include "storage/AssessmentRepository.h"
#include "storage/UnitOfWork.h"
#include "storage/sync/RecordEditor.h"

namespace novamind::test {

namespace {
const QString kNote = QStringLiteral("clinical_note");
const QString kObservation = QStringLiteral("clinical_observation");
} // namespace

Result<LocalEdit> LocalEdits::createNote(const Session &session, const QString &patientId, const QString &body)
{
    const QJsonObject data = codec::toJson(TestDocuments::note(patientId, session.userId, body));
    NM_TRY(RecordEditor::create(session, kNote, data));
    return LocalEdit{kNote, data.value(QLatin1String("id")).toString(), data};
}

Result<LocalEdit> LocalEdits::updateNote(const Session &session, const LocalEdit &current, const QString &body)
{
    QJsonObject data = current.data;
    data.insert(QStringLiteral("body"), body);
    NM_TRY(RecordEditor::update(session, kNote, data));
    return LocalEdit{kNote, current.id, data};
}

Result<LocalEdit> LocalEdits::createObservation(const Session &session, const QString &patientId, double value)
{
    ClinicalObservation o = TestDocuments::observation(patientId, session.userId);
    o.numericValue = value;
    const QJsonObject data = codec::toJson(o);
    NM_TRY(RecordEditor::create(session, kObservation, data));
    return LocalEdit{kObservation, o.id, data};
}

Result<LocalEdit> LocalEdits::signPhq9(const Session &session, const QString &patientId, const QList<int> &answers)
{
    Assessment draft;
    draft.patientId = patientId;
    draft.instrument = QStringLiteral("phq9");
    for (const int answer : answers)
        draft.answers.emplace_back(answer);
    auto signedAssessment = UnitOfWork::perform(session, [&](UnitOfWork &uow) -> Result<Assessment> {
        auto saved = AssessmentRepository::saveDraft(uow, draft);
        if (!saved.ok())
            return saved.error();
        return AssessmentRepository::sign(uow, saved->id, true);
    });
    if (!signedAssessment.ok())
        return signedAssessment.error();
    return LocalEdit{QStringLiteral("assessment"), signedAssessment->id, codec::toJson(signedAssessment.value())};
}

} // namespace novamind::test
