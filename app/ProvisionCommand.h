#pragma once
// ProvisionCommand: `novamindctl provision` — create the replica, enrol the user's key slot and run the first sync,
// without a question, for deployment scripts.

#include "models/cli/CtlOptions.h"

#include <QCoreApplication>
#include <QTextStream>

namespace novamind {

class ProvisionCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProvisionCommand)
public:
    ProvisionCommand(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

    // provision [--db P] --user U --passphrase-file F [--role R] [--server URL] --server-password-file G
    //           [--server-user V] [--ca-file F] [--pin-sha256 H] [--page-limit N]
    // --db defaults to the GUI's replica path; --server, --ca-file and --pin-sha256 default to the managed policy.
    static CommandSpec spec();

    int run(const ParsedArgs &args);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace novamind
