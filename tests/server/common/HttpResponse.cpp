#include "HttpResponse.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace novamind::test {

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpResponse::isJsonObject() const
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError && doc.isObject();
}

QJsonObject HttpResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

bool HttpResponse::hasErrorShape() const
{
    if (!isJsonObject())
        return false;
    const QJsonObject o = json();
    return o.value(QLatin1String("error")).isString() && !o.value(QLatin1String("error")).toString().isEmpty() &&
           o.value(QLatin1String("message")).isString();
}

QString HttpResponse::errorCode() const
{
    return json().value(QLatin1String("error")).toString();
}

QString HttpResponse::describe() const
{
    if (status == 0)
        return QStringLiteral("no HTTP answer (%1)").arg(transportError);
    QString text = QString::number(status) + QLatin1Char(' ') + QString::fromUtf8(body.left(400));
    if (body.size() > 400)
        text += QStringLiteral("...");
    return text;
}

} // namespace novamind::test
