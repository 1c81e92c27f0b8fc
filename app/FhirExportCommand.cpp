// FhirExportCommand: `novamindctl export-fhir`, one patient as a FHIR R4 Bundle file (audited as an export).
#include "FhirExportCommand.h"

#include "CtlOptionNames.h"
#include "CtlSession.h"
#include "models/cli/ExitCode.h"
#include "models/fhir/FhirBundleWriter.h"
#include "storage/PatientExport.h"
#include "storage/Replica.h"
#include "storage/Session.h"

#include <QJsonDocument>

namespace novamind {

using namespace ctlopt;

namespace {

const QString kOut = QStringLiteral("out");

} // namespace

CommandSpec FhirExportCommand::spec()
{
    CommandSpec spec;
    spec.valueOptions = {kDb, kUser, kPassphraseFile, kPatient, kOut};
    spec.required = {kDb, kUser, kPassphraseFile, kPatient, kOut};
    return spec;
}

int FhirExportCommand::run(const ParsedArgs &args)
{
    const QString patientId = args.value(kPatient);
    const QString outPath = args.value(kOut);
    auto opened = openCtlSession(args);
    if (!opened.ok())
        return reportError(m_err, opened.error());
    const Session &session = opened->session;

    auto written = PatientExport::writeFhirBundle(session, patientId, outPath);
    if (!written.ok())
        return reportError(m_err, written.error());
    const QJsonObject &bundle = written.value();

    QJsonObject counts;
    const auto perType = FhirBundleWriter::resourceCounts(bundle);
    for (auto it = perType.constBegin(); it != perType.constEnd(); ++it)
        counts.insert(it.key(), it.value());
    m_out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("patient"), patientId},
                                                         {QStringLiteral("out"), outPath},
                                                         {QStringLiteral("resources"), counts}})
                                   .toJson(QJsonDocument::Compact))
          << Qt::endl;
    return ExitCode::Ok;
}

} // namespace novamind
