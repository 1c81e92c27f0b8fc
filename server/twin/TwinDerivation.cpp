#include "server/twin/TwinDerivation.h"

#include "models/instruments/InstrumentLibrary.h"

#include <QSet>
#include <QUuid>
#include <algorithm>

namespace novamind::server {

namespace {

// Fixed namespace of every id this rule makes; changing it would give replayed events new ids.
constexpr QUuid kNamespace(0xe041eca1, 0x4ded, 0x47bf, 0xa8, 0x0a, 0x34, 0xb3, 0x9d, 0x18, 0x41, 0xb2);

QString uuidFor(const QString &name)
{
    return QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces);
}

double clamp01(double value)
{
    return std::clamp(value, 0.0, 1.0);
}

// Confidence a complete administration of an instrument gives; a prorated total gives less (see the header).
constexpr double kCompleteConfidence = 0.9;
constexpr double kScreenConfidence = 0.75; // PHQ-2: two items screen for depression, they do not grade it

// The answers of one assessment, by 1-based item number as the instruments publish them.
class Answers
{
public:
    explicit Answers(const std::vector<std::optional<int>> &answers)
        : m_answers(answers)
    {}
    std::optional<int> item(size_t number) const
    {
        return number >= 1 && number <= m_answers.size() ? m_answers[number - 1] : std::nullopt;
    }
    int answered() const
    {
        return int(std::count_if(m_answers.begin(), m_answers.end(), [](const auto &a) { return a.has_value(); }));
    }

private:
    const std::vector<std::optional<int>> &m_answers;
};

// What one assessment measured; unset members leave the previous value.
struct Measurement
{
    std::optional<double> depression;
    std::optional<double> anxiety;
    std::optional<double> anhedonia;
    std::optional<double> insomnia;
    std::optional<int> item9;
    std::optional<double> confidence;

    bool movesSymptoms() const
    {
        return depression.has_value() || anxiety.has_value() || anhedonia.has_value() || insomnia.has_value();
    }
};

std::optional<double> fraction(std::optional<int> value, int maximum)
{
    if (!value)
        return std::nullopt;
    return clamp01(double(*value) / maximum);
}

Measurement measure(const Assessment &assessment)
{
    Measurement m;
    const InstrumentLibrary &library = InstrumentLibrary::builtin();
    const Instrument *instrument = library.find(assessment.instrument);
    // Answers the push validation would refuse (wrong count, out-of-range values) measure nothing.
    const Result<ScoreResult> score = library.score(assessment.instrument, assessment.answers, assessment.sex);
    if (!instrument || !score.ok())
        return m;
    const Answers answers(assessment.answers);
    const double completeness = double(answers.answered()) / double(instrument->items.size());
    const std::optional<int> total = score.value().total;
    const QString &id = assessment.instrument;

    if (id == QLatin1String("phq9")) {
        m.depression = fraction(total, 27);
        m.anhedonia = fraction(answers.item(1), 3);
        m.insomnia = fraction(answers.item(3), 3);
        m.item9 = answers.item(9);
        if (total)
            m.confidence = kCompleteConfidence * completeness;
    } else if (id == QLatin1String("phq2")) {
        m.depression = fraction(total, 6);
        m.anhedonia = fraction(answers.item(1), 3);
        if (total)
            m.confidence = kScreenConfidence * completeness;
    } else if (id == QLatin1String("gad7")) {
        m.anxiety = fraction(total, 21);
        if (total)
            m.confidence = kCompleteConfidence * completeness;
    } else if (id == QLatin1String("pcl5")) {
        m.anhedonia = fraction(answers.item(12), 4);
        m.insomnia = fraction(answers.item(20), 4);
    }
    // audit, auditc: no twin dimension measures alcohol use.
    return m;
}

} // namespace

QString TwinDerivation::ruleVersion()
{
    return QStringLiteral("novamind-twin-1");
}

DigitalTwinState TwinDerivation::baseline(const QString &patientId, const QString &twinId)
{
    // The domain types' defaults are the population defaults: no symptom burden measured yet, every
    // neurotransmitter at the patient's own baseline, 7 h sleep, GAF 70, low risk; half confidence says that
    // nothing was measured. The baseline is a starting point, not a stored state: it has no timestamp.
    DigitalTwinState s;
    s.id = uuidFor(QStringLiteral("twin_baseline:") + twinId);
    s.twinId = twinId;
    s.patientId = patientId;
    s.neurotransmitter = neurotransmittersFor(s.symptom);
    s.risk.suicideRisk = 0;
    s.risk.level = riskLevelFor(s.risk.suicideRisk);
    s.confidence = 0.5;
    return s;
}

