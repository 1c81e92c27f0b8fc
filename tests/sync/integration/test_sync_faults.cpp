// A broken network between the client and the real server (FaultProxy): every kind of fault ends the sync with one
// clean error and loses nothing; the next sync without faults converges, each edit on the server exactly once.
#include "CtlSync.h"
#include "FaultProxy.h"
#include "LocalEdits.h"
#include "ScopeView.h"
#include "ServerFixture.h"
#include "TestReplica.h"
#include "storage/sync/Outbox.h"
#include "sync/CppRestTransport.h"
#include "sync/SyncClient.h"
#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <algorithm>

using namespace novamind;
using namespace novamind::test;
using novamind::server::pgParam;
using novamind::testkit::FaultProxy;

Q_DECLARE_METATYPE(novamind::testkit::FaultProxy::Fault)

namespace {

// Short deadlines for everything but sign-in (scrypt on the server takes most of a second), so that a stalled
// reply costs seconds, not the default half minute.
class ShortDeadlines final : public Transport
{
public:
    ShortDeadlines(Transport &inner, std::chrono::milliseconds limit)
        : m_inner(inner)
        , m_limit(limit)
    {}
    Result<novamind::HttpResponse> send(const novamind::HttpRequest &request) override
    {
        novamind::HttpRequest shortened = request;
        if (!shortened.path.startsWith(QLatin1String("/v1/auth/")))
            shortened.deadline = std::min(shortened.deadline, m_limit);
        return m_inner.send(shortened);
    }
    void cancel() override { m_inner.cancel(); }

private:
    Transport &m_inner;
    std::chrono::milliseconds m_limit;
};

constexpr std::chrono::milliseconds kDeadline{2000};

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

    ServerFixture m_fixture;
    QTemporaryDir m_dir;
    TestUser m_user;
    QByteArray m_token; // for reading the server's view
    QStringList m_patients;
    std::unique_ptr<TestReplica> m_replica;
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<CppRestTransport> m_transport;
    std::unique_ptr<ShortDeadlines> m_deadlines;
    std::unique_ptr<SyncClient> m_client;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncEngine> m_engine;
    QList<LocalEdit> m_made;

    // Versions the server's log holds for `id` (creates and updates), read as the owner.
    qint64 writesOnServer(const QString &id)
    {
        auto owner = m_fixture.ownerConnection();
        if (!owner.ok())
            return -1;
        auto rows = owner.value()->exec("SELECT count(*) FROM change_log WHERE id = $1 AND op IN ('create', 'update')",
                                        {pgParam(id)});
        return rows.ok() ? rows->int64(0, 0) : -1;
    }

    QStringList pendingIds()
    {
        QStringList ids;
        auto pending = Outbox::pending(*m_db, 10000);
        if (pending.ok())
            for (const OutboxEntry &e : pending.value())
                ids << e.entityId;
        return ids;
    }

    void expectConverged()
    {
        auto server = ScopeView::fromServer(m_fixture.feed(), m_token);
        NM_VERIFY_OK(server);
        auto local = ScopeView::fromReplica(*m_db);
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
        NM_VERIFY_OK(m_fixture.init(QStringLiteral("sync-faults")));
        auto user = m_fixture.addUser(QStringLiteral("a"), QStringLiteral("clinician"),
                                      m_fixture.uniqueName(QStringLiteral("org")));
        NM_VERIFY_OK(user);
        m_user = user.value();
        auto bundles = m_fixture.seedPatients(m_user, 3, 4);
        NM_VERIFY_OK(bundles);
        for (const PatientBundle &b : bundles.value())
            m_patients << b.patient.id;
        auto token = m_fixture.signIn(m_user);
        NM_VERIFY_OK(token);
        m_token = token.value();
        auto replica = TestReplica::create(m_dir.path(), QStringLiteral("a"), m_user);
        NM_VERIFY_OK(replica);
        m_replica = std::move(replica).value();

        const QUrl upstream(QString::fromUtf8(m_fixture.env().serverUrl));
        QCOMPARE(upstream.scheme(), QStringLiteral("http"));
        m_proxy = std::make_unique<FaultProxy>(upstream.host(), quint16(upstream.port()));
        QVERIFY(m_proxy->start());

        TransportOptions options;
        options.baseUrl = m_proxy->baseUrl();
        options.connectTimeout = kDeadline;
        auto transport = CppRestTransport::create(options);
        NM_VERIFY_OK(transport);
        m_transport = std::move(transport).value();
        m_deadlines = std::make_unique<ShortDeadlines>(*m_transport, kDeadline);
        RetryPolicy retry;
        retry.maxAttempts = 2;
        retry.initialDelay = std::chrono::milliseconds(50);
        retry.maxDelay = std::chrono::milliseconds(100);
        m_client = std::make_unique<SyncClient>(
            *m_deadlines,
            SyncCredentials{m_user.id, SecureBytes(m_user.password.constData(), std::size_t(m_user.password.size()))},
            retry);
        NM_VERIFY_OK(m_replica->open());
        auto db = m_replica->replica().openConnection();
        NM_VERIFY_OK(db);
        m_db = std::make_unique<Database>(std::move(db).value());
        SyncEngineOptions engineOptions;
        engineOptions.userId = m_user.id;
        engineOptions.deviceId = m_replica->replica().identity().replicaId;
        engineOptions.pushBatch = 2;
        engineOptions.pageLimit = 50;
        m_engine = std::make_unique<SyncEngine>(*m_db, *m_client, engineOptions);

        auto first = m_engine->run({});
        NM_VERIFY_OK(first);
        QVERIFY(first->pulled > 0);
    }

