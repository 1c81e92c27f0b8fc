#include "SyncdAdmin.h"

#include "models/codecs/JsonCodec.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace novamind::test {

QJsonObject AdminRun::json() const
{
    return QJsonDocument::fromJson(out.trimmed()).object();
}

SyncdAdmin::SyncdAdmin(ServerEnv env)
    : m_env(std::move(env))
{}

AdminRun SyncdAdmin::run(const QStringList &args) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("NOVAMIND_ADMIN_DB_URL"), m_env.adminDbUrl);
    environment.remove(QStringLiteral("NOVAMIND_DB_URL"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(m_env.syncd, QStringList{QStringLiteral("admin")} + args);
    AdminRun result;
    if (!process.waitForStarted(30000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    process.closeWriteChannel();
    // seed-demo of a few patients takes well under a second; this only bounds a hang.
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

Status SyncdAdmin::check(const AdminRun &run, const QStringList &args) const
{
    if (run.ok())
        return {};
    return Error(ErrorCode::Server, QStringLiteral("novamind-syncd admin %1 exited with %2: %3")
                                        .arg(args.value(0))
                                        .arg(run.exitCode)
                                        .arg(QString::fromUtf8(run.err.trimmed())));
}

Status SyncdAdmin::addUser(const QString &user, const QString &role, const QString &organization,
                           const QByteArray &password) const
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error(ErrorCode::Io, QStringLiteral("No temporary directory for the password file."));
    const QString passwordFile = dir.filePath(QStringLiteral("password"));
    QFile file(passwordFile);
    // Owner-only before the secret goes in (the directory is private too).
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(password) != password.size())
        return Error(ErrorCode::Io, QStringLiteral("Cannot write the password file."));
    file.close();
    const QStringList args{QStringLiteral("add-user"),
                           QStringLiteral("--user"),
                           user,
                           QStringLiteral("--password-file"),
                           passwordFile,
                           QStringLiteral("--role"),
                           role,
                           QStringLiteral("--org"),
                           organization};
    return check(run(args), args);
}

Status SyncdAdmin::addRelationship(const QString &clinician, const QString &patient, const QDateTime &from,
                                   const QDateTime &to) const
{
    QStringList args{QStringLiteral("add-relationship"), QStringLiteral("--clinician"), clinician,
                     QStringLiteral("--patient"), patient};
    if (from.isValid())
        args << QStringLiteral("--from") << codec::formatTimestamp(from);
    if (to.isValid())
        args << QStringLiteral("--to") << codec::formatTimestamp(to);
    return check(run(args), args);
}

Status SyncdAdmin::endRelationship(const QString &clinician, const QString &patient) const
{
    const QStringList args{QStringLiteral("end-relationship"), QStringLiteral("--clinician"), clinician,
                           QStringLiteral("--patient"), patient};
    return check(run(args), args);
}

Status SyncdAdmin::seedDemo(int patients, int statesPerPatient, quint64 seed, const QString &assignTo) const
{
    const QStringList args{QStringLiteral("seed-demo"),
                           QStringLiteral("--patients"),
                           QString::number(patients),
                           QStringLiteral("--states-per-patient"),
                           QString::number(statesPerPatient),
                           QStringLiteral("--seed"),
                           QString::number(seed),
                           QStringLiteral("--assign-to"),
                           assignTo};
    return check(run(args), args);
}

} // namespace novamind::test
