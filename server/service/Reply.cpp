#include "server/service/Reply.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace novamind::server {

Reply Reply::error(int status, const QByteArray &code, const QString &message)
{
    const QJsonObject body{{QStringLiteral("error"), QString::fromLatin1(code)}, {QStringLiteral("message"), message}};
    return json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Reply Reply::json(int status, const QByteArray &body)
{
    Reply reply;
    reply.status = status;
    reply.body = body;
    return reply;
}

Reply &Reply::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

} // namespace novamind::server
