// CppRestTransport: Transport over cpprestsdk, with the deadline, size cap, TLS floor and pinning added here.
#include "sync/CppRestTransport.h"

#include <QFile>
#include <QUrl>
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cpprest/http_client.h>
#include <cstring>
#include <mutex>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <optional>

namespace novamind {

namespace {

namespace http = web::http;

// Why the last handshake failed, as far as OpenSSL could tell; boost::asio reports every case as one error code.
enum class TlsFailure : int
{
    None,
    Untrusted,
    SelfSigned,
    Expired,
    NotYetValid,
    WrongHost,
    PinMismatch,
    Other,
};

// What every SSL_CTX that cpprestsdk creates for this transport must enforce. cpprestsdk makes one context per
// connection from a local object, so each context keeps its own reference (ex_data) rather than relying on ours.
struct TlsPolicy
{
    std::string host;
    std::string caFile;
    QByteArray pin;
    std::atomic<int> failure{int(TlsFailure::None)};
    std::atomic<long> verifyError{X509_V_OK};
};

void freePolicyRef(void *, void *ptr, CRYPTO_EX_DATA *, int, long, void *)
{
    delete static_cast<std::shared_ptr<TlsPolicy> *>(ptr);
}

int policyExIndex()
{
    static const int index = SSL_CTX_get_ex_new_index(0, nullptr, nullptr, nullptr, freePolicyRef);
    return index;
}

QByteArray spkiSha256(X509 *cert)
{
    EVP_PKEY *key = X509_get0_pubkey(cert);
    if (key == nullptr)
        return {};
    const int length = i2d_PUBKEY(key, nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_PUBKEY(key, &out) != length)
        return {};
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int digestLength = 0;
    if (EVP_Digest(der.constData(), size_t(der.size()), reinterpret_cast<unsigned char *>(digest.data()), &digestLength,
                   EVP_sha256(), nullptr) != 1)
        return {};
    digest.truncate(int(digestLength));
    return digest;
}

bool certificateNamesHost(X509 *cert, const std::string &host)
{
    if (X509_check_ip_asc(cert, host.c_str(), 0) == 1)
        return true;
    return X509_check_host(cert, host.data(), host.size(), 0, nullptr) == 1;
}

TlsFailure classify(long error, X509 *leaf, const std::string &host)
{
    switch (error) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return TlsFailure::Expired;
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return TlsFailure::NotYetValid;
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        return TlsFailure::SelfSigned;
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_CERT_UNTRUSTED:
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
        return TlsFailure::Untrusted;
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
        return TlsFailure::WrongHost;
    default:
        break;
    }
    // cpprestsdk's own host check (boost's rfc2818_verification) rejects without setting an error code.
    if (leaf != nullptr && !certificateNamesHost(leaf, host))
        return TlsFailure::WrongHost;
    return TlsFailure::Other;
}

// Installed with SSL_CTX_set_cert_verify_callback, so it wraps the whole chain verification and leaves in place the
// per-certificate callback cpprestsdk sets on each stream (chain + host name). A context-level SSL_CTX_set_verify
// callback would be overridden by that stream-level one, which is why the pin is not checked there.
int verifyChain(X509_STORE_CTX *store, void *arg)
{
    auto *policy = static_cast<TlsPolicy *>(arg);
    X509 *leaf = X509_STORE_CTX_get0_cert(store);
    if (X509_verify_cert(store) != 1) {
        const long error = X509_STORE_CTX_get_error(store);
        policy->verifyError = error;
        policy->failure = int(classify(error, leaf, policy->host));
        return 0;
    }
    if (!policy->pin.isEmpty()) {
        const QByteArray actual = leaf != nullptr ? spkiSha256(leaf) : QByteArray();
        if (actual.size() != policy->pin.size() ||
            CRYPTO_memcmp(actual.constData(), policy->pin.constData(), size_t(actual.size())) != 0) {
            X509_STORE_CTX_set_error(store, X509_V_ERR_APPLICATION_VERIFICATION);
            policy->verifyError = X509_V_ERR_APPLICATION_VERIFICATION;
            policy->failure = int(TlsFailure::PinMismatch);
            return 0;
        }
    }
    return 1;
}

void configureContext(const std::shared_ptr<TlsPolicy> &policy, boost::asio::ssl::context &context)
{
    SSL_CTX *ctx = context.native_handle();
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    // cpprestsdk already loaded the system store; the CA file is added on top, never instead.
    SSL_CTX_set_default_verify_paths(ctx);
    if (!policy->caFile.empty())
        SSL_CTX_load_verify_locations(ctx, policy->caFile.c_str(), nullptr);
    auto *ref = new std::shared_ptr<TlsPolicy>(policy);
    if (SSL_CTX_set_ex_data(ctx, policyExIndex(), ref) != 1) {
        delete ref;
        throw std::runtime_error("cannot attach the TLS policy");
    }
    SSL_CTX_set_cert_verify_callback(ctx, verifyChain, policy.get());
}

// Thrown from the progress handler to stop cpprestsdk reading a body nobody wants (too large, or abandoned).
struct StopReading : std::exception
{
    const char *what() const noexcept override { return "response body reading stopped"; }
};

// One send(): shared with cpprestsdk's continuations, which may finish after send() has given up on them.
struct Exchange
{
    std::mutex mutex;
    std::condition_variable changed;
    bool headersDone = false;
    bool bodyDone = false;
    bool cancelled = false;
    std::optional<http::http_response> response;
    std::vector<unsigned char> body;
    std::exception_ptr failure;
    std::atomic<bool> abandoned{false};
    std::atomic<bool> tooLarge{false};
    pplx::cancellation_token_source cts;
};

} // namespace

