#include "CtlCommands.h"

#include "CtlOptionNames.h"
#include "CtlSession.h"
#include "FhirExportCommand.h"
#include "FhirImportCommand.h"
#include "PatientDeletionCommands.h"
#include "PolicyCommand.h"
#include "ProvisionCommand.h"
#include "PurgeCommand.h"
#include "ScoreCommand.h"
#include "SyncCommand.h"
#include "models/Version.h"
#include "models/cli/CtlOptions.h"
#include "models/cohort/DemoCohort.h"
#include "storage/CohortImporter.h"
#include "storage/Database.h"
#include "storage/PatientRepository.h"
#include "storage/Replica.h"
#include "storage/SecureBytes.h"
#include "storage/Session.h"
#include "storage/UnitOfWork.h"
#include "storage/lifecycle/PatientDeletion.h"
#include "sync/Transport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <functional>
#include <limits>
#include <map>
#include <openssl/crypto.h>

namespace novamind {

namespace {

using namespace ctlopt;

CommandSpec keyedCommand(QSet<QString> extraValues = {}, QSet<QString> flags = {}, QStringList extraRequired = {})
{
    CommandSpec spec;
    spec.valueOptions = QSet<QString>{kDb, kUser, kPassphraseFile} + extraValues;
    spec.flags = std::move(flags);
    spec.required = QStringList{kDb, kUser, kPassphraseFile} + extraRequired;
    return spec;
}

Result<Role> roleOption(const ParsedArgs &args, Role fallback)
{
    if (!args.has(QStringLiteral("role")))
        return fallback;
    const auto role = roleFromName(args.value(QStringLiteral("role")));
    if (!role)
        return Error{ErrorCode::Usage,
                     QCoreApplication::translate("Ctl", "Unknown role “%1”: use psychiatrist, clinician or admin.")
                         .arg(args.value(QStringLiteral("role")))};
    return *role;
}

QJsonObject identityJson(const ReplicaIdentity &id)
{
    return QJsonObject{{QStringLiteral("db"), id.path},
                       {QStringLiteral("replica_id"), id.replicaId},
                       {QStringLiteral("user"), id.userId},
                       {QStringLiteral("role"), roleName(id.role)},
                       {QStringLiteral("schema_version"), id.schemaVersion},
                       {QStringLiteral("created_at"), id.createdAt}};
}

} // namespace

int Ctl::usage(const QString &problem)
{
    m_err << problem << Qt::endl
          << tr("Usage: novamindctl COMMAND [OPTIONS]; commands: init, add-user, remove-user, change-passphrase, "
                "check, list-patients, seed-demo, sync, score, policy, provision, export-fhir, import-fhir, "
                "delete-patient, restore-patient, purge. See "
                "`novamindctl --help`.")
          << Qt::endl;
    return ExitCode::Usage;
}

int Ctl::fail(const Error &error)
{
    return reportError(m_err, error);
}

void Ctl::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

int Ctl::run(const QStringList &args)
{
    if (args.isEmpty())
        return usage(tr("No command given."));
    const QString command = args.first();
    if (command == QLatin1String("--version")) {
        m_out << "novamindctl " << NOVAMIND_VERSION << " (Qt " << qVersion() << ", SQLCipher "
              << Database::cipherVersion() << ", " << QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)) << ", "
              << transportLibraryVersion() << ')' << Qt::endl;
        return ExitCode::Ok;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("help")) {
        m_out
            << tr("novamindctl: provision and check Novamind Clinician replicas.\n"
                  "  init              --db P --user U --passphrase-file F [--role psychiatrist|clinician|admin] "
                  "[--force]\n"
                  "  add-user          --db P --user U --passphrase-file F --new-user V --new-passphrase-file G "
                  "[--role R]\n"
                  "  remove-user       --db P --user U --passphrase-file F --target-user V\n"
                  "  change-passphrase --db P --user U --passphrase-file F --new-passphrase-file G\n"
                  "  check             --db P --user U --passphrase-file F\n"
                  "  seed-demo         --db P --user U --passphrase-file F --patients N [--states-per-patient M] "
                  "[--seed S]\n"
                  "  list-patients     --db P --user U --passphrase-file F [--search TEXT | --deleted]\n"
                  "  sync              --db P --user U --passphrase-file F [--server URL] --server-password-file G\n"
                  "                    [--server-user V] [--ca-file F] [--pin-sha256 H] [--page-limit N] "
                  "[--push-batch N]\n"
                  "                    [--allow-mass-purge] [--return-evicted] [--interval SECONDS]\n"
                  "  score             INSTRUMENT ANSWER... [--sex female|male]\n"
                  "  policy            [--policy-file F] [--text]\n"
                  "  provision         [--db P] --user U --passphrase-file F [--role R] [--server URL] "
                  "--server-password-file G\n"
                  "                    [--server-user V] [--ca-file F] [--pin-sha256 H] [--page-limit N] "
                  "[--no-settings]\n"
                  "  export-fhir       --db P --user U --passphrase-file F --patient ID --out FILE\n"
                  "  import-fhir       --db P --user U --passphrase-file F --in FILE [--acknowledge-risk]\n"
                  "  delete-patient    --db P --user U --passphrase-file F --patient ID --reason TEXT\n"
                  "  restore-patient   --db P --user U --passphrase-file F --patient ID\n"
                  "  purge             --db P --user U --passphrase-file F (--patient ID [--discard-unsent] | "
                  "--by-policy)\n"
                  "A passphrase or password file of - reads one line from standard input.\n"
                  "sync prints progress on standard error and one JSON summary per run on standard output; "
                  "--allow-mass-purge lets it remove patients whose care ended even when that is most of the "
                  "replica or loses unsent changes (exit code 1 otherwise); --return-evicted brings back the patients "
                  "eviction cleared from this device (a full resync; the summary counts them as \"returned\"); "
                  "--interval repeats it until SIGTERM or SIGINT.\n"
                  "sync and provision take --server, --ca-file and --pin-sha256 from the managed policy when it sets "
                  "them (a different value is a usage error), otherwise from the command line, then from the GUI's "
                  "settings; provision creates the replica (default: the GUI's) and runs its first sync. policy "
                  "prints the effective settings and where each came from (exit code 1 when the policy file has "
                  "problems).\n"
                  "export-fhir writes one patient as a FHIR R4 Bundle (JSON) and records the export in the audit "
                  "trail; import-fhir reads FHIR QuestionnaireResponses, re-scores them and saves them as signed "
                  "assessments (--acknowledge-risk is needed when one has a positive suicide item). delete-patient "
                  "hides a patient on this replica from clinicians, keeping every row, until restore-patient or a "
                  "purge; list-patients --deleted lists them. purge removes one patient from this replica for good "
                  "(--discard-unsent also loses changes not yet synced; exit code 1 otherwise); --by-policy evicts "
                  "patients not opened for replica/evictAfterDays, removes patients deleted more than "
                  "replica/purgeDeletedAfterDays ago and prunes server-acknowledged audit entries older than "
                  "audit/retentionDays.\n"
                  "Exit codes: 0 ok, 1 check failed or purge refused, 2 usage error, 3 authentication or decryption "
                  "failure, "
                  "4 network or server error.")
            << Qt::endl;
        return ExitCode::Ok;
    }

    if (command == QLatin1String("score"))
        return runScoreCommand(args.mid(1), m_out, m_err);
    // Commands with their own option sets, each in its own class.
    {
        struct OwnCommand
        {
            CommandSpec (*spec)();
            std::function<int(QTextStream &, QTextStream &, const ParsedArgs &)> run;
        };
        const auto own = [](auto *tag) {
            using C = std::remove_pointer_t<decltype(tag)>;
            return OwnCommand{&C::spec,
                              [](QTextStream &o, QTextStream &e, const ParsedArgs &a) { return C(o, e).run(a); }};
        };
        const std::map<QString, OwnCommand> ownCommands{
            {QStringLiteral("policy"), own(static_cast<PolicyCommand *>(nullptr))},
            {QStringLiteral("provision"), own(static_cast<ProvisionCommand *>(nullptr))},
            {QStringLiteral("export-fhir"), own(static_cast<FhirExportCommand *>(nullptr))},
            {QStringLiteral("import-fhir"), own(static_cast<FhirImportCommand *>(nullptr))},
            {QStringLiteral("delete-patient"), own(static_cast<DeletePatientCommand *>(nullptr))},
            {QStringLiteral("restore-patient"), own(static_cast<RestorePatientCommand *>(nullptr))},
            {QStringLiteral("purge"), own(static_cast<PurgeCommand *>(nullptr))},
        };
        if (const auto found = ownCommands.find(command); found != ownCommands.end()) {
            auto parsed = CtlOptions::parse(args.mid(1), found->second.spec());
            if (!parsed.ok())
                return usage(parsed.error().message);
            return found->second.run(m_out, m_err, parsed.value());
        }
    }

    struct Command
    {
        CommandSpec spec;
        std::function<int(Ctl *, const ParsedArgs &)> handler;
    };
    const std::map<QString, Command> commands{
        {QStringLiteral("init"), {keyedCommand({QStringLiteral("role")}, {QStringLiteral("force")}), &Ctl::cmdInit}},
        {QStringLiteral("add-user"),
         {keyedCommand({QStringLiteral("new-user"), QStringLiteral("new-passphrase-file"), QStringLiteral("role")}, {},
                       {QStringLiteral("new-user"), QStringLiteral("new-passphrase-file")}),
          &Ctl::cmdAddUser}},
        {QStringLiteral("remove-user"),
         {keyedCommand({QStringLiteral("target-user")}, {}, {QStringLiteral("target-user")}), &Ctl::cmdRemoveUser}},
        {QStringLiteral("change-passphrase"),
         {keyedCommand({QStringLiteral("new-passphrase-file")}, {}, {QStringLiteral("new-passphrase-file")}),
          &Ctl::cmdChangePassphrase}},
        {QStringLiteral("check"), {keyedCommand(), &Ctl::cmdCheck}},
        {QStringLiteral("seed-demo"),
         {keyedCommand({QStringLiteral("patients"), QStringLiteral("states-per-patient"), QStringLiteral("seed")}, {},
                       {QStringLiteral("patients")}),
          &Ctl::cmdSeedDemo}},
        {QStringLiteral("list-patients"),
         {keyedCommand({QStringLiteral("search")}, {QStringLiteral("deleted")}), &Ctl::cmdListPatients}},
        {QStringLiteral("sync"),
         {keyedCommand(SyncCommand::valueOptions(), SyncCommand::flags(), SyncCommand::required()), &Ctl::cmdSync}},
    };
    const auto it = commands.find(command);
    if (it == commands.end())
        return usage(tr("Unknown command “%1”.").arg(command));
    auto parsed = CtlOptions::parse(args.mid(1), it->second.spec);
    if (!parsed.ok())
        return usage(parsed.error().message);
    return it->second.handler(this, parsed.value());
}

