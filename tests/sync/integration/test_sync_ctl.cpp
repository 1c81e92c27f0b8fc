// `novamindctl sync` end to end over https: the JSON summary and progress lines, the exit codes a script relies on
// (wrong server password 3, server down 4, untrusted certificate 4, wrong pin 4), and a full resync when the replica
// meets a different server — and that server after a wipe — keeping the unsent outbox.
#include "CtlSync.h"
#include "FileSupport.h"
#include "LocalEdits.h"
#include "ScopeView.h"
#include "ServerFixture.h"
#include "TestReplica.h"
#include "storage/sync/Outbox.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace novamind;
using namespace novamind::test;

namespace {

bool isCount(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() >= 0 && v.toDouble() == double(v.toInteger());
}

// A run that must fail with `code` and one sentence, without crashing, printing nothing on stdout.
void expectFailure(const CtlSyncRun &run, int code, const char *mustMention = nullptr)
{
    QVERIFY2(!run.crashed && !run.timedOut, qPrintable(run.describe()));
    QVERIFY2(run.exitCode == code, qPrintable(run.describe()));
    QVERIFY(run.out.trimmed().isEmpty());
    const QByteArray text = run.errorText();
    QVERIFY2(!text.isEmpty(), "no error sentence on stderr");
    QVERIFY2(!text.contains('\n'), text.constData());
    if (mustMention)
        QVERIFY2(text.contains(mustMention), text.constData());
}

} // namespace

class TestSyncCtl : public QObject
{
    Q_OBJECT

    ServerFixture m_fixture;
    QTemporaryDir m_dir;
    TestUser m_user;
    quint64 m_seed = 0;
    std::unique_ptr<TestReplica> m_replica;
    QString m_ownServerDir; // a server of this test's own, stopped at the end

    QStringList caArgs() const { return {QStringLiteral("--ca-file"), m_fixture.env().caFile}; }
    CtlSyncRun sync(const QStringList &extra, const QByteArray &url = {})
    {
        m_replica->close();
        return CtlSync::run(m_replica->syncArgs(url.isEmpty() ? m_fixture.env().serverUrl : url, extra));
    }

