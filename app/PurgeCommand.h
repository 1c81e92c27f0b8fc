#pragma once
// PurgeCommand: `novamindctl purge`: removes one patient from this replica for good and wipes it from the disk, or
// (--by-policy) runs cache eviction and audit retention as the settings say.

#include "models/cli/CtlOptions.h"

#include <QCoreApplication>
#include <QTextStream>

namespace novamind {

class Database;

class PurgeCommand
{
    Q_DECLARE_TR_FUNCTIONS(PurgeCommand)
public:
    PurgeCommand(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

    static CommandSpec spec();
    int run(const ParsedArgs &args);

private:
    // Eviction (replica/evictAfterDays) then audit retention (audit/retentionDays), for a timer or cron job.
    int runPolicy(Database &db, const QString &userId);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace novamind
