#include "server/http/HttpServer.h"

#include "server/http/TlsSetup.h"
#include "server/service/SyncService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>
#include <algorithm>
#include <cstdio>
#include <exception>
#include <functional>
#include <utility>

namespace novamind::server {

namespace {

// Request line plus headers larger than this are refused (Qt's parser would drop them without an answer).
constexpr qsizetype kMaxHeadBytes = 64 * 1024;
// After an early 413 the rest of the upload is read and dropped this long before closing: closing a socket
// with unread data makes the kernel send a reset, and the client could lose the 413 itself.
constexpr int kLingerMs = 2000;

// QTcpServer/QSslServer that reports every accepted socket before QAbstractHttpServer connects its parser
// to it, so our pre-parser sees each chunk of bytes first (body caps before the body is buffered).
template<typename Base> class AdoptingServer final : public Base
{
public:
    AdoptingServer(std::function<void(QTcpSocket *)> adopt, QObject *parent)
        : Base(parent)
        , m_adopt(std::move(adopt))
    {}

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = Base::nextPendingConnection();
        if (socket)
            m_adopt(socket);
        return socket;
    }

private:
    std::function<void(QTcpSocket *)> m_adopt;
};

// What the pre-parser needs from a request head (the full parse is Qt's).
struct RequestHead
{
    QByteArray method;
    QByteArray target;
    bool http10 = false;
    qint64 contentLength = -1; // -1: absent or unreadable (Qt's parser rejects the latter)
    bool chunked = false;
    bool expectContinue = false;
};

bool hasToken(const QByteArray &headerValue, const QByteArray &token)
{
    const QList<QByteArray> parts = headerValue.split(',');
    return std::any_of(parts.cbegin(), parts.cend(), [&token](const QByteArray &part) {
        return part.trimmed().compare(token, Qt::CaseInsensitive) == 0;
    });
}

RequestHead parseHead(const QByteArray &head)
{
    RequestHead parsed;
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty())
        return parsed;
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() == 3) {
        parsed.method = requestLine.at(0);
        parsed.target = requestLine.at(1);
        parsed.http10 = requestLine.at(2) == "HTTP/1.0";
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            parsed.contentLength = ok && length >= 0 ? length : -1;
        } else if (name == "transfer-encoding") {
            parsed.chunked = hasToken(value, "chunked");
        } else if (name == "expect") {
            parsed.expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
    return parsed;
}

// The media type of a Content-Type value without its parameters, e.g. "application/json; charset=utf-8".
bool isMediaType(const QByteArray &contentType, const QByteArray &expected)
{
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArray type = (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed();
    return type.compare(expected, Qt::CaseInsensitive) == 0;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return status >= 500 ? "Server Error" : status >= 400 ? "Client Error" : "OK";
    }
}

// A header the service asked for, unless it would break the framing of the reply.
bool isSafeHeader(const QByteArray &name, const QByteArray &value)
{
    if (name.isEmpty() || name.contains(':'))
        return false;
    const auto breaksLine = [](char c) { return c == '\r' || c == '\n' || c == '\0'; };
    return std::none_of(name.cbegin(), name.cend(), breaksLine) &&
           std::none_of(value.cbegin(), value.cend(), breaksLine);
}

// Only an upper-case token goes into the log (request lines are attacker-controlled).
QByteArray loggableMethod(const QByteArray &method)
{
    const bool plain = !method.isEmpty() && method.size() <= 16 &&
                       std::all_of(method.cbegin(), method.cend(), [](char c) { return c >= 'A' && c <= 'Z'; });
    return plain ? method : QByteArray("OTHER");
}

} // namespace

