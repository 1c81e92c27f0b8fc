#pragma once
// TestDocuments: valid documents and push mutations for a patient, as a client would send them, for server tests.
// PHQ-9 scores follow the published rule (sum, Kroenke 2001 bands, item 9 flag) rather than the server's library,
// so the server's re-scoring is checked against the instrument, not against itself.

#include "HttpClient.h"
#include "models/Result.h"
#include "models/domain/Assessment.h"
#include "models/domain/Clinical.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace novamind::test {

class TestDocuments
{
public:
    // Now in UTC, to the millisecond (the wire format's precision), so values survive a round trip unchanged.
    static QDateTime now();

    static ClinicalNote note(const QString &patientId, const QString &authorId, const QString &body);
    static ClinicalObservation observation(const QString &patientId, const QString &clinicianId);
    static Diagnosis diagnosis(const QString &patientId, const QString &clinicianId);
    static Medication medication(const QString &patientId, const QString &clinicianId);
    // With one treatment response, so that nested documents travel too.
    static Treatment treatment(const QString &patientId, const QString &clinicianId);
    // A signed PHQ-9 of nine answers (0..3), total, band and flags as the published instrument scores them.
    static Assessment phq9(const QString &patientId, const QString &clinicianId, const QList<int> &answers,
                           const QDateTime &completedAt);
    static QString phq9Band(int total);

    // {"idempotency_key", "entity", "id", "base_version", "op", "data"}; no "data" when it is empty.
    static QJsonObject mutation(const QString &key, const QString &entity, const QString &id, qint64 baseVersion,
                                const QString &op, const QJsonObject &data = {});
    // POST /v1/push {"mutations": [...]}.
    static HttpResponse push(HttpClient &http, const QByteArray &token, const QJsonArray &mutations);
    // Pushes one mutation and returns its result: an error unless the answer is 200 with exactly one result for
    // the mutation's key.
    static Result<QJsonObject> pushOne(HttpClient &http, const QByteArray &token, const QJsonObject &mutation);
};

} // namespace novamind::test