struct CppRestTransport::Impl
{
    TransportOptions options;
    std::shared_ptr<TlsPolicy> policy = std::make_shared<TlsPolicy>();
    std::unique_ptr<http::client::http_client> client;

    std::mutex sendMutex; // one exchange at a time: the TLS failure record and `current` are per transport
    std::mutex currentMutex;
    std::shared_ptr<Exchange> current;

    Result<HttpResponse> exchange(const HttpRequest &request);
    Error failureFromException(std::exception_ptr failure, bool headersSeen) const;
    Error tooLarge() const;
};

namespace {

Error networkError(const QString &message, const QString &detail)
{
    return Error(ErrorCode::Network, message, detail);
}

bool validHeaderName(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    return std::all_of(name.cbegin(), name.cend(),
                       [](char c) { return std::isalnum(uchar(c)) || std::strchr("!#$%&'*+-.^_`|~", c) != nullptr; });
}

bool validHeaderValue(const QByteArray &value)
{
    return std::none_of(value.cbegin(), value.cend(), [](char c) { return c == '\r' || c == '\n' || c == '\0'; });
}

} // namespace

CppRestTransport::CppRestTransport()
    : d(std::make_unique<Impl>())
{}

CppRestTransport::~CppRestTransport()
{
    cancel();
}

Result<std::unique_ptr<CppRestTransport>> CppRestTransport::create(const TransportOptions &options)
{
    const QUrl url(options.baseUrl, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) ||
        url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment() ||
        (url.path() != QLatin1String("") && url.path() != QLatin1String("/")))
        return Error(ErrorCode::Usage,
                     tr("The server address must look like https://host:port, without a path or credentials."),
                     QStringLiteral("base url rejected"));
    if (!options.pinSha256.isEmpty() && options.pinSha256.size() != 32)
        return Error(ErrorCode::Usage, tr("The certificate pin must be a 32-byte SHA-256 digest."),
                     QStringLiteral("pin of %1 bytes").arg(options.pinSha256.size()));
    if (options.maxResponseBytes <= 0)
        return Error(ErrorCode::Usage, tr("The largest accepted reply size must be positive."));

    if (!options.caFile.isEmpty()) {
        // Read here, once, so that a wrong path is a usage error now rather than "untrusted server" later.
        QFile file(options.caFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Usage, tr("The CA certificate file %1 cannot be read.").arg(options.caFile),
                         file.errorString());
        const QByteArray pem = file.readAll();
        BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        X509 *first = bio != nullptr ? PEM_read_bio_X509(bio, nullptr, nullptr, nullptr) : nullptr;
        const bool hasCertificate = first != nullptr;
        X509_free(first);
        BIO_free(bio);
        if (!hasCertificate)
            return Error(ErrorCode::Usage,
                         tr("The CA certificate file %1 holds no PEM certificate.").arg(options.caFile));
    }

    std::unique_ptr<CppRestTransport> transport(new CppRestTransport());
    Impl &d = *transport->d;
    d.options = options;
    d.policy->host = url.host().toLower().toStdString();
    d.policy->caFile = QFile::encodeName(options.caFile).toStdString();
    d.policy->pin = options.pinSha256;

    http::client::http_client_config config;
    config.set_validate_certificates(true);
    config.set_max_redirects(0); // a redirect would carry the bearer token elsewhere
    config.set_timeout(std::chrono::duration_cast<std::chrono::microseconds>(options.connectTimeout));
    auto policy = d.policy;
    config.set_ssl_context_callback(
        [policy](boost::asio::ssl::context &context) { configureContext(policy, context); });
    try {
        const QString base = url.toString(QUrl::RemovePath | QUrl::FullyEncoded);
        d.client = std::make_unique<http::client::http_client>(web::uri(base.toStdString()), config);
    } catch (const std::exception &e) {
        return Error(ErrorCode::Usage,
                     tr("The server address must look like https://host:port, without a path or credentials."),
                     QString::fromUtf8(e.what()));
    }
    return transport;
}

