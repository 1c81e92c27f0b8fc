#pragma once
// FhirExportCommand: `novamindctl export-fhir`, one patient as a FHIR R4 Bundle file (audited as an export).

#include "models/cli/CtlOptions.h"

#include <QCoreApplication>
#include <QTextStream>

namespace novamind {

class FhirExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(FhirExportCommand)
public:
    FhirExportCommand(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

    static CommandSpec spec();
    // Prints {"patient", "out", "resources": {type: count}}. A patient the user may not see is "not found"
    // (exit 2), whether or not it exists.
    int run(const ParsedArgs &args);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace novamind
