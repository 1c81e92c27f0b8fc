#pragma once
// SyncCommand: `novamindctl sync`, one sync of a replica with the server (or one every --interval seconds).

#include "CtlCommand.h"

namespace novamind {

class SyncCommand : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)
public:
    using CtlCommand::CtlCommand;

    // The options beyond --db, --user and --passphrase-file, which every keyed command takes.
    static QSet<QString> valueOptions();
    static QSet<QString> flags();
    static QStringList required();

    // Progress lines on stderr ("sync: PHASE N records B bytes"), one JSON summary line per run on stdout; returns
    // the exit code (models/cli/ExitCode; 1 for a refused purge).
    int run(const ParsedArgs &args);
};

} // namespace novamind
