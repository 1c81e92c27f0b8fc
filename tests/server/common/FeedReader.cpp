#include "FeedReader.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace novamind::test {

namespace {

Error shapeError(const QString &what, const HttpResponse &response)
{
    return Error(ErrorCode::Server, QStringLiteral("GET /v1/changes: %1 (%2)").arg(what, response.describe()));
}

bool isDecimal(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^(0|[1-9][0-9]*)$"));
    return digits.match(text).hasMatch();
}

} // namespace

FeedReader::FeedReader(HttpClient &http)
    : m_http(http)
{}

Result<FeedPage> FeedReader::page(const QByteArray &token, const QString &since, int limit)
{
    QByteArray target = "/v1/changes";
    QByteArrayList query;
    if (!since.isEmpty())
        query << "since=" + QUrl::toPercentEncoding(since);
    if (limit > 0)
        query << "limit=" + QByteArray::number(limit);
    if (!query.isEmpty())
        target += '?' + query.join('&');
    FeedPage page;
    page.response = m_http.get(target, token);
    const HttpResponse &r = page.response;
    if (r.status != 200)
        return shapeError(QStringLiteral("expected 200"), r);
    if (!r.isJsonObject())
        return shapeError(QStringLiteral("the body is not a JSON object"), r);
    const QJsonObject body = r.json();
    const QJsonValue changes = body.value(QLatin1String("changes"));
    const QJsonValue revocations = body.value(QLatin1String("revocations"));
    const QJsonValue cursor = body.value(QLatin1String("cursor"));
    const QJsonValue hasMore = body.value(QLatin1String("has_more"));
    const QJsonValue serverId = body.value(QLatin1String("server_id"));
    if (!changes.isArray() || !revocations.isArray() || !cursor.isString() || !hasMore.isBool() ||
        !serverId.isString() || serverId.toString().isEmpty())
        return shapeError(QStringLiteral("changes, revocations, cursor, has_more or server_id missing or mistyped"), r);
    if (!isDecimal(cursor.toString()))
        return shapeError(QStringLiteral("the cursor is not a decimal string"), r);
    for (const QJsonValue &value : changes.toArray()) {
        const QJsonObject change = value.toObject();
        const QString op = change.value(QLatin1String("op")).toString();
        const bool shaped = value.isObject() && change.value(QLatin1String("seq")).isDouble() &&
                            change.value(QLatin1String("entity")).isString() &&
                            change.value(QLatin1String("id")).isString() &&
                            change.value(QLatin1String("version")).isDouble() &&
                            ((op == QLatin1String("upsert") && change.value(QLatin1String("data")).isObject()) ||
                             (op == QLatin1String("delete") && !change.contains(QLatin1String("data"))));
        if (!shaped)
            return shapeError(QStringLiteral("a change lacks seq, entity, id, version, op or data"), r);
        page.changes << change;
    }
    for (const QJsonValue &value : revocations.toArray()) {
        if (!value.isString())
            return shapeError(QStringLiteral("a revocation is not a patient id string"), r);
        page.revocations << value.toString();
    }
    page.cursor = cursor.toString();
    page.hasMore = hasMore.toBool();
    page.serverId = serverId.toString();
    return page;
}

Result<Feed> FeedReader::drain(const QByteArray &token, const QString &since, int limit, int maxPages)
{
    Feed feed;
    QString cursor = since;
    for (;;) {
        auto next = page(token, cursor, limit);
        if (!next.ok())
            return next.error();
        ++feed.pages;
        feed.changes += next->changes;
        feed.revocations += next->revocations;
        feed.cursor = next->cursor;
        if (!feed.serverId.isEmpty() && feed.serverId != next->serverId)
            return Error(ErrorCode::Server, QStringLiteral("server_id changed between two pages of one drain."));
        feed.serverId = next->serverId;
        cursor = next->cursor;
        if (!next->hasMore)
            return feed;
        if (feed.pages >= maxPages)
            return Error(ErrorCode::Server, QStringLiteral("has_more still true after %1 pages.").arg(maxPages));
    }
}

} // namespace novamind::test
