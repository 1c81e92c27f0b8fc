#pragma once
// InstrumentAllowList: which instruments may be started as new assessments (the managed policy's
// assessments/allowedInstruments), one rule for the settings that store it and the screens that apply it.

#include <QString>
#include <QStringList>

namespace novamind {

// The allow-list that allows no instrument at all: a list holding only this entry. An empty list already means
// "every instrument", so "none" needs its own spelling; it is what a policy whose list cannot be understood locks the
// setting to, and an administrator may write it too (`allowedInstruments=none`). It is never an instrument id.
inline const QString kNoInstrument = QStringLiteral("none");

// The library's id ("phq9") of an instrument named by id or short name ("PHQ9", "PHQ-9"), in any case; "" if unknown.
QString canonicalInstrumentId(const QString &name);

// Whether an allow-list (ids in the library's spelling) lets `instrumentId` be started: empty = all,
// {kNoInstrument} = none.
bool instrumentAllowed(const QStringList &allowed, const QString &instrumentId);

} // namespace novamind
