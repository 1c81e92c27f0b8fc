#pragma once
// AuditChain: the hash rule of the audit trail, shared by the client replica and the server that verifies it.

#include <QByteArray>
#include <QString>

namespace novamind {

// One entry of a device's audit trail, as the replica stores it and as it travels to the server.
struct AuditEntry
{
    qint64 seq = 0;
    QString ts; // ISO 8601 UTC with milliseconds
    QString userId;
    QString action; // read | search | create | update | sign | delete | purge | export | break_glass | login
    QString entity; // patient | assessment | twin_state | ...
    QString entityId;
    QString purpose; // treatment | break_glass:<reason> | sync | administration ...
    QString prevHash;
    QString hash;

    bool operator==(const AuditEntry &) const = default;
};

// How an entry relates to the hash before it.
enum class AuditLink
{
    Ok,
    WrongPrevious, // prev_hash is not the hash it should follow: an entry was removed, inserted or reordered
    Altered,       // hash does not match the entry's contents
};

class AuditChain
{
public:
    // The prev_hash of entry 1: 64 zeros.
    static constexpr const char *kGenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";
    static QString genesisHash();

    // The bytes that are hashed: a compact JSON array of seq, ts, user_id, action, entity, entity_id and purpose
    // (no hashes). Replicas in the field were chained with these exact bytes: changing them breaks every chain.
    static QByteArray canonical(const AuditEntry &entry);
    // hash = lower-case hex of SHA-256(prevHash as Latin-1 ‖ canonical(entry)).
    static QString computeHash(const QString &prevHash, const AuditEntry &entry);

    // Checks that `entry` follows `prevHash` (its prev_hash) and that its hash matches its contents.
    static AuditLink verifyLink(const QString &prevHash, const AuditEntry &entry);

    // A well-formed hash as computeHash writes it: 64 lower-case hexadecimal digits.
    static bool isHash(const QString &text);
};

} // namespace novamind
