// MainWindow's "Remove patient from this device…": a confirmation naming the consequences, a second yes for unsent
// changes, and afterwards the patient is gone from the screen and the replica.
#include "DemoReplica.h"
#include "ui/MainWindow.h"
#include "ui/PatientWorkspace.h"

#include <QAction>
#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace novamind;
using namespace novamind::test;

class TestRemovePatientAction : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    const QByteArray m_passphrase = "remove action passphrase";

    std::unique_ptr<Replica> open()
    {
        auto r = Replica::open(m_path, QStringLiteral("dr.ada"), m_passphrase, Replica::Options{});
        Q_ASSERT(r.ok());
        return std::move(r).value();
    }

    qint64 patientRows(const QString &id)
    {
        auto replica = open();
        auto stmt = replica->database().prepare("SELECT count(*) FROM patient WHERE id = ?");
        stmt->bind(1, id);
        (void)stmt->step();
        return stmt->columnInt64(0);
    }

    static QMessageBox *confirmation(MainWindow &window)
    {
        return window.findChild<QMessageBox *>(QStringLiteral("removePatientBox"));
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

    void cancelKeepsThePatientAndRemoveWipesIt()
    {
        MainWindow window(open());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(QStringLiteral("removePatientAction"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // no patient open
        window.openPatient(QStringLiteral("p2"));
        QVERIFY(action->isEnabled());

        action->trigger();
        QMessageBox *box = confirmation(window);
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QStringLiteral("server keeps them")));
        QVERIFY(!box->checkBox()); // nothing unsent: one yes is enough
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!confirmation(window));
        QCOMPARE(patientRows(QStringLiteral("p2")), qint64(1));

        action->trigger();
        box = confirmation(window);
        QVERIFY(box);
        box->findChild<QPushButton *>(QStringLiteral("removePatientButton"))->click();
        QTRY_VERIFY(!confirmation(window));
        QVERIFY(!window.findChild<PatientWorkspace *>()->hasPatient());
        QVERIFY(!action->isEnabled());
        QCOMPARE(patientRows(QStringLiteral("p2")), qint64(0));
    }

    void unsentChangesNeedASecondYes()
    {
        MainWindow window(open());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openPatient(QStringLiteral("p1"));
        window.findChild<QAction *>(QStringLiteral("removePatientAction"))->trigger();
        QMessageBox *box = confirmation(window);
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QStringLiteral("1 change")));
        auto *remove = box->findChild<QPushButton *>(QStringLiteral("removePatientButton"));
        QVERIFY(box->checkBox());
        QVERIFY(!remove->isEnabled());
        box->checkBox()->setChecked(true);
        QVERIFY(remove->isEnabled());
        remove->click();
        QTRY_VERIFY(!confirmation(window));
        QCOMPARE(patientRows(QStringLiteral("p1")), qint64(0));
    }
};

QTEST_MAIN(TestRemovePatientAction)
#include "test_removepatientaction.moc"
