// Syncing from the main window: F5 and the menu, the server password asked once per session and forgotten on lock,
// nothing synced while locked, a network failure told in the status bar (and retried later), the purge question,
// and the status bar's conflict count opening the conflict dialog.

#include "SyncGuiFixture.h"
#include "storage/sync/SyncState.h"
#include "ui/Appearance.h"
#include "ui/MainWindow.h"
#include "ui/sync/ConflictDialog.h"
#include "ui/sync/ServerPasswordDialog.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncProgressWidget.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace novamind;
using namespace novamind::test;
using namespace std::chrono_literals;

namespace {

// Nothing listens on port 1: connections are refused at once.
const QString kDeadServer = QStringLiteral("http://127.0.0.1:1");

ServerPasswordDialog *passwordDialog(QWidget &window)
{
    return window.findChild<ServerPasswordDialog *>();
}

// With NOVAMIND_SCREENSHOT_DIR set (e.g. under xvfb-run), saves what the user sees, for a person to look at.
void screenshot(QWidget &widget, const char *name)
{
    const QString dir = qEnvironmentVariable("NOVAMIND_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    const QString suffix = qEnvironmentVariable("NOVAMIND_SCREENSHOT_APPEARANCE");
    widget.grab().save(dir + QLatin1Char('/') + QLatin1String(name) +
                       (suffix.isEmpty() ? QString() : QLatin1Char('-') + suffix) + QStringLiteral(".png"));
}

void answerPassword(ServerPasswordDialog *dialog, const QString &password)
{
    dialog->findChild<QLineEdit *>(QStringLiteral("serverPassword"))->setText(password);
    dialog->findChild<QPushButton *>(QStringLiteral("serverPasswordSignIn"))->click();
}

} // namespace

class TestSyncController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backoffDoublesUpToHalfAnHour();
    void purgeQuestionSaysWhatWouldBeLost();
    void purgeAnswerReachesTheSync();
    void lockAnswersThePurgeQuestionNo();
    void notSetUpPointsToPreferences();
    void passwordIsAskedOncePerSession();
    void lockStopsARunningSyncQuickly();
    void conflictCountOpensTheConflictDialog();
    void clearedPatientsAreAskedBackFromTheServer();

private:
    std::unique_ptr<Replica> openReplica();
    std::unique_ptr<MainWindow> makeWindow(const QString &server);

    QTemporaryDir m_dir;
    QString m_path;
};

void TestSyncController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariable("NOVAMIND_SCREENSHOT_APPEARANCE") == QLatin1String("dark"))
        applyAppearance(*qApp, Preferences::Appearance::Dark);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("replica.db"));
    auto replica = makeSyncReplica(m_path);
    QVERIFY(replica.ok());
}

std::unique_ptr<Replica> TestSyncController::openReplica()
{
    auto opened = Replica::open(m_path, kUser, kPassphrase, Replica::Options{});
    if (!opened.ok())
        return {};
    return std::move(opened).value();
}

std::unique_ptr<MainWindow> TestSyncController::makeWindow(const QString &server)
{
    auto window = std::make_unique<MainWindow>(openReplica());
    Preferences prefs;
    prefs.sync.serverUrl = server;
    prefs.sync.interval = 0min;
    window->setPreferences(prefs);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    return window;
}

void TestSyncController::backoffDoublesUpToHalfAnHour()
{
    QCOMPARE(SyncController::backoffDelay(1), 1min);
    QCOMPARE(SyncController::backoffDelay(2), 2min);
    QCOMPARE(SyncController::backoffDelay(3), 4min);
    QCOMPARE(SyncController::backoffDelay(5), 16min);
    QCOMPARE(SyncController::backoffDelay(6), 30min);
    QCOMPARE(SyncController::backoffDelay(40), 30min);
}

void TestSyncController::purgeQuestionSaysWhatWouldBeLost()
{
    PurgePlan plan;
    plan.patientIds = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    plan.patientsInReplica = 4;
    plan.unsentChanges = 2;
    plan.drafts = 1;
    const QString text = SyncController::purgeQuestion(plan);
    QVERIFY2(text.contains(QStringLiteral("access to 3 patient")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("3 of the 4 patients")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2 unsent change")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1 draft assessment")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("every patient")));
    // No patient id (or anything else about them) is named.
    QVERIFY(!text.contains(QStringLiteral(" a ")) && !text.contains(QStringLiteral("\"a\"")));

    plan.patientIds << QStringLiteral("d");
    plan.unsentChanges = 0;
    plan.drafts = 0;
    const QString all = SyncController::purgeQuestion(plan);
    QVERIFY2(all.contains(QStringLiteral("every patient here: 4 of 4")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("unsent")), qPrintable(all));
}

