#pragma once
// PasswordHasher: scrypt hashes of sign-in passwords, stored as `scrypt$N$r$p$<salt base64>$<hash base64>`.

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace novamind::server {

class PasswordHasher
{
public:
    // Cost of new hashes: 128 MiB and a few hundred milliseconds each, so guessing offline is slow.
    static constexpr quint64 kCostN = quint64(1) << 17;
    static constexpr quint32 kBlockSizeR = 8;
    static constexpr quint32 kParallelP = 1;
    static constexpr int kSaltBytes = 16;
    static constexpr int kHashBytes = 32;

    // A new hash with a fresh random salt; "" only when the random generator or scrypt fails (never store that).
    static QString hash(const QByteArray &password);

    // True when `password` matches `stored`, computed with the N, r and p written in `stored` (within sane bounds,
    // so a damaged row cannot make the server allocate gigabytes). Malformed `stored` gives false.
    static bool verify(const QByteArray &password, const QString &stored);

    // Spends the time of a verify() at the current cost for a user that does not exist, so the time of an answer
    // does not tell whether a user name is known.
    static void dummyVerify(const QByteArray &password);
};

} // namespace novamind::server
