#pragma once
// SyncClient: the sync protocol over a Transport — sign-in with the token kept in memory, changes, push, audit —
// with retries for network errors and 5xx, and every reply parsed strictly.

#include "models/Result.h"
#include "models/sync/SyncMessages.h"
#include "storage/SecureBytes.h"
#include "sync/RetryPolicy.h"
#include "sync/Transport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QString>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>

namespace novamind {

struct SyncCredentials
{
    QString user;
    SecureBytes password; // the server password (not the replica passphrase); wiped with the credentials
};

class SyncClient
{
    Q_DECLARE_TR_FUNCTIONS(SyncClient)
public:
    // The transport must outlive the client.
    SyncClient(Transport &transport, SyncCredentials credentials, RetryPolicy retry = {});
    ~SyncClient(); // wipes the token
    SyncClient(const SyncClient &) = delete;
    SyncClient &operator=(const SyncClient &) = delete;

    // Signs in when there is no token or it is about to expire; a 401 on any call signs in again once.
    // Wrong credentials: ErrorCode::Authentication. 429: waits Retry-After (bounded) within the retry budget.
    Status signIn();
    Result<sync::ChangePage> changes(qint64 since, int limit);
    Result<std::vector<sync::PushResult>> push(const std::vector<sync::Mutation> &mutations);
    // entries: AuditBatch JSON entries (models/audit/AuditBatch); 409 chain_broken is ErrorCode::Corrupt.
    Result<sync::AuditAck> pushAudit(const QString &deviceId, const QJsonArray &entries);

    // Thread-safe: the call in progress and any backoff wait end promptly with a Network "cancelled" error.
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }

    // Test hook: replaces sleeping between retries (receives the delay).
    void setSleeper(std::function<void(std::chrono::milliseconds)> sleeper);
    // Test hook: the wall clock (ms since the epoch) that decides when the token is about to expire.
    void setClock(std::function<qint64()> nowMs);
    // Reply bytes received so far (every status), for progress reports.
    qint64 bytesReceived() const { return m_bytesReceived.load(); }

private:
    Result<HttpResponse> call(HttpRequest request, bool authenticated);
    Status requestToken();
    // Waits `delay` unless cancelled first; false when cancelled.
    bool pause(std::chrono::milliseconds delay);
    void wipeToken();
    qint64 now() const;

    Transport &m_transport;
    SyncCredentials m_credentials;
    RetryPolicy m_retry;
    QByteArray m_token; // in memory only
    qint64 m_tokenExpiresAtMs = 0;
    std::atomic<bool> m_cancelled{false};
    std::function<void(std::chrono::milliseconds)> m_sleeper;
    std::function<qint64()> m_clock;
    std::atomic<qint64> m_bytesReceived{0};
    std::mutex m_waitMutex;
    std::condition_variable m_wake;
};

} // namespace novamind
