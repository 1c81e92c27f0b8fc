#include "models/cli/ExitCode.h"

namespace novamind {

int exitCodeFor(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Usage:
    case ErrorCode::NotFound:
    case ErrorCode::AlreadyExists:
        return ExitCode::Usage;
    case ErrorCode::Authentication:
        return ExitCode::Authentication;
    case ErrorCode::Network:
    case ErrorCode::Server:
        return ExitCode::Network;
    case ErrorCode::Corrupt:
    case ErrorCode::Incompatible:
    case ErrorCode::Io:
    case ErrorCode::Database:
    case ErrorCode::Internal:
        return ExitCode::Failed;
    }
    return ExitCode::Failed;
}

int reportError(QTextStream &err, const Error &error)
{
    err << error.message << Qt::endl;
    if (qEnvironmentVariableIsSet("NOVAMIND_DEBUG") && !error.detail.isEmpty())
        err << error.detail << Qt::endl;
    return exitCodeFor(error);
}

} // namespace novamind
