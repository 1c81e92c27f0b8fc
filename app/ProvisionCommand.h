#pragma once
// ProvisionCommand: `novamindctl provision` — create the replica, enrol the user's key slot and run the first sync,
// without a question, for deployment scripts.

#include "CtlCommand.h"
#include "models/Result.h"

namespace novamind {

class SyncTarget;

class ProvisionCommand : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProvisionCommand)
public:
    using CtlCommand::CtlCommand;

    // provision [--db P] --user U --passphrase-file F [--role R] [--server URL] --server-password-file G
    //           [--server-user V] [--ca-file F] [--pin-sha256 H] [--page-limit N] [--no-settings]
    // --db defaults to the GUI's replica path; --server, --ca-file and --pin-sha256 default to the managed policy
    // (SyncTarget). The server's sign-in is checked before any file is created; an existing replica is opened and
    // synced instead, so a re-run finishes an interrupted provisioning. The server URL, user, CA file and pin go into
    // the OS user's GUI settings unless --no-settings (never over a policy-locked key). Stdout: one JSON object
    // {"db","replica_id","user","role","created","settings_written","sync":{...}}; exit codes 0/2/3/4 (1 for a
    // refused mass purge or a local failure).
    static CommandSpec spec();

    int run(const ParsedArgs &args);

private:
    // Creates the missing folders of `folder` readable by the OS user only.
    static Status makePrivateFolders(const QString &folder);
    // True when at least one value was stored; a file that cannot be written is a warning on m_err.
    bool writeUserSettings(const SyncTarget &target, const QString &replicaUser);
};

} // namespace novamind
