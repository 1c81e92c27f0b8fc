// SyncClient: the sync protocol over a Transport, with sign-in, retries and strict parsing.
#include "sync/SyncClient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace novamind {

namespace {

// A token is renewed this long before it expires, so that a request never races its expiry.
constexpr qint64 kRenewMarginMs = 60000;

const QByteArray kJson = QByteArrayLiteral("application/json");

QString statusDetail(const HttpResponse &response, const sync::ServerError &error)
{
    return error.error.isEmpty() ? QStringLiteral("HTTP %1").arg(response.status)
                                 : QStringLiteral("HTTP %1 %2").arg(response.status).arg(error.error);
}

void wipeString(QString &text)
{
    std::fill(text.begin(), text.end(), QChar(0));
    text.clear();
}

} // namespace

SyncClient::SyncClient(Transport &transport, SyncCredentials credentials, RetryPolicy retry)
    : m_transport(transport)
    , m_credentials(std::move(credentials))
    , m_retry(retry)
{}

SyncClient::~SyncClient()
{
    wipeToken();
}

void SyncClient::setSleeper(std::function<void(std::chrono::milliseconds)> sleeper)
{
    m_sleeper = std::move(sleeper);
}

void SyncClient::setClock(std::function<qint64()> nowMs)
{
    m_clock = std::move(nowMs);
}

qint64 SyncClient::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void SyncClient::wipeToken()
{
    secureWipe(m_token);
    m_token.clear();
    m_tokenExpiresAtMs = 0;
}

void SyncClient::cancel()
{
    m_cancelled.store(true);
    {
        // Taking the lock orders the flag before a waiter's predicate check, so no wake-up is lost.
        std::lock_guard lock(m_waitMutex);
    }
    m_wake.notify_all();
    m_transport.cancel();
}

bool SyncClient::pause(std::chrono::milliseconds delay)
{
    if (m_sleeper) {
        m_sleeper(delay);
        return !m_cancelled.load();
    }
    std::unique_lock lock(m_waitMutex);
    m_wake.wait_for(lock, delay, [this] { return m_cancelled.load(); });
    return !m_cancelled.load();
}

static Error cancelledError()
{
    return Error{ErrorCode::Network, SyncClient::tr("The sync was cancelled."), QStringLiteral("cancelled")};
}

// The error for a final non-2xx reply that the endpoint has no special meaning for.
static Error replyError(const HttpResponse &response)
{
    const sync::ServerError error = sync::parseErrorReply(response.body);
    const QString detail = statusDetail(response, error);
    if (response.status >= 500)
        return Error{ErrorCode::Server, SyncClient::tr("The sync server is not available right now; try again later."),
                     detail};
    if (response.status == 401)
        return Error{ErrorCode::Authentication,
                     SyncClient::tr("The sync server did not accept the sign-in; check the server user and password."),
                     detail};
    if (response.status == 429)
        return Error{ErrorCode::Server,
                     SyncClient::tr("The sync server is refusing requests for a while; try again later."), detail};
    // The server's sentence names what it refused and never quotes record content.
    if (!error.message.isEmpty())
        return Error{ErrorCode::Server, error.message, detail};
    return Error{ErrorCode::Server,
                 SyncClient::tr("The sync server refused the request (HTTP status %1).").arg(response.status), detail};
}

Result<HttpResponse> SyncClient::call(HttpRequest request, bool authenticated)
{
    bool signedInAgain = false;
    int attempt = 1;
    const int maxAttempts = std::max(1, m_retry.maxAttempts);
    for (;;) {
        if (m_cancelled.load())
            return cancelledError();
        HttpRequest sent = request;
        if (authenticated) {
            if (Status s = signIn(); !s.ok())
                return s.error();
            sent.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_token});
        }
        auto reply = m_transport.send(sent);
        if (authenticated)
            secureWipe(sent.headers.last().second);
        if (m_cancelled.load())
            return cancelledError();

        std::chrono::milliseconds delay{0};
        if (!reply.ok()) {
            if (reply.error().code != ErrorCode::Network || attempt >= maxAttempts)
                return reply;
            delay = m_retry.delayBefore(++attempt);
        } else {
            const HttpResponse &response = reply.value();
            m_bytesReceived.fetch_add(response.body.size());
            if (response.status == 401 && authenticated && !signedInAgain) {
                // The token expired or was revoked early: one fresh sign-in, outside the retry budget.
                signedInAgain = true;
                wipeToken();
                continue;
            }
            const bool retryable = response.status >= 500 || response.status == 429;
            if (!retryable || attempt >= maxAttempts)
                return reply;
            ++attempt;
            bool ok = false;
            const qint64 retryAfter = response.header(QByteArrayLiteral("Retry-After")).trimmed().toLongLong(&ok);
            if (response.status == 429 && ok && retryAfter >= 0)
                delay = std::min<std::chrono::milliseconds>(std::chrono::seconds(retryAfter), m_retry.maxDelay);
            else
                delay = m_retry.delayBefore(attempt);
        }
        if (!pause(delay))
            return cancelledError();
    }
}

