#include "ui/MainWindow.h"

#include "models/Version.h"
#include "storage/Database.h"
#include "storage/Session.h"
#include "storage/lifecycle/PatientRemoval.h"
#include "sync/Transport.h"
#include "ui/Appearance.h"
#include "ui/BreakGlassDialog.h"
#include "ui/ClinicalStyle.h"
#include "ui/InactivityWatcher.h"
#include "ui/PatientWorkspace.h"
#include "ui/PreferencesDialog.h"
#include "ui/SyncStatusWidget.h"
#include "ui/patients/DeletePatientDialog.h"
#include "ui/patients/DeletedPatientsDialog.h"
#include "ui/patients/PatientListPanel.h"
#include "ui/patients/PatientRemovalPrompt.h"
#include "ui/reports/FhirExportAction.h"
#include "ui/sync/ConflictDialog.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncProgressWidget.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <openssl/crypto.h>

namespace novamind {

namespace {

constexpr std::chrono::seconds kStatusRefresh{30};

} // namespace

MainWindow::MainWindow(std::unique_ptr<Replica> replica, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAccessibleName(tr("Novamind Clinician"));

    m_sessionPage = buildSessionPage();

    m_lockedPage = new QWidget(this);
    m_lockedPage->setObjectName(QStringLiteral("lockedPage"));
    auto *lockedLabel = new QLabel(tr("The replica is locked. Unlock it to continue."), m_lockedPage);
    lockedLabel->setObjectName(QStringLiteral("lockedLabel"));
    lockedLabel->setAlignment(Qt::AlignCenter);
    lockedLabel->setForegroundRole(QPalette::PlaceholderText);
    lockedLabel->setAccessibleName(tr("Locked"));
    auto *lockedLayout = new QVBoxLayout(m_lockedPage);
    lockedLayout->addWidget(lockedLabel);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_sessionPage);
    m_pages->addWidget(m_lockedPage);
    setCentralWidget(m_pages);

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_userLabel->setAccessibleName(tr("Signed in as"));
    m_syncStatus = new SyncStatusWidget(this);
    m_sync = new SyncController(this);
    m_sync->setSettings(m_preferences.sync);
    m_sync->setUpkeep(m_preferences.upkeep);
    connect(m_sync, &SyncController::statusChanged, this, &MainWindow::refreshStatus);
    connect(m_sync, &SyncController::message, this,
            [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    connect(m_syncStatus, &SyncStatusWidget::conflictsRequested, m_sync, &SyncController::showReview);
    connect(m_syncStatus, &SyncStatusWidget::refusedRequested, this, [this] {
        m_sync->showReview();
        if (auto *review = findChild<ConflictDialog *>())
            review->showTab(ConflictDialog::RefusedTab);
    });
    auto *syncButton = new QToolButton(this);
    syncButton->setObjectName(QStringLiteral("syncNowButton"));
    syncButton->setDefaultAction(m_sync->syncAction());
    syncButton->setAutoRaise(true);
    // Progress is permanent too, so a passing status message does not hide a sync in progress.
    statusBar()->addPermanentWidget(m_sync->progressWidget());
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(syncButton);
    statusBar()->addPermanentWidget(m_userLabel);

    m_inactivity = new InactivityWatcher(this);
    m_inactivity->setTimeout(m_preferences.lockTimeout);
    connect(m_inactivity, &InactivityWatcher::timedOut, this, &MainWindow::lock);

    m_statusTimer = new QTimer(this);
    m_statusTimer->setInterval(kStatusRefresh);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::refreshStatus);

    buildMenus();
    resize(1280, 800);
    setReplica(std::move(replica));
}

MainWindow::~MainWindow()
{
    // The sync thread has its own connection to the replica: it ends before the replica closes.
    m_sync->sessionClosed();
    // Keep a half-entered assessment, then drop the rows and charts before the replica closes.
    m_workspace->keepUnsavedWork();
    m_workspace->clear();
    m_patientList->setSession(nullptr);
}

QWidget *MainWindow::buildSessionPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("sessionPage"));

    m_patientList = new PatientListPanel(page);
    connect(m_patientList, &PatientListPanel::patientActivated, this, &MainWindow::openPatient);
    connect(m_patientList, &PatientListPanel::errorOccurred, this, &MainWindow::showError);

    m_workspace = new PatientWorkspace(page);
    connect(m_workspace, &PatientWorkspace::errorOccurred, this, &MainWindow::showError);
    connect(m_workspace, &PatientWorkspace::assessmentSigned, this, [this] {
        statusBar()->showMessage(tr("Assessment signed; it will be sent at the next sync."), 8000);
        refreshStatus();
        m_patientList->reload(); // the last-assessment column and the suicide-risk flag may have changed
    });
    connect(m_workspace, &PatientWorkspace::draftSaved, this,
            [this] { statusBar()->showMessage(tr("Draft saved on this device."), 5000); });

    m_noPatientLabel = new QLabel(tr("Choose a patient from the list, or search with Ctrl+F."), page);
    m_noPatientLabel->setObjectName(QStringLiteral("noPatientLabel"));
    m_noPatientLabel->setAlignment(Qt::AlignCenter);
    m_noPatientLabel->setForegroundRole(QPalette::PlaceholderText);
    m_noPatientLabel->setWordWrap(true);

    m_patientArea = new QStackedWidget(page);
    m_patientArea->setObjectName(QStringLiteral("patientArea"));
    m_patientArea->addWidget(m_noPatientLabel);
    m_patientArea->addWidget(m_workspace);

    m_splitter = new QSplitter(Qt::Horizontal, page);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_patientList);
    m_splitter->addWidget(m_patientArea);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({600, 680});
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    return page;
}

void MainWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_replicaInfoAction = fileMenu->addAction(tr("Replica &information"));
    m_replicaInfoAction->setObjectName(QStringLiteral("replicaInfoAction"));
    connect(m_replicaInfoAction, &QAction::triggered, this, &MainWindow::showReplicaInformation);
    m_preferencesAction = fileMenu->addAction(tr("&Preferences…"));
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    fileMenu->addSeparator();
    m_lockAction = fileMenu->addAction(tr("&Lock"));
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    m_lockAction->setStatusTip(tr("Close the replica and ask for the passphrase again"));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);
    m_quitAction = fileMenu->addAction(tr("&Quit"));
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *patientMenu = menuBar()->addMenu(tr("&Patient"));
    m_findAction = patientMenu->addAction(tr("&Find patient"));
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_listVisibleAction->setChecked(true);
        m_patientList->focusSearch();
    });
    m_reloadAction = patientMenu->addAction(tr("&Reload list"));
    m_reloadAction->setObjectName(QStringLiteral("reloadAction"));
    // Ctrl+R only: F5 (the platform's other Refresh key) is Sync now.
    m_reloadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_reloadAction, &QAction::triggered, m_patientList, &PatientListPanel::reload);
    m_newAssessmentAction = patientMenu->addAction(tr("&New assessment"));
    m_newAssessmentAction->setObjectName(QStringLiteral("newAssessmentAction"));
    m_newAssessmentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_newAssessmentAction, &QAction::triggered, this, &MainWindow::startNewAssessment);
    patientMenu->addSeparator();
    m_emergencyAction = patientMenu->addAction(tr("&Emergency access…"));
    m_emergencyAction->setObjectName(QStringLiteral("emergencyAccessAction"));
    connect(m_emergencyAction, &QAction::triggered, this, &MainWindow::showEmergencyAccess);
    patientMenu->addSeparator();
    // The workspace owns the report actions (their enabled state follows the open patient); the menu shows them too.
    patientMenu->addAction(m_workspace->printReportAction());
    patientMenu->addAction(m_workspace->exportPdfAction());
    patientMenu->addAction(m_workspace->exportCsvAction());
    m_exportFhirAction = new FhirExportAction(this);
    connect(m_exportFhirAction, &FhirExportAction::errorOccurred, this, &MainWindow::showError);
    connect(m_exportFhirAction, &FhirExportAction::exported, this,
            [this] { statusBar()->showMessage(tr("The patient was exported as FHIR R4."), 8000); });
    patientMenu->addAction(m_exportFhirAction);
    // The workspace can drop its patient on its own (a failed reload); the FHIR export follows it like its siblings.
    connect(m_workspace->exportPdfAction(), &QAction::enabledChanged, this, [this] {
        if (m_exportFhirAction)
            m_exportFhirAction->setPatient(m_session.get(), m_workspace->patientId());
    });
    patientMenu->addSeparator();
    m_deletePatientAction = patientMenu->addAction(tr("&Delete patient…"));
    m_deletePatientAction->setObjectName(QStringLiteral("deletePatientAction"));
    m_deletePatientAction->setStatusTip(tr("Hide the open patient from the patient list and search on this device, "
                                           "with a reason; it can be restored"));
    connect(m_deletePatientAction, &QAction::triggered, this, &MainWindow::deletePatient);
    m_deletedPatientsAction = patientMenu->addAction(tr("Deleted pa&tients…"));
    m_deletedPatientsAction->setObjectName(QStringLiteral("deletedPatientsAction"));
    m_deletedPatientsAction->setStatusTip(tr("Restore a deleted patient, or remove it from this device for good"));
    connect(m_deletedPatientsAction, &QAction::triggered, this, &MainWindow::showDeletedPatients);
    m_removePatientAction = patientMenu->addAction(tr("Re&move patient from this device…"));
    m_removePatientAction->setObjectName(QStringLiteral("removePatientAction"));
    m_removePatientAction->setStatusTip(tr("Delete the open patient's records from this device and wipe them from "
                                           "its disk; the server keeps them"));
    connect(m_removePatientAction, &QAction::triggered, this, &MainWindow::removePatientFromDevice);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_listVisibleAction = viewMenu->addAction(tr("Patient &list"));
    m_listVisibleAction->setObjectName(QStringLiteral("listVisibleAction"));
    m_listVisibleAction->setCheckable(true);
    m_listVisibleAction->setChecked(true);
    m_listVisibleAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_listVisibleAction->setStatusTip(tr("Show or hide the patient list, to give the open patient the whole window"));
    connect(m_listVisibleAction, &QAction::toggled, m_patientList, &QWidget::setVisible);

    QMenu *syncMenu = menuBar()->addMenu(tr("&Sync"));
    syncMenu->addAction(m_sync->syncAction());
    syncMenu->addAction(m_sync->cancelAction());
    syncMenu->addSeparator();
    syncMenu->addAction(m_sync->reviewAction());
    syncMenu->addAction(m_sync->returnEvictedAction());

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    m_aboutAction = helpMenu->addAction(tr("&About Novamind Clinician"));
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::setReplica(std::unique_ptr<Replica> replica)
{
    closeSession();
    m_replica = std::move(replica);
    if (!m_replica) {
        m_pages->setCurrentWidget(m_lockedPage);
        setWindowTitle(tr("Novamind Clinician — locked"));
        updateActions();
        return;
    }
    auto session = Session::forReplica(*m_replica);
    if (!session.ok()) {
        // Without a session nothing can be shown; stay locked rather than half-open.
        m_replica->close();
        m_replica.reset();
        m_pages->setCurrentWidget(m_lockedPage);
        showError(session.error().message);
        updateActions();
        return;
    }
    m_session = std::make_unique<Session>(std::move(session).value());
    const ReplicaIdentity &id = m_replica->identity();
    const QString role = roleName(id.role);
    m_userLabel->setText(tr("%1 (%2)").arg(id.userId, role));
    setWindowTitle(tr("Novamind Clinician — %1").arg(id.userId));
    statusBar()->showMessage(tr("Replica unlocked as %1 (%2)").arg(id.userId, role), 8000);

    m_patientArea->setCurrentWidget(m_noPatientLabel);
    m_pages->setCurrentWidget(m_sessionPage);
    m_patientList->setSession(m_session.get());
    m_sync->sessionOpened(*m_replica, *m_session);
    refreshStatus();
    m_statusTimer->start();
    m_inactivity->start();
    updateActions();
    // The unlock dialog had the keyboard; give it back to this window, or its shortcuts (Ctrl+L among them) stay
    // dead until the user clicks into it.
    activateWindow();
    raise();
    m_patientList->focusSearch();
}

