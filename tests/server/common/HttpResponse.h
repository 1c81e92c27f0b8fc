#pragma once
// HttpResponse: one answer of the server as a test sees it (status, headers, body), with the checks tests share.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace novamind::test {

struct HttpResponse
{
    int status = 0; // 0: no HTTP answer at all (see transportError)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString transportError; // set when the exchange failed below HTTP (refused, reset, timed out)
    qint64 elapsedMs = 0;

    // The value of a header (case-insensitive name); "" when absent.
    QByteArray header(const QByteArray &name) const;
    bool isJsonObject() const;
    QJsonObject json() const; // {} when the body is not a JSON object
    // {"error": CODE, "message": TEXT}: both present and strings, CODE not empty.
    bool hasErrorShape() const;
    QString errorCode() const; // json()["error"], "" when absent
    // "404 {"error":...}" (body cut at 400 bytes), for failure messages; test data only, never real PHI.
    QString describe() const;
};

} // namespace novamind::test
