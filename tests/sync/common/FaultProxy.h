#pragma once
// FaultProxy: a loopback TCP proxy in front of an HTTP/1.1 server that breaks chosen exchanges the way networks and
// broken servers do, in a thread of its own, counting every fault it injected.
//
// Each client connection carries one exchange: the proxy reads the whole request, applies the connection's fault,
// forwards to the upstream over a new connection with "Connection: close", and marks the reply "Connection: close"
// too, so a client never reuses a connection and every request meets a fresh fault decision.
//
//   FaultProxy proxy(QStringLiteral("127.0.0.1"), serverPort);
//   QVERIFY(proxy.start());
//   proxy.setFault(FaultProxy::Fault::TruncateBody);          // every connection from now on
//   proxy.queueFaults({Fault::DropAfterForward, Fault::None}); // the next connections, in order, before the default
//   proxy.setRandomFaults(/*seed*/ 42, /*rate*/ 0.2);          // instead of the default: 20 % of connections
//   ... point the client at proxy.baseUrl() ...
//   QCOMPARE(proxy.count(FaultProxy::Fault::TruncateBody), 1);
//   proxy.stop();                                             // also done by the destructor
//
// Faults are decided when a connection is accepted and counted when they are applied. DropAfterForward waits until
// the upstream has started its reply, so the server has handled the request the client never hears about — the
// case idempotency keys exist for. The upstream is plain HTTP (TLS is not proxied).

#include "LoopbackThread.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <array>
#include <chrono>
#include <mutex>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace novamind::testkit {

class FaultProxy
{
public:
    enum class Fault
    {
        None,                   // relay faithfully
        DropBeforeForward,      // close the client connection once its request has arrived; upstream never sees it
        DropAfterForward,       // forward, wait for the upstream's reply to begin, then close the client connection
        TruncateBody,           // relay the reply's head and half its body (or half the head when bodiless), close
        StallAfterHeaders,      // relay the reply's head, then nothing more; the connection stays open
        Delay,                  // wait delay() before forwarding, then relay faithfully
        Garbage,                // answer bytes that are not HTTP, then close; upstream never sees the request
        OversizedContentLength, // answer "Content-Length: 2147483648" and stream zeros for as long as the client reads
        EndlessChunked,         // answer a chunked body of 64 KiB chunks that never ends
    };
    static constexpr int kFaultKinds = 9;
    static QString faultName(Fault fault);
    static QList<Fault> allFaults(); // every fault except None

    FaultProxy(QString upstreamHost, quint16 upstreamPort);
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    bool start(); // listens on 127.0.0.1, any free port
    void stop();
    quint16 port() const { return m_port; }
    QString baseUrl() const; // "http://127.0.0.1:PORT"

    void setFault(Fault fault); // the default for connections with no queued or random fault
    void queueFaults(const QList<Fault> &faults);
    // Each connection (after the queue) gets a fault with probability `rate`, drawn uniformly from `kinds` (default
    // all), from a generator seeded with `seed` — a given seed replays the same sequence of decisions.
    void setRandomFaults(quint32 seed, double rate, const QList<Fault> &kinds = allFaults());
    void clearRandomFaults();
    void setDelay(std::chrono::milliseconds delay);

    int count(Fault fault) const; // times the fault was applied (None: connections relayed faithfully)
    int connections() const;

private:
    struct Exchange;
    Fault nextFault();
    void countApplied(Fault fault);
    void accept(QTcpSocket *client);
    void onRequest(const std::shared_ptr<Exchange> &exchange);
    void forward(const std::shared_ptr<Exchange> &exchange);
    void onUpstreamData(const std::shared_ptr<Exchange> &exchange);
    void flood(const std::shared_ptr<Exchange> &exchange);

    QString m_upstreamHost;
    quint16 m_upstreamPort;
    LoopbackThread m_thread;
    QTcpServer *m_server = nullptr; // lives in m_thread
    quint16 m_port = 0;

    mutable std::mutex m_mutex;
    Fault m_default = Fault::None;
    QList<Fault> m_queue;
    std::optional<QRandomGenerator> m_random;
    double m_rate = 0;
    QList<Fault> m_randomKinds;
    std::chrono::milliseconds m_delay{500};
    std::array<int, kFaultKinds> m_counts{};
    int m_connections = 0;
};

} // namespace novamind::testkit
