#pragma once
// PatientDeletionCommands: `novamindctl delete-patient` (soft deletion with a reason) and `restore-patient`.

#include "CtlCommand.h"

namespace novamind {

class DeletePatientCommand : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeletePatientCommand)
public:
    using CtlCommand::CtlCommand;

    static CommandSpec spec();
    // Prints {"patient", "deleted": true}. A patient the user may not see, or already deleted, is "not found"
    // (exit 2) in the same sentence.
    int run(const ParsedArgs &args);
};

class RestorePatientCommand : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(RestorePatientCommand)
public:
    using CtlCommand::CtlCommand;

    static CommandSpec spec();
    // Prints {"patient", "restored": true}; exit 2 when the patient is not among the user's deleted patients.
    int run(const ParsedArgs &args);
};

} // namespace novamind
