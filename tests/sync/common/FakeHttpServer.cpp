// FakeHttpServer: a scripted HTTP/1.1 (or HTTPS) server on 127.0.0.1, in a thread of its own.
#include "FakeHttpServer.h"

#include "HttpHead.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace novamind::testkit {

namespace {

// QTcpServer hands over raw descriptors here so TLS can be started on our own QSslSocket.
class Listener final : public QTcpServer
{
public:
    Listener(std::function<void(qintptr)> onIncoming, QObject *parent)
        : QTcpServer(parent)
        , m_onIncoming(std::move(onIncoming))
    {}

protected:
    void incomingConnection(qintptr descriptor) override { m_onIncoming(descriptor); }

private:
    std::function<void(qintptr)> m_onIncoming;
};

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

struct FakeHttpServer::Connection
{
    QTcpSocket *socket = nullptr;
    int index = 0;
    QByteArray buffer;
    bool done = false; // answered with a reply that ends the connection, or stalled
};

QByteArray FakeHttpServer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

FakeHttpServer::Reply FakeHttpServer::Reply::json(int status, const QByteArray &body)
{
    Reply reply;
    reply.status = status;
    reply.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    reply.body = body;
    return reply;
}

FakeHttpServer::FakeHttpServer(Handler handler)
    : m_handler(std::move(handler))
{}

FakeHttpServer::~FakeHttpServer()
{
    stop();
}

bool FakeHttpServer::start(const std::optional<Tls> &tls)
{
    m_tls = tls;
    bool listening = false;
    m_thread.run([&] {
        m_server = new Listener([this](qintptr descriptor) { accept(descriptor); }, m_thread.context());
        listening = m_server->listen(QHostAddress::LocalHost, 0);
        m_port = m_server->serverPort();
    });
    return listening;
}

void FakeHttpServer::stop()
{
    m_thread.stop();
    m_server = nullptr;
}

QString FakeHttpServer::baseUrl() const
{
    return (m_tls ? QStringLiteral("https://127.0.0.1:") : QStringLiteral("http://127.0.0.1:")) +
           QString::number(m_port);
}

int FakeHttpServer::connections() const
{
    std::lock_guard lock(m_mutex);
    return int(m_bytes.size());
}

int FakeHttpServer::requestsHandled() const
{
    std::lock_guard lock(m_mutex);
    return m_requests;
}

int FakeHttpServer::handshakesCompleted() const
{
    std::lock_guard lock(m_mutex);
    return m_handshakes;
}

QList<qint64> FakeHttpServer::bytesPerConnection() const
{
    std::lock_guard lock(m_mutex);
    return m_bytes;
}

QByteArray FakeHttpServer::received() const
{
    std::lock_guard lock(m_mutex);
    return m_received;
}

void FakeHttpServer::accept(qintptr descriptor)
{
    // Owned by the lambdas below, which die with the socket.
    auto connection = std::make_shared<Connection>();
    {
        std::lock_guard lock(m_mutex);
        connection->index = int(m_bytes.size());
        m_bytes.append(0);
    }
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket(m_thread.context());
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        QFile keyFile(m_tls->keyFile);
        keyFile.open(QIODevice::ReadOnly);
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
        config.setLocalCertificateChain(QSslCertificate::fromPath(m_tls->certFile));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl->setSslConfiguration(config);
        QObject::connect(ssl, &QSslSocket::encrypted, m_thread.context(), [this] {
            std::lock_guard lock(m_mutex);
            ++m_handshakes;
        });
        socket = ssl;
    } else {
        socket = new QTcpSocket(m_thread.context());
    }
    connection->socket = socket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, connection] { onReadable(connection.get()); });
    QObject *owner = socket; // the lambda may run in ~QAbstractSocket, when the object is no longer a QTcpSocket
    QObject::connect(socket, &QTcpSocket::disconnected, socket, [owner] { owner->deleteLater(); });
    if (auto *ssl = qobject_cast<QSslSocket *>(socket))
        ssl->startServerEncryption();
}

void FakeHttpServer::onReadable(Connection *connection)
{
    const QByteArray data = connection->socket->readAll();
    {
        std::lock_guard lock(m_mutex);
        m_bytes[connection->index] += data.size();
        m_received += data;
    }
    if (connection->done)
        return;
    connection->buffer += data;
    // Keep-alive: answer every complete request in the buffer, in order.
    while (const auto head = HttpHead::parse(connection->buffer)) {
        const qint64 length = std::max<qint64>(0, head->contentLength());
        if (connection->buffer.size() < head->size + length)
            return;
        Request request;
        const QList<QByteArray> parts = head->startLine.split(' ');
        request.method = parts.value(0);
        request.target = parts.value(1);
        request.headers = head->headers;
        request.body = connection->buffer.mid(head->size, length);
        connection->buffer.remove(0, head->size + length);
        answer(connection, request);
        if (connection->done)
            return;
    }
}

void FakeHttpServer::answer(Connection *connection, const Request &request)
{
    const Reply reply = m_handler(request);
    {
        std::lock_guard lock(m_mutex);
        ++m_requests;
    }
    QTcpSocket *socket = connection->socket;
    if (reply.stall) {
        connection->done = true;
        return;
    }
    if (!reply.raw.isEmpty()) {
        connection->done = true;
        socket->write(reply.raw);
        socket->disconnectFromHost();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    switch (reply.framing) {
    case Reply::Framing::ContentLength:
        head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
        socket->write(head + reply.body);
        break;
    case Reply::Framing::Chunked: {
        head += "Transfer-Encoding: chunked\r\n\r\n";
        QByteArray body;
        for (qsizetype at = 0; at < reply.body.size(); at += 4096) {
            const QByteArray chunk = reply.body.mid(at, 4096);
            body += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        }
        socket->write(head + body + "0\r\n\r\n");
        break;
    }
    case Reply::Framing::CloseDelimited:
        head += "Connection: close\r\n\r\n";
        socket->write(head + reply.body);
        connection->done = true;
        socket->disconnectFromHost();
        break;
    }
}

} // namespace novamind::testkit
