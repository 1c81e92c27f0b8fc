#include "PolicyCommand.h"

#include "models/cli/ExitCode.h"

namespace novamind {

// Stub: implemented by the config work (issue 7).
CommandSpec PolicyCommand::spec()
{
    CommandSpec spec;
    spec.valueOptions = {QStringLiteral("policy-file")};
    spec.flags = {QStringLiteral("text")};
    return spec;
}

int PolicyCommand::run(const ParsedArgs &)
{
    m_err << "not implemented" << Qt::endl;
    return ExitCode::Failed;
}

} // namespace novamind