HttpServer::HttpServer(SyncService &service, ServeOptions options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_service(service)
    , m_options(std::move(options))
{
    m_clock.start();
    const int threads = m_options.threads > 0 ? m_options.threads : std::max(4, QThread::idealThreadCount() * 2);
    m_workers.setMaxThreadCount(threads);
    // A burst of sign-ins must neither starve sync traffic of workers nor run many scrypt buffers at once.
    const int loginThreads =
        m_options.loginThreads > 0 ? m_options.loginThreads : std::clamp(QThread::idealThreadCount(), 1, 4);
    m_loginWorkers.setMaxThreadCount(loginThreads);
    m_drainDeadline.setSingleShot(true);
    // Connections normally leave through their destroyed() signal; polling also catches a socket that Qt's
    // parser cut loose from its signals after a malformed request.
    m_drainPoll.setInterval(100);
    connect(&m_drainPoll, &QTimer::timeout, this, &HttpServer::checkDrained);
    connect(&m_drainDeadline, &QTimer::timeout, this, [this] {
        if (m_drainedEmitted)
            return;
        std::fprintf(stderr, "novamind-syncd: drain deadline reached with %d request(s) in flight; closing\n",
                     m_inFlight);
        for (auto &entry : m_connections) {
            if (entry.second.alive)
                entry.first->abort();
        }
        m_drainPoll.stop();
        m_drainedEmitted = true;
        Q_EMIT drained();
    });
}

HttpServer::~HttpServer()
{
    // Workers reference the service and post their replies to this object: none may outlive it.
    m_workers.waitForDone();
    m_loginWorkers.waitForDone();
    delete m_listener; // its sockets report their destruction while m_connections still exists
    m_listener = nullptr;
}

Status HttpServer::start()
{
    if (m_listener)
        return {};
    auto listener = makeListener();
    if (!listener.ok())
        return listener.error();
    QTcpServer *server = listener.value();
    if (!server->listen(m_options.bindAddress, m_options.port)) {
        const Error error(ErrorCode::Network, tr("Cannot listen on %1 port %2: %3.")
                                                  .arg(m_options.bindAddress.toString())
                                                  .arg(m_options.port)
                                                  .arg(server->errorString()));
        delete server;
        return error;
    }
    QAbstractHttpServer::bind(server);
    m_listener = server;
    m_port = server->serverPort();
    return {};
}

QString HttpServer::baseUrl() const
{
    QHostAddress host = m_options.bindAddress;
    // A wildcard bind is reachable through loopback; print an address a client can actually use.
    if (host == QHostAddress::AnyIPv4 || host == QHostAddress::Any)
        host = QHostAddress(QHostAddress::LocalHost);
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    const QString hostText =
        host.protocol() == QAbstractSocket::IPv6Protocol ? QString(u'[' + host.toString() + u']') : host.toString();
    return (m_tls ? QStringLiteral("https://") : QStringLiteral("http://")) + hostText + u':' + QString::number(m_port);
}

Result<QTcpServer *> HttpServer::makeListener()
{
    const auto adopt = [this](QTcpSocket *socket) { adoptSocket(socket); };
    if (m_options.tlsCertificateFile.isEmpty() && m_options.tlsKeyFile.isEmpty())
        return static_cast<QTcpServer *>(new AdoptingServer<QTcpServer>(adopt, this));
    if (m_options.tlsCertificateFile.isEmpty() || m_options.tlsKeyFile.isEmpty())
        return Error(ErrorCode::Usage, tr("TLS needs both --tls-cert and --tls-key."));
    auto configuration = TlsSetup::load(m_options.tlsCertificateFile, m_options.tlsKeyFile);
    if (!configuration.ok())
        return configuration.error();
    // QAbstractHttpServer::listen() would build the same QSslServer from sslSetup(); we build it ourselves
    // so that accepted sockets pass through adoptSocket() first.
    sslSetup(configuration.value());
    auto *server = new AdoptingServer<QSslServer>(adopt, this);
    server->setSslConfiguration(configuration.value());
    connect(server, &QSslServer::errorOccurred, this, [](QSslSocket *socket, QAbstractSocket::SocketError) {
        if (!socket->isEncrypted())
            std::fprintf(stderr, "novamind-syncd: TLS handshake failed: %s\n", qUtf8Printable(socket->errorString()));
    });
    m_tls = true;
    return static_cast<QTcpServer *>(server);
}

void HttpServer::adoptSocket(QTcpSocket *socket)
{
    Connection conn;
    conn.id = m_nextConnectionId++;
    conn.socket = socket;
    conn.alive = socket;
    conn.idleTimer = new QTimer(socket);
    conn.idleTimer->setSingleShot(true);
    conn.idleTimer->setInterval(m_options.idleTimeoutMs);
    connect(conn.idleTimer, &QTimer::timeout, this, [this, socket] {
        const auto it = m_connections.find(socket);
        if (it != m_connections.end() && !it->second.busy)
            socket->disconnectFromHost();
    });
    connect(socket, &QIODevice::readyRead, this, [this, socket] { onBytesArriving(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { forgetSocket(socket); });
    conn.idleTimer->start();
    m_connections.emplace(socket, std::move(conn));

    if (m_draining) {
        socket->disconnectFromHost();
        return;
    }
    // A TLS client may send its request together with the end of the handshake; those bytes were announced
    // before anyone listened. Announce them again once QAbstractHttpServer has connected its parser.
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(
            socket, [socket] { Q_EMIT socket->readyRead(); }, Qt::QueuedConnection);
}

void HttpServer::forgetSocket(QTcpSocket *socket)
{
    m_connections.erase(socket);
    checkDrained();
}

void HttpServer::resetRequestState(Connection &conn)
{
    conn.head.clear();
    conn.headComplete = false;
    conn.bodyBytesSeen = 0;
    conn.chunked = false;
    conn.http10 = false;
    conn.startedMs = -1;
}

// Runs before Qt's parser for every chunk: caps headers and bodies before they are buffered in full, and
// answers "Expect: 100-continue" (clients otherwise wait a second before sending the body).
void HttpServer::onBytesArriving(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->second.rejected)
        return;
    Connection &conn = it->second;
    conn.idleTimer->start();
    const qint64 available = socket->bytesAvailable();
    if (available <= 0)
        return;
    if (conn.startedMs < 0)
        conn.startedMs = m_clock.elapsed();

    const qint64 maxBody = m_options.maxBodyBytes;
    if (!conn.headComplete) {
        // Only new bytes: Qt's parser keeps what it already read in its transaction, past our peek position.
        conn.head += socket->peek(std::min<qint64>(available, kMaxHeadBytes + 4));
        while (conn.head.startsWith("\r\n")) // empty lines before a request line are allowed
            conn.head.remove(0, 2);
        // The blank line after the headers; bare LF line ends are tolerated as Qt's parser does.
        qsizetype end = conn.head.indexOf("\r\n\r\n");
        qsizetype separator = 4;
        const qsizetype bareEnd = conn.head.indexOf("\n\n");
        if (bareEnd >= 0 && (end < 0 || bareEnd < end)) {
            end = bareEnd;
            separator = 2;
        }
        if (end < 0) {
            if (conn.head.size() > kMaxHeadBytes)
                rejectEarly(conn, Reply::error(431, "request_header_fields_too_large",
                                               tr("The request line and headers are too large.")));
            return;
        }
        conn.headComplete = true;
        conn.bodyBytesSeen =
            conn.head.size() - (end + separator) + std::max<qint64>(0, available - (kMaxHeadBytes + 4));
        conn.head.truncate(end);
        const RequestHead head = parseHead(conn.head);
        conn.http10 = head.http10;
        conn.chunked = head.chunked;
        if (head.contentLength > maxBody) {
            rejectEarly(conn, Reply::error(413, "payload_too_large",
                                           tr("The request body is larger than %1 bytes.").arg(maxBody)));
            return;
        }
        if (head.expectContinue && !head.http10 && !m_draining)
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    } else {
        conn.bodyBytesSeen += available;
    }
    // Chunk framing adds a few bytes per chunk; the exact size is checked again on the decoded body.
    const qint64 rawLimit = conn.chunked ? 2 * maxBody + 64 * 1024 : maxBody + 64 * 1024;
    if (conn.bodyBytesSeen > rawLimit)
        rejectEarly(
            conn, Reply::error(413, "payload_too_large", tr("The request body is larger than %1 bytes.").arg(maxBody)));
}

void HttpServer::rejectEarly(Connection &conn, const Reply &reply)
{
    QTcpSocket *socket = conn.socket;
    conn.rejected = true;
    // Detach Qt's parser (and ours) from this connection: nothing more on it is a request.
    QObject::disconnect(socket, &QIODevice::readyRead, this, nullptr);
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    socket->readAll();
    connect(socket, &QIODevice::readyRead, socket, [socket] { socket->readAll(); });

    if (conn.busy) {
        // A pipelined request over the cap behind one still being answered: the order of replies cannot
        // be kept, so the connection goes.
        socket->abort();
        return;
    }
    const RequestHead head = parseHead(conn.head.left(conn.head.indexOf('\n')));
    const QUrl target = QUrl::fromEncoded(head.target, QUrl::TolerantMode);
    logRequest(loggableMethod(head.method),
               matchRoute(QHttpServerRequest::Method::Unknown, target.path(QUrl::FullyEncoded)).routeTemplate,
               reply.status, conn.startedMs >= 0 ? conn.startedMs : m_clock.elapsed());
    conn.busy = true; // nothing else is answered on this connection
    conn.idleTimer->stop();
    writeReply(socket, reply, true, head.method == "HEAD");
    QTimer::singleShot(kLingerMs, socket, [socket] { socket->disconnectFromHost(); });
}

QByteArray HttpServer::methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "OTHER";
    }
}

