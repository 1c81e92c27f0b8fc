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

} // namespace

Result<std::vector<PatientSummary>> PatientRepository::search(UnitOfWork &uow, const PatientQuery &query)
{
    const AccessPolicy &policy = uow.policy();
    const bool clinical = policy.seesClinicalContent();
    const QStringList words = SearchKey::fold(query.text).split(QLatin1Char(' '), Qt::SkipEmptyParts);

    QString sql = QStringLiteral("SELECT p.id, p.mrn, p.family_name, p.given_name, p.birth_date, p.latest_risk_level,"
                                 " p.latest_phq9_suicide, p.last_assessment_at FROM patient p WHERE ");
    sql += policy.visibleCondition(QStringLiteral("p"));
    for (int i = 0; i < words.size(); ++i)
        sql += QStringLiteral(" AND ") + textCondition(i);
    // Clinical filters are meaningless (and would leak) for a role that sees no clinical content.
    if (clinical && !query.diagnosisPrefix.isEmpty())
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM diagnosis d WHERE d.patient_id = p.id"
                              " AND d.code >= :dxlo AND d.code < :dxhi)");
    if (clinical && !query.riskLevel.isEmpty())
        sql += QStringLiteral(" AND p.latest_risk_level = :risk");
    if (clinical && query.noAssessmentSince)
        sql += QStringLiteral(" AND (p.last_assessment_at IS NULL OR p.last_assessment_at < :since)");
    sql += clinical ? QStringLiteral(" ORDER BY p.family_key, p.given_key, p.id")
                    : QStringLiteral(" ORDER BY p.mrn_key, p.id");
    sql += QStringLiteral(" LIMIT :limit OFFSET :offset");

    auto stmt = uow.db().prepare(sql.toUtf8().toStdString());
    if (!stmt.ok())
        return stmt.error();
    policy.bind(stmt.value());
    for (int i = 0; i < words.size(); ++i) {
        stmt->bind(stmt->parameterIndex(QStringLiteral(":w%1lo").arg(i).toLatin1().constData()), words[i]);
        stmt->bind(stmt->parameterIndex(QStringLiteral(":w%1hi").arg(i).toLatin1().constData()),
                   SearchKey::prefixEnd(words[i]));
    }
    if (const int i = stmt->parameterIndex(":dxlo")) {
        const QString dx = query.diagnosisPrefix.trimmed().toUpper();
        stmt->bind(i, dx).bind(stmt->parameterIndex(":dxhi"), SearchKey::prefixEnd(dx));
    }
    if (const int i = stmt->parameterIndex(":risk"))
        stmt->bind(i, query.riskLevel);
    if (const int i = stmt->parameterIndex(":since"))
        stmt->bind(i, toMs(*query.noAssessmentSince));
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
