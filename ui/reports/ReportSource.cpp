#include "ui/reports/ReportSource.h"

#include "storage/ClinicalRepository.h"
#include "storage/PatientRepository.h"
#include "storage/Session.h"
#include "storage/UnitOfWork.h"

namespace novamind {

Result<ReportData> ReportSource::load(const Session &session, const QString &patientId, Use use)
{
    return UnitOfWork::perform(session, [&](UnitOfWork &uow) -> Result<ReportData> {
        if (!uow.policy().seesClinicalContent())
            return Error(ErrorCode::NotFound, tr("Your role may not print or export clinical records."),
                         QStringLiteral("report refused for role without clinical content"));
        auto record = PatientRepository::open(uow, patientId);
        if (!record.ok())
            return record.error();
        ReportData data;
        data.patient = record->patient;
        data.clinician = session.userId;
        data.printedAt = session.now();
        for (const Medication &m : record->medications)
            if (m.status == QLatin1String("active"))
                data.medications.push_back(m);
        for (const Diagnosis &d : record->diagnoses)
            if (d.status == QLatin1String("active"))
                data.diagnoses.push_back(d);

        const QDateTime from(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
        auto states = ClinicalRepository::timelineSeries(uow, patientId, from, data.printedAt);
        if (!states.ok())
            return states.error();
        data.timeline = std::move(states.value());
        auto current = ClinicalRepository::stateAsOf(uow, patientId, data.printedAt);
        if (!current.ok())
            return current.error();
        data.currentState = std::move(current.value());
        auto assessments = ClinicalRepository::assessmentHistory(uow, patientId, QString());
        if (!assessments.ok())
            return assessments.error();
        data.assessments = std::move(assessments.value());

        const QString action = use == Use::Print ? QStringLiteral("print") : QStringLiteral("export");
        NM_TRY(uow.auditFor(patientId, action, QStringLiteral("report"), patientId));
        return data;
    });
}

} // namespace novamind