Status SyncClient::signIn()
{
    if (!m_token.isEmpty() && now() < m_tokenExpiresAtMs)
        return {};
    return requestToken();
}

Status SyncClient::requestToken()
{
    wipeToken();
    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/auth/token");
    request.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")},
                       {QByteArrayLiteral("Accept"), kJson}};
    {
        QByteArray password(m_credentials.password.chars(), qsizetype(m_credentials.password.size()));
        request.body = sync::encodeTokenRequest(m_credentials.user, password);
        secureWipe(password);
    }
    const qint64 requestedAt = now();
    auto reply = call(request, false);
    secureWipe(request.body);
    if (!reply.ok())
        return reply.error();
    const HttpResponse &response = reply.value();
    if (response.status == 400 && sync::parseErrorReply(response.body).error == QLatin1String("invalid_grant"))
        return Error{ErrorCode::Authentication, tr("The sync server refused the user name or password."),
                     QStringLiteral("HTTP 400 invalid_grant")};
    if (response.status == 429)
        return Error{ErrorCode::Server,
                     tr("The sync server refuses sign-ins for a while after too many failed attempts; try again "
                        "later."),
                     QStringLiteral("HTTP 429")};
    if (response.status != 200)
        return replyError(response);
    auto token = sync::parseTokenReply(response.body);
    if (!token.ok())
        return token.error();
    m_token = token->accessToken.toUtf8();
    wipeString(token->accessToken);
    const qint64 lifetimeMs = qint64(token->expiresIn.count()) * 1000;
    m_tokenExpiresAtMs = requestedAt + lifetimeMs - std::min(kRenewMarginMs, lifetimeMs / 2);
    return {};
}

Result<sync::ChangePage> SyncClient::changes(qint64 since, int limit)
{
    HttpRequest request;
    request.path = sync::changesPath(since, limit);
    request.headers = {{QByteArrayLiteral("Accept"), kJson}};
    auto reply = call(request, true);
    if (!reply.ok())
        return reply.error();
    const HttpResponse &response = reply.value();
    if (response.status == 410)
        return Error{ErrorCode::NotFound,
                     tr("The sync server no longer knows this replica's place in its change feed; a full resync is "
                        "needed."),
                     QStringLiteral("unknown_cursor")};
    if (response.status != 200)
        return replyError(response);
    return sync::parseChangePage(response.body);
}

Result<std::vector<sync::PushResult>> SyncClient::push(const std::vector<sync::Mutation> &mutations)
{
    if (mutations.empty())
        return std::vector<sync::PushResult>{};
    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/push");
    request.headers = {{QByteArrayLiteral("Content-Type"), kJson}, {QByteArrayLiteral("Accept"), kJson}};
    request.body = sync::encodePush(mutations);
    auto reply = call(request, true);
    if (!reply.ok())
        return reply.error();
    const HttpResponse &response = reply.value();
    if (response.status != 200)
        return replyError(response);
    return sync::parsePushReply(response.body, mutations);
}

Result<sync::AuditAck> SyncClient::pushAudit(const QString &deviceId, const QJsonArray &entries)
{
    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/audit");
    request.headers = {{QByteArrayLiteral("Content-Type"), kJson}, {QByteArrayLiteral("Accept"), kJson}};
    request.body =
        QJsonDocument(QJsonObject{{QStringLiteral("device_id"), deviceId}, {QStringLiteral("entries"), entries}})
            .toJson(QJsonDocument::Compact);
    auto reply = call(request, true);
    if (!reply.ok())
        return reply.error();
    const HttpResponse &response = reply.value();
    // The server's head for this device, so the shipper can resume from there (a new or restored server).
    if (response.status == 409 && sync::parseErrorReply(response.body).error == QLatin1String("chain_broken"))
        return sync::parseChainBrokenReply(response.body);
    if (response.status != 200)
        return replyError(response);
    return sync::parseAuditReply(response.body);
}

} // namespace novamind