HttpServer::RouteMatch HttpServer::matchRoute(QHttpServerRequest::Method method, const QString &encodedPath)
{
    struct Route
    {
        Endpoint endpoint;
        QHttpServerRequest::Method method;
        const char *pattern;
    };
    using M = QHttpServerRequest::Method;
    static const Route routes[] = {
        {Endpoint::Token, M::Post, "/v1/auth/token"}, {Endpoint::Revoke, M::Post, "/v1/auth/revoke"},
        {Endpoint::Changes, M::Get, "/v1/changes"},   {Endpoint::Push, M::Post, "/v1/push"},
        {Endpoint::Audit, M::Post, "/v1/audit"},      {Endpoint::Record, M::Get, "/v1/records/{entity}/{id}"},
        {Endpoint::Health, M::Get, "/v1/health"},
    };

    RouteMatch match;
    match.routeTemplate = "(unknown)";
    // Split the still-encoded path, then decode each segment: an encoded "/" inside an id stays in the id.
    QStringList segments = encodedPath.split(u'/');
    if (segments.size() < 2 || !segments.first().isEmpty())
        return match;
    segments.removeFirst();
    if (segments.size() > 1 && segments.last().isEmpty()) // one trailing slash is the same resource
        segments.removeLast();
    QStringList decoded;
    for (const QString &segment : std::as_const(segments)) {
        if (segment.isEmpty())
            return match;
        decoded.append(QUrl::fromPercentEncoding(segment.toUtf8()));
    }

    for (const Route &route : routes) {
        const QStringList pattern = QString::fromLatin1(route.pattern).split(u'/').mid(1);
        if (pattern.size() != decoded.size())
            continue;
        QStringList params;
        bool same = true;
        for (qsizetype i = 0; same && i < pattern.size(); ++i) {
            if (pattern.at(i).startsWith(u'{'))
                params.append(decoded.at(i));
            else
                same = pattern.at(i) == decoded.at(i);
        }
        if (!same)
            continue;
        match.pathKnown = true;
        match.routeTemplate = route.pattern;
        match.allow += (match.allow.isEmpty() ? QByteArray() : QByteArray(", ")) + methodName(route.method);
        if (route.method == method) {
            match.methodAllowed = true;
            match.endpoint = route.endpoint;
            match.params = params;
        }
    }
    return match;
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end()) {
        adoptSocket(socket);
        it = m_connections.find(socket);
    }
    Connection &conn = it->second;
    if (conn.rejected)
        return true;
    Pending pending;
    pending.startedMs = conn.startedMs >= 0 ? conn.startedMs : m_clock.elapsed();
    const bool http10 = conn.http10;
    resetRequestState(conn);

    const QHttpServerRequest::Method method = request.method();
    pending.method = methodName(method);
    const QByteArray connection = request.value("connection");
    pending.close = http10 ? !hasToken(connection, "keep-alive") : hasToken(connection, "close");

    const RouteMatch route = matchRoute(method, request.url().path(QUrl::FullyEncoded));
    pending.routeTemplate = route.routeTemplate;
    const qint64 maxBody = m_options.maxBodyBytes;
    bool lengthOk = false;
    const qint64 declaredLength = request.value("content-length").toLongLong(&lengthOk);
    if (!route.pathKnown) {
        pending.immediate = Reply::error(404, "not_found", tr("There is no such endpoint."));
    } else if (!route.methodAllowed) {
        pending.immediate = Reply::error(405, "method_not_allowed", tr("This endpoint does not take that method."))
                                .withHeader("Allow", route.allow);
    } else if (m_draining) {
        pending.immediate = Reply::error(503, "unavailable", tr("The server is shutting down; try again shortly."));
        pending.close = true;
    } else if (request.body().size() > maxBody || (lengthOk && declaredLength > maxBody)) {
        pending.immediate =
            Reply::error(413, "payload_too_large", tr("The request body is larger than %1 bytes.").arg(maxBody));
    } else if ((route.endpoint == Endpoint::Token || route.endpoint == Endpoint::Revoke) &&
               !isMediaType(request.value("content-type"), "application/x-www-form-urlencoded")) {
        // OAuth 2.0 (RFC 6749 §3.2, RFC 7009 §2.1): a malformed token request is invalid_request.
        pending.immediate =
            Reply::error(400, "invalid_request", tr("The request must be application/x-www-form-urlencoded."));
    } else {
        pending.endpoint = route.endpoint;
        pending.params = route.params;
        pending.authorization = request.value("authorization");
        pending.contentType = request.value("content-type");
        pending.body = request.body();
        pending.query = request.query();
        pending.peer = request.remoteAddress();
    }
    enqueue(conn, std::move(pending));
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; this only runs if Qt's contract changes underneath us.
    writeReply(socket, Reply::error(404, "not_found", tr("There is no such endpoint.")), false,
               request.method() == QHttpServerRequest::Method::Head);
}

