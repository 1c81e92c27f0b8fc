#include "server/admin/AdminCommands.h"

#include "models/cli/CtlOptions.h"
#include "models/cli/ExitCode.h"
#include "models/codecs/JsonCodec.h"
#include "server/admin/DemoSeeder.h"
#include "server/db/PgMigrator.h"
#include "server/service/DocumentWriter.h"
#include "server/service/PasswordHasher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <cstdio>

namespace novamind::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AdminCommands", text);
}

int fail(const Error &e)
{
    std::fprintf(stderr, "novamind-syncd: %s\n", qUtf8Printable(e.message));
    if (!e.detail.isEmpty())
        std::fprintf(stderr, "  (%s)\n", qUtf8Printable(e.detail));
    return exitCodeFor(e);
}

int printJson(const QJsonObject &object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    return ExitCode::Ok;
}

// The owner connection of the admin commands: --db-url, else NOVAMIND_ADMIN_DB_URL.
Result<std::unique_ptr<PgConnection>> openAdmin(const ParsedArgs &args)
{
    QString url = args.value(QStringLiteral("db-url"));
    if (url.isEmpty())
        url = qEnvironmentVariable("NOVAMIND_ADMIN_DB_URL");
    if (url.isEmpty())
        return Error(ErrorCode::Usage, tr("Give --db-url or set NOVAMIND_ADMIN_DB_URL (scripts/run-server writes it "
                                          "to DIR/env)."));
    return PgConnection::open(url);
}

Result<QDateTime> timeOption(const ParsedArgs &args, const QString &name, const QDateTime &fallback)
{
    if (!args.values.contains(name))
        return fallback;
    const auto t = codec::parseTimestamp(args.value(name));
    if (!t)
        return Error(ErrorCode::Usage,
                     tr("--%1 must be an ISO 8601 time with a zone, e.g. 2026-01-31T09:00:00Z.").arg(name));
    return *t;
}

// A transaction that holds the change-sequence lock, for commands that write documents or revocations.
Result<std::unique_ptr<PgTransaction>> beginWriting(PgConnection &conn)
{
    auto tx = PgTransaction::begin(conn);
    if (!tx.ok())
        return tx.error();
    NM_TRY(DocumentWriter::lockSequence(conn));
    return tx;
}

Status writeAsAdmin(PgConnection &conn, const DocumentWrite &write)
{
    auto version = DocumentWriter::write(conn, QStringLiteral("admin"), write);
    if (!version.ok())
        return version.error();
    return {};
}

int addUser(const QStringList &argv)
{
    auto args =
        CtlOptions::parse(argv, {{QStringLiteral("db-url"), QStringLiteral("user"), QStringLiteral("password-file"),
                                  QStringLiteral("role"), QStringLiteral("org")},
                                 {},
                                 {QStringLiteral("user"), QStringLiteral("password-file"), QStringLiteral("role")},
                                 false});
    if (!args.ok())
        return fail(args.error());
    const QString user = args->value(QStringLiteral("user"));
    const QString role = args->value(QStringLiteral("role"));
    const QString org = args->values.value(QStringLiteral("org"), QStringLiteral("default"));
    if (!QStringList{QStringLiteral("psychiatrist"), QStringLiteral("clinician"), QStringLiteral("admin")}.contains(
            role))
        return fail(Error(ErrorCode::Usage, tr("--role must be psychiatrist, clinician or admin.")));
    if (user.isEmpty() || user.size() > 128 || org.isEmpty() || org.size() > 128)
        return fail(Error(ErrorCode::Usage, tr("--user and --org must be 1 to 128 characters.")));
    auto password = SecretReader::read(args->value(QStringLiteral("password-file")), QStringLiteral("password-file"));
    if (!password.ok())
        return fail(password.error());
    auto conn = openAdmin(args.value());
    if (!conn.ok())
        return fail(conn.error());
    PgConnection &db = *conn.value();

    const QString hash = PasswordHasher::hash(password.value());
    if (hash.isEmpty())
        return fail(Error(ErrorCode::Internal, tr("The password could not be hashed (no randomness or memory).")));
    auto tx = beginWriting(db);
    if (!tx.ok())
        return fail(tx.error());
    auto inserted = db.exec("INSERT INTO app_user (id, role, organization_id, password_hash) VALUES ($1, $2, $3, $4)"
                            " ON CONFLICT (id) DO NOTHING",
                            {pgParam(user), pgParam(role), pgParam(org), pgParam(hash)});
    if (!inserted.ok())
        return fail(inserted.error());
    if (inserted->affected() == 0)
        return fail(Error(ErrorCode::AlreadyExists, tr("User %1 already exists.").arg(user)));

    // The clinician and the organisation are documents too, so that clients learn the care team's names.
    auto orgDoc = DocumentWriter::load(db, QStringLiteral("organization"), org);
    if (!orgDoc.ok())
        return fail(orgDoc.error());
    if (!orgDoc->has_value()) {
        const Organization o{org, org};
        if (Status s = writeAsAdmin(db, {QStringLiteral("organization"),
                                         org,
                                         org,
                                         {},
                                         codec::encode(o),
                                         QStringLiteral("create"),
                                         std::nullopt});
            !s.ok())
            return fail(s.error());
    }
    Clinician c;
    c.id = user;
    c.givenName = user;
    c.familyName = role;
    c.role = role;
    c.organizationId = org;
    if (Status s = writeAsAdmin(
            db, {QStringLiteral("clinician"), user, org, {}, codec::encode(c), QStringLiteral("create"), std::nullopt});
        !s.ok())
        return fail(s.error());
    if (Status s = tx.value()->commit(); !s.ok())
        return fail(s.error());
    return printJson(
        {{QStringLiteral("user"), user}, {QStringLiteral("role"), role}, {QStringLiteral("organization"), org}});
}

