#pragma once
// DigitalTwin and its states and predictions: the patient's modelled psychiatric state over time.

#include <QDateTime>
#include <QMap>
#include <QString>
#include <vector>

namespace novamind {

struct DigitalTwin
{
    QString id;
    QString patientId;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString modelVersion;

    bool operator==(const DigitalTwin &) const = default;
};

// Symptom severities on the 0..1 scale (fraction of the instrument's maximum).
struct SymptomState
{
    double depression = 0;
    double anxiety = 0;
    double anhedonia = 0;
    double insomnia = 0;
    bool operator==(const SymptomState &) const = default;
};

// Relative neurotransmitter activity, 1.0 = the patient's baseline.
struct NeurotransmitterState
{
    double serotonin = 1;
    double dopamine = 1;
    double norepinephrine = 1;
    double gaba = 1;
    double glutamate = 1;
    double acetylcholine = 1;
    bool operator==(const NeurotransmitterState &) const = default;
};

struct BehavioralState
{
    double sleepHours = 7;
    double activityLevel = 0.5;    // 0..1
    double socialEngagement = 0.5; // 0..1
    bool operator==(const BehavioralState &) const = default;
};

struct FunctionalState
{
    double globalFunctioning = 70; // GAF-like 0..100
    double adherence = 1;          // 0..1, medication adherence
    bool operator==(const FunctionalState &) const = default;
};

struct RiskState
{
    double suicideRisk = 0; // 0..1
    QString level;          // low | moderate | high | imminent
    bool operator==(const RiskState &) const = default;
};

struct SourceEvent
{
    QString type; // assessment | medication_start | medication_stop | observation | note
    QString id;
    bool operator==(const SourceEvent &) const = default;
};

struct DigitalTwinState
{
    QString id;
    QString twinId;
    QString patientId;
    QDateTime timestamp;
    SymptomState symptom;
    NeurotransmitterState neurotransmitter;
    BehavioralState behavioral;
    FunctionalState functional;
    RiskState risk;
    double confidence = 1; // 0..1
    std::vector<SourceEvent> sourceEvents;

    bool operator==(const DigitalTwinState &) const = default;
};

struct DigitalTwinPrediction
{
    QString id;
    QString twinId;
    QString patientId;
    QDateTime createdAt;
    int horizonDays = 0;
    QDateTime predictedFor;
    QMap<QString, double> values; // dimension path (e.g. "symptom.depression") -> predicted value
    QMap<QString, double> lower;  // lower bound of the interval, same keys
    QMap<QString, double> upper;  // upper bound of the interval, same keys
    double confidence = 0;        // 0..1, interval coverage

    bool operator==(const DigitalTwinPrediction &) const = default;
};

} // namespace novamind
