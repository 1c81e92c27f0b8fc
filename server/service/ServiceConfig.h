#pragma once
// ServiceConfig: the settings of the sync service (database, token lifetime, page and batch limits).

#include <QString>

namespace novamind::server {

struct ServiceConfig
{
    QString databaseUrl; // libpq connection URI of the application role (subject to row-level security)
    int tokenLifetimeSeconds = 3600;
    int defaultPageSize = 1000;
    int maxPageSize = 5000;
    int maxMutationsPerPush = 500;
    int maxAuditEntriesPerPush = 5000;
};

} // namespace novamind::server
