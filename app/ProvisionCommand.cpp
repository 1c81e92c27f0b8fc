#include "ProvisionCommand.h"

#include "models/cli/ExitCode.h"

namespace novamind {

// Stub: implemented by the provisioning work (issue 7).
CommandSpec ProvisionCommand::spec()
{
    CommandSpec spec;
    spec.valueOptions = {
        QStringLiteral("db"),          QStringLiteral("user"),    QStringLiteral("passphrase-file"),
        QStringLiteral("role"),        QStringLiteral("server"),  QStringLiteral("server-password-file"),
        QStringLiteral("server-user"), QStringLiteral("ca-file"), QStringLiteral("pin-sha256"),
        QStringLiteral("page-limit")};
    spec.required = {QStringLiteral("user"), QStringLiteral("passphrase-file"), QStringLiteral("server-password-file")};
    return spec;
}

int ProvisionCommand::run(const ParsedArgs &)
{
    m_err << "not implemented" << Qt::endl;
    return ExitCode::Failed;
}

} // namespace novamind
