#pragma once
// HttpServer: the HTTP(S) front of SyncService: routing, body caps, TLS, worker threads, graceful drain.

#include "models/Result.h"
#include "server/service/Reply.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>
#include <QUrlQuery>
#include <deque>
#include <optional>
#include <unordered_map>

class QTcpServer;
class QTcpSocket;

namespace novamind::server {

class SyncService;

// The listening side of `novamind-syncd serve` (the service's own settings live in ServiceConfig).
struct ServeOptions
{
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;           // 0: the system picks a free port; HttpServer::port() tells which
    QString tlsCertificateFile; // PEM, leaf first then intermediates; empty: plain HTTP
    QString tlsKeyFile;         // PEM, unencrypted RSA or EC private key
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    int threads = 0;            // workers for the database-bound calls; 0: twice the cores, at least 4
    int loginThreads = 0;       // workers for POST /v1/auth/token (scrypt, 128 MiB each); 0: cores, 1 to 4
    int drainTimeoutMs = 10000; // how long shutdown() waits for requests in flight
    int idleTimeoutMs = 60000;  // an idle keep-alive connection is closed after this
};

class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    HttpServer(SyncService &service, ServeOptions options, QObject *parent = nullptr);
    ~HttpServer() override;

    // Loads the TLS material (when configured) and starts listening. Usage errors: unreadable or invalid
    // certificate/key; Network errors: the address cannot be bound.
    Status start();
    quint16 port() const { return m_port; }
    // "http://127.0.0.1:PORT" (https with TLS): what clients use to reach this server.
    QString baseUrl() const;

    // Stops accepting connections, lets requests in flight finish (at most drainTimeoutMs), closes the
    // connections, then emits drained(). Safe to call more than once.
    void shutdown();
    // After drained(): waits at most `msecs` for worker threads still running a request (after a forced
    // drain); false if some are still busy.
    bool waitForWorkers(int msecs);

Q_SIGNALS:
    void drained();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    enum class Endpoint
    {
        Token,
        Revoke,
        Changes,
        Push,
        Audit,
        Record,
        Health,
    };

    struct RouteMatch
    {
        bool pathKnown = false;     // some route has this path (else 404)
        bool methodAllowed = false; // ... and this method (else 405 with `allow`)
        Endpoint endpoint = Endpoint::Health;
        QByteArray routeTemplate; // what the log shows: "/v1/records/{entity}/{id}", never the ids
        QByteArray allow;
        QStringList params; // percent-decoded {placeholders}, in order
    };

    // One request, copied out of Qt's parser object (which is reused for the next request on the socket).
    struct Pending
    {
        Endpoint endpoint = Endpoint::Health;
        std::optional<Reply> immediate; // answered without the service (routing, size, media type)
        QByteArray authorization;
        QByteArray contentType;
        QByteArray body;
        QUrlQuery query;
        QStringList params;
        QHostAddress peer;
        QByteArray method;        // for the log
        QByteArray routeTemplate; // for the log
        qint64 startedMs = 0;
        bool close = false; // Connection: close after the reply
    };

    // The state of one client connection (keyed by its socket; `id` tells a reused address apart).
    struct Connection
    {
        quint64 id = 0;
        QTcpSocket *socket = nullptr;
        QPointer<QTcpSocket> alive;  // tells a socket deleted behind our back (the map key would dangle)
        QTimer *idleTimer = nullptr; // child of the socket
        // What the pre-parser has seen of the request currently arriving.
        QByteArray head; // request line and headers, until the blank line
        bool headComplete = false;
        qint64 bodyBytesSeen = 0; // raw body bytes, chunk framing included
        bool chunked = false;
        bool http10 = false;
        qint64 startedMs = -1;       // first byte of the current request
        bool rejected = false;       // answered early (413/431); the rest of the upload is discarded
        bool busy = false;           // a reply is being computed or written
        std::deque<Pending> waiting; // complete requests that arrived while busy, answered in order
    };

    static RouteMatch matchRoute(QHttpServerRequest::Method method, const QString &encodedPath);
    static QByteArray methodName(QHttpServerRequest::Method method);

    Result<QTcpServer *> makeListener();
    void adoptSocket(QTcpSocket *socket);
    void forgetSocket(QTcpSocket *socket);
    void onBytesArriving(QTcpSocket *socket);
    void rejectEarly(Connection &conn, const Reply &reply);
    void resetRequestState(Connection &conn);

    void enqueue(Connection &conn, Pending pending);
    void startNext(Connection &conn, Pending pending);
    Reply execute(const Pending &pending);
    void deliver(QTcpSocket *socket, quint64 connectionId, const Reply &reply, const Pending &pending);
    void writeReply(QTcpSocket *socket, const Reply &reply, bool close, bool headersOnly);
    void logRequest(const QByteArray &method, const QByteArray &routeTemplate, int status, qint64 startedMs) const;
    void checkDrained();

    SyncService &m_service;
    ServeOptions m_options;
    QThreadPool m_workers;
    QThreadPool m_loginWorkers; // password hashing is CPU- and memory-heavy: bounded apart from the rest
    QElapsedTimer m_clock;      // request durations are measured against this monotonic clock
    QTcpServer *m_listener = nullptr;
    quint16 m_port = 0;
    bool m_tls = false;
    bool m_draining = false;
    bool m_drainedEmitted = false;
    int m_inFlight = 0;
    quint64 m_nextConnectionId = 1;
    QTimer m_drainDeadline;
    QTimer m_drainPoll;
    std::unordered_map<QTcpSocket *, Connection> m_connections;
};

} // namespace novamind::server