void TestSyncController::purgeAnswerReachesTheSync()
{
    auto window = makeWindow(kDeadServer);
    QVERIFY(window);
    SyncController *sync = window->syncController();
    QSignalSpy answers(sync, &SyncController::purgeAnswered);
    PurgePlan plan;
    plan.patientIds = {QStringLiteral("p1")};
    plan.patientsInReplica = 1;

    for (const bool remove : {false, true}) {
        sync->askPurge(plan);
        auto *box = window->findChild<QMessageBox *>(QStringLiteral("purgeQuestion"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->windowModality(), Qt::WindowModal);
        QVERIFY(box->text().contains(QStringLiteral("every patient here: 1 of 1")));
        // Removing cannot be undone, so Enter does not do it.
        QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("purgeKeepButton"));
        box->findChild<QPushButton *>(remove ? QStringLiteral("purgeRemoveButton") : QStringLiteral("purgeKeepButton"))
            ->click();
        QTRY_COMPARE(answers.count(), remove ? 2 : 1);
        QCOMPARE(answers.last().at(0).toBool(), remove);
        QTRY_VERIFY(!window->findChild<QMessageBox *>(QStringLiteral("purgeQuestion")));
    }
}

void TestSyncController::lockAnswersThePurgeQuestionNo()
{
    auto window = makeWindow(kDeadServer);
    QVERIFY(window);
    QSignalSpy answers(window->syncController(), &SyncController::purgeAnswered);
    PurgePlan plan;
    plan.patientIds = {QStringLiteral("p1")};
    plan.patientsInReplica = 1;
    window->syncController()->askPurge(plan);
    QTRY_VERIFY(window->findChild<QMessageBox *>(QStringLiteral("purgeQuestion")));
    window->lock();
    QCOMPARE(answers.count(), 1);
    QCOMPARE(answers.first().at(0).toBool(), false);
}

void TestSyncController::notSetUpPointsToPreferences()
{
    auto window = makeWindow(QString());
    QVERIFY(window);
    window->findChild<QAction *>(QStringLiteral("syncNowAction"))->trigger();
    QVERIFY(!passwordDialog(*window));
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("Preferences")),
             qPrintable(window->statusBar()->currentMessage()));
}

void TestSyncController::passwordIsAskedOncePerSession()
{
    auto window = makeWindow(kDeadServer);
    QVERIFY(window);
    SyncController *sync = window->syncController();
    auto *action = window->findChild<QAction *>(QStringLiteral("syncNowAction"));
    QVERIFY(action && action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F5));
    QVERIFY(window->findChild<QToolButton *>(QStringLiteral("syncNowButton"))->isVisible());
    QSignalSpy started(sync, &SyncController::syncStarted);
    QSignalSpy ended(sync, &SyncController::syncEnded);

    // F5 asks for the server password first.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_F5);
    ServerPasswordDialog *dialog = passwordDialog(*window);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("serverPassword"))->echoMode(), QLineEdit::Password);
    answerPassword(dialog, QStringLiteral("server secret"));
    QCOMPARE(started.count(), 1);
    QVERIFY(sync->isRunning());
    QVERIFY(sync->progressWidget()->isVisible());
    QVERIFY(!action->isEnabled()); // one sync at a time
    if (!qEnvironmentVariableIsEmpty("NOVAMIND_SCREENSHOT_DIR")) {
        window->resize(1280, 800);
        QTest::qWait(100); // the real progress reports first, then a figure worth looking at
        sync->progressWidget()->setProgress(SyncProgress{SyncPhase::Pulling, 12345, -1, 4'200'000});
        QTest::qWait(50); // the status bar lays itself out again
        screenshot(*window, "sync-statusbar");
    }

    // The server is unreachable: the status bar says so, in a sentence, and the progress goes away.
    QVERIFY(ended.wait(60000));
    QCOMPARE(ended.last().at(0).toBool(), false);
    const QString failure = window->statusBar()->currentMessage();
    QVERIFY2(!failure.isEmpty() && !failure.contains(QStringLiteral("complete")), qPrintable(failure));
    QVERIFY(!failure.contains(QStringLiteral("server secret")));
    QVERIFY(!sync->progressWidget()->isVisible());
    QVERIFY(action->isEnabled());
    QVERIFY(sync->hasPassword()); // a network failure is not a refused password
    if (!sync->usesNetworkInformation())
        QCOMPARE(sync->scheduledRetry(), std::optional<std::chrono::milliseconds>(1min));

    // Asked once per session: the next sync goes straight ahead.
    QTRY_VERIFY(!passwordDialog(*window));
    action->trigger();
    QCOMPARE(started.count(), 2);
    QVERIFY(!passwordDialog(*window));
    QVERIFY(ended.wait(60000));
    if (!sync->usesNetworkInformation())
        QCOMPARE(sync->scheduledRetry(), std::optional<std::chrono::milliseconds>(2min));

    // Locked: no sync, no password kept, no retry pending.
    window->lock();
    QVERIFY(!action->isEnabled());
    QVERIFY(!sync->hasPassword());
    QVERIFY(!sync->scheduledRetry());
    QTest::keyClick(window.get(), Qt::Key_F5);
    sync->syncNow();
    QCOMPARE(started.count(), 2);
    QVERIFY(!passwordDialog(*window));

    // A new session asks again.
    window->setReplica(openReplica());
    QVERIFY(action->isEnabled());
    action->trigger();
    QVERIFY(passwordDialog(*window));
    QCOMPARE(started.count(), 2);
    passwordDialog(*window)->reject();
    QTRY_VERIFY(!passwordDialog(*window));
    QCOMPARE(started.count(), 2);
}

