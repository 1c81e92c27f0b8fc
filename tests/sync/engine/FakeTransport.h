#pragma once
// FakeTransport: a scripted Transport for sync tests; records every request and answers from a queue or a handler.

#include "sync/Transport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <deque>
#include <functional>
#include <mutex>
#include <vector>

namespace novamind::test {

inline HttpResponse jsonReply(int status, const QJsonObject &body, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    return HttpResponse{status, std::move(headers), QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

inline HttpResponse errorReply(int status, const QString &code, const QString &message)
{
    return jsonReply(status, QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}});
}

inline Error networkError()
{
    return Error{ErrorCode::Network, QStringLiteral("The connection was reset."), QStringLiteral("reset")};
}

class FakeTransport final : public Transport
{
public:
    using Handler = std::function<Result<HttpResponse>(const HttpRequest &)>;

    // Queued replies are used first, in order; then the handler; with neither, a network error.
    void enqueue(Result<HttpResponse> reply)
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(reply));
    }
    void setHandler(Handler handler)
    {
        std::lock_guard lock(m_mutex);
        m_handler = std::move(handler);
    }

    Result<HttpResponse> send(const HttpRequest &request) override
    {
        Handler handler;
        {
            std::lock_guard lock(m_mutex);
            m_requests.push_back(request);
            if (!m_queue.empty()) {
                Result<HttpResponse> reply = m_queue.front();
                m_queue.pop_front();
                return reply;
            }
            handler = m_handler;
        }
        if (handler)
            return handler(request);
        return networkError();
    }

    void cancel() override
    {
        std::lock_guard lock(m_mutex);
        ++m_cancels;
    }

    std::vector<HttpRequest> requests() const
    {
        std::lock_guard lock(m_mutex);
        return m_requests;
    }
    // Requests whose path starts with `prefix`.
    std::vector<HttpRequest> requestsTo(const QString &prefix) const
    {
        std::vector<HttpRequest> out;
        for (const HttpRequest &r : requests())
            if (r.path.startsWith(prefix))
                out.push_back(r);
        return out;
    }
    int cancels() const
    {
        std::lock_guard lock(m_mutex);
        return m_cancels;
    }

private:
    mutable std::mutex m_mutex;
    std::deque<Result<HttpResponse>> m_queue;
    Handler m_handler;
    std::vector<HttpRequest> m_requests;
    int m_cancels = 0;
};

inline QByteArray headerOf(const HttpRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

} // namespace novamind::test
