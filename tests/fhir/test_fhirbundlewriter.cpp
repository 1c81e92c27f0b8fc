// Tests of FhirBundleWriter: each resource's key fields, LOINC codes, the MRN identifier and references that resolve.
#include "FhirFixture.h"
#include "models/fhir/FhirBundleWriter.h"
#include "models/instruments/InstrumentLibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <algorithm>
#include <random>

using namespace novamind;

namespace {

QJsonObject coding0(const QJsonObject &codeable)
{
    return codeable.value(QStringLiteral("coding")).toArray().first().toObject();
}

// Every {"reference": ...} anywhere below `v`.
void collectReferences(const QJsonValue &v, QStringList &out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("reference"))
                out << it.value().toString();
            else
                collectReferences(it.value(), out);
        }
    } else if (v.isArray()) {
        for (const QJsonValue &x : v.toArray())
            collectReferences(x, out);
    }
}

} // namespace

class TestFhirBundleWriter : public QObject
{
    Q_OBJECT

    QJsonObject m_bundle;
    QMap<QString, QJsonObject> m_byUrl;

    QList<QJsonObject> resources(const QString &type) const
    {
        QList<QJsonObject> out;
        for (const QJsonValue &e : m_bundle.value(QStringLiteral("entry")).toArray()) {
            const QJsonObject r = e.toObject().value(QStringLiteral("resource")).toObject();
            if (r.value(QStringLiteral("resourceType")).toString() == type)
                out << r;
        }
        return out;
    }
    QJsonObject target(const QJsonObject &ref) const
    {
        return m_byUrl.value(ref.value(QStringLiteral("reference")).toString());
    }
    // The score Observation of one instrument's total LOINC code.
    QJsonObject scoreObservation(const QString &loinc) const
    {
        for (const QJsonObject &o : resources(QStringLiteral("Observation")))
            if (coding0(o.value(QStringLiteral("code")).toObject()).value(QStringLiteral("code")).toString() == loinc)
                return o;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_bundle = FhirBundleWriter(InstrumentLibrary::builtin()).bundle(test::fhirFixture());
        for (const QJsonValue &e : m_bundle.value(QStringLiteral("entry")).toArray())
            m_byUrl.insert(e.toObject().value(QStringLiteral("fullUrl")).toString(),
                           e.toObject().value(QStringLiteral("resource")).toObject());
    }

