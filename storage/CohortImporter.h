#pragma once
// CohortImporter: writes a generated demo cohort into a replica in bulk, fast and audited.

#include "models/Result.h"

#include <QCoreApplication>
#include <functional>

namespace novamind {

class DemoCohort;
struct Session;

struct ImportSummary
{
    qint64 patients = 0;
    qint64 assessments = 0;
    qint64 states = 0;
    qint64 rows = 0;
    double seconds = 0;
};

class CohortImporter
{
    Q_DECLARE_TR_FUNCTIONS(CohortImporter)
public:
    // Fills an empty replica with `patients` patients of `cohort`, related to the session's user, who joins the
    // cohort's organisation. Refuses a replica that already holds patients. Progress: patients written so far.
    static Result<ImportSummary> import(const Session &session, const DemoCohort &cohort, int patients,
                                        const std::function<void(int)> &progress = {});
};

} // namespace novamind
