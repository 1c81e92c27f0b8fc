#pragma once
// PurgeCommand: `novamindctl purge`: removes one patient from this replica for good and wipes it from the disk, or
// (--by-policy) runs cache eviction and audit retention as the settings say.

#include "CtlCommand.h"

namespace novamind {

class Database;

class PurgeCommand : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(PurgeCommand)
public:
    using CtlCommand::CtlCommand;

    static CommandSpec spec();
    int run(const ParsedArgs &args);

private:
    // Eviction (replica/evictAfterDays) then audit retention (audit/retentionDays), for a timer or cron job.
    int runPolicy(Database &db, const QString &userId);
};

} // namespace novamind