    void bundleIsACollectionWithUniqueUrns()
    {
        QCOMPARE(m_bundle.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
        QCOMPARE(m_bundle.value(QStringLiteral("type")).toString(), QStringLiteral("collection"));
        const int entries = m_bundle.value(QStringLiteral("entry")).toArray().size();
        QCOMPARE(m_byUrl.size(), entries); // no two entries share a fullUrl
        for (const QString &url : m_byUrl.keys())
            QVERIFY2(QRegularExpression(QStringLiteral("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[0-9a-f]{4}-"
                                                       "[0-9a-f]{12}$"))
                         .match(url)
                         .hasMatch(),
                     qPrintable(url));
        const QMap<QString, int> expected{{QStringLiteral("Patient"), 1},
                                          {QStringLiteral("Organization"), 1},
                                          {QStringLiteral("Practitioner"), 2},
                                          {QStringLiteral("PractitionerRole"), 2},
                                          {QStringLiteral("CareTeam"), 1},
                                          {QStringLiteral("Condition"), 1},
                                          {QStringLiteral("MedicationStatement"), 1},
                                          {QStringLiteral("QuestionnaireResponse"), 3},
                                          {QStringLiteral("Observation"), 3 + 3},
                                          {QStringLiteral("RiskAssessment"), 1}};
        QCOMPARE(FhirBundleWriter::resourceCounts(m_bundle), expected);
    }

    void everyReferenceResolvesInsideTheBundle()
    {
        QStringList refs;
        collectReferences(m_bundle, refs);
        QVERIFY(refs.size() > 20);
        for (const QString &ref : refs)
            QVERIFY2(m_byUrl.contains(ref), qPrintable(ref));
    }

    void patientCarriesTheMrnAsAnMrIdentifier()
    {
        const QJsonObject p = resources(QStringLiteral("Patient")).first();
        const QJsonObject id = p.value(QStringLiteral("identifier")).toArray().first().toObject();
        QCOMPARE(id.value(QStringLiteral("value")).toString(), QStringLiteral("MRN-0042"));
        QCOMPARE(id.value(QStringLiteral("use")).toString(), QStringLiteral("usual"));
        const QJsonObject type = coding0(id.value(QStringLiteral("type")).toObject());
        QCOMPARE(type.value(QStringLiteral("system")).toString(),
                 QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0203"));
        QCOMPARE(type.value(QStringLiteral("code")).toString(), QStringLiteral("MR"));
        QVERIFY(!id.value(QStringLiteral("system")).toString().isEmpty());
        QCOMPARE(p.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1980-02-03"));
        QCOMPARE(p.value(QStringLiteral("gender")).toString(), QStringLiteral("female"));
        const QJsonObject name = p.value(QStringLiteral("name")).toArray().first().toObject();
        QCOMPARE(name.value(QStringLiteral("family")).toString(), QStringLiteral("Example"));
        const QJsonObject birthSex = p.value(QStringLiteral("extension")).toArray().first().toObject();
        QCOMPARE(birthSex.value(QStringLiteral("valueCode")).toString(), QStringLiteral("F"));
    }

    void careTeamNamesBothClinicians()
    {
        const QJsonObject team = resources(QStringLiteral("CareTeam")).first();
        QCOMPARE(target(team.value(QStringLiteral("subject")).toObject()).value(QStringLiteral("resourceType")),
                 QJsonValue(QStringLiteral("Patient")));
        const QJsonArray participants = team.value(QStringLiteral("participant")).toArray();
        QCOMPARE(participants.size(), 2);
        QSet<QString> members;
        for (const QJsonValue &p : participants) {
            const QJsonObject practitioner = target(p.toObject().value(QStringLiteral("member")).toObject());
            QCOMPARE(practitioner.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Practitioner"));
            members << practitioner.value(QStringLiteral("id")).toString();
        }
        QCOMPARE(members, (QSet<QString>{QStringLiteral("dr.ada"), QStringLiteral("bob")}));
        // The ended relationship keeps its end.
        QVERIFY(
            participants.at(0).toObject().value(QStringLiteral("period")).toObject().contains(QStringLiteral("end")));
    }

    void practitionerRolesLinkClinicianAndOrganization()
    {
        const QList<QJsonObject> roles = resources(QStringLiteral("PractitionerRole"));
        QCOMPARE(roles.size(), 2);
        const QJsonObject first = roles.first(); // rel-1: dr.ada, open-ended
        QCOMPARE(target(first.value(QStringLiteral("practitioner")).toObject()).value(QStringLiteral("id")).toString(),
                 QStringLiteral("dr.ada"));
        QCOMPARE(
            target(first.value(QStringLiteral("organization")).toObject()).value(QStringLiteral("name")).toString(),
            QStringLiteral("Clinic"));
        QCOMPARE(coding0(first.value(QStringLiteral("code")).toArray().first().toObject())
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("treating_psychiatrist"));
        QCOMPARE(first.value(QStringLiteral("specialty")).toArray().first().toObject().value(QStringLiteral("text")),
                 QJsonValue(QStringLiteral("adult psychiatry")));
        QVERIFY(!first.value(QStringLiteral("period")).toObject().contains(QStringLiteral("end")));
        const QJsonObject patient = resources(QStringLiteral("Patient")).first();
        QCOMPARE(target(patient.value(QStringLiteral("managingOrganization")).toObject())
                     .value(QStringLiteral("resourceType"))
                     .toString(),
                 QStringLiteral("Organization"));
    }

    void conditionAndMedicationUseStandardCodes()
    {
        const QJsonObject c = resources(QStringLiteral("Condition")).first();
        const QJsonObject code = coding0(c.value(QStringLiteral("code")).toObject());
        QCOMPARE(code.value(QStringLiteral("system")).toString(), QStringLiteral("http://hl7.org/fhir/sid/icd-10-cm"));
        QCOMPARE(code.value(QStringLiteral("code")).toString(), QStringLiteral("F32.1"));
        QCOMPARE(coding0(c.value(QStringLiteral("clinicalStatus")).toObject()).value(QStringLiteral("code")).toString(),
                 QStringLiteral("active"));
        QCOMPARE(c.value(QStringLiteral("onsetDateTime")).toString(), QStringLiteral("2024-11-02"));

        const QJsonObject m = resources(QStringLiteral("MedicationStatement")).first();
        QCOMPARE(m.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        const QJsonObject drug = coding0(m.value(QStringLiteral("medicationCodeableConcept")).toObject());
        QCOMPARE(drug.value(QStringLiteral("system")).toString(),
                 QStringLiteral("http://www.nlm.nih.gov/research/umls/rxnorm"));
        QCOMPARE(drug.value(QStringLiteral("code")).toString(), QStringLiteral("36437"));
        const QJsonObject dose = m.value(QStringLiteral("dosage"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("doseAndRate"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("doseQuantity"))
                                     .toObject();
        QCOMPARE(dose.value(QStringLiteral("value")).toDouble(), 50.0);
        QCOMPARE(dose.value(QStringLiteral("code")).toString(), QStringLiteral("mg"));
    }

    void assessmentsBecomeResponsesAndLoincScoredObservations_data()
    {
        QTest::addColumn<QString>("totalLoinc");
        QTest::addColumn<QString>("questionnaire");
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("items");
        QTest::newRow("PHQ-9") << QStringLiteral("44261-6") << QStringLiteral("http://loinc.org/q/44249-1") << 13 << 9;
        QTest::newRow("GAD-7") << QStringLiteral("70274-6") << QStringLiteral("http://loinc.org/q/69737-5") << 5 << 7;
        QTest::newRow("AUDIT") << QStringLiteral("75624-7") << QStringLiteral("http://loinc.org/q/72110-0") << 4 << 10;
    }
    void assessmentsBecomeResponsesAndLoincScoredObservations()
    {
        QFETCH(QString, totalLoinc);
        QFETCH(QString, questionnaire);
        QFETCH(int, total);
        QFETCH(int, items);
        const QJsonObject obs = scoreObservation(totalLoinc);
        QVERIFY2(!obs.isEmpty(), "no Observation with the instrument's total LOINC code");
        QCOMPARE(coding0(obs.value(QStringLiteral("code")).toObject()).value(QStringLiteral("system")).toString(),
                 QStringLiteral("http://loinc.org"));
        QCOMPARE(obs.value(QStringLiteral("status")).toString(), QStringLiteral("final"));
        QCOMPARE(coding0(obs.value(QStringLiteral("category")).toArray().first().toObject())
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("survey"));
        QCOMPARE(obs.value(QStringLiteral("valueInteger")).toInt(-1), total);
        const QJsonObject qr = target(obs.value(QStringLiteral("derivedFrom")).toArray().first().toObject());
        QCOMPARE(qr.value(QStringLiteral("resourceType")).toString(), QStringLiteral("QuestionnaireResponse"));
        QCOMPARE(qr.value(QStringLiteral("questionnaire")).toString(), questionnaire);
        QCOMPARE(qr.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(qr.value(QStringLiteral("item")).toArray().size(), items);
        QCOMPARE(target(qr.value(QStringLiteral("author")).toObject()).value(QStringLiteral("id")).toString(),
                 QStringLiteral("dr.ada"));
    }

    void phq9AnswersUseLoincAnswerCodes()
    {
        const QJsonObject obs = scoreObservation(QStringLiteral("44261-6"));
        const QJsonObject qr = target(obs.value(QStringLiteral("derivedFrom")).toArray().first().toObject());
        const QJsonObject first = qr.value(QStringLiteral("item")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("linkId")).toString(), QStringLiteral("phq9_1"));
        const QJsonObject answer = first.value(QStringLiteral("answer"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QStringLiteral("valueCoding"))
                                       .toObject();
        QCOMPARE(answer.value(QStringLiteral("system")).toString(), QStringLiteral("http://loinc.org"));
        QCOMPARE(answer.value(QStringLiteral("code")).toString(), QStringLiteral("LA6570-1")); // 2: more than half
        QCOMPARE(coding0(obs.value(QStringLiteral("interpretation")).toArray().first().toObject())
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("moderate"));
    }

    void twinStatesAreObservationsWithComponents()
    {
        int states = 0;
        for (const QJsonObject &o : resources(QStringLiteral("Observation"))) {
            if (o.contains(QStringLiteral("derivedFrom")))
                continue;
            ++states;
            const QJsonArray components = o.value(QStringLiteral("component")).toArray();
            QCOMPARE(components.size(), 18); // 17 numeric dimensions and the risk level
            QCOMPARE(coding0(components.first().toObject().value(QStringLiteral("code")).toObject())
                         .value(QStringLiteral("code"))
                         .toString(),
                     QStringLiteral("symptom.depression"));
            QVERIFY(components.first()
                        .toObject()
                        .value(QStringLiteral("valueQuantity"))
                        .toObject()
                        .contains(QStringLiteral("value")));
        }
        QCOMPARE(states, 3);
    }

    void predictionsAreRiskAssessments()
    {
        const QJsonObject ra = resources(QStringLiteral("RiskAssessment")).first();
        QCOMPARE(ra.value(QStringLiteral("status")).toString(), QStringLiteral("final"));
        const QJsonArray predictions = ra.value(QStringLiteral("prediction")).toArray();
        QCOMPARE(predictions.size(), 2);
        bool sawSuicide = false;
        for (const QJsonValue &p : predictions) {
            const QJsonObject o = p.toObject();
            if (coding0(o.value(QStringLiteral("outcome")).toObject()).value(QStringLiteral("code")) ==
                QJsonValue(QStringLiteral("risk.suicide_risk"))) {
                sawSuicide = true;
                QCOMPARE(o.value(QStringLiteral("probabilityDecimal")).toDouble(), 0.1);
            }
            QCOMPARE(o.value(QStringLiteral("whenPeriod")).toObject().value(QStringLiteral("end")).toString(),
                     QStringLiteral("2025-04-14T09:30:00.000Z"));
        }
        QVERIFY(sawSuicide);
    }

    void sameDataInAnyOrderGivesTheSameBytes()
    {
        FhirPatientData shuffled = test::fhirFixture();
        std::mt19937 rng(42);
        std::shuffle(shuffled.clinicians.begin(), shuffled.clinicians.end(), rng);
        std::shuffle(shuffled.relationships.begin(), shuffled.relationships.end(), rng);
        std::shuffle(shuffled.assessments.begin(), shuffled.assessments.end(), rng);
        std::reverse(shuffled.states.begin(), shuffled.states.end());
        const QJsonObject again = FhirBundleWriter(InstrumentLibrary::builtin()).bundle(shuffled);
        QCOMPARE(QJsonDocument(again).toJson(), QJsonDocument(m_bundle).toJson());
    }
};

QTEST_GUILESS_MAIN(TestFhirBundleWriter)
#include "test_fhirbundlewriter.moc"
