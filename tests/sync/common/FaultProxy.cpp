// FaultProxy: a loopback TCP proxy in front of an HTTP/1.1 server that breaks chosen exchanges.
#include "FaultProxy.h"

#include "HttpHead.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace novamind::testkit {

namespace {

constexpr qint64 kFloodChunk = 64 * 1024;
constexpr qint64 kFloodBacklog = 256 * 1024; // queued bytes at most: the client's reading sets the pace

} // namespace

struct FaultProxy::Exchange
{
    Fault fault = Fault::None;
    // The client socket owns this Exchange through its connections' lambdas. Guarded: the upstream socket, its child,
    // still signals while the client is being destroyed.
    QPointer<QTcpSocket> client;
    QTcpSocket *upstream = nullptr;
    QByteArray request;
    bool requestComplete = false;
    QByteArray reply;
    bool headRelayed = false;
    qint64 bodyLimit = -1; // TruncateBody: body bytes still to relay
    bool finished = false; // nothing more goes to the client
};

QString FaultProxy::faultName(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return QStringLiteral("none");
    case Fault::DropBeforeForward:
        return QStringLiteral("drop-before-forward");
    case Fault::DropAfterForward:
        return QStringLiteral("drop-after-forward");
    case Fault::TruncateBody:
        return QStringLiteral("truncate-body");
    case Fault::StallAfterHeaders:
        return QStringLiteral("stall-after-headers");
    case Fault::Delay:
        return QStringLiteral("delay");
    case Fault::Garbage:
        return QStringLiteral("garbage");
    case Fault::OversizedContentLength:
        return QStringLiteral("oversized-content-length");
    case Fault::EndlessChunked:
        return QStringLiteral("endless-chunked");
    }
    return QStringLiteral("unknown");
}

QList<FaultProxy::Fault> FaultProxy::allFaults()
{
    return {Fault::DropBeforeForward,
            Fault::DropAfterForward,
            Fault::TruncateBody,
            Fault::StallAfterHeaders,
            Fault::Delay,
            Fault::Garbage,
            Fault::OversizedContentLength,
            Fault::EndlessChunked};
}

FaultProxy::FaultProxy(QString upstreamHost, quint16 upstreamPort)
    : m_upstreamHost(std::move(upstreamHost))
    , m_upstreamPort(upstreamPort)
{}

FaultProxy::~FaultProxy()
{
    stop();
}

bool FaultProxy::start()
{
    bool listening = false;
    m_thread.run([&] {
        m_server = new QTcpServer(m_thread.context());
        QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
            while (QTcpSocket *client = m_server->nextPendingConnection())
                accept(client);
        });
        listening = m_server->listen(QHostAddress::LocalHost, 0);
        m_port = m_server->serverPort();
    });
    return listening;
}

void FaultProxy::stop()
{
    m_thread.stop();
    m_server = nullptr;
}

QString FaultProxy::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:") + QString::number(m_port);
}

void FaultProxy::setFault(Fault fault)
{
    std::lock_guard lock(m_mutex);
    m_default = fault;
}

void FaultProxy::queueFaults(const QList<Fault> &faults)
{
    std::lock_guard lock(m_mutex);
    m_queue += faults;
}

void FaultProxy::setRandomFaults(quint32 seed, double rate, const QList<Fault> &kinds)
{
    std::lock_guard lock(m_mutex);
    m_random.emplace(seed);
    m_rate = rate;
    m_randomKinds = kinds.isEmpty() ? allFaults() : kinds;
}

void FaultProxy::clearRandomFaults()
{
    std::lock_guard lock(m_mutex);
    m_random.reset();
}

void FaultProxy::setDelay(std::chrono::milliseconds delay)
{
    std::lock_guard lock(m_mutex);
    m_delay = delay;
}

int FaultProxy::count(Fault fault) const
{
    std::lock_guard lock(m_mutex);
    return m_counts[size_t(fault)];
}

int FaultProxy::connections() const
{
    std::lock_guard lock(m_mutex);
    return m_connections;
}

FaultProxy::Fault FaultProxy::nextFault()
{
    std::lock_guard lock(m_mutex);
    ++m_connections;
    if (!m_queue.isEmpty())
        return m_queue.takeFirst();
    if (m_random) {
        const bool hit = m_random->generateDouble() < m_rate;
        const auto pick = m_random->bounded(quint32(m_randomKinds.size()));
        return hit ? m_randomKinds.at(qsizetype(pick)) : Fault::None;
    }
    return m_default;
}

void FaultProxy::countApplied(Fault fault)
{
    std::lock_guard lock(m_mutex);
    ++m_counts[size_t(fault)];
}

void FaultProxy::accept(QTcpSocket *client)
{
    auto exchange = std::make_shared<Exchange>();
    exchange->fault = nextFault();
    exchange->client = client;
    client->setParent(m_thread.context());
    QObject::connect(client, &QTcpSocket::readyRead, client, [this, exchange] {
        const QByteArray data = exchange->client->readAll();
        if (exchange->requestComplete)
            return; // one exchange per connection; anything after the request is ignored
        exchange->request += data;
        const auto head = HttpHead::parse(exchange->request);
        if (!head || exchange->request.size() < head->size + std::max<qint64>(0, head->contentLength()))
            return;
        exchange->requestComplete = true;
        onRequest(exchange);
    });
    QObject *owner = client; // the lambda may run in ~QAbstractSocket, when the object is no longer a QTcpSocket
    QObject::connect(client, &QTcpSocket::disconnected, client, [owner] { owner->deleteLater(); });
}