void MainWindow::setInactivityTimeout(std::chrono::milliseconds timeout)
{
    m_inactivity->setTimeout(timeout);
}

void MainWindow::setPreferences(const Preferences &preferences)
{
    m_preferences = preferences;
    m_inactivity->setTimeout(preferences.lockTimeout);
    m_sync->setSettings(preferences.sync);
    m_sync->setUpkeep(preferences.upkeep);
    m_workspace->setAllowedInstruments(preferences.allowedInstruments);
    updateActions();
}

void MainWindow::lock()
{
    if (!m_replica)
        return;
    closeSession();
    Q_EMIT locked();
}

void MainWindow::closeSession()
{
    if (!m_replica)
        return;
    // The running sync is cancelled and joined, and the server password forgotten, before the replica closes.
    m_sync->sessionClosed();
    // An assessment being entered is saved as a draft first: a lock must not lose a clinician's work.
    m_workspace->keepUnsavedWork();
    // Screens next: they hold rows, charts and a pointer to the session.
    m_workspace->clear();
    m_patientList->setSession(nullptr);
    m_patientArea->setCurrentWidget(m_noPatientLabel);
    m_session.reset();
    m_replica->close();
    m_replica.reset();
    m_inactivity->stop();
    m_statusTimer->stop();
    m_syncStatus->refresh(nullptr);
    m_userLabel->clear();
    // Any dialog still open on the session (emergency access, preferences) goes with it.
    for (QDialog *dialog : findChildren<QDialog *>())
        dialog->reject();
    m_pages->setCurrentWidget(m_lockedPage);
    setWindowTitle(tr("Novamind Clinician — locked"));
    statusBar()->showMessage(tr("Replica locked"));
    updateActions();
}

