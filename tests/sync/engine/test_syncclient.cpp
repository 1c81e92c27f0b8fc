// SyncClient: sign-in and token reuse, retries with backoff, and how each server answer becomes an error.
#include "FakeTransport.h"
#include "sync/SyncClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>
#include <thread>

using namespace novamind;
using namespace novamind::test;

namespace {

const QByteArray kPassword = QByteArrayLiteral("s3rver p&ss");
const QString kToken1 = QStringLiteral("tokenAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
const QString kToken2 = QStringLiteral("tokenBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB");

HttpResponse tokenReply(const QString &token, int expiresIn = 3600)
{
    return jsonReply(200, QJsonObject{{QStringLiteral("access_token"), token},
                                      {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                      {QStringLiteral("expires_in"), expiresIn}});
}

HttpResponse pageReply(qint64 cursor = 5)
{
    return jsonReply(200, QJsonObject{{QStringLiteral("changes"), QJsonArray{}},
                                      {QStringLiteral("revocations"), QJsonArray{}},
                                      {QStringLiteral("cursor"), QString::number(cursor)},
                                      {QStringLiteral("has_more"), false},
                                      {QStringLiteral("server_id"), QStringLiteral("s1")}});
}

SyncCredentials credentials()
{
    return SyncCredentials{QStringLiteral("dr.ada"), SecureBytes(kPassword.constData(), std::size_t(kPassword.size()))};
}

RetryPolicy fastRetry()
{
    RetryPolicy p;
    p.maxAttempts = 4;
    p.initialDelay = std::chrono::milliseconds(100);
    p.maxDelay = std::chrono::milliseconds(1000);
    return p;
}

QByteArray bearer(const QString &token)
{
    return QByteArrayLiteral("Bearer ") + token.toLatin1();
}

} // namespace

class TestSyncClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeTransport> m_transport;
    std::unique_ptr<SyncClient> m_client;
    std::vector<std::chrono::milliseconds> m_sleeps;

    void makeClient(RetryPolicy retry = fastRetry())
    {
        m_client = std::make_unique<SyncClient>(*m_transport, credentials(), retry);
        m_client->setSleeper([this](std::chrono::milliseconds d) { m_sleeps.push_back(d); });
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_client.reset();
        m_transport = std::make_unique<FakeTransport>();
        m_sleeps.clear();
        makeClient();
    }

    void signsInOnceAndReusesTheToken()
    {
        m_transport->enqueue(tokenReply(kToken1));
        m_transport->enqueue(pageReply());
        m_transport->enqueue(pageReply());
        QVERIFY(m_client->changes(0, 100).ok());
        QVERIFY(m_client->changes(5, 100).ok());

        const auto requests = m_transport->requests();
        QCOMPARE(requests.size(), size_t(3));
        const HttpRequest &token = requests[0];
        QCOMPARE(token.method, QByteArray("POST"));
        QCOMPARE(token.path, QStringLiteral("/v1/auth/token"));
        QCOMPARE(headerOf(token, "Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(token.body, QByteArray("grant_type=password&username=dr.ada&password=s3rver%20p%26ss"));
        QVERIFY(headerOf(token, "Authorization").isEmpty());
        QCOMPARE(requests[1].path, QStringLiteral("/v1/changes?since=0&limit=100"));
        QCOMPARE(headerOf(requests[1], "Authorization"), bearer(kToken1));
        QCOMPARE(headerOf(requests[2], "Authorization"), bearer(kToken1));
        QVERIFY(m_sleeps.empty());
    }

    void signsInAgainOnceAfter401()
    {
        m_transport->enqueue(tokenReply(kToken1));
        m_transport->enqueue(errorReply(401, QStringLiteral("invalid_token"), QStringLiteral("The token expired.")));
        m_transport->enqueue(tokenReply(kToken2));
        m_transport->enqueue(pageReply());
        QVERIFY(m_client->changes(0, 100).ok());
        const auto requests = m_transport->requests();
        QCOMPARE(requests.size(), size_t(4));
        QCOMPARE(requests[2].path, QStringLiteral("/v1/auth/token"));
        QCOMPARE(headerOf(requests[3], "Authorization"), bearer(kToken2));
    }

    void aSecond401IsAnAuthenticationError()
    {
        m_transport->enqueue(tokenReply(kToken1));
        m_transport->enqueue(errorReply(401, QStringLiteral("invalid_token"), QStringLiteral("Revoked.")));
        m_transport->enqueue(tokenReply(kToken2));
        m_transport->enqueue(errorReply(401, QStringLiteral("invalid_token"), QStringLiteral("Revoked.")));
        auto page = m_client->changes(0, 100);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, ErrorCode::Authentication);
        QCOMPARE(m_transport->requests().size(), size_t(4));
        QVERIFY(!page.error().message.contains(kToken2));
        QVERIFY(!page.error().detail.contains(kToken2));
    }

    void signsInAgainWhenTheTokenIsAboutToExpire()
    {
        qint64 now = 1'000'000;
        m_client->setClock([&now] { return now; });
        m_transport->enqueue(tokenReply(kToken1, 3600));
        m_transport->enqueue(pageReply());
        m_transport->enqueue(pageReply());
        m_transport->enqueue(tokenReply(kToken2, 3600));
        m_transport->enqueue(pageReply());
        QVERIFY(m_client->changes(0, 10).ok());
        now += 3000 * 1000; // well within the hour: the token is reused
        QVERIFY(m_client->changes(0, 10).ok());
        now += 599 * 1000; // one second short of expiry: renewed first
        QVERIFY(m_client->changes(0, 10).ok());
        const auto requests = m_transport->requests();
        QCOMPARE(requests.size(), size_t(5));
        QCOMPARE(m_transport->requestsTo(QStringLiteral("/v1/auth/token")).size(), size_t(2));
        QCOMPARE(headerOf(requests[4], "Authorization"), bearer(kToken2));
    }

    void wrongCredentialsAreRefusedWithoutRetrying()
    {
        m_transport->enqueue(errorReply(400, QStringLiteral("invalid_grant"), QStringLiteral("Wrong.")));
        const Status s = m_client->signIn();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Authentication);
        QCOMPARE(m_transport->requests().size(), size_t(1));
        QVERIFY(!s.error().message.contains(QString::fromLatin1(kPassword)));
    }

    void retriesNetworkErrorsWithBackoff()
    {
        m_transport->enqueue(tokenReply(kToken1));
        m_transport->enqueue(networkError());
        m_transport->enqueue(networkError());
        m_transport->enqueue(pageReply(9));
        auto page = m_client->changes(0, 10);
        QVERIFY(page.ok());
        QCOMPARE(page->cursor, 9);
        QCOMPARE(m_transport->requestsTo(QStringLiteral("/v1/changes")).size(), size_t(3));
        QCOMPARE(m_sleeps.size(), size_t(2));
        // Full jitter: at most 100 ms before the 2nd attempt, at most 200 ms before the 3rd.
        QVERIFY(m_sleeps[0] <= std::chrono::milliseconds(100));
        QVERIFY(m_sleeps[1] <= std::chrono::milliseconds(200));
    }

    void retries503ThenGivesUp()
    {
        m_transport->enqueue(tokenReply(kToken1));
        for (int i = 0; i < 10; ++i)
            m_transport->enqueue(errorReply(503, QStringLiteral("unavailable"), QStringLiteral("Try later.")));
        auto page = m_client->changes(0, 10);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, ErrorCode::Server);
        QVERIFY(page.error().detail.contains(QLatin1String("503")));
        QCOMPARE(m_transport->requestsTo(QStringLiteral("/v1/changes")).size(), size_t(fastRetry().maxAttempts));
        QCOMPARE(m_sleeps.size(), size_t(fastRetry().maxAttempts - 1));
    }

