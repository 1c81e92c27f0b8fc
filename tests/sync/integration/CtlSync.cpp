#include "CtlSync.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>

namespace novamind::test {

QString CtlSync::program()
{
    return QStringLiteral(NOVAMIND_CTL_BINARY);
}

bool CtlSync::parseProgress(const QByteArray &line, SyncProgressLine *out)
{
    static const QRegularExpression pattern(QStringLiteral("^sync: ([a-z-]+) (\\d+) records (\\d+) bytes$"));
    const QRegularExpressionMatch m = pattern.match(QString::fromUtf8(line.trimmed()));
    if (!m.hasMatch())
        return false;
    if (out) {
        out->phase = m.captured(1);
        out->records = m.captured(2).toLongLong();
        out->bytes = m.captured(3).toLongLong();
    }
    return true;
}

CtlSyncRun CtlSync::run(const QStringList &args, int timeoutMs, const QProcessEnvironment &env)
{
    CtlSyncRun r;
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(program(), args);
    if (!p.waitForStarted(10000))
        return r;
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        r.timedOut = true;
        p.kill();
        p.waitForFinished(10000);
    }
    r.elapsedMs = timer.elapsed();
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QJsonObject CtlSyncRun::summary() const
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(out.trimmed(), &error);
    return error.error == QJsonParseError::NoError && doc.isObject() ? doc.object() : QJsonObject();
}

QList<SyncProgressLine> CtlSyncRun::progress() const
{
    QList<SyncProgressLine> lines;
    for (const QByteArray &line : err.split('\n')) {
        SyncProgressLine p;
        if (CtlSync::parseProgress(line, &p))
            lines << p;
    }
    return lines;
}

QByteArray CtlSyncRun::errorText() const
{
    QByteArray text;
    for (const QByteArray &line : err.split('\n')) {
        if (line.trimmed().isEmpty() || CtlSync::parseProgress(line, nullptr))
            continue;
        text += line.trimmed() + '\n';
    }
    return text.trimmed();
}

QString CtlSyncRun::describe() const
{
    QString what = crashed ? QStringLiteral("crashed") : QStringLiteral("exit %1").arg(exitCode);
    if (timedOut)
        what = QStringLiteral("timed out");
    return QStringLiteral("%1 after %2 ms: %3").arg(what).arg(elapsedMs).arg(QString::fromUtf8(errorText()));
}

} // namespace novamind::test
