#pragma once
// AssessmentsPanel: the assessments screen of one patient: history, drafts, and the entry form.

#include "models/Result.h"

#include <QWidget>

class QFrame;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace novamind {

class AssessmentForm;
class AssessmentHistoryView;
struct Session;

class AssessmentsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AssessmentsPanel(QWidget *parent = nullptr);

    // Loads the patient's signed assessments and drafts (audited by the repositories).
    Status showPatient(const Session &session, const QString &patientId);
    // Drops all PHI: history, drafts, the open form; forgets the session.
    void clear();

    // Opens an empty form; with no id, asks with an inline chooser (PHQ-9 preselected when offered). An instrument
    // the organisation does not allow is refused with a sentence.
    void startNewAssessment(const QString &instrumentId = {});
    // The instruments offered for new assessments (the managed policy's list; empty = every instrument). History and
    // drafts are not affected: a draft of an instrument no longer offered can still be finished or deleted.
    void setAllowedInstruments(const QStringList &instrumentIds);
    // The ids the chooser offers, in the library's order; empty when the organisation allows none this build has.
    QStringList offeredInstruments() const;
    bool canStartNew() const { return !offeredInstruments().isEmpty(); }
    // Opens a saved draft of this patient in the form.
    bool openDraft(const QString &assessmentId);
    // The patient's sex at birth (Patient::sex), for instruments with sex-specific cut-offs. Call it for every
    // patient, before or after showPatient(); clear() forgets it.
    void setPatientSex(const QString &sex);

    AssessmentForm *form() const { return m_form; }
    AssessmentHistoryView *history() const { return m_history; }
    bool isFormOpen() const;
    // Saves an open entry form with at least one answer as a draft, so locking or moving on loses nothing.
    void keepUnsavedEntry();

Q_SIGNALS:
    void assessmentSigned(const QString &assessmentId);
    void draftSaved(const QString &assessmentId);
    void errorOccurred(const QString &message);

private:
    Status reloadDrafts();
    void rebuildChooser();
    void updateNewButton();
    bool isOffered(const QString &instrumentId) const;
    void deleteSelectedDraft();
    void disarmDelete();
    void openForm();
    void closeForm();
    void reportError(const QString &message);

    const Session *m_session = nullptr;
    QString m_patientId;
    QString m_patientSex;
    QStringList m_allowed; // empty = every instrument

    QStackedWidget *m_stack;
    QWidget *m_overview;
    AssessmentHistoryView *m_history;
    QListWidget *m_drafts;
    QPushButton *m_newButton;
    QPushButton *m_openDraftButton;
    QPushButton *m_deleteDraftButton = nullptr;
    bool m_deleteArmed = false;
    QFrame *m_chooser;
    QListWidget *m_chooserList;
    QPushButton *m_chooserStart;
    QLabel *m_error;
    AssessmentForm *m_form;
};

} // namespace novamind