void TestSyncController::lockStopsARunningSyncQuickly()
{
    auto window = makeWindow(kDeadServer);
    QVERIFY(window);
    SyncController *sync = window->syncController();
    sync->syncNow();
    QVERIFY(passwordDialog(*window));
    answerPassword(passwordDialog(*window), QStringLiteral("server secret"));
    QVERIFY(sync->isRunning());
    QElapsedTimer timer;
    timer.start();
    window->lock();
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!sync->isRunning());
    QVERIFY(!sync->progressWidget()->isVisible());
    QVERIFY(!sync->hasPassword());
    // A report of the cancelled run arriving late does not reach the locked window.
    QSignalSpy ended(sync, &SyncController::syncEnded);
    QTest::qWait(200);
    QCOMPARE(ended.count(), 0);
    QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("Replica locked"));
}

void TestSyncController::conflictCountOpensTheConflictDialog()
{
    const QString id = QStringLiteral("note-status");
    {
        auto replica = openReplica();
        QVERIFY(replica);
        const Status made = makeConflict(*replica, id, note(id, QStringLiteral("Visit"), QStringLiteral("Mine.")),
                                         note(id, QStringLiteral("Visit"), QStringLiteral("Theirs.")));
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
    }
    auto window = makeWindow(kDeadServer);
    QVERIFY(window);
    auto *conflicts = window->findChild<QToolButton *>(QStringLiteral("conflictsButton"));
    QVERIFY(conflicts && conflicts->isVisible());
    QVERIFY2(conflicts->text().startsWith(QStringLiteral("1 conflict")), qPrintable(conflicts->text()));
    QTest::mouseClick(conflicts, Qt::LeftButton);
    auto *dialog = window->findChild<ConflictDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->conflictCount(), 1);
    if (!qEnvironmentVariableIsEmpty("NOVAMIND_SCREENSHOT_DIR")) {
        QTest::qWait(100);
        screenshot(*dialog, "conflict-dialog");
    }

    // Resolving it updates the status bar at once.
    dialog->takeServer();
    QVERIFY2(conflicts->text().startsWith(QStringLiteral("0 conflict")), qPrintable(conflicts->text()));
    // The menu opens it too; a lock closes it.
    window->findChild<QAction *>(QStringLiteral("reviewSyncAction"))->trigger();
    QVERIFY(window->findChild<ConflictDialog *>());
    window->lock();
    QTRY_VERIFY(!window->findChild<ConflictDialog *>());
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("reviewSyncAction"))->isEnabled());
}

void TestSyncController::clearedPatientsAreAskedBackFromTheServer()
{
    {
        auto window = makeWindow(kDeadServer);
        QVERIFY(window);
        auto *action = window->findChild<QAction *>(QStringLiteral("returnEvictedAction"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // nothing was cleared
    }
    {
        auto replica = openReplica();
        QVERIFY(replica);
        QVERIFY(
            replica->database().exec("INSERT INTO evicted_patient (patient_id, evicted_at) VALUES ('p-away', 0)").ok());
    }
    auto window = makeWindow(kDeadServer);
    QVERIFY(window);
    SyncController *sync = window->syncController();
    auto *action = window->findChild<QAction *>(QStringLiteral("returnEvictedAction"));
    QVERIFY(action->isEnabled());
    QSignalSpy started(sync, &SyncController::syncStarted);
    QSignalSpy ended(sync, &SyncController::syncEnded);
    action->trigger();
    // The next sync starts from the beginning of the server's feed, which brings the cleared patients back; it starts
    // right away, asking for the server password first.
    auto state = SyncState::read(window->replica()->database());
    QVERIFY(state.ok());
    QVERIFY(state->resyncing);
    QVERIFY(passwordDialog(*window));
    answerPassword(passwordDialog(*window), QStringLiteral("server secret"));
    QCOMPARE(started.count(), 1);
    QVERIFY(!action->isEnabled()); // one sync at a time
    QVERIFY(ended.wait(60000));
    // The server was unreachable: the patient is still away and the request stands for the next sync.
    QVERIFY(action->isEnabled());
    QVERIFY(SyncState::read(window->replica()->database())->resyncing);
}

QTEST_MAIN(TestSyncController)
#include "test_synccontroller.moc"