void MainWindow::openPatient(const QString &patientId)
{
    if (!m_session)
        return;
    const Status opened = m_workspace->showPatient(*m_session, patientId);
    if (!opened.ok()) {
        m_patientArea->setCurrentWidget(m_noPatientLabel);
        showError(opened.error().message);
        updateActions();
        return;
    }
    m_patientArea->setCurrentWidget(m_workspace);
    updateActions();
}

void MainWindow::startNewAssessment()
{
    if (m_workspace->hasPatient())
        m_workspace->startNewAssessment();
}

void MainWindow::showEmergencyAccess()
{
    if (!m_session)
        return;
    if (!m_preferences.breakGlassAllowed) {
        showError(m_emergencyAction->statusTip());
        return;
    }
    // Window-modal and asynchronous (open(), not exec()), so a lock can close it and tests can drive it.
    auto *dialog = new BreakGlassDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        refreshStatus();
        openPatient(dialog->patientId());
    });
    dialog->open();
}

void MainWindow::removePatientFromDevice()
{
    if (!m_session || !m_workspace->hasPatient())
        return;
    const QString patientId = m_workspace->patientId();
    const Status asked = PatientRemovalPrompt::open(
        this, m_replica->database(), patientId, [this, patientId](const PatientRemoval::Options &options) {
            if (!m_session || m_workspace->patientId() != patientId)
                return;
            // The open record goes first: its screens hold rows of the patient.
            closePatient();
            auto removed = PatientRemoval::remove(*m_session, patientId, options);
            m_patientList->reload();
            refreshStatus();
            updateActions();
            if (!removed.ok()) {
                showError(removed.error().message);
                return;
            }
            statusBar()->showMessage(tr("The patient was removed from this device."), 8000);
        });
    if (!asked.ok())
        showError(asked.error().message);
}

void MainWindow::deletePatient()
{
    if (!m_session || m_session->role == Role::Admin || !m_workspace->hasPatient())
        return;
    // Window-modal and asynchronous (open(), not exec()), so a lock can close it and tests can drive it.
    auto *dialog =
        new DeletePatientDialog(*m_session, m_workspace->patientId(), m_preferences.upkeep.purgeDeletedAfterDays, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        closePatient();
        m_patientList->reload();
        refreshStatus();
        updateActions();
        const QString done = tr("The patient was deleted on this device. Patient ▸ Deleted patients… restores it.");
        statusBar()->showMessage(done, 8000);
    });
    dialog->open();
}

