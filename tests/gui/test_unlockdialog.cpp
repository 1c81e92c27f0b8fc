// Unlocking a replica from the dialog, and the main window's session: identity, empty list, lock.

#include "models/PatientListModel.h"
#include "storage/KeyVault.h"
#include "storage/Replica.h"
#include "ui/MainWindow.h"
#include "ui/UnlockDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <memory>

using namespace novamind;

namespace {

const QString kUser = QStringLiteral("dr.ada");
const QByteArray kPassphrase = QByteArrayLiteral("correct horse battery");

template<typename T> T *child(QWidget &parent, const char *objectName)
{
    T *widget = parent.findChild<T *>(QString::fromLatin1(objectName));
    if (!widget)
        qWarning("no child named %s", objectName);
    return widget;
}

bool anyLabelContains(QWidget &parent, const QString &text)
{
    const QList<QLabel *> labels = parent.findChildren<QLabel *>();
    return std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *l) { return l->text().contains(text); });
}

} // namespace

class TestUnlockDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void unlockButtonNeedsUserAndPassphrase();
    void wrongPassphraseThenRightOne();
    void unknownUserIsRefused();
    void cannotCancelWhileUnlocking();
    void cancelRejects();

    void mainWindowShowsIdentityAndEmptyList();
    void mainWindowListsPatientsThroughProxy();
    void lockClosesReplicaAndHidesEverything();
    void aboutListsComponentVersions();

private:
    std::unique_ptr<Replica> openReplica();

    QTemporaryDir m_dir;
    QString m_path;
    QString m_replicaId;
};

void TestUnlockDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("replica.db"));
    Replica::Options options;
    options.kdf = KeyVault::KdfParams{1u << 14, 8, 1}; // cheap, so the tests stay fast
    auto created = Replica::create(m_path, kUser, kPassphrase, Role::Psychiatrist, options);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    m_replicaId = created.value()->identity().replicaId;
    QVERIFY(!m_replicaId.isEmpty());
    created.value()->close();
}

std::unique_ptr<Replica> TestUnlockDialog::openReplica()
{
    auto opened = Replica::open(m_path, kUser, kPassphrase, Replica::Options{});
    if (!opened.ok()) {
        qWarning("open failed: %s", qPrintable(opened.error().message));
        return {};
    }
    return std::move(opened).value();
}

void TestUnlockDialog::unlockButtonNeedsUserAndPassphrase()
{
    UnlockDialog dialog(m_path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *user = child<QLineEdit>(dialog, "userEdit");
    auto *passphrase = child<QLineEdit>(dialog, "passphraseEdit");
    auto *unlock = child<QPushButton>(dialog, "unlockButton");
    QVERIFY(user && passphrase && unlock);

    QVERIFY(anyLabelContains(dialog, m_path));
    QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
    QVERIFY(!unlock->isEnabled());
    QTest::keyClicks(user, kUser);
    QVERIFY(!unlock->isEnabled());
    QTest::keyClicks(passphrase, QStringLiteral("x"));
    QVERIFY(unlock->isEnabled());
    QVERIFY(!child<QProgressBar>(dialog, "busyIndicator")->isVisible());
    QVERIFY(!child<QLabel>(dialog, "errorLabel")->isVisible());

    // Every control can be named by a screen reader.
    for (QWidget *w : {static_cast<QWidget *>(user), static_cast<QWidget *>(passphrase), static_cast<QWidget *>(unlock),
                       static_cast<QWidget *>(child<QLabel>(dialog, "errorLabel")),
                       static_cast<QWidget *>(child<QProgressBar>(dialog, "busyIndicator"))})
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));

    // A prefilled user id sends the cursor straight to the passphrase.
    UnlockDialog prefilled(m_path);
    prefilled.setUserId(kUser);
    QCOMPARE(child<QLineEdit>(prefilled, "userEdit")->text(), kUser);
    QCOMPARE(prefilled.focusWidget(), child<QLineEdit>(prefilled, "passphraseEdit"));
}

