#include "storage/KeyVault.h"

#include "storage/AtomicFile.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <memory>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace novamind {

namespace {

constexpr int kSaltSize = 16;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;
constexpr qint64 kMaxKeyFileSize = 1 << 20;
constexpr const char *kFormatName = "novamind-replica-keys";

// Limits accepted from a key file: a tampered file must not make us allocate gigabytes or spin for minutes.
constexpr quint64 kMinN = quint64(1) << 10;
constexpr quint64 kMaxN = quint64(1) << 20;
constexpr quint32 kMaxR = 32;
constexpr quint32 kMaxP = 16;

struct CipherCtxDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Associated data binds a wrapped key to its replica and user: a slot copied elsewhere does not unwrap.
QByteArray associatedData(const QString &replicaId, const QString &userId)
{
    return QByteArray("novamind-keyslot-v1") + '\0' + replicaId.toUtf8() + '\0' + userId.toUtf8();
}

bool validKdf(const KeyVault::KdfParams &k)
{
    const bool powerOfTwo = k.n != 0 && (k.n & (k.n - 1)) == 0;
    return powerOfTwo && k.n >= kMinN && k.n <= kMaxN && k.r >= 1 && k.r <= kMaxR && k.p >= 1 && k.p <= kMaxP;
}

bool deriveKek(const QByteArray &passphrase, const QByteArray &salt, const KeyVault::KdfParams &k, SecureBytes &kek)
{
    kek = SecureBytes(32);
    const quint64 maxmem = 128ull * k.r * (k.n + k.p + 2) + (1ull << 20);
    return EVP_PBE_scrypt(passphrase.constData(), static_cast<size_t>(passphrase.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()), static_cast<size_t>(salt.size()),
                          k.n, k.r, k.p, maxmem, kek.data(), kek.size()) == 1;
}

bool gcmEncrypt(const SecureBytes &kek, const QByteArray &nonce, const QByteArray &aad, const SecureBytes &plain,
                QByteArray &cipherText, QByteArray &tag)
{
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    cipherText.resize(static_cast<qsizetype>(plain.size()));
    tag.resize(kTagSize);
    return ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
           EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) == 1 &&
           EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, kek.data(),
                              reinterpret_cast<const unsigned char *>(nonce.constData())) == 1 &&
           EVP_EncryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()),
                             static_cast<int>(aad.size())) == 1 &&
           EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(cipherText.data()), &len, plain.data(),
                             static_cast<int>(plain.size())) == 1 &&
           EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(cipherText.data()) + len, &len) == 1 &&
           EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, tag.data()) == 1;
}

bool gcmDecrypt(const SecureBytes &kek, const QByteArray &nonce, const QByteArray &aad, const QByteArray &cipherText,
                const QByteArray &tag, SecureBytes &plain)
{
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    plain = SecureBytes(static_cast<std::size_t>(cipherText.size()));
    QByteArray tagCopy = tag;
    const bool ok =
        ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) == 1 &&
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, kek.data(),
                           reinterpret_cast<const unsigned char *>(nonce.constData())) == 1 &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()),
                          static_cast<int>(aad.size())) == 1 &&
        EVP_DecryptUpdate(ctx.get(), plain.data(), &len,
                          reinterpret_cast<const unsigned char *>(cipherText.constData()),
                          static_cast<int>(cipherText.size())) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tagCopy.data()) == 1 &&
        EVP_DecryptFinal_ex(ctx.get(), plain.data() + len, &len) == 1;
    if (!ok)
        plain.wipe();
    return ok;
}

QByteArray randomBytes(int n)
{
    QByteArray b(n, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(b.data()), n) != 1)
        return {};
    return b;
}

QJsonObject slotToJson(const KeyVault::Slot &s)
{
    QJsonObject kdf{{QStringLiteral("algorithm"), QStringLiteral("scrypt")},
                    {QStringLiteral("n"), static_cast<qint64>(s.kdf.n)},
                    {QStringLiteral("r"), static_cast<qint64>(s.kdf.r)},
                    {QStringLiteral("p"), static_cast<qint64>(s.kdf.p)},
                    {QStringLiteral("salt"), QString::fromLatin1(s.salt.toBase64())}};
    return QJsonObject{{QStringLiteral("user_id"), s.userId},
                       {QStringLiteral("kdf"), kdf},
                       {QStringLiteral("cipher"), QStringLiteral("aes-256-gcm")},
                       {QStringLiteral("nonce"), QString::fromLatin1(s.nonce.toBase64())},
                       {QStringLiteral("wrapped_key"), QString::fromLatin1(s.wrappedKey.toBase64())},
                       {QStringLiteral("tag"), QString::fromLatin1(s.tag.toBase64())},
                       {QStringLiteral("created_at"), s.createdAt}};
}

