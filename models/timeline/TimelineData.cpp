#include "models/timeline/TimelineData.h"

#include "models/instruments/InstrumentLibrary.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace novamind {

namespace {

QDateTime startOfDay(const QDate &date)
{
    return date.startOfDay(Qt::UTC);
}

double msOf(const QDateTime &t)
{
    return static_cast<double>(t.toMSecsSinceEpoch());
}

std::vector<TimelineSeriesSpec> makeSpecs()
{
    using P = TimelinePanel;
    using S = DigitalTwinState;
    std::vector<TimelineSeriesSpec> s;
    const auto add = [&s](const char *key, QString name, P panel, double scale, double (*value)(const S &)) {
        TimelineSeriesSpec spec;
        spec.key = QString::fromLatin1(key);
        spec.name = std::move(name);
        spec.panel = panel;
        spec.scale = scale;
        spec.value = value;
        s.push_back(std::move(spec));
    };
    add("symptom.depression", QCoreApplication::translate("TimelineData", "Depression"), P::Symptom, 1,
        [](const S &x) { return x.symptom.depression; });
    add("symptom.anxiety", QCoreApplication::translate("TimelineData", "Anxiety"), P::Symptom, 1,
        [](const S &x) { return x.symptom.anxiety; });
    add("symptom.anhedonia", QCoreApplication::translate("TimelineData", "Anhedonia"), P::Symptom, 1,
        [](const S &x) { return x.symptom.anhedonia; });
    add("symptom.insomnia", QCoreApplication::translate("TimelineData", "Insomnia"), P::Symptom, 1,
        [](const S &x) { return x.symptom.insomnia; });
    add("neurotransmitter.serotonin", QCoreApplication::translate("TimelineData", "Serotonin"), P::Neurotransmitter, 1,
        [](const S &x) { return x.neurotransmitter.serotonin; });
    add("neurotransmitter.dopamine", QCoreApplication::translate("TimelineData", "Dopamine"), P::Neurotransmitter, 1,
        [](const S &x) { return x.neurotransmitter.dopamine; });
    add("neurotransmitter.norepinephrine", QCoreApplication::translate("TimelineData", "Norepinephrine"),
        P::Neurotransmitter, 1, [](const S &x) { return x.neurotransmitter.norepinephrine; });
    add("neurotransmitter.gaba", QCoreApplication::translate("TimelineData", "GABA"), P::Neurotransmitter, 1,
        [](const S &x) { return x.neurotransmitter.gaba; });
    add("neurotransmitter.glutamate", QCoreApplication::translate("TimelineData", "Glutamate"), P::Neurotransmitter, 1,
        [](const S &x) { return x.neurotransmitter.glutamate; });
    add("neurotransmitter.acetylcholine", QCoreApplication::translate("TimelineData", "Acetylcholine"),
        P::Neurotransmitter, 1, [](const S &x) { return x.neurotransmitter.acetylcholine; });
    add("functional.global_functioning", QCoreApplication::translate("TimelineData", "Global functioning"), P::Function,
        1, [](const S &x) { return x.functional.globalFunctioning; });
    add("behavioral.activity_level", QCoreApplication::translate("TimelineData", "Activity (%)"), P::Function, 100,
        [](const S &x) { return x.behavioral.activityLevel; });
    add("behavioral.social_engagement", QCoreApplication::translate("TimelineData", "Social engagement (%)"),
        P::Function, 100, [](const S &x) { return x.behavioral.socialEngagement; });
    add("functional.adherence", QCoreApplication::translate("TimelineData", "Adherence (%)"), P::Function, 100,
        [](const S &x) { return x.functional.adherence; });
    add("risk.suicide_risk", QCoreApplication::translate("TimelineData", "Suicide risk"), P::Risk, 1,
        [](const S &x) { return x.risk.suicideRisk; });
    return s;
}

} // namespace

const TimelineSeries *TimelineData::find(const QString &key) const
{
    for (const TimelineSeries &s : series)
        if (s.key == key)
            return &s;
    return nullptr;
}

