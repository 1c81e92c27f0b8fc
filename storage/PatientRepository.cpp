#include "storage/PatientRepository.h"

#include "storage/Database.h"
#include "storage/RecordMapping.h"
#include "storage/SearchKey.h"
#include "storage/UnitOfWork.h"

namespace novamind {

namespace {

// One condition per word: each must prefix-match the family name, the given name or the MRN.
QString textCondition(int word)
{
    const QString lo = QStringLiteral(":w%1lo").arg(word);
    const QString hi = QStringLiteral(":w%1hi").arg(word);
    return QStringLiteral("((p.family_key >= %1 AND p.family_key < %2) OR (p.given_key >= %1 AND p.given_key < %2)"
                          " OR (p.mrn_key >= %1 AND p.mrn_key < %2))")
        .arg(lo, hi);
}

// The WHERE clause of a patient list query; bindFilters() fills its parameters.
QString filterCondition(const AccessPolicy &policy, const PatientQuery &query, const QStringList &words)
{
    const bool clinical = policy.seesClinicalContent();
    QString sql = policy.visibleCondition(QStringLiteral("p"));
    for (int i = 0; i < words.size(); ++i)
        sql += QStringLiteral(" AND ") + textCondition(i);
    // Clinical filters are meaningless (and would leak) for a role that sees no clinical content.
    if (clinical && !query.diagnosisPrefix.isEmpty())
        // An IN list built once from the code index, not a correlated probe per patient; the unary + keeps the
        // planner walking the name index so a common prefix still stops after one page. Measured at 20k patients:
        // a prefix nobody has 315 -> 38 ms, page 1 of "F32" unchanged (~6-10 ms).
        sql += QStringLiteral(" AND +p.id IN (SELECT d.patient_id FROM diagnosis d"
                              " WHERE d.code >= :dxlo AND d.code < :dxhi)");
    if (clinical && !query.riskLevel.isEmpty())
        sql += QStringLiteral(" AND p.latest_risk_level = :risk");
    if (clinical && query.noAssessmentSince)
        sql += QStringLiteral(" AND (p.last_assessment_at IS NULL OR p.last_assessment_at < :since)");
    return sql;
}

void bindFilters(Statement &stmt, const AccessPolicy &policy, const PatientQuery &query, const QStringList &words)
{
    policy.bind(stmt);
    for (int i = 0; i < words.size(); ++i) {
        stmt.bind(stmt.parameterIndex(QStringLiteral(":w%1lo").arg(i).toLatin1().constData()), words[i]);
        stmt.bind(stmt.parameterIndex(QStringLiteral(":w%1hi").arg(i).toLatin1().constData()),
                  SearchKey::prefixEnd(words[i]));
    }
    if (const int i = stmt.parameterIndex(":dxlo")) {
        const QString dx = query.diagnosisPrefix.trimmed().toUpper();
        stmt.bind(i, dx).bind(stmt.parameterIndex(":dxhi"), SearchKey::prefixEnd(dx));
    }
    if (const int i = stmt.parameterIndex(":risk"))
        stmt.bind(i, query.riskLevel);
    if (const int i = stmt.parameterIndex(":since"))
        stmt.bind(i, toMs(*query.noAssessmentSince));
}

// The ORDER BY clause: a fixed whitelist, id last so that pages never overlap or skip rows.
QString orderBy(PatientSort sort, bool descending, bool clinical)
{
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString byName = QStringLiteral("p.family_key, p.given_key, p.id");
    // The order itself would reveal clinical content to a role that may not see it.
    if (!clinical)
        return QStringLiteral(" ORDER BY p.mrn_key") + (sort == PatientSort::Mrn ? dir : QStringLiteral(" ASC")) +
               QStringLiteral(", p.id");
    switch (sort) {
    case PatientSort::Default:
        return QStringLiteral(" ORDER BY ") + byName;
    case PatientSort::Mrn:
        return QStringLiteral(" ORDER BY p.mrn_key") + dir + QStringLiteral(", p.id") + dir;
    case PatientSort::Name:
        return QStringLiteral(" ORDER BY p.family_key") + dir + QStringLiteral(", p.given_key") + dir +
               QStringLiteral(", p.id") + dir;
    case PatientSort::BirthDate:
        return QStringLiteral(" ORDER BY p.birth_date") + dir + QStringLiteral(", ") + byName;
    case PatientSort::RiskLevel:
        return QStringLiteral(" ORDER BY CASE p.latest_risk_level WHEN 'low' THEN 1 WHEN 'moderate' THEN 2"
                              " WHEN 'high' THEN 3 WHEN 'imminent' THEN 4 ELSE 0 END") +
               dir + QStringLiteral(", ") + byName;
    case PatientSort::SuicideRisk:
        return QStringLiteral(" ORDER BY p.latest_phq9_suicide") + dir + QStringLiteral(", ") + byName;
    case PatientSort::LastAssessment:
        return QStringLiteral(" ORDER BY p.last_assessment_at") + dir + QStringLiteral(", ") + byName;
    }
    return QStringLiteral(" ORDER BY ") + byName;
}

QStringList searchWords(const PatientQuery &query)
{
    return SearchKey::fold(query.text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

Result<std::vector<PatientSummary>> PatientRepository::search(UnitOfWork &uow, const PatientQuery &query)
{
    const AccessPolicy &policy = uow.policy();
    const bool clinical = policy.seesClinicalContent();
    const QStringList words = searchWords(query);

    QString sql = QStringLiteral("SELECT p.id, p.mrn, p.family_name, p.given_name, p.birth_date, p.latest_risk_level,"
                                 " p.latest_phq9_suicide, p.last_assessment_at FROM patient p WHERE ");
    sql += filterCondition(policy, query, words);
    sql += orderBy(query.sort, query.descending, clinical);
    sql += QStringLiteral(" LIMIT :limit OFFSET :offset");

    auto stmt = uow.db().prepare(sql.toUtf8().toStdString());
    if (!stmt.ok())
        return stmt.error();
    bindFilters(stmt.value(), policy, query, words);
    stmt->bind(stmt->parameterIndex(":limit"), query.limit < 0 ? qint64(-1) : qint64(query.limit));
    stmt->bind(stmt->parameterIndex(":offset"), qint64(qMax(0, query.offset)));

    std::vector<PatientSummary> out;
    NM_TRY(stmt->forEach([&](const Statement &row) {
        PatientSummary s;
        s.id = row.columnText(0);
        s.mrn = row.columnText(1);
        if (clinical) {
            s.displayName = row.columnText(2) + QStringLiteral(", ") + row.columnText(3);
            s.birthDate = QDate::fromString(row.columnText(4), Qt::ISODate);
            s.riskLevel = row.columnText(5);
            s.suicideRisk = row.columnInt64(6) != 0;
            if (!row.isNull(7))
                s.lastAssessmentAt = fromMs(row.columnInt64(7));
        }
        out.push_back(std::move(s));
    }));
    NM_TRY(uow.audit(QStringLiteral("search"), QStringLiteral("patient"), QString(),
                     clinical ? QStringLiteral("treatment") : QStringLiteral("administration")));
    return out;
}

Result<qint64> PatientRepository::count(UnitOfWork &uow, const PatientQuery &query, qint64 atMost)
{
    const AccessPolicy &policy = uow.policy();
    const QStringList words = searchWords(query);
    const QString sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM patient p WHERE ") +
                        filterCondition(policy, query, words) + QStringLiteral(" LIMIT :atmost)");
    auto stmt = uow.db().prepare(sql.toUtf8().toStdString());
    if (!stmt.ok())
        return stmt.error();
    bindFilters(stmt.value(), policy, query, words);
    stmt->bind(stmt->parameterIndex(":atmost"), atMost < 0 ? qint64(-1) : atMost);
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    return row.value() ? stmt->columnInt64(0) : qint64(0);
}

Result<PatientRecord> PatientRepository::open(UnitOfWork &uow, const QString &patientId)
{
    const AccessPolicy &policy = uow.policy();
    NM_TRY(policy.requireClinical(uow.db(), patientId));
    auto purpose = policy.purposeFor(uow.db(), patientId);
    if (!purpose.ok())
        return purpose.error();

    PatientRecord record;
    record.breakGlass = purpose.value() == QLatin1String("break_glass");
    auto patient = RecordMapping::loadPatient(uow.db(), patientId);
    if (!patient.ok())
        return patient.error();
    record.patient = std::move(patient.value());
    auto diagnoses = RecordMapping::loadDiagnoses(uow.db(), patientId);
    if (!diagnoses.ok())
        return diagnoses.error();
    record.diagnoses = std::move(diagnoses.value());
    auto medications = RecordMapping::loadMedications(uow.db(), patientId);
    if (!medications.ok())
        return medications.error();
    record.medications = std::move(medications.value());
    auto treatments = RecordMapping::loadTreatments(uow.db(), patientId);
    if (!treatments.ok())
        return treatments.error();
    record.treatments = std::move(treatments.value());
    auto relationships = RecordMapping::loadRelationships(uow.db(), patientId);
    if (!relationships.ok())
        return relationships.error();
    record.relationships = std::move(relationships.value());

    auto touch = uow.db().prepare("UPDATE patient SET last_opened_at = ? WHERE id = ?");
    if (!touch.ok())
        return touch.error();
    touch->bind(1, toMs(uow.session().now())).bind(2, patientId);
    NM_TRY(touch->run());
    NM_TRY(uow.audit(QStringLiteral("read"), QStringLiteral("patient"), patientId, purpose.value()));
    return record;
}

} // namespace novamind
