#pragma once
// ClinicalRepository: a patient's assessments, twin timeline, predictions, observations and notes (all audited).

#include "models/Result.h"
#include "models/domain/Assessment.h"
#include "models/domain/Clinical.h"
#include "models/domain/DigitalTwin.h"
#include "models/timeline/TwinStateColumns.h"

#include <QDateTime>
#include <optional>
#include <vector>

namespace novamind {

class UnitOfWork;

struct NoteHit
{
    QString noteId;
    QString patientId;
    QString title;
    QDateTime createdAt;
};

class ClinicalRepository
{
public:
    // Completed assessments of one instrument ("" = all), oldest first.
    static Result<std::vector<Assessment>> assessmentHistory(UnitOfWork &uow, const QString &patientId,
                                                             const QString &instrument);
    // Twin states with from <= timestamp <= to, oldest first.
    static Result<std::vector<DigitalTwinState>> timeline(UnitOfWork &uow, const QString &patientId,
                                                          const QDateTime &from, const QDateTime &to);
    // The same states as timeline() (same access check and audit), only what charts draw, as columns.
    static Result<TwinStateColumns> timelineSeries(UnitOfWork &uow, const QString &patientId, const QDateTime &from,
                                                   const QDateTime &to);
    // Every state of the patient (from 1900 to the end of 9999), for the whole-timeline screen and exports.
    static Result<std::vector<DigitalTwinState>> timeline(UnitOfWork &uow, const QString &patientId);
    static Result<TwinStateColumns> timelineSeries(UnitOfWork &uow, const QString &patientId);
    // The whole twin state in force at `at` (the latest state at or before it).
    static Result<std::optional<DigitalTwinState>> stateAsOf(UnitOfWork &uow, const QString &patientId,
                                                             const QDateTime &at);
    static Result<std::vector<DigitalTwinPrediction>> predictions(UnitOfWork &uow, const QString &patientId);
    static Result<std::vector<ClinicalObservation>> observations(UnitOfWork &uow, const QString &patientId);
    static Result<std::vector<ClinicalNote>> notes(UnitOfWork &uow, const QString &patientId);
    // Full-text search over the notes of every patient the user may see.
    static Result<std::vector<NoteHit>> searchNotes(UnitOfWork &uow, const QString &text);
};

} // namespace novamind