int Ctl::cmdInit(const ParsedArgs &args)
{
    auto role = roleOption(args, Role::Clinician);
    if (!role.ok())
        return fail(role.error());
    auto passphrase = SecretReader::read(args.value(kPassphraseFile), kPassphraseFile);
    if (!passphrase.ok())
        return fail(passphrase.error());
    Replica::Options options;
    options.overwrite = args.has(QStringLiteral("force"));
    auto replica = Replica::create(args.value(kDb), args.value(kUser), passphrase.value(), role.value(), options);
    secureWipe(passphrase.value());
    if (!replica.ok())
        return fail(replica.error());
    printJson(identityJson(replica.value()->identity()));
    return ExitCode::Ok;
}

int Ctl::cmdAddUser(const ParsedArgs &args)
{
    auto role = roleOption(args, Role::Clinician);
    if (!role.ok())
        return fail(role.error());
    auto replica = openCtlReplica(args);
    if (!replica.ok())
        return fail(replica.error());
    auto newPassphrase =
        SecretReader::read(args.value(QStringLiteral("new-passphrase-file")), QStringLiteral("new-passphrase-file"));
    if (!newPassphrase.ok())
        return fail(newPassphrase.error());
    const QString newUser = args.value(QStringLiteral("new-user"));
    Status s = replica.value()->addUser(newUser, newPassphrase.value(), role.value());
    secureWipe(newPassphrase.value());
    if (!s.ok())
        return fail(s.error());
    printJson(QJsonObject{{QStringLiteral("added_user"), newUser},
                          {QStringLiteral("role"), roleName(role.value())},
                          {QStringLiteral("key_slots"), static_cast<int>(replica.value()->vault().users().size())}});
    return ExitCode::Ok;
}

