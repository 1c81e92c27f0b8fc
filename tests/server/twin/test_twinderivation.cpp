// TwinDerivation: what each instrument moves, the risk floor of PHQ-9 item 9, confidence, determinism and bounds.
#include "models/codecs/JsonCodec.h"
#include "server/twin/TwinDerivation.h"

#include <QStandardPaths>
#include <QTest>
#include <QUuid>
#include <cmath>

using namespace novamind;
using novamind::server::TwinDerivation;

namespace {

const QString kPatient = QStringLiteral("0b9c7a52-1d2e-4f60-8a71-5c3d2e1f0a01");

std::vector<std::optional<int>> answersFrom(const QList<int> &list)
{
    std::vector<std::optional<int>> out;
    for (const int v : list)
        out.push_back(v < 0 ? std::nullopt : std::optional<int>(v));
    return out;
}

Assessment makeAssessment(const QString &id, const QString &instrument, const QList<int> &answers,
                          const QDateTime &completedAt)
{
    Assessment a;
    a.id = id;
    a.patientId = kPatient;
    a.clinicianId = QStringLiteral("dr.ada");
    a.instrument = instrument;
    a.status = QStringLiteral("completed");
    a.startedAt = completedAt.addSecs(-600);
    a.completedAt = completedAt;
    a.answers = answersFrom(answers);
    if (instrument == QLatin1String("auditc"))
        a.sex = QStringLiteral("female");
    return a;
}

QDateTime at(int day)
{
    return QDateTime(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC).addDays(day);
}

// A previous state whose every value is distinctive, so that "unchanged" is visible.
DigitalTwinState previousState()
{
    DigitalTwinState s = TwinDerivation::baseline(kPatient, TwinDerivation::twinIdFor(kPatient));
    s.id = QStringLiteral("4a1f0c3e-0000-4000-8000-00000000abcd");
    s.timestamp = at(0);
    s.symptom = SymptomState{0.5, 0.5, 0.5, 0.5};
    s.neurotransmitter = NeurotransmitterState{1.11, 1.12, 1.13, 1.14, 1.15, 1.16};
    s.behavioral = BehavioralState{6.5, 0.4, 0.3};
    s.functional = FunctionalState{55, 0.8};
    s.risk = RiskState{0.6, QStringLiteral("high")};
    s.confidence = 0.42;
    s.sourceEvents = {SourceEvent{QStringLiteral("assessment"), QStringLiteral("a-0")}};
    return s;
}

QList<int> repeat(int value, int count)
{
    return QList<int>(count, value);
}

} // namespace

