#include "DemoCohort.h"

#include "CohortCatalog.h"
#include "Rng.h"
#include "models/instruments/InstrumentLibrary.h"

#include <algorithm>
#include <cmath>

namespace novamind {

using cohort::Condition;
using cohort::DiagnosisInfo;
using cohort::DrugInfo;
using cohort::Rng;

namespace {

constexpr qint64 kDayMs = 86'400'000;
constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kMinuteMs = 60'000;
constexpr int kMrnSpace = 10'000'000;

// Each kind of record draws ids from its own sub-stream, so adding records of one kind never renumbers another.
enum class IdKind : quint64
{
    Patient = 1,
    Relationship,
    Diagnosis,
    Medication,
    Treatment,
    Response,
    Assessment,
    Note,
    Twin,
    State,
    Prediction,
    Organization,
};

double clampTo(double x, double lo, double hi)
{
    return x < lo ? lo : (x > hi ? hi : x);
}

double clamp01(double x)
{
    return clampTo(x, 0, 1);
}

QString str(const char16_t *s)
{
    return QString::fromUtf16(s);
}

QString riskLevel(double risk)
{
    if (risk >= 0.8)
        return QStringLiteral("imminent");
    if (risk >= 0.5)
        return QStringLiteral("high");
    if (risk >= 0.25)
        return QStringLiteral("moderate");
    return QStringLiteral("low");
}

QString responseFor(int baseline, int current)
{
    if (current > baseline * 1.2 + 1)
        return QStringLiteral("worsening");
    if (baseline >= 5 && current < 5)
        return QStringLiteral("remission");
    const double drop = double(baseline - current) / double(std::max(1, baseline));
    if (drop >= 0.5)
        return QStringLiteral("response");
    if (drop >= 0.25)
        return QStringLiteral("partial");
    return QStringLiteral("none");
}

struct Course
{
    const DrugInfo *drug = nullptr;
    int start = 0;
    int stop = -1;    // day the medication was stopped; -1 = still taken at the end
    double ratio = 1; // steady-state symptom level on this drug relative to untreated
    int lag = 21;     // days before the symptom effect begins
    int dose = 0;
    QString medicationId;
};

struct Point
{
    int day;
    double value;
};

// Linear interpolation between assessment values for days visited in increasing order.
class Interpolator
{
public:
    explicit Interpolator(const std::vector<Point> &points)
        : m_points(points)
    {}
    bool empty() const { return m_points.empty(); }
    double at(int day)
    {
        while (m_next < m_points.size() && m_points[m_next].day <= day)
            ++m_next;
        if (m_next == 0)
            return m_points.front().value;
        if (m_next == m_points.size())
            return m_points.back().value;
        const Point &a = m_points[m_next - 1];
        const Point &b = m_points[m_next];
        return a.value + (b.value - a.value) * double(day - a.day) / double(b.day - a.day);
    }

private:
    const std::vector<Point> &m_points;
    size_t m_next = 0;
};

struct DayEvent
{
    int day;
    SourceEvent event;
};

// Integer scores for `count` items of 0..3 summing to `total` (clamped to the possible range), spread unevenly.
void spreadScores(Rng &rng, std::vector<std::optional<int>> &answers, size_t first, int count, int total)
{
    total = std::clamp(total, 0, 3 * count);
    const int base = total / count;
    const int extra = total % count;
    std::vector<int> items(size_t(count), base);
    const int offset = rng.range(0, count - 1);
    for (int j = 0; j < extra; ++j)
        ++items[size_t((offset + j * 3) % count)]; // 3 is coprime with 7 and 8: distinct items
    for (int j = 0; j < 3; ++j) {
        const int a = rng.range(0, count - 1), b = rng.range(0, count - 1);
        if (a != b && items[size_t(a)] < 3 && items[size_t(b)] > 0) {
            ++items[size_t(a)];
            --items[size_t(b)];
        }
    }
    for (int j = 0; j < count; ++j)
        answers[first + size_t(j)] = items[size_t(j)];
}

// One patient's generation: the latent course of illness first, then the records that observe it.
class PatientGenerator
{
public:
    PatientGenerator(const CohortParameters &params, int index)
        : m_params(params)
        , m_index(index)
        , m_rng(Rng::mix(params.seed ^ Rng::mix(quint64(index) * 0x2545F4914F6CDD1DULL + 1)))
        , m_idBase(Rng::mix(Rng::mix(params.seed + 0x51ED27ULL) ^ quint64(index)))
        , m_n(std::max(1, params.statesPerPatient))
        , m_endMs(params.end.toMSecsSinceEpoch())
    {}

