#pragma once
// PageDecryptor: decrypts every page of an SQLCipher 3 database file and of its WAL with the raw DEK, for forensics.

#include "storage/Database.h"
#include "storage/SecureBytes.h"

#include <QFile>
#include <QtEndian>
#include <openssl/evp.h>

namespace novamind::test {

// SQLCipher 3.x page layout with a raw key and HMAC on: [ciphertext | IV (16) | HMAC-SHA1 (20) | pad] where the
// reserve (IV + HMAC) is rounded up to the AES block: 48 bytes. Page 1 starts with the 16-byte salt in clear.
struct PageDecryptor
{
    static constexpr int kPageSize = Database::kCipherPageSize;
    static constexpr int kReserve = 48;
    static constexpr int kIvSize = 16;
    static constexpr int kSaltSize = 16;
    static constexpr int kWalHeader = 32;
    static constexpr int kWalFrameHeader = 24;

    const SecureBytes &key;
    int pagesDecrypted = 0;
    int pageOneHeaderOk = 0; // page 1 copies whose plaintext header says "4096-byte pages, 48 reserved"

    QByteArray decryptPage(const QByteArray &page, quint32 pgno)
    {
        const int offset = pgno == 1 ? kSaltSize : 0;
        const int length = kPageSize - kReserve - offset;
        const auto *iv = reinterpret_cast<const unsigned char *>(page.constData() + kPageSize - kReserve);
        QByteArray plain(length, '\0');
        EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
        int outLen = 0;
        int finalLen = 0;
        const bool ok =
            EVP_DecryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, key.data(), iv) == 1 &&
            EVP_CIPHER_CTX_set_padding(ctx, 0) == 1 &&
            EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char *>(plain.data()), &outLen,
                              reinterpret_cast<const unsigned char *>(page.constData() + offset), length) == 1 &&
            EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char *>(plain.data()) + outLen, &finalLen) == 1;
        EVP_CIPHER_CTX_free(ctx);
        if (!ok)
            return {};
        ++pagesDecrypted;
        // Bytes 16..23 of the SQLite header: page size (big-endian 16 bit) at 16, reserved bytes per page at 20.
        if (pgno == 1 && qFromBigEndian<quint16>(plain.constData()) == kPageSize && quint8(plain.at(4)) == kReserve)
            ++pageOneHeaderOk;
        return plain;
    }

    // All pages of the database file, used and free alike, concatenated.
    QByteArray decryptDatabase(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QByteArray bytes = f.readAll();
        QByteArray out;
        for (qint64 i = 0; (i + 1) * kPageSize <= bytes.size(); ++i)
            out += decryptPage(bytes.mid(i * kPageSize, kPageSize), quint32(i + 1));
        return out;
    }

    // Every frame of the WAL, valid or stale: SQLCipher encrypts a frame's page exactly as in the database file.
    QByteArray decryptWal(const QString &path, int *frames)
    {
        *frames = 0;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QByteArray bytes = f.readAll();
        QByteArray out;
        for (qint64 at = kWalHeader; at + kWalFrameHeader + kPageSize <= bytes.size();
             at += kWalFrameHeader + kPageSize) {
            const quint32 pgno = qFromBigEndian<quint32>(bytes.constData() + at);
            out += decryptPage(bytes.mid(at + kWalFrameHeader, kPageSize), pgno);
            ++*frames;
        }
        return out;
    }
};

} // namespace novamind::test