namespace TimelineMapping {

const std::vector<TimelineSeriesSpec> &specs()
{
    // Built on first use, after the application's translators are installed.
    static const std::vector<TimelineSeriesSpec> all = makeSpecs();
    return all;
}

const TimelineSeriesSpec *spec(const QString &key)
{
    for (const TimelineSeriesSpec &s : specs())
        if (s.key == key)
            return &s;
    return nullptr;
}

QString panelTitle(TimelinePanel panel)
{
    switch (panel) {
    case TimelinePanel::Symptom:
        return QCoreApplication::translate("TimelineData", "Symptoms (fraction of maximum)");
    case TimelinePanel::Neurotransmitter:
        return QCoreApplication::translate("TimelineData", "Neurotransmitters (1 = baseline)");
    case TimelinePanel::Function:
        return QCoreApplication::translate("TimelineData", "Behaviour and function");
    case TimelinePanel::Risk:
        return QCoreApplication::translate("TimelineData", "Risk");
    }
    return {};
}

TimelineData fromStates(const std::vector<DigitalTwinState> &states)
{
    TimelineData data;
    const auto &all = specs();
    data.series.reserve(all.size());
    // Converting each timestamp once, not once per series, is most of the mapping's cost on long timelines.
    std::vector<double> xs;
    xs.reserve(states.size());
    for (const DigitalTwinState &state : states)
        xs.push_back(msOf(state.timestamp));
    for (const TimelineSeriesSpec &spec : all) {
        TimelineSeries s;
        s.key = spec.key;
        s.name = spec.name;
        s.panel = spec.panel;
        s.points.resize(static_cast<qsizetype>(states.size()));
        QPointF *out = s.points.data();
        for (size_t i = 0; i < states.size(); ++i)
            out[i] = QPointF(xs[i], spec.value(states[i]) * spec.scale);
        data.series.push_back(std::move(s));
    }
    if (!states.empty()) {
        data.first = states.front().timestamp;
        data.last = states.back().timestamp;
    }
    QString level;
    for (const DigitalTwinState &state : states) {
        if (state.risk.level == level)
            continue;
        level = state.risk.level;
        TimelineMarker m;
        m.kind = TimelineMarker::Kind::RiskLevel;
        m.at = state.timestamp;
        m.code = level;
        // No label: a long timeline has thousands of changes, and the view words the few that are hovered.
        data.markers.push_back(std::move(m));
    }
    return data;
}

TimelineData fromColumns(const TwinStateColumns &columns)
{
    TimelineData data;
    const auto &all = specs();
    const size_t n = columns.size();
    std::vector<double> xs(columns.ts.begin(), columns.ts.end());
    data.series.reserve(all.size());
    for (const TimelineSeriesSpec &spec : all) {
        TimelineSeries s;
        s.key = spec.key;
        s.name = spec.name;
        s.panel = spec.panel;
        const std::vector<double> *column = columns.column(spec.key);
        Q_ASSERT(column || n == 0); // the repository reads every dimension the timeline draws (none when empty)
        if (column && column->size() == n) {
            s.points.resize(static_cast<qsizetype>(n));
            QPointF *out = s.points.data();
            const double *in = column->data();
            for (size_t i = 0; i < n; ++i)
                out[i] = QPointF(xs[i], in[i] * spec.scale);
        }
        data.series.push_back(std::move(s));
    }
    if (n > 0) {
        data.first = QDateTime::fromMSecsSinceEpoch(columns.ts.front(), Qt::UTC);
        data.last = QDateTime::fromMSecsSinceEpoch(columns.ts.back(), Qt::UTC);
    }
    const auto &names = TwinStateColumns::riskLevelNames();
    int level = -2; // no level yet
    for (size_t i = 0; i < n && i < columns.riskLevel.size(); ++i) {
        const int code = columns.riskLevel[i];
        if (code == level)
            continue;
        level = code;
        TimelineMarker m;
        m.kind = TimelineMarker::Kind::RiskLevel;
        m.at = QDateTime::fromMSecsSinceEpoch(columns.ts[i], Qt::UTC);
        m.code = code >= 0 && static_cast<size_t>(code) < names.size() ? names[static_cast<size_t>(code)] : QString();
        data.markers.push_back(std::move(m));
    }
    return data;
}

void addPredictions(TimelineData &data, const std::vector<DigitalTwinPrediction> &predictions)
{
    std::vector<const DigitalTwinPrediction *> ahead;
    for (const DigitalTwinPrediction &p : predictions)
        if (!data.last.isValid() || p.predictedFor > data.last)
            ahead.push_back(&p);
    std::sort(ahead.begin(), ahead.end(), [](const DigitalTwinPrediction *a, const DigitalTwinPrediction *b) {
        return a->predictedFor < b->predictedFor;
    });
    if (ahead.empty())
        return;
    data.predictedUntil = ahead.back()->predictedFor;
    for (const TimelineSeriesSpec &spec : specs()) {
        TimelinePrediction out;
        out.key = spec.key;
        out.name = QCoreApplication::translate("TimelineData", "%1 (predicted)").arg(spec.name);
        out.panel = spec.panel;
        if (const TimelineSeries *measured = data.find(spec.key); measured && !measured->points.isEmpty()) {
            out.values.append(measured->points.back());
            out.lower.append(measured->points.back());
            out.upper.append(measured->points.back());
        }
        bool any = false;
        for (const DigitalTwinPrediction *p : ahead) {
            const auto v = p->values.constFind(spec.key);
            if (v == p->values.cend())
                continue;
            const double x = msOf(p->predictedFor);
            out.values.append(QPointF(x, *v * spec.scale));
            out.lower.append(QPointF(x, p->lower.value(spec.key, *v) * spec.scale));
            out.upper.append(QPointF(x, p->upper.value(spec.key, *v) * spec.scale));
            any = true;
        }
        if (any)
            data.predictions.push_back(std::move(out));
    }
}

void addAssessments(TimelineData &data, const std::vector<Assessment> &assessments)
{
    for (const Assessment &a : assessments) {
        TimelineMarker m;
        m.kind = TimelineMarker::Kind::Assessment;
        m.at = a.completedAt.value_or(a.startedAt);
        m.code = a.instrument;
        const QString when = QLocale().toString(m.at.toLocalTime(), QLocale::ShortFormat);
        const Instrument *instrument = InstrumentLibrary::builtin().find(a.instrument);
        const QString name =
            instrument && !instrument->shortName.isEmpty() ? instrument->shortName : a.instrument.toUpper();
        m.band = a.band;
        if (a.total && instrument && instrument->maxTotal() > 0)
            m.fraction = std::clamp(static_cast<double>(*a.total) / instrument->maxTotal(), 0.0, 1.0);
        m.label = a.total
                      ? QCoreApplication::translate("TimelineData", "%1 on %2: total %3").arg(name, when).arg(*a.total)
                      : QCoreApplication::translate("TimelineData", "%1 on %2").arg(name, when);
        data.markers.push_back(std::move(m));
    }
    std::stable_sort(data.markers.begin(), data.markers.end(),
                     [](const TimelineMarker &a, const TimelineMarker &b) { return a.at < b.at; });
}

std::vector<TimelineMarker> medicationMarkers(const std::vector<Medication> &medications)
{
    std::vector<TimelineMarker> out;
    for (const Medication &m : medications) {
        const QString what = m.dose > 0 ? QCoreApplication::translate("TimelineData", "%1 %2 %3")
                                              .arg(m.name, QLocale().toString(m.dose), m.doseUnit)
                                        : m.name;
        if (m.startDate.isValid()) {
            TimelineMarker start;
            start.kind = TimelineMarker::Kind::MedicationStart;
            start.at = startOfDay(m.startDate);
            start.code = m.id;
            start.label = QCoreApplication::translate("TimelineData", "Started %1 on %2")
                              .arg(what, QLocale().toString(m.startDate, QLocale::ShortFormat));
            out.push_back(std::move(start));
        }
        if (m.endDate && m.endDate->isValid()) {
            TimelineMarker stop;
            stop.kind = TimelineMarker::Kind::MedicationStop;
            stop.at = startOfDay(*m.endDate);
            stop.code = m.id;
            stop.label = QCoreApplication::translate("TimelineData", "Stopped %1 on %2")
                             .arg(what, QLocale().toString(*m.endDate, QLocale::ShortFormat));
            out.push_back(std::move(stop));
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const TimelineMarker &a, const TimelineMarker &b) { return a.at < b.at; });
    return out;
}

TimelineData build(const TwinStateColumns &columns, const std::vector<DigitalTwinPrediction> &predictions,
                   const std::vector<Assessment> &assessments)
{
    TimelineData data = fromColumns(columns);
    addPredictions(data, predictions);
    addAssessments(data, assessments);
    return data;
}

TimelineData build(const std::vector<DigitalTwinState> &states, const std::vector<DigitalTwinPrediction> &predictions,
                   const std::vector<Assessment> &assessments)
{
    TimelineData data = fromStates(states);
    addPredictions(data, predictions);
    addAssessments(data, assessments);
    return data;
}

} // namespace TimelineMapping

} // namespace novamind
