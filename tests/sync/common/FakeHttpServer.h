#pragma once
// FakeHttpServer: a scripted HTTP/1.1 (or HTTPS) server on 127.0.0.1, in a thread of its own, that answers each
// request from a handler and records what it received, so a test can prove a request never arrived.
//
//   FakeHttpServer server([](const FakeHttpServer::Request &r) { return FakeHttpServer::Reply::json(200, "{}"); });
//   QVERIFY(server.start());                      // or server.start(FakeHttpServer::Tls{cert, key})
//   ... transport to server.baseUrl() ...
//   QVERIFY(!server.received().contains("MARKER"));

#include "LoopbackThread.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <functional>
#include <mutex>
#include <optional>

class QTcpServer;

namespace novamind::testkit {

class FakeHttpServer
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };

    struct Reply
    {
        enum class Framing
        {
            ContentLength,
            Chunked,
            CloseDelimited, // no length: the body ends when the server closes the connection
        };
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        Framing framing = Framing::ContentLength;
        bool stall = false; // never answer; the connection stays open until the client gives up
        QByteArray raw;     // when not empty: sent as is instead of a formatted reply, then the connection closes

        static Reply json(int status, const QByteArray &body);
    };

    using Handler = std::function<Reply(const Request &)>;

    struct Tls
    {
        QString certFile;
        QString keyFile;
    };

    explicit FakeHttpServer(Handler handler);
    ~FakeHttpServer();
    FakeHttpServer(const FakeHttpServer &) = delete;
    FakeHttpServer &operator=(const FakeHttpServer &) = delete;

    // Listens on 127.0.0.1 on a free port; with `tls`, every connection must complete a TLS handshake first.
    bool start(const std::optional<Tls> &tls = std::nullopt);
    void stop();

    quint16 port() const { return m_port; }
    QString baseUrl() const; // "http://127.0.0.1:PORT" or "https://..."

    int connections() const;
    int requestsHandled() const;
    int handshakesCompleted() const;          // TLS only
    QList<qint64> bytesPerConnection() const; // request bytes (after decryption) each connection delivered so far
    QByteArray received() const;              // all request bytes received so far, every connection

private:
    struct Connection;
    void accept(qintptr descriptor);
    void onReadable(Connection *connection);
    void answer(Connection *connection, const Request &request);

    Handler m_handler;
    std::optional<Tls> m_tls;
    LoopbackThread m_thread;
    QTcpServer *m_server = nullptr; // lives in m_thread
    quint16 m_port = 0;

    mutable std::mutex m_mutex;
    QList<qint64> m_bytes;
    QByteArray m_received;
    int m_requests = 0;
    int m_handshakes = 0;
};

} // namespace novamind::testkit
