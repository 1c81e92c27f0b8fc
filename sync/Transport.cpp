#include "sync/Transport.h"

#include "sync/CppRestTransport.h"

#include <QCoreApplication>
#include <algorithm>
#include <cctype>
#include <cpprest/version.h>

namespace novamind {

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QString transportLibraryVersion()
{
    return QStringLiteral("cpprestsdk %1.%2.%3")
        .arg(CPPREST_VERSION_MAJOR)
        .arg(CPPREST_VERSION_MINOR)
        .arg(CPPREST_VERSION_REVISION);
}

Result<QByteArray> parsePinSha256(const QString &text)
{
    constexpr int kDigestBytes = 32;
    const auto refuse = [] {
        return Error(ErrorCode::Usage,
                     QCoreApplication::translate("CppRestTransport",
                                                 "The certificate pin must be a SHA-256 digest: \"sha256//\" followed "
                                                 "by base64, plain base64, or 64 hexadecimal digits."));
    };
    QString pin = text.trimmed();
    const bool curlForm = pin.startsWith(QLatin1String("sha256//"), Qt::CaseInsensitive);
    if (curlForm)
        pin = pin.mid(8);
    if (pin.isEmpty() || pin.size() > 128)
        return refuse();
    const QByteArray ascii = pin.toLatin1();

    // 64 hex digits are also valid base64 (of 48 bytes), so hex is tried first; curl's form is always base64.
    if (!curlForm && ascii.size() == 2 * kDigestBytes) {
        const bool allHex = std::all_of(ascii.cbegin(), ascii.cend(), [](char c) { return std::isxdigit(uchar(c)); });
        if (allHex)
            return QByteArray::fromHex(ascii);
    }
    const auto decoded = QByteArray::fromBase64Encoding(ascii, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != kDigestBytes)
        return refuse();
    return decoded.decoded;
}

} // namespace novamind
