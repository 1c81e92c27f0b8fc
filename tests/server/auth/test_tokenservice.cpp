// TokenService without a database: the request checks of the token, revoke and bearer paths answer before any
// database access, and a well-formed request reaches for the database (here unreachable: 503 `unavailable`).
#include "server/db/ConnectionPool.h"
#include "server/service/TokenService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace novamind::server;

namespace {

QByteArray header(const Reply &reply, const QByteArray &name)
{
    for (const auto &[key, value] : reply.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString errorCode(const Reply &reply)
{
    return QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("error")).toString();
}

const QByteArray kWellFormedToken(43, 'A');

} // namespace

class TestTokenService : public QObject
{
    Q_OBJECT

    // Nothing listens on port 1, so every database access fails fast with a network error.
    ConnectionPool m_pool{QStringLiteral("postgresql://novamind_app@127.0.0.1:1/novamind?connect_timeout=2"), 1};
    ServiceConfig m_config;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tokenRequestChecks_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        const QString invalid = QStringLiteral("invalid_request");
        QTest::newRow("empty") << QByteArray() << 400 << invalid;
        QTest::newRow("json") << QByteArray(R"({"grant_type":"password","username":"ada","password":"x"})") << 400
                              << invalid;
        QTest::newRow("no grant_type") << QByteArray("username=ada&password=x") << 400 << invalid;
        QTest::newRow("empty grant_type") << QByteArray("grant_type=&username=ada&password=x") << 400 << invalid;
        QTest::newRow("other grant") << QByteArray("grant_type=client_credentials&username=ada&password=x") << 400
                                     << QStringLiteral("unsupported_grant_type");
        QTest::newRow("grant case") << QByteArray("grant_type=Password&username=ada&password=x") << 400
                                    << QStringLiteral("unsupported_grant_type");
        QTest::newRow("no username") << QByteArray("grant_type=password&password=x") << 400 << invalid;
        QTest::newRow("no password") << QByteArray("grant_type=password&username=ada") << 400 << invalid;
        QTest::newRow("empty password") << QByteArray("grant_type=password&username=ada&password=") << 400 << invalid;
        QTest::newRow("repeated password")
            << QByteArray("grant_type=password&username=ada&password=x&password=y") << 400 << invalid;
        QTest::newRow("repeated, encoded name")
            << QByteArray("grant_type=password&username=ada&password=x&pass%77ord=y") << 400 << invalid;
        QTest::newRow("repeated grant_type")
            << QByteArray("grant_type=password&grant_type=password&username=ada&password=x") << 400 << invalid;
        QTest::newRow("broken escape") << QByteArray("grant_type=password&username=ada&password=%G1") << 400 << invalid;
        QTest::newRow("cut escape") << QByteArray("grant_type=password&username=ada&password=%4") << 400 << invalid;
        QTest::newRow("invalid UTF-8") << QByteArray("grant_type=password&username=ada&password=%FF") << 400 << invalid;
        QTest::newRow("control character")
            << QByteArray("grant_type=password&username=ada&password=x\n") << 400 << invalid;
        QTest::newRow("NUL in username") << QByteArray("grant_type=password&username=ada%00&password=x") << 400
                                         << invalid;
        QTest::newRow("username too long")
            << QByteArray("grant_type=password&username=" + QByteArray(129, 'a') + "&password=x") << 400 << invalid;
        // Well-formed: these get as far as the database.
        const QString unavailable = QStringLiteral("unavailable");
        QTest::newRow("well-formed") << QByteArray("grant_type=password&username=ada&password=x") << 503 << unavailable;
        QTest::newRow("plus, escapes, UTF-8")
            << QByteArray("username=ada&grant_type=password&password=a+b%2B%26%3D%C3%A9") << 503 << unavailable;
        QTest::newRow("extra parameters ignored")
            << QByteArray("grant_type=password&username=ada&password=x&scope=sync&&") << 503 << unavailable;
        QTest::newRow("username of 128") << QByteArray("grant_type=password&username=" + QByteArray(128, 'a') +
                                                       "&password=x")
                                         << 503 << unavailable;
    }

