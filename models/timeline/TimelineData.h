#pragma once
// TimelineData: a patient's twin states, predictions and assessments mapped to named, chartable series.

#include "models/domain/Assessment.h"
#include "models/domain/Clinical.h"
#include "models/domain/DigitalTwin.h"
#include "models/timeline/TwinStateColumns.h"

#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QString>
#include <functional>
#include <vector>

namespace novamind {

// The stacked chart panels of the timeline, top to bottom.
enum class TimelinePanel
{
    Symptom,
    Neurotransmitter,
    Function,
    Risk,
};

// One dimension of the twin drawn as a line: key as in predictions ("symptom.depression"), translated name.
struct TimelineSeriesSpec
{
    QString key;
    QString name;
    TimelinePanel panel = TimelinePanel::Symptom;
    double scale = 1; // chart value = field value × scale (0..1 fractions become % on the function panel)
    std::function<double(const DigitalTwinState &)> value;
};

// Points are (milliseconds since the epoch, chart value), sorted by time.
struct TimelineSeries
{
    QString key;
    QString name;
    TimelinePanel panel = TimelinePanel::Symptom;
    QList<QPointF> points;
};

// A prediction path beyond the last state: the expected values and the interval around them. Each list starts at
// the last observed state so the dashed line and the band join the measured line.
struct TimelinePrediction
{
    QString key;
    QString name; // translated, e.g. "Depression (predicted)"
    TimelinePanel panel = TimelinePanel::Symptom;
    QList<QPointF> values;
    QList<QPointF> lower;
    QList<QPointF> upper;
};

struct TimelineMarker
{
    enum class Kind
    {
        MedicationStart,
        MedicationStop,
        Assessment,
        RiskLevel, // the risk level changed to `code`
    };
    Kind kind = Kind::Assessment;
    QDateTime at;
    QString code;  // risk level for RiskLevel, instrument id for Assessment
    QString label; // translated one-line description for tooltips (empty for RiskLevel: the view words it)
    // Assessments only: the total as a fraction of the instrument's maximum (-1 when unknown), and the severity
    // band's code ("moderately_severe"); the view words the band (style::bandLabel), never this model.
    double fraction = -1;
    QString band;
};

struct TimelineData
{
    std::vector<TimelineSeries> series;
    std::vector<TimelinePrediction> predictions;
    std::vector<TimelineMarker> markers; // assessments and risk-level changes, in time order
    QDateTime first;                     // first state (invalid when there are none)
    QDateTime last;                      // last state
    QDateTime predictedUntil;            // last prediction (invalid when there are none)

    bool isEmpty() const { return series.empty() || series.front().points.isEmpty(); }
    const TimelineSeries *find(const QString &key) const;
};

namespace TimelineMapping {

// The dimensions the timeline draws (15 series over the four panels), in panel and legend order.
const std::vector<TimelineSeriesSpec> &specs();
const TimelineSeriesSpec *spec(const QString &key);
QString panelTitle(TimelinePanel panel);

// States must be sorted by time (as the repository returns them).
TimelineData fromStates(const std::vector<DigitalTwinState> &states);
// The same series and risk-level markers from columns (ClinicalRepository::timelineSeries), without per-row objects.
TimelineData fromColumns(const TwinStateColumns &columns);
// Predictions for instants after the last state, of the dimensions the timeline draws.
void addPredictions(TimelineData &data, const std::vector<DigitalTwinPrediction> &predictions);
void addAssessments(TimelineData &data, const std::vector<Assessment> &assessments);
// Medication starts and stops (from the patient record), in time order.
std::vector<TimelineMarker> medicationMarkers(const std::vector<Medication> &medications);
// The whole mapping, as the timeline screen loads it.
TimelineData build(const std::vector<DigitalTwinState> &states, const std::vector<DigitalTwinPrediction> &predictions,
                   const std::vector<Assessment> &assessments);
TimelineData build(const TwinStateColumns &columns, const std::vector<DigitalTwinPrediction> &predictions,
                   const std::vector<Assessment> &assessments);

} // namespace TimelineMapping

} // namespace novamind
