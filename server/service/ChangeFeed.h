#pragma once
// ChangeFeed: GET /v1/changes — one page of the caller's changes after a cursor, with revocations.

#include "server/db/ConnectionPool.h"
#include "server/service/Caller.h"
#include "server/service/Reply.h"
#include "server/service/ServiceConfig.h"

#include <QUrlQuery>

namespace novamind::server {

class ChangeFeed
{
public:
    // Pages are cut in sequence order; a page's cursor never passes a change the caller has not been sent,
    // because writers commit in sequence order (DocumentWriter::lockSequence) and the page is read in one snapshot.
    static Reply changes(ConnectionPool &pool, const ServiceConfig &config, const Caller &caller,
                         const QUrlQuery &query);
};

// Appends `text` as a JSON string literal (quoted and escaped) to `out`.
void appendJsonString(QByteArray &out, const QByteArray &utf8);

} // namespace novamind::server
