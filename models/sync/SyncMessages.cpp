// SyncMessages: strict parsers and encoders of the sync protocol's bodies (docs/api/sync.yaml).
#include "models/sync/SyncMessages.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>
#include <limits>

namespace novamind::sync {

namespace {

// Integers a JSON number (an IEEE double) carries exactly: 2^53 - 1.
constexpr double kMaxExactInteger = 9007199254740991.0;

// One sentence for every unreadable reply: what went wrong is in the detail (a field path, never a value), because a
// user can do nothing about it but update the application or report it.
Error unreadable(const QString &detail)
{
    return Error{ErrorCode::Server,
                 QCoreApplication::translate("SyncMessages", "The server sent a reply this version cannot read."),
                 detail};
}

Result<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return unreadable(
            QStringLiteral("body: not JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return unreadable(QStringLiteral("body: not a JSON object"));
    return doc.object();
}

// Reads fields of one JSON object, remembering the object's path for error details.
class Fields
{
public:
    Fields(const QJsonObject &object, QString path)
        : m_object(object)
        , m_path(std::move(path))
    {}

    QString pathOf(const char *key) const
    {
        return m_path.isEmpty() ? QString::fromLatin1(key) : m_path + QLatin1Char('.') + QLatin1String(key);
    }
    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }
    QJsonValue raw(const char *key) const { return m_object.value(QLatin1String(key)); }

    Result<QString> string(const char *key, bool allowEmpty = false) const
    {
        const QJsonValue v = raw(key);
        if (!v.isString())
            return unreadable(pathOf(key) +
                              (v.isUndefined() ? QStringLiteral(": missing") : QStringLiteral(": not a string")));
        if (!allowEmpty && v.toString().isEmpty())
            return unreadable(pathOf(key) + QStringLiteral(": empty"));
        return v.toString();
    }

    Result<qint64> integer(const char *key, qint64 min) const
    {
        const QJsonValue v = raw(key);
        if (!v.isDouble())
            return unreadable(pathOf(key) +
                              (v.isUndefined() ? QStringLiteral(": missing") : QStringLiteral(": not a number")));
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d || d > kMaxExactInteger || d < -kMaxExactInteger)
            return unreadable(pathOf(key) + QStringLiteral(": not a whole number in range"));
        const qint64 n = v.toInteger();
        if (n < min)
            return unreadable(pathOf(key) + QStringLiteral(": below %1").arg(min));
        return n;
    }

    Result<bool> boolean(const char *key) const
    {
        const QJsonValue v = raw(key);
        if (!v.isBool())
            return unreadable(pathOf(key) +
                              (v.isUndefined() ? QStringLiteral(": missing") : QStringLiteral(": not a boolean")));
        return v.toBool();
    }

    Result<QJsonObject> object(const char *key) const
    {
        const QJsonValue v = raw(key);
        if (!v.isObject())
            return unreadable(pathOf(key) +
                              (v.isUndefined() ? QStringLiteral(": missing") : QStringLiteral(": not an object")));
        return v.toObject();
    }

