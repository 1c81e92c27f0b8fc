#pragma once
// CppRestTransport: Transport over cpprestsdk (http_client), with the checks cpprestsdk lacks done here:
// an overall deadline, a response size cap, SPKI pinning and TLS 1.2 minimum through the OpenSSL context.

#include "sync/Transport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <memory>

namespace novamind {

struct TransportOptions
{
    QString baseUrl;      // "https://host:port" (or http:// for loopback tests); paths are appended
    QString caFile;       // extra trusted CA certificates (PEM), on top of the system store; optional
    QByteArray pinSha256; // 32 bytes: SHA-256 of the server certificate's SubjectPublicKeyInfo; optional
    qint64 maxResponseBytes = 64LL * 1024 * 1024; // larger replies fail without being read to the end
    std::chrono::milliseconds connectTimeout{10000};
};

// Parses a pin as given on the command line or in policy: "sha256//BASE64" (curl's form), plain base64, or 64 hex
// digits. Usage error otherwise.
Result<QByteArray> parsePinSha256(const QString &text);

class CppRestTransport final : public Transport
{
    Q_DECLARE_TR_FUNCTIONS(CppRestTransport)
public:
    // Fails (Usage) for a malformed URL, a pin of the wrong size, or an unreadable CA file.
    static Result<std::unique_ptr<CppRestTransport>> create(const TransportOptions &options);
    ~CppRestTransport() override;

    // Certificate and host name always verified; a pin mismatch, an expired or self-signed certificate or a wrong
    // host fails the handshake, before any byte of the request is sent (ErrorCode::Network, a sentence naming the
    // reason, e.g. "The server's certificate does not match the pinned key."). Timeouts, resets, oversized or
    // truncated replies are ErrorCode::Network too. HTTP statuses (4xx, 5xx) are not errors here.
    Result<HttpResponse> send(const HttpRequest &request) override;
    // Thread-safe; a send() in progress returns within 2 s with a "cancelled" Network error.
    void cancel() override;

private:
    CppRestTransport();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace novamind
