#include "sync/Transport.h"

#include <cpprest/version.h>

namespace novamind {

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QString transportLibraryVersion()
{
    return QStringLiteral("cpprestsdk %1.%2.%3")
        .arg(CPPREST_VERSION_MAJOR)
        .arg(CPPREST_VERSION_MINOR)
        .arg(CPPREST_VERSION_REVISION);
}

} // namespace novamind
