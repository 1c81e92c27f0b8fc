#pragma once
// ReportSource: reads what a patient report shows through the repositories, in one audited transaction.

#include "models/Result.h"
#include "ui/reports/ReportData.h"

#include <QCoreApplication>

namespace novamind {

struct Session;

class ReportSource
{
    Q_DECLARE_TR_FUNCTIONS(ReportSource)
public:
    // What the report is for; each is its own audit action, so a reviewer can tell a print from a file export.
    enum class Use
    {
        Print,     // audit action "print"
        ExportPdf, // audit action "export"
    };
    // The repositories audit each read; one more entry records that the record left the screen, in the same
    // transaction, so a report never exists without its audit entry.
    static Result<ReportData> load(const Session &session, const QString &patientId, Use use);
};

} // namespace novamind
