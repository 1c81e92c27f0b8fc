#pragma once
// JSON codecs of the domain types: the one wire format of sync and stored documents, shared by client and server.

#include "models/Result.h"
#include "models/domain/Assessment.h"
#include "models/domain/Clinical.h"
#include "models/domain/ClinicalRelationship.h"
#include "models/domain/DigitalTwin.h"
#include "models/domain/Identity.h"
#include "models/domain/Patient.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <concepts>
#include <optional>

namespace novamind::codec {

template<typename T, typename... Ts>
concept OneOf = (std::same_as<T, Ts> || ...);

// Every type with a codec; anything else is rejected at compile time rather than at link time.
template<typename T>
concept Encodable = OneOf<T, Organization, Clinician, ContactInformation, Patient, ClinicalRelationship, Diagnosis,
                          Medication, TreatmentResponse, Treatment, ClinicalObservation, ClinicalNote, Assessment,
                          DigitalTwin, SymptomState, NeurotransmitterState, BehavioralState, FunctionalState, RiskState,
                          SourceEvent, DigitalTwinState, DigitalTwinPrediction>;

// snake_case keys, dates "YYYY-MM-DD", timestamps UTC with milliseconds; optional fields are omitted when absent
// (empty strings, empty lists, std::nullopt), so a document never carries nulls.
template<Encodable T> QJsonObject toJson(const T &value);

// Validates every field; the first bad one becomes a Usage error whose one-sentence message names its path
// (`Field "risk.level" must be one of low, moderate, high, imminent.`), never its value, which may be PHI.
// Unknown keys are ignored so that an older client can read a newer server's documents.
template<Encodable T> Result<T> fromJson(const QJsonObject &json);

// Compact JSON text of toJson(); QJsonObject sorts its keys, so equal values give byte-identical documents.
template<Encodable T> QByteArray encode(const T &value);
// Parses a JSON object document and decodes it; malformed JSON is a Usage error like a bad field.
template<Encodable T> Result<T> decode(const QByteArray &json);

// The wire forms of dates and timestamps, for code that stores them outside a document (columns, cursors).
QString formatDate(const QDate &date);               // "2026-01-02"; "" when invalid
QString formatTimestamp(const QDateTime &timestamp); // "2026-01-02T03:04:05.000Z"; "" when invalid
std::optional<QDate> parseDate(const QString &text); // exactly YYYY-MM-DD
// ISO 8601 with a zone designator (Z or ±hh:mm), with or without milliseconds; the result is in UTC.
std::optional<QDateTime> parseTimestamp(const QString &text);

} // namespace novamind::codec