void CppRestTransport::cancel()
{
    std::shared_ptr<Exchange> exchange;
    {
        std::lock_guard lock(d->currentMutex);
        exchange = d->current;
    }
    if (!exchange)
        return;
    {
        std::lock_guard lock(exchange->mutex);
        exchange->cancelled = true;
    }
    exchange->abandoned = true;
    exchange->cts.cancel(); // cpprestsdk closes the socket from its cancellation callback
    exchange->changed.notify_all();
}

Result<HttpResponse> CppRestTransport::send(const HttpRequest &request)
{
    std::lock_guard sendLock(d->sendMutex);
    return d->exchange(request);
}

Result<HttpResponse> CppRestTransport::Impl::exchange(const HttpRequest &request)
{
    if (!request.path.startsWith(QLatin1Char('/')))
        return Error(ErrorCode::Usage, tr("The request path must start with a slash."));
    http::http_request message(utility::conversions::to_string_t(request.method.toStdString()));
    try {
        message.set_request_uri(web::uri(request.path.toStdString()));
    } catch (const std::exception &) {
        return Error(ErrorCode::Usage, tr("The request path is not a valid URL path."));
    }
    if (!request.body.isEmpty())
        message.set_body(std::vector<unsigned char>(request.body.cbegin(), request.body.cend()));
    for (const auto &[name, value] : request.headers) {
        // Host would change the name cpprestsdk checks the certificate against.
        if (!validHeaderName(name) || !validHeaderValue(value) || name.compare("Host", Qt::CaseInsensitive) == 0)
            return Error(ErrorCode::Usage, tr("A request header is malformed."),
                         QStringLiteral("header %1").arg(QString::fromLatin1(name.left(64))));
        message.headers()[name.toStdString()] = value.toStdString();
    }

    auto exchange = std::make_shared<Exchange>();
    const auto cap = quint64(options.maxResponseBytes);
    message.set_progress_handler(
        [exchange, cap](http::message_direction::direction direction, utility::size64_t bytes) {
            if (direction != http::message_direction::download)
                return;
            if (bytes > cap)
                exchange->tooLarge = true;
            if (exchange->tooLarge || exchange->abandoned)
                throw StopReading();
        });
    {
        std::lock_guard lock(currentMutex);
        current = exchange;
    }
    struct ClearCurrent
    {
        Impl *impl;
        ~ClearCurrent()
        {
            std::lock_guard lock(impl->currentMutex);
            impl->current.reset();
        }
    } clearCurrent{this};

    policy->failure = int(TlsFailure::None);
    policy->verifyError = X509_V_OK;
    const auto deadline = std::chrono::steady_clock::now() + request.deadline;

    // Waits for `done` until the deadline or cancel(); nullopt when it came, otherwise the error to return.
    const auto waitFor = [&](bool Exchange::*done) -> std::optional<Error> {
        std::unique_lock lock(exchange->mutex);
        const bool finished =
            exchange->changed.wait_until(lock, deadline, [&] { return (*exchange).*done || exchange->cancelled; });
        if (exchange->cancelled)
            return networkError(tr("The connection to the server was cancelled."), QStringLiteral("cancelled"));
        if (!finished) {
            lock.unlock();
            exchange->abandoned = true;
            exchange->cts.cancel();
            return networkError(tr("The server did not answer in time."),
                                QStringLiteral("deadline of %1 ms passed").arg(request.deadline.count()));
        }
        return std::nullopt;
    };

    try {
        client->request(message, exchange->cts.get_token()).then([exchange](pplx::task<http::http_response> task) {
            std::lock_guard lock(exchange->mutex);
            try {
                exchange->response = task.get();
            } catch (...) {
                exchange->failure = std::current_exception();
            }
            exchange->headersDone = true;
            exchange->changed.notify_all();
        });
    } catch (...) {
        return failureFromException(std::current_exception(), false);
    }

    if (auto error = waitFor(&Exchange::headersDone))
        return *error;
    if (exchange->failure)
        return failureFromException(exchange->failure, false);

    http::http_response response = *exchange->response;
    utility::size64_t declaredLength = 0;
    if (response.headers().match(http::header_names::content_length, declaredLength) && declaredLength > cap) {
        exchange->abandoned = true;
        exchange->cts.cancel();
        return tooLarge();
    }

    response.extract_vector().then([exchange](pplx::task<std::vector<unsigned char>> task) {
        std::lock_guard lock(exchange->mutex);
        try {
            exchange->body = task.get();
        } catch (...) {
            exchange->failure = std::current_exception();
        }
        exchange->bodyDone = true;
        exchange->changed.notify_all();
    });
    if (auto error = waitFor(&Exchange::bodyDone))
        return *error;
    if (exchange->tooLarge || exchange->body.size() > cap)
        return tooLarge();
    if (exchange->failure)
        return failureFromException(exchange->failure, true);

    HttpResponse result;
    result.status = response.status_code();
    for (const auto &[name, value] : response.headers())
        result.headers.append({QByteArray::fromStdString(name), QByteArray::fromStdString(value)});
    result.body = QByteArray(reinterpret_cast<const char *>(exchange->body.data()), qsizetype(exchange->body.size()));
    return result;
}

