// The main window as a clinician meets it: search and open a patient, Ctrl+N, Ctrl+L, the inactivity lock,
// emergency access, the status bar and the About box.

#include "DemoReplica.h"
#include "FileSupport.h"
#include "app/config/EffectiveSettings.h"
#include "app/config/ManagedPolicy.h"
#include "storage/Database.h"
#include "storage/PatientRepository.h"
#include "storage/Statement.h"
#include "storage/UnitOfWork.h"
#include "ui/BreakGlassDialog.h"
#include "ui/ClinicalStyle.h"
#include "ui/InactivityWatcher.h"
#include "ui/MainWindow.h"
#include "ui/PatientWorkspace.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace novamind;
using namespace std::chrono_literals;

namespace {

template<typename T> T *child(QWidget &parent, const char *objectName)
{
    T *widget = parent.findChild<T *>(QString::fromLatin1(objectName));
    if (!widget)
        qWarning("no child named %s", objectName);
    return widget;
}

// Every piece of text a widget tree shows: labels, line edits, table cells, tab titles, the window title.
QStringList visibleTexts(QWidget &root)
{
    QStringList texts{root.windowTitle()};
    for (const QLabel *label : root.findChildren<QLabel *>())
        texts << label->text();
    for (const QLineEdit *edit : root.findChildren<QLineEdit *>())
        texts << edit->text();
    for (const QAbstractItemView *view : root.findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        if (!model)
            continue;
        for (int r = 0; r < model->rowCount(); ++r)
            for (int c = 0; c < model->columnCount(); ++c)
                texts << model->index(r, c).data().toString();
    }
    return texts;
}

bool showsText(QWidget &root, const QString &text)
{
    const QStringList texts = visibleTexts(root);
    return std::any_of(texts.cbegin(), texts.cend(), [&](const QString &t) { return t.contains(text); });
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheClinicianTheirPatients();
    void searchNarrowsAndEnterOpensThePatient();
    void ctrlNStartsAnAssessmentForTheOpenPatient();
    void fitsALaptopScreen();
    void f9HidesTheListAndCtrlFBringsItBack();
    void ctrlLLocksAndHidesEveryPatient();
    void inactivityLocksAndNeedsThePassphraseAgain();
    void inputKeepsTheSessionOpen();
    void lockKeepsAnAssessmentBeingEntered();
    void emergencyAccessNeedsAReasonAndIsAudited();
    void policyCanTurnOffEmergencyAccessAndNewAssessments();
    void statusBarShowsTheOutbox();
    void aboutListsComponentVersions();

private:
    std::unique_ptr<Replica> openReplica();
    qint64 count(const QString &sql);

    QTemporaryDir m_dir;
    test::DemoReplicaSpec m_spec;
    PatientSummary m_patient; // a patient of the cohort, found through the repository
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_spec.path = m_dir.filePath(QStringLiteral("replica.db"));
    m_spec.patients = 24;
    m_spec.statesPerPatient = 60;
    auto replica = test::createDemoReplica(m_spec);
    QVERIFY2(replica.ok(), qPrintable(replica.ok() ? QString() : replica.error().message));
    QVERIFY(test::addUnrelatedPatient(*replica.value(), QStringLiteral("hidden-1"), QStringLiteral("MRN-HIDDEN-1"),
                                      QStringLiteral("Quixote"), QStringLiteral("Hidalgo"))
                .ok());
    auto session = Session::forReplica(*replica.value());
    QVERIFY(session.ok());
    auto found = UnitOfWork::perform(session.value(), [](UnitOfWork &uow) {
        PatientQuery query;
        query.limit = 1;
        return PatientRepository::search(uow, query);
    });
    QVERIFY(found.ok() && !found->empty());
    m_patient = found->front();
    replica.value()->close();
}

std::unique_ptr<Replica> TestMainWindow::openReplica()
{
    auto opened = Replica::open(m_spec.path, m_spec.userId, m_spec.passphrase, Replica::Options{});
    if (!opened.ok()) {
        qWarning("open failed: %s", qPrintable(opened.error().message));
        return {};
    }
    return std::move(opened).value();
}

qint64 TestMainWindow::count(const QString &sql)
{
    auto replica = openReplica();
    auto n = replica->database().queryInt(sql.toStdString());
    return n.ok() ? n.value() : -1;
}

void TestMainWindow::showsTheClinicianTheirPatients()
{
    MainWindow window(openReplica());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = child<QTableView>(window, "patientTable");
    QVERIFY(table);
    QTRY_COMPARE(table->model()->rowCount(), m_spec.patients); // the unrelated patient is not listed
    QVERIFY(!showsText(window, QStringLiteral("Quixote")));
    QVERIFY(showsText(window, m_patient.mrn));
    QCOMPARE(window.windowTitle(), QStringLiteral("Novamind Clinician — %1").arg(m_spec.userId));
    QVERIFY(child<QLabel>(window, "userLabel")->text().contains(QStringLiteral("psychiatrist")));
    // Searching is where the cursor starts.
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(window, "patientSearch"));
}

