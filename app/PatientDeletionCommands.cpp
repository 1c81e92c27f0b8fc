#include "PatientDeletionCommands.h"

#include "CtlOptionNames.h"
#include "CtlSession.h"
#include "models/cli/ExitCode.h"
#include "storage/UnitOfWork.h"
#include "storage/lifecycle/PatientDeletion.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace novamind {

using namespace ctlopt;

namespace {

const QString kReason = QStringLiteral("reason");

// Runs one deletion or restoration and prints {"patient": ID, <done>: true}; NotFound is the caller's sentence.
template<typename Work>
int runOnPatient(QTextStream &out, QTextStream &err, const ParsedArgs &args, const QString &done,
                 const QString &notFound, Work &&work)
{
    const QString patientId = args.value(kPatient).trimmed();
    auto opened = openCtlSession(args);
    if (!opened.ok())
        return reportError(err, opened.error());
    const Status status = UnitOfWork::run(opened->session, [&](UnitOfWork &uow) { return work(uow, patientId); });
    if (!status.ok()) {
        if (status.error().code == ErrorCode::NotFound) {
            err << notFound.arg(patientId) << Qt::endl;
            return ExitCode::Usage;
        }
        return reportError(err, status.error());
    }
    out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("patient"), patientId}, {done, true}})
                                 .toJson(QJsonDocument::Compact))
        << Qt::endl;
    return ExitCode::Ok;
}

} // namespace

CommandSpec DeletePatientCommand::spec()
{
    CommandSpec spec;
    spec.valueOptions = {kDb, kUser, kPassphraseFile, kPatient, kReason};
    spec.required = {kDb, kUser, kPassphraseFile, kPatient, kReason};
    return spec;
}

int DeletePatientCommand::run(const ParsedArgs &args)
{
    // The same sentence for absent, hidden and already deleted patients.
    return runOnPatient(
        m_out, m_err, args, QStringLiteral("deleted"),
        tr("No patient with id %1 is on this replica for you; nothing was deleted."),
        [&](UnitOfWork &uow, const QString &id) { return PatientDeletion::softDelete(uow, id, args.value(kReason)); });
}

CommandSpec RestorePatientCommand::spec()
{
    CommandSpec spec;
    spec.valueOptions = {kDb, kUser, kPassphraseFile, kPatient};
    spec.required = {kDb, kUser, kPassphraseFile, kPatient};
    return spec;
}

int RestorePatientCommand::run(const ParsedArgs &args)
{
    return runOnPatient(m_out, m_err, args, QStringLiteral("restored"),
                        tr("No deleted patient with id %1 is on this replica for you; nothing was restored."),
                        [](UnitOfWork &uow, const QString &id) { return PatientDeletion::restore(uow, id); });
}

} // namespace novamind
