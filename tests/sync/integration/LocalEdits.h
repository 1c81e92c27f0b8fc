#pragma once
// LocalEdits: a clinician's edits on a replica made the way the app makes them (RecordEditor, AssessmentRepository),
// each returned in codec form: the data the server must end up holding once it is synced.

#include "models/Result.h"
#include "storage/Session.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace novamind::test {

struct LocalEdit
{
    QString entity;
    QString id;
    QJsonObject data;
};

class LocalEdits
{
public:
    static Result<LocalEdit> createNote(const Session &session, const QString &patientId, const QString &body);
    // The note as it is now (`current.data`) with a new body, from the row's current version.
    static Result<LocalEdit> updateNote(const Session &session, const LocalEdit &current, const QString &body);
    static Result<LocalEdit> createObservation(const Session &session, const QString &patientId, double value);
    // A PHQ-9 drafted and signed (completed, immutable); answers without item 9 risk unless `answers` says so.
    static Result<LocalEdit> signPhq9(const Session &session, const QString &patientId, const QList<int> &answers);
};

} // namespace novamind::test
