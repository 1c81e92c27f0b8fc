#pragma once
// DemoSeeder: loads the deterministic demo cohort (models/cohort) into the server's documents, in bulk.

#include "models/Result.h"
#include "server/db/PgConnection.h"

#include <QCoreApplication>
#include <QString>

namespace novamind::server {

struct SeedSummary
{
    int patients = 0;
    qint64 documents = 0; // inserted; documents that already existed (same seed twice) are left alone
};

class DemoSeeder
{
    Q_DECLARE_TR_FUNCTIONS(DemoSeeder)
public:
    // Runs as the owner role. `assignTo` ("" = nobody) gets an active relationship with every patient, and the
    // cohort is put in that user's organisation. Batches of patients commit separately, each under the change lock.
    static Result<SeedSummary> seed(PgConnection &conn, int patients, int statesPerPatient, quint64 seed,
                                    const QString &assignTo);
};

} // namespace novamind::server
