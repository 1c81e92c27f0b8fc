#pragma once
// ClinicalRelationship: a clinician's care relationship with a patient, valid in [validFrom, validTo).

#include <QDateTime>
#include <QString>
#include <optional>

namespace novamind {

struct ClinicalRelationship
{
    QString id;
    QString clinicianId;
    QString patientId;
    QString organizationId;
    QString kind; // treating_psychiatrist | care_team | consultant
    QDateTime validFrom;
    std::optional<QDateTime> validTo; // open-ended when absent

    bool isActiveAt(const QDateTime &t) const { return validFrom <= t && (!validTo || t < *validTo); }
    bool operator==(const ClinicalRelationship &) const = default;
};

} // namespace novamind