void TestMainWindow::searchNarrowsAndEnterOpensThePatient()
{
    MainWindow window(openReplica());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *search = child<QLineEdit>(window, "patientSearch");
    auto *table = child<QTableView>(window, "patientTable");
    QVERIFY(search && table);

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), search);
    QTest::keyClicks(search, m_patient.mrn);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QVERIFY(showsText(*table, m_patient.mrn));

    // Down moves into the list, Enter opens the patient.
    QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    auto *workspace = window.findChild<PatientWorkspace *>();
    QTRY_VERIFY(workspace->isVisible());
    QCOMPARE(workspace->patientId(), m_patient.id);
    QCOMPARE(child<QLabel>(window, "workspacePatientName")->text(), m_patient.displayName);
    QVERIFY(child<QLabel>(window, "workspacePatientDetail")->text().contains(m_patient.mrn));
    QVERIFY(!child<QLabel>(window, "workspaceBreakGlass")->isVisible());
}

void TestMainWindow::ctrlNStartsAnAssessmentForTheOpenPatient()
{
    MainWindow window(openReplica());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *newAssessment = window.findChild<QAction *>(QStringLiteral("newAssessmentAction"));
    QVERIFY(newAssessment);
    QCOMPARE(newAssessment->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    QVERIFY(!newAssessment->isEnabled()); // no patient yet

    window.openPatient(m_patient.id);
    QVERIFY(newAssessment->isEnabled());
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    auto *tabs = child<QTabWidget>(window, "patientTabs");
    QCOMPARE(tabs->currentIndex(), int(PatientWorkspace::AssessmentsTab));
}

void TestMainWindow::fitsALaptopScreen()
{
    // 1280×800 less a desktop panel: every tab of an open patient fits, with the patient list shown.
    MainWindow window(openReplica());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openPatient(m_patient.id);
    for (int tab : {PatientWorkspace::OverviewTab, PatientWorkspace::AssessmentsTab, PatientWorkspace::TimelineTab}) {
        window.findChild<PatientWorkspace *>()->showTab(tab);
        QCoreApplication::processEvents();
        const QSize needed = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(needed.width() <= 1280 && needed.height() <= 760,
                 qPrintable(QStringLiteral("tab %1 needs %2×%3").arg(tab).arg(needed.width()).arg(needed.height())));
    }
}

void TestMainWindow::f9HidesTheListAndCtrlFBringsItBack()
{
    MainWindow window(openReplica());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openPatient(m_patient.id);
    auto *search = child<QLineEdit>(window, "patientSearch");
    auto *workspace = window.findChild<PatientWorkspace *>();
    const int narrow = workspace->width();
    QTest::keyClick(&window, Qt::Key_F9);
    QVERIFY(!search->isVisible());
    QTRY_VERIFY(workspace->width() > narrow); // the open patient gets the room
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->isVisible());
    QCOMPARE(QApplication::focusWidget(), search);
}

void TestMainWindow::ctrlLLocksAndHidesEveryPatient()
{
    MainWindow window(openReplica());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openPatient(m_patient.id);
    QVERIFY(showsText(window, m_patient.displayName));

    QSignalSpy lockedSpy(&window, &MainWindow::locked);
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(lockedSpy.count(), 1);
    QVERIFY(window.isLocked());
    QVERIFY(window.replica() == nullptr);
    QVERIFY(window.session() == nullptr);
    QVERIFY(!showsText(window, m_patient.displayName));
    QVERIFY(!showsText(window, m_patient.mrn));
    QVERIFY(!window.windowTitle().contains(m_spec.userId));
    QVERIFY(child<QLabel>(window, "lockedLabel")->isVisible());
    QVERIFY(!child<QTableView>(window, "patientTable")->isVisible());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("lockAction"))->isEnabled());

    // Locking twice is harmless; a new unlock starts a clean session without the old patient open.
    window.lock();
    QCOMPARE(lockedSpy.count(), 1);
    window.setReplica(openReplica());
    QVERIFY(!window.isLocked());
    QTRY_COMPARE(child<QTableView>(window, "patientTable")->model()->rowCount(), m_spec.patients);
    QVERIFY(!window.findChild<PatientWorkspace *>()->hasPatient());
}

