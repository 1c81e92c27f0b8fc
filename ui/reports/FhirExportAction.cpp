// FhirExportAction: "Export as FHIR R4…" — asks for a .json file, writes the open patient there as an audited Bundle.
#include "ui/reports/FhirExportAction.h"

#include "storage/AccessPolicy.h"
#include "storage/PatientExport.h"
#include "storage/Session.h"
#include "ui/reports/ExportFileName.h"

#include <QWidget>

namespace novamind {

FhirExportAction::FhirExportAction(QObject *parent)
    : QAction(tr("Export as F&HIR R4…"), parent)
{
    setObjectName(QStringLiteral("exportFhirAction"));
    setStatusTip(tr("Save the open patient's whole record as a FHIR R4 Bundle (JSON) for another system"));
    connect(this, &QAction::triggered, this, &FhirExportAction::askAndExport);
    setPatient(nullptr, {});
}

void FhirExportAction::setPatient(const Session *session, const QString &patientId)
{
    m_session = session;
    m_patientId = session ? patientId : QString();
    setEnabled(m_session && !m_patientId.isEmpty() && AccessPolicy(*m_session).seesClinicalContent());
}

Status FhirExportAction::exportTo(const QString &path)
{
    if (!m_session || m_patientId.isEmpty())
        return Error(ErrorCode::Usage, tr("Open a patient before exporting it as FHIR."), QStringLiteral("no patient"));
    auto written = PatientExport::writeFhirBundle(*m_session, m_patientId, path);
    if (!written.ok())
        return written.error();
    return {};
}

void FhirExportAction::askAndExport()
{
    if (!isEnabled())
        return;
    const QString path =
        askExportPath(qobject_cast<QWidget *>(parent()), tr("Export patient as FHIR R4"),
                      QStringLiteral("patient-fhir"), QStringLiteral("json"), tr("FHIR JSON (*.json)"));
    if (path.isEmpty())
        return;
    const Status written = exportTo(path);
    if (!written.ok()) {
        Q_EMIT errorOccurred(written.error().message);
        return;
    }
    Q_EMIT exported(path);
}

} // namespace novamind
