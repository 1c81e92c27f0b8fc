// HttpHead: the start line and headers of an HTTP/1.1 message as the test servers read them off the wire.
#include "HttpHead.h"

namespace novamind::testkit {

std::optional<HttpHead> HttpHead::parse(const QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    HttpHead head;
    head.size = end + 4;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
        if (i == 0) {
            head.startLine = line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            head.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return head;
}

QByteArray HttpHead::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

qint64 HttpHead::contentLength() const
{
    const QByteArray value = header("Content-Length");
    bool ok = false;
    const qint64 length = value.toLongLong(&ok);
    return ok && length >= 0 ? length : -1;
}

bool HttpHead::chunked() const
{
    return header("Transfer-Encoding").toLower().contains("chunked");
}

QByteArray HttpHead::serialized(const QByteArray &name, const QByteArray &value) const
{
    QByteArray out = startLine + "\r\n";
    for (const auto &[key, headerValue] : headers)
        if (name.isEmpty() || key.compare(name, Qt::CaseInsensitive) != 0)
            out += key + ": " + headerValue + "\r\n";
    if (!name.isEmpty())
        out += name + ": " + value + "\r\n";
    return out + "\r\n";
}

} // namespace novamind::testkit