bool TwinDerivation::derivesFrom(const Assessment &assessment)
{
    return assessment.isCompleted();
}

DigitalTwinState TwinDerivation::next(const DigitalTwinState &previous, const Assessment &assessment)
{
    if (!derivesFrom(assessment))
        return previous;

    DigitalTwinState s = previous;
    s.id = stateIdFor(assessment.id);
    s.patientId = assessment.patientId;
    s.timestamp = assessment.completedAt.value_or(assessment.startedAt);

    const Measurement m = measure(assessment);
    s.symptom.depression = clamp01(m.depression.value_or(previous.symptom.depression));
    s.symptom.anxiety = clamp01(m.anxiety.value_or(previous.symptom.anxiety));
    s.symptom.anhedonia = clamp01(m.anhedonia.value_or(previous.symptom.anhedonia));
    s.symptom.insomnia = clamp01(m.insomnia.value_or(previous.symptom.insomnia));
    if (m.movesSymptoms())
        s.neurotransmitter = neurotransmittersFor(s.symptom);

    if (m.item9) {
        const int item9 = *m.item9;
        const double depression = s.symptom.depression;
        s.risk.suicideRisk = clamp01(item9 == 0 ? 0.2 * depression : 0.3 + 0.2 * (item9 - 1) + 0.05 * depression);
        s.risk.level = riskLevelFor(s.risk.suicideRisk);
        // The guarantee must not hang on the arithmetic above: any thought of self-harm is at least moderate.
        if (item9 >= 1 && s.risk.level == QLatin1String("low"))
            s.risk.level = QStringLiteral("moderate");
    }
    if (m.confidence)
        s.confidence = clamp01(*m.confidence);
    else
        s.confidence = clamp01(previous.confidence);

    const SourceEvent event{QStringLiteral("assessment"), assessment.id};
    std::erase(s.sourceEvents, event);
    s.sourceEvents.push_back(event);
    if (s.sourceEvents.size() > size_t(kMaxSourceEvents))
        s.sourceEvents.erase(s.sourceEvents.begin(), s.sourceEvents.end() - kMaxSourceEvents);
    return s;
}

QString TwinDerivation::twinIdFor(const QString &patientId)
{
    return uuidFor(QStringLiteral("digital_twin:") + patientId);
}

QString TwinDerivation::stateIdFor(const QString &assessmentId)
{
    return uuidFor(QStringLiteral("twin_state:") + assessmentId);
}

std::vector<DigitalTwinState> TwinDerivation::replay(const QString &patientId, const QString &twinId,
                                                     std::vector<Assessment> assessments)
{
    std::erase_if(assessments, [](const Assessment &a) { return !derivesFrom(a); });
    const auto completion = [](const Assessment &a) { return a.completedAt.value_or(a.startedAt); };
    std::stable_sort(assessments.begin(), assessments.end(), [&](const Assessment &a, const Assessment &b) {
        const QDateTime ta = completion(a), tb = completion(b);
        return ta != tb ? ta < tb : a.id < b.id;
    });

    std::vector<DigitalTwinState> states;
    states.reserve(assessments.size());
    QSet<qint64> taken;
    DigitalTwinState state = baseline(patientId, twinId);
    for (const Assessment &a : assessments) {
        state = next(state, a);
        while (taken.contains(state.timestamp.toMSecsSinceEpoch()))
            state.timestamp = state.timestamp.addMSecs(1);
        taken.insert(state.timestamp.toMSecsSinceEpoch());
        states.push_back(state);
    }
    return states;
}

NeurotransmitterState TwinDerivation::neurotransmittersFor(const SymptomState &symptom)
{
    const double dep = clamp01(symptom.depression);
    const double anx = clamp01(symptom.anxiety);
    const double anh = clamp01(symptom.anhedonia);
    const double ins = clamp01(symptom.insomnia);
    NeurotransmitterState n;
    n.serotonin = 1 - 0.30 * dep - 0.15 * anx - 0.05 * ins;
    n.dopamine = 1 - 0.40 * anh - 0.10 * dep;
    n.norepinephrine = 1 - 0.20 * dep + 0.20 * anx;
    n.gaba = 1 - 0.30 * anx - 0.10 * ins;
    n.glutamate = 1 + 0.20 * dep + 0.10 * anx;
    n.acetylcholine = 1 + 0.15 * dep;
    return n;
}

QString TwinDerivation::riskLevelFor(double suicideRisk)
{
    if (suicideRisk >= 0.8)
        return QStringLiteral("imminent");
    if (suicideRisk >= 0.5)
        return QStringLiteral("high");
    if (suicideRisk >= 0.25)
        return QStringLiteral("moderate");
    return QStringLiteral("low");
}

} // namespace novamind::server
