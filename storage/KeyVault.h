#pragma once
// KeyVault: the replica's key file: per-user slots, each wrapping the database key (DEK) under a passphrase.

#include "models/Result.h"
#include "storage/SecureBytes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace novamind {

class KeyVault
{
    Q_DECLARE_TR_FUNCTIONS(KeyVault)
public:
    // scrypt cost. The defaults are the OWASP floor (N = 2^17, r = 8, p = 1, 128 MiB); tests may pass cheaper ones.
    struct KdfParams
    {
        quint64 n = quint64(1) << 17;
        quint32 r = 8;
        quint32 p = 1;
    };

    struct Slot
    {
        QString userId;
        KdfParams kdf;
        QByteArray salt;       // 16 random bytes
        QByteArray nonce;      // 12 random bytes (AES-GCM IV)
        QByteArray wrappedKey; // AES-256-GCM ciphertext of the DEK
        QByteArray tag;        // 16-byte GCM tag
        QString createdAt;
    };

    static constexpr int kFormatVersion = 1;

    // Reads and validates a key file; no key is derived yet.
    static Result<KeyVault> load(const QString &path);
    // A new vault for a new replica with one slot; the new DEK is returned in `dek`. Nothing is written.
    static Result<KeyVault> create(const QString &path, const QString &replicaId, const QString &userId,
                                   const QByteArray &passphrase, SecureBytes &dek, const KdfParams &kdf);

    // Derives the user's KEK and unwraps the DEK. Wrong passphrase and a tampered slot fail alike.
    Result<SecureBytes> unlock(const QString &userId, const QByteArray &passphrase) const;

    // Each of these changes one slot and writes the file atomically.
    Status addUser(const SecureBytes &dek, const QString &userId, const QByteArray &passphrase, const KdfParams &kdf);
    Status addUser(const SecureBytes &dek, const QString &userId, const QByteArray &passphrase)
    {
        return addUser(dek, userId, passphrase, KdfParams{});
    }
    Status changePassphrase(const QString &userId, const QByteArray &oldPassphrase, const QByteArray &newPassphrase);
    // Removing the last slot is cryptographic erasure; it needs `allowLast`.
    Status removeUser(const QString &userId, bool allowLast = false);

    Status save() const;

    const QString &path() const { return m_path; }
    const QString &replicaId() const { return m_replicaId; }
    QStringList users() const;
    bool hasUser(const QString &userId) const;

    // Validation shared by the CLI and the GUI.
    static bool isValidUserId(const QString &userId);
    static Status checkUserId(const QString &userId);
    static constexpr int kMinPassphraseLength = 8;
    static Status checkNewPassphrase(const QByteArray &passphrase);

private:
    static Result<Slot> makeSlot(const QString &replicaId, const SecureBytes &dek, const QString &userId,
                                 const QByteArray &passphrase, const KdfParams &kdf);
    const Slot *findSlot(const QString &userId) const;

    QString m_path;
    QString m_replicaId;
    QString m_createdAt;
    std::vector<Slot> m_slots;
};

} // namespace novamind
