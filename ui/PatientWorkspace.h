#pragma once
// PatientWorkspace: one open patient — a header naming them on every tab, then overview, assessments and timeline.

#include "models/Result.h"

#include <QWidget>

class QAction;
class QLabel;
class QPrinter;
class QTabWidget;

namespace novamind {

class AssessmentsPanel;
class PatientOverview;
class TimelineView;
struct Session;

class PatientWorkspace : public QWidget
{
    Q_OBJECT
public:
    explicit PatientWorkspace(QWidget *parent = nullptr);

    // Opens the patient (audited); the assessments and timeline load when their tab is first shown.
    Status showPatient(const Session &session, const QString &patientId);
    // Drops every trace of the patient: header, tabs, charts.
    void clear();
    // Saves what the clinician has typed but not saved (an open assessment becomes a draft).
    void keepUnsavedWork();
    QString patientId() const { return m_patientId; }
    bool hasPatient() const { return !m_patientId.isEmpty(); }

    // Switches to the assessments tab and opens a new entry form (default instrument when empty).
    void startNewAssessment(const QString &instrumentId = {});
    // The instruments offered for new assessments (empty = all); see AssessmentsPanel::setAllowedInstruments.
    void setAllowedInstruments(const QStringList &instrumentIds);
    bool canStartNewAssessment() const;
    void showTab(int index);

    // Report actions, enabled while a patient is open and the role sees clinical content; MainWindow may also put
    // them in its menus. Each asks for a printer or a file name, then calls the function below it.
    QAction *printReportAction() const { return m_printReport; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *exportCsvAction() const { return m_exportCsv; }
    // Without dialogs, for tests and scripted use; each is audited ("print" or "export") through the repositories.
    Status printReport(QPrinter &printer);
    Status exportReportPdf(const QString &path);
    Status exportTimelineCsv(const QString &path);

    enum Tab
    {
        OverviewTab,
        AssessmentsTab,
        TimelineTab,
    };

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void assessmentSigned(const QString &assessmentId);
    void draftSaved(const QString &assessmentId);

private:
    void loadTab(int index);
    void updateHeader();
    void updateReportActions();
    void askPrint();
    void askExportPdf();
    void askExportCsv();

    const Session *m_session = nullptr;
    QString m_patientId;
    bool m_loaded[3] = {false, false, false};

    QLabel *m_nameLabel = nullptr;
    QLabel *m_detailLabel = nullptr;
    QLabel *m_breakGlassLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    PatientOverview *m_overview = nullptr;
    AssessmentsPanel *m_assessments = nullptr;
    TimelineView *m_timeline = nullptr;
    QAction *m_printReport = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_exportCsv = nullptr;
};

} // namespace novamind
