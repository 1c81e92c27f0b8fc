#include "SyncdProcess.h"

#include <QDeadlineTimer>
#include <QProcessEnvironment>

namespace novamind::test {

SyncdProcess::SyncdProcess(QString program, QString dbUrl, QString logFile)
    : m_program(std::move(program))
    , m_dbUrl(std::move(dbUrl))
    , m_logFile(std::move(logFile))
{}

SyncdProcess::~SyncdProcess()
{
    if (running())
        kill();
}

bool SyncdProcess::running() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

Result<QByteArray> SyncdProcess::start(int timeoutMs)
{
    if (running())
        return Error(ErrorCode::Usage, QStringLiteral("The server is already running."));
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The URI carries a password: it travels in the environment, never on the command line.
    environment.insert(QStringLiteral("NOVAMIND_DB_URL"), m_dbUrl);
    environment.remove(QStringLiteral("NOVAMIND_ADMIN_DB_URL"));
    m_process->setProcessEnvironment(environment);
    m_process->setStandardErrorFile(m_logFile, QIODevice::Append);
    m_process->start(m_program, {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")});
    if (!m_process->waitForStarted(timeoutMs))
        return Error(ErrorCode::Io, QStringLiteral("novamind-syncd did not start: %1").arg(m_process->errorString()));
    ++m_starts;

    // The one line the server prints once it listens; anything before it is ignored.
    const QByteArray marker = "novamind-syncd listening on ";
    QByteArray out;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->canReadLine() ||
            m_process->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())))) {
            while (m_process->canReadLine()) {
                const QByteArray line = m_process->readLine().trimmed();
                if (line.startsWith(marker)) {
                    m_baseUrl = line.mid(marker.size());
                    return m_baseUrl;
                }
            }
        } else if (m_process->state() == QProcess::NotRunning) {
            return Error(ErrorCode::Server, QStringLiteral("novamind-syncd exited with %1 before listening (see %2).")
                                                .arg(m_process->exitCode())
                                                .arg(m_logFile));
        }
    }
    kill();
    return Error(ErrorCode::Network,
                 QStringLiteral("novamind-syncd did not listen within %1 ms (see %2).").arg(timeoutMs).arg(m_logFile));
}

void SyncdProcess::kill()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill(); // SIGKILL on Unix
        m_process->waitForFinished(10000);
    }
    m_process.reset();
}

Status SyncdProcess::stop(int timeoutMs)
{
    if (!running())
        return {};
    m_process->terminate();
    if (!m_process->waitForFinished(timeoutMs)) {
        kill();
        return Error(ErrorCode::Server,
                     QStringLiteral("novamind-syncd did not stop within %1 ms of SIGTERM.").arg(timeoutMs));
    }
    const bool clean = m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
    const int code = m_process->exitCode();
    m_process.reset();
    if (!clean)
        return Error(ErrorCode::Server, QStringLiteral("novamind-syncd exited with %1 after SIGTERM.").arg(code));
    return {};
}

} // namespace novamind::test
