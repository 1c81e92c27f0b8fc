#pragma once
// FhirExportCommand: `novamindctl export-fhir` (issue 8).

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
    int run(const ParsedArgs &args);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace novamind
