#include "models/patient/PatientRecordRows.h"

#include <QLocale>
#include <algorithm>
#include <functional>

namespace novamind {

namespace {

using Cell = RecordTableModel::Cell;
using Row = RecordTableModel::Row;

Cell dateCell(const std::optional<QDate> &date)
{
    if (!date || !date->isValid())
        return Cell{QString(), QDate()};
    return Cell{QLocale().toString(*date, QLocale::ShortFormat), *date};
}

Cell dateTimeCell(const std::optional<QDateTime> &when)
{
    if (!when || !when->isValid())
        return Cell{QString(), QDateTime()};
    return Cell{QLocale().toString(when->toLocalTime().date(), QLocale::ShortFormat), *when};
}

Cell textCell(const QString &text)
{
    return Cell{text, {}};
}

// Active rows first, then the newest date first; stable, so equal rows keep the repository's order.
template<typename T, typename DateOf>
std::vector<const T *> currentFirst(const std::vector<T> &items, const std::function<bool(const T &)> &active,
                                    DateOf dateOf)
{
    std::vector<const T *> out;
    out.reserve(items.size());
    for (const T &item : items)
        out.push_back(&item);
    std::stable_sort(out.begin(), out.end(), [&](const T *a, const T *b) {
        const bool aa = active(*a);
        const bool bb = active(*b);
        if (aa != bb)
            return aa;
        return dateOf(*a) > dateOf(*b);
    });
    return out;
}

} // namespace

QString PatientRecordRows::humanize(const QString &code)
{
    QString text = code;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

bool PatientRecordRows::isCurrent(const Medication &m, const QDate &today)
{
    return m.status == QLatin1String("active") && (!m.endDate || *m.endDate >= today);
}

QStringList PatientRecordRows::diagnosisHeaders()
{
    return {tr("Code"), tr("Diagnosis"), tr("Status"), tr("Since")};
}

std::vector<Row> PatientRecordRows::diagnoses(const std::vector<Diagnosis> &diagnoses)
{
    const auto active = [](const Diagnosis &d) { return d.status == QLatin1String("active"); };
    std::vector<Row> rows;
    for (const Diagnosis *d :
         currentFirst<Diagnosis>(diagnoses, active, [](const Diagnosis &x) { return x.onsetDate.value_or(QDate()); })) {
        Row row;
        row.id = d->id;
        row.active = active(*d);
        QString description = d->display;
        if (!d->severity.isEmpty())
            description += QStringLiteral(" (") + humanize(d->severity) + QLatin1Char(')');
        row.cells = {textCell(d->code), textCell(description), textCell(humanize(d->status)), dateCell(d->onsetDate)};
        rows.push_back(std::move(row));
    }
    return rows;
}

QStringList PatientRecordRows::medicationHeaders()
{
    return {tr("Medication"), tr("Dose"), tr("Frequency"), tr("Start"), tr("Stop"), tr("Status")};
}

std::vector<Row> PatientRecordRows::medications(const std::vector<Medication> &medications, const QDate &today)
{
    const auto active = [today](const Medication &m) { return isCurrent(m, today); };
    std::vector<Row> rows;
    for (const Medication *m :
         currentFirst<Medication>(medications, active, [](const Medication &x) { return x.startDate; })) {
        Row row;
        row.id = m->id;
        row.active = active(*m);
        const QString dose =
            m->dose > 0 ? QLocale().toString(m->dose, 'g', 6) + QLatin1Char(' ') + m->doseUnit : QString();
        row.cells = {textCell(m->name),      Cell{dose, m->dose},
                     textCell(m->frequency), dateCell(m->startDate),
                     dateCell(m->endDate),   textCell(row.active ? tr("Current") : humanize(m->status))};
        rows.push_back(std::move(row));
    }
    return rows;
}

QStringList PatientRecordRows::treatmentHeaders()
{
    return {tr("Type"), tr("Treatment"), tr("Status"), tr("Start"), tr("End"), tr("Latest response")};
}

std::vector<Row> PatientRecordRows::treatments(const std::vector<Treatment> &treatments)
{
    const auto active = [](const Treatment &t) { return t.status == QLatin1String("active"); };
    std::vector<Row> rows;
    for (const Treatment *t :
         currentFirst<Treatment>(treatments, active, [](const Treatment &x) { return x.startDate; })) {
        Row row;
        row.id = t->id;
        row.active = active(*t);
        const TreatmentResponse *latest = nullptr;
        for (const TreatmentResponse &r : t->responses)
            if (!latest || r.assessedAt > latest->assessedAt)
                latest = &r;
        row.cells = {textCell(humanize(t->type)),   textCell(t->name),
                     textCell(humanize(t->status)), dateCell(t->startDate),
                     dateCell(t->endDate),          textCell(latest ? humanize(latest->response) : QString())};
        rows.push_back(std::move(row));
    }
    return rows;
}

QStringList PatientRecordRows::relationshipHeaders()
{
    return {tr("Clinician"), tr("Role"), tr("Valid from"), tr("Valid to")};
}

std::vector<Row> PatientRecordRows::relationships(const std::vector<ClinicalRelationship> &relationships,
                                                  const QDateTime &now)
{
    const auto active = [now](const ClinicalRelationship &r) { return r.isActiveAt(now); };
    std::vector<Row> rows;
    for (const ClinicalRelationship *r : currentFirst<ClinicalRelationship>(
             relationships, active, [](const ClinicalRelationship &x) { return x.validFrom; })) {
        Row row;
        row.id = r->id;
        row.active = active(*r);
        Cell to = dateTimeCell(r->validTo);
        if (!r->validTo)
            to = Cell{tr("Open-ended"), QDateTime()};
        row.cells = {textCell(r->clinicianId), textCell(humanize(r->kind)), dateTimeCell(r->validFrom), to};
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace novamind