void TestUnlockDialog::wrongPassphraseThenRightOne()
{
    UnlockDialog dialog(m_path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *user = child<QLineEdit>(dialog, "userEdit");
    auto *passphrase = child<QLineEdit>(dialog, "passphraseEdit");
    auto *unlock = child<QPushButton>(dialog, "unlockButton");
    auto *error = child<QLabel>(dialog, "errorLabel");
    auto *busy = child<QProgressBar>(dialog, "busyIndicator");
    QVERIFY(user && passphrase && unlock && error && busy);

    QTest::keyClicks(user, kUser);
    QTest::keyClicks(passphrase, QStringLiteral("wrong horse battery"));
    QTest::mouseClick(unlock, Qt::LeftButton);

    // The result arrives through the event loop, so right after the click the dialog is still busy.
    QVERIFY(dialog.isBusy());
    QVERIFY(busy->isVisible());
    QVERIFY(!user->isEnabled());
    QVERIFY(!passphrase->isEnabled());
    QVERIFY(!unlock->isEnabled());

    QTRY_VERIFY(error->isVisible());
    QVERIFY(!dialog.isBusy());
    QVERIFY2(error->text().contains(QStringLiteral("passphrase"), Qt::CaseInsensitive), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("wrong"), Qt::CaseInsensitive), qPrintable(error->text()));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(passphrase->text().isEmpty());
    QCOMPARE(dialog.focusWidget(), passphrase);
    QVERIFY(!busy->isVisible());
    QVERIFY(user->isEnabled() && passphrase->isEnabled());
    QCOMPARE(user->text(), kUser);
    QVERIFY(!dialog.takeReplica());

    QTest::keyClicks(passphrase, QString::fromUtf8(kPassphrase));
    QTest::mouseClick(unlock, Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QVERIFY(passphrase->text().isEmpty());

    std::unique_ptr<Replica> replica = dialog.takeReplica();
    QVERIFY(replica);
    QVERIFY(replica->database().isOpen());
    QCOMPARE(replica->identity().userId, kUser);
    QCOMPARE(replica->identity().replicaId, m_replicaId);
    QCOMPARE(replica->identity().role, Role::Psychiatrist);
    QVERIFY(!dialog.takeReplica()); // handed out once
}

void TestUnlockDialog::unknownUserIsRefused()
{
    UnlockDialog dialog(m_path);
    dialog.setUserId(QStringLiteral("dr.nobody"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *error = child<QLabel>(dialog, "errorLabel");
    QTest::keyClicks(child<QLineEdit>(dialog, "passphraseEdit"), QString::fromUtf8(kPassphrase));
    QTest::mouseClick(child<QPushButton>(dialog, "unlockButton"), Qt::LeftButton);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("dr.nobody")), qPrintable(error->text()));
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.takeReplica());
}

void TestUnlockDialog::cannotCancelWhileUnlocking()
{
    UnlockDialog dialog(m_path);
    dialog.setUserId(kUser);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QLineEdit>(dialog, "passphraseEdit"), QString::fromUtf8(kPassphrase));
    QTest::mouseClick(child<QPushButton>(dialog, "unlockButton"), Qt::LeftButton);
    QVERIFY(dialog.isBusy());
    QVERIFY(!child<QPushButton>(dialog, "cancelButton")->isEnabled());
    // Escape mid-unlock would strand an open replica; it is ignored until the unlock ends.
    dialog.reject();
    QVERIFY(dialog.isVisible());
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.takeReplica());
}

void TestUnlockDialog::cancelRejects()
{
    UnlockDialog dialog(m_path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.takeReplica());
}

