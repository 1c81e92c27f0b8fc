#pragma once
// MainWindow: the unlocked session — patient list, the open patient, status bar — and the session lock.

#include "storage/Replica.h"
#include "ui/Preferences.h"

#include <QMainWindow>
#include <chrono>
#include <memory>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace novamind {

class FhirExportAction;
class InactivityWatcher;
class PatientListPanel;
class PatientWorkspace;
class SyncController;
class SyncStatusWidget;
struct Session;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Replica> replica, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts a new session after an unlock (the composition root calls it after locked()).
    void setReplica(std::unique_ptr<Replica> replica);
    Replica *replica() const { return m_replica.get(); }
    const Session *session() const { return m_session.get(); }
    bool isLocked() const { return m_replica == nullptr; }

    // Lock after this long without keyboard or mouse input (policy; default 10 minutes).
    void setInactivityTimeout(std::chrono::milliseconds timeout);
    void setPreferences(const Preferences &preferences);
    SyncController *syncController() const { return m_sync; }

public Q_SLOTS:
    // Closes the replica, wipes its key, drops every patient row and hides all PHI, then emits locked().
    void lock();
    // Opens a patient the user may see; errors go to the status bar.
    void openPatient(const QString &patientId);
    void startNewAssessment();
    void showEmergencyAccess();
    // Asks (naming what is lost), then removes the open patient from this device for good (PatientRemoval).
    void removePatientFromDevice();
    // Asks for a reason (DeletePatientDialog), then deletes the open patient on this device; it can be restored.
    void deletePatient();
    // The deleted patients, to restore or remove for good.
    void showDeletedPatients();
    void refreshStatus();

Q_SIGNALS:
    // The session is locked; whoever composed the window decides how to unlock again (or quit).
    void locked();

private Q_SLOTS:
    void showAbout();
    void showReplicaInformation();
    void showPreferences();
    void showError(const QString &message);

private:
    void buildMenus();
    QWidget *buildSessionPage();
    void updateActions();
    // Everything lock() does except telling the composition root (setReplica uses it too).
    void closeSession();
    // Empties the patient area (before the open patient leaves the list or the replica).
    void closePatient();

    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<Session> m_session; // stable address: screens keep a pointer until they are cleared
    Preferences m_preferences;

    QStackedWidget *m_pages = nullptr;
    QWidget *m_sessionPage = nullptr;
    QWidget *m_lockedPage = nullptr;
    QSplitter *m_splitter = nullptr;
    PatientListPanel *m_patientList = nullptr;
    QStackedWidget *m_patientArea = nullptr;
    QLabel *m_noPatientLabel = nullptr;
    PatientWorkspace *m_workspace = nullptr;
    SyncStatusWidget *m_syncStatus = nullptr;
    SyncController *m_sync = nullptr;
    QLabel *m_userLabel = nullptr;
    InactivityWatcher *m_inactivity = nullptr;
    QTimer *m_statusTimer = nullptr;

    QAction *m_lockAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_newAssessmentAction = nullptr;
    QAction *m_emergencyAction = nullptr;
    QAction *m_removePatientAction = nullptr;
    QAction *m_deletePatientAction = nullptr;
    QAction *m_deletedPatientsAction = nullptr;
    FhirExportAction *m_exportFhirAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_replicaInfoAction = nullptr;
    QAction *m_listVisibleAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace novamind
