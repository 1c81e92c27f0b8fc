#include "ui/sync/SyncLabels.h"

#include "ui/ClinicalStyle.h"

#include <QCoreApplication>
#include <QHash>

namespace novamind::syncui {

namespace {

const char *const kContext = "SyncLabels";

QString labelText(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

} // namespace

QString entityLabel(const QString &entity)
{
    // QT_TRANSLATE_NOOP marks the strings for lupdate; labelText() looks them up when shown.
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("patient"), QT_TRANSLATE_NOOP("SyncLabels", "Patient details")},
        {QStringLiteral("clinical_note"), QT_TRANSLATE_NOOP("SyncLabels", "Clinical note")},
        {QStringLiteral("clinical_observation"), QT_TRANSLATE_NOOP("SyncLabels", "Observation")},
        {QStringLiteral("diagnosis"), QT_TRANSLATE_NOOP("SyncLabels", "Diagnosis")},
        {QStringLiteral("medication"), QT_TRANSLATE_NOOP("SyncLabels", "Medication")},
        {QStringLiteral("treatment"), QT_TRANSLATE_NOOP("SyncLabels", "Treatment")},
        {QStringLiteral("assessment"), QT_TRANSLATE_NOOP("SyncLabels", "Assessment")},
        {QStringLiteral("twin_state"), QT_TRANSLATE_NOOP("SyncLabels", "Twin state")},
    };
    const auto it = labels.constFind(entity);
    return it != labels.cend() ? labelText(it.value()) : style::bandLabel(entity);
}

QString fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("SyncLabels", "Record id")},
        {QStringLiteral("patient_id"), QT_TRANSLATE_NOOP("SyncLabels", "Patient id")},
        {QStringLiteral("mrn"), QT_TRANSLATE_NOOP("SyncLabels", "MRN")},
        {QStringLiteral("birth_date"), QT_TRANSLATE_NOOP("SyncLabels", "Date of birth")},
        {QStringLiteral("family_name"), QT_TRANSLATE_NOOP("SyncLabels", "Family name")},
        {QStringLiteral("given_name"), QT_TRANSLATE_NOOP("SyncLabels", "Given name")},
        {QStringLiteral("author_id"), QT_TRANSLATE_NOOP("SyncLabels", "Author")},
        {QStringLiteral("clinician_id"), QT_TRANSLATE_NOOP("SyncLabels", "Clinician")},
        {QStringLiteral("prescriber_id"), QT_TRANSLATE_NOOP("SyncLabels", "Prescriber")},
        {QStringLiteral("diagnosed_by"), QT_TRANSLATE_NOOP("SyncLabels", "Diagnosed by")},
        {QStringLiteral("organization_id"), QT_TRANSLATE_NOOP("SyncLabels", "Organisation")},
        {QStringLiteral("body"), QT_TRANSLATE_NOOP("SyncLabels", "Text")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("SyncLabels", "Title")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("SyncLabels", "Kind")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("SyncLabels", "Code")},
        {QStringLiteral("system"), QT_TRANSLATE_NOOP("SyncLabels", "Code system")},
        {QStringLiteral("display"), QT_TRANSLATE_NOOP("SyncLabels", "Name")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("SyncLabels", "Status")},
        {QStringLiteral("severity"), QT_TRANSLATE_NOOP("SyncLabels", "Severity")},
        {QStringLiteral("onset_date"), QT_TRANSLATE_NOOP("SyncLabels", "Onset")},
        {QStringLiteral("resolution_date"), QT_TRANSLATE_NOOP("SyncLabels", "Resolved on")},
        {QStringLiteral("start_date"), QT_TRANSLATE_NOOP("SyncLabels", "Start")},
        {QStringLiteral("end_date"), QT_TRANSLATE_NOOP("SyncLabels", "End")},
        {QStringLiteral("created_at"), QT_TRANSLATE_NOOP("SyncLabels", "Created")},
        {QStringLiteral("updated_at"), QT_TRANSLATE_NOOP("SyncLabels", "Last changed")},
        {QStringLiteral("observed_at"), QT_TRANSLATE_NOOP("SyncLabels", "Observed")},
        {QStringLiteral("numeric_value"), QT_TRANSLATE_NOOP("SyncLabels", "Value")},
        {QStringLiteral("text_value"), QT_TRANSLATE_NOOP("SyncLabels", "Value (text)")},
        {QStringLiteral("rxnorm_code"), QT_TRANSLATE_NOOP("SyncLabels", "RxNorm code")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("SyncLabels", "Notes")},
    };
    const auto it = labels.constFind(key);
    return it != labels.cend() ? labelText(it.value()) : style::bandLabel(key);
}

QString operationLabel(const QString &op)
{
    if (op == QLatin1String("create"))
        return labelText(QT_TRANSLATE_NOOP("SyncLabels", "New"));
    if (op == QLatin1String("update"))
        return labelText(QT_TRANSLATE_NOOP("SyncLabels", "Changed"));
    if (op == QLatin1String("delete"))
        return labelText(QT_TRANSLATE_NOOP("SyncLabels", "Deleted"));
    return op;
}

} // namespace novamind::syncui