    void tokenRequestChecks()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, error);
        const Reply reply = TokenService::token(m_pool, m_config, body, QHostAddress(QStringLiteral("192.0.2.7")));
        QCOMPARE(reply.status, status);
        QCOMPARE(errorCode(reply), error);
        // RFC 6749 §5.1: no cache may keep an answer of the token endpoint.
        QCOMPARE(header(reply, "Cache-Control"), QByteArray("no-store"));
        QCOMPARE(header(reply, "Pragma"), QByteArray("no-cache"));
    }

    void revokeRequestChecks_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("no token") << QByteArray("token_type_hint=access_token") << 400
                                  << QStringLiteral("invalid_request");
        QTest::newRow("empty token") << QByteArray("token=") << 400 << QStringLiteral("invalid_request");
        QTest::newRow("repeated token") << QByteArray("token=a&token=b") << 400 << QStringLiteral("invalid_request");
        QTest::newRow("not form-encoded") << QByteArray("token=%zz") << 400 << QStringLiteral("invalid_request");
        // RFC 7009 §2.2: a token we could never have issued is answered 200 without a lookup.
        QTest::newRow("never issued") << QByteArray("token=abc") << 200 << QString();
        QTest::newRow("could be ours") << QByteArray("token=" + kWellFormedToken) << 503
                                       << QStringLiteral("unavailable");
    }

    void revokeRequestChecks()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, error);
        const Reply reply = TokenService::revoke(m_pool, m_config, body);
        QCOMPARE(reply.status, status);
        QCOMPARE(errorCode(reply), error);
        if (status == 200)
            QCOMPARE(reply.body, QByteArray("{}"));
        QCOMPARE(header(reply, "Cache-Control"), QByteArray("no-store"));
    }

    void bearerChecks_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("challenge");
        const QByteArray bare(R"(Bearer realm="novamind")");
        const QByteArray invalid(R"(Bearer realm="novamind", error="invalid_token")");
        QTest::newRow("missing") << QByteArray() << 401 << bare;
        QTest::newRow("blank") << QByteArray("   ") << 401 << bare;
        QTest::newRow("basic") << QByteArray("Basic YWRhOng=") << 401 << bare;
        QTest::newRow("scheme glued to token") << QByteArray("Bearer" + kWellFormedToken) << 401 << bare;
        QTest::newRow("no token") << QByteArray("Bearer") << 401 << invalid;
        QTest::newRow("short token") << QByteArray("Bearer abc") << 401 << invalid;
        QTest::newRow("long token") << QByteArray("Bearer " + kWellFormedToken + 'A') << 401 << invalid;
        QTest::newRow("base64 padding") << QByteArray("Bearer " + kWellFormedToken.left(42) + '=') << 401 << invalid;
        QTest::newRow("not base64url") << QByteArray("Bearer " + kWellFormedToken.left(42) + '+') << 401 << invalid;
        QTest::newRow("two tokens") << QByteArray("Bearer " + kWellFormedToken + ' ' + kWellFormedToken) << 401
                                    << invalid;
        // Well-formed: looked up (scheme names are case-insensitive, RFC 7235 §2.1).
        QTest::newRow("well-formed") << QByteArray("Bearer " + kWellFormedToken) << 503 << QByteArray();
        QTest::newRow("lower-case scheme") << QByteArray("bearer " + kWellFormedToken) << 503 << QByteArray();
        QTest::newRow("extra spaces") << QByteArray(" BEARER   " + kWellFormedToken + "  ") << 503 << QByteArray();
    }

    void bearerChecks()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        QFETCH(QByteArray, challenge);
        const auto result = TokenService::authenticate(m_pool, authorization);
        QVERIFY(std::holds_alternative<Reply>(result));
        const Reply &reply = std::get<Reply>(result);
        QCOMPARE(reply.status, status);
        QCOMPARE(header(reply, "WWW-Authenticate"), challenge);
        QCOMPARE(errorCode(reply), status == 401 ? QStringLiteral("invalid_token") : QStringLiteral("unavailable"));
    }
};

QTEST_GUILESS_MAIN(TestTokenService)
#include "test_tokenservice.moc"
