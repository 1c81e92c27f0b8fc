#include "storage/ClinicalRepository.h"

#include "storage/Database.h"
#include "storage/RecordMapping.h"
#include "storage/UnitOfWork.h"

namespace novamind {

namespace {

// The access check and the audit entry every per-patient clinical read shares.
template<typename Load>
auto auditedRead(UnitOfWork &uow, const QString &patientId, const QString &entity, Load load) -> decltype(load())
{
    NM_TRY(uow.policy().requireClinical(uow.db(), patientId));
    auto purpose = uow.policy().purposeFor(uow.db(), patientId);
    if (!purpose.ok())
        return purpose.error();
    auto result = load();
    if (!result.ok())
        return result.error();
    NM_TRY(uow.audit(QStringLiteral("read"), entity, patientId, purpose.value()));
    return result;
}

// FTS4 query syntax is not for users: every word becomes a quoted prefix term.
QString ftsQuery(const QString &text)
{
    QStringList terms;
    for (QString word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        word.remove(QLatin1Char('"'));
        if (!word.isEmpty())
            terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

// The bounds of "every state": far wider than any record, and within what an instant in milliseconds can hold.
QDateTime beginningOfRecords()
{
    return QDateTime(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
}

QDateTime endOfRecords()
{
    return QDateTime(QDate(9999, 12, 31), QTime(23, 59), Qt::UTC);
}

} // namespace

Result<std::vector<Assessment>> ClinicalRepository::assessmentHistory(UnitOfWork &uow, const QString &patientId,
                                                                      const QString &instrument)
{
    return auditedRead(uow, patientId, QStringLiteral("assessment"),
                       [&] { return RecordMapping::loadAssessmentHistory(uow.db(), patientId, instrument); });
}

Result<std::vector<DigitalTwinState>> ClinicalRepository::timeline(UnitOfWork &uow, const QString &patientId,
                                                                   const QDateTime &from, const QDateTime &to)
{
    return auditedRead(uow, patientId, QStringLiteral("twin_state"),
                       [&] { return RecordMapping::loadStates(uow.db(), patientId, toMs(from), toMs(to)); });
}

Result<TwinStateColumns> ClinicalRepository::timelineSeries(UnitOfWork &uow, const QString &patientId,
                                                            const QDateTime &from, const QDateTime &to)
{
    return auditedRead(uow, patientId, QStringLiteral("twin_state"),
                       [&] { return RecordMapping::loadStateColumns(uow.db(), patientId, toMs(from), toMs(to)); });
}

Result<std::vector<DigitalTwinState>> ClinicalRepository::timeline(UnitOfWork &uow, const QString &patientId)
{
    return timeline(uow, patientId, beginningOfRecords(), endOfRecords());
}

Result<TwinStateColumns> ClinicalRepository::timelineSeries(UnitOfWork &uow, const QString &patientId)
{
    return timelineSeries(uow, patientId, beginningOfRecords(), endOfRecords());
}

Result<std::optional<DigitalTwinState>> ClinicalRepository::stateAsOf(UnitOfWork &uow, const QString &patientId,
                                                                      const QDateTime &at)
{
    return auditedRead(uow, patientId, QStringLiteral("twin_state"),
                       [&] { return RecordMapping::loadStateAsOf(uow.db(), patientId, toMs(at)); });
}

Result<std::vector<DigitalTwinPrediction>> ClinicalRepository::predictions(UnitOfWork &uow, const QString &patientId)
{
    return auditedRead(uow, patientId, QStringLiteral("twin_prediction"),
                       [&] { return RecordMapping::loadPredictions(uow.db(), patientId); });
}

Result<std::vector<ClinicalObservation>> ClinicalRepository::observations(UnitOfWork &uow, const QString &patientId)
{
    return auditedRead(uow, patientId, QStringLiteral("observation"),
                       [&] { return RecordMapping::loadObservations(uow.db(), patientId); });
}

Result<std::vector<ClinicalNote>> ClinicalRepository::notes(UnitOfWork &uow, const QString &patientId)
{
    return auditedRead(uow, patientId, QStringLiteral("clinical_note"),
                       [&] { return RecordMapping::loadNotes(uow.db(), patientId); });
}

Result<std::vector<NoteHit>> ClinicalRepository::searchNotes(UnitOfWork &uow, const QString &text)
{
    std::vector<NoteHit> hits;
    const QString query = ftsQuery(text);
    if (!uow.policy().seesClinicalContent() || query.isEmpty())
        return hits;
    const QString sql =
        QStringLiteral("SELECT n.id, n.patient_id, n.title, n.created_at FROM clinical_note_fts f"
                       " JOIN clinical_note n ON n.rowid = f.docid JOIN patient p ON p.id = n.patient_id"
                       " WHERE clinical_note_fts MATCH :q AND ") +
        uow.policy().visibleCondition(QStringLiteral("p")) + QStringLiteral(" ORDER BY n.created_at DESC LIMIT 200");
    auto stmt = uow.db().prepare(sql.toUtf8().toStdString());
    if (!stmt.ok())
        return stmt.error();
    uow.policy().bind(stmt.value());
    stmt->bind(stmt->parameterIndex(":q"), query);
    NM_TRY(stmt->forEach([&](const Statement &row) {
        hits.push_back(NoteHit{row.columnText(0), row.columnText(1), row.columnText(2), fromMs(row.columnInt64(3))});
    }));
    NM_TRY(
        uow.audit(QStringLiteral("search"), QStringLiteral("clinical_note"), QString(), QStringLiteral("treatment")));
    return hits;
}

} // namespace novamind
