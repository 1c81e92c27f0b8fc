#pragma once
// FhirImportCommand: `novamindctl import-fhir`, FHIR QuestionnaireResponses in as new signed, re-scored assessments.

#include "models/cli/CtlOptions.h"

#include <QCoreApplication>
#include <QTextStream>

namespace novamind {

class FhirImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(FhirImportCommand)
public:
    FhirImportCommand(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

    static CommandSpec spec();
    // All responses of the file or none: one bad response (unknown questionnaire, missing or out-of-range answer,
    // a patient the user may not see) saves nothing. Prints {"imported": N, "assessments": [...]}.
    int run(const ParsedArgs &args);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace novamind
