#pragma once
// FhirImportCommand: `novamindctl import-fhir`, FHIR QuestionnaireResponses in as new signed, re-scored assessments.

#include "CtlCommand.h"

namespace novamind {

class FhirImportCommand : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(FhirImportCommand)
public:
    using CtlCommand::CtlCommand;

    static CommandSpec spec();
    // All responses of the file or none: one bad response (unknown questionnaire, missing or out-of-range answer,
    // a patient the user may not see) saves nothing. Prints {"imported": N, "assessments": [...]}.
    int run(const ParsedArgs &args);
};

} // namespace novamind