void HttpServer::enqueue(Connection &conn, Pending pending)
{
    if (conn.busy)
        conn.waiting.push_back(std::move(pending));
    else
        startNext(conn, std::move(pending));
}

void HttpServer::startNext(Connection &conn, Pending pending)
{
    conn.busy = true;
    conn.idleTimer->stop();
    if (pending.immediate) {
        const Reply reply = *pending.immediate;
        deliver(conn.socket, conn.id, reply, pending);
        return;
    }
    ++m_inFlight;
    QTcpSocket *socket = conn.socket; // only compared against m_connections on the way back, never dereferenced
    const quint64 connectionId = conn.id;
    // The service blocks on PostgreSQL: it runs on a worker, the reply is written back on this thread.
    QThreadPool &workers = pending.endpoint == Endpoint::Token ? m_loginWorkers : m_workers;
    workers.start([this, socket, connectionId, pending = std::move(pending)]() mutable {
        Reply reply = execute(pending);
        pending.body.clear();
        QMetaObject::invokeMethod(
            this,
            [this, socket, connectionId, reply = std::move(reply), pending = std::move(pending)] {
                --m_inFlight;
                deliver(socket, connectionId, reply, pending);
            },
            Qt::QueuedConnection);
    });
}

Reply HttpServer::execute(const Pending &pending)
{
    try {
        switch (pending.endpoint) {
        case Endpoint::Token:
            return m_service.token(pending.body, pending.peer);
        case Endpoint::Revoke:
            return m_service.revoke(pending.body);
        case Endpoint::Health:
            return m_service.health();
        case Endpoint::Changes:
        case Endpoint::Push:
        case Endpoint::Audit:
        case Endpoint::Record:
            break;
        }

        auto authenticated = m_service.authenticate(pending.authorization);
        if (auto *denied = std::get_if<Reply>(&authenticated))
            return std::move(*denied);
        const Caller &caller = std::get<Caller>(authenticated);
        const bool json = isMediaType(pending.contentType, "application/json");
        switch (pending.endpoint) {
        case Endpoint::Changes:
            return m_service.changes(caller, pending.query);
        case Endpoint::Push:
            if (!json)
                return Reply::error(415, "unsupported_media_type", tr("The request body must be application/json."));
            return m_service.push(caller, pending.body);
        case Endpoint::Audit:
            if (!json)
                return Reply::error(415, "unsupported_media_type", tr("The request body must be application/json."));
            return m_service.audit(caller, pending.body);
        case Endpoint::Record:
            return m_service.record(caller, pending.params.value(0), pending.params.value(1));
        case Endpoint::Token:
        case Endpoint::Revoke:
        case Endpoint::Health:
            break;
        }
    } catch (const std::exception &) {
        // The service reports errors as Replies; an exception is a defect. Its text may quote data: not logged.
        std::fprintf(stderr, "novamind-syncd: unexpected exception while answering %s\n",
                     pending.routeTemplate.constData());
    } catch (...) {
        std::fprintf(stderr, "novamind-syncd: unexpected exception while answering %s\n",
                     pending.routeTemplate.constData());
    }
    return Reply::error(500, "internal_error", tr("The server could not answer this request."));
}