Error CppRestTransport::Impl::tooLarge() const
{
    return networkError(tr("The server's reply was larger than the %1 MB this client accepts.")
                            .arg(double(options.maxResponseBytes) / (1024.0 * 1024.0), 0, 'f', 1),
                        QStringLiteral("reply over %1 bytes").arg(options.maxResponseBytes));
}

Error CppRestTransport::Impl::failureFromException(std::exception_ptr failure, bool headersSeen) const
{
    std::string what;
    std::error_code code;
    try {
        std::rethrow_exception(failure);
    } catch (const http::http_exception &e) {
        what = e.what();
        code = e.error_code();
    } catch (const pplx::task_canceled &) {
        return networkError(tr("The connection to the server was cancelled."), QStringLiteral("task cancelled"));
    } catch (const StopReading &) {
        return tooLarge();
    } catch (const std::exception &e) {
        what = e.what();
    } catch (...) {
        what = "unknown exception";
    }
    const QString detail =
        QString::fromStdString(what) % QStringLiteral(" (") % QString::fromStdString(code.message()) % QLatin1Char(')');
    const auto contains = [&](const char *text) { return what.find(text) != std::string::npos; };

    if (code == std::errc::timed_out)
        return networkError(tr("The server did not answer in time."), detail);
    if (code == std::errc::operation_canceled)
        return networkError(tr("The connection to the server was cancelled."), detail);
    if (contains("SSL handshake")) {
        const long verifyError = policy->verifyError;
        const QString tlsDetail =
            detail % QStringLiteral("; verify: ") % QString::fromLatin1(X509_verify_cert_error_string(verifyError));
        switch (TlsFailure(policy->failure.load())) {
        case TlsFailure::PinMismatch:
            return networkError(tr("The server's certificate does not match the pinned key."), tlsDetail);
        case TlsFailure::Expired:
            return networkError(tr("The server's certificate has expired."), tlsDetail);
        case TlsFailure::NotYetValid:
            return networkError(tr("The server's certificate is not valid yet; check this computer's clock."),
                                tlsDetail);
        case TlsFailure::SelfSigned:
            return networkError(tr("The server's certificate is self-signed and not trusted."), tlsDetail);
        case TlsFailure::Untrusted:
            return networkError(tr("The server's certificate is not issued by a trusted authority."), tlsDetail);
        case TlsFailure::WrongHost:
            return networkError(tr("The server's certificate is for a different host name."), tlsDetail);
        case TlsFailure::Other:
            return networkError(tr("The server's certificate was refused."), tlsDetail);
        case TlsFailure::None:
            break;
        }
        return networkError(tr("A secure connection to the server could not be established (it may not offer TLS 1.2 "
                               "or later, or it is not a TLS server)."),
                            detail);
    }
    if (contains("Failed to connect"))
        return networkError(tr("The server refused the connection or cannot be reached."), detail);
    if (contains("Error resolving") || contains("Failed to resolve"))
        return networkError(tr("The server's host name could not be found."), detail);
    if (contains("Invalid HTTP status line") || contains("Invalid chunked"))
        return networkError(tr("The server's reply is not valid HTTP."), detail);
    if (contains("write request"))
        return networkError(tr("The connection to the server was lost while sending the request."), detail);
    if (headersSeen || contains("response body") || contains("chunk"))
        return networkError(tr("The server's reply was cut off before it was complete."), detail);
    if (contains("status line"))
        return networkError(tr("The server closed the connection without answering."), detail);
    return networkError(tr("The connection to the server failed."), detail);
}

} // namespace novamind
