// PurgeCommand: `novamindctl purge --patient ID` (access check, unsent-changes guard, wipe) and `purge --by-policy`.
#include "PurgeCommand.h"

#include "CtlOptionNames.h"
#include "CtlSession.h"
#include "config/EffectiveSettings.h"
#include "config/SettingsCatalog.h"
#include "models/cli/ExitCode.h"
#include "storage/Replica.h"
#include "storage/Session.h"
#include "storage/lifecycle/LifecyclePolicy.h"
#include "storage/lifecycle/PatientRemoval.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace novamind {

namespace {

using namespace ctlopt;
const QString kDiscardUnsent = QStringLiteral("discard-unsent");
const QString kByPolicy = QStringLiteral("by-policy");

} // namespace

CommandSpec PurgeCommand::spec()
{
    CommandSpec spec;
    spec.valueOptions = {kDb, kUser, kPassphraseFile, kPatient};
    spec.flags = {kDiscardUnsent, kByPolicy};
    // --patient or --by-policy, checked in run().
    spec.required = {kDb, kUser, kPassphraseFile};
    return spec;
}

int PurgeCommand::run(const ParsedArgs &args)
{
    const bool byPolicy = args.has(kByPolicy);
    const QString patientId = args.value(kPatient).trimmed();
    if (byPolicy == !patientId.isEmpty()) {
        m_err << tr("Give either the id of the patient to remove with --patient, or --by-policy.") << Qt::endl;
        return ExitCode::Usage;
    }
    auto opened = openCtlSession(args);
    if (!opened.ok())
        return reportError(m_err, opened.error());
    const Session &session = opened->session;

    if (byPolicy)
        return runPolicy(opened->replica->database(), session.userId);

    PatientRemoval::Options options;
    options.discardUnsent = args.has(kDiscardUnsent);
    auto removed = PatientRemoval::remove(session, patientId, options);
    if (!removed.ok()) {
        const Error &e = removed.error();
        if (e.detail == QLatin1String("unsent_changes")) {
            // A refusal, not a usage mistake: exit code 1 as for a refused purge in sync.
            m_err << e.message << QLatin1Char(' ') << tr("Run the purge again with --discard-unsent to lose them.")
                  << Qt::endl;
            return ExitCode::Failed;
        }
        if (e.code == ErrorCode::NotFound) {
            // The same sentence for absent and hidden patients: a purge must not reveal who is on the replica.
            m_err << tr("No patient with id %1 is on this replica for you; nothing was removed.").arg(patientId)
                  << Qt::endl;
            return ExitCode::Usage;
        }
        return reportError(m_err, e);
    }
    const QJsonObject json{{QStringLiteral("patient"), patientId},
                           {QStringLiteral("purged"), removed->purged},
                           {QStringLiteral("rows"), removed->rows}};
    m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << Qt::endl;
    return ExitCode::Ok;
}

int PurgeCommand::runPolicy(Database &db, const QString &userId)
{
    const config::EffectiveSettings settings = config::EffectiveSettings::load();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const LifecycleSchedule days = settings.lifecycleSchedule();
    auto done = LifecyclePolicy::runAfterSync(db, userId, days, now);
    if (!done.ok())
        return reportError(m_err, done.error());
    const QJsonObject json{{QStringLiteral("evict_after_days"), days.evictAfterDays},
                           {QStringLiteral("evicted"), done->evicted.patients},
                           {QStringLiteral("rows"), done->evicted.rows + done->deletedPurged.rows},
                           {QStringLiteral("purge_deleted_after_days"), days.purgeDeletedAfterDays},
                           {QStringLiteral("deleted_purged"), done->deletedPurged.patients},
                           {QStringLiteral("audit_retention_days"), days.auditRetentionDays},
                           {QStringLiteral("audit_pruned"), done->auditPruned}};
    m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << Qt::endl;
    return ExitCode::Ok;
}

} // namespace novamind