class TestTwinDerivation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void instrumentsMoveTheirDimensions_data()
    {
        QTest::addColumn<QString>("instrument");
        QTest::addColumn<QList<int>>("answers");
        QTest::addColumn<double>("depression");
        QTest::addColumn<double>("anxiety");
        QTest::addColumn<double>("anhedonia");
        QTest::addColumn<double>("insomnia");
        QTest::addColumn<double>("suicideRisk");
        QTest::addColumn<QString>("level");
        QTest::addColumn<double>("confidence");

        // The previous state: every symptom 0.5, risk 0.6 high, confidence 0.42.
        const QString high = QStringLiteral("high");
        QTest::newRow("phq9 all 3") << "phq9" << repeat(3, 9) << 1.0 << 0.5 << 1.0 << 1.0 << 0.75 << high << 0.9;
        QTest::newRow("phq9 all 0") << "phq9" << repeat(0, 9) << 0.0 << 0.5 << 0.0 << 0.0 << 0.0 << "low" << 0.9;
        QTest::newRow("phq9 total 10, item 9 = 1")
            << "phq9" << QList<int>{2, 1, 3, 0, 0, 1, 2, 0, 1} << 10.0 / 27 << 0.5 << 2.0 / 3 << 1.0
            << 0.3 + 0.05 * 10 / 27 << "moderate" << 0.9;
        QTest::newRow("phq9 prorated, 1 missing")
            << "phq9" << QList<int>{3, 3, 3, 3, -1, 3, 3, 3, 0} << 24.0 / 27 << 0.5 << 1.0 << 1.0 << 0.2 * 24 / 27
            << "low" << 0.8; // 21 × 9 / 8 = 23.6 → 24
        QTest::newRow("phq9 prorated, item 9 missing keeps risk")
            << "phq9" << QList<int>{1, 1, 1, 1, 1, 1, 1, -1, -1} << 9.0 / 27 << 0.5 << 1.0 / 3 << 1.0 / 3 << 0.6 << high
            << 0.7;
        QTest::newRow("phq9 no total: items still move") << "phq9" << QList<int>{3, -1, 0, -1, -1, 1, 1, 1, 2} << 0.5
                                                         << 0.5 << 1.0 << 0.0 << 0.3 + 0.2 + 0.05 * 0.5 << high << 0.42;
        QTest::newRow("phq2 complete") << "phq2" << QList<int>{3, 2} << 5.0 / 6 << 0.5 << 1.0 << 0.5 << 0.6 << high
                                       << 0.75;
        QTest::newRow("phq2 one missing")
            << "phq2" << QList<int>{1, -1} << 0.5 << 0.5 << 1.0 / 3 << 0.5 << 0.6 << high << 0.42;
        QTest::newRow("gad7 all 3") << "gad7" << repeat(3, 7) << 0.5 << 1.0 << 0.5 << 0.5 << 0.6 << high << 0.9;
        QTest::newRow("gad7 all 1") << "gad7" << repeat(1, 7) << 0.5 << 7.0 / 21 << 0.5 << 0.5 << 0.6 << high << 0.9;
        QTest::newRow("gad7 one missing: no total")
            << "gad7" << QList<int>{3, 3, 3, -1, 3, 3, 3} << 0.5 << 0.5 << 0.5 << 0.5 << 0.6 << high << 0.42;
        QList<int> pcl = repeat(1, 20);
        pcl[11] = 4;
        pcl[19] = 2;
        QTest::newRow("pcl5 items 12 and 20") << "pcl5" << pcl << 0.5 << 0.5 << 1.0 << 0.5 << 0.6 << high << 0.42;
        QTest::newRow("audit moves nothing")
            << "audit" << QList<int>{4, 4, 4, 4, 4, 4, 4, 4, 4, 4} << 0.5 << 0.5 << 0.5 << 0.5 << 0.6 << high << 0.42;
        QTest::newRow("auditc moves nothing")
            << "auditc" << QList<int>{4, 4, 4} << 0.5 << 0.5 << 0.5 << 0.5 << 0.6 << high << 0.42;
    }

    void instrumentsMoveTheirDimensions()
    {
        QFETCH(QString, instrument);
        QFETCH(QList<int>, answers);
        QFETCH(double, depression);
        QFETCH(double, anxiety);
        QFETCH(double, anhedonia);
        QFETCH(double, insomnia);
        QFETCH(double, suicideRisk);
        QFETCH(QString, level);
        QFETCH(double, confidence);

        const DigitalTwinState prev = previousState();
        const Assessment a = makeAssessment(QStringLiteral("a-1"), instrument, answers, at(3));
        const DigitalTwinState s = TwinDerivation::next(prev, a);

        QCOMPARE(s.symptom.depression, depression);
        QCOMPARE(s.symptom.anxiety, anxiety);
        QCOMPARE(s.symptom.anhedonia, anhedonia);
        QCOMPARE(s.symptom.insomnia, insomnia);
        QVERIFY2(std::abs(s.risk.suicideRisk - suicideRisk) < 1e-12, qPrintable(QString::number(s.risk.suicideRisk)));
        QCOMPARE(s.risk.level, level);
        QVERIFY2(std::abs(s.confidence - confidence) < 1e-12, qPrintable(QString::number(s.confidence)));

        // Neurotransmitters follow the symptoms when a symptom was measured, and are carried over otherwise.
        if (s.symptom == prev.symptom)
            QCOMPARE(s.neurotransmitter, prev.neurotransmitter);
        else
            QCOMPARE(s.neurotransmitter, TwinDerivation::neurotransmittersFor(s.symptom));
        // No instrument measures behaviour or function.
        QCOMPARE(s.behavioral, prev.behavioral);
        QCOMPARE(s.functional, prev.functional);

        QCOMPARE(s.timestamp, at(3));
        QCOMPARE(s.twinId, prev.twinId);
        QCOMPARE(s.patientId, kPatient);
        QCOMPARE(s.id, TwinDerivation::stateIdFor(QStringLiteral("a-1")));
        QCOMPARE(s.sourceEvents.size(), size_t(2));
        QCOMPARE(s.sourceEvents.back(), (SourceEvent{QStringLiteral("assessment"), QStringLiteral("a-1")}));

        // The shared codec accepts what the server derives (it goes out through /v1/changes as codec JSON).
        auto decoded = codec::decode<DigitalTwinState>(codec::encode(s));
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().message));
    }

    void sameInputGivesTheSameState()
    {
        const Assessment a =
            makeAssessment(QStringLiteral("a-7"), QStringLiteral("phq9"), QList<int>{2, 2, 1, 1, 0, 2, 1, 1, 0}, at(5));
        const DigitalTwinState one = TwinDerivation::next(previousState(), a);
        const DigitalTwinState two = TwinDerivation::next(previousState(), a);
        QCOMPARE(one, two);
        // The id is the documented UUID v5, stable across runs and builds.
        const QUuid id(one.id);
        QVERIFY(!id.isNull());
        QCOMPARE(id.version(), QUuid::Sha1);
        QCOMPARE(one.id, one.id.toLower());
        QCOMPARE(one.id.size(), 36);
        QCOMPARE(TwinDerivation::stateIdFor(QStringLiteral("a-7")), one.id);
        QVERIFY(TwinDerivation::stateIdFor(QStringLiteral("a-8")) != one.id);
        QCOMPARE(TwinDerivation::twinIdFor(kPatient), TwinDerivation::twinIdFor(kPatient));
        QVERIFY(TwinDerivation::twinIdFor(kPatient) != TwinDerivation::stateIdFor(kPatient));
        // Applying the same event again changes nothing (a replay derives nothing new).
        QCOMPARE(TwinDerivation::next(one, a), one);
    }

    void foldingIsRepeatable()
    {
        std::vector<Assessment> list;
        const QStringList instruments{QStringLiteral("phq9"), QStringLiteral("gad7"), QStringLiteral("phq2"),
                                      QStringLiteral("pcl5"), QStringLiteral("audit")};
        quint32 x = 12345;
        const auto rnd = [&x](int n) {
            x = x * 1664525u + 1013904223u;
            return int((x >> 16) % quint32(n));
        };
        for (int i = 0; i < 60; ++i) {
            const QString instrument = instruments[i % instruments.size()];
            const int items = instrument == QLatin1String("phq9")   ? 9
                              : instrument == QLatin1String("gad7") ? 7
                              : instrument == QLatin1String("phq2") ? 2
                              : instrument == QLatin1String("pcl5") ? 20
                                                                    : 10;
            QList<int> answers;
            for (int k = 0; k < items; ++k) {
                int v = rnd(instrument == QLatin1String("pcl5") ? 5 : 4);
                if (instrument == QLatin1String("audit") && k >= 8)
                    v = 2 * rnd(3);
                answers.push_back(rnd(12) == 0 ? -1 : v);
            }
            // Some share a completion time, to exercise the tie-break and the 1 ms moves.
            list.push_back(
                makeAssessment(QStringLiteral("a-%1").arg(i, 3, 10, QLatin1Char('0')), instrument, answers, at(i / 2)));
        }
        Assessment draft = makeAssessment(QStringLiteral("draft"), QStringLiteral("phq9"), repeat(3, 9), at(1));
        draft.status = QStringLiteral("draft");
        draft.completedAt.reset();
        list.push_back(draft);

        const QString twin = TwinDerivation::twinIdFor(kPatient);
        const auto first = TwinDerivation::replay(kPatient, twin, list);
        std::vector<Assessment> reversed(list.rbegin(), list.rend());
        const auto second = TwinDerivation::replay(kPatient, twin, reversed);
        QCOMPARE(first.size(), size_t(60)); // the draft derives nothing
        QCOMPARE(first, second);

        // The fold by hand gives the same values; only colliding timestamps were moved on, by 1 ms each.
        DigitalTwinState s = TwinDerivation::baseline(kPatient, twin);
        for (size_t i = 0; i < first.size(); ++i) {
            s = TwinDerivation::next(s, list[i]);
            QCOMPARE(first[i].id, s.id);
            QCOMPARE(first[i].symptom, s.symptom);
            QCOMPARE(first[i].risk, s.risk);
            QCOMPARE(first[i].timestamp, list[i].completedAt->addMSecs(qint64(i % 2)));
            s.timestamp = first[i].timestamp;
            QCOMPARE(first[i], s);
            QVERIFY(first[i].sourceEvents.size() <= size_t(TwinDerivation::kMaxSourceEvents));
        }
        QCOMPARE(first.back().sourceEvents.size(), size_t(TwinDerivation::kMaxSourceEvents));
        QCOMPARE(first.back().sourceEvents.back().id, QStringLiteral("a-059"));
        QCOMPARE(first.back().sourceEvents.front().id, QStringLiteral("a-040"));
    }

    void item9PositiveIsNeverLow_data()
    {
        QTest::addColumn<int>("item9");
        QTest::addColumn<int>("others");
        for (int item9 = 1; item9 <= 3; ++item9) {
            for (int others = 0; others <= 3; ++others)
                QTest::addRow("item9=%d others=%d", item9, others) << item9 << others;
        }
    }

    void item9PositiveIsNeverLow()
    {
        QFETCH(int, item9);
        QFETCH(int, others);
        QList<int> answers = repeat(others, 9);
        answers[8] = item9;
        DigitalTwinState prev = TwinDerivation::baseline(kPatient, TwinDerivation::twinIdFor(kPatient));
        const DigitalTwinState s =
            TwinDerivation::next(prev, makeAssessment(QStringLiteral("a-9"), QStringLiteral("phq9"), answers, at(1)));
        QVERIFY2(s.risk.level != QLatin1String("low"), qPrintable(s.risk.level));
        QVERIFY(s.risk.suicideRisk >= 0.25);
        // A questionnaire alone never says "imminent".
        QVERIFY(s.risk.level != QLatin1String("imminent"));
        QCOMPARE(s.risk.level, TwinDerivation::riskLevelFor(s.risk.suicideRisk));
    }

    void unansweredItem9KeepsThePreviousRisk()
    {
        DigitalTwinState prev = previousState();
        prev.risk = RiskState{0.85, QStringLiteral("imminent")};
        QList<int> answers = repeat(0, 9);
        answers[8] = -1;
        const DigitalTwinState s =
            TwinDerivation::next(prev, makeAssessment(QStringLiteral("a-2"), QStringLiteral("phq9"), answers, at(2)));
        QCOMPARE(s.symptom.depression, 0.0); // prorated total 0: the rest did move
        QCOMPARE(s.risk, prev.risk);
    }

    void onlyCompletedAssessmentsDerive()
    {
        const DigitalTwinState prev = previousState();
        for (const char *status : {"draft", "entered_in_error"}) {
            Assessment a = makeAssessment(QStringLiteral("a-3"), QStringLiteral("phq9"), repeat(3, 9), at(2));
            a.status = QString::fromLatin1(status);
            QVERIFY(!TwinDerivation::derivesFrom(a));
            QCOMPARE(TwinDerivation::next(prev, a), prev);
        }
    }

    void valuesStayInBounds()
    {
        // A previous state out of range (e.g. from an older rule) is pulled back into the domain's ranges.
        DigitalTwinState prev = previousState();
        prev.symptom = SymptomState{1.7, -0.3, 2.0, -1.0};
        prev.confidence = 1.4;
        const DigitalTwinState audit = TwinDerivation::next(
            prev, makeAssessment(QStringLiteral("a-4"), QStringLiteral("auditc"), QList<int>{1, 1, 1}, at(4)));
        QCOMPARE(audit.symptom, (SymptomState{1.0, 0.0, 1.0, 0.0}));
        QCOMPARE(audit.confidence, 1.0);

        const QStringList levels{QStringLiteral("low"), QStringLiteral("moderate"), QStringLiteral("high"),
                                 QStringLiteral("imminent")};
        quint32 x = 99;
        const auto rnd = [&x](int n) {
            x = x * 1103515245u + 12345u;
            return int((x >> 16) % quint32(n));
        };
        DigitalTwinState s = TwinDerivation::baseline(kPatient, TwinDerivation::twinIdFor(kPatient));
        for (int i = 0; i < 2000; ++i) {
            QList<int> answers;
            for (int k = 0; k < 9; ++k)
                answers.push_back(rnd(5) == 0 ? -1 : rnd(4));
            s = TwinDerivation::next(
                s, makeAssessment(QStringLiteral("b-%1").arg(i), QStringLiteral("phq9"), answers, at(i)));
            for (const double v : {s.symptom.depression, s.symptom.anxiety, s.symptom.anhedonia, s.symptom.insomnia,
                                   s.risk.suicideRisk, s.confidence}) {
                QVERIFY(v >= 0 && v <= 1);
            }
            const NeurotransmitterState &n = s.neurotransmitter;
            for (const double v : {n.serotonin, n.dopamine, n.norepinephrine, n.gaba, n.glutamate, n.acetylcholine})
                QVERIFY(v >= 0.5 - 1e-12 && v <= 1.3 + 1e-12);
            QVERIFY(levels.contains(s.risk.level));
            if (answers[8] >= 1)
                QVERIFY(s.risk.level != QLatin1String("low"));
        }
        // The extremes of the convention.
        const NeurotransmitterState worst = TwinDerivation::neurotransmittersFor(SymptomState{1, 1, 1, 1});
        QVERIFY(std::abs(worst.serotonin - 0.5) < 1e-12 && std::abs(worst.glutamate - 1.3) < 1e-12);
        QCOMPARE(TwinDerivation::neurotransmittersFor(SymptomState{}), NeurotransmitterState{});
    }

    void baselineIsPopulationDefaults()
    {
        const DigitalTwinState b = TwinDerivation::baseline(kPatient, QStringLiteral("twin-1"));
        QCOMPARE(b.confidence, 0.5);
        QCOMPARE(b.patientId, kPatient);
        QCOMPARE(b.twinId, QStringLiteral("twin-1"));
        QCOMPARE(b.symptom, SymptomState{});
        QCOMPARE(b.neurotransmitter, NeurotransmitterState{});
        QCOMPARE(b.risk.level, QStringLiteral("low"));
        QVERIFY(b.sourceEvents.empty());
        QCOMPARE(b, TwinDerivation::baseline(kPatient, QStringLiteral("twin-1")));
        QVERIFY(!TwinDerivation::ruleVersion().isEmpty());
    }

    void riskLevelThresholds_data()
    {
        QTest::addColumn<double>("risk");
        QTest::addColumn<QString>("level");
        QTest::newRow("0") << 0.0 << "low";
        QTest::newRow("0.2499") << 0.2499 << "low";
        QTest::newRow("0.25") << 0.25 << "moderate";
        QTest::newRow("0.5") << 0.5 << "high";
        QTest::newRow("0.8") << 0.8 << "imminent";
        QTest::newRow("1") << 1.0 << "imminent";
    }

    void riskLevelThresholds()
    {
        QFETCH(double, risk);
        QFETCH(QString, level);
        QCOMPARE(TwinDerivation::riskLevelFor(risk), level);
    }
};

QTEST_GUILESS_MAIN(TestTwinDerivation)
#include "test_twinderivation.moc"