    Result<QJsonArray> array(const char *key) const
    {
        const QJsonValue v = raw(key);
        if (!v.isArray())
            return unreadable(pathOf(key) +
                              (v.isUndefined() ? QStringLiteral(": missing") : QStringLiteral(": not an array")));
        return v.toArray();
    }

private:
    QJsonObject m_object;
    QString m_path;
};

// The cursor is an opaque decimal string; it must still fit the replica's INTEGER column.
Result<qint64> parseCursor(const Fields &f)
{
    auto text = f.string("cursor");
    if (!text.ok())
        return text.error();
    const QString &s = text.value();
    for (const QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return unreadable(QStringLiteral("cursor: not a decimal string"));
    bool ok = false;
    const qint64 cursor = s.toLongLong(&ok);
    if (!ok)
        return unreadable(QStringLiteral("cursor: out of range"));
    return cursor;
}

Result<Change> parseChange(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return unreadable(path + QStringLiteral(": not an object"));
    const Fields f(value.toObject(), path);
    Change c;
    auto seq = f.integer("seq", 1);
    if (!seq.ok())
        return seq.error();
    c.seq = seq.value();
    auto entity = f.string("entity");
    if (!entity.ok())
        return entity.error();
    c.entity = entity.value();
    auto id = f.string("id");
    if (!id.ok())
        return id.error();
    c.id = id.value();
    auto version = f.integer("version", 1);
    if (!version.ok())
        return version.error();
    c.version = version.value();
    auto op = f.string("op");
    if (!op.ok())
        return op.error();
    if (op.value() == QLatin1String("delete")) {
        if (f.has("data"))
            return unreadable(f.pathOf("data") + QStringLiteral(": present in a delete"));
        c.deleted = true;
    } else if (op.value() == QLatin1String("upsert")) {
        auto data = f.object("data");
        if (!data.ok())
            return data.error();
        c.data = data.value();
    } else {
        return unreadable(f.pathOf("op") + QStringLiteral(": unknown operation"));
    }
    return c;
}

Result<PushResult> parseOneResult(const QJsonObject &object, const QString &path, const QString &expectedKey,
                                  bool nested)
{
    const Fields f(object, path);
    PushResult r;
    r.idempotencyKey = expectedKey;
    // The original result inside a duplicate carries the key as stored; a top-level result must name it.
    if (!nested || f.has("idempotency_key")) {
        auto key = f.string("idempotency_key");
        if (!key.ok())
            return key.error();
        if (key.value() != expectedKey)
            return unreadable(f.pathOf("idempotency_key") + QStringLiteral(": not the key of the mutation sent"));
    }
    auto status = f.string("status");
    if (!status.ok())
        return status.error();
    const QString &s = status.value();
    if (s == QLatin1String("applied")) {
        r.status = PushStatus::Applied;
        auto version = f.integer("version", 1);
        if (!version.ok())
            return version.error();
        r.version = version.value();
    } else if (s == QLatin1String("conflict")) {
        r.status = PushStatus::Conflict;
        auto version = f.integer("server_version", 1);
        if (!version.ok())
            return version.error();
        r.serverVersion = version.value();
        if (f.has("server_deleted")) {
            auto deleted = f.boolean("server_deleted");
            if (!deleted.ok())
                return deleted.error();
            if (!deleted.value())
                return unreadable(f.pathOf("server_deleted") + QStringLiteral(": false"));
            if (f.has("server_data"))
                return unreadable(f.pathOf("server_data") + QStringLiteral(": present with server_deleted"));
            r.serverDeleted = true;
        } else {
            auto data = f.object("server_data");
            if (!data.ok())
                return data.error();
            r.serverData = data.value();
        }
    } else if (s == QLatin1String("rejected")) {
        r.status = PushStatus::Rejected;
        auto error = f.string("error");
        if (!error.ok())
            return error.error();
        r.error = error.value();
        auto http = f.integer("http_status", 400);
        if (!http.ok())
            return http.error();
        if (http.value() > 499)
            return unreadable(f.pathOf("http_status") + QStringLiteral(": not a 4xx status"));
        r.httpStatus = int(http.value());
        auto message = f.string("message");
        if (!message.ok())
            return message.error();
        r.message = message.value();
    } else if (s == QLatin1String("duplicate") && !nested) {
        auto original = f.object("original");
        if (!original.ok())
            return original.error();
        auto inner = parseOneResult(original.value(), f.pathOf("original"), expectedKey, true);
        if (!inner.ok())
            return inner.error();
        r = std::move(inner.value());
        r.duplicate = true;
    } else {
        return unreadable(f.pathOf("status") + QStringLiteral(": unknown status"));
    }
    return r;
}

} // namespace

Result<Token> parseTokenReply(const QByteArray &body)
{
    auto object = parseObject(body);
    if (!object.ok())
        return object.error();
    const Fields f(object.value(), QString());
    Token token;
    auto access = f.string("access_token");
    if (!access.ok())
        return access.error();
    token.accessToken = access.value();
    auto type = f.string("token_type");
    if (!type.ok())
        return type.error();
    // RFC 6749 §5.1: the token type is case-insensitive.
    if (type.value().compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        return unreadable(QStringLiteral("token_type: not Bearer"));
    auto expires = f.integer("expires_in", 1);
    if (!expires.ok())
        return expires.error();
    token.expiresIn = std::chrono::seconds(expires.value());
    return token;
}

QByteArray encodeTokenRequest(const QString &user, const QByteArray &password)
{
    // application/x-www-form-urlencoded with every byte but the unreserved ones percent-encoded. Written into one
    // buffer sized up front, so that no temporary copy of the password is left behind in freed memory.
    const QByteArray userUtf8 = user.toUtf8();
    QByteArray out;
    out.reserve(48 + 3 * (userUtf8.size() + password.size()));
    const auto append = [&out](const QByteArray &value) {
        static const char hex[] = "0123456789ABCDEF";
        for (const char ch : value) {
            const auto c = static_cast<unsigned char>(ch);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
                c == '_' || c == '~') {
                out.append(char(c));
            } else {
                out.append('%');
                out.append(hex[c >> 4]);
                out.append(hex[c & 0xF]);
            }
        }
    };
    out.append("grant_type=password&username=");
    append(userUtf8);
    out.append("&password=");
    append(password);
    return out;
}

Result<ChangePage> parseChangePage(const QByteArray &body)
{
    auto object = parseObject(body);
    if (!object.ok())
        return object.error();
    const Fields f(object.value(), QString());
    ChangePage page;
    page.bytes = body.size();

    auto changes = f.array("changes");
    if (!changes.ok())
        return changes.error();
    page.changes.reserve(size_t(changes->size()));
    for (qsizetype i = 0; i < changes->size(); ++i) {
        auto change = parseChange(changes->at(i), QStringLiteral("changes[%1]").arg(i));
        if (!change.ok())
            return change.error();
        page.changes.push_back(std::move(change.value()));
    }

    auto revocations = f.array("revocations");
    if (!revocations.ok())
        return revocations.error();
    for (qsizetype i = 0; i < revocations->size(); ++i) {
        const QJsonValue v = revocations->at(i);
        if (!v.isString() || v.toString().isEmpty())
            return unreadable(QStringLiteral("revocations[%1]: not a patient id").arg(i));
        page.revocations << v.toString();
    }

    auto cursor = parseCursor(f);
    if (!cursor.ok())
        return cursor.error();
    page.cursor = cursor.value();
    auto hasMore = f.boolean("has_more");
    if (!hasMore.ok())
        return hasMore.error();
    page.hasMore = hasMore.value();
    auto serverId = f.string("server_id");
    if (!serverId.ok())
        return serverId.error();
    page.serverId = serverId.value();
    return page;
}

QString changesPath(qint64 since, int limit)
{
    return QStringLiteral("/v1/changes?since=%1&limit=%2").arg(since).arg(limit);
}

QByteArray encodePush(const std::vector<Mutation> &mutations)
{
    QJsonArray list;
    for (const Mutation &m : mutations) {
        QJsonObject o{{QStringLiteral("idempotency_key"), m.idempotencyKey},
                      {QStringLiteral("entity"), m.entity},
                      {QStringLiteral("id"), m.id},
                      {QStringLiteral("base_version"), m.baseVersion},
                      {QStringLiteral("op"), m.op}};
        if (m.op != QLatin1String("delete"))
            o.insert(QStringLiteral("data"), m.data);
        list.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("mutations"), list}}).toJson(QJsonDocument::Compact);
}