void TestMainWindow::inactivityLocksAndNeedsThePassphraseAgain()
{
    MainWindow window(openReplica());
    window.setInactivityTimeout(300ms);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openPatient(m_patient.id);
    QVERIFY(showsText(window, m_patient.displayName));

    QSignalSpy lockedSpy(&window, &MainWindow::locked);
    QVERIFY(lockedSpy.wait(5000));
    QVERIFY(window.isLocked());
    QVERIFY(!showsText(window, m_patient.displayName));
    QVERIFY(!showsText(window, m_patient.mrn));
    QVERIFY(!showsText(window, style::formatDate(m_patient.birthDate)));
    QCOMPARE(child<QTableView>(window, "patientTable")->model()->rowCount(), 0);

    // Only the passphrase brings it back: a wrong one does not open the replica.
    QVERIFY(!Replica::open(m_spec.path, m_spec.userId, "not the passphrase", Replica::Options{}).ok());
    window.setReplica(openReplica());
    QVERIFY(!window.isLocked());
}

void TestMainWindow::inputKeepsTheSessionOpen()
{
    MainWindow window(openReplica());
    window.setInactivityTimeout(600ms);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *search = child<QLineEdit>(window, "patientSearch");
    // Typing every 200 ms for well over the timeout keeps the session open.
    for (int i = 0; i < 8; ++i) {
        QTest::qWait(200);
        QTest::keyClick(search, Qt::Key_Shift);
        QVERIFY2(!window.isLocked(), "locked although the clinician was typing");
    }
    QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 5000);
}

void TestMainWindow::lockKeepsAnAssessmentBeingEntered()
{
    const QString drafts =
        QStringLiteral("SELECT count(*) FROM assessment WHERE status = 'draft' AND patient_id = '%1'")
            .arg(m_patient.id);
    const qint64 before = count(drafts);
    MainWindow window(openReplica());
    window.setInactivityTimeout(400ms);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openPatient(m_patient.id);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // the chooser offers PHQ-9 first
    auto *answer = window.findChild<QAbstractButton *>(QStringLiteral("item_phq9_1_2"));
    QVERIFY(answer);
    answer->click();
    // The clinician is called away: the session locks with the form half filled.
    QSignalSpy lockedSpy(&window, &MainWindow::locked);
    QVERIFY(lockedSpy.wait(5000));
    QCOMPARE(count(drafts), before + 1);
    const QString answers = QStringLiteral("SELECT count(*) FROM assessment WHERE status = 'draft' AND patient_id = "
                                           "'%1' AND answers LIKE '[2,null,%'")
                                .arg(m_patient.id);
    QCOMPARE(count(answers), qint64(1));
}

void TestMainWindow::emergencyAccessNeedsAReasonAndIsAudited()
{
    MainWindow window(openReplica());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const qint64 grantsBefore = count(QStringLiteral("SELECT count(*) FROM break_glass"));

    auto *action = window.findChild<QAction *>(QStringLiteral("emergencyAccessAction"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    auto *dialog = window.findChild<BreakGlassDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    child<QLineEdit>(*dialog, "breakGlassMrn")->setText(QStringLiteral("MRN-HIDDEN-1"));
    auto *grant = child<QPushButton>(*dialog, "breakGlassGrant");
    auto *error = child<QLabel>(*dialog, "breakGlassError");

    // No reason, then too short a reason: refused, nothing granted, the dialog stays.
    QTest::mouseClick(grant, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("reason")), qPrintable(error->text()));
    QTest::keyClicks(child<QPlainTextEdit>(*dialog, "breakGlassReason"), QStringLiteral("urgent"));
    QTest::mouseClick(grant, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM break_glass")), grantsBefore);

    // An unknown MRN is refused too.
    child<QLineEdit>(*dialog, "breakGlassMrn")->setText(QStringLiteral("MRN-NOBODY"));
    child<QPlainTextEdit>(*dialog, "breakGlassReason")
        ->setPlainText(QStringLiteral("Patient in the emergency department, treating psychiatrist away"));
    QTest::mouseClick(grant, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("MRN")));

    child<QLineEdit>(*dialog, "breakGlassMrn")->setText(QStringLiteral("MRN-HIDDEN-1"));
    QTest::mouseClick(grant, Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<BreakGlassDialog *>());

    // The patient opens, marked as emergency access; the grant and the reading are both in the audit trail.
    auto *workspace = window.findChild<PatientWorkspace *>();
    QCOMPARE(workspace->patientId(), QStringLiteral("hidden-1"));
    QVERIFY(child<QLabel>(window, "workspaceBreakGlass")->isVisible());
    QVERIFY(child<QLabel>(window, "workspacePatientName")->text().contains(QStringLiteral("Quixote")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM break_glass")), grantsBefore + 1);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'break_glass' AND entity_id = "
                                 "'hidden-1' AND purpose LIKE 'break_glass:Patient in the emergency%'")) >= 1);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_id = 'hidden-1' AND action = 'read' "
                                 "AND purpose = 'break_glass'")) >= 1);
}

