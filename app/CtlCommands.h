#pragma once
// Ctl: the novamindctl commands (DESIGN.md, "Command-line contract"); returns the process exit code.

#include "models/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace novamind {

struct ParsedArgs;

namespace ExitCode {
constexpr int Ok = 0;
constexpr int CheckFailed = 1;
constexpr int Usage = 2;
constexpr int Authentication = 3;
constexpr int Network = 4;
} // namespace ExitCode

int exitCodeFor(const Error &error);

class Ctl
{
    Q_DECLARE_TR_FUNCTIONS(Ctl)
public:
    Ctl(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

    // args excludes the program name.
    int run(const QStringList &args);

private:
    int usage(const QString &problem);
    int fail(const Error &error);
    void printJson(const QJsonObject &object);

    int cmdInit(const ParsedArgs &args);
    int cmdAddUser(const ParsedArgs &args);
    int cmdRemoveUser(const ParsedArgs &args);
    int cmdChangePassphrase(const ParsedArgs &args);
    int cmdCheck(const ParsedArgs &args);
    int cmdListPatients(const ParsedArgs &args);
    int cmdSeedDemo(const ParsedArgs &args);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace novamind
