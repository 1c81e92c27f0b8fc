#pragma once
// CtlSync: runs the built `novamindctl sync` as a child process and reads its contract: exit code, the JSON summary
// on stdout, and the progress lines on stderr.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace novamind::test {

struct SyncProgressLine
{
    QString phase; // signing-in, pushing, pulling, resyncing, audit, done
    qint64 records = 0;
    qint64 bytes = 0;
};

struct CtlSyncRun
{
    int exitCode = -1;
    bool crashed = false;  // ended by a signal
    bool timedOut = false; // killed after the time limit
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    // The summary object on stdout; {} unless stdout is exactly one JSON object.
    QJsonObject summary() const;
    // Every stderr line of the form `sync: <phase> <n> records <m> bytes`, in order.
    QList<SyncProgressLine> progress() const;
    // stderr without the progress lines, trimmed: the error sentence of a failed run.
    QByteArray errorText() const;
    // "exit 4 after 812 ms: <error text>", for failure messages (error text only: the contract keeps PHI out of it).
    QString describe() const;
};

class CtlSync
{
public:
    // The novamindctl binary this build made.
    static QString program();
    static CtlSyncRun run(const QStringList &args, int timeoutMs = 120000,
                          const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // Parses one stderr line; false when it is not a progress line.
    static bool parseProgress(const QByteArray &line, SyncProgressLine *out);
};

} // namespace novamind::test
