// test_pdfreport: the PDF patient report as a reader sees it — pages, running header, identity, clinician,
// assessments with bands and flags, medications — read back with pdftotext and pdfinfo.

#include "TestSupport.h"
#include "TimelineFixture.h"
#include "storage/Statement.h"
#include "ui/reports/ReportRenderer.h"
#include "ui/reports/ReportSource.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace novamind;

namespace {

// A flagged PHQ-9 (item 9 answered) and a GAD-7, after the fixture's four mild PHQ-9s.
Status addAssessments(test::TimelineReplica &fx, int extra)
{
    RecordMapping::Writer w(fx.replica->database());
    for (int i = 0; i < extra; ++i) {
        Assessment a;
        a.id = QStringLiteral("extra-%1").arg(i);
        a.patientId = fx.patientId;
        a.clinicianId = QStringLiteral("dr.ada");
        a.instrument = i % 2 ? QStringLiteral("gad7") : QStringLiteral("phq9");
        a.status = QStringLiteral("completed");
        a.startedAt = fx.start.addDays(fx.days - 1).addSecs(-3600 * (extra - i));
        a.completedAt = a.startedAt.addSecs(300);
        if (a.instrument == QLatin1String("phq9")) {
            a.answers = {2, 2, 2, 2, 2, 2, 2, 1, 2};
            a.total = 17;
            a.band = QStringLiteral("moderately_severe");
            a.flags = {QStringLiteral("suicide_risk")};
        } else {
            a.answers = {1, 1, 1, 1, 1, 1, 1};
            a.total = 7;
            a.band = QStringLiteral("mild");
        }
        NM_TRY(w.insert(a));
    }
    return w.refreshSummaries();
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {path}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// One string per page (pdftotext separates pages with form feeds).
QStringList pdfText(const QString &path)
{
    QStringList pages = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")})
                            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

qint64 auditCount(Database &db, const char *action)
{
    auto stmt =
        db.prepare(std::string("SELECT count(*) FROM audit_log WHERE entity = 'report' AND action = '") + action + "'");
    qint64 n = -1;
    if (stmt.ok() && stmt->forEach([&](const Statement &row) { n = row.columnInt64(0); }).ok())
        return n;
    return -1;
}

} // namespace

class TestPdfReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed; scripts/install-deps installs them");
        QVERIFY(m_dir.isValid());
    }

