#include "HttpClient.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QUrl>
#include <memory>

namespace novamind::test {

HttpClient::HttpClient(const QByteArray &baseUrl, const QString &caFile, int timeoutMs)
    : m_base(baseUrl)
    , m_ssl(QSslConfiguration::defaultConfiguration())
    , m_timeoutMs(timeoutMs)
{
    // Redirects and caches would hide what the server itself answered.
    m_manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    if (!caFile.isEmpty()) {
        m_ssl.setCaCertificates(QSslCertificate::fromPath(caFile, QSsl::Pem));
        m_customCa = true;
    }
}

HttpResponse HttpClient::request(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                                 const HttpHeaders &headers)
{
    const QUrl url = QUrl::fromEncoded(m_base + target);
    QNetworkRequest req(url);
    req.setTransferTimeout(m_timeoutMs);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (m_customCa)
        req.setSslConfiguration(m_ssl);
    for (const auto &[name, value] : headers)
        req.setRawHeader(name, value);

    QElapsedTimer timer;
    timer.start();
    QNetworkReply *raw = nullptr;
    if (method == "GET" && body.isEmpty())
        raw = m_manager.get(req);
    else
        raw = m_manager.sendCustomRequest(req, method, body);
    const std::unique_ptr<QNetworkReply> reply(raw);
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }

    HttpResponse response;
    response.elapsedMs = timer.elapsed();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    response.status = status.isValid() ? status.toInt() : 0;
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    // An HTTP error status is an answer, not a transport failure; QNetworkReply reports both as errors.
    if (response.status == 0)
        response.transportError = reply->errorString();
    if (response.status == 0 || response.status >= 500) {
        const qsizetype query = target.indexOf('?');
        const QByteArray path = query < 0 ? target : target.left(query); // query values stay out of messages
        m_failures << QString::fromLatin1(method + ' ' + path) + QStringLiteral(" -> ") + response.describe();
    }
    return response;
}

HttpResponse HttpClient::get(const QByteArray &target, const QByteArray &token)
{
    return request("GET", target, {}, bearer(token));
}

HttpResponse HttpClient::postJson(const QByteArray &target, const QByteArray &json, const QByteArray &token)
{
    HttpHeaders headers = bearer(token);
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return request("POST", target, json, headers);
}

HttpResponse HttpClient::postForm(const QByteArray &target, const FormFields &fields)
{
    return request("POST", target, encodeForm(fields), {{"Content-Type", "application/x-www-form-urlencoded"}});
}

QByteArray HttpClient::encodeForm(const FormFields &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

HttpHeaders HttpClient::bearer(const QByteArray &token)
{
    if (token.isEmpty())
        return {};
    return {{"Authorization", "Bearer " + token}};
}

} // namespace novamind::test