int Ctl::cmdRemoveUser(const ParsedArgs &args)
{
    auto replica = openCtlReplica(args);
    if (!replica.ok())
        return fail(replica.error());
    const QString target = args.value(QStringLiteral("target-user"));
    if (Status s = replica.value()->removeUser(target); !s.ok())
        return fail(s.error());
    printJson(QJsonObject{{QStringLiteral("removed_user"), target},
                          {QStringLiteral("key_slots"), static_cast<int>(replica.value()->vault().users().size())}});
    return ExitCode::Ok;
}

int Ctl::cmdChangePassphrase(const ParsedArgs &args)
{
    auto oldPassphrase = SecretReader::read(args.value(kPassphraseFile), kPassphraseFile);
    if (!oldPassphrase.ok())
        return fail(oldPassphrase.error());
    auto newPassphrase =
        SecretReader::read(args.value(QStringLiteral("new-passphrase-file")), QStringLiteral("new-passphrase-file"));
    if (!newPassphrase.ok())
        return fail(newPassphrase.error());
    Status s =
        Replica::changePassphrase(args.value(kDb), args.value(kUser), oldPassphrase.value(), newPassphrase.value());
    secureWipe(oldPassphrase.value());
    secureWipe(newPassphrase.value());
    if (!s.ok())
        return fail(s.error());
    printJson(QJsonObject{{QStringLiteral("user"), args.value(kUser)}, {QStringLiteral("passphrase_changed"), true}});
    return ExitCode::Ok;
}

