// LegacyTlsServer: a TLS 1.1-only server on OpenSSL directly, to prove a client refuses it.
#include "LegacyTlsServer.h"

#include <QFile>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace novamind::testkit {

namespace {

SSL_CTX *ctxOf(void *ctx)
{
    return static_cast<SSL_CTX *>(ctx);
}

} // namespace

LegacyTlsServer::~LegacyTlsServer()
{
    stop();
}

bool LegacyTlsServer::start(const QString &certFile, const QString &keyFile, QString *error)
{
    const auto fail = [&](const char *what) {
        if (error != nullptr)
            *error = QString::fromLatin1(what);
        stop();
        return false;
    };
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    m_ctx = ctx;
    if (ctx == nullptr)
        return fail("SSL_CTX_new");
    // TLS 1.1 needs SHA-1 in the handshake, which security level 1 and above forbid.
    if (SSL_CTX_set_cipher_list(ctx, "DEFAULT:@SECLEVEL=0") != 1 ||
        SSL_CTX_set_min_proto_version(ctx, TLS1_1_VERSION) != 1 ||
        SSL_CTX_set_max_proto_version(ctx, TLS1_1_VERSION) != 1)
        return fail("cannot restrict the server to TLS 1.1");
    if (SSL_CTX_use_certificate_chain_file(ctx, QFile::encodeName(certFile).constData()) != 1 ||
        SSL_CTX_use_PrivateKey_file(ctx, QFile::encodeName(keyFile).constData(), SSL_FILETYPE_PEM) != 1)
        return fail("cannot load the server certificate");

    m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        ::listen(m_listener, 8) != 0 || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return fail("cannot listen on 127.0.0.1");
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] { serve(); });
    return true;
}

void LegacyTlsServer::stop()
{
    m_stopping = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_listener >= 0)
        ::close(m_listener);
    m_listener = -1;
    SSL_CTX_free(ctxOf(m_ctx));
    m_ctx = nullptr;
}

QByteArray LegacyTlsServer::received() const
{
    std::lock_guard lock(m_mutex);
    return m_received;
}

void LegacyTlsServer::serve()
{
    while (!m_stopping) {
        pollfd waiting{m_listener, POLLIN, 0};
        if (::poll(&waiting, 1, 50) <= 0)
            continue;
        const int fd = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0)
            continue;
        timeval timeout{2, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        SSL *ssl = SSL_new(ctxOf(m_ctx));
        SSL_set_fd(ssl, fd);
        if (SSL_accept(ssl) == 1) {
            ++m_handshakes;
            char buffer[4096];
            const int read = SSL_read(ssl, buffer, sizeof buffer);
            if (read > 0) {
                std::lock_guard lock(m_mutex);
                m_received.append(buffer, read);
            }
            SSL_shutdown(ssl);
        }
        ERR_clear_error();
        SSL_free(ssl);
        ::close(fd);
    }
}

bool LegacyTlsServer::permissiveClientConnects() const
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (ctx == nullptr)
        return false;
    SSL_CTX_set_cipher_list(ctx, "DEFAULT:@SECLEVEL=0");
    SSL_CTX_set_min_proto_version(ctx, TLS1_1_VERSION);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr);
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(m_port);
    bool connected = false;
    if (fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0) {
        SSL *ssl = SSL_new(ctx);
        SSL_set_fd(ssl, fd);
        connected = SSL_connect(ssl) == 1 && SSL_version(ssl) == TLS1_1_VERSION;
        if (connected)
            SSL_write(ssl, "PING", 4);
        SSL_shutdown(ssl);
        SSL_free(ssl);
    }
    if (fd >= 0)
        ::close(fd);
    ERR_clear_error();
    SSL_CTX_free(ctx);
    return connected;
}

} // namespace novamind::testkit