    void recoversFrom503()
    {
        m_transport->enqueue(tokenReply(kToken1));
        m_transport->enqueue(errorReply(503, QStringLiteral("unavailable"), QStringLiteral("Try later.")));
        m_transport->enqueue(pageReply());
        QVERIFY(m_client->changes(0, 10).ok());
        QCOMPARE(m_sleeps.size(), size_t(1));
    }

    void doesNotRetry4xx()
    {
        const QString sentence = QStringLiteral("The mutations field must be an array.");
        m_transport->enqueue(tokenReply(kToken1));
        m_transport->enqueue(errorReply(422, QStringLiteral("invalid_request"), sentence));
        std::vector<sync::Mutation> mutations{sync::Mutation{QStringLiteral("k1"),
                                                             QStringLiteral("clinical_note"),
                                                             QStringLiteral("n1"),
                                                             0,
                                                             QStringLiteral("create"),
                                                             {}}};
        auto results = m_client->push(mutations);
        QVERIFY(!results.ok());
        QCOMPARE(results.error().code, ErrorCode::Server);
        QCOMPARE(results.error().message, sentence);
        QCOMPARE(m_transport->requestsTo(QStringLiteral("/v1/push")).size(), size_t(1));
        QVERIFY(m_sleeps.empty());
    }

