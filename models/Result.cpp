#include "models/Result.h"

namespace novamind {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage:
        return QStringLiteral("usage");
    case ErrorCode::Authentication:
        return QStringLiteral("authentication");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::AlreadyExists:
        return QStringLiteral("already_exists");
    case ErrorCode::Corrupt:
        return QStringLiteral("corrupt");
    case ErrorCode::Incompatible:
        return QStringLiteral("incompatible");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Database:
        return QStringLiteral("database");
    case ErrorCode::Network:
        return QStringLiteral("network");
    case ErrorCode::Server:
        return QStringLiteral("server");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace novamind
