#pragma once
// SyncdProcess: a novamind-syncd of a test's own (QProcess), on a port the system picks, against a given database,
// that the test may kill with SIGKILL at any moment and start again.

#include "models/Result.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <memory>

namespace novamind::test {

class SyncdProcess
{
public:
    // `dbUrl`: the application role's URI (NOVAMIND_DB_URL); the server's stderr is appended to `logFile`.
    SyncdProcess(QString program, QString dbUrl, QString logFile);
    ~SyncdProcess();
    SyncdProcess(const SyncdProcess &) = delete;
    SyncdProcess &operator=(const SyncdProcess &) = delete;

    // Starts `serve --port 0` and waits for its "listening on URL" line; the base URL it serves.
    Result<QByteArray> start(int timeoutMs = 30000);
    // SIGKILL: no drain, no goodbye to the database; waits until the process is gone.
    void kill();
    // SIGTERM and the graceful drain; an error when it does not exit 0 in time.
    Status stop(int timeoutMs = 20000);

    bool running() const;
    QByteArray baseUrl() const { return m_baseUrl; }
    int starts() const { return m_starts; }

private:
    QString m_program;
    QString m_dbUrl;
    QString m_logFile;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_baseUrl;
    int m_starts = 0;
};

} // namespace novamind::test
