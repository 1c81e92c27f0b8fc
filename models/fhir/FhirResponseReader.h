#pragma once
// FhirResponseReader: FHIR QuestionnaireResponses (alone or in a Bundle) back to instrument answers, checked item
// by item; totals in the file are never read.

#include "models/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <optional>
#include <vector>

namespace novamind {

class InstrumentLibrary;
struct Instrument;

struct FhirImportedResponse
{
    QString patientId;  // from subject: "Patient/<id>", or the id of the bundle's Patient entry it points at
    QString instrument; // instrument id, e.g. phq9
    std::vector<std::optional<int>> answers; // published item score values, in item order; all present
    QDateTime authored;                      // invalid when the file has none
};

class FhirResponseReader
{
    Q_DECLARE_TR_FUNCTIONS(FhirResponseReader)
public:
    explicit FhirResponseReader(const InstrumentLibrary &library)
        : m_library(library)
    {}

    // Every QuestionnaireResponse in the document (other resources of a Bundle are skipped). One bad response
    // fails the whole read, with a sentence naming the response by position and the item by link id.
    Result<std::vector<FhirImportedResponse>> read(const QByteArray &json) const;

private:
    Result<FhirImportedResponse> response(const QJsonObject &resource, int position, const QJsonObject &bundle) const;
    Result<int> answerScore(const Instrument &instrument, int itemIndex, const QJsonObject &answer, int position) const;

    const InstrumentLibrary &m_library;
};

} // namespace novamind