void FaultProxy::onRequest(const std::shared_ptr<Exchange> &exchange)
{
    QTcpSocket *client = exchange->client;
    switch (exchange->fault) {
    case Fault::DropBeforeForward:
        countApplied(exchange->fault);
        exchange->finished = true;
        client->abort();
        return;
    case Fault::Garbage:
        countApplied(exchange->fault);
        exchange->finished = true;
        client->write("SSH-2.0-OpenSSH_9.2\r\n\x01\x02\x03 this is not an HTTP reply\r\n\r\n");
        client->disconnectFromHost();
        return;
    case Fault::OversizedContentLength:
        countApplied(exchange->fault);
        client->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2147483648\r\n\r\n");
        flood(exchange);
        return;
    case Fault::EndlessChunked:
        countApplied(exchange->fault);
        client->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        flood(exchange);
        return;
    case Fault::Delay: {
        std::chrono::milliseconds delay;
        {
            std::lock_guard lock(m_mutex);
            delay = m_delay;
        }
        countApplied(exchange->fault);
        QTimer::singleShot(delay, client, [this, exchange] { forward(exchange); });
        return;
    }
    case Fault::None:
        countApplied(exchange->fault);
        forward(exchange);
        return;
    case Fault::DropAfterForward:
    case Fault::TruncateBody:
    case Fault::StallAfterHeaders:
        forward(exchange);
        return;
    }
}

void FaultProxy::flood(const std::shared_ptr<Exchange> &exchange)
{
    QTcpSocket *client = exchange->client;
    const bool chunked = exchange->fault == Fault::EndlessChunked;
    const auto topUp = [exchange, chunked] {
        static const QByteArray zeros(kFloodChunk, '0');
        static const QByteArray chunk = QByteArray::number(kFloodChunk, 16) + "\r\n" + zeros + "\r\n";
        while (exchange->client && exchange->client->state() == QAbstractSocket::ConnectedState &&
               exchange->client->bytesToWrite() < kFloodBacklog)
            exchange->client->write(chunked ? chunk : zeros);
    };
    QObject::connect(client, &QTcpSocket::bytesWritten, client, topUp);
    topUp();
}

void FaultProxy::forward(const std::shared_ptr<Exchange> &exchange)
{
    QTcpSocket *client = exchange->client;
    if (client->state() != QAbstractSocket::ConnectedState)
        return;
    const auto head = HttpHead::parse(exchange->request);
    const QByteArray rewritten = head->serialized("Connection", "close") + exchange->request.mid(head->size);
    auto *upstream = new QTcpSocket(client);
    exchange->upstream = upstream;
    QObject::connect(upstream, &QTcpSocket::connected, upstream, [upstream, rewritten] { upstream->write(rewritten); });
    QObject::connect(upstream, &QTcpSocket::readyRead, upstream, [this, exchange] { onUpstreamData(exchange); });
    const auto upstreamGone = [exchange] {
        if (exchange->finished || exchange->client.isNull())
            return;
        exchange->finished = true;
        if (exchange->fault == Fault::StallAfterHeaders && exchange->headRelayed)
            return; // keep the client hanging
        exchange->client->disconnectFromHost();
    };
    QObject::connect(upstream, &QTcpSocket::disconnected, upstream, upstreamGone);
    QObject::connect(upstream, &QTcpSocket::errorOccurred, upstream,
                     [upstreamGone](QAbstractSocket::SocketError) { upstreamGone(); });
    upstream->connectToHost(m_upstreamHost, m_upstreamPort);
}

void FaultProxy::onUpstreamData(const std::shared_ptr<Exchange> &exchange)
{
    QTcpSocket *client = exchange->client;
    if (client == nullptr)
        return;
    exchange->reply += exchange->upstream->readAll();
    if (exchange->finished && exchange->fault != Fault::StallAfterHeaders)
        return;
    if (!exchange->headRelayed) {
        const auto head = HttpHead::parse(exchange->reply);
        if (!head)
            return;
        const QByteArray rewritten = head->serialized("Connection", "close");
        const QByteArray body = exchange->reply.mid(head->size);
        exchange->reply.clear();
        exchange->headRelayed = true;
        switch (exchange->fault) {
        case Fault::DropAfterForward:
            countApplied(exchange->fault);
            exchange->finished = true;
            client->abort();
            return;
        case Fault::StallAfterHeaders:
            countApplied(exchange->fault);
            exchange->finished = true;
            client->write(rewritten);
            return;
        case Fault::TruncateBody:
            countApplied(exchange->fault);
            if (head->contentLength() == 0 || (head->contentLength() < 0 && !head->chunked() && body.isEmpty())) {
                exchange->finished = true;
                client->write(rewritten.left(rewritten.size() / 2));
                client->disconnectFromHost();
                return;
            }
            exchange->bodyLimit = head->contentLength() > 0 ? head->contentLength() / 2 : 512;
            client->write(rewritten);
            exchange->reply = body;
            break;
        default:
            client->write(rewritten + body);
            return;
        }
    }
    if (exchange->finished)
        return; // stalled: swallow the rest
    if (exchange->fault == Fault::TruncateBody) {
        const QByteArray part = exchange->reply.left(exchange->bodyLimit);
        exchange->reply.clear();
        exchange->bodyLimit -= part.size();
        client->write(part);
        if (exchange->bodyLimit <= 0) {
            exchange->finished = true;
            client->disconnectFromHost();
        }
        return;
    }
    client->write(exchange->reply);
    exchange->reply.clear();
}

} // namespace novamind::testkit
