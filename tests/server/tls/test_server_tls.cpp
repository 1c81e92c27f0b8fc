// novamind-syncd over https (`scripts/run-server start --tls`): it works for a client that trusts the throwaway CA,
// and fails closed for one that does not and for plain http.
#include "HttpClient.h"
#include "ServerFixture.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace novamind;
using namespace novamind::test;

class TestServerTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        NM_VERIFY_OK(m_fixture.init(QStringLiteral("tls")));
        QVERIFY2(m_fixture.env().serverUrl.startsWith("https://"), m_fixture.env().serverUrl.constData());
        QVERIFY(!m_fixture.env().caFile.isEmpty());
    }

    // Sign-in and a changes page over https, trusting the CA scripts/run-server made.
    void signedInSyncOverHttps()
    {
        auto user = m_fixture.addUser(QStringLiteral("dr"), QStringLiteral("psychiatrist"),
                                      m_fixture.uniqueName(QStringLiteral("org")));
        NM_VERIFY_OK(user);
        NM_VERIFY_OK(m_fixture.seedPatients(user.value(), 1, 3));
        auto token = m_fixture.signIn(user.value());
        NM_VERIFY_OK(token);
        const HttpResponse page = m_fixture.http().get("/v1/changes?limit=50", token.value());
        QCOMPARE(page.status, 200);
        QVERIFY(page.json().value(QLatin1String("changes")).toArray().size() > 3);
    }

    // A client that trusts only the system's CAs must not get an answer from the throwaway certificate.
    void untrustedCertificateFailsClosed()
    {
        HttpClient systemTrust(m_fixture.env().serverUrl, QString(), 10000);
        const HttpResponse r = systemTrust.get("/v1/health");
        QCOMPARE(r.status, 0);
        QVERIFY2(!r.transportError.isEmpty(), qPrintable(r.describe()));
    }

    // Plain http to the https port gets no HTTP answer (and certainly no data).
    void plainHttpIsNotServed()
    {
        QByteArray url = m_fixture.env().serverUrl;
        url.replace("https://", "http://");
        HttpClient plain(url, QString(), 10000);
        const HttpResponse r = plain.get("/v1/health");
        QVERIFY2(r.status == 0 || r.status == 400, qPrintable(r.describe()));
        QVERIFY(!r.body.contains("server_id"));
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_fixture.http().serverFailures().isEmpty(),
                 qPrintable(m_fixture.http().serverFailures().join(QLatin1Char('\n'))));
    }

private:
    ServerFixture m_fixture;
};

QTEST_GUILESS_MAIN(TestServerTls)
#include "test_server_tls.moc"
