#include "server/service/ChangeFeed.h"

#include "server/service/ServiceSupport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace novamind::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChangeFeed", text);
}

// A decimal without sign or leading junk, small enough for a BIGINT; anything else is not a cursor we issued.
std::optional<qint64> parseCount(const QString &text, int maxDigits)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    if (text.size() > maxDigits || !digits.match(text).hasMatch())
        return std::nullopt;
    return text.toLongLong();
}

} // namespace

void appendJsonString(QByteArray &out, const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

Reply ChangeFeed::changes(ConnectionPool &pool, const ServiceConfig &config, const Caller &caller,
                          const QUrlQuery &query)
{
    qint64 since = 0;
    if (query.hasQueryItem(QStringLiteral("since"))) {
        const auto parsed = parseCount(query.queryItemValue(QStringLiteral("since")), 18);
        if (!parsed)
            return Reply::error(410, "unknown_cursor",
                                tr("The cursor is not one this server issued; start a full resync."));
        since = *parsed;
    }
    int limit = config.defaultPageSize;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        // Any positive whole number is a limit; one above the maximum, however many digits it has, is clamped.
        static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
        QString text = query.queryItemValue(QStringLiteral("limit"));
        if (!digits.match(text).hasMatch())
            return Reply::error(400, "invalid_request", tr("The limit must be a positive whole number."));
        while (text.size() > 1 && text.startsWith(QLatin1Char('0')))
            text.remove(0, 1);
        if (text == QLatin1String("0"))
            return Reply::error(400, "invalid_request", tr("The limit must be a positive whole number."));
        limit = text.size() > 9 ? config.maxPageSize : int(std::min<qint64>(text.toLongLong(), config.maxPageSize));
    }

    auto conn = pool.acquire();
    if (!conn.ok())
        return databaseFailure(conn.error());
    PgConnection &db = *conn.value();

    // Time passing may have ended or started relationships: turn that into revocations or re-sent patients
    // first, in its own transaction, so that the page below is read in a snapshot that includes it.
    {
        auto tx = beginAs(db, caller);
        if (!tx.ok())
            return databaseFailure(tx.error());
        if (Status s = db.run("SELECT nm_refresh_access()"); !s.ok())
            return databaseFailure(s.error());
        if (Status s = tx.value()->commit(); !s.ok())
            return databaseFailure(s.error());
    }

    auto tx = beginAs(db, caller, "ISOLATION LEVEL REPEATABLE READ");
    if (!tx.ok())
        return databaseFailure(tx.error());
    auto head = db.exec("SELECT (SELECT server_id::text FROM server_info), nm_high_water()");
    if (!head.ok())
        return databaseFailure(head.error());
    const QByteArray serverId = head->bytes(0, 0);
    const qint64 highWater = head->int64(0, 1);
    if (since > highWater)
        return Reply::error(410, "unknown_cursor",
                            tr("The cursor is not one this server issued; start a full resync."));

    // Admins see that a patient exists (id, MRN), never clinical content: the policy gives them only the
    // organisation-wide documents, and PostgreSQL's nm_admin_patients() the patients' id/MRN projection.
    const bool admin = caller.role == QLatin1String("admin");
    const PgParams params{pgParam(since), pgParam(qint64(limit) + 1)};
    auto page = admin ? db.exec("SELECT * FROM (SELECT seq, entity, id, version, deleted, doc::text FROM document"
                                "  WHERE seq > $1 ORDER BY seq LIMIT $2) own"
                                " UNION ALL SELECT * FROM nm_admin_patients($1, $2::integer) ORDER BY 1 LIMIT $2",
                                params)
                      : db.exec("SELECT seq, entity, id, version, deleted, doc::text FROM document"
                                " WHERE seq > $1 ORDER BY seq LIMIT $2",
                                params);
    if (!page.ok())
        return databaseFailure(page.error());
    const int rows = std::min(page->rows(), limit);
    const bool hasMore = page->rows() > limit;
    const qint64 upTo = hasMore ? page->int64(rows - 1, 0) : highWater;

    auto revoked = db.exec("SELECT patient_id FROM revocation WHERE seq > $1 AND seq <= $2 ORDER BY seq",
                           {pgParam(since), pgParam(upTo)});
    if (!revoked.ok())
        return databaseFailure(revoked.error());

    QByteArray out;
    out.reserve(256 + rows * 512);
    out += "{\"changes\":[";
    for (int r = 0; r < rows; ++r) {
        if (r)
            out += ',';
        out += "{\"seq\":" + page->bytes(r, 0) + ",\"entity\":";
        appendJsonString(out, page->bytes(r, 1));
        out += ",\"id\":";
        appendJsonString(out, page->bytes(r, 2));
        out += ",\"version\":" + page->bytes(r, 3);
        if (page->boolean(r, 4)) {
            out += ",\"op\":\"delete\"}";
        } else {
            out += ",\"op\":\"upsert\",\"data\":" + page->bytes(r, 5) + '}';
        }
    }
    out += "],\"revocations\":[";
    for (int r = 0; r < revoked->rows(); ++r) {
        if (r)
            out += ',';
        appendJsonString(out, revoked->bytes(r, 0));
    }
    out += "],\"cursor\":\"" + QByteArray::number(std::max(upTo, since)) + "\",\"has_more\":";
    out += hasMore ? "true" : "false";
    out += ",\"server_id\":";
    appendJsonString(out, serverId);
    out += '}';

    if (Status s = db.run("INSERT INTO access_log (user_id, endpoint, records) VALUES ($1, 'changes', $2)",
                          {pgParam(caller.userId), pgParam(qint64(rows))});
        !s.ok())
        return databaseFailure(s.error());
    if (Status s = tx.value()->commit(); !s.ok())
        return databaseFailure(s.error());
    return Reply::json(200, out);
}

} // namespace novamind::server
