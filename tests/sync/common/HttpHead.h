#pragma once
// HttpHead: the start line and headers of an HTTP/1.1 message as the test servers read them off the wire.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <optional>

namespace novamind::testkit {

struct HttpHead
{
    QByteArray startLine; // "GET /path HTTP/1.1" or "HTTP/1.1 200 OK"
    QList<QPair<QByteArray, QByteArray>> headers;
    qsizetype size = 0; // bytes up to and including the blank line

    // nullopt while `buffer` does not yet hold the blank line that ends the head.
    static std::optional<HttpHead> parse(const QByteArray &buffer);

    QByteArray header(const QByteArray &name) const;
    qint64 contentLength() const; // -1 when absent or unparsable
    bool chunked() const;
    // The head again, with `name` replaced (or added) — how the proxy forces "Connection: close".
    QByteArray serialized(const QByteArray &name = {}, const QByteArray &value = {}) const;
};

} // namespace novamind::testkit