    PatientBundle run()
    {
        makePatient();
        makeDiagnoses();
        planCourses();
        simulateIllness();
        makeAssessments();
        makeStates();
        makeMedicationsAndTreatments();
        makeNotes();
        makePredictions();
        return std::move(m_out);
    }

private:
    QString newId(IdKind kind, quint64 ordinal) const
    {
        const quint64 a = Rng::mix(m_idBase ^ Rng::mix((quint64(kind) << 48) ^ ordinal));
        return Rng::uuid(a, Rng::mix(a ^ 0xD1B54A32D192ED03ULL));
    }
    qint64 stateMs(int day) const { return m_endMs - qint64(m_n - 1 - day) * kDayMs; }
    QDateTime stateTime(int day) const { return QDateTime::fromMSecsSinceEpoch(stateMs(day), Qt::UTC); }
    QDate dayDate(int day) const { return stateTime(day).date(); }

    void makePatient();
    void makeDiagnoses();
    void planCourses();
    void simulateIllness();
    void makeAssessments();
    void makeStates();
    void makeMedicationsAndTreatments();
    void makeNotes();
    void makePredictions();

    std::vector<std::optional<int>> phq9Answers(double depression, int &item9);
    std::vector<std::optional<int>> gad7Answers(double anxiety);
    std::vector<std::optional<int>> otherAnswers(const Instrument &instrument, double severity);
    int phqTotalAtOrBefore(int day) const;

    const CohortParameters &m_params;
    const int m_index;
    Rng m_rng;
    const quint64 m_idBase;
    const int m_n;
    const qint64 m_endMs;