    void retriedPushResendsTheSameBody()
    {
        m_transport->enqueue(tokenReply(kToken1));
        m_transport->enqueue(networkError());
        m_transport->enqueue(jsonReply(
            200, QJsonObject{{QStringLiteral("results"),
                              QJsonArray{QJsonObject{{QStringLiteral("idempotency_key"), QStringLiteral("k1")},
                                                     {QStringLiteral("status"), QStringLiteral("applied")},
                                                     {QStringLiteral("version"), 1}}}}}));
        std::vector<sync::Mutation> mutations{sync::Mutation{QStringLiteral("k1"),
                                                             QStringLiteral("clinical_note"),
                                                             QStringLiteral("n1"),
                                                             0,
                                                             QStringLiteral("create"),
                                                             {}}};
        auto results = m_client->push(mutations);
        QVERIFY(results.ok());
        QCOMPARE(results->front().version, 1);
        const auto pushes = m_transport->requestsTo(QStringLiteral("/v1/push"));
        QCOMPARE(pushes.size(), size_t(2));
        QCOMPARE(pushes[0].body, pushes[1].body);
    }

    void throttledSignInHonoursRetryAfter()
    {
        m_transport->enqueue(jsonReply(429,
                                       QJsonObject{{QStringLiteral("error"), QStringLiteral("slow_down")},
                                                   {QStringLiteral("message"), QStringLiteral("Too many.")}},
                                       {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")}}));
        m_transport->enqueue(jsonReply(429,
                                       QJsonObject{{QStringLiteral("error"), QStringLiteral("slow_down")},
                                                   {QStringLiteral("message"), QStringLiteral("Too many.")}},
                                       {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("900")}}));
        m_transport->enqueue(tokenReply(kToken1));
        QVERIFY(m_client->signIn().ok());
        QCOMPARE(m_sleeps.size(), size_t(2));
        QCOMPARE(m_sleeps[0], std::chrono::milliseconds(1000));
        QCOMPARE(m_sleeps[1], fastRetry().maxDelay); // 900 s bounded
    }

    void unknownCursorIsNotFound()
    {
        m_transport->enqueue(tokenReply(kToken1));
        m_transport->enqueue(errorReply(410, QStringLiteral("unknown_cursor"), QStringLiteral("Resync.")));
        auto page = m_client->changes(77, 10);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, ErrorCode::NotFound);
        QCOMPARE(page.error().detail, QStringLiteral("unknown_cursor"));
        QVERIFY(m_sleeps.empty());
    }

    void malformedReplyIsAServerError()
    {
        m_transport->enqueue(tokenReply(kToken1));
        m_transport->enqueue(HttpResponse{200, {}, QByteArray("{\"changes\":[")});
        auto page = m_client->changes(0, 10);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, ErrorCode::Server);
        QCOMPARE(page.error().message, QStringLiteral("The server sent a reply this version cannot read."));
    }

