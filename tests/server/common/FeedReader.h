#pragma once
// FeedReader: reads GET /v1/changes page by page as a client does, checking the shape of every page on the way.

#include "HttpClient.h"
#include "models/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace novamind::test {

struct FeedPage
{
    HttpResponse response;
    QList<QJsonObject> changes;
    QStringList revocations;
    QString cursor;
    bool hasMore = false;
    QString serverId;
};

struct Feed
{
    QList<QJsonObject> changes; // every page's changes, in order
    QStringList revocations;
    QString cursor; // the last page's
    QString serverId;
    int pages = 0;
};

class FeedReader
{
public:
    explicit FeedReader(HttpClient &http);

    // One page; an error when the answer is not 200 or not the documented shape (changes with seq, entity, id,
    // version, op and data unless deleted; revocations; a decimal cursor; has_more; server_id).
    // `since` "" = absent; `limit` 0 = absent.
    Result<FeedPage> page(const QByteArray &token, const QString &since, int limit = 0);
    // Pages from `since` until has_more is false (at most `maxPages`; more is an error).
    Result<Feed> drain(const QByteArray &token, const QString &since, int limit = 0, int maxPages = 100000);

private:
    HttpClient &m_http;
};

} // namespace novamind::test
