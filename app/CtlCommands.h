#pragma once
// Ctl: the novamindctl commands (DESIGN.md, "Command-line contract"); returns the process exit code.

#include "models/Result.h"
#include "models/cli/ExitCode.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace novamind {

struct ParsedArgs;

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
    int cmdSync(const ParsedArgs &args);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace novamind
