// test_timelinecsv: the timeline CSV export — RFC 4180 quoting, the formula-injection guard, header, rows, audit.

#include "DemoReplica.h"
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "ui/reports/TimelineCsv.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace novamind;

namespace {

TwinStateColumns sampleColumns(int rows)
{
    TwinStateColumns c;
    c.keys = {QStringLiteral("symptom.depression"), QStringLiteral("risk.suicide_risk")};
    c.values.resize(2);
    const qint64 start = QDateTime(QDate(2024, 3, 1), QTime(8, 30), Qt::UTC).toMSecsSinceEpoch();
    for (int i = 0; i < rows; ++i) {
        c.ts.push_back(start + qint64(i) * 86400000);
        c.values[0].push_back(0.25 + i * 0.01);
        c.values[1].push_back(-0.5); // a negative number must stay a number, not become text
        c.riskLevel.push_back(qint8(i % 5 == 4 ? -1 : i % 4));
    }
    return c;
}

// RFC 4180 reader, just enough to check what a spreadsheet would see.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

} // namespace

class TestTimelineCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void field_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << QStringLiteral("moderate") << QStringLiteral("moderate");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("line1\nline2") << QStringLiteral("\"line1\nline2\"");
        QTest::newRow("cr") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("formula =") << QStringLiteral("=HYPERLINK(\"x\")")
                                   << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("formula +") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("formula -") << QStringLiteral("-cmd") << QStringLiteral("'-cmd");
        QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("inner = is fine") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("utf8") << QStringLiteral("Müller–Łódź") << QStringLiteral("Müller–Łódź");
    }
    void field()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(TimelineCsv::field(in), out);
    }

    void formatHasHeaderAndOneRowPerState()
    {
        const TwinStateColumns columns = sampleColumns(9);
        const QByteArray csv = TimelineCsv::format(columns);
        QVERIFY(csv.endsWith("\r\n"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv));
        QCOMPARE(rows.size(), 1 + 9);
        QCOMPARE(rows[0], (QStringList{QStringLiteral("timestamp"), QStringLiteral("symptom.depression"),
                                       QStringLiteral("risk.suicide_risk"), QStringLiteral("risk_level")}));
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), 4);
        QCOMPARE(rows[1][0], QStringLiteral("2024-03-01T08:30:00.000Z"));
        QCOMPARE(QDateTime::fromString(rows[3][0], Qt::ISODateWithMs),
                 QDateTime(QDate(2024, 3, 3), QTime(8, 30), Qt::UTC));
        QCOMPARE(rows[1][1].toDouble(), 0.25);
        QCOMPARE(rows[2][3], QStringLiteral("moderate"));
        QCOMPARE(rows[5][3], QString()); // unknown level: empty, not a code
        // Numbers are written as numbers even when negative (the guard is for text, not for values).
        QCOMPARE(rows[1][2], QStringLiteral("-0.5"));
    }

    void emptyTimelineIsJustTheHeader()
    {
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(TimelineCsv::format(sampleColumns(0))));
        QCOMPARE(rows.size(), 1);
    }

    void exportWritesEveryStateAndAuditsIt()
    {
        QTemporaryDir dir;
        auto replica = Replica::create(dir.filePath(QStringLiteral("r.db")), QStringLiteral("dr.ada"), "pass phrase",
                                       Role::Psychiatrist, test::cheapOptions());
        QVERIFY(replica.ok());
        QVERIFY(test::seedPatientInCare(*replica.value(), QStringLiteral("dr.ada"), QStringLiteral("p1"),
                                        QStringLiteral("MRN-7"))
                    .ok());
        {
            RecordMapping::Writer w(replica.value()->database());
            DigitalTwin twin;
            twin.id = QStringLiteral("t1");
            twin.patientId = QStringLiteral("p1");
            twin.createdAt = QDateTime::currentDateTimeUtc();
            twin.updatedAt = twin.createdAt;
            QVERIFY(w.insert(twin).ok());
            for (int i = 0; i < 37; ++i) {
                DigitalTwinState s;
                s.id = QStringLiteral("s%1").arg(i);
                s.twinId = twin.id;
                s.patientId = QStringLiteral("p1");
                s.timestamp = QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC).addDays(i);
                s.symptom.depression = 0.01 * i;
                s.risk.level = QStringLiteral("low");
                QVERIFY(w.insert(s).ok());
            }
        }
        auto session = Session::forReplica(*replica.value());
        QVERIFY(session.ok());
        const QString path = dir.filePath(QStringLiteral("timeline.csv"));
        const Status exported = TimelineCsv::exportPatient(session.value(), QStringLiteral("p1"), path);
        QVERIFY2(exported.ok(), exported.ok() ? "" : qPrintable(exported.error().detail));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll()));
        QCOMPARE(rows.size(), 1 + 37);
        QCOMPARE(rows[37][rows[0].indexOf(QStringLiteral("symptom.depression"))].toDouble(), 0.36);
        struct stat st
        {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);

        auto count = replica.value()->database().prepare(
            "SELECT count(*) FROM audit_log WHERE action = 'export' AND entity = 'twin_state' AND entity_id = 'p1'");
        QVERIFY(count.ok());
        qint64 exports = 0;
        QVERIFY(count->forEach([&](const Statement &row) { exports = row.columnInt64(0); }).ok());
        QCOMPARE(exports, 1);

        // A patient the user may not see: no file, and nothing written.
        const qint64 entries = replica.value()->database().queryInt("SELECT count(*) FROM audit_log").value();
        const QString hidden = dir.filePath(QStringLiteral("hidden.csv"));
        QVERIFY(!TimelineCsv::exportPatient(session.value(), QStringLiteral("nobody"), hidden).ok());
        QVERIFY(!QFile::exists(hidden));

        // A file that cannot be written: the error says so, and the audit trail records no export (nor the read).
        const QString nowhere = dir.filePath(QStringLiteral("no-such-folder/timeline.csv"));
        const Status failed = TimelineCsv::exportPatient(session.value(), QStringLiteral("p1"), nowhere);
        QVERIFY(!failed.ok());
        QVERIFY(!failed.error().message.isEmpty());
        QVERIFY(!QFile::exists(nowhere));
        QCOMPARE(replica.value()->database().queryInt("SELECT count(*) FROM audit_log").value(), entries);
    }
};

QTEST_GUILESS_MAIN(TestTimelineCsv)
#include "test_timelinecsv.moc"