    void faultEndsCleanlyAndLosesNothing_data()
    {
        QTest::addColumn<FaultProxy::Fault>("fault");
        for (const FaultProxy::Fault fault : FaultProxy::allFaults())
            QTest::newRow(qPrintable(FaultProxy::faultName(fault))) << fault;
    }

    void faultEndsCleanlyAndLosesNothing()
    {
        QFETCH(FaultProxy::Fault, fault);
        auto session = m_replica->session();
        NM_VERIFY_OK(session);
        QList<LocalEdit> made;
        for (int i = 0; i < 2; ++i) {
            auto note =
                LocalEdits::createNote(session.value(), m_patients.at(i),
                                       QStringLiteral("Written before a %1.").arg(FaultProxy::faultName(fault)));
            NM_VERIFY_OK(note);
            made << note.value();
        }

        m_proxy->setFault(FaultProxy::Fault::None);
        NM_VERIFY_OK(m_client->signIn()); // the token is held: the fault meets push and pull, not sign-in
        m_proxy->setDelay(kDeadline + std::chrono::milliseconds(1000));
        m_proxy->setFault(fault);
        QElapsedTimer timer;
        timer.start();
        auto broken = m_engine->run({});
        const qint64 brokenMs = timer.elapsed();
        m_proxy->setFault(FaultProxy::Fault::None);
        QVERIFY2(m_proxy->count(fault) > 0, "the fault was never applied");
        QVERIFY2(!broken.ok(), "a sync through a broken network reported success");
        QVERIFY2(broken.error().code == ErrorCode::Network || broken.error().code == ErrorCode::Server,
                 qPrintable(errorCodeName(broken.error().code) + QStringLiteral(": ") + broken.error().message));
        QVERIFY(!broken.error().message.isEmpty());
        QVERIFY2(!broken.error().message.contains(u'\n'), qPrintable(broken.error().message));
        QVERIFY2(brokenMs < 20000, qPrintable(QStringLiteral("the failed sync took %1 ms").arg(brokenMs)));

        // Nothing lost: each note is still waiting, or on the server exactly once.
        const QStringList pending = pendingIds();
        for (const LocalEdit &e : made) {
            const qint64 writes = writesOnServer(e.id);
            QVERIFY2(pending.contains(e.id) || writes == 1,
                     qPrintable(QStringLiteral("note %1: not pending, %2 writes on the server").arg(e.id).arg(writes)));
            QVERIFY(writes <= 1);
        }

        auto healed = m_engine->run({});
        NM_VERIFY_OK(healed);
        if (fault == FaultProxy::Fault::DropAfterForward)
            QCOMPARE(healed->pushed.duplicates, 2); // the server applied the batch the client never heard about
        QVERIFY(pendingIds().isEmpty());
        for (const LocalEdit &e : made)
            QCOMPARE(writesOnServer(e.id), qint64(1));
        m_made << made;
        expectConverged();
    }

    void ctlReportsOneSentence()
    {
        // The command-line client through a proxy answering garbage: exit 4, one sentence, no crash, and the note
        // still waiting.
        auto session = m_replica->session();
        NM_VERIFY_OK(session);
        auto note = LocalEdits::createNote(session.value(), m_patients.front(), QStringLiteral("Waiting."));
        NM_VERIFY_OK(note);
        m_replica->close();
        m_proxy->setFault(FaultProxy::Fault::Garbage);
        const CtlSyncRun run = CtlSync::run(m_replica->syncArgs(m_proxy->baseUrl().toUtf8()));
        m_proxy->setFault(FaultProxy::Fault::None);
        QVERIFY2(!run.crashed && run.exitCode == 4, qPrintable(run.describe()));
        QVERIFY(!run.errorText().isEmpty());
        QVERIFY2(!run.errorText().contains('\n'), run.errorText().constData());
        QVERIFY(run.out.trimmed().isEmpty());
        QVERIFY(pendingIds().contains(note->id));

        const CtlSyncRun clean = CtlSync::run(m_replica->syncArgs(m_proxy->baseUrl().toUtf8()));
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.describe()));
        QCOMPARE(writesOnServer(note->id), qint64(1));
        expectConverged();
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_db.reset();
        m_client.reset();
        m_deadlines.reset();
        m_transport.reset();
        if (m_proxy)
            m_proxy->stop();
        m_replica.reset();
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "test_sync_faults.moc"