int Ctl::cmdSeedDemo(const ParsedArgs &args)
{
    auto patients = args.integer(QStringLiteral("patients"), 0, 1, 1000000);
    auto states = args.integer(QStringLiteral("states-per-patient"), 500, 1, 100000);
    auto seed = args.integer(QStringLiteral("seed"), 1, 0, std::numeric_limits<qint64>::max());
    for (const auto *r : {&patients, &states, &seed})
        if (!r->ok())
            return fail(r->error());

    auto opened = openCtlSession(args);
    if (!opened.ok())
        return fail(opened.error());
    Session &session = opened->session;
    if (session.role == Role::Admin)
        return fail(Error{ErrorCode::Usage, tr("An admin sees no clinical content; seed the demo as a clinician.")});

    CohortParameters params;
    params.patients = static_cast<int>(patients.value());
    params.statesPerPatient = static_cast<int>(states.value());
    params.seed = static_cast<quint64>(seed.value());
    params.clinicianId = session.userId;
    const DemoCohort cohort(params);
    // The session's organisation becomes the cohort's, so the new patients are visible to this user.
    session.organizationId = cohort.organization().id;
    int lastReported = -1;
    auto imported = CohortImporter::import(session, cohort, params.patients, [&](int done) {
        const int percent = static_cast<int>(100LL * done / params.patients);
        if (percent / 10 != lastReported / 10) {
            m_err << tr("seed-demo: %1 of %2 patients").arg(done).arg(params.patients) << Qt::endl;
            lastReported = percent;
        }
    });
    if (!imported.ok())
        return fail(imported.error());
    printJson(QJsonObject{{QStringLiteral("patients"), imported->patients},
                          {QStringLiteral("assessments"), imported->assessments},
                          {QStringLiteral("twin_states"), imported->states},
                          {QStringLiteral("rows"), imported->rows},
                          {QStringLiteral("seed"), seed.value()},
                          {QStringLiteral("seconds"), imported->seconds}});
    return ExitCode::Ok;
}

