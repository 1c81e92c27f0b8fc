#pragma once
// PolicyCommand: `novamindctl policy` — the effective configuration and where each value came from.

#include "models/cli/CtlOptions.h"

#include <QCoreApplication>
#include <QTextStream>

namespace novamind {

class PolicyCommand
{
    Q_DECLARE_TR_FUNCTIONS(PolicyCommand)
public:
    PolicyCommand(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

    // `policy [--policy-file F] [--text]`: no replica, no key.
    static CommandSpec spec();

    // JSON (EffectiveSettings::toJson) on stdout, or a table with --text; each policy problem as one line on stderr.
    // Exit 0, or 1 when the policy file has problems (so a deployment script can check a file before rolling it out).
    int run(const ParsedArgs &args);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace novamind
