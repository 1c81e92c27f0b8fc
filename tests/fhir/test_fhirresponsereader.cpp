// Tests of FhirResponseReader: an exported bundle reads back to the same answers and scores; each bad input fails.
#include "FhirFixture.h"
#include "models/fhir/FhirBundleWriter.h"
#include "models/fhir/FhirResponseReader.h"
#include "models/instruments/InstrumentLibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <functional>

using namespace novamind;

namespace {

QJsonObject exportedBundle()
{
    return FhirBundleWriter(InstrumentLibrary::builtin()).bundle(test::fhirFixture());
}

// The first QuestionnaireResponse of the fixture's bundle (the PHQ-9), standalone with a Patient/<id> subject.
QJsonObject phq9Response()
{
    for (const QJsonValue &e : exportedBundle().value(QStringLiteral("entry")).toArray()) {
        QJsonObject r = e.toObject().value(QStringLiteral("resource")).toObject();
        if (r.value(QStringLiteral("resourceType")).toString() == QLatin1String("QuestionnaireResponse")) {
            r.insert(QStringLiteral("subject"),
                     QJsonObject{{QStringLiteral("reference"), QStringLiteral("Patient/p-1")}});
            return r;
        }
    }
    return {};
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

QJsonObject withItem(QJsonObject qr, int index, const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray items = qr.value(QStringLiteral("item")).toArray();
    QJsonObject item = items.at(index).toObject();
    edit(item);
    items.replace(index, item);
    qr.insert(QStringLiteral("item"), items);
    return qr;
}

} // namespace

class TestFhirResponseReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void exportedBundleReadsBackToTheSameAnswersAndScores()
    {
        const FhirPatientData original = test::fhirFixture();
        auto read = FhirResponseReader(InstrumentLibrary::builtin()).read(bytes(exportedBundle()));
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(read->size(), original.assessments.size());
        for (std::size_t i = 0; i < read->size(); ++i) {
            const FhirImportedResponse &r = read->at(i);
            const Assessment &a = original.assessments[i]; // the fixture is already in export order
            QCOMPARE(r.instrument, a.instrument);
            QCOMPARE(r.patientId, original.patient.id); // resolved through the bundle's Patient entry
            QCOMPARE(r.answers, a.answers);
            QCOMPARE(r.authored, *a.completedAt);
            auto score = InstrumentLibrary::builtin().score(r.instrument, r.answers);
            QVERIFY(score.ok());
            QCOMPARE(score->total, a.total);
            QCOMPARE(score->band, a.band);
        }
    }

    void totalsInTheFileAreNotRead()
    {
        // A bundle whose score Observations claim other totals reads to the same answers: totals come from scoring.
        QJsonObject bundle = exportedBundle();
        QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
        for (int i = 0; i < entries.size(); ++i) {
            QJsonObject e = entries.at(i).toObject();
            QJsonObject r = e.value(QStringLiteral("resource")).toObject();
            if (r.contains(QStringLiteral("valueInteger"))) {
                r.insert(QStringLiteral("valueInteger"), 27);
                e.insert(QStringLiteral("resource"), r);
                entries.replace(i, e);
            }
        }
        bundle.insert(QStringLiteral("entry"), entries);
        auto read = FhirResponseReader(InstrumentLibrary::builtin()).read(bytes(bundle));
        QVERIFY(read.ok());
        QCOMPARE(read->front().answers, test::fhirFixture().assessments.front().answers);
    }

    void standaloneResponseNamesItsPatient()
    {
        auto read = FhirResponseReader(InstrumentLibrary::builtin()).read(bytes(phq9Response()));
        QVERIFY(read.ok());
        QCOMPARE(read->size(), std::size_t(1));
        QCOMPARE(read->front().patientId, QStringLiteral("p-1"));
        QCOMPARE(read->front().instrument, QStringLiteral("phq9"));
    }

    void badInputFailsWithOneSentence_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected"); // part of the sentence the user reads
        const QJsonObject qr = phq9Response();

        QTest::newRow("not json") << QByteArrayLiteral("{nope") << QStringLiteral("not FHIR JSON");
        QTest::newRow("other resource") << bytes(
                                               QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Patient")}})
                                        << QStringLiteral("holds a FHIR Patient");
        QJsonObject unknown = qr;
        unknown.insert(QStringLiteral("questionnaire"), QStringLiteral("http://loinc.org/q/99999-9"));
        QTest::newRow("unknown questionnaire") << bytes(unknown) << QStringLiteral("does not support");
        QJsonObject missing = qr;
        QJsonArray items = missing.value(QStringLiteral("item")).toArray();
        items.removeAt(8);
        missing.insert(QStringLiteral("item"), items);
        QTest::newRow("missing item") << bytes(missing) << QStringLiteral("leaves item “phq9_9” unanswered");
        QTest::newRow("empty answer") << bytes(withItem(qr, 3, [](QJsonObject &i) {
            i.remove(QStringLiteral("answer"));
        })) << QStringLiteral("leaves item “phq9_4” unanswered");
        QTest::newRow("out of range integer") << bytes(withItem(qr, 0, [](QJsonObject &i) {
            i.insert(QStringLiteral("answer"), QJsonArray{QJsonObject{{QStringLiteral("valueInteger"), 7}}});
        })) << QStringLiteral("answers item “phq9_1” with a value PHQ-9 does not allow");
        QTest::newRow("unknown answer code") << bytes(withItem(qr, 1, [](QJsonObject &i) {
            i.insert(QStringLiteral("answer"),
                     QJsonArray{QJsonObject{{QStringLiteral("valueCoding"),
                                             QJsonObject{{QStringLiteral("system"), QStringLiteral("http://loinc.org")},
                                                         {QStringLiteral("code"), QStringLiteral("LA0000-0")}}}}});
        })) << QStringLiteral("answers item “phq9_2” with a value PHQ-9 does not allow");
        QTest::newRow("foreign item") << bytes(withItem(qr, 2, [](QJsonObject &i) {
            i.insert(QStringLiteral("linkId"), QStringLiteral("gad7_1"));
        })) << QStringLiteral("has an item “gad7_1” that PHQ-9 does not have");
        QJsonObject inProgress = qr;
        inProgress.insert(QStringLiteral("status"), QStringLiteral("in-progress"));
        QTest::newRow("not completed") << bytes(inProgress) << QStringLiteral("is not completed");
        QJsonObject noSubject = qr;
        noSubject.remove(QStringLiteral("subject"));
        QTest::newRow("no patient") << bytes(noSubject) << QStringLiteral("names no patient");
        QTest::newRow("empty bundle") << bytes(QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                                                           {QStringLiteral("type"), QStringLiteral("collection")}})
                                      << QStringLiteral("no QuestionnaireResponse");
    }
    void badInputFailsWithOneSentence()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        auto read = FhirResponseReader(InstrumentLibrary::builtin()).read(input);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, ErrorCode::Usage);
        QVERIFY2(read.error().message.contains(expected), qPrintable(read.error().message));
        QVERIFY(!read.error().message.contains(QStringLiteral("MRN-0042"))); // never the record's content
    }
};

QTEST_GUILESS_MAIN(TestFhirResponseReader)
#include "test_fhirresponsereader.moc"