void HttpServer::deliver(QTcpSocket *socket, quint64 connectionId, const Reply &reply, const Pending &pending)
{
    logRequest(pending.method, pending.routeTemplate, reply.status, pending.startedMs);
    const auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->second.id != connectionId) {
        checkDrained(); // the client went away while its request was running
        return;
    }
    Connection &conn = it->second;
    const bool close = pending.close || m_draining;
    writeReply(socket, reply, close, pending.method == "HEAD");
    conn.busy = false;
    if (close) {
        conn.waiting.clear();
        socket->disconnectFromHost(); // after the reply has been written out
    } else if (!conn.waiting.empty()) {
        Pending next = std::move(conn.waiting.front());
        conn.waiting.pop_front();
        startNext(conn, std::move(next));
    } else {
        conn.idleTimer->start();
    }
    checkDrained();
}

void HttpServer::writeReply(QTcpSocket *socket, const Reply &reply, bool close, bool headersOnly)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray out;
    out.reserve(reply.body.size() + 512);
    out += "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    bool typed = false;
    for (const auto &[name, value] : reply.headers) {
        if (!isSafeHeader(name, value))
            continue;
        const QByteArray lower = name.toLower();
        // Framing is ours to decide.
        if (lower == "content-length" || lower == "connection" || lower == "transfer-encoding" ||
            lower == "cache-control")
            continue;
        typed = typed || lower == "content-type";
        out += name + ": " + value + "\r\n";
    }
    if (!reply.body.isEmpty() && !typed)
        out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!headersOnly) // a reply to HEAD announces the body's length but carries none (RFC 9110 §9.3.2)
        out += reply.body;
    socket->write(out);
}