    PatientBundle m_out;
    const DiagnosisInfo *m_primary = nullptr;
    bool m_alcohol = false;
    bool m_ptsd = false;
    std::vector<Course> m_courses;
    std::vector<double> m_depression; // latent daily severities, 0..1
    std::vector<double> m_anxiety;
    std::vector<Point> m_phq;      // PHQ-9 total / 27 by state day
    std::vector<Point> m_phqTotal; // raw PHQ-9 totals by state day
    std::vector<Point> m_gad;      // GAD-7 total / 21
    std::vector<Point> m_item9;    // PHQ-9 item 9 where > 0
    std::vector<DayEvent> m_events;
};

void PatientGenerator::makePatient()
{
    Patient &p = m_out.patient;
    p.id = newId(IdKind::Patient, 0);
    const quint64 mrnOffset = Rng::mix(m_params.seed) % kMrnSpace;
    // A bijection of the index (the multiplier is coprime with 10^7): unique MRNs that do not look sequential.
    const quint64 mrn = (quint64(m_index) * 3'000'017ULL + mrnOffset) % kMrnSpace;
    p.mrn = QStringLiteral("MRN%1").arg(mrn, 7, 10, QLatin1Char('0'));
    p.organizationId = m_params.organizationId;

    const double u = m_rng.uniform();
    p.sex = u < 0.55   ? QStringLiteral("female")
            : u < 0.98 ? QStringLiteral("male")
            : u < 0.99 ? QStringLiteral("intersex")
                       : QStringLiteral("unknown");
    const double g = m_rng.uniform();
    if (p.sex == QLatin1String("female") || p.sex == QLatin1String("male"))
        p.gender = g < 0.96 ? p.sex : (g < 0.99 ? QStringLiteral("other") : QStringLiteral("unknown"));
    else
        p.gender = g < 0.7 ? QStringLiteral("other") : QStringLiteral("unknown");

    const auto given = cohort::catalog::givenNames(p.gender);
    const auto prefixes = cohort::catalog::familyPrefixes();
    const auto suffixes = cohort::catalog::familySuffixes();
    p.givenName = str(given[size_t(m_rng.range(0, int(given.size()) - 1))]);
    const QString prefix = str(prefixes[size_t(m_rng.range(0, int(prefixes.size()) - 1))]);
    p.familyName = prefix + str(suffixes[size_t(m_rng.range(0, int(suffixes.size()) - 1))]);

    // Aged 18 to 85 on the last day.
    const QDate last = dayDate(m_n - 1);
    const QDate oldest = last.addYears(-86).addDays(1);
    const QDate youngest = last.addYears(-18);
    p.birthDate = oldest.addDays(m_rng.range(0, int(oldest.daysTo(youngest))));

    p.contact.phone = QStringLiteral("+1 555 01%1").arg(m_rng.range(0, 99), 2, 10, QLatin1Char('0'));
    p.contact.email = QStringLiteral("patient%1@example.org").arg(mrn, 7, 10, QLatin1Char('0'));
    p.contact.address = QStringLiteral("%1 %2 Lane, Demo City").arg(QString::number(m_rng.range(1, 400)), prefix);

    ClinicalRelationship &r = m_out.relationship;
    r.id = newId(IdKind::Relationship, 0);
    r.clinicianId = m_params.clinicianId;
    r.patientId = p.id;
    r.organizationId = m_params.organizationId;
    r.kind = QStringLiteral("treating_psychiatrist");
    // At least a day before the first state, hence before every record of the window.
    r.validFrom = QDateTime::fromMSecsSinceEpoch(
        stateMs(0) - qint64(m_rng.range(1, 365)) * kDayMs - qint64(m_rng.range(0, 86'399)) * 1000, Qt::UTC);
}

void PatientGenerator::makeDiagnoses()
{
    const auto primaries = cohort::catalog::primaryDiagnoses();
    const auto secondaries = cohort::catalog::secondaryDiagnoses();
    m_primary = &primaries[size_t(m_rng.range(0, int(primaries.size()) - 1))];
    m_ptsd = m_primary->condition == Condition::Ptsd;

    std::vector<const DiagnosisInfo *> chosen{m_primary};
    const int extra = m_rng.range(0, 2);
    for (int i = 0; i < extra; ++i) {
        const DiagnosisInfo *d = &secondaries[size_t(m_rng.range(0, int(secondaries.size()) - 1))];
        const bool duplicate = std::any_of(chosen.begin(), chosen.end(), [d](const DiagnosisInfo *c) {
            return QStringView(c->code) == QStringView(d->code);
        });
        if (duplicate)
            continue;
        chosen.push_back(d);
        m_alcohol = m_alcohol || d->condition == Condition::Alcohol;
        m_ptsd = m_ptsd || d->condition == Condition::Ptsd;
    }

    const QDate last = dayDate(m_n - 1);
    for (size_t i = 0; i < chosen.size(); ++i) {
        Diagnosis d;
        d.id = newId(IdKind::Diagnosis, i);
        d.patientId = m_out.patient.id;
        d.system = QStringLiteral("icd10");
        d.code = str(chosen[i]->code);
        d.display = str(chosen[i]->display);
        d.severity = str(chosen[i]->severity);
        d.status = QStringLiteral("active");
        d.onsetDate = dayDate(0).addDays(-m_rng.range(30, 2000));
        if (i > 0 && m_rng.chance(0.2)) {
            const QDate resolved = d.onsetDate->addDays(m_rng.range(90, 700));
            if (resolved <= last) {
                d.status = QStringLiteral("resolved");
                d.resolutionDate = resolved;
            }
        }
        d.diagnosedBy = m_params.clinicianId;
        m_out.diagnoses.push_back(std::move(d));
    }
}

void PatientGenerator::planCourses()
{
    const auto drugs = cohort::catalog::drugsFor(m_primary->condition);
    // Trial order: a random first-line drug, then the others in catalogue order.
    const int first = m_rng.range(0, std::min(2, int(drugs.size()) - 1));
    int day = m_rng.range(0, std::max(0, std::min(30, m_n / 10)));
    for (int c = 0; c < int(drugs.size()) && c < 4 && day < m_n; ++c) {
        Course course;
        course.drug = drugs[size_t((first + c) % int(drugs.size()))];
        course.start = day;
        course.lag = m_rng.range(14, 28);
        course.dose = course.drug->doses[m_rng.range(0, 2)];
        course.medicationId = newId(IdKind::Medication, quint64(c));
        const double kind = m_rng.uniform();
        const bool responder = kind < 0.5;
        course.ratio = responder     ? m_rng.uniform(0.25, 0.5)
                       : kind < 0.75 ? m_rng.uniform(0.6, 0.78)
                                     : m_rng.uniform(0.92, 1.05);
        const int evaluation = day + m_rng.range(42, 70);
        const bool last = c + 1 >= int(drugs.size()) || c + 1 >= 4;
        if (!responder && !last && evaluation < m_n - 1) {
            course.stop = evaluation; // non-response: switch to the next drug the same day
            day = evaluation;
        } else {
            day = m_n; // keep taking it
        }
        m_courses.push_back(course);
    }
}

void PatientGenerator::simulateIllness()
{
    m_depression.resize(size_t(m_n));
    m_anxiety.resize(size_t(m_n));
    const double baseDepression = clamp01(m_primary->depression + 0.08 * m_rng.normal());
    const double baseAnxiety = clamp01(m_primary->anxiety + 0.08 * m_rng.normal());
    double effect = 0;
    double noiseD = 0, noiseA = 0;
    size_t course = 0;
    for (int i = 0; i < m_n; ++i) {
        while (course + 1 < m_courses.size() && m_courses[course + 1].start <= i)
            ++course;
        double target = 0;
        if (!m_courses.empty()) {
            const Course &c = m_courses[course];
            if (i >= c.start + c.lag && (c.stop < 0 || i < c.stop))
                target = 1 - c.ratio;
        }
        effect += (target - effect) * 0.05; // response builds over weeks, as does relapse after stopping
        noiseD = 0.85 * noiseD + 0.035 * m_rng.normal();
        noiseA = 0.85 * noiseA + 0.035 * m_rng.normal();
        m_depression[size_t(i)] = clampTo(baseDepression * (1 - effect) + noiseD, 0.02, 0.98);
        m_anxiety[size_t(i)] = clampTo(baseAnxiety * (1 - 0.9 * effect) + noiseA, 0.02, 0.98);
    }
}

std::vector<std::optional<int>> PatientGenerator::phq9Answers(double depression, int &item9)
{
    const int total = std::clamp(int(std::lround(depression * 27 + 1.2 * m_rng.normal())), 0, 27);
    // Thoughts of self-harm become likely only in the more severe range.
    const double p = depression > 0.45 ? (depression - 0.45) * 0.9 : 0.01 * depression;
    item9 = 0;
    if (m_rng.chance(p))
        item9 = m_rng.chance(0.7) ? 1 : (m_rng.chance(0.7) ? 2 : 3);
    item9 = std::min(item9, total);
    std::vector<std::optional<int>> answers(9);
    spreadScores(m_rng, answers, 0, 8, total - item9);
    answers[8] = item9;
    return answers;
}

std::vector<std::optional<int>> PatientGenerator::gad7Answers(double anxiety)
{
    const int total = std::clamp(int(std::lround(anxiety * 21 + m_rng.normal())), 0, 21);
    std::vector<std::optional<int>> answers(7);
    spreadScores(m_rng, answers, 0, 7, total);
    return answers;
}

std::vector<std::optional<int>> PatientGenerator::otherAnswers(const Instrument &instrument, double severity)
{
    std::vector<std::optional<int>> answers;
    answers.reserve(instrument.items.size());
    for (const InstrumentItem &item : instrument.items) {
        if (item.options.empty()) {
            answers.emplace_back(std::nullopt);
            continue;
        }
        const double position = clamp01(severity + 0.15 * m_rng.normal());
        const size_t option = std::min(item.options.size() - 1, size_t(position * double(item.options.size())));
        answers.emplace_back(item.options[option].score);
    }
    return answers;
}

void PatientGenerator::makeAssessments()
{
    const InstrumentLibrary &library = InstrumentLibrary::builtin();
    const QString sexForCutOffs =
        m_out.patient.sex == QLatin1String("female") || m_out.patient.sex == QLatin1String("male") ? m_out.patient.sex
                                                                                                   : QString();
    const Instrument *special = nullptr;
    // AUDIT-C's cut-off is published by sex only: patients recorded as neither get no AUDIT-C.
    if (m_alcohol && !sexForCutOffs.isEmpty())
        special = library.find(QStringLiteral("auditc"));
    else if (m_ptsd)
        special = library.find(QStringLiteral("pcl5"));

    const int count = m_params.assessmentsPerPatient;
    const int width = std::max(1, m_n / count);
    std::vector<std::pair<int, Assessment>> slots;
    slots.reserve(size_t(count));
    for (int k = 0; k < count; ++k) {
        // Days strictly increase while there are at least as many days as assessments.
        const int day = std::min(m_n - 1, int(qint64(k) * m_n / count) + m_rng.range(0, width - 1));
        Assessment a;
        a.id = newId(IdKind::Assessment, quint64(k));
        a.patientId = m_out.patient.id;
        a.clinicianId = m_params.clinicianId;
        a.status = QStringLiteral("completed");
        // Completed during the day before the state it first informs.
        const qint64 completed = stateMs(day) - m_rng.range(1, 10) * kHourMs - m_rng.range(0, 59'999);
        a.completedAt = QDateTime::fromMSecsSinceEpoch(completed, Qt::UTC);
        a.startedAt = QDateTime::fromMSecsSinceEpoch(completed - m_rng.range(3, 15) * kMinuteMs, Qt::UTC);

        int item9 = 0;
        if (k > 0 && k % 10 == 9 && special) {
            a.instrument = special->id;
            const double severity = m_alcohol ? m_rng.uniform(0.3, 0.8) : m_anxiety[size_t(day)];
            a.answers = otherAnswers(*special, severity);
            if (a.instrument == QLatin1String("auditc") || a.instrument == QLatin1String("audit"))
                a.sex = sexForCutOffs;
        } else if (k % 2 == 0) {
            a.instrument = QStringLiteral("phq9");
            a.answers = phq9Answers(m_depression[size_t(day)], item9);
        } else {
            a.instrument = QStringLiteral("gad7");
            a.answers = gad7Answers(m_anxiety[size_t(day)]);
        }

        const Result<ScoreResult> score = library.score(a.instrument, a.answers, a.sex);
        Q_ASSERT(score.ok());
        if (score.ok()) {
            a.total = score->total;
            a.band = score->band;
            a.flags = score->flags;
            a.subscales = score->subscales;
        }
        if (a.total) {
            if (a.instrument == QLatin1String("phq9")) {
                m_phq.push_back({day, *a.total / 27.0});
                m_phqTotal.push_back({day, double(*a.total)});
                if (item9 > 0)
                    m_item9.push_back({day, double(item9)});
            } else if (a.instrument == QLatin1String("gad7")) {
                m_gad.push_back({day, *a.total / 21.0});
            }
        }
        m_events.push_back({day, SourceEvent{QStringLiteral("assessment"), a.id}});
        slots.emplace_back(day, std::move(a));
    }
    std::stable_sort(slots.begin(), slots.end(),
                     [](const auto &x, const auto &y) { return x.second.startedAt < y.second.startedAt; });
    m_out.assessments.reserve(slots.size());
    for (auto &slot : slots)
        m_out.assessments.push_back(std::move(slot.second));
}

void PatientGenerator::makeStates()
{
    DigitalTwin &twin = m_out.twin;
    twin.id = newId(IdKind::Twin, 0);
    twin.patientId = m_out.patient.id;
    twin.createdAt = stateTime(0);
    twin.updatedAt = stateTime(m_n - 1);
    twin.modelVersion = QStringLiteral("novamind-demo-1");

    for (const Course &c : m_courses) {
        m_events.push_back({c.start, SourceEvent{QStringLiteral("medication_start"), c.medicationId}});
        if (c.stop >= 0)
            m_events.push_back({c.stop, SourceEvent{QStringLiteral("medication_stop"), c.medicationId}});
    }
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const DayEvent &a, const DayEvent &b) { return a.day < b.day; });

    Interpolator depression(m_phq), anxiety(m_gad);
    const double adherenceBase = m_rng.uniform(0.6, 1.0);
    double nt[6] = {1, 1, 1, 1, 1, 1};
    double noiseH = 0, noiseI = 0;
    size_t course = 0, event = 0, firstItem9 = 0;
    int lastAssessment = -1;

    m_out.states.reserve(size_t(m_n));
    for (int i = 0; i < m_n; ++i) {
        DigitalTwinState s;
        s.id = newId(IdKind::State, quint64(i));
        s.twinId = twin.id;
        s.patientId = twin.patientId;
        s.timestamp = stateTime(i);

        while (event < m_events.size() && m_events[event].day == i) {
            if (m_events[event].event.type == QLatin1String("assessment"))
                lastAssessment = i;
            s.sourceEvents.push_back(m_events[event++].event);
        }

        // Symptoms follow the instruments: the twin is fitted to what was measured, not to the latent truth.
        const double dep =
            clamp01((depression.empty() ? m_depression[size_t(i)] : depression.at(i)) + 0.01 * m_rng.normal());
        const double anx = clamp01((anxiety.empty() ? m_anxiety[size_t(i)] : anxiety.at(i)) + 0.01 * m_rng.normal());
        noiseH = 0.8 * noiseH + 0.04 * m_rng.normal();
        noiseI = 0.8 * noiseI + 0.05 * m_rng.normal();
        s.symptom = SymptomState{dep, anx, clamp01(0.9 * dep + noiseH), clamp01(0.55 * dep + 0.3 * anx + noiseI)};

        while (course + 1 < m_courses.size() && m_courses[course + 1].start <= i)
            ++course;
        const Course *active = nullptr;
        if (!m_courses.empty() && i >= m_courses[course].start &&
            (m_courses[course].stop < 0 || i < m_courses[course].stop))
            active = &m_courses[course];
        const double adherence = active ? clamp01(adherenceBase + 0.08 * m_rng.normal()) : 1.0;
        const cohort::DrugEffect none;
        const cohort::DrugEffect &e = active ? active->drug->effect : none;
        const double effects[6] = {e.serotonin, e.dopamine, e.norepinephrine, e.gaba, e.glutamate, e.acetylcholine};
        for (int k = 0; k < 6; ++k) {
            const double target = 1 + effects[k] * adherence;
            // Rises over 2-4 weeks after a start, falls back somewhat faster after a stop.
            nt[k] += (target - nt[k]) * (target > nt[k] ? 0.1 : 0.14);
        }
        s.neurotransmitter = NeurotransmitterState{nt[0], nt[1], nt[2], nt[3], nt[4], nt[5]};

        s.behavioral = BehavioralState{clampTo(7.6 - 3.0 * s.symptom.insomnia + 0.4 * m_rng.normal(), 2, 12),
                                       clamp01(0.8 - 0.6 * dep + 0.05 * m_rng.normal()),
                                       clamp01(0.75 - 0.45 * dep - 0.2 * anx + 0.05 * m_rng.normal())};
        s.functional =
            FunctionalState{clampTo(92 - 60 * std::max(dep, 0.8 * anx) + 2 * m_rng.normal(), 1, 100), adherence};

        // A positive PHQ-9 item 9 raises the risk for four weeks, fading linearly.
        while (firstItem9 < m_item9.size() && m_item9[firstItem9].day + 28 <= i)
            ++firstItem9;
        double boost = 0;
        for (size_t j = firstItem9; j < m_item9.size() && m_item9[j].day <= i; ++j) {
            const double fade = 1 - double(i - m_item9[j].day) / 28.0;
            boost = std::max(boost, (0.25 + 0.15 * m_item9[j].value) * fade);
        }
        const double risk = clamp01(0.03 + 0.2 * dep + boost + 0.01 * m_rng.uniform());
        s.risk = RiskState{risk, riskLevel(risk)};

        s.confidence = lastAssessment < 0 ? 0.5 : clampTo(0.95 - 0.012 * (i - lastAssessment), 0.4, 0.95);
        m_out.states.push_back(std::move(s));
    }
}

int PatientGenerator::phqTotalAtOrBefore(int day) const
{
    int total = m_phqTotal.empty() ? 0 : int(m_phqTotal.front().value);
    for (const Point &p : m_phqTotal) {
        if (p.day > day)
            break;
        total = int(p.value);
    }
    return total;
}

void PatientGenerator::makeMedicationsAndTreatments()
{
    for (size_t c = 0; c < m_courses.size(); ++c) {
        const Course &course = m_courses[c];
        Medication m;
        m.id = course.medicationId;
        m.patientId = m_out.patient.id;
        m.name = str(course.drug->name);
        m.rxnormCode = str(course.drug->rxnorm);
        m.dose = course.dose;
        m.doseUnit = QStringLiteral("mg");
        m.frequency = str(course.drug->frequency);
        m.route = QStringLiteral("oral");
        m.status = course.stop >= 0 ? QStringLiteral("stopped") : QStringLiteral("active");
        m.startDate = dayDate(course.start);
        if (course.stop >= 0)
            m.endDate = dayDate(course.stop);
        m.prescriberId = m_params.clinicianId;

        Treatment t;
        t.id = newId(IdKind::Treatment, c);
        t.patientId = m.patientId;
        t.type = QStringLiteral("pharmacotherapy");
        t.name = m.name + QStringLiteral(" course");
        t.status = m.status;
        t.startDate = m.startDate;
        t.endDate = m.endDate;
        t.prescriberId = m.prescriberId;
        t.dosage = QString::number(course.dose) + QStringLiteral(" mg");
        t.frequency = m.frequency;
        const int evaluation = course.stop >= 0 ? course.stop : course.start + 56;
        if (evaluation < m_n && evaluation > 0) {
            const int baseline = phqTotalAtOrBefore(course.start);
            const int current = phqTotalAtOrBefore(evaluation);
            TreatmentResponse r;
            r.id = newId(IdKind::Response, c);
            r.assessedAt = QDateTime::fromMSecsSinceEpoch(stateMs(evaluation) - 2 * kHourMs, Qt::UTC);
            r.response = responseFor(baseline, current);
            r.clinicianId = m_params.clinicianId;
            r.notes =
                QStringLiteral("PHQ-9 %1 at start, %2 now.").arg(QString::number(baseline), QString::number(current));
            if (course.stop >= 0 && c + 1 < m_courses.size())
                r.notes += QStringLiteral(" Switching to ") + str(m_courses[c + 1].drug->name) + QLatin1Char('.');
            t.responses.push_back(std::move(r));
        }
        m_out.medications.push_back(std::move(m));
        m_out.treatments.push_back(std::move(t));
    }

    if (m_rng.chance(0.35)) {
        const int start = m_rng.range(0, m_n - 1);
        const int stop = start + 16 * 7;
        Treatment t;
        t.id = newId(IdKind::Treatment, 100);
        t.patientId = m_out.patient.id;
        t.type = QStringLiteral("psychotherapy");
        t.name = QStringLiteral("Cognitive behavioural therapy");
        t.status = stop < m_n ? QStringLiteral("completed") : QStringLiteral("active");
        t.startDate = dayDate(start);
        if (stop < m_n)
            t.endDate = dayDate(stop);
        t.prescriberId = m_params.clinicianId;
        t.dosage = QStringLiteral("50 min session");
        t.frequency = QStringLiteral("weekly");
        m_out.treatments.push_back(std::move(t));
    }
}

void PatientGenerator::makeNotes()
{
    const Course *first = m_courses.empty() ? nullptr : &m_courses.front();
    const int intakeDay = first ? first->start : 0;
    ClinicalNote intake;
    intake.id = newId(IdKind::Note, 0);
    intake.patientId = m_out.patient.id;
    intake.authorId = m_params.clinicianId;
    intake.createdAt = QDateTime::fromMSecsSinceEpoch(stateMs(intakeDay) - 3 * kHourMs, Qt::UTC);
    intake.kind = QStringLiteral("intake");
    intake.title = QStringLiteral("Psychiatric intake");
    intake.body =
        QStringLiteral("Synthetic demo record. Presenting with %1 (%2). Baseline PHQ-9 %3.")
            .arg(str(m_primary->display), str(m_primary->code), QString::number(phqTotalAtOrBefore(intakeDay)));
    if (first) {
        intake.body += QStringLiteral(" Plan: start %1 %2 mg %3.")
                           .arg(str(first->drug->name), QString::number(first->dose), str(first->drug->frequency));
    }
    m_out.notes.push_back(std::move(intake));

    ClinicalNote progress;
    progress.id = newId(IdKind::Note, 1);
    progress.patientId = m_out.patient.id;
    progress.authorId = m_params.clinicianId;
    progress.createdAt = QDateTime::fromMSecsSinceEpoch(stateMs(m_n - 1) - 2 * kHourMs, Qt::UTC);
    progress.kind = QStringLiteral("progress");
    progress.title = QStringLiteral("Follow-up");
    progress.body =
        QStringLiteral("Synthetic demo record. Latest PHQ-9 %1.").arg(QString::number(phqTotalAtOrBefore(m_n - 1)));
    if (!m_courses.empty()) {
        progress.body += QStringLiteral(" Current medication: %1 %2 mg.")
                             .arg(str(m_courses.back().drug->name), QString::number(m_courses.back().dose));
    }
    m_out.notes.push_back(std::move(progress));
}

void PatientGenerator::makePredictions()
{
    const std::vector<DigitalTwinState> &states = m_out.states;
    const DigitalTwinState &last = states.back();
    const int window = std::min(28, m_n - 1);
    const DigitalTwinState &earlier = states[size_t(m_n - 1 - window)];
    const auto slope = [window](double now, double then) { return window > 0 ? (now - then) / window : 0.0; };
    const double depressionSlope = slope(last.symptom.depression, earlier.symptom.depression);
    const double anxietySlope = slope(last.symptom.anxiety, earlier.symptom.anxiety);

    const int horizons[] = {7, 30, 90};
    for (size_t h = 0; h < std::size(horizons); ++h) {
        const int days = horizons[h];
        DigitalTwinPrediction p;
        p.id = newId(IdKind::Prediction, h);
        p.twinId = m_out.twin.id;
        p.patientId = m_out.patient.id;
        p.createdAt = last.timestamp;
        p.horizonDays = days;
        p.predictedFor = last.timestamp.addDays(days);
        // Damped trend: recent change continues at half strength; the interval widens with the horizon.
        const auto add = [&p](const QString &key, double value, double halfWidth) {
            value = clamp01(value);
            p.values.insert(key, value);
            p.lower.insert(key, clamp01(value - halfWidth));
            p.upper.insert(key, clamp01(value + halfWidth));
        };
        add(QStringLiteral("symptom.depression"), last.symptom.depression + 0.5 * depressionSlope * days,
            0.04 + 0.003 * days);
        add(QStringLiteral("symptom.anxiety"), last.symptom.anxiety + 0.5 * anxietySlope * days, 0.04 + 0.003 * days);
        add(QStringLiteral("risk.suicide_risk"), last.risk.suicideRisk * (days > 30 ? 0.8 : 1.0), 0.02 + 0.002 * days);
        p.confidence = 0.8;
        m_out.predictions.push_back(std::move(p));
    }
}

} // namespace

DemoCohort::DemoCohort(CohortParameters parameters)
    : m_params(std::move(parameters))
{
    Q_ASSERT(m_params.patients >= 0 && m_params.patients <= kMrnSpace);
    Q_ASSERT(m_params.end.isValid());
    m_params.statesPerPatient = std::max(1, m_params.statesPerPatient);
    if (m_params.assessmentsPerPatient < 0)
        m_params.assessmentsPerPatient = std::max(1, m_params.statesPerPatient / 5);
    m_params.assessmentsPerPatient = std::max(1, m_params.assessmentsPerPatient);
    if (m_params.organizationId.isEmpty()) {
        const quint64 a = Rng::mix(m_params.seed ^ (quint64(IdKind::Organization) << 48));
        m_params.organizationId = Rng::uuid(a, Rng::mix(a));
    }
    if (m_params.clinicianId.isEmpty())
        m_params.clinicianId = QStringLiteral("demo.psychiatrist");
    m_params.end = m_params.end.toUTC();
}

PatientBundle DemoCohort::generate(int index) const
{
    Q_ASSERT(index >= 0 && index < kMrnSpace);
    return PatientGenerator(m_params, index).run();
}

Organization DemoCohort::organization() const
{
    return Organization{m_params.organizationId, QStringLiteral("Novamind Demo Clinic")};
}

} // namespace novamind