int addRelationship(const QStringList &argv)
{
    auto args = CtlOptions::parse(argv, {{QStringLiteral("db-url"), QStringLiteral("clinician"),
                                          QStringLiteral("patient"), QStringLiteral("from"), QStringLiteral("to")},
                                         {},
                                         {QStringLiteral("clinician"), QStringLiteral("patient")},
                                         false});
    if (!args.ok())
        return fail(args.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto from = timeOption(args.value(), QStringLiteral("from"), now);
    if (!from.ok())
        return fail(from.error());
    auto to = timeOption(args.value(), QStringLiteral("to"), QDateTime());
    if (!to.ok())
        return fail(to.error());
    if (to->isValid() && to.value() <= from.value())
        return fail(Error(ErrorCode::Usage, tr("--to must be later than --from.")));
    auto conn = openAdmin(args.value());
    if (!conn.ok())
        return fail(conn.error());
    PgConnection &db = *conn.value();
    const QString clinician = args->value(QStringLiteral("clinician"));
    const QString patient = args->value(QStringLiteral("patient"));

    auto tx = beginWriting(db);
    if (!tx.ok())
        return fail(tx.error());
    auto found = db.exec("SELECT u.organization_id, d.organization_id FROM app_user u"
                         " LEFT JOIN document d ON d.entity = 'patient' AND d.id = $2 AND NOT d.deleted"
                         " WHERE u.id = $1",
                         {pgParam(clinician), pgParam(patient)});
    if (!found.ok())
        return fail(found.error());
    if (found->rows() == 0)
        return fail(Error(ErrorCode::NotFound, tr("There is no user %1.").arg(clinician)));
    if (found->isNull(0, 1))
        return fail(Error(ErrorCode::NotFound, tr("There is no patient with that id.")));
    if (found->text(0, 0) != found->text(0, 1))
        return fail(Error(ErrorCode::Usage, tr("The clinician and the patient belong to different organisations.")));
    const QString org = found->text(0, 0);

    ClinicalRelationship r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.clinicianId = clinician;
    r.patientId = patient;
    r.organizationId = org;
    r.kind = QStringLiteral("care_team");
    r.validFrom = from.value();
    if (to->isValid())
        r.validTo = to.value();
    const bool activeNow = r.isActiveAt(now);
    if (Status s = db.run("INSERT INTO care_relationship (id, clinician_id, patient_id, organization_id, valid_from,"
                          " valid_to, activated) VALUES ($1, $2, $3, $4, $5::timestamptz, $6::timestamptz, $7)",
                          {pgParam(r.id), pgParam(clinician), pgParam(patient), pgParam(org),
                           pgParam(codec::formatTimestamp(r.validFrom)),
                           r.validTo ? pgParam(codec::formatTimestamp(*r.validTo)) : QByteArray(),
                           activeNow ? QByteArray("true") : QByteArray("false")});
        !s.ok())
        return fail(s.error());
    if (Status s = writeAsAdmin(db, {QStringLiteral("clinical_relationship"), r.id, org, patient, codec::encode(r),
                                     QStringLiteral("create"), std::nullopt});
        !s.ok())
        return fail(s.error());
    // A clinician whose cursor is already past this patient's documents must still receive them.
    if (activeNow) {
        if (Status s = db.run("SELECT nm_resequence_patient($1)", {pgParam(patient)}); !s.ok())
            return fail(s.error());
    }
    if (Status s = tx.value()->commit(); !s.ok())
        return fail(s.error());
    return printJson({{QStringLiteral("relationship"), r.id}, {QStringLiteral("active"), activeNow}});
}

int endRelationship(const QStringList &argv)
{
    auto args =
        CtlOptions::parse(argv, {{QStringLiteral("db-url"), QStringLiteral("clinician"), QStringLiteral("patient")},
                                 {},
                                 {QStringLiteral("clinician"), QStringLiteral("patient")},
                                 false});
    if (!args.ok())
        return fail(args.error());
    auto conn = openAdmin(args.value());
    if (!conn.ok())
        return fail(conn.error());
    PgConnection &db = *conn.value();
    const QString clinician = args->value(QStringLiteral("clinician"));
    const QString patient = args->value(QStringLiteral("patient"));
    const QDateTime now = QDateTime::currentDateTimeUtc();

    auto tx = beginWriting(db);
    if (!tx.ok())
        return fail(tx.error());
    auto ended = db.exec("UPDATE care_relationship SET valid_to = $3::timestamptz, revoked = TRUE"
                         " WHERE clinician_id = $1 AND patient_id = $2 AND valid_from <= $3::timestamptz"
                         " AND (valid_to IS NULL OR valid_to > $3::timestamptz) RETURNING id",
                         {pgParam(clinician), pgParam(patient), pgParam(codec::formatTimestamp(now))});
    if (!ended.ok())
        return fail(ended.error());
    if (ended->rows() == 0)
        return fail(Error(ErrorCode::NotFound, tr("%1 has no active relationship with that patient.").arg(clinician)));
    for (int i = 0; i < ended->rows(); ++i) {
        auto stored = DocumentWriter::load(db, QStringLiteral("clinical_relationship"), ended->text(i, 0));
        if (!stored.ok())
            return fail(stored.error());
        if (!stored->has_value())
            continue;
        auto r = codec::decode<ClinicalRelationship>(stored->value().doc);
        if (!r.ok())
            return fail(r.error());
        r->validTo = now;
        if (Status s = writeAsAdmin(db, {QStringLiteral("clinical_relationship"), r->id, r->organizationId, patient,
                                         codec::encode(r.value()), QStringLiteral("update"), std::nullopt});
            !s.ok())
            return fail(s.error());
    }
    if (Status s = db.run("INSERT INTO revocation (seq, clinician_id, patient_id)"
                          " SELECT nextval('change_seq'), $1, $2 WHERE NOT EXISTS (SELECT 1 FROM care_relationship"
                          "  WHERE clinician_id = $1 AND patient_id = $2 AND valid_from <= now()"
                          "  AND (valid_to IS NULL OR now() < valid_to))",
                          {pgParam(clinician), pgParam(patient)});
        !s.ok())
        return fail(s.error());
    if (Status s = tx.value()->commit(); !s.ok())
        return fail(s.error());
    return printJson({{QStringLiteral("ended"), ended->rows()}});
}

int seedDemo(const QStringList &argv)
{
    auto args = CtlOptions::parse(
        argv, {{QStringLiteral("db-url"), QStringLiteral("patients"), QStringLiteral("states-per-patient"),
                QStringLiteral("seed"), QStringLiteral("assign-to")},
               {},
               {QStringLiteral("patients")},
               false});
    if (!args.ok())
        return fail(args.error());
    bool okPatients = false, okStates = true, okSeed = true;
    const int patients = args->value(QStringLiteral("patients")).toInt(&okPatients);
    int states = 500;
    if (args->values.contains(QStringLiteral("states-per-patient")))
        states = args->value(QStringLiteral("states-per-patient")).toInt(&okStates);
    quint64 seed = 1;
    if (args->values.contains(QStringLiteral("seed")))
        seed = args->value(QStringLiteral("seed")).toULongLong(&okSeed);
    if (!okPatients || patients < 1 || patients > 1000000)
        return fail(Error(ErrorCode::Usage, tr("--patients must be a whole number from 1 to 1000000.")));
    if (!okStates || states < 1 || states > 100000)
        return fail(Error(ErrorCode::Usage, tr("--states-per-patient must be a whole number from 1 to 100000.")));
    if (!okSeed)
        return fail(Error(ErrorCode::Usage, tr("--seed must be a non-negative whole number.")));
    auto conn = openAdmin(args.value());
    if (!conn.ok())
        return fail(conn.error());
    QElapsedTimer timer;
    timer.start();
    auto summary = DemoSeeder::seed(*conn.value(), patients, states, seed, args->value(QStringLiteral("assign-to")));
    if (!summary.ok())
        return fail(summary.error());
    return printJson({{QStringLiteral("patients"), summary->patients},
                      {QStringLiteral("documents"), summary->documents},
                      {QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0}});
}

} // namespace

int runMigrate(const QStringList &arguments)
{
    auto args = CtlOptions::parse(arguments, {{QStringLiteral("db-url")}, {}, {}, false});
    if (!args.ok())
        return fail(args.error());
    auto conn = openAdmin(args.value());
    if (!conn.ok())
        return fail(conn.error());
    auto ran = PgMigrator::migrate(*conn.value());
    if (!ran.ok())
        return fail(ran.error());
    return printJson({{QStringLiteral("applied"), ran.value()}});
}

int runAdmin(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("add-user"))
        return addUser(rest);
    if (command == QLatin1String("add-relationship"))
        return addRelationship(rest);
    if (command == QLatin1String("end-relationship"))
        return endRelationship(rest);
    if (command == QLatin1String("seed-demo"))
        return seedDemo(rest);
    std::fprintf(stderr, "novamind-syncd: %s\n",
                 qUtf8Printable(tr("Use: novamind-syncd admin add-user|add-relationship|end-relationship|seed-demo "
                                   "[options]; see DESIGN.md, \"Server contract\".")));
    return ExitCode::Usage;
}

} // namespace novamind::server