void TestMainWindow::policyCanTurnOffEmergencyAccessAndNewAssessments()
{
    const QString policyPath =
        test::writePolicyFile(m_dir.filePath(QStringLiteral("policy.conf")),
                              "[access]\nbreakGlass=false\n[assessments]\nallowedInstruments=none\n"
                              "[session]\nlockTimeoutMinutes=2\n");
    QVERIFY(!policyPath.isEmpty());
    const QSettings user(m_dir.filePath(QStringLiteral("user.ini")), QSettings::IniFormat);
    const Preferences managed =
        Preferences::fromSettings(config::EffectiveSettings::resolve(config::ManagedPolicy::load(policyPath), user));
    QVERIFY(managed.policyProblems().isEmpty());

    MainWindow window(openReplica());
    window.setPreferences(managed);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const qint64 grantsBefore = count(QStringLiteral("SELECT count(*) FROM break_glass"));

    auto *emergency = window.findChild<QAction *>(QStringLiteral("emergencyAccessAction"));
    QVERIFY(!emergency->isEnabled());
    QVERIFY2(emergency->statusTip().contains(QStringLiteral("organisation")), qPrintable(emergency->statusTip()));
    QCOMPARE(emergency->toolTip(), emergency->statusTip());
    // Reaching the slot some other way opens nothing either.
    window.showEmergencyAccess();
    QVERIFY(!window.findChild<BreakGlassDialog *>());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM break_glass")), grantsBefore);

    // No instrument allowed: Ctrl+N and the panel's button are off, and say why.
    window.openPatient(m_patient.id);
    auto *newAssessment = window.findChild<QAction *>(QStringLiteral("newAssessmentAction"));
    QVERIFY(!newAssessment->isEnabled());
    QVERIFY(newAssessment->statusTip().contains(QStringLiteral("organisation")));
    auto *newButton = child<QPushButton>(window, "newAssessmentButton");
    window.findChild<PatientWorkspace *>()->showTab(PatientWorkspace::AssessmentsTab);
    QVERIFY(!newButton->isEnabled());

    // The policy's lock timeout is the one the window keeps.
    QCOMPARE(window.findChild<InactivityWatcher *>()->timeout(), std::chrono::milliseconds(2min));

    // Without the policy, both are back.
    window.setPreferences(Preferences{});
    QVERIFY(emergency->isEnabled());
    QVERIFY(newAssessment->isEnabled());
    QVERIFY(newButton->isEnabled());
}

void TestMainWindow::statusBarShowsTheOutbox()
{
    MainWindow window(openReplica());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *outbox = child<QLabel>(window, "outboxLabel");
    auto *lastSync = child<QLabel>(window, "lastSyncLabel");
    const qint64 pending = count(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'"));
    QVERIFY(outbox->text().startsWith(QString::number(pending) + QLatin1Char(' ')));
    QCOMPARE(lastSync->text(), QStringLiteral("Never synced"));

    // A change queued for the server shows up at the next refresh.
    const Session *session = window.session();
    QVERIFY(session);
    QVERIFY(UnitOfWork::run(*session, [&](UnitOfWork &uow) {
                return uow.enqueue(QStringLiteral("patient"), m_patient.id, 1, QStringLiteral("update"),
                                   QJsonObject{{QStringLiteral("note"), QStringLiteral("x")}});
            }).ok());
    window.refreshStatus();
    QVERIFY2(outbox->text().startsWith(QString::number(pending + 1) + QLatin1Char(' ')), qPrintable(outbox->text()));
    window.lock();
    QVERIFY(outbox->text().isEmpty());
}

void TestMainWindow::aboutListsComponentVersions()
{
    MainWindow window(openReplica());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *aboutAction = window.findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(aboutAction);
    QString aboutText;
    // QMessageBox::about is modal: read it and close it from the event loop it runs.
    QTimer::singleShot(0, &window, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        aboutText = box->text();
        box->accept();
    });
    aboutAction->trigger();
    QVERIFY2(aboutText.contains(QString::fromLatin1(qVersion())), qPrintable(aboutText));
    QVERIFY2(aboutText.contains(QStringLiteral("SQLCipher 3.")), qPrintable(aboutText));
    QVERIFY2(aboutText.contains(QStringLiteral("OpenSSL 3.")), qPrintable(aboutText));
    QVERIFY2(aboutText.contains(QStringLiteral("cpprestsdk")), qPrintable(aboutText));
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