bool decodeBase64(const QJsonValue &v, int expectedSize, QByteArray &out)
{
    if (!v.isString())
        return false;
    auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || (expectedSize >= 0 && decoded.decoded.size() != expectedSize))
        return false;
    out = decoded.decoded;
    return true;
}

} // namespace

bool KeyVault::isValidUserId(const QString &userId)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$"));
    return re.match(userId).hasMatch();
}

Status KeyVault::checkUserId(const QString &userId)
{
    if (!isValidUserId(userId))
        return Error{ErrorCode::Usage, tr("“%1” is not a valid user id: use letters, digits and . _ @ -.").arg(userId)};
    return {};
}

Status KeyVault::checkNewPassphrase(const QByteArray &passphrase)
{
    if (QString::fromUtf8(passphrase).size() < kMinPassphraseLength)
        return Error{ErrorCode::Usage,
                     tr("The passphrase must be at least %n characters long.", nullptr, kMinPassphraseLength)};
    return {};
}

Result<KeyVault::Slot> KeyVault::makeSlot(const QString &replicaId, const SecureBytes &dek, const QString &userId,
                                          const QByteArray &passphrase, const KdfParams &kdf)
{
    if (!validKdf(kdf))
        return Error{ErrorCode::Internal, tr("The key derivation parameters are out of range."), {}};
    Slot slot;
    slot.userId = userId;
    slot.kdf = kdf;
    slot.salt = randomBytes(kSaltSize);
    slot.nonce = randomBytes(kNonceSize);
    slot.createdAt = nowUtc();
    if (slot.salt.isEmpty() || slot.nonce.isEmpty())
        return Error{ErrorCode::Internal, tr("The system's random number generator failed."), {}};
    SecureBytes kek;
    if (!deriveKek(passphrase, slot.salt, kdf, kek))
        return Error{ErrorCode::Internal, tr("Deriving the key from the passphrase failed."),
                     QStringLiteral("EVP_PBE_scrypt")};
    if (!gcmEncrypt(kek, slot.nonce, associatedData(replicaId, userId), dek, slot.wrappedKey, slot.tag))
        return Error{ErrorCode::Internal, tr("Wrapping the database key failed."), QStringLiteral("AES-256-GCM")};
    return slot;
}

Result<KeyVault> KeyVault::create(const QString &path, const QString &replicaId, const QString &userId,
                                  const QByteArray &passphrase, SecureBytes &dek, const KdfParams &kdf)
{
    dek = SecureBytes(32);
    if (!dek.randomize())
        return Error{ErrorCode::Internal, tr("The system's random number generator failed."), {}};
    auto slot = makeSlot(replicaId, dek, userId, passphrase, kdf);
    if (!slot.ok())
        return slot.error();
    KeyVault vault;
    vault.m_path = path;
    vault.m_replicaId = replicaId;
    vault.m_createdAt = nowUtc();
    vault.m_slots.push_back(std::move(slot.value()));
    return vault;
}

Result<KeyVault> KeyVault::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error{ErrorCode::Authentication,
                     tr("The key file %1 is missing, so the replica cannot be unlocked.").arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("The key file %1 could not be read.").arg(path), file.errorString()};
    if (file.size() > kMaxKeyFileSize)
        return Error{ErrorCode::Authentication, tr("The key file %1 is damaged (it is far too large).").arg(path)};
    const QByteArray bytes = file.readAll();

    auto damaged = [&](const QString &why) {
        return Error{ErrorCode::Authentication, tr("The key file %1 is damaged (%2).").arg(path, why)};
    };
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return damaged(tr("it is not valid JSON; it may be truncated"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormatName))
        return damaged(tr("it is not a Novamind key file"));
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version > kFormatVersion)
        return Error{
            ErrorCode::Incompatible,
            tr("The key file %1 was written by a newer version of Novamind; update Novamind to open it.").arg(path)};
    if (version != kFormatVersion)
        return damaged(tr("unknown format version"));

    KeyVault vault;
    vault.m_path = path;
    vault.m_replicaId = root.value(QStringLiteral("replica_id")).toString();
    vault.m_createdAt = root.value(QStringLiteral("created_at")).toString();
    if (vault.m_replicaId.isEmpty())
        return damaged(tr("the replica id is missing"));
    const QJsonValue slots = root.value(QStringLiteral("slots"));
    if (!slots.isArray())
        return damaged(tr("the key slots are missing"));
    for (const QJsonValue &v : slots.toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
        Slot s;
        s.userId = o.value(QStringLiteral("user_id")).toString();
        s.createdAt = o.value(QStringLiteral("created_at")).toString();
        s.kdf.n = static_cast<quint64>(kdf.value(QStringLiteral("n")).toInteger(0));
        s.kdf.r = static_cast<quint32>(kdf.value(QStringLiteral("r")).toInteger(0));
        s.kdf.p = static_cast<quint32>(kdf.value(QStringLiteral("p")).toInteger(0));
        if (!isValidUserId(s.userId))
            return damaged(tr("a key slot has no valid user id"));
        if (kdf.value(QStringLiteral("algorithm")).toString() != QLatin1String("scrypt") || !validKdf(s.kdf))
            return damaged(tr("the key slot of %1 has unsupported key derivation parameters").arg(s.userId));
        if (o.value(QStringLiteral("cipher")).toString() != QLatin1String("aes-256-gcm") ||
            !decodeBase64(kdf.value(QStringLiteral("salt")), kSaltSize, s.salt) ||
            !decodeBase64(o.value(QStringLiteral("nonce")), kNonceSize, s.nonce) ||
            !decodeBase64(o.value(QStringLiteral("wrapped_key")), 32, s.wrappedKey) ||
            !decodeBase64(o.value(QStringLiteral("tag")), kTagSize, s.tag))
            return damaged(tr("the key slot of %1 is malformed").arg(s.userId));
        if (vault.findSlot(s.userId))
            return damaged(tr("user %1 has two key slots").arg(s.userId));
        vault.m_slots.push_back(std::move(s));
    }
    if (vault.m_slots.empty())
        return Error{ErrorCode::Authentication,
                     tr("The key file %1 has no key slots left; the replica has been erased.").arg(path)};
    return vault;
}

