// Deleting a patient through the main window: a reason and a plain account of what happens, the patient leaves the
// list but not the replica, comes back from Deleted patients…, or leaves the device for good from there.
#include "DemoReplica.h"
#include "models/PatientListModel.h"
#include "storage/UnitOfWork.h"
#include "storage/lifecycle/PatientDeletion.h"
#include "ui/MainWindow.h"
#include "ui/PatientWorkspace.h"
#include "ui/Preferences.h"
#include "ui/patients/DeletePatientDialog.h"
#include "ui/patients/DeletedPatientsDialog.h"
#include "ui/patients/PatientListPanel.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace novamind;
using namespace novamind::test;

class TestPatientDeletionGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    const QByteArray m_passphrase = "deletion gui passphrase";

    std::unique_ptr<Replica> open()
    {
        auto r = Replica::open(m_path, QStringLiteral("dr.ada"), m_passphrase, Replica::Options{});
        Q_ASSERT(r.ok());
        return std::move(r).value();
    }

    static qint64 count(MainWindow &window, const char *sql)
    {
        auto n = window.replica()->database().queryInt(sql);
        return n.ok() ? n.value() : -1;
    }

    static QStringList listedIds(MainWindow &window)
    {
        PatientListModel *model = window.findChild<PatientListPanel *>()->model();
        QStringList ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids << model->index(row, 0).data(PatientListModel::IdRole).toString();
        return ids;
    }

    static void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("NOVAMIND_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
    }

    static QAction *action(MainWindow &window, const char *name)
    {
        return window.findChild<QAction *>(QString::fromLatin1(name));
    }

    static DeletePatientDialog *deleteDialog(MainWindow &window)
    {
        return window.findChild<DeletePatientDialog *>(QStringLiteral("deletePatientDialog"));
    }

    static DeletedPatientsDialog *deletedDialog(MainWindow &window)
    {
        return window.findChild<DeletedPatientsDialog *>(QStringLiteral("deletedPatientsDialog"));
    }

    // Deletes the open patient through Patient ▸ Delete patient… with `reason`.
    static void deleteOpenPatient(MainWindow &window, const QString &reason)
    {
        action(window, "deletePatientAction")->trigger();
        DeletePatientDialog *dialog = deleteDialog(window);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("deleteReasonEdit")), reason);
        auto *button = dialog->findChild<QPushButton *>(QStringLiteral("deletePatientButton"));
        QVERIFY(button->isEnabled());
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("deletePatientError"));
        button->click();
        // An error keeps the dialog open: show it rather than a bare timeout.
        QVERIFY2(!error->isVisible(), qPrintable(error->text()));
        QTRY_VERIFY(!deleteDialog(window));
    }

    static QTableWidget *deletedTable(DeletedPatientsDialog *dialog)
    {
        return dialog->findChild<QTableWidget *>(QStringLiteral("deletedPatientsTable"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_path = m_dir.filePath(QStringLiteral("gui.db"));
        auto created =
            Replica::create(m_path, QStringLiteral("dr.ada"), m_passphrase, Role::Psychiatrist, cheapOptions());
        QVERIFY(created.ok());
        // p1 has an edit not yet sent: removing it for good needs the second yes.
        QVERIFY(seedTwoPatientsInCare(*created.value(), QStringLiteral("dr.ada")).ok());
    }

    void patientMenuMnemonicsAreUnique()
    {
        MainWindow window(open());
        QMenu *patientMenu = nullptr;
        for (QAction *menu : window.menuBar()->actions())
            if (menu->text() == QStringLiteral("&Patient"))
                patientMenu = menu->menu();
        QVERIFY(patientMenu);
        QSet<QChar> keys;
        int actions = 0;
        for (QAction *a : patientMenu->actions()) {
            if (a->isSeparator())
                continue;
            ++actions;
            const qsizetype amp = a->text().indexOf(QLatin1Char('&'));
            QVERIFY2(amp >= 0 && amp + 1 < a->text().size(), qPrintable(a->objectName()));
            const QChar key = a->text().at(amp + 1).toLower();
            QVERIFY2(!keys.contains(key), qPrintable(a->objectName()));
            keys.insert(key);
        }
        QCOMPARE(actions, 11); // none without a mnemonic slipped past
    }

    void emptyStateWhenNothingIsDeleted()
    {
        MainWindow window(open());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!action(window, "deletePatientAction")->isEnabled()); // no patient open
        QVERIFY(action(window, "deletedPatientsAction")->isEnabled());
        action(window, "deletedPatientsAction")->trigger();
        DeletedPatientsDialog *dialog = deletedDialog(window);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Deleted patients"));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("deletedPatientsEmpty"))->isVisible());
        QVERIFY(!deletedTable(dialog)->isVisible());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("restorePatientButton"))->isEnabled());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("purgeDeletedButton"))->isEnabled());
        dialog->reject();
        QTRY_VERIFY(!deletedDialog(window));
    }

    void cancelAndTooShortReasonChangeNothing()
    {
        MainWindow window(open());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openPatient(QStringLiteral("p2"));
        QAction *remove = action(window, "deletePatientAction");
        QVERIFY(remove->isEnabled());
        remove->trigger();
        DeletePatientDialog *dialog = deleteDialog(window);
        QVERIFY(dialog);
        QVERIFY(dialog->isModal());
        QVERIFY(!dialog->windowTitle().contains(QStringLiteral("Sam")));
        auto *button = dialog->findChild<QPushButton *>(QStringLiteral("deletePatientButton"));
        auto *reason = dialog->findChild<QPlainTextEdit *>(QStringLiteral("deleteReasonEdit"));
        QVERIFY(!button->isEnabled());
        // Spaces do not count: the simplified reason must have five characters.
        QTest::keyClicks(reason, QStringLiteral("  ab   c "));
        QVERIFY(!button->isEnabled());
        QTest::keyClicks(reason, QStringLiteral("de"));
        QVERIFY(button->isEnabled());
        reason->setPlainText(QString(501, QLatin1Char('x')));
        QVERIFY(!button->isEnabled());
        reason->setPlainText(QStringLiteral("Registered twice"));
        auto *explanation = dialog->findChild<QLabel *>(QStringLiteral("deletePatientExplanation"));
        QVERIFY(explanation->text().contains(QStringLiteral("until someone removes it for good"))); // no grace period
        QVERIFY(explanation->text().contains(QStringLiteral("Deleted patients")));
        QVERIFY(explanation->text().contains(QStringLiteral("audit trail")));
        dialog->findChild<QPushButton *>(QStringLiteral("deletePatientCancel"))->click();
        QTRY_VERIFY(!deleteDialog(window));

        // With a grace period the dialog names it.
        Preferences preferences;
        preferences.upkeep.purgeDeletedAfterDays = 30;
        window.setPreferences(preferences);
        remove->trigger();
        dialog = deleteDialog(window);
        QVERIFY(dialog);
        explanation = dialog->findChild<QLabel *>(QStringLiteral("deletePatientExplanation"));
        QVERIFY(explanation->text().contains(QStringLiteral("After 30 day")));
        QVERIFY(!explanation->text().contains(QStringLiteral("until someone removes it")));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("deleteReasonEdit")),
                         QStringLiteral("Registered twice"));
        screenshot(dialog, QStringLiteral("delete-patient-dialog.png"));
        dialog->reject(); // Escape, the window's close button
        QTRY_VERIFY(!deleteDialog(window));
        QVERIFY(window.findChild<PatientWorkspace *>()->hasPatient());
        QCOMPARE(count(window, "SELECT count(*) FROM patient_deletion"), qint64(0));
        QCOMPARE(count(window, "SELECT count(*) FROM audit_log WHERE action = 'delete'"), qint64(0));
        QVERIFY(listedIds(window).contains(QStringLiteral("p2")));
    }

    void deleteRestoreAndRemoveForGood()
    {
        MainWindow window(open());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openPatient(QStringLiteral("p2"));
        QTRY_VERIFY(listedIds(window).contains(QStringLiteral("p2")));

        deleteOpenPatient(window, QStringLiteral("Registered twice"));
        QVERIFY(!window.findChild<PatientWorkspace *>()->hasPatient());
        QTRY_VERIFY(!listedIds(window).contains(QStringLiteral("p2")));
        QVERIFY(listedIds(window).contains(QStringLiteral("p1")));
        QVERIFY(!action(window, "deletePatientAction")->isEnabled());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Deleted patients")));
        QVERIFY(!window.statusBar()->currentMessage().contains(QStringLiteral("Sam")));
        QCOMPARE(count(window, "SELECT count(*) FROM patient WHERE id = 'p2'"), qint64(1));
        QCOMPARE(count(window, "SELECT count(*) FROM patient_deletion WHERE patient_id = 'p2'"), qint64(1));
        QCOMPARE(count(window, "SELECT count(*) FROM audit_log WHERE action = 'delete' AND entity_id = 'p2'"),
                 qint64(1));

        // Deleted patients… lists it with name and reason; Restore brings it back.
        action(window, "deletedPatientsAction")->trigger();
        DeletedPatientsDialog *dialog = deletedDialog(window);
        QVERIFY(dialog);
        QTableWidget *table = deletedTable(dialog);
        QVERIFY(table->isVisible());
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("deletedPatientsEmpty"))->isVisible());
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(!table->isColumnHidden(DeletedPatientsDialog::NameColumn));
        QVERIFY(!table->isColumnHidden(DeletedPatientsDialog::ReasonColumn));
        QCOMPARE(table->item(0, DeletedPatientsDialog::NameColumn)->text(), QStringLiteral("Second, Sam"));
        QCOMPARE(table->item(0, DeletedPatientsDialog::MrnColumn)->text(), QStringLiteral("M2"));
        QCOMPARE(table->item(0, DeletedPatientsDialog::DeletedByColumn)->text(), QStringLiteral("dr.ada"));
        QCOMPARE(table->item(0, DeletedPatientsDialog::ReasonColumn)->text(), QStringLiteral("Registered twice"));
        QVERIFY(!table->item(0, DeletedPatientsDialog::DeletedColumn)->text().isEmpty());
        auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restorePatientButton"));
        QVERIFY(!restore->isEnabled());
        table->selectRow(0);
        QVERIFY(restore->isEnabled());
        screenshot(dialog, QStringLiteral("deleted-patients-dialog.png"));
        QSignalSpy changed(dialog, &DeletedPatientsDialog::patientsChanged);
        restore->click();
        QCOMPARE(changed.count(), 1);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("deletedPatientsEmpty"))->isVisible());
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("deletedPatientsError"))->isVisible());
        QTRY_VERIFY(listedIds(window).contains(QStringLiteral("p2")));
        QCOMPARE(count(window, "SELECT count(*) FROM patient_deletion"), qint64(0));
        dialog->findChild<QPushButton *>(QStringLiteral("deletedPatientsClose"))->click();
        QTRY_VERIFY(!deletedDialog(window));

        // Deleted again, then removed for good; cancelling the confirmation keeps it.
        window.openPatient(QStringLiteral("p2"));
        QVERIFY(window.findChild<PatientWorkspace *>()->hasPatient());
        deleteOpenPatient(window, QStringLiteral("Wrong clinic"));
        action(window, "deletedPatientsAction")->trigger();
        dialog = deletedDialog(window);
        QVERIFY(dialog);
        table = deletedTable(dialog);
        table->selectRow(0);
        auto *purge = dialog->findChild<QPushButton *>(QStringLiteral("purgeDeletedButton"));
        QVERIFY(purge->isEnabled());
        purge->click();
        auto *box = dialog->findChild<QMessageBox *>(QStringLiteral("removePatientBox"));
        QVERIFY(box);
        QVERIFY(!box->checkBox()); // nothing unsent
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!dialog->findChild<QMessageBox *>(QStringLiteral("removePatientBox")));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(count(window, "SELECT count(*) FROM patient WHERE id = 'p2'"), qint64(1));

        purge->click();
        box = dialog->findChild<QMessageBox *>(QStringLiteral("removePatientBox"));
        QVERIFY(box);
        box->findChild<QPushButton *>(QStringLiteral("removePatientButton"))->click();
        QTRY_VERIFY(!dialog->findChild<QMessageBox *>(QStringLiteral("removePatientBox")));
        QCOMPARE(count(window, "SELECT count(*) FROM patient WHERE id = 'p2'"), qint64(0));
        QCOMPARE(count(window, "SELECT count(*) FROM audit_log WHERE action = 'purge' AND entity_id = 'p2'"),
                 qint64(1));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("deletedPatientsEmpty"))->isVisible());
        QVERIFY(!listedIds(window).contains(QStringLiteral("p2")));
        dialog->reject();
        QTRY_VERIFY(!deletedDialog(window));
    }

    void unsentChangesNeedASecondYesToRemoveForGood()
    {
        MainWindow window(open());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openPatient(QStringLiteral("p1"));
        deleteOpenPatient(window, QStringLiteral("Moved to another clinic"));
        action(window, "deletedPatientsAction")->trigger();
        DeletedPatientsDialog *dialog = deletedDialog(window);
        QVERIFY(dialog);
        deletedTable(dialog)->selectRow(0);
        dialog->findChild<QPushButton *>(QStringLiteral("purgeDeletedButton"))->click();
        auto *box = dialog->findChild<QMessageBox *>(QStringLiteral("removePatientBox"));
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QStringLiteral("1 change")));
        auto *remove = box->findChild<QPushButton *>(QStringLiteral("removePatientButton"));
        QVERIFY(box->checkBox());
        QVERIFY(!remove->isEnabled());
        box->checkBox()->setChecked(true);
        remove->click();
        QTRY_VERIFY(!dialog->findChild<QMessageBox *>(QStringLiteral("removePatientBox")));
        QCOMPARE(count(window, "SELECT count(*) FROM patient WHERE id = 'p1'"), qint64(0));
        dialog->reject();
    }

    void adminSeesNoNameOrReasonAndMayRestore()
    {
        const QString path = m_dir.filePath(QStringLiteral("admin.db"));
        auto created = Replica::create(path, QStringLiteral("it.bob"), m_passphrase, Role::Admin, cheapOptions());
        QVERIFY(created.ok());
        std::unique_ptr<Replica> replica = std::move(created).value();
        QVERIFY(seedPatientInCare(*replica, QStringLiteral("dr.ada"), QStringLiteral("p9"), QStringLiteral("M9")).ok());
        Clinician admin;
        admin.id = QStringLiteral("it.bob");
        admin.role = QStringLiteral("admin");
        admin.organizationId = QStringLiteral("org");
        QVERIFY(RecordMapping::Writer(replica->database()).insert(admin).ok());
        // The patient's psychiatrist deleted it on this device.
        Session clinician;
        clinician.db = &replica->database();
        clinician.userId = QStringLiteral("dr.ada");
        clinician.role = Role::Psychiatrist;
        clinician.organizationId = QStringLiteral("org");
        QVERIFY(UnitOfWork::run(clinician, [](UnitOfWork &uow) {
                    return PatientDeletion::softDelete(uow, QStringLiteral("p9"), QStringLiteral("Zqsecret reason"));
                }).ok());

        MainWindow window(std::move(replica));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!action(window, "deletePatientAction")->isEnabled());
        QVERIFY(action(window, "deletedPatientsAction")->isEnabled());
        action(window, "deletedPatientsAction")->trigger();
        DeletedPatientsDialog *dialog = deletedDialog(window);
        QVERIFY(dialog);
        QTableWidget *table = deletedTable(dialog);
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(table->isColumnHidden(DeletedPatientsDialog::NameColumn));
        QVERIFY(table->isColumnHidden(DeletedPatientsDialog::ReasonColumn));
        QCOMPARE(table->item(0, DeletedPatientsDialog::MrnColumn)->text(), QStringLiteral("M9"));
        QCOMPARE(table->item(0, DeletedPatientsDialog::DeletedByColumn)->text(), QStringLiteral("dr.ada"));
        for (int column = 0; column < table->columnCount(); ++column) {
            QVERIFY(!table->item(0, column)->text().contains(QStringLiteral("Zqsecret")));
            QVERIFY(!table->item(0, column)->text().contains(QStringLiteral("Example")));
        }
        table->selectRow(0);
        dialog->findChild<QPushButton *>(QStringLiteral("restorePatientButton"))->click();
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("deletedPatientsError"))->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("deletedPatientsEmpty"))->isVisible());
        QCOMPARE(count(window, "SELECT count(*) FROM patient_deletion"), qint64(0));
        dialog->reject();
    }

    void lockClosesTheDialogs()
    {
        // p1 and p2 are gone by now: a fresh patient to open.
        {
            auto replica = open();
            QVERIFY(addUnrelatedPatient(*replica, QStringLiteral("p3"), QStringLiteral("M3"), QStringLiteral("Third"),
                                        QStringLiteral("Tia"))
                        .ok());
            auto rel = replica->database().prepare(
                "INSERT INTO clinical_relationship (id, clinician_id, patient_id, organization_id, kind, valid_from)"
                " VALUES ('rel-3', 'dr.ada', 'p3', 'org', 'treating_psychiatrist', 0)");
            QVERIFY(rel->run().ok());
        }
        MainWindow window(open());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openPatient(QStringLiteral("p3"));
        action(window, "deletePatientAction")->trigger();
        QVERIFY(deleteDialog(window));
        window.lock();
        QTRY_VERIFY(!deleteDialog(window));
        QVERIFY(!action(window, "deletePatientAction")->isEnabled());
        QVERIFY(!action(window, "deletedPatientsAction")->isEnabled());

        window.setReplica(open());
        action(window, "deletedPatientsAction")->trigger();
        QVERIFY(deletedDialog(window));
        window.lock();
        QTRY_VERIFY(!deletedDialog(window));
    }
};

QTEST_MAIN(TestPatientDeletionGui)
#include "test_patientdeletion_gui.moc"