    void malformedTokenIsAServerError()
    {
        m_transport->enqueue(HttpResponse{200, {}, QByteArray("{\"access_token\":7}")});
        const Status s = m_client->signIn();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Server);
    }

    void brokenAuditChainGivesTheServersHead()
    {
        m_transport->enqueue(tokenReply(kToken1));
        const QString head(64, QLatin1Char('a'));
        m_transport->enqueue(
            jsonReply(409, QJsonObject{{QStringLiteral("error"), QStringLiteral("chain_broken")},
                                       {QStringLiteral("message"), QStringLiteral("Broken.")},
                                       {QStringLiteral("checkpoint"),
                                        QJsonObject{{QStringLiteral("seq"), 7}, {QStringLiteral("hash"), head}}}}));
        auto ack = m_client->pushAudit(QStringLiteral("replica-1"), QJsonArray{});
        QVERIFY(ack.ok());
        QVERIFY(ack->chainBroken);
        QCOMPARE(ack->checkpointSeq, qint64(7));
        QCOMPARE(ack->checkpointHash, head);
        // Without the server's head the answer cannot be acted on.
        m_transport->enqueue(errorReply(409, QStringLiteral("chain_broken"), QStringLiteral("Broken.")));
        auto bare = m_client->pushAudit(QStringLiteral("replica-1"), QJsonArray{});
        QVERIFY(!bare.ok());
        QCOMPARE(bare.error().code, ErrorCode::Server);
        const auto audit = m_transport->requestsTo(QStringLiteral("/v1/audit"));
        QCOMPARE(audit.size(), size_t(2));
        QCOMPARE(QJsonDocument::fromJson(audit[0].body).object().value(QLatin1String("device_id")).toString(),
                 QStringLiteral("replica-1"));
    }

    void cancelInterruptsABackoffWait()
    {
        RetryPolicy slow;
        slow.maxAttempts = 5;
        slow.initialDelay = std::chrono::milliseconds(20000);
        slow.maxDelay = std::chrono::milliseconds(20000);
        m_client = std::make_unique<SyncClient>(*m_transport, credentials(), slow); // real waits
        m_transport->enqueue(tokenReply(kToken1));
        m_transport->setHandler([](const HttpRequest &) -> Result<HttpResponse> { return networkError(); });
        QElapsedTimer timer;
        timer.start();
        std::thread canceller([this] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            m_client->cancel();
        });
        auto page = m_client->changes(0, 10);
        canceller.join();
        QVERIFY(!page.ok());
        QCOMPARE(page.error().detail, QStringLiteral("cancelled"));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(m_client->isCancelled());
        QCOMPARE(m_transport->cancels(), 1);
        // Cancelled stays cancelled: no further request goes out.
        const size_t before = m_transport->requests().size();
        QVERIFY(!m_client->changes(0, 10).ok());
        QCOMPARE(m_transport->requests().size(), before);
    }

    void countsReplyBytes()
    {
        const HttpResponse token = tokenReply(kToken1);
        const HttpResponse page = pageReply();
        m_transport->enqueue(token);
        m_transport->enqueue(page);
        QVERIFY(m_client->changes(0, 10).ok());
        QCOMPARE(m_client->bytesReceived(), qint64(token.body.size() + page.body.size()));
    }

    void retryDelays_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("first attempt waits nothing") << 1 << 1.0 << qint64(0);
        QTest::newRow("second, top of range") << 2 << 1.0 << qint64(500);
        QTest::newRow("third, top of range") << 3 << 1.0 << qint64(1000);
        QTest::newRow("third, middle") << 3 << 0.5 << qint64(500);
        QTest::newRow("bottom of range") << 4 << 0.0 << qint64(0);
        QTest::newRow("capped") << 12 << 1.0 << qint64(30000);
        QTest::newRow("huge attempt capped") << 1000 << 1.0 << qint64(30000);
    }
    void retryDelays()
    {
        QFETCH(int, attempt);
        QFETCH(double, random);
        QFETCH(qint64, expected);
        const RetryPolicy policy; // 500 ms doubling to 30 s
        QCOMPARE(qint64(policy.delayBefore(attempt, [random] { return random; }).count()), expected);
    }

    void defaultJitterStaysInRange()
    {
        const RetryPolicy policy;
        for (int i = 0; i < 200; ++i) {
            const auto d = policy.delayBefore(3);
            QVERIFY(d >= std::chrono::milliseconds(0) && d <= std::chrono::milliseconds(1000));
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncClient)
#include "test_syncclient.moc"
