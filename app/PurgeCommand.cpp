// PurgeCommand: `novamindctl purge --patient ID` (access check, unsent-changes guard, wipe) and `purge --by-policy`.
#include "PurgeCommand.h"

#include "CtlOptionNames.h"
#include "config/EffectiveSettings.h"
#include "config/SettingsCatalog.h"
#include "models/cli/ExitCode.h"
#include "storage/Replica.h"
#include "storage/SecureBytes.h"
#include "storage/Session.h"
#include "storage/lifecycle/LifecyclePolicy.h"
#include "storage/lifecycle/PatientRemoval.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace novamind {

namespace {

using namespace ctlopt;
const QString kPatient = QStringLiteral("patient");
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

    if (byPolicy)
        return runPolicy(replica.value()->database(), session->userId);

    PatientRemoval::Options options;
    options.purpose = QStringLiteral("request");
    options.discardUnsent = args.has(kDiscardUnsent);
    auto removed = PatientRemoval::remove(session.value(), patientId, options);
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
    const qint64 evictDays = settings.number(config::key::EvictAfterDays);
    const qint64 retentionDays = settings.number(config::key::AuditRetentionDays);
    auto done = LifecyclePolicy::runAfterSync(db, userId, int(evictDays), int(retentionDays), now);
    if (!done.ok())
        return reportError(m_err, done.error());
    const QJsonObject json{{QStringLiteral("evict_after_days"), evictDays},
                           {QStringLiteral("evicted"), done->evicted.patients},
                           {QStringLiteral("rows"), done->evicted.rows},
                           {QStringLiteral("audit_retention_days"), retentionDays},
                           {QStringLiteral("audit_pruned"), done->auditPruned}};
    m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << Qt::endl;
    return ExitCode::Ok;
}

} // namespace novamind
