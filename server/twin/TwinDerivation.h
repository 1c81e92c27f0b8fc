#pragma once
// TwinDerivation: the documented, deterministic rule that derives a patient's next twin state from an event.

#include "models/domain/Assessment.h"
#include "models/domain/DigitalTwin.h"

#include <QString>
#include <optional>
#include <vector>

namespace novamind::server {

// The rule (novamind-twin-1; docs/twin-derivation.md says the same at more length, with the reasons).
//
// A twin state is a fold over the patient's signed assessments: state_n = next(state_n-1, assessment_n), starting
// from baseline(). Only an assessment with status "completed" moves anything. Its answers are re-scored with the
// instrument library (the assessment's own total/band are not trusted). Every dimension an assessment does not
// measure, or whose item is unanswered, keeps the previous value.
//
//   instrument  dimension             value (each clamped to 0..1)
//   PHQ-9       symptom.depression    total / 27 (complete or prorated total; no total: unchanged)
//               symptom.anhedonia     item 1 / 3
//               symptom.insomnia      item 3 / 3
//               risk                  item 9 (below)
//   PHQ-2       symptom.depression    total / 6 (both items answered)
//               symptom.anhedonia     item 1 / 3
//   GAD-7       symptom.anxiety       total / 21 (all items answered)
//   PCL-5       symptom.anhedonia     item 12 / 4 ("loss of interest in activities")
//               symptom.insomnia      item 20 / 4 ("trouble falling or staying asleep")
//               (the PCL-5 total measures PTSD severity, which is neither depression nor anxiety: unchanged)
//   AUDIT,      nothing: no twin dimension measures alcohol use; the state records the event and carries
//   AUDIT-C     every value over
//
// Neurotransmitter activity (1.0 = baseline) is a fixed linear function of the four symptom dimensions
// (neurotransmittersFor), recomputed whenever a symptom dimension was measured and carried over otherwise. It is a
// modelling convention that keeps the chart's neurotransmitter panel consistent with the measured symptoms, not a
// clinical claim and not a measurement.
//
// Risk (PHQ-9 item 9 answered; otherwise the previous suicide_risk and level are kept):
//   item 9 = 0: suicide_risk = 0.2 × depression                    (0 .. 0.2, always "low")
//   item 9 ≥ 1: suicide_risk = 0.3 + 0.2 × (item 9 − 1) + 0.05 × depression   (0.3 .. 0.75)
//   level: ≥ 0.8 imminent, ≥ 0.5 high, ≥ 0.25 moderate, else low; item 9 ≥ 1 is never "low". A questionnaire never
//   yields "imminent": imminence is a clinician's judgement.
//
// Confidence: an assessment whose total moved depression or anxiety sets it to ceiling × answered / items
// (ceiling 0.9 for PHQ-9 and GAD-7, 0.75 for the two-item PHQ-2 screen), so a prorated PHQ-9 with one item
// missing gives 0.8 and a complete one 0.9; otherwise the previous confidence is kept.
//
// Behavioural and functional state: carried over (no instrument here measures them).
// sourceEvents: the previous ones + {assessment, id} (not repeated), the last 20 kept.
// timestamp: completedAt. id: UUID v5 (fixed namespace) of "twin_state:" + assessment id. twinId: the previous
// state's; patientId: the assessment's. No clock, no randomness: equal inputs give an equal state.
class TwinDerivation
{
public:
    static constexpr int kMaxSourceEvents = 20;

    // The version of the rule; it goes into DigitalTwin::modelVersion of twins the server creates.
    static QString ruleVersion();

    // The state a patient starts from when the server has none (population defaults, confidence 0.5).
    static DigitalTwinState baseline(const QString &patientId, const QString &twinId);

    // The next state after a signed assessment (status completed), from the latest state at or before the
    // assessment's completion time (`previous`, or baseline() when there is none). Pure: equal inputs give an
    // equal state, id included (a UUID v5 of the assessment id), so a replayed event derives nothing new.
    // The timestamp is the completion time; the caller moves it on by 1 ms while it collides with a stored state.
    // An assessment that is not completed moves nothing: `previous` comes back unchanged.
    static DigitalTwinState next(const DigitalTwinState &previous, const Assessment &assessment);

    // The twin id the server gives a patient without a twin (UUID v5 of the patient id).
    static QString twinIdFor(const QString &patientId);

    // The id of the state derived from an assessment (what next() sets).
    static QString stateIdFor(const QString &assessmentId);

    // Whether next() derives a state from this assessment (it is completed).
    static bool derivesFrom(const Assessment &assessment);

    // Rebuilds a patient's states from scratch: the completed assessments in order of completion (ties by id),
    // folded from baseline(); timestamps that collide move on by 1 ms, as the server does when it appends.
    static std::vector<DigitalTwinState> replay(const QString &patientId, const QString &twinId,
                                                std::vector<Assessment> assessments);

    // The modelling convention above; with symptoms in 0..1 every value stays within 0.5 .. 1.3.
    static NeurotransmitterState neurotransmittersFor(const SymptomState &symptom);
    // low | moderate | high | imminent for a suicide_risk in 0..1.
    static QString riskLevelFor(double suicideRisk);
};

} // namespace novamind::server
