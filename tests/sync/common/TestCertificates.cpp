// TestCertificates: a throw-away CA and server certificates, made at run time with the OpenSSL API.
#include "TestCertificates.h"

#include <QFile>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <stdexcept>

namespace novamind::testkit {

namespace {

using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using CertPtr = std::unique_ptr<X509, decltype(&X509_free)>;

struct OpenSslFailure : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

void check(bool ok, const char *what)
{
    if (!ok)
        throw OpenSslFailure(what);
}

KeyPtr newKey()
{
    KeyPtr key(EVP_EC_gen("P-256"), EVP_PKEY_free);
    check(key != nullptr, "EVP_EC_gen");
    return key;
}

void addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    check(ext != nullptr, "X509V3_EXT_conf_nid");
    const int added = X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
    check(added == 1, "X509_add_ext");
}

struct CertSpec
{
    QByteArray commonName;
    QByteArray subjectAltName; // empty for the CA
    bool isCa = false;
    long notBeforeDays = -1;
    long notAfterDays = 30;
};

// issuer/issuerKey null: self-signed.
CertPtr makeCertificate(const CertSpec &spec, EVP_PKEY *key, X509 *issuer, EVP_PKEY *issuerKey)
{
    CertPtr cert(X509_new(), X509_free);
    check(cert != nullptr, "X509_new");
    check(X509_set_version(cert.get(), 2) == 1, "X509_set_version");
    unsigned char serial[16];
    check(RAND_bytes(serial, sizeof serial) == 1, "RAND_bytes");
    serial[0] &= 0x7f; // positive
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    check(bn != nullptr && BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get())) != nullptr, "serial");
    BN_free(bn);
    check(X509_gmtime_adj(X509_getm_notBefore(cert.get()), spec.notBeforeDays * 86400) != nullptr, "notBefore");
    check(X509_gmtime_adj(X509_getm_notAfter(cert.get()), spec.notAfterDays * 86400) != nullptr, "notAfter");
    X509_NAME *name = X509_get_subject_name(cert.get());
    check(X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("Novamind tests"),
                                     -1, -1, 0) == 1,
          "O");
    check(X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                                     reinterpret_cast<const unsigned char *>(spec.commonName.constData()), -1, -1,
                                     0) == 1,
          "CN");
    X509 *signer = issuer != nullptr ? issuer : cert.get();
    check(X509_set_issuer_name(cert.get(), X509_get_subject_name(signer)) == 1, "issuer");
    check(X509_set_pubkey(cert.get(), key) == 1, "X509_set_pubkey");
    addExtension(cert.get(), signer, NID_subject_key_identifier, "hash");
    if (issuer != nullptr)
        addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid:always");
    if (spec.isCa) {
        addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE");
        addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE");
        // A self-signed leaf must be able to sign itself, or OpenSSL calls it "issuer unknown" not "self-signed".
        addExtension(cert.get(), signer, NID_key_usage,
                     issuer != nullptr ? "critical,digitalSignature" : "critical,digitalSignature,keyCertSign");
        addExtension(cert.get(), signer, NID_ext_key_usage, "serverAuth");
        addExtension(cert.get(), signer, NID_subject_alt_name, spec.subjectAltName.constData());
    }
    check(X509_sign(cert.get(), issuerKey != nullptr ? issuerKey : key, EVP_sha256()) > 0, "X509_sign");
    return cert;
}

void writePem(const QString &path, X509 *cert, EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    check(bio != nullptr, "BIO_new");
    const bool ok = cert != nullptr ? PEM_write_bio_X509(bio, cert) == 1
                                    : PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr) == 1;
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    const QByteArray pem(data, qsizetype(length));
    BIO_free(bio);
    check(ok, "PEM_write_bio");
    QFile file(path);
    check(file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(pem) == pem.size(), "write PEM file");
}

QByteArray spkiOf(X509 *cert)
{
    EVP_PKEY *key = X509_get0_pubkey(cert);
    const int length = key != nullptr ? i2d_PUBKEY(key, nullptr) : -1;
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_PUBKEY(key, &out);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    if (EVP_Digest(der.constData(), size_t(der.size()), digest, &digestLength, EVP_sha256(), nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), int(digestLength));
}

} // namespace

std::unique_ptr<TestCertificates> TestCertificates::create(QString *error)
{
    std::unique_ptr<TestCertificates> certs(new TestCertificates());
    try {
        check(certs->m_dir.isValid(), "temporary directory");
        const QString dir = certs->m_dir.path();
        KeyPtr caKey = newKey();
        CertPtr ca = makeCertificate({"Novamind Test CA", {}, true, -1, 30}, caKey.get(), nullptr, nullptr);
        certs->m_caFile = dir + QStringLiteral("/ca.pem");
        writePem(certs->m_caFile, ca.get(), nullptr);

        const auto leaf = [&](const QString &stem, const CertSpec &spec, bool selfSigned) {
            KeyPtr key = newKey();
            CertPtr cert = selfSigned ? makeCertificate(spec, key.get(), nullptr, nullptr)
                                      : makeCertificate(spec, key.get(), ca.get(), caKey.get());
            Leaf out;
            out.certFile = dir + QLatin1Char('/') + stem + QStringLiteral(".pem");
            out.keyFile = dir + QLatin1Char('/') + stem + QStringLiteral(".key");
            writePem(out.certFile, cert.get(), nullptr);
            writePem(out.keyFile, nullptr, key.get());
            out.spkiSha256 = spkiOf(cert.get());
            return out;
        };
        const QByteArray loopback = "IP:127.0.0.1,DNS:localhost";
        certs->m_valid = leaf(QStringLiteral("server"), {"localhost", loopback, false, -1, 30}, false);
        certs->m_expired = leaf(QStringLiteral("expired"), {"localhost", loopback, false, -30, -1}, false);
        certs->m_wrongHost =
            leaf(QStringLiteral("wrong-host"), {"wrong.invalid", "DNS:wrong.invalid", false, -1, 30}, false);
        certs->m_selfSigned = leaf(QStringLiteral("self-signed"), {"localhost", loopback, false, -1, 30}, true);
    } catch (const std::exception &e) {
        if (error != nullptr)
            *error = QString::fromUtf8(e.what());
        return nullptr;
    }
    return certs;
}

QByteArray TestCertificates::spkiSha256(const QString &certFile)
{
    QFile file(certFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = file.readAll();
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509 *cert = bio != nullptr ? PEM_read_bio_X509(bio, nullptr, nullptr, nullptr) : nullptr;
    BIO_free(bio);
    if (cert == nullptr)
        return {};
    const QByteArray digest = spkiOf(cert);
    X509_free(cert);
    return digest;
}

} // namespace novamind::testkit