Result<std::vector<PushResult>> parsePushReply(const QByteArray &body, const std::vector<Mutation> &sent)
{
    auto object = parseObject(body);
    if (!object.ok())
        return object.error();
    const Fields f(object.value(), QString());
    auto results = f.array("results");
    if (!results.ok())
        return results.error();
    if (size_t(results->size()) != sent.size())
        return unreadable(QStringLiteral("results: %1 results for %2 mutations").arg(results->size()).arg(sent.size()));
    std::vector<PushResult> out;
    out.reserve(sent.size());
    for (size_t i = 0; i < sent.size(); ++i) {
        const QString path = QStringLiteral("results[%1]").arg(i);
        const QJsonValue v = results->at(qsizetype(i));
        if (!v.isObject())
            return unreadable(path + QStringLiteral(": not an object"));
        auto result = parseOneResult(v.toObject(), path, sent[i].idempotencyKey, false);
        if (!result.ok())
            return result.error();
        out.push_back(std::move(result.value()));
    }
    return out;
}

namespace {

Result<AuditAck> parseCheckpointReply(const QByteArray &body, bool chainBroken)
{
    auto object = parseObject(body);
    if (!object.ok())
        return object.error();
    const Fields f(object.value(), QString());
    AuditAck ack;
    ack.chainBroken = chainBroken;
    if (!chainBroken) {
        auto accepted = f.integer("accepted", 0);
        if (!accepted.ok())
            return accepted.error();
        ack.accepted = accepted.value();
    }
    auto checkpoint = f.object("checkpoint");
    if (!checkpoint.ok())
        return checkpoint.error();
    const Fields cp(checkpoint.value(), QStringLiteral("checkpoint"));
    auto seq = cp.integer("seq", 0);
    if (!seq.ok())
        return seq.error();
    ack.checkpointSeq = seq.value();
    auto hash = cp.string("hash");
    if (!hash.ok())
        return hash.error();
    const QString &h = hash.value();
    bool hex = h.size() == 64;
    for (const QChar c : h)
        hex = hex &&
              ((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')));
    if (!hex)
        return unreadable(QStringLiteral("checkpoint.hash: not 64 lower-case hexadecimal digits"));
    ack.checkpointHash = h;
    return ack;
}

} // namespace

Result<AuditAck> parseAuditReply(const QByteArray &body)
{
    return parseCheckpointReply(body, false);
}

Result<AuditAck> parseChainBrokenReply(const QByteArray &body)
{
    return parseCheckpointReply(body, true);
}

ServerError parseErrorReply(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return {};
    const QJsonObject o = doc.object();
    const QJsonValue error = o.value(QLatin1String("error"));
    const QJsonValue message = o.value(QLatin1String("message"));
    if (!error.isString())
        return {};
    return ServerError{error.toString(), message.isString() ? message.toString() : QString()};
}

} // namespace novamind::sync
