#pragma once
// FhirImportCommand: `novamindctl import-fhir` (issue 8).

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
    int run(const ParsedArgs &args);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace novamind
