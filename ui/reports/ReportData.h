#pragma once
// ReportData: everything one printed patient report shows, gathered once so that PDF and printer get the same pages.

#include "models/domain/Assessment.h"
#include "models/domain/Clinical.h"
#include "models/domain/DigitalTwin.h"
#include "models/domain/Patient.h"
#include "models/timeline/TwinStateColumns.h"

#include <QDateTime>
#include <optional>
#include <vector>

namespace novamind {

struct ReportData
{
    Patient patient;
    QString clinician;   // who prints: their sign-in id, named on every page
    QDateTime printedAt; // UTC
    std::optional<DigitalTwinState> currentState;
    TwinStateColumns timeline;           // every state, oldest first, for the charts
    std::vector<Assessment> assessments; // completed ones, oldest first
    std::vector<Medication> medications; // active ones only
    std::vector<Diagnosis> diagnoses;    // active ones only
};

} // namespace novamind