int Ctl::cmdListPatients(const ParsedArgs &args)
{
    auto opened = openCtlSession(args);
    if (!opened.ok())
        return fail(opened.error());
    if (args.has(QStringLiteral("deleted"))) {
        if (args.has(QStringLiteral("search")))
            return usage(tr("--deleted lists every deleted patient; it takes no --search."));
        auto deleted = UnitOfWork::perform(opened->session, [](UnitOfWork &uow) { return PatientDeletion::list(uow); });
        if (!deleted.ok())
            return fail(deleted.error());
        QJsonArray out;
        for (const DeletedPatient &p : deleted.value())
            out.append(QJsonObject{{QStringLiteral("id"), p.patientId},
                                   {QStringLiteral("mrn"), p.mrn},
                                   {QStringLiteral("name"), p.displayName},
                                   {QStringLiteral("deleted_at"), p.deletedAt.toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("deleted_by"), p.deletedBy},
                                   {QStringLiteral("reason"), p.reason}});
        m_out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)) << Qt::endl;
        return ExitCode::Ok;
    }
    PatientQuery query;
    query.text = args.value(QStringLiteral("search"));
    auto patients =
        UnitOfWork::perform(opened->session, [&](UnitOfWork &uow) { return PatientRepository::search(uow, query); });
    if (!patients.ok())
        return fail(patients.error());
    QJsonArray out;
    for (const PatientSummary &p : patients.value())
        out.append(QJsonObject{
            {QStringLiteral("id"), p.id}, {QStringLiteral("mrn"), p.mrn}, {QStringLiteral("name"), p.displayName}});
    m_out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)) << Qt::endl;
    return ExitCode::Ok;
}

int Ctl::cmdSync(const ParsedArgs &args)
{
    return SyncCommand(m_out, m_err).run(args);
}

int Ctl::cmdCheck(const ParsedArgs &args)
{
    Replica::Options options;
    options.migrate = false; // a check reports; it never changes the replica
    auto replica = openCtlReplica(args, options);
    if (!replica.ok()) {
        const Error &e = replica.error();
        if (e.code == ErrorCode::Corrupt || e.code == ErrorCode::Incompatible)
            printJson(QJsonObject{{QStringLiteral("ok"), false},
                                  {QStringLiteral("db"), args.value(kDb)},
                                  {QStringLiteral("problems"), QJsonArray{e.message}}});
        return fail(e);
    }
    auto report = replica.value()->check();
    if (!report.ok())
        return fail(report.error());
    const CheckReport &r = report.value();
    QJsonObject json = identityJson(replica.value()->identity());
    json.insert(QStringLiteral("ok"), r.ok);
    json.insert(QStringLiteral("integrity"), r.integrity);
    json.insert(QStringLiteral("schema_version"), r.schemaVersion);
    json.insert(QStringLiteral("latest_schema_version"), r.latestSchemaVersion);
    json.insert(QStringLiteral("key_slots"), r.keySlots);
    if (r.auditChecked)
        json.insert(QStringLiteral("audit_chain"),
                    QJsonObject{{QStringLiteral("ok"), r.auditFirstBadSeq == 0},
                                {QStringLiteral("entries"), r.auditEntries},
                                {QStringLiteral("first_bad_seq"),
                                 r.auditFirstBadSeq ? QJsonValue(r.auditFirstBadSeq) : QJsonValue()}});
    json.insert(QStringLiteral("problems"), QJsonArray::fromStringList(r.problems));
    printJson(json);
    if (!r.ok) {
        m_err << r.problems.first() << Qt::endl;
        return ExitCode::Failed;
    }
    return ExitCode::Ok;
}

} // namespace novamind
