#pragma once
// LegacyTlsServer: a TLS server that offers TLS 1.1 and nothing newer (OpenSSL directly, security level 0), to prove
// a client refuses it. Accepts connections one at a time in a thread of its own and records what it decrypted.

#include <QByteArray>
#include <QString>
#include <atomic>
#include <mutex>
#include <thread>

namespace novamind::testkit {

class LegacyTlsServer
{
public:
    LegacyTlsServer() = default;
    ~LegacyTlsServer();
    LegacyTlsServer(const LegacyTlsServer &) = delete;
    LegacyTlsServer &operator=(const LegacyTlsServer &) = delete;

    // False (with `error` set) when this OpenSSL cannot be configured to offer TLS 1.1 at all.
    bool start(const QString &certFile, const QString &keyFile, QString *error = nullptr);
    void stop();
    quint16 port() const { return m_port; }

    int handshakesCompleted() const { return m_handshakes; }
    QByteArray received() const;

    // Whether a client that itself allows TLS 1.1 (security level 0) completes a handshake with this server: the
    // control that shows a refusal comes from the client under test and not from a server that cannot speak at all.
    bool permissiveClientConnects() const;

private:
    void serve();

    void *m_ctx = nullptr; // SSL_CTX
    int m_listener = -1;
    quint16 m_port = 0;
    std::thread m_thread;
    std::atomic<bool> m_stopping{false};
    std::atomic<int> m_handshakes{0};
    mutable std::mutex m_mutex;
    QByteArray m_received;
};

} // namespace novamind::testkit