void TestUnlockDialog::mainWindowShowsIdentityAndEmptyList()
{
    std::unique_ptr<Replica> replica = openReplica();
    QVERIFY(replica);
    MainWindow window(std::move(replica));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *table = child<QTableView>(window, "patientTable");
    QVERIFY(table);
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(table->model());
    QVERIFY(proxy);
    QAbstractItemModelTester proxyTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sourceTester(proxy->sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    QVERIFY(anyLabelContains(window, m_replicaId));
    QVERIFY(anyLabelContains(window, QStringLiteral("%1 (psychiatrist)").arg(kUser)));
    QVERIFY(anyLabelContains(window, m_path));
    QCOMPARE(window.windowTitle(), QStringLiteral("Novamind Clinician — %1").arg(kUser));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Replica unlocked as %1 (psychiatrist)").arg(kUser));

    QCOMPARE(proxy->rowCount(), 0);
    QCOMPARE(proxy->columnCount(), int(PatientListModel::ColumnCount));
    auto *placeholder = child<QLabel>(window, "patientPlaceholder");
    QVERIFY(placeholder);
    QVERIFY(placeholder->isVisible());
    QCOMPARE(placeholder->text(), QStringLiteral("No patients in this replica yet."));
    QVERIFY(!table->isVisible());
}

void TestUnlockDialog::mainWindowListsPatientsThroughProxy()
{
    MainWindow window(openReplica());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = child<QTableView>(window, "patientTable");
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(table->model());
    QVERIFY(proxy);
    auto *source = qobject_cast<PatientListModel *>(proxy->sourceModel());
    QVERIFY(source);
    QAbstractItemModelTester proxyTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sourceTester(source, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Synthetic rows (no real PHI) stand in for the repository that later stages add.
    auto row = [](const char *id, const char *mrn, const char *name, QDate born) {
        PatientSummary p;
        p.id = QLatin1String(id);
        p.mrn = QLatin1String(mrn);
        p.displayName = QLatin1String(name);
        p.birthDate = born;
        return p;
    };
    source->setPatients(
        {row("p2", "MRN-2", "Zed Test", QDate(1980, 1, 2)), row("p1", "MRN-1", "Abe Test", QDate(1970, 3, 4))});
    QCOMPARE(proxy->rowCount(), 2);
    QVERIFY(table->isVisible());
    QVERIFY(!child<QLabel>(window, "patientPlaceholder")->isVisible());
    // Sorted by name for the reader.
    QCOMPARE(proxy->index(0, PatientListModel::Name).data().toString(), QStringLiteral("Abe Test"));

    window.lock();
    QCOMPARE(proxy->rowCount(), 0);
    QCOMPARE(source->rowCount(), 0);
}

void TestUnlockDialog::lockClosesReplicaAndHidesEverything()
{
    MainWindow window(openReplica());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.isLocked());
    QVERIFY(anyLabelContains(window, m_replicaId));

    auto *lockAction = window.findChild<QAction *>(QStringLiteral("lockAction"));
    QVERIFY(lockAction);
    QCOMPARE(lockAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    QSignalSpy lockedSpy(&window, &MainWindow::locked);
    lockAction->trigger();

    QCOMPARE(lockedSpy.count(), 1);
    QVERIFY(window.isLocked());
    QVERIFY(window.replica() == nullptr);
    QVERIFY(!lockAction->isEnabled());
    QVERIFY(!anyLabelContains(window, m_replicaId));
    QVERIFY(!anyLabelContains(window, m_path));
    for (const char *name : {"replicaIdValue", "userValue", "pathValue", "schemaValue", "createdValue"}) {
        auto *label = child<QLabel>(window, name);
        QVERIFY(label);
        QVERIFY2(label->text().isEmpty(), name);
        QVERIFY2(!label->isVisible(), name);
    }
    QVERIFY(!window.windowTitle().contains(kUser));
    QVERIFY(!window.statusBar()->currentMessage().contains(kUser));
    QVERIFY(child<QLabel>(window, "lockedLabel")->isVisible());
    QVERIFY(!child<QTableView>(window, "patientTable")->isVisible());

    // Locking twice is harmless; unlocking again restores the session.
    window.lock();
    QCOMPARE(lockedSpy.count(), 1);
    window.setReplica(openReplica());
    QVERIFY(!window.isLocked());
    QVERIFY(lockAction->isEnabled());
    QVERIFY(anyLabelContains(window, m_replicaId));
    QVERIFY(child<QLabel>(window, "patientPlaceholder")->isVisible());
}

void TestUnlockDialog::aboutListsComponentVersions()
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

QTEST_MAIN(TestUnlockDialog)
#include "test_unlockdialog.moc"
