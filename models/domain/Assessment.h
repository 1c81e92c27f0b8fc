#pragma once
// Assessment: one administration of a structured instrument (PHQ-9, GAD-7, ...), draft or signed.

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace novamind {

struct Assessment
{
    QString id;
    QString patientId;
    QString clinicianId;
    QString instrument; // instrument id: phq9, phq2, gad7, audit, auditc, pcl5
    QString status;     // draft | completed | entered_in_error
    QDateTime startedAt;
    std::optional<QDateTime> completedAt;    // set when signed; a completed assessment is immutable
    std::vector<std::optional<int>> answers; // published item score values, in item order; nullopt = unanswered
    QString sex;                             // for instruments with sex-specific cut-offs (AUDIT-C); "" otherwise
    std::optional<int> total;
    QString band;
    QStringList flags; // e.g. suicide_risk
    QMap<QString, int> subscales;
    QString amends; // id of the assessment this one amends, if any
    QString notes;

    bool isCompleted() const { return status == QLatin1String("completed"); }
    bool operator==(const Assessment &) const = default;
};

} // namespace novamind
