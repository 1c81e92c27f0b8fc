// CppRestTransport: round trips, every network fault as one clean error within its deadline, size caps, cancel, and
// TLS refusals that happen before a single byte of the request reaches the server.
#include "FakeHttpServer.h"
#include "FaultProxy.h"
#include "LegacyTlsServer.h"
#include "TestCertificates.h"
#include "sync/CppRestTransport.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <thread>

using namespace novamind;
using namespace novamind::testkit;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(novamind::testkit::FaultProxy::Fault)

namespace {

const QByteArray kSecretToken = "Bearer SECRET-TOKEN-4711";
const QByteArray kBodyMarker = "BODY-MARKER-7f3a";

struct Timed
{
    Result<HttpResponse> result;
    qint64 elapsedMs;
};

Timed sendTimed(Transport &transport, const HttpRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    Result<HttpResponse> result = transport.send(request);
    return {std::move(result), timer.elapsed()};
}

HttpRequest postWithMarker(std::chrono::milliseconds deadline = 5s)
{
    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/push");
    request.headers = {{"Authorization", kSecretToken}, {"Content-Type", "application/json"}};
    request.body = "{\"mutations\":[\"" + kBodyMarker + "\"]}";
    request.deadline = deadline;
    return request;
}

std::unique_ptr<CppRestTransport> transportFor(const QString &baseUrl, const QString &caFile = {},
                                               const QByteArray &pin = {}, qint64 cap = 1024 * 1024)
{
    TransportOptions options;
    options.baseUrl = baseUrl;
    options.caFile = caFile;
    options.pinSha256 = pin;
    options.maxResponseBytes = cap;
    auto created = CppRestTransport::create(options);
    if (!created.ok()) {
        qWarning("create failed: %s", qPrintable(created.error().message));
        return nullptr;
    }
    return std::move(created.value());
}

// A user-facing error: Network, one sentence naming `expected`, and no credential in message or detail.
bool isCleanNetworkError(const Result<HttpResponse> &result, const QString &expected)
{
    if (result.ok()) {
        qWarning("expected an error, got HTTP %d", result.value().status);
        return false;
    }
    const Error &error = result.error();
    const bool leaks =
        error.message.contains(QLatin1String("SECRET")) || error.detail.contains(QLatin1String("SECRET"));
    if (error.code != ErrorCode::Network || leaks || !error.message.contains(expected, Qt::CaseInsensitive)) {
        qWarning("unexpected error: code %s, message \"%s\", detail \"%s\"", qPrintable(errorCodeName(error.code)),
                 qPrintable(error.message), qPrintable(error.detail));
        return false;
    }
    return true;
}

FakeHttpServer::Reply echo(const FakeHttpServer::Request &request)
{
    FakeHttpServer::Reply reply = FakeHttpServer::Reply::json(200, request.method + ' ' + request.target + '\n' +
                                                                       request.header("X-Probe") + '\n' + request.body);
    reply.headers.append(qMakePair(QByteArray("X-Reply"), QByteArray("yes")));
    return reply;
}

} // namespace