void MainWindow::showDeletedPatients()
{
    if (!m_session)
        return;
    auto *dialog = new DeletedPatientsDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeletedPatientsDialog::patientsChanged, this, [this] {
        m_patientList->reload();
        refreshStatus();
    });
    dialog->open();
}

void MainWindow::closePatient()
{
    m_workspace->clear();
    m_patientArea->setCurrentWidget(m_noPatientLabel);
}

void MainWindow::refreshStatus()
{
    m_syncStatus->refresh(m_replica ? &m_replica->database() : nullptr);
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 15000);
}

void MainWindow::updateActions()
{
    const bool open = m_replica != nullptr;
    const bool clinical = open && m_session && m_session->role != Role::Admin;
    for (QAction *action : {m_lockAction, m_findAction, m_reloadAction, m_replicaInfoAction})
        action->setEnabled(open);
    const bool breakGlass = m_preferences.breakGlassAllowed;
    m_emergencyAction->setEnabled(clinical && breakGlass);
    m_removePatientAction->setEnabled(open && m_workspace->hasPatient());
    m_deletePatientAction->setEnabled(clinical && m_workspace->hasPatient());
    m_deletedPatientsAction->setEnabled(open);
    m_exportFhirAction->setPatient(m_session.get(), m_workspace->patientId());
    const QString emergencyTip =
        breakGlass ? tr("Open a patient outside your care relationships, with a logged reason")
                   : tr("Your organisation has turned off emergency access on this device; ask IT if you need it.");
    m_emergencyAction->setStatusTip(emergencyTip);
    m_emergencyAction->setToolTip(emergencyTip);
    const bool canStart = m_workspace->canStartNewAssessment();
    m_newAssessmentAction->setEnabled(clinical && m_workspace->hasPatient() && canStart);
    m_newAssessmentAction->setStatusTip(
        canStart ? QString()
                 : tr("Your organisation allows no assessment instruments for new assessments on this device."));
}

void MainWindow::showReplicaInformation()
{
    if (!m_replica)
        return;
    const ReplicaIdentity &id = m_replica->identity();
    const QString text =
        tr("<table>"
           "<tr><td>Replica</td><td>%1</td></tr>"
           "<tr><td>File</td><td>%2</td></tr>"
           "<tr><td>Schema</td><td>%3</td></tr>"
           "<tr><td>Created</td><td>%4 by version %5</td></tr>"
           "<tr><td>Signed in as</td><td>%6 (%7)</td></tr>"
           "</table>")
            .arg(id.replicaId.toHtmlEscaped(), id.path.toHtmlEscaped(), QString::number(id.schemaVersion),
                 style::formatDateTime(QDateTime::fromString(id.createdAt, Qt::ISODateWithMs)).toHtmlEscaped(),
                 id.createdByVersion.toHtmlEscaped(), id.userId.toHtmlEscaped(), roleName(id.role));
    QMessageBox box(QMessageBox::Information, tr("Replica information"), text, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("replicaInfoBox"));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_preferences, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Preferences chosen = dialog.preferences();
    chosen.save();
    if (chosen.appearance != m_preferences.appearance) {
        if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
            applyAppearance(*app, chosen.appearance);
    }
    setPreferences(chosen);
}

void MainWindow::showAbout()
{
    const QString cipher = Database::cipherVersion();
    const QStringList components = {
        tr("Qt %1").arg(QString::fromLatin1(qVersion())),
        tr("SQLCipher %1 on SQLite %2").arg(cipher.isEmpty() ? tr("(unknown)") : cipher, Database::sqliteVersion()),
        QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)),
        transportLibraryVersion(),
    };
    QString list;
    for (const QString &component : components)
        list += QStringLiteral("<li>") % component.toHtmlEscaped() % QStringLiteral("</li>");
    const QString text = tr("<h3>Novamind Clinician %1</h3>"
                            "<p>Patients, assessments and digital twins on an encrypted local replica.</p>"
                            "<p>Built with:</p><ul>%2</ul>")
                             .arg(QStringLiteral(NOVAMIND_VERSION).toHtmlEscaped(), list);
    QMessageBox::about(this, tr("About Novamind Clinician"), text);
}

} // namespace novamind
