#pragma once
// Transport: how the sync engine talks HTTP to the backend; cpprestsdk today, replaceable by tests or Qt Network.

#include "models/Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <chrono>

namespace novamind {

struct HttpRequest
{
    QByteArray method = "GET";
    QString path; // relative to the server's base URL, e.g. "/v1/changes?since=42"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    std::chrono::milliseconds deadline{30000}; // for the whole exchange, not one phase of it
};

struct HttpResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
};

class Transport
{
public:
    virtual ~Transport() = default;
    // Sends one request; network failures, timeouts and oversized replies come back as Errors.
    virtual Result<HttpResponse> send(const HttpRequest &request) = 0;
    // Makes a send() in progress return promptly with an error.
    virtual void cancel() = 0;
};

// "cpprestsdk 2.10.18", for the About dialog and --version.
QString transportLibraryVersion();

} // namespace novamind
