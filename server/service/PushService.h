#pragma once
// PushService: POST /v1/push — applies a batch of client mutations in one transaction, idempotently, as the caller.

#include "server/service/Caller.h"
#include "server/service/Reply.h"

#include <QByteArray>
#include <QCoreApplication>

namespace novamind::server {

class ConnectionPool;
struct ServiceConfig;

class PushService
{
    Q_DECLARE_TR_FUNCTIONS(PushService)
public:
    // 200 {"results": [...]} with one result per mutation, in order (applied | duplicate | conflict | rejected);
    // a bad envelope is 400/422/413 and a database failure 503/500, and then nothing of the batch is kept.
    static Reply push(ConnectionPool &pool, const ServiceConfig &config, const Caller &caller, const QByteArray &body);
};

} // namespace novamind::server
