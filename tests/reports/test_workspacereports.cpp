// test_workspacereports: the patient workspace's report actions — enabled only with a patient open, and the PDF,
// printer and CSV exports they run are written, private (0600) and audited.

#include "TestSupport.h"
#include "TimelineFixture.h"
#include "storage/Statement.h"
#include "ui/PatientWorkspace.h"

#include <QAction>
#include <QFile>
#include <QPrinter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <sys/stat.h>

using namespace novamind;

namespace {

qint64 audits(Database &db, const char *action, const char *entity)
{
    auto stmt = db.prepare(std::string("SELECT count(*) FROM audit_log WHERE action = '") + action +
                           "' AND entity = '" + entity + "'");
    qint64 n = -1;
    if (stmt.ok() && stmt->forEach([&](const Statement &row) { n = row.columnInt64(0); }).ok())
        return n;
    return -1;
}

unsigned modeOf(const QString &path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 0777;
}

} // namespace

class TestWorkspaceReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto fx = test::makeTimelineReplica(m_dir.filePath(QStringLiteral("r.db")), 60, test::cheapOptions());
        QVERIFY2(fx.ok(), fx.ok() ? "" : qPrintable(fx.error().detail));
        m_fx = std::move(fx.value());
    }

    void actionsFollowTheOpenPatient()
    {
        PatientWorkspace ws;
        const QList<QAction *> actions{ws.printReportAction(), ws.exportPdfAction(), ws.exportCsvAction()};
        for (QAction *a : actions)
            QVERIFY(!a->isEnabled());
        QVERIFY(ws.findChild<QToolButton *>(QStringLiteral("reportButton")));

        QVERIFY(ws.showPatient(m_fx.session, m_fx.patientId).ok());
        for (QAction *a : actions)
            QVERIFY2(a->isEnabled(), qPrintable(a->objectName()));

        ws.clear();
        for (QAction *a : actions)
            QVERIFY(!a->isEnabled());
        QVERIFY(!ws.exportReportPdf(m_dir.filePath(QStringLiteral("none.pdf"))).ok());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.pdf"))));
    }

    void exportsAreWrittenPrivateAndAudited()
    {
        PatientWorkspace ws;
        QVERIFY(ws.showPatient(m_fx.session, m_fx.patientId).ok());
        Database &db = m_fx.replica->database();
        const qint64 exportsBefore = audits(db, "export", "report");
        const qint64 csvBefore = audits(db, "export", "twin_state");
        const qint64 printsBefore = audits(db, "print", "report");

        const QString pdf = m_dir.filePath(QStringLiteral("MRN1.pdf"));
        const Status exported = ws.exportReportPdf(pdf);
        QVERIFY2(exported.ok(), exported.ok() ? "" : qPrintable(exported.error().detail));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        QCOMPARE(modeOf(pdf), 0600u);
        QCOMPARE(audits(db, "export", "report"), exportsBefore + 1);

        const QString csv = m_dir.filePath(QStringLiteral("MRN1-timeline.csv"));
        QVERIFY(ws.exportTimelineCsv(csv).ok());
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QCOMPARE(csvFile.readAll().count("\r\n"), 1 + m_fx.days);
        QCOMPARE(modeOf(csv), 0600u);
        QCOMPARE(audits(db, "export", "twin_state"), csvBefore + 1);

        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(m_dir.filePath(QStringLiteral("printed.pdf")));
        QVERIFY(ws.printReport(printer).ok());
        QVERIFY(QFile(m_dir.filePath(QStringLiteral("printed.pdf"))).size() > 1000);
        QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("printed.pdf"))), 0600u);
        QCOMPARE(audits(db, "print", "report"), printsBefore + 1);
    }

private:
    QTemporaryDir m_dir;
    test::TimelineReplica m_fx;
};

QTEST_MAIN(TestWorkspaceReports)
#include "test_workspacereports.moc"
