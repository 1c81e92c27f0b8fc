#pragma once
// A replica holding one patient with daily twin states, a medication switch, assessments and predictions, for the
// timeline's GUI test and its benchmark.

#include "DemoReplica.h"
#include "models/domain/Assessment.h"
#include "models/domain/Clinical.h"
#include "models/domain/DigitalTwin.h"
#include "models/domain/Identity.h"
#include "models/domain/Patient.h"
#include "storage/Database.h"
#include "storage/RecordMapping.h"
#include "storage/Replica.h"
#include "storage/Session.h"
#include "storage/Transaction.h"

#include <cmath>
#include <memory>
#include <vector>

namespace novamind::test {

struct TimelineReplica
{
    std::unique_ptr<Replica> replica;
    Session session;
    QString patientId = QStringLiteral("patient-1");
    QDateTime start = QDateTime(QDate(2020, 1, 1), QTime(8, 0), Qt::UTC);
    std::vector<Medication> medications;
    std::vector<Assessment> assessments;
    int days = 0;

    QDateTime dayAt(int day) const { return start.addDays(day); }
};

// Deterministic, smooth but not flat: every field varies, so a wrong column shows.
inline DigitalTwinState timelineState(const QDateTime &start, int day, int days)
{
    DigitalTwinState s;
    s.id = QStringLiteral("state-%1").arg(day);
    s.twinId = QStringLiteral("twin-1");
    s.patientId = QStringLiteral("patient-1");
    s.timestamp = start.addSecs(qint64(day) * 86400);
    const double t = day;
    s.symptom.depression = 0.45 + 0.25 * std::sin(t / 37.0) + 0.05 * std::sin(t * 1.3);
    s.symptom.anxiety = 0.4 + 0.2 * std::cos(t / 23.0);
    s.symptom.anhedonia = 0.3 + 0.1 * std::sin(t / 51.0);
    s.symptom.insomnia = 0.35 + 0.15 * std::cos(t / 17.0);
    s.neurotransmitter.serotonin = 0.9 + 0.2 * std::sin(t / 40.0);
    s.neurotransmitter.dopamine = 1.0 + 0.15 * std::cos(t / 29.0);
    s.neurotransmitter.norepinephrine = 1.05 + 0.1 * std::sin(t / 13.0);
    s.neurotransmitter.gaba = 0.95 + 0.05 * std::cos(t / 31.0);
    s.neurotransmitter.glutamate = 1.1 + 0.08 * std::sin(t / 19.0);
    s.neurotransmitter.acetylcholine = 1.0 + 0.05 * std::sin(t / 11.0);
    s.behavioral.sleepHours = 6.5 + std::sin(t / 9.0);
    s.behavioral.activityLevel = 0.5 + 0.3 * std::sin(t / 21.0);
    s.behavioral.socialEngagement = 0.45 + 0.25 * std::cos(t / 27.0);
    s.functional.globalFunctioning = 60 + 15 * std::sin(t / 45.0);
    s.functional.adherence = 0.8 + 0.15 * std::cos(t / 60.0);
    s.risk.suicideRisk = 0.15 + 0.1 * std::sin(t / 33.0);
    s.risk.level = s.risk.suicideRisk > 0.22  ? QStringLiteral("high")
                   : s.risk.suicideRisk > 0.1 ? QStringLiteral("moderate")
                                              : QStringLiteral("low");
    s.confidence = 0.8;
    if (day == days / 2)
        s.sourceEvents.push_back(SourceEvent{QStringLiteral("medication_start"), QStringLiteral("med-2")});
    return s;
}

// Creates the replica at `path` with `days` daily states (one transaction per 5,000 rows).
inline Result<TimelineReplica> makeTimelineReplica(const QString &path, int days, const Replica::Options &options)
{
    TimelineReplica out;
    out.days = days;
    auto created = Replica::create(path, QStringLiteral("dr.ada"), "ada passphrase", Role::Psychiatrist, options);
    if (!created.ok())
        return created.error();
    out.replica = std::move(created.value());
    Database &db = out.replica->database();
    RecordMapping::Writer w(db);
    const auto batch = [&](const std::function<Status()> &work) -> Status {
        auto tx = db.begin();
        if (!tx.ok())
            return tx.error();
        NM_TRY(work());
        return tx->commit();
    };
    const Status setup = batch([&]() -> Status {
        NM_TRY(test::seedPatientInCare(*out.replica, QStringLiteral("dr.ada"), out.patientId, QStringLiteral("MRN1")));
        DigitalTwin twin;
        twin.id = QStringLiteral("twin-1");
        twin.patientId = out.patientId;
        twin.createdAt = out.start;
        twin.updatedAt = out.start.addDays(days);
        twin.modelVersion = QStringLiteral("test");
        NM_TRY(w.insert(twin));

        // A switch from sertraline to bupropion half way through.
        Medication first;
        first.id = QStringLiteral("med-1");
        first.patientId = out.patientId;
        first.name = QStringLiteral("sertraline");
        first.dose = 50;
        first.doseUnit = QStringLiteral("mg");
        first.status = QStringLiteral("stopped");
        first.startDate = out.start.date().addDays(10);
        first.endDate = out.start.date().addDays(days / 2);
        Medication second;
        second.id = QStringLiteral("med-2");
        second.patientId = out.patientId;
        second.name = QStringLiteral("bupropion");
        second.dose = 150;
        second.doseUnit = QStringLiteral("mg");
        second.status = QStringLiteral("active");
        second.startDate = out.start.date().addDays(days / 2);
        out.medications = {first, second};
        for (const Medication &m : out.medications)
            NM_TRY(w.insert(m));

        for (int i = 0; i < 4; ++i) {
            Assessment a;
            a.id = QStringLiteral("assessment-%1").arg(i);
            a.patientId = out.patientId;
            a.clinicianId = QStringLiteral("dr.ada");
            a.instrument = QStringLiteral("phq9");
            a.status = QStringLiteral("completed");
            a.startedAt = out.start.addDays(30 + i * (days / 5));
            a.completedAt = a.startedAt.addSecs(600);
            a.answers = {1, 2, 1, 0, 1, 2, 1, 0, 0};
            a.total = 8;
            a.band = QStringLiteral("mild");
            out.assessments.push_back(a);
            NM_TRY(w.insert(a));
        }

        const DigitalTwinState last = timelineState(out.start, days - 1, days);
        int n = 0;
        for (int horizon : {7, 30, 90}) {
            DigitalTwinPrediction prediction;
            prediction.id = QStringLiteral("prediction-%1").arg(n++);
            prediction.twinId = QStringLiteral("twin-1");
            prediction.patientId = out.patientId;
            prediction.createdAt = last.timestamp;
            prediction.horizonDays = horizon;
            prediction.predictedFor = last.timestamp.addDays(horizon);
            const double spread = 0.03 + 0.002 * horizon;
            prediction.values.insert(QStringLiteral("symptom.depression"), last.symptom.depression - 0.001 * horizon);
            prediction.lower.insert(QStringLiteral("symptom.depression"),
                                    last.symptom.depression - 0.001 * horizon - spread);
            prediction.upper.insert(QStringLiteral("symptom.depression"),
                                    last.symptom.depression - 0.001 * horizon + spread);
            prediction.values.insert(QStringLiteral("risk.suicide_risk"), last.risk.suicideRisk);
            prediction.lower.insert(QStringLiteral("risk.suicide_risk"), std::max(0.0, last.risk.suicideRisk - spread));
            prediction.upper.insert(QStringLiteral("risk.suicide_risk"), last.risk.suicideRisk + spread);
            prediction.confidence = 0.8;
            NM_TRY(w.insert(prediction));
        }
        return {};
    });
    if (!setup.ok())
        return setup.error();
    for (int from = 0; from < days; from += 5000) {
        const Status states = batch([&]() -> Status {
            for (int day = from; day < std::min(days, from + 5000); ++day)
                NM_TRY(w.insert(timelineState(out.start, day, days)));
            if (from + 5000 >= days)
                NM_TRY(w.refreshSummaries());
            return {};
        });
        if (!states.ok())
            return states.error();
    }
    auto session = Session::forReplica(*out.replica);
    if (!session.ok())
        return session.error();
    out.session = session.value();
    return out;
}

} // namespace novamind::test