    // SHA-256 of the fixture's server certificate's SubjectPublicKeyInfo, as `sha256//BASE64`.
    QString serverPin() const
    {
        const auto certs = QSslCertificate::fromPath(m_fixture.env().serverDir + QStringLiteral("/tls/server.crt"));
        if (certs.isEmpty())
            return {};
        const QByteArray spki = certs.front().publicKey().toDer();
        return QStringLiteral("sha256//") +
               QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64());
    }

    Result<QByteArray> runServer(const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(qEnvironmentVariable("NOVAMIND_RUN_SERVER"), args);
        if (!p.waitForFinished(180000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return Error(ErrorCode::Server, QStringLiteral("run-server %1 failed").arg(args.join(u' ')));
        return p.readAllStandardOutput().trimmed();
    }

    // Starts this test's own server, fresh, with the user and the same seeded patients as on the fixture.
    Result<ServerEnv> startOwnServer()
    {
        auto started =
            runServer({QStringLiteral("start"), QStringLiteral("--dir"), m_ownServerDir, QStringLiteral("--fresh")});
        if (!started.ok())
            return started.error();
        auto env = ServerEnv::fromFile(m_ownServerDir + QStringLiteral("/env"));
        if (!env.ok())
            return env.error();
        env->syncd = qEnvironmentVariable("NOVAMIND_SYNCD");
        const SyncdAdmin admin(env.value());
        NM_TRY(admin.addUser(m_user.id, m_user.role, m_user.organization, m_user.password));
        NM_TRY(admin.seedDemo(3, 5, m_seed, m_user.id));
        return env;
    }

    // The replica equals what `env`'s server lets the user see.
    void expectConverged(const ServerEnv &env)
    {
        HttpClient http(env.serverUrl, env.caFile);
        const HttpResponse r =
            http.postForm("/v1/auth/token", {{QStringLiteral("grant_type"), QStringLiteral("password")},
                                             {QStringLiteral("username"), m_user.id},
                                             {QStringLiteral("password"), QString::fromUtf8(m_user.password)}});
        const QByteArray token = r.json().value(QLatin1String("access_token")).toString().toLatin1();
        QVERIFY2(r.status == 200 && !token.isEmpty(), qPrintable(r.describe()));
        FeedReader feed(http);
        auto server = ScopeView::fromServer(feed, token);
        NM_VERIFY_OK(server);
        NM_VERIFY_OK(m_replica->open());
        auto local = ScopeView::fromReplica(m_replica->db());
        NM_VERIFY_OK(local);
        const QString difference = ScopeView::firstDifference(server.value(), local.value());
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QCOMPARE(local->checksum(), server->checksum());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_ownServerDir = m_dir.filePath(QStringLiteral("own-server"));
        NM_VERIFY_OK(m_fixture.init(QStringLiteral("sync-ctl")));
        QVERIFY2(!m_fixture.env().caFile.isEmpty(), "test_sync_ctl runs against the TLS fixture");
        auto user = m_fixture.addUser(QStringLiteral("a"), QStringLiteral("psychiatrist"),
                                      m_fixture.uniqueName(QStringLiteral("org")));
        NM_VERIFY_OK(user);
        m_user = user.value();
        m_seed = ServerFixture::uniqueSeed();
        NM_VERIFY_OK(m_fixture.admin().seedDemo(3, 5, m_seed, m_user.id));
        auto replica = TestReplica::create(m_dir.path(), QStringLiteral("a"), m_user);
        NM_VERIFY_OK(replica);
        m_replica = std::move(replica).value();
    }

    void summaryAndProgress()
    {
        const CtlSyncRun run = sync(caArgs());
        QVERIFY2(run.exitCode == 0 && !run.crashed, qPrintable(run.describe()));
        QCOMPARE(run.out.trimmed().count('\n'), 0); // one JSON object on one line
        const QJsonObject s = run.summary();
        QCOMPARE(s.value(QLatin1String("ok")), QJsonValue(true));
        const QJsonObject pushed = s.value(QLatin1String("pushed")).toObject();
        for (const char *key : {"applied", "duplicates", "conflicts", "rejected"})
            QVERIFY2(isCount(pushed.value(QLatin1String(key))), key);
        for (const char *key : {"pulled", "skipped", "pages", "pull_conflicts", "purged_patients", "audit_shipped",
                                "bytes", "elapsed_ms", "quarantined", "conflicts"})
            QVERIFY2(isCount(s.value(QLatin1String(key))), key);
        QVERIFY(s.value(QLatin1String("full_resync")).isBool());
        const QJsonValue cursor = s.value(QLatin1String("cursor"));
        QVERIFY2(isCount(cursor) || (cursor.isString() && cursor.toString().toLongLong() > 0), "cursor");
        QVERIFY(s.value(QLatin1String("pulled")).toInteger() > 3 * 5); // 3 patients, 5 states each, and more
        QVERIFY(s.value(QLatin1String("pages")).toInteger() >= 1);
        QVERIFY(s.value(QLatin1String("bytes")).toInteger() > 0);
        QCOMPARE(s.value(QLatin1String("conflicts")).toInt(), 0);

        // Progress: known phases, signing in first, done last, pulling in between.
        const QList<SyncProgressLine> progress = run.progress();
        QVERIFY(!progress.isEmpty());
        const QStringList phases{QStringLiteral("signing-in"), QStringLiteral("pushing"), QStringLiteral("pulling"),
                                 QStringLiteral("resyncing"),  QStringLiteral("audit"),   QStringLiteral("done")};
        QStringList seen;
        for (const SyncProgressLine &line : progress) {
            QVERIFY2(phases.contains(line.phase), qPrintable(line.phase));
            seen << line.phase;
        }
        QCOMPARE(seen.front(), QStringLiteral("signing-in"));
        QCOMPARE(seen.back(), QStringLiteral("done"));
        QVERIFY(seen.contains(QStringLiteral("pulling")));
        QVERIFY2(run.errorText().isEmpty(), run.errorText().constData()); // nothing but progress on stderr

        // A local note goes up; the next run is a no-op.
        auto session = m_replica->session();
        NM_VERIFY_OK(session);
        auto firstPatient = ScopeView::fromReplica(m_replica->db());
        NM_VERIFY_OK(firstPatient);
        QString patient;
        for (const ScopeEntry &e : firstPatient->entries())
            if (e.entity == QLatin1String("patient"))
                patient = e.id;
        QVERIFY(!patient.isEmpty());
        NM_VERIFY_OK(LocalEdits::createNote(session.value(), patient, QStringLiteral("Sent by novamindctl.")));
        CtlSyncRun second = sync(caArgs());
        QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
        QCOMPARE(second.summary().value(QLatin1String("pushed")).toObject().value(QLatin1String("applied")).toInt(), 1);
        QVERIFY(second.progress().size() >= 2);
        bool pushing = false;
        for (const SyncProgressLine &line : second.progress())
            pushing = pushing || line.phase == QLatin1String("pushing");
        QVERIFY(pushing);
        const CtlSyncRun third = sync(caArgs());
        QVERIFY2(third.exitCode == 0, qPrintable(third.describe()));
        QCOMPARE(third.summary().value(QLatin1String("pulled")).toInt(-1), 0);
        QCOMPARE(third.summary().value(QLatin1String("pushed")).toObject().value(QLatin1String("applied")).toInt(-1),
                 0);
        QCOMPARE(third.summary().value(QLatin1String("full_resync")), QJsonValue(false));
        expectConverged(m_fixture.env());
    }

    void wrongServerPasswordIsRefused()
    {
        // One wrong attempt only: the server throttles failed sign-ins per address.
        const QString wrong = m_dir.filePath(QStringLiteral("wrong-password"));
        QVERIFY(writeFile(wrong, "not-the-password"));
        QStringList args = m_replica->syncArgs(m_fixture.env().serverUrl, caArgs());
        args[args.indexOf(QStringLiteral("--server-password-file")) + 1] = wrong;
        m_replica->close();
        const CtlSyncRun run = CtlSync::run(args);
        expectFailure(run, 3);
        QVERIFY(!run.err.contains("not-the-password"));
    }

    void serverDownIsANetworkError()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const CtlSyncRun run = sync(caArgs(), "https://127.0.0.1:" + QByteArray::number(port));
        expectFailure(run, 4);
        QVERIFY2(run.elapsedMs < 60000, qPrintable(run.describe()));
    }

    void untrustedCertificateIsRefused()
    {
        const CtlSyncRun run = sync({});
        expectFailure(run, 4, "certificate");
    }

    void pinnedKey()
    {
        const QString pin = serverPin();
        QVERIFY(!pin.isEmpty());
        CtlSyncRun run = sync(caArgs() << QStringLiteral("--pin-sha256") << pin);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString wrongPin =
            QStringLiteral("sha256//") +
            QString::fromLatin1(QCryptographicHash::hash("another key", QCryptographicHash::Sha256).toBase64());
        run = sync(caArgs() << QStringLiteral("--pin-sha256") << wrongPin);
        expectFailure(run, 4);
    }

    void fullResyncKeepsTheOutbox()
    {
        if (qEnvironmentVariable("NOVAMIND_RUN_SERVER").isEmpty())
            QSKIP("NOVAMIND_RUN_SERVER is not set");
        auto own = startOwnServer();
        NM_VERIFY_OK(own);

        // Unsent work, then the replica meets a server with another id (same patients, none of the earlier notes).
        auto session = m_replica->session();
        NM_VERIFY_OK(session);
        auto patients = ScopeView::fromReplica(m_replica->db());
        NM_VERIFY_OK(patients);
        QString patient;
        for (const ScopeEntry &e : patients->entries())
            if (e.entity == QLatin1String("patient"))
                patient = e.id;
        auto unsent = LocalEdits::createNote(session.value(), patient, QStringLiteral("Written before the move."));
        NM_VERIFY_OK(unsent);
        CtlSyncRun run = sync({}, own->serverUrl);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.summary().value(QLatin1String("full_resync")), QJsonValue(true));
        QCOMPARE(run.summary().value(QLatin1String("pushed")).toObject().value(QLatin1String("applied")).toInt(), 1);
        expectConverged(own.value());
        auto local = ScopeView::fromReplica(m_replica->db());
        NM_VERIFY_OK(local);
        QVERIFY(local->find(unsent->entity, unsent->id));

        // The same server wiped and started again: another resync, and the note written meanwhile still goes up.
        session = m_replica->session();
        NM_VERIFY_OK(session);
        auto meanwhile = LocalEdits::createNote(session.value(), patient, QStringLiteral("Written during the wipe."));
        NM_VERIFY_OK(meanwhile);
        m_replica->close();
        NM_VERIFY_OK(runServer({QStringLiteral("wipe"), QStringLiteral("--dir"), m_ownServerDir}));
        own = startOwnServer();
        NM_VERIFY_OK(own);
        run = sync({}, own->serverUrl);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.summary().value(QLatin1String("full_resync")), QJsonValue(true));
        expectConverged(own.value());
        local = ScopeView::fromReplica(m_replica->db());
        NM_VERIFY_OK(local);
        QVERIFY(local->find(meanwhile->entity, meanwhile->id));
        QVERIFY2(!local->find(unsent->entity, unsent->id), "a note the wiped server lost is still shown as synced");
        auto pending = Outbox::pendingCount(m_replica->db());
        NM_VERIFY_OK(pending);
        QCOMPARE(pending.value(), 0);
    }

    void cleanupTestCase()
    {
        m_replica.reset();
        if (!m_ownServerDir.isEmpty() && QFile::exists(m_ownServerDir + QStringLiteral("/env")))
            (void)runServer({QStringLiteral("wipe"), QStringLiteral("--dir"), m_ownServerDir});
    }
};

QTEST_GUILESS_MAIN(TestSyncCtl)
#include "test_sync_ctl.moc"
