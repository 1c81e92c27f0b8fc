#include "FhirImportCommand.h"

#include "CtlOptionNames.h"
#include "models/cli/ExitCode.h"

namespace novamind {

using namespace ctlopt;

// Stub: implemented by the issue 8 work.
CommandSpec FhirImportCommand::spec()
{
    CommandSpec spec;
    spec.valueOptions = {kDb, kUser, kPassphraseFile};
    spec.required = {kDb, kUser, kPassphraseFile};
    return spec;
}

int FhirImportCommand::run(const ParsedArgs &)
{
    m_err << "not implemented" << Qt::endl;
    return ExitCode::Failed;
}

} // namespace novamind
