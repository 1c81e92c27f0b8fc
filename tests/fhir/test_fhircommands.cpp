// Tests of `novamindctl export-fhir` and `import-fhir` (FhirExportCommand, FhirImportCommand) on a seeded replica.
#include "CtlRunner.h"
#include "DemoReplica.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace novamind;
using namespace novamind::test;

namespace {

const QString kHidden = QStringLiteral("99999999-9999-4999-8999-999999999999");
constexpr int kStates = 500;

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QList<QJsonObject> resourcesOf(const QJsonObject &bundle, const QString &type)
{
    QList<QJsonObject> out;
    for (const QJsonValue &e : bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject r = e.toObject().value(QStringLiteral("resource")).toObject();
        if (r.value(QStringLiteral("resourceType")).toString() == type)
            out << r;
    }
    return out;
}

} // namespace

class TestFhirCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_pass;
    QString m_patient;

    QStringList keyed(const QStringList &rest) const
    {
        return QStringList{QStringLiteral("--db"),
                           m_db,
                           QStringLiteral("--user"),
                           QStringLiteral("dr.ada"),
                           QStringLiteral("--passphrase-file"),
                           m_pass} +
               rest;
    }
    CtlResult exportTo(const QString &patient, const QString &out) const
    {
        return runCtl(QStringList{QStringLiteral("export-fhir")} +
                      keyed({QStringLiteral("--patient"), patient, QStringLiteral("--out"), out}));
    }
    CtlResult importFrom(const QString &in, bool acknowledge = true) const
    {
        QStringList args = QStringList{QStringLiteral("import-fhir")} + keyed({QStringLiteral("--in"), in});
        if (acknowledge)
            args << QStringLiteral("--acknowledge-risk");
        return runCtl(args);
    }
    // One number from the replica, opened the way novamindctl opens it.
    qint64 count(const std::string &sql, const QString &param = {}) const
    {
        auto replica =
            Replica::open(m_db, QStringLiteral("dr.ada"), QByteArrayLiteral("correct horse battery"), cheapOptions());
        if (!replica.ok())
            return -1;
        auto stmt = replica.value()->database().prepare(sql);
        if (!stmt.ok())
            return -1;
        if (!param.isEmpty())
            stmt->bind(1, param);
        auto row = stmt->step();
        return row.ok() && row.value() ? stmt->columnInt64(0) : -1;
    }
    qint64 signedAssessments() const { return count("SELECT count(*) FROM assessment WHERE status = 'completed'"); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!ctlPath().isEmpty(), "NOVAMINDCTL is not set");
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("replica.db"));
        m_pass = m_dir.filePath(QStringLiteral("pass"));
        QVERIFY(writeFile(m_pass, QByteArrayLiteral("correct horse battery\n")));
        DemoReplicaSpec spec;
        spec.path = m_db;
        spec.patients = 2;
        spec.statesPerPatient = kStates;
        auto replica = createDemoReplica(spec);
        QVERIFY2(replica.ok(), replica.ok() ? "" : qPrintable(replica.error().message));
        QVERIFY(addUnrelatedPatient(*replica.value(), kHidden, QStringLiteral("MRN-HIDDEN"), QStringLiteral("Hidden"),
                                    QStringLiteral("Person"))
                    .ok());
        auto stmt = replica.value()->database().prepare("SELECT id FROM patient WHERE id <> ? ORDER BY id LIMIT 1");
        QVERIFY(stmt.ok());
        stmt->bind(1, kHidden);
        QVERIFY(stmt->step().value());
        m_patient = stmt->columnText(0);
    }

    void exportWritesAPrivateAuditedBundle()
    {
        const QString out = m_dir.filePath(QStringLiteral("export.json"));
        const qint64 auditsBefore =
            count("SELECT count(*) FROM audit_log WHERE action = 'export' AND entity_id = ?", m_patient);
        QElapsedTimer timer;
        timer.start();
        const CtlResult r = exportTo(m_patient, out);
        const qint64 ms = timer.elapsed();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("patient")).toString(), m_patient);
        QCOMPARE(r.json().value(QStringLiteral("out")).toString(), out);
        const QJsonObject counts = r.json().value(QStringLiteral("resources")).toObject();
        const QJsonObject bundle = readJson(out);
        const int responses = resourcesOf(bundle, QStringLiteral("QuestionnaireResponse")).size();
        QVERIFY(responses > 0);
        QCOMPARE(counts.value(QStringLiteral("QuestionnaireResponse")).toInt(), responses);
        QCOMPARE(counts.value(QStringLiteral("Patient")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("Observation")).toInt(), responses + kStates);
        QVERIFY(counts.value(QStringLiteral("RiskAssessment")).toInt() > 0);
        const QFile::Permissions perms = QFile::permissions(out); // mode 0600: PHI only for its owner
        QVERIFY(perms.testFlags(QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(!(perms & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
        QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'export' AND entity_id = ?", m_patient),
                 auditsBefore + 1);
        qInfo("export-fhir of a %d-state patient: %lld ms (unlock included), %lld bytes, %d resources", kStates, ms,
              qint64(QFile(out).size()), int(bundle.value(QStringLiteral("entry")).toArray().size()));
    }

    void exportIsTheSameBytesForTheSameData()
    {
        const QString a = m_dir.filePath(QStringLiteral("a.json"));
        const QString b = m_dir.filePath(QStringLiteral("b.json"));
        QCOMPARE(exportTo(m_patient, a).exitCode, 0);
        QCOMPARE(exportTo(m_patient, b).exitCode, 0);
        QCOMPARE(readFile(a), readFile(b));
    }

    void hiddenAndAbsentPatientsLookTheSame()
    {
        const QString hiddenOut = m_dir.filePath(QStringLiteral("hidden.json"));
        const QString absentOut = m_dir.filePath(QStringLiteral("absent.json"));
        const CtlResult hidden = exportTo(kHidden, hiddenOut);
        const CtlResult absent = exportTo(QStringLiteral("no-such-patient"), absentOut);
        QCOMPARE(hidden.exitCode, 2);
        QCOMPARE(absent.exitCode, 2);
        QCOMPARE(hidden.err, absent.err);
        QVERIFY(hidden.out.isEmpty());
        QVERIFY(!QFile::exists(hiddenOut));
        QVERIFY(!QFile::exists(absentOut));
        QVERIFY(!hidden.err.contains("MRN-HIDDEN") && !hidden.err.contains("Hidden"));
        QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'export' AND entity_id = ?", kHidden), 0);
    }

    void importOfAnExportGivesTheSameScores()
    {
        const QString out = m_dir.filePath(QStringLiteral("roundtrip.json"));
        QCOMPARE(exportTo(m_patient, out).exitCode, 0);
        const QJsonObject bundle = readJson(out);
        QList<int> exportedTotals;
        for (const QJsonObject &o : resourcesOf(bundle, QStringLiteral("Observation")))
            if (o.contains(QStringLiteral("derivedFrom")))
                exportedTotals << o.value(QStringLiteral("valueInteger")).toInt(-1);
        const qint64 before = signedAssessments();
        const qint64 outboxBefore = count("SELECT count(*) FROM outbox WHERE entity = 'assessment'");

        const CtlResult r = importFrom(out);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray imported = r.json().value(QStringLiteral("assessments")).toArray();
        QCOMPARE(r.json().value(QStringLiteral("imported")).toInt(), exportedTotals.size());
        QList<int> importedTotals;
        for (const QJsonValue &a : imported) {
            QCOMPARE(a.toObject().value(QStringLiteral("patient")).toString(), m_patient);
            importedTotals << a.toObject().value(QStringLiteral("total")).toInt(-1);
        }
        QCOMPARE(importedTotals, exportedTotals);
        QCOMPARE(signedAssessments(), before + exportedTotals.size());
        QCOMPARE(count("SELECT count(*) FROM outbox WHERE entity = 'assessment'"),
                 outboxBefore + exportedTotals.size());
        QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'import'"), qint64(exportedTotals.size()));
    }

    void badImportSavesNothing_data()
    {
        QTest::addColumn<QByteArray>("edit"); // what to break, by name
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("unknown questionnaire")
            << QByteArray("questionnaire") << 2 << QStringLiteral("does not support");
        QTest::newRow("missing item") << QByteArray("missing") << 2 << QStringLiteral("unanswered");
        QTest::newRow("out of range") << QByteArray("range") << 2 << QStringLiteral("does not allow");
        QTest::newRow("hidden patient") << QByteArray("hidden") << 2 << QStringLiteral("cannot see");
        QTest::newRow("risk not acknowledged") << QByteArray("risk") << 2 << QStringLiteral("--acknowledge-risk");
    }
    void badImportSavesNothing()
    {
        QFETCH(QByteArray, edit);
        QFETCH(int, exitCode);
        QFETCH(QString, sentence);
        // A bundle of two good PHQ-9 responses and a broken one: all or nothing.
        const QString out = m_dir.filePath(QStringLiteral("base.json"));
        QCOMPARE(exportTo(m_patient, out).exitCode, 0);
        const QJsonObject exported = readJson(out);
        QJsonArray kept;
        for (const QJsonValue &e : exported.value(QStringLiteral("entry")).toArray()) {
            const QJsonObject r = e.toObject().value(QStringLiteral("resource")).toObject();
            if (r.value(QStringLiteral("resourceType")).toString() == QLatin1String("Patient") ||
                (r.value(QStringLiteral("questionnaire")).toString().endsWith(QLatin1String("/44249-1")) &&
                 kept.size() < 4))
                kept.append(e);
        }
        QCOMPARE(kept.size(), 4);
        QJsonObject last = kept.last().toObject();
        QJsonObject qr = last.value(QStringLiteral("resource")).toObject();
        QJsonArray items = qr.value(QStringLiteral("item")).toArray();
        auto setItem9 = [&](const QJsonObject &answer) {
            QJsonObject item9 = items.at(8).toObject();
            item9.insert(QStringLiteral("answer"), QJsonArray{answer});
            items.replace(8, item9);
        };
        if (edit == "questionnaire")
            qr.insert(QStringLiteral("questionnaire"), QStringLiteral("http://loinc.org/q/12345-6"));
        else if (edit == "missing")
            items.removeAt(4);
        else if (edit == "range")
            setItem9(QJsonObject{{QStringLiteral("valueInteger"), 4}});
        else if (edit == "hidden")
            qr.insert(QStringLiteral("subject"),
                      QJsonObject{{QStringLiteral("reference"), QString(QStringLiteral("Patient/") + kHidden)}});
        else if (edit == "risk")
            setItem9(QJsonObject{{QStringLiteral("valueInteger"), 2}});
        qr.insert(QStringLiteral("item"), items);
        last.insert(QStringLiteral("resource"), qr);
        kept.replace(kept.size() - 1, last);
        QJsonObject bundle = exported;
        bundle.insert(QStringLiteral("entry"), kept);
        const QString in = m_dir.filePath(QStringLiteral("bad.json"));
        QVERIFY(writeFile(in, QJsonDocument(bundle).toJson()));

        const qint64 before = signedAssessments();
        const qint64 outboxBefore = count("SELECT count(*) FROM outbox");
        const CtlResult r = importFrom(in, edit != "risk");
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err).trimmed();
        QVERIFY2(err.contains(sentence), qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 0); // one sentence
        if (edit != "risk")                        // earlier responses may hold a positive item 9 too
            QVERIFY(err.contains(QStringLiteral("response 3")));
        QCOMPARE(signedAssessments(), before);
        QCOMPARE(count("SELECT count(*) FROM outbox"), outboxBefore);
    }
};

QTEST_GUILESS_MAIN(TestFhirCommands)
#include "test_fhircommands.moc"
