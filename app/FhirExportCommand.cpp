// FhirExportCommand: `novamindctl export-fhir`, one patient as a FHIR R4 Bundle file (audited as an export).
#include "FhirExportCommand.h"

#include "CtlOptionNames.h"
#include "models/cli/ExitCode.h"
#include "models/fhir/FhirBundleWriter.h"
#include "models/instruments/InstrumentLibrary.h"
#include "storage/AtomicFile.h"
#include "storage/PatientExport.h"
#include "storage/Replica.h"
#include "storage/SecureBytes.h"
#include "storage/Session.h"
#include "storage/UnitOfWork.h"

#include <QFile>
#include <QJsonDocument>

namespace novamind {

using namespace ctlopt;

namespace {

const QString kPatient = QStringLiteral("patient");
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
    auto passphrase = SecretReader::read(args.value(kPassphraseFile), kPassphraseFile);
    if (!passphrase.ok())
        return reportError(m_err, passphrase.error());
    auto replica = Replica::open(args.value(kDb), args.value(kUser), passphrase.value(), Replica::Options{});
    secureWipe(passphrase.value());
    if (!replica.ok())
        return reportError(m_err, replica.error());
    auto session = Session::forReplica(*replica.value());
    if (!session.ok())
        return reportError(m_err, session.error());

    auto uow = UnitOfWork::begin(session.value());
    if (!uow.ok())
        return reportError(m_err, uow.error());
    auto data = PatientExport::gather(uow.value(), patientId);
    if (!data.ok())
        return reportError(m_err, data.error());
    const QJsonObject bundle = FhirBundleWriter(InstrumentLibrary::builtin()).bundle(data.value());
    // Written before the commit, so that a file that cannot be written leaves no "export" in the audit trail.
    const Status written = AtomicFile::write(outPath, QJsonDocument(bundle).toJson(QJsonDocument::Indented));
    if (!written.ok())
        return reportError(m_err, written.error());
    const Status committed = uow->commit();
    if (!committed.ok()) {
        // An export the audit trail does not record must not stay behind.
        QFile::remove(outPath);
        return reportError(m_err, committed.error());
    }

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
