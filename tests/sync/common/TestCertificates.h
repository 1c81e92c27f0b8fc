#pragma once
// TestCertificates: a throw-away CA and server certificates (good, expired, wrong host, self-signed), made at run time
// with the OpenSSL API and written as PEM files to a temporary directory.

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace novamind::testkit {

class TestCertificates
{
public:
    struct Leaf
    {
        QString certFile; // PEM certificate
        QString keyFile;  // PEM private key, unencrypted
        QByteArray spkiSha256;
    };

    // Empty (with `error` set) only when OpenSSL or the file system fails.
    static std::unique_ptr<TestCertificates> create(QString *error = nullptr);

    QString caFile() const { return m_caFile; }
    const Leaf &valid() const { return m_valid; }           // 127.0.0.1 and localhost, signed by the CA
    const Leaf &expired() const { return m_expired; }       // same names and CA, expired yesterday
    const Leaf &wrongHost() const { return m_wrongHost; }   // signed by the CA, for wrong.invalid only
    const Leaf &selfSigned() const { return m_selfSigned; } // 127.0.0.1 and localhost, signed by itself
    QString directory() const { return m_dir.path(); }

    // SHA-256 of the SubjectPublicKeyInfo of the first certificate in a PEM file (curl's --pinnedpubkey digest).
    static QByteArray spkiSha256(const QString &certFile);

private:
    TestCertificates() = default;
    QTemporaryDir m_dir;
    QString m_caFile;
    Leaf m_valid, m_expired, m_wrongHost, m_selfSigned;
};

} // namespace novamind::testkit
