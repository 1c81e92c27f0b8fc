#pragma once
// HttpClient: a blocking HTTP(S) client on QNetworkAccessManager for tests (the client app itself never uses Qt
// Network). One per thread; it remembers every 5xx or failed exchange so a test can assert there was none.

#include "HttpResponse.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

namespace novamind::test {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;
using FormFields = QList<QPair<QString, QString>>;

class HttpClient
{
public:
    // `baseUrl` e.g. "http://127.0.0.1:8080"; `caFile` the PEM CA to trust for https ("" = the system's).
    explicit HttpClient(const QByteArray &baseUrl, const QString &caFile = {}, int timeoutMs = 120000);
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    // `target` is the already percent-encoded path and query, e.g. "/v1/changes?since=0&limit=10"; it is sent as is.
    HttpResponse request(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                         const HttpHeaders &headers = {});

    HttpResponse get(const QByteArray &target, const QByteArray &token = {});
    // application/json with a bearer token ("" = none).
    HttpResponse postJson(const QByteArray &target, const QByteArray &json, const QByteArray &token);
    // application/x-www-form-urlencoded; every name and value is percent-encoded.
    HttpResponse postForm(const QByteArray &target, const FormFields &fields);

    static QByteArray encodeForm(const FormFields &fields);
    // "Bearer <token>" as an Authorization header, or nothing for an empty token.
    static HttpHeaders bearer(const QByteArray &token);

    // Every exchange so far that ended in a 5xx or without an HTTP answer, as "METHOD target -> what".
    const QStringList &serverFailures() const { return m_failures; }

private:
    QNetworkAccessManager m_manager;
    QByteArray m_base;
    QSslConfiguration m_ssl;
    bool m_customCa = false;
    int m_timeoutMs;
    QStringList m_failures;
};

} // namespace novamind::test
