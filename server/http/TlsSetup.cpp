#include "server/http/TlsSetup.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

namespace novamind::server {

namespace {

constexpr qint64 kMaxCertificateFileBytes = 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("HttpServer", text);
}

Result<QByteArray> readPemFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Usage, tr("Cannot read the TLS %1 file %2: %3.").arg(what, path, file.errorString()));
    const QByteArray data = file.read(kMaxCertificateFileBytes + 1);
    if (data.size() > kMaxCertificateFileBytes)
        return Error(ErrorCode::Usage, tr("The TLS %1 file %2 is too large to be PEM.").arg(what, path));
    return data;
}

// The server side of TLS: the certificate chain and key from PEM files, TLS 1.2 or later, no client certificates.
Result<QSslConfiguration> loadConfiguration(const QString &certificatePath, const QString &keyPath)
{
    if (!QSslSocket::supportsSsl())
        return Error(ErrorCode::Usage, tr("TLS is not available: Qt found no usable OpenSSL library."));
    auto certificateData = readPemFile(certificatePath, tr("certificate"));
    if (!certificateData.ok())
        return certificateData.error();
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateData.value(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return Error(ErrorCode::Usage, tr("%1 holds no PEM certificate.").arg(certificatePath));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (chain.first().expiryDate() < now || chain.first().effectiveDate() > now)
        return Error(ErrorCode::Usage, tr("The certificate in %1 is not valid now (valid from %2 to %3).")
                                           .arg(certificatePath, chain.first().effectiveDate().toString(Qt::ISODate),
                                                chain.first().expiryDate().toString(Qt::ISODate)));

    auto keyData = readPemFile(keyPath, tr("key"));
    if (!keyData.ok())
        return keyData.error();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        key = QSslKey(keyData.value(), algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return Error(ErrorCode::Usage, tr("%1 holds no unencrypted PEM private key (RSA or EC).").arg(keyPath));
    if (key.algorithm() != chain.first().publicKey().algorithm())
        return Error(ErrorCode::Usage,
                     tr("The key in %1 does not belong to the certificate in %2.").arg(keyPath, certificatePath));

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

// Qt only loads the key into OpenSSL at the first handshake, so a key of the right kind but from another
// certificate would fail every connection instead of the start. One loopback handshake finds out now.
Status checkKeyMatchesCertificate(const QSslConfiguration &configuration, const QString &certificatePath,
                                  const QString &keyPath)
{
    QSslServer probe;
    probe.setSslConfiguration(configuration);
    if (!probe.listen(QHostAddress(QHostAddress::LocalHost), 0))
        return {}; // no loopback to test with: the first real handshake will tell
    QString serverError;
    QEventLoop loop;
    QSslSocket client;
    QSslConfiguration clientConfiguration = QSslConfiguration::defaultConfiguration();
    clientConfiguration.setPeerVerifyMode(QSslSocket::VerifyNone); // only our own key is under test
    client.setSslConfiguration(clientConfiguration);
    QObject::connect(&probe, &QSslServer::errorOccurred, &loop,
                     [&serverError, &loop](QSslSocket *socket, QAbstractSocket::SocketError) {
                         serverError = socket->errorString();
                         loop.quit();
                     });
    QObject::connect(&client, &QSslSocket::encrypted, &loop, &QEventLoop::quit);
    QObject::connect(&client, &QAbstractSocket::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(3000, &loop, &QEventLoop::quit);
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), probe.serverPort());
    loop.exec();
    if (client.isEncrypted() || serverError.isEmpty())
        return {};
    return Error(ErrorCode::Usage,
                 tr("The key in %1 does not belong to the certificate in %2.").arg(keyPath, certificatePath),
                 serverError);
}

} // namespace

Result<QSslConfiguration> TlsSetup::load(const QString &certificatePath, const QString &keyPath)
{
    auto configuration = loadConfiguration(certificatePath, keyPath);
    if (!configuration.ok())
        return configuration.error();
    NM_TRY(checkKeyMatchesCertificate(configuration.value(), certificatePath, keyPath));
    return configuration;
}

} // namespace novamind::server
