#include "server/service/TokenService.h"

#include "server/db/ConnectionPool.h"
#include "server/service/PasswordHasher.h"
#include "server/service/ServiceSupport.h"

#include <QByteArrayView>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QUrlQuery>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <optional>

namespace novamind::server {

namespace {

constexpr int kTokenBytes = 32;
constexpr int kTokenChars = 43;        // base64url of 32 bytes without padding
constexpr int kMaxUsernameChars = 128; // app_user.id's limit: longer names cannot exist
constexpr std::chrono::minutes kPruneInterval(10);

using Form = QHash<QString, QString>;

struct Account
{
    QString id;
    QString role;
    QString organizationId;
    QString passwordHash;
    bool disabled = false;
};

void wipe(QByteArray &bytes)
{
    // Only our own copy: wiping through data() of a shared array would detach and wipe a fresh copy instead.
    if (bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

void wipe(QString &text)
{
    if (text.isDetached())
        OPENSSL_cleanse(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// application/x-www-form-urlencoded parameters, or nullopt when the body is not that: control characters, a broken
// percent escape, invalid UTF-8, or a parameter given twice (RFC 6749 §3.2 forbids repeats).
std::optional<Form> parseForm(const QByteArray &body)
{
    for (qsizetype i = 0; i < body.size(); ++i) {
        const auto c = static_cast<unsigned char>(body[i]);
        if (c < 0x20 || c == 0x7f)
            return std::nullopt;
        if (c == '%' && (i + 2 >= body.size() || !isHexDigit(body[i + 1]) || !isHexDigit(body[i + 2])))
            return std::nullopt;
    }
    // In form encoding '+' is a space and a literal '+' arrives as %2B; QUrlQuery knows only percent escapes.
    QByteArray spaced = body;
    spaced.replace('+', "%20");
    QByteArray decoded = QByteArray::fromPercentEncoding(spaced);
    const bool utf8 = QByteArrayView(decoded).isValidUtf8();
    wipe(decoded);
    if (!utf8) {
        wipe(spaced);
        return std::nullopt;
    }
    QString text = QString::fromUtf8(spaced);
    wipe(spaced);
    Form form;
    bool repeated = false;
    {
        const QUrlQuery query(text);
        const auto items = query.queryItems(QUrl::FullyDecoded);
        for (const auto &[name, value] : items) {
            if (name.isEmpty())
                continue; // "a=1&&b=2" or "=x": nothing a client meant to send
            repeated = repeated || form.contains(name);
            form.insert(name, value);
        }
    }
    wipe(text);
    if (repeated) {
        for (QString &value : form)
            wipe(value);
        return std::nullopt;
    }
    return form;
}

bool plausibleUsername(const QString &username)
{
    return username.size() <= kMaxUsernameChars && std::none_of(username.cbegin(), username.cend(), [](QChar c) {
               return c.unicode() < 0x20 || c.unicode() == 0x7f;
           });
}

// Failed sign-ins are counted per client address; an IPv6 client usually holds a whole /64, so count that.
QString throttleKey(const QHostAddress &peer)
{
    bool isIpv4 = false;
    const quint32 ipv4 = peer.toIPv4Address(&isIpv4); // also unwraps ::ffff:a.b.c.d
    if (isIpv4)
        return QHostAddress(ipv4).toString();
    if (peer.protocol() == QHostAddress::IPv6Protocol) {
        Q_IPV6ADDR bytes = peer.toIPv6Address();
        std::fill(bytes.c + 8, bytes.c + 16, quint8(0));
        return QHostAddress(bytes).toString() + QStringLiteral("/64");
    }
    return QStringLiteral("unknown");
}

bool pruneDue()
{
    static std::atomic<qint64> nextPrune{0};
    const qint64 now =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
            .count();
    qint64 next = nextPrune.load();
    const qint64 later = now + std::chrono::duration_cast<std::chrono::milliseconds>(kPruneInterval).count();
    return now >= next && nextPrune.compare_exchange_strong(next, later);
}

// Seconds until the user name and the address are both below their limits again, or nullopt when neither is at
// its limit. The k-th newest failure inside the window (k = the limit) is the one whose expiry lifts the throttle.
Result<std::optional<qint64>> throttledFor(PgConnection &db, const QString &username, const QString &peerKey)
{
    auto rows =
        db.exec("SELECT"
                " (SELECT ceil(extract(epoch FROM at + make_interval(secs => $3) - now()))::bigint FROM login_failure"
                "   WHERE username = $1 AND at > now() - make_interval(secs => $3) ORDER BY at DESC OFFSET $4 LIMIT 1),"
                " (SELECT ceil(extract(epoch FROM at + make_interval(secs => $3) - now()))::bigint FROM login_failure"
                "   WHERE peer = $2 AND at > now() - make_interval(secs => $3) ORDER BY at DESC OFFSET $5 LIMIT 1)",
                {pgParam(username), pgParam(peerKey), pgParam(qint64(TokenService::kFailureWindowSeconds)),
                 pgParam(qint64(TokenService::kMaxFailuresPerUser - 1)),
                 pgParam(qint64(TokenService::kMaxFailuresPerPeer - 1))});
    if (!rows.ok())
        return rows.error();
    std::optional<qint64> wait;
    for (int column = 0; column < 2; ++column) {
        if (!rows->isNull(0, column))
            wait = std::max<qint64>({wait.value_or(1), rows->int64(0, column), 1});
    }
    return wait;
}

Result<std::optional<Account>> findAccount(PgConnection &db, const QString &username)
{
    auto rows = db.exec("SELECT id, role, organization_id, password_hash, disabled FROM app_user WHERE id = $1",
                        {pgParam(username)});
    if (!rows.ok())
        return rows.error();
    if (rows->rows() == 0)
        return std::optional<Account>();
    return std::optional<Account>(
        Account{rows->text(0, 0), rows->text(0, 1), rows->text(0, 2), rows->text(0, 3), rows->boolean(0, 4)});
}

Status recordFailure(PgConnection &db, const QString &username, const QString &peerKey)
{
    NM_TRY(db.run("INSERT INTO login_failure (username, peer) VALUES ($1, $2)", {pgParam(username), pgParam(peerKey)}));
    // Only failures grow the table, so this is where old rows go (kept a day for whoever investigates an attack).
    if (pruneDue())
        NM_TRY(db.run("DELETE FROM login_failure WHERE at < now() - interval '1 day'"));
    return {};
}

QByteArray tokenHash(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

bool wellFormedToken(const QByteArray &token)
{
    return token.size() == kTokenChars && std::all_of(token.cbegin(), token.cend(), [](char c) {
               return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                      c == '_';
           });
}

std::optional<QByteArray> newToken()
{
    QByteArray raw(kTokenBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), kTokenBytes) != 1)
        return std::nullopt;
    QByteArray token = raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    wipe(raw);
    return token;
}

// The token endpoint's answers must not be cached by anything on the way (RFC 6749 §5.1).
Reply noStore(Reply reply)
{
    reply.withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache");
    return reply;
}

Reply invalidRequest(const QString &message)
{
    return noStore(Reply::error(400, "invalid_request", message));
}

// RFC 6750 §3: a request without credentials gets the bare challenge, one with a bad token also the error.
Reply challenge(bool badToken, const QString &message)
{
    Reply reply = Reply::error(401, "invalid_token", message);
    reply.withHeader("WWW-Authenticate", badToken ? QByteArray(R"(Bearer realm="novamind", error="invalid_token")")
                                                  : QByteArray(R"(Bearer realm="novamind")"));
    return reply;
}

} // namespace

Reply TokenService::token(ConnectionPool &pool, const ServiceConfig &config, const QByteArray &formBody,
                          const QHostAddress &peer)
{
    auto form = parseForm(formBody);
    if (!form)
        return invalidRequest(tr("The request body must be form-encoded, with each parameter at most once."));
    auto wipeForm = qScopeGuard([&form] {
        for (QString &value : *form)
            wipe(value);
    });
    // RFC 6749 §3.2: a parameter without a value counts as absent.
    const QString grantType = form->value(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return invalidRequest(tr("The grant_type parameter is missing."));
    if (grantType != QLatin1String("password"))
        return noStore(Reply::error(400, "unsupported_grant_type", tr("Only the password grant is supported.")));
    const QString username = form->value(QStringLiteral("username"));
    if (username.isEmpty() || form->value(QStringLiteral("password")).isEmpty())
        return invalidRequest(tr("The username and password parameters are required."));
    if (!plausibleUsername(username))
        return invalidRequest(tr("The username is not valid."));
    QByteArray password = form->value(QStringLiteral("password")).toUtf8();
    auto wipePassword = qScopeGuard([&password] { wipe(password); });
    const QString peerKey = throttleKey(peer);

    // The connection goes back to the pool while scrypt runs: a sign-in should not hold one for a third of a second.
    std::optional<Account> account;
    {
        auto lease = pool.acquire();
        if (!lease.ok())
            return noStore(databaseFailure(lease.error()));
        PgConnection &db = **lease;
        auto wait = throttledFor(db, username, peerKey);
        if (!wait.ok())
            return noStore(databaseFailure(wait.error()));
        if (*wait)
            return noStore(Reply::error(429, "slow_down", tr("Too many failed sign-ins; try again later."))
                               .withHeader("Retry-After", QByteArray::number(**wait)));
        auto found = findAccount(db, username);
        if (!found.ok())
            return noStore(databaseFailure(found.error()));
        account = std::move(*found);
    }

    // An unknown user costs the same scrypt as a known one and gets the same answer.
    bool matches = false;
    if (account)
        matches = PasswordHasher::verify(password, account->passwordHash);
    else
        PasswordHasher::dummyVerify(password);
    wipe(password);

    auto lease = pool.acquire();
    if (!lease.ok())
        return noStore(databaseFailure(lease.error()));
    PgConnection &db = **lease;
    const Reply invalidGrant =
        noStore(Reply::error(400, "invalid_grant", tr("The username or password is incorrect.")));
    if (!matches) {
        // No record, no answer: a failure we could not count must not become a free guess.
        const Status recorded = recordFailure(db, username, peerKey);
        return recorded.ok() ? invalidGrant : noStore(databaseFailure(recorded.error()));
    }
    // The same answer as a wrong password, so a guessed password of a disabled account is not confirmed.
    if (account->disabled)
        return invalidGrant;

    const auto token = newToken();
    if (!token)
        return noStore(Reply::error(500, "internal", tr("The server could not complete the request.")));
    auto tx = PgTransaction::begin(db);
    if (!tx.ok())
        return noStore(databaseFailure(tx.error()));
    Status issued = db.run("INSERT INTO access_token (token_hash, user_id, expires_at)"
                           " VALUES ($1, $2, now() + make_interval(secs => $3))",
                           {tokenHash(*token), pgParam(account->id), pgParam(qint64(config.tokenLifetimeSeconds))});
    if (issued.ok())
        issued = db.run("DELETE FROM login_failure WHERE username = $1", {pgParam(account->id)});
    if (issued.ok())
        issued = (*tx)->commit();
    if (!issued.ok())
        return noStore(databaseFailure(issued.error()));

    const QJsonObject body{{QStringLiteral("access_token"), QString::fromLatin1(*token)},
                           {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                           {QStringLiteral("expires_in"), config.tokenLifetimeSeconds}};
    return noStore(Reply::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

Reply TokenService::revoke(ConnectionPool &pool, const ServiceConfig &, const QByteArray &formBody)
{
    const auto form = parseForm(formBody);
    if (!form)
        return invalidRequest(tr("The request body must be form-encoded, with each parameter at most once."));
    const QByteArray token = form->value(QStringLiteral("token")).toUtf8();
    if (token.isEmpty())
        return invalidRequest(tr("The token parameter is missing."));
    // RFC 7009 §2.2: an invalid or unknown token is not an error; a string we never issue needs no lookup.
    if (wellFormedToken(token)) {
        auto lease = pool.acquire();
        if (!lease.ok())
            return noStore(databaseFailure(lease.error()));
        const Status revoked =
            (**lease).run("UPDATE access_token SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL",
                          {tokenHash(token)});
        if (!revoked.ok())
            return noStore(databaseFailure(revoked.error()));
    }
    return noStore(Reply::json(200, "{}"));
}

std::variant<Caller, Reply> TokenService::authenticate(ConnectionPool &pool, const QByteArray &authorizationHeader)
{
    const QByteArray value = authorizationHeader.trimmed();
    const qsizetype space = value.indexOf(' ');
    const QByteArray scheme = space < 0 ? value : value.left(space);
    // No header, or another scheme (Basic, ...): the client did not try a bearer token (RFC 6750 §3.1).
    if (value.isEmpty() || scheme.compare("Bearer", Qt::CaseInsensitive) != 0)
        return challenge(false, tr("This request needs a bearer token; sign in first."));
    const QByteArray token = space < 0 ? QByteArray() : value.mid(space + 1).trimmed();
    const QString invalid = tr("The access token is invalid, expired or revoked; sign in again.");
    if (!wellFormedToken(token))
        return challenge(true, invalid);

    auto lease = pool.acquire();
    if (!lease.ok())
        return databaseFailure(lease.error());
    // Looked up by its hash: the database never holds a usable token, and lookup timing says nothing about one.
    auto rows = (**lease).exec("SELECT u.id, u.role, u.organization_id FROM access_token t"
                               " JOIN app_user u ON u.id = t.user_id"
                               " WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > now()"
                               " AND NOT u.disabled",
                               {tokenHash(token)});
    if (!rows.ok())
        return databaseFailure(rows.error());
    if (rows->rows() == 0)
        return challenge(true, invalid);
    return Caller{rows->text(0, 0), rows->text(0, 1), rows->text(0, 2)};
}

} // namespace novamind::server
