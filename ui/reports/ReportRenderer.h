#pragma once
// ReportRenderer: lays out and paints a patient report on any paged device (QPdfWriter, QPrinter) as vector pages.

#include "models/Result.h"
#include "ui/reports/ReportData.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace novamind {

class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)
public:
    explicit ReportRenderer(const ReportData &data)
        : m_data(data)
    {}

    // Paints every page onto `device` (its page size and margins as set by the caller) and returns the page count.
    // Every page carries the patient's identity, the printing clinician and date, "Page N of M" and the
    // confidentiality footer.
    Result<int> render(QPagedPaintDevice &device) const;

    // Renders an A4 PDF in memory and writes it to `path` at once (AtomicFile: mode 0600, no partial file, no other
    // copy on disk). Returns the page count.
    Result<int> writePdf(const QString &path) const;
    // The same PDF as bytes, for callers that keep it in memory.
    Result<QByteArray> pdf(int *pages = nullptr) const;

private:
    const ReportData &m_data;
};

} // namespace novamind
