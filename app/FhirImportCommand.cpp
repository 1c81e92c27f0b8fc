// FhirImportCommand: `novamindctl import-fhir`, FHIR QuestionnaireResponses in as new signed, re-scored assessments.
#include "FhirImportCommand.h"

#include "CtlOptionNames.h"
#include "CtlSession.h"
#include "models/cli/ExitCode.h"
#include "models/fhir/FhirResponseReader.h"
#include "models/instruments/InstrumentLibrary.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/RecordMapping.h"
#include "storage/Replica.h"
#include "storage/Session.h"
#include "storage/UnitOfWork.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace novamind {

using namespace ctlopt;

namespace {

const QString kIn = QStringLiteral("in");
const QString kAcknowledgeRisk = QStringLiteral("acknowledge-risk");
// Far above any real set of responses; a bigger file is a mistake, not an import.
constexpr qint64 kMaxInputBytes = 64 * 1024 * 1024;

} // namespace

CommandSpec FhirImportCommand::spec()
{
    CommandSpec spec;
    spec.valueOptions = {kDb, kUser, kPassphraseFile, kIn};
    spec.flags = {kAcknowledgeRisk};
    spec.required = {kDb, kUser, kPassphraseFile, kIn};
    return spec;
}

int FhirImportCommand::run(const ParsedArgs &args)
{
    QFile file(args.value(kIn));
    if (!file.open(QIODevice::ReadOnly))
        return reportError(
            m_err, Error{ErrorCode::NotFound, tr("The FHIR file given with --in cannot be read."), file.errorString()});
    if (file.size() > kMaxInputBytes)
        return reportError(m_err, Error{ErrorCode::Usage, tr("The FHIR file is larger than 64 MB; split it.")});
    const QByteArray json = file.readAll();
    file.close();

    const InstrumentLibrary &library = InstrumentLibrary::builtin();
    auto responses = FhirResponseReader(library).read(json);
    if (!responses.ok())
        return reportError(m_err, responses.error());

    auto opened = openCtlSession(args);
    if (!opened.ok())
        return reportError(m_err, opened.error());
    const Session &session = opened->session;

    const bool riskAcknowledged = args.has(kAcknowledgeRisk);
    QJsonArray saved;
    const Status done = UnitOfWork::run(session, [&](UnitOfWork &uow) -> Status {
        int position = 0;
        for (const FhirImportedResponse &r : responses.value()) {
            ++position;
            if (!uow.policy().requireClinical(uow.db(), r.patientId).ok())
                return Error{ErrorCode::NotFound,
                             tr("Questionnaire response %1 is for a patient you cannot see on this device; nothing "
                                "was imported.")
                                 .arg(position)};
            Assessment draft;
            draft.patientId = r.patientId;
            draft.instrument = r.instrument;
            draft.answers = r.answers;
            if (r.authored.isValid())
                draft.startedAt = r.authored;
            const Instrument *instrument = library.find(r.instrument);
            if (instrument->hasSexSpecificBands()) {
                auto patient = RecordMapping::loadPatient(uow.db(), r.patientId);
                if (!patient.ok())
                    return patient.error();
                if (patient->sex == QLatin1String("female") || patient->sex == QLatin1String("male"))
                    draft.sex = patient->sex;
            }
            // Scored here first only to give a command-line answer to the risk alert sign() would raise.
            auto score = library.score(r.instrument, r.answers, draft.sex);
            if (!score.ok())
                return score.error();
            const bool risk = score->flags.contains(QLatin1String("suicide_risk")) ||
                              score->flags.contains(QLatin1String("suicide_item_unanswered"));
            if (risk && !riskAcknowledged)
                return Error{ErrorCode::Usage,
                             tr("Questionnaire response %1 has a positive suicide item; assess the risk, then run "
                                "again with --acknowledge-risk. Nothing was imported.")
                                 .arg(position)};
            auto stored = AssessmentRepository::saveDraft(uow, draft);
            if (!stored.ok())
                return stored.error();
            auto signedAssessment = AssessmentRepository::sign(uow, stored->id, riskAcknowledged);
            if (!signedAssessment.ok())
                return signedAssessment.error();
            NM_TRY(uow.auditFor(r.patientId, QStringLiteral("import"), QStringLiteral("assessment"),
                                signedAssessment->id));
            const Assessment &a = signedAssessment.value();
            QJsonObject out{{QStringLiteral("id"), a.id},
                            {QStringLiteral("patient"), a.patientId},
                            {QStringLiteral("instrument"), a.instrument},
                            {QStringLiteral("band"), a.band},
                            {QStringLiteral("flags"), QJsonArray::fromStringList(a.flags)}};
            if (a.total)
                out.insert(QStringLiteral("total"), *a.total);
            saved.append(out);
        }
        return {};
    });
    if (!done.ok())
        return reportError(m_err, done.error());
    m_out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("imported"), saved.size()},
                                                         {QStringLiteral("assessments"), saved}})
                                   .toJson(QJsonDocument::Compact))
          << Qt::endl;
    return ExitCode::Ok;
}

} // namespace novamind
