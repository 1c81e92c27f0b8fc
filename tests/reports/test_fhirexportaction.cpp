// test_fhirexportaction: "Export as FHIR R4…" in MainWindow's Patient menu — there only with a patient open, and the
// file it writes through the save dialog is a private (0600) FHIR Bundle holding the patient, recorded as one export.
#include "DemoReplica.h"
#include "storage/Statement.h"
#include "ui/MainWindow.h"
#include "ui/reports/FhirExportAction.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <sys/stat.h>

using namespace novamind;
using namespace novamind::test;

namespace {

unsigned modeOf(const QString &path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 0777;
}

// The Patient menu's actions by object name (actions without one are left out).
QStringList patientMenuActions(MainWindow &window)
{
    QStringList names;
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu() || menu->menu()->title() != MainWindow::tr("&Patient"))
            continue;
        for (QAction *action : menu->menu()->actions())
            if (!action->objectName().isEmpty())
                names << action->objectName();
    }
    return names;
}

} // namespace

class TestFhirExportAction : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    const QByteArray m_passphrase = "fhir action passphrase";

    std::unique_ptr<Replica> open()
    {
        auto r = Replica::open(m_path, QStringLiteral("dr.ada"), m_passphrase, Replica::Options{});
        Q_ASSERT(r.ok());
        return std::move(r).value();
    }

    static qint64 exportAudits(Database &db)
    {
        auto stmt = db.prepare("SELECT count(*) FROM audit_log WHERE action = 'export' AND entity = 'patient'");
        qint64 n = -1;
        if (stmt.ok() && stmt->forEach([&](const Statement &row) { n = row.columnInt64(0); }).ok())
            return n;
        return -1;
    }

    // Answers the next save dialog with `path` (or cancels it when `path` is empty).
    static void answerSaveDialog(const QString &path)
    {
        auto *poll = new QTimer;
        poll->setInterval(20);
        QObject::connect(poll, &QTimer::timeout, poll, [poll, path] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll->stop();
            poll->deleteLater();
            if (path.isEmpty()) {
                dialog->reject();
                return;
            }
            const QFileInfo target(path);
            dialog->setDirectory(target.absolutePath());
            // Typed as a user would: selectFile() loses to the suggested name the dialog fills in when shown.
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            Q_ASSERT(name);
            name->setText(target.fileName());
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept(), which takes the selected file
        });
        poll->start();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_path = m_dir.filePath(QStringLiteral("gui.db"));
        auto created =
            Replica::create(m_path, QStringLiteral("dr.ada"), m_passphrase, Role::Psychiatrist, cheapOptions());
        QVERIFY(created.ok());
        QVERIFY(
            seedPatientInCare(*created.value(), QStringLiteral("dr.ada"), QStringLiteral("p1"), QStringLiteral("M1"))
                .ok());
    }

    void menuHoldsThePatientActionsEnabledOnlyWithAPatient()
    {
        MainWindow window(open());
        const QStringList names = patientMenuActions(window);
        for (const char *name :
             {"printReportAction", "exportPdfAction", "exportCsvAction", "exportFhirAction", "removePatientAction"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        auto *fhir = window.findChild<FhirExportAction *>(QStringLiteral("exportFhirAction"));
        QVERIFY(fhir);
        const QList<QAction *> patientActions{
            fhir,
            window.findChild<QAction *>(QStringLiteral("printReportAction")),
            window.findChild<QAction *>(QStringLiteral("exportPdfAction")),
            window.findChild<QAction *>(QStringLiteral("exportCsvAction")),
            window.findChild<QAction *>(QStringLiteral("removePatientAction")),
        };
        QCOMPARE(patientActions.at(1)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));

        for (QAction *a : patientActions)
            QVERIFY2(a && !a->isEnabled(), a ? qPrintable(a->objectName()) : "missing");
        QVERIFY(!fhir->exportTo(m_dir.filePath(QStringLiteral("none.json"))).ok());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.json"))));

        window.openPatient(QStringLiteral("p1"));
        for (QAction *a : patientActions)
            QVERIFY2(a->isEnabled(), qPrintable(a->objectName()));

        window.lock();
        for (QAction *a : patientActions)
            QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
    }

    void exportWritesAPrivateBundleAndOneAuditEntry()
    {
        MainWindow window(open());
        window.openPatient(QStringLiteral("p1"));
        auto *fhir = window.findChild<FhirExportAction *>(QStringLiteral("exportFhirAction"));
        QVERIFY(fhir && fhir->isEnabled());
        Database &db = window.replica()->database();
        const qint64 before = exportAudits(db);
        QVERIFY(before >= 0);

        // Cancelling the dialog writes nothing and records nothing.
        answerSaveDialog({});
        fhir->trigger();
        QCOMPARE(exportAudits(db), before);

        const QString out = m_dir.filePath(QStringLiteral("export.json"));
        QSignalSpy exported(fhir, &FhirExportAction::exported);
        answerSaveDialog(out);
        fhir->trigger();
        QCOMPARE(exported.count(), 1);
        QCOMPARE(exported.at(0).at(0).toString(), out);
        QVERIFY2(QFile::exists(out), qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(modeOf(out), 0600u);
        QCOMPARE(exportAudits(db), before + 1);
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());

        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject bundle = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(bundle.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
        bool hasPatient = false;
        for (const QJsonValue &entry : bundle.value(QStringLiteral("entry")).toArray()) {
            const QJsonObject resource = entry.toObject().value(QStringLiteral("resource")).toObject();
            if (resource.value(QStringLiteral("resourceType")).toString() == QStringLiteral("Patient"))
                hasPatient = true;
        }
        QVERIFY(hasPatient);

        // A file that cannot be written (the save dialog itself refuses a missing folder, so without it): one sentence
        // for the user, no file, and no export in the audit trail.
        const Status failed = fhir->exportTo(m_dir.filePath(QStringLiteral("missing-dir/export.json")));
        QVERIFY(!failed.ok());
        QVERIFY(!failed.error().message.isEmpty());
        QVERIFY(!failed.error().message.contains(QStringLiteral("M1")));
        QCOMPARE(exportAudits(db), before + 1);
    }
};

QTEST_MAIN(TestFhirExportAction)
#include "test_fhirexportaction.moc"