const KeyVault::Slot *KeyVault::findSlot(const QString &userId) const
{
    for (const Slot &s : m_slots)
        if (s.userId == userId)
            return &s;
    return nullptr;
}

Result<SecureBytes> KeyVault::unlock(const QString &userId, const QByteArray &passphrase) const
{
    const Slot *slot = findSlot(userId);
    if (!slot)
        return Error{ErrorCode::Authentication, tr("User %1 has no key for this replica.").arg(userId)};
    SecureBytes kek;
    if (!deriveKek(passphrase, slot->salt, slot->kdf, kek))
        return Error{ErrorCode::Internal, tr("Deriving the key from the passphrase failed."),
                     QStringLiteral("EVP_PBE_scrypt")};
    SecureBytes dek;
    if (!gcmDecrypt(kek, slot->nonce, associatedData(m_replicaId, userId), slot->wrappedKey, slot->tag, dek))
        return Error{ErrorCode::Authentication,
                     tr("The passphrase for %1 is wrong, or that user's key slot has been damaged.").arg(userId)};
    return dek;
}

Status KeyVault::addUser(const SecureBytes &dek, const QString &userId, const QByteArray &passphrase,
                         const KdfParams &kdf)
{
    NM_TRY(checkUserId(userId));
    if (findSlot(userId))
        return Error{ErrorCode::AlreadyExists, tr("User %1 already has a key for this replica.").arg(userId)};
    auto slot = makeSlot(m_replicaId, dek, userId, passphrase, kdf);
    if (!slot.ok())
        return slot.error();
    m_slots.push_back(std::move(slot.value()));
    Status s = save();
    if (!s.ok())
        m_slots.pop_back();
    return s;
}

Status KeyVault::changePassphrase(const QString &userId, const QByteArray &oldPassphrase,
                                  const QByteArray &newPassphrase)
{
    auto dek = unlock(userId, oldPassphrase);
    if (!dek.ok())
        return dek.error();
    const Slot *old = findSlot(userId);
    auto slot = makeSlot(m_replicaId, dek.value(), userId, newPassphrase, old->kdf);
    if (!slot.ok())
        return slot.error();
    std::vector<Slot> previous = m_slots;
    for (Slot &s : m_slots)
        if (s.userId == userId)
            s = slot.value();
    Status st = save();
    if (!st.ok())
        m_slots = std::move(previous);
    return st;
}

Status KeyVault::removeUser(const QString &userId, bool allowLast)
{
    if (!findSlot(userId))
        return Error{ErrorCode::NotFound, tr("User %1 has no key for this replica.").arg(userId)};
    if (m_slots.size() == 1 && !allowLast)
        return Error{ErrorCode::Usage,
                     tr("%1 holds the last key; removing it would erase the replica for good.").arg(userId)};
    std::vector<Slot> previous = m_slots;
    std::erase_if(m_slots, [&](const Slot &s) { return s.userId == userId; });
    Status st = save();
    if (!st.ok())
        m_slots = std::move(previous);
    return st;
}

Status KeyVault::save() const
{
    QJsonArray slots;
    for (const Slot &s : m_slots)
        slots.append(slotToJson(s));
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(kFormatName)},
                           {QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("replica_id"), m_replicaId},
                           {QStringLiteral("created_at"), m_createdAt},
                           {QStringLiteral("slots"), slots}};
    return AtomicFile::write(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QStringList KeyVault::users() const
{
    QStringList out;
    for (const Slot &s : m_slots)
        out << s.userId;
    return out;
}

bool KeyVault::hasUser(const QString &userId) const
{
    return findSlot(userId) != nullptr;
}

} // namespace novamind
