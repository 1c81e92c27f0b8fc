#include "server/admin/DemoSeeder.h"

#include "models/codecs/JsonCodec.h"
#include "models/cohort/DemoCohort.h"

namespace novamind::server {

namespace {

constexpr int kPatientsPerBatch = 50;

// Rows for COPY into the staging table: ord, entity, id, organization_id, patient_id, effective_at, doc.
class Batch
{
public:
    template<typename T>
    void add(const char *entity, const QString &id, const QString &org, const QString &patient, const T &value,
             const QDateTime &effective = {})
    {
        m_rows += QByteArray::number(m_count++) + '\t' + entity + '\t' + copyEscape(id.toUtf8()) + '\t' +
                  copyEscape(org.toUtf8()) + '\t' +
                  (patient.isEmpty() ? QByteArray("\\N") : copyEscape(patient.toUtf8())) + '\t' +
                  (effective.isValid() ? codec::formatTimestamp(effective).toLatin1() : QByteArray("\\N")) + '\t' +
                  copyEscape(codec::encode(value)) + '\n';
    }
    qint64 count() const { return m_count; }
    const QByteArray &rows() const { return m_rows; }
    void clear()
    {
        m_rows.clear();
        m_count = 0;
    }

private:
    QByteArray m_rows;
    qint64 m_count = 0;
};

// Moves the staged rows into `document` in their staged order (so a patient precedes its records in the feed),
// skipping documents that already exist, with one change-log entry for each inserted one.
Result<qint64> flush(PgConnection &conn, Batch &batch)
{
    if (batch.count() == 0)
        return qint64(0);
    auto tx = PgTransaction::begin(conn);
    if (!tx.ok())
        return tx.error();
    NM_TRY(conn.copyIn("COPY seed_stage FROM STDIN", batch.rows()));
    NM_TRY(conn.run("SELECT nm_change_lock()"));
    auto inserted = conn.exec(
        "WITH fresh AS ("
        "  SELECT s.* FROM seed_stage s WHERE NOT EXISTS"
        "    (SELECT 1 FROM document d WHERE d.entity = s.entity AND d.id = s.id) ORDER BY s.ord),"
        " numbered AS (SELECT fresh.*, nextval('change_seq') AS seq FROM fresh),"
        " docs AS (INSERT INTO document (entity, id, organization_id, patient_id, version, seq, effective_at, doc)"
        "   SELECT entity, id, organization_id, patient_id, 1, seq, effective_at, doc FROM numbered"
        "   RETURNING entity, id, patient_id, seq)"
        " INSERT INTO change_log (seq, entity, id, patient_id, version, op, user_id)"
        " SELECT seq, entity, id, patient_id, 1, 'create', 'admin:seed-demo' FROM docs");
    if (!inserted.ok())
        return inserted.error();
    const qint64 count = inserted->affected();
    NM_TRY(tx.value()->commit());
    batch.clear();
    return count;
}

} // namespace

Result<SeedSummary> DemoSeeder::seed(PgConnection &conn, int patients, int statesPerPatient, quint64 seed,
                                     const QString &assignTo)
{
    CohortParameters params;
    params.patients = patients;
    params.statesPerPatient = statesPerPatient;
    params.seed = seed;
    if (!assignTo.isEmpty()) {
        auto user = conn.exec("SELECT organization_id FROM app_user WHERE id = $1", {pgParam(assignTo)});
        if (!user.ok())
            return user.error();
        if (user->rows() == 0)
            return Error(ErrorCode::NotFound, tr("There is no user %1.").arg(assignTo));
        params.organizationId = user->text(0, 0);
        params.clinicianId = assignTo;
    }
    // Session-wide staging table, emptied by each batch's commit.
    NM_TRY(conn.run("CREATE TEMP TABLE seed_stage (ord BIGINT, entity TEXT, id TEXT, organization_id TEXT,"
                    " patient_id TEXT, effective_at TIMESTAMPTZ, doc JSONB) ON COMMIT DELETE ROWS"));
    const DemoCohort cohort(params);
    const QString org = cohort.parameters().organizationId;

    SeedSummary summary;
    Batch batch;
    batch.add("organization", org, org, {}, cohort.organization());
    for (int i = 0; i < patients; ++i) {
        const PatientBundle b = cohort.generate(i);
        const QString pid = b.patient.id;
        batch.add("patient", pid, org, pid, b.patient);
        if (!assignTo.isEmpty())
            batch.add("clinical_relationship", b.relationship.id, org, pid, b.relationship);
        for (const auto &x : b.diagnoses)
            batch.add("diagnosis", x.id, org, pid, x);
        for (const auto &x : b.medications)
            batch.add("medication", x.id, org, pid, x);
        for (const auto &x : b.treatments)
            batch.add("treatment", x.id, org, pid, x);
        for (const auto &x : b.notes)
            batch.add("clinical_note", x.id, org, pid, x, x.createdAt);
        batch.add("digital_twin", b.twin.id, org, pid, b.twin);
        for (const auto &x : b.assessments)
            batch.add("assessment", x.id, org, pid, x, x.completedAt.value_or(x.startedAt));
        for (const auto &x : b.states)
            batch.add("twin_state", x.id, org, pid, x, x.timestamp);
        for (const auto &x : b.predictions)
            batch.add("twin_prediction", x.id, org, pid, x, x.predictedFor);
        if (!assignTo.isEmpty()) {
            const auto &r = b.relationship;
            NM_TRY(conn.run("INSERT INTO care_relationship (id, clinician_id, patient_id, organization_id, valid_from,"
                            " valid_to, activated) VALUES ($1, $2, $3, $4, $5::timestamptz, $6::timestamptz, TRUE)"
                            " ON CONFLICT (id) DO NOTHING",
                            {pgParam(r.id), pgParam(assignTo), pgParam(pid), pgParam(org),
                             pgParam(codec::formatTimestamp(r.validFrom)),
                             r.validTo ? pgParam(codec::formatTimestamp(*r.validTo)) : QByteArray()}));
        }
        ++summary.patients;
        if ((i + 1) % kPatientsPerBatch == 0) {
            auto n = flush(conn, batch);
            if (!n.ok())
                return n.error();
            summary.documents += n.value();
        }
    }
    auto n = flush(conn, batch);
    if (!n.ok())
        return n.error();
    summary.documents += n.value();
    return summary;
}

} // namespace novamind::server
