#pragma once
// TlsSetup: the server side of TLS from PEM files (TLS 1.2 or later), checked before the server listens.

#include "models/Result.h"

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QString>

namespace novamind::server {

class TlsSetup
{
public:
    // The certificate chain and unencrypted RSA or EC key, valid now and belonging together (one loopback
    // handshake proves the pair); every problem is a Usage error naming the file.
    static Result<QSslConfiguration> load(const QString &certificatePath, const QString &keyPath);
};

} // namespace novamind::server
