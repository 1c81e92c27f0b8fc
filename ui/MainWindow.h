#pragma once
// MainWindow: the unlocked session: replica identity, the patient list, and the session lock.

#include "storage/Replica.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QFormLayout;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace novamind {

class PatientListModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Replica> replica, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts a new session after an unlock (the composition root calls it after locked()).
    void setReplica(std::unique_ptr<Replica> replica);
    Replica *replica() const { return m_replica.get(); }
    bool isLocked() const { return m_replica == nullptr; }

public Q_SLOTS:
    // Closes the replica, wipes its key, drops every patient row and hides all PHI, then emits locked().
    void lock();

Q_SIGNALS:
    // The session is locked; whoever composed the window decides how to unlock again (or quit).
    void locked();

private Q_SLOTS:
    void showAbout();
    void updatePatientPlaceholder();

private:
    void buildMenus();
    QWidget *buildSessionPage();
    void showIdentity();
    void loadPatients();
    void clearIdentity();

    std::unique_ptr<Replica> m_replica;
    PatientListModel *m_patients = nullptr;
    QSortFilterProxyModel *m_patientProxy = nullptr;

    QStackedWidget *m_pages = nullptr;
    QWidget *m_sessionPage = nullptr;
    QWidget *m_lockedPage = nullptr;
    QStackedWidget *m_patientStack = nullptr;
    QTableView *m_patientTable = nullptr;
    QLabel *m_patientPlaceholder = nullptr;

    QLabel *m_replicaIdValue = nullptr;
    QLabel *m_userValue = nullptr;
    QLabel *m_schemaValue = nullptr;
    QLabel *m_createdValue = nullptr;
    QLabel *m_pathValue = nullptr;
    QLabel *m_versionValue = nullptr;

    QAction *m_lockAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace novamind
