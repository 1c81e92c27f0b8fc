#pragma once
// SyncWorkerSupport: a SyncWorker whose runs talk to a test's FakeTransport (the worker owns its transport, the test
// keeps the fake), and the request such a run takes.
#include "FakeTransport.h"
#include "storage/Replica.h"
#include "sync/SyncWorker.h"

#include <memory>

namespace novamind::test {

// Hands every request to the test's FakeTransport, which the worker cannot own.
class ForwardingTransport final : public Transport
{
public:
    explicit ForwardingTransport(FakeTransport &target)
        : m_target(target)
    {}
    Result<HttpResponse> send(const HttpRequest &request) override { return m_target.send(request); }
    void cancel() override { m_target.cancel(); }

private:
    FakeTransport &m_target;
};

inline std::unique_ptr<SyncWorker> fakeTransportWorker(Replica &replica, FakeTransport &transport)
{
    auto w = std::make_unique<SyncWorker>(replica);
    w->setTransportFactory([&transport](const TransportOptions &) -> Result<std::unique_ptr<Transport>> {
        return std::unique_ptr<Transport>(std::make_unique<ForwardingTransport>(transport));
    });
    return w;
}

// dr.ada signing in with password "pw" to a server the FakeTransport plays; no upkeep.
inline SyncRequest fakeServerRequest(const Replica &replica)
{
    SyncRequest r;
    r.transport.baseUrl = QStringLiteral("http://127.0.0.1:1");
    r.serverUser = QStringLiteral("dr.ada");
    r.serverPassword = SecureBytes("pw", 2);
    r.engine.userId = QStringLiteral("dr.ada");
    r.engine.deviceId = replica.identity().replicaId;
    return r;
}

} // namespace novamind::test