void HttpServer::logRequest(const QByteArray &method, const QByteArray &routeTemplate, int status,
                            qint64 startedMs) const
{
    // Method, route template, status and duration only: never ids, query values, tokens or bodies.
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' + method + ' ' +
                            routeTemplate + ' ' + QByteArray::number(status) + ' ' +
                            QByteArray::number(m_clock.elapsed() - startedMs) + "ms\n";
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

void HttpServer::shutdown()
{
    if (m_draining)
        return;
    m_draining = true;
    if (m_listener)
        m_listener->close();
    m_drainDeadline.start(m_options.drainTimeoutMs);
    m_drainPoll.start();
    // Idle connections go now; busy ones close after their reply (deliver() sees m_draining).
    std::vector<QTcpSocket *> idle;
    for (const auto &entry : m_connections) {
        if (!entry.second.busy)
            idle.push_back(entry.first);
    }
    for (QTcpSocket *socket : idle)
        socket->disconnectFromHost();
    checkDrained();
}

void HttpServer::checkDrained()
{
    if (!m_draining || m_drainedEmitted)
        return;
    // A closed socket carries no more requests, whether or not Qt got round to deleting it.
    std::erase_if(m_connections, [](const auto &entry) {
        return !entry.second.alive || entry.first->state() == QAbstractSocket::UnconnectedState;
    });
    if (m_inFlight > 0 || !m_connections.empty())
        return;
    m_drainedEmitted = true;
    m_drainDeadline.stop();
    m_drainPoll.stop();
    Q_EMIT drained();
}

bool HttpServer::waitForWorkers(int msecs)
{
    QDeadlineTimer deadline(msecs);
    const bool done = m_workers.waitForDone(int(deadline.remainingTime()));
    return m_loginWorkers.waitForDone(int(deadline.remainingTime())) && done;
}

} // namespace novamind::server
