#pragma once
// RecordEditor: local edits of editable records (notes, observations, diagnoses, medications, treatments, patient
// details), each written with its outbox entry and audit entry in one transaction.

#include "models/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace novamind {

struct Session;

class RecordEditor
{
    Q_DECLARE_TR_FUNCTIONS(RecordEditor)
public:
    // `data` is the whole record in codec form (its "id" names it, its "patient_id" the patient; for entity
    // "patient" the id is the patient). create: the id must be new; update: the record must exist; the patient
    // must be visible with clinical content (AccessPolicy). The row becomes pending (local_state 1) and the
    // outbox entry carries base_version = the row's server version (0 for a create).
    static Status create(const Session &session, const QString &entity, const QJsonObject &data);
    static Status update(const Session &session, const QString &entity, const QJsonObject &data);
    static Status remove(const Session &session, const QString &entity, const QString &id);
};

} // namespace novamind