class TestCppRestTransport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCertificates> m_certs;

    // A TLS server with `leaf`, a POST with the marker, and proof the server saw a connection but not one request
    // byte. Returns the transport's result.
    Result<HttpResponse> tlsAttempt(const TestCertificates::Leaf &leaf, const QString &caFile, const QByteArray &pin,
                                    bool expectRefusal)
    {
        FakeHttpServer server(echo);
        if (!server.start(FakeHttpServer::Tls{leaf.certFile, leaf.keyFile}))
            return Error(ErrorCode::Internal, QStringLiteral("server did not start"));
        auto transport = transportFor(server.baseUrl(), caFile, pin);
        if (!transport)
            return Error(ErrorCode::Internal, QStringLiteral("transport not created"));
        Result<HttpResponse> result = transport->send(postWithMarker());
        if (expectRefusal) {
            // The client did reach the server (so the refusal is the handshake's), yet nothing of the request did.
            QTest::qWait(50);
            if (server.connections() < 1 || server.requestsHandled() != 0 || server.received().contains(kBodyMarker) ||
                server.received().contains("SECRET")) {
                qWarning("connections %d, requests %d, bytes %lld", server.connections(), server.requestsHandled(),
                         qlonglong(server.received().size()));
                return Error(ErrorCode::Internal, QStringLiteral("request bytes reached the server"));
            }
            for (const qint64 bytes : server.bytesPerConnection())
                if (bytes != 0)
                    return Error(ErrorCode::Internal, QStringLiteral("a connection delivered request bytes"));
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_certs = TestCertificates::create(&error);
        QVERIFY2(m_certs != nullptr, qPrintable(error));
    }

    void getAndPostRoundTrip()
    {
        FakeHttpServer::Request last; // written in the server's thread, read after send() has returned
        FakeHttpServer server([&last](const FakeHttpServer::Request &request) {
            last = request;
            return echo(request);
        });
        QVERIFY(server.start());
        auto transport = transportFor(server.baseUrl());
        QVERIFY(transport);

        HttpRequest get;
        get.path = QStringLiteral("/v1/changes?since=42&limit=10");
        get.headers = {{"X-Probe", "probe-value"}};
        const auto got = transport->send(get);
        QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : got.error().detail));
        QCOMPARE(got->status, 200);
        QCOMPARE(got->body, QByteArray("GET /v1/changes?since=42&limit=10\nprobe-value\n"));
        QCOMPARE(got->header("x-reply"), QByteArray("yes"));
        QCOMPARE(got->header("Content-Type"), QByteArray("application/json"));

        const auto posted = transport->send(postWithMarker());
        QVERIFY(posted.ok());
        QCOMPARE(posted->status, 200);
        QCOMPARE(posted->body, "POST /v1/push\n\n{\"mutations\":[\"" + kBodyMarker + "\"]}");
        QCOMPARE(last.header("Authorization"), kSecretToken);
        QCOMPARE(last.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(last.header("Content-Length"), QByteArray::number(posted->body.size() - 15));
        QCOMPARE(server.requestsHandled(), 2);
    }

    void httpErrorStatusesAreReplies_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("400") << 400;
        QTest::newRow("401") << 401;
        QTest::newRow("404") << 404;
        QTest::newRow("500") << 500;
        QTest::newRow("503") << 503;
    }

    void httpErrorStatusesAreReplies()
    {
        QFETCH(int, status);
        FakeHttpServer server([status](const FakeHttpServer::Request &) {
            auto reply = FakeHttpServer::Reply::json(status, R"({"error":"e","message":"m"})");
            reply.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
            return reply;
        });
        QVERIFY(server.start());
        auto transport = transportFor(server.baseUrl());
        QVERIFY(transport);
        const auto result = transport->send(postWithMarker());
        QVERIFY(result.ok());
        QCOMPARE(result->status, status);
        QCOMPARE(result->body, QByteArray(R"({"error":"e","message":"m"})"));
        QCOMPARE(result->header("WWW-Authenticate"), QByteArray("Bearer"));
    }

    void everyProxyFaultIsACleanError_data()
    {
        QTest::addColumn<FaultProxy::Fault>("fault");
        QTest::addColumn<QString>("expected");
        using F = FaultProxy::Fault;
        QTest::newRow("drop-before-forward") << F::DropBeforeForward << QStringLiteral("closed the connection");
        QTest::newRow("drop-after-forward") << F::DropAfterForward << QStringLiteral("closed the connection");
        QTest::newRow("truncate-body") << F::TruncateBody << QStringLiteral("cut off");
        QTest::newRow("stall-after-headers") << F::StallAfterHeaders << QStringLiteral("in time");
        QTest::newRow("delay-past-deadline") << F::Delay << QStringLiteral("in time");
        QTest::newRow("garbage") << F::Garbage << QStringLiteral("not valid HTTP");
        QTest::newRow("oversized-content-length") << F::OversizedContentLength << QStringLiteral("larger than");
        QTest::newRow("endless-chunked") << F::EndlessChunked << QStringLiteral("larger than");
    }

    void everyProxyFaultIsACleanError()
    {
        QFETCH(FaultProxy::Fault, fault);
        QFETCH(QString, expected);
        int upstreamRequests = 0;
        FakeHttpServer upstream([&upstreamRequests](const FakeHttpServer::Request &) {
            ++upstreamRequests;
            return FakeHttpServer::Reply::json(200, QByteArray(20000, 'x'));
        });
        QVERIFY(upstream.start());
        FaultProxy proxy(QStringLiteral("127.0.0.1"), upstream.port());
        QVERIFY(proxy.start());
        proxy.setDelay(3s);
        proxy.setFault(fault);
        auto transport = transportFor(proxy.baseUrl());
        QVERIFY(transport);

        const std::chrono::milliseconds deadline = 1500ms;
        const Timed timed = sendTimed(*transport, postWithMarker(deadline));
        QVERIFY(isCleanNetworkError(timed.result, expected));
        QVERIFY2(timed.elapsedMs < deadline.count() + 500, qPrintable(QString::number(timed.elapsedMs)));
        QCOMPARE(proxy.count(fault), 1);
        // Faults that answer in the proxy's name must not have reached the server; the drop after forwarding must.
        if (fault == FaultProxy::Fault::DropAfterForward)
            QCOMPARE(upstream.requestsHandled(), 1);
        if (fault == FaultProxy::Fault::DropBeforeForward || fault == FaultProxy::Fault::Garbage)
            QCOMPARE(upstream.requestsHandled(), 0);

        // The same transport still works once the network behaves.
        proxy.setFault(FaultProxy::Fault::None);
        const auto healthy = transport->send(postWithMarker());
        QVERIFY(healthy.ok());
        QCOMPARE(healthy->body.size(), 20000);
    }

    void proxyRelaysFaithfullyAndDelaysWithinDeadline()
    {
        FakeHttpServer upstream(echo);
        QVERIFY(upstream.start());
        FaultProxy proxy(QStringLiteral("127.0.0.1"), upstream.port());
        QVERIFY(proxy.start());
        proxy.setDelay(300ms);
        proxy.queueFaults({FaultProxy::Fault::Delay});
        auto transport = transportFor(proxy.baseUrl());
        QVERIFY(transport);
        const Timed delayed = sendTimed(*transport, postWithMarker(3s));
        QVERIFY(delayed.result.ok());
        QVERIFY(delayed.elapsedMs >= 300);
        QVERIFY(delayed.result->body.contains(kBodyMarker));
        const auto plain = transport->send(postWithMarker());
        QVERIFY(plain.ok());
        QCOMPARE(proxy.count(FaultProxy::Fault::Delay), 1);
        QCOMPARE(proxy.count(FaultProxy::Fault::None), 1);
        QCOMPARE(upstream.requestsHandled(), 2);
    }

    void randomFaultsReplayFromTheSeed()
    {
        FakeHttpServer upstream(echo);
        QVERIFY(upstream.start());
        const auto run = [&](quint32 seed) {
            FaultProxy proxy(QStringLiteral("127.0.0.1"), upstream.port());
            if (!proxy.start())
                return QList<bool>();
            proxy.setRandomFaults(seed, 0.5, {FaultProxy::Fault::DropBeforeForward, FaultProxy::Fault::Garbage});
            auto transport = transportFor(proxy.baseUrl());
            QList<bool> outcomes;
            for (int i = 0; i < 12; ++i)
                outcomes.append(transport->send(postWithMarker(2s)).ok());
            return outcomes;
        };
        const QList<bool> first = run(7);
        QCOMPARE(first.size(), 12);
        QVERIFY(first.contains(true));
        QVERIFY(first.contains(false));
        QCOMPARE(run(7), first);
    }

    void deadlineHoldsForAStalledServer()
    {
        FakeHttpServer server([](const FakeHttpServer::Request &) {
            FakeHttpServer::Reply reply;
            reply.stall = true;
            return reply;
        });
        QVERIFY(server.start());
        auto transport = transportFor(server.baseUrl());
        QVERIFY(transport);
        const Timed timed = sendTimed(*transport, postWithMarker(1000ms));
        QVERIFY(isCleanNetworkError(timed.result, QStringLiteral("in time")));
        QVERIFY2(timed.elapsedMs >= 950 && timed.elapsedMs < 1500, qPrintable(QString::number(timed.elapsedMs)));
    }

    void cancelFromAnotherThreadReturnsPromptly()
    {
        FakeHttpServer server([](const FakeHttpServer::Request &) {
            FakeHttpServer::Reply reply;
            reply.stall = true;
            return reply;
        });
        QVERIFY(server.start());
        auto transport = transportFor(server.baseUrl());
        QVERIFY(transport);
        QElapsedTimer sinceCancel;
        std::thread canceller([&] {
            std::this_thread::sleep_for(300ms);
            sinceCancel.start();
            transport->cancel();
        });
        const Timed timed = sendTimed(*transport, postWithMarker(30s));
        const qint64 afterCancel = sinceCancel.elapsed();
        canceller.join();
        QVERIFY(isCleanNetworkError(timed.result, QStringLiteral("cancelled")));
        QVERIFY2(afterCancel < 2000, qPrintable(QString::number(afterCancel)));
        QVERIFY(timed.elapsedMs < 2500);

        // Cancelling only ends the exchange in progress: the next one goes through.
        FakeHttpServer healthy(echo);
        QVERIFY(healthy.start());
        auto second = transportFor(healthy.baseUrl());
        second->cancel();
        QVERIFY(second->send(postWithMarker()).ok());
    }

    void oversizedRepliesAreRefused_data()
    {
        QTest::addColumn<int>("framing");
        QTest::addColumn<int>("bodySize");
        QTest::addColumn<bool>("accepted");
        using Framing = FakeHttpServer::Reply::Framing;
        QTest::newRow("content-length over") << int(Framing::ContentLength) << 3 * 1024 * 1024 << false;
        QTest::newRow("chunked over") << int(Framing::Chunked) << 3 * 1024 * 1024 << false;
        QTest::newRow("close-delimited over") << int(Framing::CloseDelimited) << 3 * 1024 * 1024 << false;
        QTest::newRow("content-length at cap") << int(Framing::ContentLength) << 1024 * 1024 << true;
        QTest::newRow("chunked at cap") << int(Framing::Chunked) << 1024 * 1024 << true;
        QTest::newRow("close-delimited at cap") << int(Framing::CloseDelimited) << 1024 * 1024 << true;
    }

    void oversizedRepliesAreRefused()
    {
        QFETCH(int, framing);
        QFETCH(int, bodySize);
        QFETCH(bool, accepted);
        FakeHttpServer server([&](const FakeHttpServer::Request &) {
            auto reply = FakeHttpServer::Reply::json(200, QByteArray(bodySize, 'y'));
            reply.framing = FakeHttpServer::Reply::Framing(framing);
            return reply;
        });
        QVERIFY(server.start());
        auto transport = transportFor(server.baseUrl(), {}, {}, 1024 * 1024);
        QVERIFY(transport);
        const auto result = transport->send(postWithMarker());
        if (accepted) {
            QVERIFY(result.ok());
            QCOMPARE(result->body.size(), bodySize);
        } else {
            QVERIFY(isCleanNetworkError(result, QStringLiteral("larger than")));
        }
    }

    void refusedConnectionIsNamed()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        auto transport = transportFor(QStringLiteral("http://127.0.0.1:%1").arg(port));
        QVERIFY(transport);
        const Timed timed = sendTimed(*transport, postWithMarker(3s));
        QVERIFY(isCleanNetworkError(timed.result, QStringLiteral("refused")));
        QVERIFY(timed.elapsedMs < 3000);
    }

    void tlsTrustedThroughCaFile()
    {
        const auto result = tlsAttempt(m_certs->valid(), m_certs->caFile(), {}, false);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message + result.error().detail));
        QCOMPARE(result->status, 200);
        QVERIFY(result->body.contains(kBodyMarker));
    }

    void tlsCorrectPinWorks()
    {
        const auto result = tlsAttempt(m_certs->valid(), m_certs->caFile(), m_certs->valid().spkiSha256, false);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message + result.error().detail));
        QCOMPARE(m_certs->valid().spkiSha256, TestCertificates::spkiSha256(m_certs->valid().certFile));
        QCOMPARE(m_certs->valid().spkiSha256.size(), 32);
    }

    void tlsRefusalsSendNothing_data()
    {
        QTest::addColumn<QString>("leaf");
        QTest::addColumn<bool>("withCa");
        QTest::addColumn<QString>("pinOf");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown CA") << QStringLiteral("valid") << false << QString()
                                    << QStringLiteral("not issued by a trusted authority");
        QTest::newRow("self-signed") << QStringLiteral("self-signed") << true << QString()
                                     << QStringLiteral("self-signed");
        QTest::newRow("expired") << QStringLiteral("expired") << true << QString() << QStringLiteral("expired");
        QTest::newRow("wrong host") << QStringLiteral("wrong-host") << true << QString()
                                    << QStringLiteral("different host");
        QTest::newRow("pin mismatch") << QStringLiteral("valid") << true << QStringLiteral("self-signed")
                                      << QStringLiteral("pinned key");
        QTest::newRow("pin does not excuse an expired certificate")
            << QStringLiteral("expired") << true << QStringLiteral("expired") << QStringLiteral("expired");
    }

    void tlsRefusalsSendNothing()
    {
        QFETCH(QString, leaf);
        QFETCH(bool, withCa);
        QFETCH(QString, pinOf);
        QFETCH(QString, expected);
        const auto pick = [&](const QString &name) -> const TestCertificates::Leaf & {
            if (name == QLatin1String("self-signed"))
                return m_certs->selfSigned();
            if (name == QLatin1String("expired"))
                return m_certs->expired();
            if (name == QLatin1String("wrong-host"))
                return m_certs->wrongHost();
            return m_certs->valid();
        };
        const QByteArray pin = pinOf.isEmpty() ? QByteArray() : pick(pinOf).spkiSha256;
        const auto result = tlsAttempt(pick(leaf), withCa ? m_certs->caFile() : QString(), pin, true);
        QVERIFY(isCleanNetworkError(result, expected));
    }

    void tls11OnlyServerIsRefused()
    {
        LegacyTlsServer server;
        QString error;
        if (!server.start(m_certs->valid().certFile, m_certs->valid().keyFile, &error))
            QSKIP(qPrintable(QStringLiteral("OpenSSL cannot offer TLS 1.1 here: ") + error));
        if (!server.permissiveClientConnects())
            QSKIP("OpenSSL 3 here cannot complete a TLS 1.1 handshake even at security level 0");
        // The server counts the control handshake once its side of it returns, a moment after the client's.
        QTRY_COMPARE_WITH_TIMEOUT(server.handshakesCompleted(), 1, 2000);
        QTRY_VERIFY_WITH_TIMEOUT(server.received().contains("PING"), 2000);
        auto transport = transportFor(QStringLiteral("https://127.0.0.1:%1").arg(server.port()), m_certs->caFile());
        QVERIFY(transport);
        const auto result = transport->send(postWithMarker());
        QVERIFY(isCleanNetworkError(result, QStringLiteral("TLS 1.2")));
        QCOMPARE(server.handshakesCompleted(), 1);
        QVERIFY(!server.received().contains(kBodyMarker));
    }

    void parsePin_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        const QByteArray digest =
            QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        const QString base64 = QString::fromLatin1(digest.toBase64());
        QTest::newRow("curl form") << QStringLiteral("sha256//") + base64 << true;
        QTest::newRow("plain base64") << base64 << true;
        QTest::newRow("base64 with spaces around") << QStringLiteral("  ") + base64 + QStringLiteral("\n") << true;
        QTest::newRow("hex lower") << QString::fromLatin1(digest.toHex()) << true;
        QTest::newRow("hex upper") << QString::fromLatin1(digest.toHex().toUpper()) << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("curl form empty") << QStringLiteral("sha256//") << false;
        QTest::newRow("curl form with hex")
            << QStringLiteral("sha256//") + QString::fromLatin1(digest.toHex()) << false;
        QTest::newRow("63 hex digits") << QString::fromLatin1(digest.toHex().left(63)) << false;
        QTest::newRow("31 bytes base64") << QString::fromLatin1(digest.left(31).toBase64()) << false;
        QTest::newRow("33 bytes base64") << QString::fromLatin1(QByteArray(digest + 'x').toBase64()) << false;
        QTest::newRow("not base64") << QStringLiteral("sha256//not*base64*at*all*!!!!!!!!!!!!!!!!!!!!!!") << false;
        QTest::newRow("sha1 form") << QStringLiteral("sha1//") + base64 << false;
    }

    void parsePin()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        const auto parsed = parsePinSha256(text);
        QCOMPARE(parsed.ok(), accepted);
        if (accepted)
            QCOMPARE(parsed.value(),
                     QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"));
        else
            QCOMPARE(parsed.error().code, ErrorCode::Usage);
    }

    void createRefusesBadOptions_data()
    {
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QByteArray>("pin");
        QTest::addColumn<QString>("caFile");
        const QByteArray pin(32, '\x01');
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1:21") << QByteArray() << QString();
        QTest::newRow("no host") << QStringLiteral("https://") << QByteArray() << QString();
        QTest::newRow("a path") << QStringLiteral("https://example.org/api") << QByteArray() << QString();
        QTest::newRow("credentials") << QStringLiteral("https://user:pw@example.org") << QByteArray() << QString();
        QTest::newRow("not a url") << QStringLiteral("::::") << QByteArray() << QString();
        QTest::newRow("short pin") << QStringLiteral("https://example.org") << QByteArray(31, 'x') << QString();
        QTest::newRow("missing CA file") << QStringLiteral("https://example.org") << pin
                                         << QStringLiteral("/nonexistent/ca.pem");
    }

    void createRefusesBadOptions()
    {
        QFETCH(QString, baseUrl);
        QFETCH(QByteArray, pin);
        QFETCH(QString, caFile);
        TransportOptions options;
        options.baseUrl = baseUrl;
        options.pinSha256 = pin;
        options.caFile = caFile;
        const auto created = CppRestTransport::create(options);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, ErrorCode::Usage);
        QVERIFY(!created.error().message.isEmpty());
    }

    void malformedRequestsAreRefusedBeforeSending()
    {
        FakeHttpServer server(echo);
        QVERIFY(server.start());
        auto transport = transportFor(server.baseUrl());
        QVERIFY(transport);
        HttpRequest injected = postWithMarker();
        injected.headers.append(qMakePair(QByteArray("X-Evil"), QByteArray("a\r\nX-Injected: 1")));
        QCOMPARE(transport->send(injected).error().code, ErrorCode::Usage);
        HttpRequest host = postWithMarker();
        host.headers.append(qMakePair(QByteArray("Host"), QByteArray("elsewhere.example")));
        QCOMPARE(transport->send(host).error().code, ErrorCode::Usage);
        HttpRequest relative = postWithMarker();
        relative.path = QStringLiteral("v1/push");
        QCOMPARE(transport->send(relative).error().code, ErrorCode::Usage);
        QCOMPARE(server.connections(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCppRestTransport)
#include "test_cpprest_transport.moc"
