#include "ui/PatientWorkspace.h"

#include "storage/AccessPolicy.h"
#include "storage/PatientRepository.h"
#include "storage/Session.h"
#include "ui/ClinicalStyle.h"
#include "ui/assessments/AssessmentsPanel.h"
#include "ui/patients/PatientOverview.h"
#include "ui/reports/ExportFileName.h"
#include "ui/reports/ReportRenderer.h"
#include "ui/reports/ReportSource.h"
#include "ui/reports/TimelineCsv.h"
#include "ui/timeline/TimelineView.h"

#include <QAction>
#include <QDate>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace novamind {

PatientWorkspace::PatientWorkspace(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("patientWorkspace"));

    m_nameLabel = new QLabel(this);
    m_nameLabel->setObjectName(QStringLiteral("workspacePatientName"));
    m_nameLabel->setAccessibleName(tr("Patient"));
    m_nameLabel->setTextFormat(Qt::PlainText);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_nameLabel->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.35);
    m_nameLabel->setFont(nameFont);

    m_detailLabel = new QLabel(this);
    m_detailLabel->setObjectName(QStringLiteral("workspacePatientDetail"));
    m_detailLabel->setAccessibleName(tr("Patient identifiers"));
    m_detailLabel->setTextFormat(Qt::PlainText);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_breakGlassLabel = new QLabel(this);
    m_breakGlassLabel->setObjectName(QStringLiteral("workspaceBreakGlass"));
    m_breakGlassLabel->setAccessibleName(tr("Emergency access"));
    m_breakGlassLabel->setText(tr("Emergency access — every view is logged and reviewed"));
    style::useAlertText(m_breakGlassLabel);
    m_breakGlassLabel->hide();

    m_overview = new PatientOverview(this);
    m_assessments = new AssessmentsPanel(this);
    m_timeline = new TimelineView(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("patientTabs"));
    m_tabs->setAccessibleName(tr("Patient record"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_assessments, tr("&Assessments"));
    m_tabs->addTab(m_timeline, tr("&Timeline"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &PatientWorkspace::loadTab);

    connect(m_assessments, &AssessmentsPanel::errorOccurred, this, &PatientWorkspace::errorOccurred);
    connect(m_assessments, &AssessmentsPanel::draftSaved, this, &PatientWorkspace::draftSaved);
    connect(m_assessments, &AssessmentsPanel::assessmentSigned, this, [this](const QString &id) {
        // The timeline's assessment markers are stale now; reload it when it is next shown.
        m_loaded[TimelineTab] = false;
        Q_EMIT assessmentSigned(id);
    });

    m_printReport = new QAction(tr("&Print report…"), this);
    m_printReport->setObjectName(QStringLiteral("printReportAction"));
    m_printReport->setShortcut(QKeySequence::Print);
    m_printReport->setToolTip(
        tr("Print this patient's report (identity, twin state, charts, assessments, medications)"));
    connect(m_printReport, &QAction::triggered, this, &PatientWorkspace::askPrint);
    m_exportPdf = new QAction(tr("E&xport report as PDF…"), this);
    m_exportPdf->setObjectName(QStringLiteral("exportPdfAction"));
    connect(m_exportPdf, &QAction::triggered, this, &PatientWorkspace::askExportPdf);
    m_exportCsv = new QAction(tr("Export timeline as &CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("exportCsvAction"));
    connect(m_exportCsv, &QAction::triggered, this, &PatientWorkspace::askExportCsv);
    addActions({m_printReport, m_exportPdf, m_exportCsv});
    updateReportActions();

    auto *reportButton = new QToolButton(this);
    reportButton->setObjectName(QStringLiteral("reportButton"));
    reportButton->setDefaultAction(m_printReport);
    reportButton->setPopupMode(QToolButton::MenuButtonPopup);
    reportButton->addAction(m_exportPdf);
    reportButton->addAction(m_exportCsv);
    reportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *header = new QVBoxLayout;
    header->setSpacing(2);
    header->addWidget(m_nameLabel);
    header->addWidget(m_detailLabel);
    header->addWidget(m_breakGlassLabel);

    auto *top = new QHBoxLayout;
    top->addLayout(header, 1);
    top->addWidget(reportButton, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
}

Status PatientWorkspace::showPatient(const Session &session, const QString &patientId)
{
    keepUnsavedWork();
    clear();
    NM_TRY(m_overview->showPatient(session, patientId));
    m_session = &session;
    m_patientId = patientId;
    m_loaded[OverviewTab] = true;
    updateHeader();
    updateReportActions();
    if (const PatientRecord *record = m_overview->record())
        m_assessments->setPatientSex(record->patient.sex);
    // Keep the tab the clinician was on when moving between patients.
    loadTab(m_tabs->currentIndex());
    return {};
}

void PatientWorkspace::keepUnsavedWork()
{
    if (m_session)
        m_assessments->keepUnsavedEntry();
}

void PatientWorkspace::clear()
{
    m_overview->clear();
    m_assessments->clear();
    m_timeline->clear();
    m_session = nullptr;
    m_patientId.clear();
    std::fill(std::begin(m_loaded), std::end(m_loaded), false);
    m_nameLabel->clear();
    m_detailLabel->clear();
    m_breakGlassLabel->hide();
    updateReportActions();
}

void PatientWorkspace::startNewAssessment(const QString &instrumentId)
{
    if (!hasPatient())
        return;
    m_tabs->setCurrentIndex(AssessmentsTab);
    m_assessments->startNewAssessment(instrumentId);
}

void PatientWorkspace::setAllowedInstruments(const QStringList &instrumentIds)
{
    m_assessments->setAllowedInstruments(instrumentIds);
}

bool PatientWorkspace::canStartNewAssessment() const
{
    return m_assessments->canStartNew();
}

void PatientWorkspace::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

void PatientWorkspace::loadTab(int index)
{
    if (!m_session || index < 0 || index > TimelineTab || m_loaded[index])
        return;
    Status loaded;
    if (index == AssessmentsTab) {
        loaded = m_assessments->showPatient(*m_session, m_patientId);
    } else if (index == TimelineTab) {
        if (const PatientRecord *record = m_overview->record())
            m_timeline->setMedications(record->medications);
        loaded = m_timeline->showPatient(*m_session, m_patientId);
    } else {
        loaded = m_overview->showPatient(*m_session, m_patientId);
    }
    if (!loaded.ok()) {
        Q_EMIT errorOccurred(loaded.error().message);
        return;
    }
    m_loaded[index] = true;
}

void PatientWorkspace::updateHeader()
{
    const PatientRecord *record = m_overview->record();
    if (!record)
        return;
    const Patient &p = record->patient;
    m_nameLabel->setText(p.familyName.isEmpty() ? p.mrn : p.displayName());
    QStringList details;
    details << tr("MRN %1").arg(p.mrn);
    if (p.birthDate.isValid()) {
        const QDate today = QDate::currentDate();
        int age = today.year() - p.birthDate.year();
        if (today < p.birthDate.addYears(age))
            --age;
        details << tr("born %1 (%n years)", nullptr, age).arg(style::formatDate(p.birthDate));
    }
    m_detailLabel->setText(details.join(QStringLiteral("  ·  ")));
    m_breakGlassLabel->setVisible(record->breakGlass);
}

void PatientWorkspace::updateReportActions()
{
    const bool enabled = m_session && hasPatient() && AccessPolicy(*m_session).seesClinicalContent();
    for (QAction *action : {m_printReport, m_exportPdf, m_exportCsv})
        action->setEnabled(enabled);
}

Status PatientWorkspace::printReport(QPrinter &printer)
{
    if (!m_session || !hasPatient())
        return Error(ErrorCode::Usage, tr("Open a patient before printing a report."), QStringLiteral("no patient"));
    auto report = ReportSource::load(*m_session, m_patientId, ReportSource::Use::Print);
    if (!report.ok())
        return report.error();
    auto pages = ReportRenderer(report.value()).render(printer);
    if (!pages.ok())
        return pages.error();
    // "Print to file" in the print dialog writes with the umask's mode; the file holds PHI, so only its owner reads it.
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty())
        QFile::setPermissions(printer.outputFileName(), QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

Status PatientWorkspace::exportReportPdf(const QString &path)
{
    if (!m_session || !hasPatient())
        return Error(ErrorCode::Usage, tr("Open a patient before exporting a report."), QStringLiteral("no patient"));
    auto report = ReportSource::load(*m_session, m_patientId, ReportSource::Use::ExportPdf);
    if (!report.ok())
        return report.error();
    auto pages = ReportRenderer(report.value()).writePdf(path);
    if (!pages.ok())
        return pages.error();
    return {};
}

Status PatientWorkspace::exportTimelineCsv(const QString &path)
{
    if (!m_session || !hasPatient())
        return Error(ErrorCode::Usage, tr("Open a patient before exporting the timeline."),
                     QStringLiteral("no patient"));
    return TimelineCsv::exportPatient(*m_session, m_patientId, path);
}

void PatientWorkspace::askPrint()
{
    if (!hasPatient())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(tr("Patient report"));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print patient report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status printed = printReport(printer);
    if (!printed.ok())
        Q_EMIT errorOccurred(printed.error().message);
}

void PatientWorkspace::askExportPdf()
{
    if (!hasPatient())
        return;
    const QString path = askExportPath(this, tr("Export patient report"), QStringLiteral("patient-report"),
                                       QStringLiteral("pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status exported = exportReportPdf(path);
    if (!exported.ok())
        Q_EMIT errorOccurred(exported.error().message);
}

void PatientWorkspace::askExportCsv()
{
    if (!hasPatient())
        return;
    const QString path = askExportPath(this, tr("Export timeline"), QStringLiteral("timeline"), QStringLiteral("csv"),
                                       tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const Status exported = exportTimelineCsv(path);
    if (!exported.ok())
        Q_EMIT errorOccurred(exported.error().message);
}

} // namespace novamind
