#pragma once
// Reply: one HTTP answer of the service (status, JSON body, extra headers), independent of the HTTP library.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace novamind::server {

struct Reply
{
    int status = 200;
    QByteArray body; // JSON text; empty only for statuses without a body
    QList<QPair<QByteArray, QByteArray>> headers;

    // {"error": CODE, "message": TEXT} with `status`; `message` is one sentence and never holds PHI.
    static Reply error(int status, const QByteArray &code, const QString &message);
    static Reply json(int status, const QByteArray &body);
    Reply &withHeader(const QByteArray &name, const QByteArray &value);
};

} // namespace novamind::server
