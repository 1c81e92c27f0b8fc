#pragma once
// Caller: the authenticated user a request runs as (from the bearer token), never taken from request content.

#include <QString>

namespace novamind::server {

struct Caller
{
    QString userId;
    QString role; // psychiatrist | clinician | admin
    QString organizationId;
};

} // namespace novamind::server
