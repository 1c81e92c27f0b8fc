// SyncMessages: the wire bodies of docs/api/sync.yaml, read strictly; malformed replies are one clean Server error.
#include "models/sync/SyncMessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace novamind;
using namespace novamind::sync;

namespace {

const QString kUnreadable = QStringLiteral("The server sent a reply this version cannot read.");
const QString kServerId = QStringLiteral("0f5b3c1e-7a5e-4c39-9e0a-2b8d8f1c4a77");
// A value that must never show up in an error: it stands for record content or a secret.
const QString kSecret = QStringLiteral("Ada Lovelace 1815");

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject goodPage()
{
    return QJsonObject{
        {QStringLiteral("changes"),
         QJsonArray{QJsonObject{{QStringLiteral("seq"), 41},
                                {QStringLiteral("entity"), QStringLiteral("patient")},
                                {QStringLiteral("id"), QStringLiteral("p1")},
                                {QStringLiteral("version"), 3},
                                {QStringLiteral("op"), QStringLiteral("upsert")},
                                {QStringLiteral("data"), QJsonObject{{QStringLiteral("id"), QStringLiteral("p1")},
                                                                     {QStringLiteral("given_name"), kSecret}}}},
                    QJsonObject{{QStringLiteral("seq"), 42},
                                {QStringLiteral("entity"), QStringLiteral("clinical_note")},
                                {QStringLiteral("id"), QStringLiteral("n1")},
                                {QStringLiteral("version"), 2},
                                {QStringLiteral("op"), QStringLiteral("delete")}}}},
        {QStringLiteral("revocations"), QJsonArray{QStringLiteral("p9")}},
        {QStringLiteral("cursor"), QStringLiteral("42")},
        {QStringLiteral("has_more"), true},
        {QStringLiteral("server_id"), kServerId}};
}

std::vector<Mutation> twoMutations()
{
    return {Mutation{QStringLiteral("k1"), QStringLiteral("clinical_note"), QStringLiteral("n1"), 0,
                     QStringLiteral("create"), QJsonObject{{QStringLiteral("id"), QStringLiteral("n1")}}},
            Mutation{QStringLiteral("k2"), QStringLiteral("diagnosis"), QStringLiteral("d1"), 4,
                     QStringLiteral("delete"), QJsonObject{}}};
}

QJsonObject applied(const QString &key, qint64 version)
{
    return QJsonObject{{QStringLiteral("idempotency_key"), key},
                       {QStringLiteral("status"), QStringLiteral("applied")},
                       {QStringLiteral("version"), version}};
}

// Sets a value at a dotted path with [i] array steps ("changes[1].seq"); a null QJsonValue removes the key.
QJsonValue withValue(const QJsonValue &root, QStringList path, const QJsonValue &value, bool remove)
{
    if (path.isEmpty())
        return value;
    const QString step = path.takeFirst();
    const qsizetype bracket = step.indexOf(QLatin1Char('['));
    const QString key = bracket < 0 ? step : step.left(bracket);
    QJsonObject o = root.toObject();
    if (bracket < 0) {
        if (path.isEmpty() && remove)
            o.remove(key);
        else
            o.insert(key, withValue(o.value(key), path, value, remove));
        return o;
    }
    const int index = step.mid(bracket + 1, step.size() - bracket - 2).toInt();
    QJsonArray a = o.value(key).toArray();
    a[index] = withValue(a.at(index), path, value, remove);
    o.insert(key, a);
    return o;
}

QByteArray mutated(const QJsonObject &base, const QString &path, const QJsonValue &value)
{
    return json(withValue(base, path.split(QLatin1Char('.')), value, false).toObject());
}

QByteArray without(const QJsonObject &base, const QString &path)
{
    return json(withValue(base, path.split(QLatin1Char('.')), QJsonValue(), true).toObject());
}

void verifyUnreadable(const Error &e, const QString &field)
{
    QCOMPARE(e.code, ErrorCode::Server);
    QCOMPARE(e.message, kUnreadable);
    QVERIFY2(e.detail.contains(field), qPrintable(e.detail));
    QVERIFY(!e.detail.contains(kSecret));
    QVERIFY(!e.message.contains(kSecret));
}

} // namespace

class TestSyncMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tokenReply()
    {
        auto t =
            parseTokenReply(R"({"access_token":"hS3r0y3oLQ2tY1m6K4v5b2cW8xZ9aB0dE1fG2hI3jK4","token_type":"Bearer",)"
                            R"("expires_in":3600})");
        QVERIFY(t.ok());
        QCOMPARE(t->accessToken, QStringLiteral("hS3r0y3oLQ2tY1m6K4v5b2cW8xZ9aB0dE1fG2hI3jK4"));
        QCOMPARE(t->expiresIn, std::chrono::seconds(3600));
        // RFC 6749 §5.1: the token type is case-insensitive.
        QVERIFY(parseTokenReply(R"({"access_token":"a","token_type":"bearer","expires_in":60})").ok());
    }

    void malformedTokenReply_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        const QJsonObject good{{QStringLiteral("access_token"), kSecret},
                               {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                               {QStringLiteral("expires_in"), 3600}};
        QTest::newRow("no token") << without(good, QStringLiteral("access_token")) << QStringLiteral("access_token");
        QTest::newRow("token number") << mutated(good, QStringLiteral("access_token"), 5)
                                      << QStringLiteral("access_token");
        QTest::newRow("empty token") << mutated(good, QStringLiteral("access_token"), QString())
                                     << QStringLiteral("access_token");
        QTest::newRow("mac type") << mutated(good, QStringLiteral("token_type"), QStringLiteral("mac"))
                                  << QStringLiteral("token_type");
        QTest::newRow("expiry string") << mutated(good, QStringLiteral("expires_in"), QStringLiteral("3600"))
                                       << QStringLiteral("expires_in");
        QTest::newRow("expiry zero") << mutated(good, QStringLiteral("expires_in"), 0) << QStringLiteral("expires_in");
        QTest::newRow("expiry fraction") << mutated(good, QStringLiteral("expires_in"), 1.5)
                                         << QStringLiteral("expires_in");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("body");
        QTest::newRow("truncated") << json(good).left(30) << QStringLiteral("body");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("body");
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>") << QStringLiteral("body");
    }
    void malformedTokenReply()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        auto t = parseTokenReply(body);
        QVERIFY(!t.ok());
        verifyUnreadable(t.error(), field);
    }

    void tokenRequestIsFormEncoded()
    {
        QCOMPARE(encodeTokenRequest(QStringLiteral("dr.ada@clinic"), QByteArray("p&ss=w rd%+é")),
                 QByteArray("grant_type=password&username=dr.ada%40clinic&password=p%26ss%3Dw%20rd%25%2B%C3%A9"));
    }

    void changePage()
    {
        const QByteArray body = json(goodPage());
        auto page = parseChangePage(body);
        QVERIFY(page.ok());
        QCOMPARE(page->changes.size(), size_t(2));
        const Change &up = page->changes[0];
        QCOMPARE(up.seq, 41);
        QCOMPARE(up.entity, QStringLiteral("patient"));
        QCOMPARE(up.id, QStringLiteral("p1"));
        QCOMPARE(up.version, 3);
        QVERIFY(!up.deleted);
        QCOMPARE(up.data.value(QLatin1String("given_name")).toString(), kSecret);
        const Change &del = page->changes[1];
        QVERIFY(del.deleted);
        QVERIFY(del.data.isEmpty());
        QCOMPARE(page->revocations, QStringList{QStringLiteral("p9")});
        QCOMPARE(page->cursor, 42);
        QVERIFY(page->hasMore);
        QCOMPARE(page->serverId, kServerId);
        QCOMPARE(page->bytes, body.size());
    }

    void emptyLastPage()
    {
        auto page = parseChangePage(R"({"changes":[],"revocations":[],"cursor":"9007199254740993","has_more":false,)"
                                    R"("server_id":"x"})");
        QVERIFY(page.ok());
        QVERIFY(page->changes.empty());
        QVERIFY(!page->hasMore);
        // Beyond a double's exact range, yet exact: the cursor is a string for that reason.
        QCOMPARE(page->cursor, Q_INT64_C(9007199254740993));
    }

    void malformedChangePage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        const QJsonObject p = goodPage();
        QTest::newRow("changes missing") << without(p, QStringLiteral("changes")) << QStringLiteral("changes");
        QTest::newRow("changes object") << mutated(p, QStringLiteral("changes"), QJsonObject{})
                                        << QStringLiteral("changes");
        QTest::newRow("change not object")
            << mutated(p, QStringLiteral("changes[1]"), 7) << QStringLiteral("changes[1]");
        QTest::newRow("seq string") << mutated(p, QStringLiteral("changes[1].seq"), QStringLiteral("42"))
                                    << QStringLiteral("changes[1].seq");
        QTest::newRow("seq zero") << mutated(p, QStringLiteral("changes[0].seq"), 0)
                                  << QStringLiteral("changes[0].seq");
        QTest::newRow("seq fraction") << mutated(p, QStringLiteral("changes[0].seq"), 4.5)
                                      << QStringLiteral("changes[0].seq");
        QTest::newRow("seq huge") << mutated(p, QStringLiteral("changes[0].seq"), 1e300)
                                  << QStringLiteral("changes[0].seq");
        QTest::newRow("version missing") << without(p, QStringLiteral("changes[0].version"))
                                         << QStringLiteral("changes[0].version");
        QTest::newRow("version huge") << mutated(p, QStringLiteral("changes[0].version"), 1e17)
                                      << QStringLiteral("changes[0].version");
        QTest::newRow("entity empty") << mutated(p, QStringLiteral("changes[0].entity"), QString())
                                      << QStringLiteral("changes[0].entity");
        QTest::newRow("id number") << mutated(p, QStringLiteral("changes[0].id"), 1) << QStringLiteral("changes[0].id");
        QTest::newRow("op unknown") << mutated(p, QStringLiteral("changes[0].op"), QStringLiteral("merge"))
                                    << QStringLiteral("changes[0].op");
        QTest::newRow("upsert without data")
            << without(p, QStringLiteral("changes[0].data")) << QStringLiteral("changes[0].data");
        QTest::newRow("data string") << mutated(p, QStringLiteral("changes[0].data"), kSecret)
                                     << QStringLiteral("changes[0].data");
        QTest::newRow("delete with data")
            << mutated(p, QStringLiteral("changes[1].data"), QJsonObject{}) << QStringLiteral("changes[1].data");
        QTest::newRow("revocations missing")
            << without(p, QStringLiteral("revocations")) << QStringLiteral("revocations");
        QTest::newRow("revocation number")
            << mutated(p, QStringLiteral("revocations"), QJsonArray{3}) << QStringLiteral("revocations[0]");
        QTest::newRow("revocation empty")
            << mutated(p, QStringLiteral("revocations"), QJsonArray{QString()}) << QStringLiteral("revocations[0]");
        QTest::newRow("cursor number") << mutated(p, QStringLiteral("cursor"), 42) << QStringLiteral("cursor");
        QTest::newRow("cursor negative") << mutated(p, QStringLiteral("cursor"), QStringLiteral("-1"))
                                         << QStringLiteral("cursor");
        QTest::newRow("cursor hex") << mutated(p, QStringLiteral("cursor"), QStringLiteral("4a"))
                                    << QStringLiteral("cursor");
        QTest::newRow("cursor empty") << mutated(p, QStringLiteral("cursor"), QString()) << QStringLiteral("cursor");
        QTest::newRow("cursor overflow") << mutated(p, QStringLiteral("cursor"), QStringLiteral("99999999999999999999"))
                                         << QStringLiteral("cursor");
        QTest::newRow("has_more string") << mutated(p, QStringLiteral("has_more"), QStringLiteral("true"))
                                         << QStringLiteral("has_more");
        QTest::newRow("server_id missing") << without(p, QStringLiteral("server_id")) << QStringLiteral("server_id");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("body");
        QTest::newRow("truncated") << json(p).left(json(p).size() - 5) << QStringLiteral("body");
    }
    void malformedChangePage()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        auto page = parseChangePage(body);
        QVERIFY(!page.ok());
        verifyUnreadable(page.error(), field);
    }

    void changesPathCarriesCursorAndLimit()
    {
        QCOMPARE(changesPath(0, 5000), QStringLiteral("/v1/changes?since=0&limit=5000"));
        QCOMPARE(changesPath(Q_INT64_C(9007199254740993), 10),
                 QStringLiteral("/v1/changes?since=9007199254740993&limit=10"));
    }

    void pushBody()
    {
        const QJsonObject body = QJsonDocument::fromJson(encodePush(twoMutations())).object();
        const QJsonArray list = body.value(QLatin1String("mutations")).toArray();
        QCOMPARE(list.size(), 2);
        const QJsonObject first = list.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("idempotency_key")).toString(), QStringLiteral("k1"));
        QCOMPARE(first.value(QLatin1String("entity")).toString(), QStringLiteral("clinical_note"));
        QCOMPARE(first.value(QLatin1String("id")).toString(), QStringLiteral("n1"));
        QCOMPARE(first.value(QLatin1String("base_version")).toInteger(), 0);
        QCOMPARE(first.value(QLatin1String("op")).toString(), QStringLiteral("create"));
        QCOMPARE(first.value(QLatin1String("data")).toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("n1"));
        const QJsonObject second = list.at(1).toObject();
        QCOMPARE(second.value(QLatin1String("base_version")).toInteger(), 4);
        QVERIFY(!second.contains(QLatin1String("data")));
    }

    void pushReplyEveryKind()
    {
        std::vector<Mutation> sent = twoMutations();
        sent.push_back(sent[0]);
        sent.back().idempotencyKey = QStringLiteral("k3");
        sent.push_back(sent[0]);
        sent.back().idempotencyKey = QStringLiteral("k4");
        sent.push_back(sent[0]);
        sent.back().idempotencyKey = QStringLiteral("k5");
        const QJsonObject reply{
            {QStringLiteral("results"),
             QJsonArray{applied(QStringLiteral("k1"), 1),
                        QJsonObject{{QStringLiteral("idempotency_key"), QStringLiteral("k2")},
                                    {QStringLiteral("status"), QStringLiteral("duplicate")},
                                    {QStringLiteral("original"), applied(QStringLiteral("k2"), 5)}},
                        QJsonObject{{QStringLiteral("idempotency_key"), QStringLiteral("k3")},
                                    {QStringLiteral("status"), QStringLiteral("conflict")},
                                    {QStringLiteral("server_version"), 7},
                                    {QStringLiteral("server_data"), QJsonObject{{QStringLiteral("id"), kSecret}}}},
                        QJsonObject{{QStringLiteral("idempotency_key"), QStringLiteral("k4")},
                                    {QStringLiteral("status"), QStringLiteral("conflict")},
                                    {QStringLiteral("server_version"), 8},
                                    {QStringLiteral("server_deleted"), true}},
                        QJsonObject{{QStringLiteral("idempotency_key"), QStringLiteral("k5")},
                                    {QStringLiteral("status"), QStringLiteral("rejected")},
                                    {QStringLiteral("error"), QStringLiteral("invalid_content")},
                                    {QStringLiteral("http_status"), 422},
                                    {QStringLiteral("message"), QStringLiteral("Field \"kind\" is not valid.")}}}}};
        auto results = parsePushReply(json(reply), sent);
        QVERIFY2(results.ok(), qPrintable(results.ok() ? QString() : results.error().detail));
        const auto &r = results.value();
        QCOMPARE(r.size(), size_t(5));
        QCOMPARE(r[0].status, PushStatus::Applied);
        QCOMPARE(r[0].version, 1);
        QVERIFY(!r[0].duplicate);
        QCOMPARE(r[1].status, PushStatus::Applied);
        QVERIFY(r[1].duplicate);
        QCOMPARE(r[1].version, 5);
        QCOMPARE(r[1].idempotencyKey, QStringLiteral("k2"));
        QCOMPARE(r[2].status, PushStatus::Conflict);
        QCOMPARE(r[2].serverVersion, 7);
        QVERIFY(r[2].serverData.has_value());
        QVERIFY(!r[2].serverDeleted);
        QCOMPARE(r[3].status, PushStatus::Conflict);
        QVERIFY(r[3].serverDeleted);
        QVERIFY(!r[3].serverData.has_value());
        QCOMPARE(r[4].status, PushStatus::Rejected);
        QCOMPARE(r[4].error, QStringLiteral("invalid_content"));
        QCOMPARE(r[4].httpStatus, 422);
        QCOMPARE(r[4].message, QStringLiteral("Field \"kind\" is not valid."));
    }

    void malformedPushReply_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        const QJsonObject good{{QStringLiteral("results"),
                                QJsonArray{applied(QStringLiteral("k1"), 1), applied(QStringLiteral("k2"), 5)}}};
        QTest::newRow("results missing") << QByteArray("{}") << QStringLiteral("results");
        QTest::newRow("one result short")
            << json(QJsonObject{{QStringLiteral("results"), QJsonArray{applied(QStringLiteral("k1"), 1)}}})
            << QStringLiteral("results");
        QTest::newRow("one result extra")
            << json(QJsonObject{{QStringLiteral("results"),
                                 QJsonArray{applied(QStringLiteral("k1"), 1), applied(QStringLiteral("k2"), 5),
                                            applied(QStringLiteral("k3"), 1)}}})
            << QStringLiteral("results");
        QTest::newRow("swapped order") << json(QJsonObject{{QStringLiteral("results"),
                                                            QJsonArray{applied(QStringLiteral("k2"), 5),
                                                                       applied(QStringLiteral("k1"), 1)}}})
                                       << QStringLiteral("results[0].idempotency_key");
        QTest::newRow("key missing") << without(good, QStringLiteral("results[1].idempotency_key"))
                                     << QStringLiteral("results[1].idempotency_key");
        QTest::newRow("result not object")
            << mutated(good, QStringLiteral("results[1]"), QStringLiteral("applied")) << QStringLiteral("results[1]");
        QTest::newRow("status unknown") << mutated(good, QStringLiteral("results[0].status"), QStringLiteral("ok"))
                                        << QStringLiteral("results[0].status");
        QTest::newRow("version string") << mutated(good, QStringLiteral("results[0].version"), QStringLiteral("1"))
                                        << QStringLiteral("results[0].version");
        QTest::newRow("version zero") << mutated(good, QStringLiteral("results[0].version"), 0)
                                      << QStringLiteral("results[0].version");
        const QJsonObject conflict{{QStringLiteral("idempotency_key"), QStringLiteral("k2")},
                                   {QStringLiteral("status"), QStringLiteral("conflict")},
                                   {QStringLiteral("server_version"), 3}};
        QTest::newRow("conflict without either")
            << mutated(good, QStringLiteral("results[1]"), conflict) << QStringLiteral("results[1].server_data");
        QJsonObject both = conflict;
        both.insert(QStringLiteral("server_deleted"), true);
        both.insert(QStringLiteral("server_data"), QJsonObject{});
        QTest::newRow("conflict with both")
            << mutated(good, QStringLiteral("results[1]"), both) << QStringLiteral("results[1].server_data");
        QJsonObject noVersion = conflict;
        noVersion.remove(QStringLiteral("server_version"));
        noVersion.insert(QStringLiteral("server_deleted"), true);
        QTest::newRow("conflict without version")
            << mutated(good, QStringLiteral("results[1]"), noVersion) << QStringLiteral("results[1].server_version");
        const QJsonObject rejected{{QStringLiteral("idempotency_key"), QStringLiteral("k2")},
                                   {QStringLiteral("status"), QStringLiteral("rejected")},
                                   {QStringLiteral("error"), QStringLiteral("not_found")},
                                   {QStringLiteral("http_status"), 500}};
        QTest::newRow("rejected 500") << mutated(good, QStringLiteral("results[1]"), rejected)
                                      << QStringLiteral("results[1].http_status");
        QTest::newRow("duplicate without original")
            << mutated(good, QStringLiteral("results[1].status"), QStringLiteral("duplicate"))
            << QStringLiteral("results[1].original");
        const QJsonObject nested{
            {QStringLiteral("idempotency_key"), QStringLiteral("k2")},
            {QStringLiteral("status"), QStringLiteral("duplicate")},
            {QStringLiteral("original"), QJsonObject{{QStringLiteral("status"), QStringLiteral("duplicate")},
                                                     {QStringLiteral("original"), applied(QStringLiteral("k2"), 1)}}}};
        QTest::newRow("duplicate of duplicate")
            << mutated(good, QStringLiteral("results[1]"), nested) << QStringLiteral("results[1].original.status");
        QTest::newRow("truncated") << json(good).left(20) << QStringLiteral("body");
        QTest::newRow("string") << QByteArray("\"ok\"") << QStringLiteral("body");
    }
    void malformedPushReply()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        auto results = parsePushReply(body, twoMutations());
        QVERIFY(!results.ok());
        verifyUnreadable(results.error(), field);
    }

    void auditReply()
    {
        const QString hash(64, QLatin1Char('a'));
        auto ack = parseAuditReply(json(QJsonObject{
            {QStringLiteral("accepted"), 12},
            {QStringLiteral("checkpoint"), QJsonObject{{QStringLiteral("seq"), 40}, {QStringLiteral("hash"), hash}}}}));
        QVERIFY(ack.ok());
        QCOMPARE(ack->accepted, 12);
        QCOMPARE(ack->checkpointSeq, 40);
        QCOMPARE(ack->checkpointHash, hash);
    }

    void malformedAuditReply_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        const QJsonObject good{
            {QStringLiteral("accepted"), 1},
            {QStringLiteral("checkpoint"),
             QJsonObject{{QStringLiteral("seq"), 1}, {QStringLiteral("hash"), QString(64, QLatin1Char('0'))}}}};
        QTest::newRow("accepted missing") << without(good, QStringLiteral("accepted")) << QStringLiteral("accepted");
        QTest::newRow("accepted negative")
            << mutated(good, QStringLiteral("accepted"), -1) << QStringLiteral("accepted");
        QTest::newRow("checkpoint missing")
            << without(good, QStringLiteral("checkpoint")) << QStringLiteral("checkpoint");
        QTest::newRow("seq string") << mutated(good, QStringLiteral("checkpoint.seq"), QStringLiteral("1"))
                                    << QStringLiteral("checkpoint.seq");
        QTest::newRow("hash upper case") << mutated(good, QStringLiteral("checkpoint.hash"),
                                                    QString(64, QLatin1Char('A')))
                                         << QStringLiteral("checkpoint.hash");
        QTest::newRow("hash short") << mutated(good, QStringLiteral("checkpoint.hash"), QStringLiteral("abc"))
                                    << QStringLiteral("checkpoint.hash");
        QTest::newRow("truncated") << json(good).left(10) << QStringLiteral("body");
    }
    void malformedAuditReply()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        auto ack = parseAuditReply(body);
        QVERIFY(!ack.ok());
        verifyUnreadable(ack.error(), field);
    }

    void errorReply()
    {
        const ServerError e = parseErrorReply(R"({"error":"invalid_grant","message":"Wrong user name or password."})");
        QCOMPARE(e.error, QStringLiteral("invalid_grant"));
        QCOMPARE(e.message, QStringLiteral("Wrong user name or password."));
        QVERIFY(parseErrorReply("<html>bad gateway</html>").error.isEmpty());
        QVERIFY(parseErrorReply(R"({"error":5})").error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncMessages)
#include "test_syncmessages.moc"
