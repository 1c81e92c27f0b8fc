#pragma once
// FhirExportCommand: `novamindctl export-fhir`, one patient as a FHIR R4 Bundle file (audited as an export).

#include "CtlCommand.h"

namespace novamind {

class FhirExportCommand : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(FhirExportCommand)
public:
    using CtlCommand::CtlCommand;

    static CommandSpec spec();
    // Prints {"patient", "out", "resources": {type: count}}. A patient the user may not see is "not found"
    // (exit 2), whether or not it exists.
    int run(const ParsedArgs &args);
};

} // namespace novamind
