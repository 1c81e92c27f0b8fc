#pragma once
// Organization and Clinician: who works where; a clinician's id is the user id they sign in with.

#include <QString>
#include <QStringList>

namespace novamind {

struct Organization
{
    QString id;
    QString name;

    bool operator==(const Organization &) const = default;
};

struct Clinician
{
    QString id; // the sign-in user id, e.g. "dr.ada"
    QString licenseNumber;
    QString givenName;
    QString familyName;
    QString role; // psychiatrist | clinician | admin
    QString organizationId;
    QStringList specializations;
    QString email;

    bool operator==(const Clinician &) const = default;
};

} // namespace novamind
