// FhirCodes: the code systems, canonical URLs and identifiers the FHIR export and import agree on.
#include "models/fhir/FhirCodes.h"

#include "models/instruments/InstrumentLibrary.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

namespace novamind::FhirCodes {

namespace {

// Fixed namespace of our UUID v5 urns; changing it changes every exported urn.
const QUuid kUrnNamespace(QStringLiteral("6f1c2b2e-3f5e-4d4a-9a53-2f3c8e7b9a10"));
const QString kLoincQuestionnairePrefix = QStringLiteral("http://loinc.org/q/");

} // namespace

QString localSystem(const QString &name)
{
    return kLocalBase + QStringLiteral("CodeSystem/") + name;
}

QString mrnSystem(const QString &organizationId)
{
    return kLocalBase + QStringLiteral("NamingSystem/mrn/") +
           QString::fromLatin1(QUrl::toPercentEncoding(organizationId));
}

QString clinicianSystem()
{
    return kLocalBase + QStringLiteral("NamingSystem/clinician");
}

QString questionnaireUrl(const Instrument &instrument)
{
    if (!instrument.panelLoinc.isEmpty())
        return kLoincQuestionnairePrefix + instrument.panelLoinc;
    return kLocalBase + QStringLiteral("Questionnaire/") + instrument.id;
}

QString panelFromQuestionnaireUrl(const QString &url)
{
    const QString base = url.section(QLatin1Char('|'), 0, 0);
    if (!base.startsWith(kLoincQuestionnairePrefix))
        return {};
    return base.mid(kLoincQuestionnairePrefix.size());
}

QString urnFor(const QString &kind, const QString &id)
{
    return QStringLiteral("urn:uuid:") +
           QUuid::createUuidV5(kUrnNamespace, kind + QLatin1Char('/') + id).toString(QUuid::WithoutBraces);
}

QString dateTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString date(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

bool isValidId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9\\-.]{1,64}$"));
    return re.match(id).hasMatch();
}

} // namespace novamind::FhirCodes