    void reportShowsWhatACaseConferenceNeeds()
    {
        auto fx = test::makeTimelineReplica(m_dir.filePath(QStringLiteral("short.db")), 120, test::cheapOptions());
        QVERIFY2(fx.ok(), fx.ok() ? "" : qPrintable(fx.error().detail));
        QVERIFY(addAssessments(fx.value(), 2).ok());
        auto data = ReportSource::load(fx->session, fx->patientId, ReportSource::Use::ExportPdf);
        QVERIFY2(data.ok(), data.ok() ? "" : qPrintable(data.error().detail));
        QCOMPARE(auditCount(fx->replica->database(), "export"), 1);

        const QString path = m_dir.filePath(QStringLiteral("short.pdf"));
        auto pages = ReportRenderer(data.value()).writePdf(path);
        QVERIFY2(pages.ok(), pages.ok() ? "" : qPrintable(pages.error().detail));
        QCOMPARE(pdfPages(path), pages.value());
        struct stat st
        {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        // Written in place: no temporary copy left next to it.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("short.pdf*")}, QDir::Files).size(), 1);

        // For looking at the pages (docs/screenshots/report-page1.png): NOVAMIND_KEEP_REPORT=/some/dir.
        if (const QString keep = qEnvironmentVariable("NOVAMIND_KEEP_REPORT"); !keep.isEmpty())
            QFile::copy(path, QDir(keep).filePath(QStringLiteral("report.pdf")));

        const QStringList text = pdfText(path);
        QCOMPARE(text.size(), pages.value());
        const QString all = text.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("Example, Ada")), "patient name");
        QVERIFY2(all.contains(QStringLiteral("MRN MRN1")), "MRN");
        QVERIFY2(all.contains(QStringLiteral("1980-02-03")), "date of birth");
        QVERIFY2(all.contains(QStringLiteral("Printed by dr.ada")), "printing clinician");
        QVERIFY2(all.contains(QStringLiteral("Current twin state")), "current state section");
        QVERIFY2(all.contains(QStringLiteral("Moderately severe")), "severity band of the latest PHQ-9");
        QVERIFY2(all.contains(QStringLiteral("Suicide risk")), "item-9 flag");
        QVERIFY2(all.contains(QStringLiteral("GAD-7")), "second instrument");
        QVERIFY2(all.contains(QStringLiteral("bupropion")), "active medication");
        QVERIFY2(!all.contains(QStringLiteral("sertraline")), "a stopped medication is not active");
        QVERIFY2(all.contains(QStringLiteral("Page 1 of %1").arg(pages.value())), "page numbers");
        for (int i = 0; i < text.size(); ++i) {
            QVERIFY2(text[i].contains(QStringLiteral("Confidential — contains PHI")), qPrintable(QString::number(i)));
            QVERIFY(text[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.value())));
        }
        m_shortPages = pages.value();
    }

    void longHistoryRunsOverPagesWithTheHeaderOnEach()
    {
        auto fx = test::makeTimelineReplica(m_dir.filePath(QStringLiteral("long.db")), 500, test::cheapOptions());
        QVERIFY2(fx.ok(), fx.ok() ? "" : qPrintable(fx.error().detail));
        QVERIFY(addAssessments(fx.value(), 160).ok());

        QElapsedTimer timer;
        timer.start();
        auto data = ReportSource::load(fx->session, fx->patientId, ReportSource::Use::ExportPdf);
        QVERIFY(data.ok());
        const qint64 loadMs = timer.restart();
        const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
        auto pages = ReportRenderer(data.value()).writePdf(path);
        QVERIFY(pages.ok());
        const qint64 renderMs = timer.elapsed();
        qInfo("500 states, 164 assessments: load %lld ms, render+write %lld ms, %d pages, %lld bytes", loadMs, renderMs,
              pages.value(), QFileInfo(path).size());

        if (const QString keep = qEnvironmentVariable("NOVAMIND_KEEP_REPORT"); !keep.isEmpty())
            QFile::copy(path, QDir(keep).filePath(QStringLiteral("report-long.pdf")));
        QVERIFY(m_shortPages > 0);
        QVERIFY2(pages.value() > m_shortPages, "a long history takes more pages");
        const QStringList text = pdfText(path);
        QCOMPARE(text.size(), pages.value());
        for (int i = 0; i < text.size(); ++i) {
            const QByteArray page = QByteArray::number(i + 1);
            QVERIFY2(text[i].contains(QStringLiteral("Example, Ada")), page.constData());
            QVERIFY2(text[i].contains(QStringLiteral("MRN MRN1")), page.constData());
            QVERIFY2(text[i].contains(QStringLiteral("Printed by dr.ada")), page.constData());
            QVERIFY2(text[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.value())), page.constData());
        }
        // The history table carries its column headings onto every page it continues on.
        const QString last = text.last();
        QVERIFY(last.contains(QStringLiteral("Instrument")) && last.contains(QStringLiteral("Severity")));
    }

    void printerGetsTheSamePages()
    {
        auto fx = test::makeTimelineReplica(m_dir.filePath(QStringLiteral("print.db")), 120, test::cheapOptions());
        QVERIFY(fx.ok());
        QVERIFY(addAssessments(fx.value(), 2).ok());
        auto data = ReportSource::load(fx->session, fx->patientId, ReportSource::Use::Print);
        QVERIFY(data.ok());
        QCOMPARE(auditCount(fx->replica->database(), "print"), 1);
        QCOMPARE(auditCount(fx->replica->database(), "export"), 0);

        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(path);
        auto pages = ReportRenderer(data.value()).render(printer);
        QVERIFY(pages.ok());
        QCOMPARE(pages.value(), m_shortPages);
        QCOMPARE(pdfPages(path), pages.value());
        QVERIFY(pdfText(path).join(QLatin1Char('\n')).contains(QStringLiteral("Page 1 of %1").arg(pages.value())));
    }

    void hiddenPatientGivesNoReport()
    {
        auto fx = test::makeTimelineReplica(m_dir.filePath(QStringLiteral("hidden.db")), 10, test::cheapOptions());
        QVERIFY(fx.ok());
        auto data = ReportSource::load(fx->session, QStringLiteral("someone-else"), ReportSource::Use::Print);
        QVERIFY(!data.ok());
        // IT admins see that a patient exists, never the clinical record a report holds.
        Session admin = fx->session;
        admin.role = Role::Admin;
        QVERIFY(!ReportSource::load(admin, fx->patientId, ReportSource::Use::Print).ok());
        QCOMPARE(auditCount(fx->replica->database(), "print"), 0);
    }

private:
    QTemporaryDir m_dir;
    int m_shortPages = 0;
};

QTEST_MAIN(TestPdfReport)
#include "test_pdfreport.moc"
