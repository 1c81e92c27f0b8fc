#include "ServerEnv.h"

#include <QFile>
#include <QHash>

namespace novamind::test {

Result<ServerEnv> ServerEnv::load()
{
    const QString path = qEnvironmentVariable("NOVAMIND_SERVER_ENV");
    if (path.isEmpty())
        return Error(ErrorCode::Usage, QStringLiteral("NOVAMIND_SERVER_ENV is not set: run this test through ctest, "
                                                      "which starts the server fixture and sets it."));
    auto env = fromFile(path);
    if (!env.ok())
        return env;
    const QString syncd = qEnvironmentVariable("NOVAMIND_SYNCD");
    if (!syncd.isEmpty())
        env->syncd = syncd;
    return env;
}

Result<ServerEnv> ServerEnv::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound,
                     QStringLiteral("Cannot read the server env file %1 (did the fixture start?).").arg(path));
    QHash<QString, QString> values;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &raw : lines) {
        QByteArray line = raw.trimmed();
        if (line.startsWith("export "))
            line = line.mid(7).trimmed();
        const qsizetype equals = line.indexOf('=');
        if (line.isEmpty() || line.startsWith('#') || equals <= 0)
            continue;
        QByteArray value = line.mid(equals + 1);
        // Tolerate shell quoting, although run-server writes plain values.
        if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        values.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(value));
    }
    ServerEnv env;
    QString url = values.value(QStringLiteral("NOVAMIND_SERVER_URL"));
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    env.serverUrl = url.toUtf8();
    env.dbUrl = values.value(QStringLiteral("NOVAMIND_DB_URL"));
    env.adminDbUrl = values.value(QStringLiteral("NOVAMIND_ADMIN_DB_URL"));
    env.caFile = values.value(QStringLiteral("NOVAMIND_CA_FILE"));
    env.serverDir = values.value(QStringLiteral("NOVAMIND_SERVER_DIR"));
    env.syncd = values.value(QStringLiteral("NOVAMIND_SYNCD"));
    if (env.serverUrl.isEmpty() || env.dbUrl.isEmpty() || env.adminDbUrl.isEmpty())
        return Error(ErrorCode::Corrupt, QStringLiteral("The server env file %1 lacks NOVAMIND_SERVER_URL, "
                                                        "NOVAMIND_DB_URL or NOVAMIND_ADMIN_DB_URL.")
                                             .arg(path));
    return env;
}

} // namespace novamind::test
