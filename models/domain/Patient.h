#pragma once
// Patient: a person in care, identified by id (UUID) and medical record number (MRN), within one organisation.

#include <QDate>
#include <QString>

namespace novamind {

struct ContactInformation
{
    QString phone;
    QString email;
    QString address;

    bool operator==(const ContactInformation &) const = default;
};

struct Patient
{
    QString id;
    QString mrn;
    QString organizationId;
    QString givenName;
    QString familyName;
    QDate birthDate;
    QString sex;    // sex at birth: female | male | intersex | unknown
    QString gender; // FHIR administrative gender: female | male | other | unknown
    ContactInformation contact;

    QString displayName() const { return familyName + QStringLiteral(", ") + givenName; }
    bool operator==(const Patient &) const = default;
};

} // namespace novamind
