#pragma once
// SyncLabels: readable, translated names for sync entities, their codec fields and outbox operations.

#include <QString>

namespace novamind::syncui {

// "clinical_note" → "Clinical note"; unknown entities get their name made readable.
QString entityLabel(const QString &entity);
// A codec key ("birth_date") → "Date of birth"; unknown keys are made readable ("dose_unit" → "Dose unit").
QString fieldLabel(const QString &key);
// create | update | delete → "New" | "Changed" | "Deleted".
QString operationLabel(const QString &op);

} // namespace novamind::syncui
