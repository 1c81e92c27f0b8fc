#pragma once
// SyncMessages: the client's view of the sync protocol's bodies (docs/api/sync.yaml), parsed strictly.
// Anything a reply lacks or holds in the wrong shape is an ErrorCode::Server error naming the field, never its value.

#include "models/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <chrono>
#include <optional>
#include <vector>

namespace novamind::sync {

// POST /v1/auth/token → 200.
struct Token
{
    QString accessToken; // secret: never logged
    std::chrono::seconds expiresIn{0};
};
Result<Token> parseTokenReply(const QByteArray &body);
// The form body of a password grant (RFC 6749 §4.3), form-encoded.
QByteArray encodeTokenRequest(const QString &user, const QByteArray &password);

// One entry of GET /v1/changes.
struct Change
{
    qint64 seq = 0;
    QString entity;
    QString id;
    qint64 version = 0;
    bool deleted = false; // op "delete"; data is then empty
    QJsonObject data;     // codec form of the entity's document
};

struct ChangePage
{
    std::vector<Change> changes;
    QStringList revocations; // patient ids the user lost access to
    qint64 cursor = 0;       // store with the page, in the same transaction
    bool hasMore = false;
    QString serverId;
    qint64 bytes = 0; // size of the reply body, for progress
};
Result<ChangePage> parseChangePage(const QByteArray &body);
// "/v1/changes?since=CURSOR&limit=N"
QString changesPath(qint64 since, int limit);

// One outbox entry on the wire (POST /v1/push).
struct Mutation
{
    QString idempotencyKey;
    QString entity;
    QString id;
    qint64 baseVersion = 0;
    QString op; // create | update | delete
    QJsonObject data;
};
QByteArray encodePush(const std::vector<Mutation> &mutations);

enum class PushStatus
{
    Applied,
    Conflict,
    Rejected
};

// One result, with `duplicate` already unwrapped to the original result it names (duplicate = true then).
struct PushResult
{
    QString idempotencyKey;
    PushStatus status = PushStatus::Rejected;
    bool duplicate = false;
    qint64 version = 0;                    // Applied: the document's new version
    qint64 serverVersion = 0;              // Conflict: the server's current version
    std::optional<QJsonObject> serverData; // Conflict: the server's document (absent when deleted)
    bool serverDeleted = false;            // Conflict: the server's document is deleted
    QString error;                         // Rejected: machine code, e.g. "invalid_content"
    int httpStatus = 0;                    // Rejected: 403 | 404 | 409 | 422
    QString message;                       // Rejected: the server's sentence (names a field, never a value)
};
// Exactly one result per sent mutation, in the same order and with the same keys; anything else is an error.
Result<std::vector<PushResult>> parsePushReply(const QByteArray &body, const std::vector<Mutation> &sent);

// POST /v1/audit → 200 {accepted, checkpoint:{seq, hash}}.
struct AuditAck
{
    qint64 accepted = 0;
    qint64 checkpointSeq = 0;
    QString checkpointHash;
    // 409 chain_broken: nothing was accepted and the checkpoint is the head the server holds for this device
    // (a new or restored server holds less than this replica was told before).
    bool chainBroken = false;
};
Result<AuditAck> parseAuditReply(const QByteArray &body);
// The body of a 409 chain_broken: {"error", "message", "checkpoint": {seq, hash}}.
Result<AuditAck> parseChainBrokenReply(const QByteArray &body);

// {"error": CODE, "message": TEXT} of a 4xx/5xx; empty fields when the body is not that shape.
struct ServerError
{
    QString error;
    QString message;
};
ServerError parseErrorReply(const QByteArray &body);

} // namespace novamind::sync
