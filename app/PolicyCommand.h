#pragma once
// PolicyCommand: `novamindctl policy` — the effective configuration and where each value came from.

#include "CtlCommand.h"

namespace novamind {

class PolicyCommand : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(PolicyCommand)
public:
    using CtlCommand::CtlCommand;

    // `policy [--policy-file F] [--text]`: no replica, no key.
    static CommandSpec spec();

    // JSON (EffectiveSettings::toJson) on stdout, or a table with --text; each policy problem as one line on stderr.
    // Exit 0, or 1 when the policy file has problems (so a deployment script can check a file before rolling it out).
    int run(const ParsedArgs &args);
};

} // namespace novamind
