#include "server/service/PasswordHasher.h"

#include <QList>
#include <QStringView>
#include <array>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <optional>

namespace novamind::server {

namespace {

// Bounds on parameters read back from the database. They admit every hash we ever wrote and some stronger ones, but
// a damaged or planted row cannot make a sign-in allocate gigabytes or spin for minutes.
constexpr quint64 kMinN = quint64(1) << 10;
constexpr quint64 kMaxN = quint64(1) << 20;
constexpr quint32 kMaxR = 32;
constexpr quint32 kMaxP = 16;
constexpr quint64 kMaxMemory = quint64(256) << 20;                                      // 128 * r * N bytes
constexpr quint64 kMaxWork = PasswordHasher::kCostN * PasswordHasher::kBlockSizeR * 16; // N * r * p
constexpr int kMaxSaltBytes = 64;

using Derived = std::array<unsigned char, PasswordHasher::kHashBytes>;

struct StoredHash
{
    quint64 n = 0;
    quint32 r = 0;
    quint32 p = 0;
    QByteArray salt;
    QByteArray hash;
};

// Digits only: toULongLong() would also take signs, spaces and other bases, and a stored hash has one spelling.
std::optional<quint64> parseNumber(QStringView text)
{
    if (text.isEmpty() || text.size() > 10)
        return std::nullopt;
    quint64 value = 0;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

std::optional<QByteArray> parseBase64(QStringView text)
{
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return decoded.decoded;
}

bool acceptable(const StoredHash &h)
{
    const bool powerOfTwo = (h.n & (h.n - 1)) == 0;
    return powerOfTwo && h.n >= kMinN && h.n <= kMaxN && h.r >= 1 && h.r <= kMaxR && h.p >= 1 && h.p <= kMaxP &&
           128 * h.r * h.n <= kMaxMemory && h.n * h.r * h.p <= kMaxWork && h.salt.size() <= kMaxSaltBytes &&
           h.hash.size() == PasswordHasher::kHashBytes;
}

std::optional<StoredHash> parse(const QString &stored)
{
    const QList<QStringView> parts = QStringView(stored).split(QLatin1Char('$'));
    if (parts.size() != 6 || parts[0] != QLatin1String("scrypt"))
        return std::nullopt;
    const auto n = parseNumber(parts[1]);
    const auto r = parseNumber(parts[2]);
    const auto p = parseNumber(parts[3]);
    auto salt = parseBase64(parts[4]);
    auto hash = parseBase64(parts[5]);
    if (!n || !r || !p || !salt || !hash || *r > kMaxR || *p > kMaxP)
        return std::nullopt;
    StoredHash h{*n, quint32(*r), quint32(*p), std::move(*salt), std::move(*hash)};
    if (!acceptable(h))
        return std::nullopt;
    return h;
}

bool derive(const QByteArray &password, const QByteArray &salt, quint64 n, quint32 r, quint32 p, Derived &out)
{
    // OpenSSL refuses to run unless maxmem covers its two buffers, 128*r*p and 128*r*(N+2) bytes; its default
    // (32 MiB) is below our cost. The extra MiB is headroom for its own rounding.
    const quint64 maxmem = quint64(128) * r * (n + p + 2) + (quint64(1) << 20);
    return EVP_PBE_scrypt(password.constData(), size_t(password.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()), size_t(salt.size()), n, r, p,
                          maxmem, out.data(), out.size()) == 1;
}

QString format(quint64 n, quint32 r, quint32 p, const QByteArray &salt, const QByteArray &hash)
{
    const QChar sep = QLatin1Char('$');
    return QLatin1String("scrypt") + sep + QString::number(n) + sep + QString::number(r) + sep + QString::number(p) +
           sep + QString::fromLatin1(salt.toBase64()) + sep + QString::fromLatin1(hash.toBase64());
}

} // namespace

QString PasswordHasher::hash(const QByteArray &password)
{
    QByteArray salt(kSaltBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), kSaltBytes) != 1)
        return {};
    Derived derived{};
    if (!derive(password, salt, kCostN, kBlockSizeR, kParallelP, derived)) {
        OPENSSL_cleanse(derived.data(), derived.size());
        return {};
    }
    const QString out = format(kCostN, kBlockSizeR, kParallelP, salt,
                               QByteArray(reinterpret_cast<const char *>(derived.data()), kHashBytes));
    OPENSSL_cleanse(derived.data(), derived.size());
    return out;
}

bool PasswordHasher::verify(const QByteArray &password, const QString &stored)
{
    const auto h = parse(stored);
    if (!h)
        return false;
    Derived derived{};
    bool match = false;
    if (derive(password, h->salt, h->n, h->r, h->p, derived))
        match = CRYPTO_memcmp(derived.data(), h->hash.constData(), derived.size()) == 0;
    OPENSSL_cleanse(derived.data(), derived.size());
    return match;
}

void PasswordHasher::dummyVerify(const QByteArray &password)
{
    // A well-formed hash at today's cost that no password matches (scrypt never yields 32 zero bytes in practice).
    static const QString dummy =
        format(kCostN, kBlockSizeR, kParallelP, QByteArray(kSaltBytes, '\0'), QByteArray(kHashBytes, '\0'));
    (void)verify(password, dummy);
}

} // namespace novamind::server
