#pragma once
// PatientRemovalPrompt: the confirmation before a patient is removed from this device for good, naming what is lost.

#include "models/Result.h"
#include "storage/lifecycle/PatientRemoval.h"

#include <QCoreApplication>
#include <functional>

class QWidget;

namespace novamind {

class Database;

class PatientRemovalPrompt
{
    Q_DECLARE_TR_FUNCTIONS(PatientRemovalPrompt)
public:
    // Counts the patient's unsent changes, then opens a window-modal box on `parent` (open(), not exec(), so a lock
    // can close it and tests can drive it; it deletes itself when closed). Unsent changes ask for a second, explicit
    // yes. `onConfirmed` runs only when the user chose removal, with the options for PatientRemoval::remove. An error
    // counting the changes is returned, and nothing is asked.
    static Status open(QWidget *parent, Database &db, const QString &patientId,
                       std::function<void(const PatientRemoval::Options &)> onConfirmed);
};

} // namespace novamind
