// The crash harness: `novamindctl sync` killed with SIGKILL at random moments — while pushing, while pulling, or at
// any time — between rounds of local edits and a colleague's server-side changes; afterwards one uninterrupted sync
// must leave an intact replica that equals the server's view, with every edit on the server exactly once.
// NOVAMIND_CRASH_ITERATIONS (default 200) sets the number of kills; NOVAMIND_CRASH_SEED replays a run's choices.
// A longer run: NOVAMIND_CRASH_ITERATIONS=2000 ctest -R test_sync_crash --timeout 7200
#include "CtlSync.h"
#include "LocalEdits.h"
#include "ScopeView.h"
#include "ServerFixture.h"
#include "TestDocuments.h"
#include "TestReplica.h"
#include "models/codecs/JsonCodec.h"
#include "storage/AuditLog.h"
#include "storage/sync/Conflicts.h"
#include "storage/sync/Outbox.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace novamind;
using namespace novamind::test;
using novamind::server::pgParam;

namespace {

constexpr int kPatients = 20;
constexpr int kStatesPerPatient = 10;
// Small batches and pages, so that one run has several push and pull steps to be killed between.
const QStringList kSmallSteps{QStringLiteral("--push-batch"), QStringLiteral("2"), QStringLiteral("--page-limit"),
                              QStringLiteral("3")};

enum class KillPlan
{
    WhilePushing,
    WhilePulling,
    AtRandomTime
};

struct KillOutcome
{
    bool killed = false;
    QString lastPhase; // the phase of the last progress line before the kill; "" = none yet
    CtlSyncRun run;    // exit code and output when it finished on its own
};

// A document the colleague wrote on the server, with the version the server gave it.
struct ServerNote
{
    QJsonObject data;
    qint64 version = 0;
};

} // namespace

class TestSyncCrash : public QObject
{
    Q_OBJECT

    ServerFixture m_fixture;
    QTemporaryDir m_dir;
    TestUser m_a; // the replica's clinician
    TestUser m_b; // a colleague in care of the same patients, editing on the server
    QByteArray m_tokenB;
    QStringList m_patients;
    std::unique_ptr<TestReplica> m_replica;
    QRandomGenerator m_random;
    int m_keys = 0;

    // Starts `novamindctl sync` and kills it as planned; the run's own result when it finished first.
    KillOutcome syncAndKill(KillPlan plan)
    {
        KillOutcome outcome;
        QProcess p;
        p.setReadChannel(QProcess::StandardError);
        p.start(CtlSync::program(), m_replica->syncArgs(m_fixture.env().serverUrl, kSmallSteps));
        if (!p.waitForStarted(10000)) {
            outcome.run.err = p.errorString().toUtf8();
            return outcome;
        }
        p.closeWriteChannel();
        // Kill on the n-th progress line of the planned phase, or after a random delay.
        const int nth = 1 + int(m_random.bounded(2));
        const QString wanted = plan == KillPlan::WhilePushing ? QStringLiteral("pushing") : QStringLiteral("pulling");
        const QDeadlineTimer killAt(plan == KillPlan::AtRandomTime ? int(m_random.bounded(1300)) : 60000);
        int seen = 0;
        QByteArray err;
        while (p.state() != QProcess::NotRunning) {
            if (killAt.hasExpired()) {
                outcome.killed = true;
                break;
            }
            if (!p.canReadLine())
                p.waitForReadyRead(int(std::clamp<qint64>(killAt.remainingTime(), 1, 50)));
            bool kill = false;
            while (p.canReadLine()) {
                const QByteArray line = p.readLine();
                err += line;
                SyncProgressLine progress;
                if (!CtlSync::parseProgress(line, &progress))
                    continue;
                outcome.lastPhase = progress.phase;
                if (plan != KillPlan::AtRandomTime && progress.phase == wanted && ++seen >= nth)
                    kill = true;
            }
            if (kill) {
                outcome.killed = true;
                break;
            }
        }
        if (outcome.killed && p.state() != QProcess::NotRunning) {
            p.kill(); // SIGKILL
            p.waitForFinished(10000);
        } else {
            outcome.killed = false;
            p.waitForFinished(60000);
        }
        outcome.run.crashed = p.exitStatus() != QProcess::NormalExit;
        outcome.run.exitCode = p.exitCode();
        outcome.run.out = p.readAllStandardOutput();
        outcome.run.err = err + p.readAllStandardError();
        if (!outcome.killed && (outcome.run.crashed || outcome.run.exitCode != 0))
            outcome.run.err +=
                "\n(QProcess: " + p.errorString().toUtf8() + ", last phase " + outcome.lastPhase.toUtf8() + ')';
        return outcome;
    }

    QString newKey() { return m_fixture.uniqueName(QStringLiteral("k%1").arg(++m_keys)); }

    Status colleagueCreatesNote(QHash<QString, ServerNote> &notes, int iteration)
    {
        const QString patient = m_patients.at(int(m_random.bounded(m_patients.size())));
        const QJsonObject data =
            codec::toJson(TestDocuments::note(patient, m_b.id, QStringLiteral("Colleague's note %1.").arg(iteration)));
        const QString id = data.value(QLatin1String("id")).toString();
        auto r = TestDocuments::pushOne(
            m_fixture.http(), m_tokenB,
            TestDocuments::mutation(newKey(), QStringLiteral("clinical_note"), id, 0, QStringLiteral("create"), data));
        if (!r.ok())
            return r.error();
        if (r->value(QLatin1String("status")).toString() != QLatin1String("applied"))
            return Error(ErrorCode::Server, QStringLiteral("The colleague's note was not applied."));
        notes.insert(id, ServerNote{data, r->value(QLatin1String("version")).toInteger()});
        return {};
    }

    Status colleagueUpdatesNote(QHash<QString, ServerNote> &notes, int iteration)
    {
        const QStringList ids = notes.keys();
        ServerNote &note = notes[ids.at(int(m_random.bounded(ids.size())))];
        QJsonObject data = note.data;
        data.insert(QStringLiteral("body"), QStringLiteral("Colleague's note, revised in round %1.").arg(iteration));
        auto r = TestDocuments::pushOne(m_fixture.http(), m_tokenB,
                                        TestDocuments::mutation(newKey(), QStringLiteral("clinical_note"),
                                                                data.value(QLatin1String("id")).toString(),
                                                                note.version, QStringLiteral("update"), data));
        if (!r.ok())
            return r.error();
        if (r->value(QLatin1String("status")).toString() != QLatin1String("applied"))
            return Error(ErrorCode::Server, QStringLiteral("The colleague's update was not applied."));
        note = ServerNote{data, r->value(QLatin1String("version")).toInteger()};
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        NM_VERIFY_OK(m_fixture.init(QStringLiteral("sync-crash")));
        const QString org = m_fixture.uniqueName(QStringLiteral("org"));
        auto a = m_fixture.addUser(QStringLiteral("a"), QStringLiteral("clinician"), org);
        NM_VERIFY_OK(a);
        m_a = a.value();
        auto b = m_fixture.addUser(QStringLiteral("b"), QStringLiteral("clinician"), org);
        NM_VERIFY_OK(b);
        m_b = b.value();
        auto bundles = m_fixture.seedPatients(m_a, kPatients, kStatesPerPatient);
        NM_VERIFY_OK(bundles);
        for (const PatientBundle &bundle : bundles.value()) {
            m_patients << bundle.patient.id;
            NM_VERIFY_OK(m_fixture.admin().addRelationship(m_b.id, bundle.patient.id));
        }
        auto token = m_fixture.signIn(m_b);
        NM_VERIFY_OK(token);
        m_tokenB = token.value();

        auto replica = TestReplica::create(m_dir.path(), QStringLiteral("a"), m_a);
        NM_VERIFY_OK(replica);
        m_replica = std::move(replica).value();
        const CtlSyncRun first = CtlSync::run(m_replica->syncArgs(m_fixture.env().serverUrl));
        QVERIFY2(first.exitCode == 0 && !first.crashed, qPrintable(first.describe()));

        const quint64 seed = qEnvironmentVariableIsSet("NOVAMIND_CRASH_SEED")
                                 ? qEnvironmentVariable("NOVAMIND_CRASH_SEED").toULongLong()
                                 : QRandomGenerator::system()->generate64() >> 12;
        m_random.seed(seed);
        std::printf("crash harness seed %llu (NOVAMIND_CRASH_SEED replays it)\n",
                    static_cast<unsigned long long>(seed));
    }

    void killedSyncsConverge()
    {
        const int iterations = qEnvironmentVariableIsSet("NOVAMIND_CRASH_ITERATIONS")
                                   ? qEnvironmentVariableIntValue("NOVAMIND_CRASH_ITERATIONS")
                                   : 200;
        QHash<QString, LocalEdit> expected; // the latest data of everything A made, by id
        QHash<QString, int> mutations;      // outbox entries made per id: the versions the server must count
        QStringList myNotes;
        QHash<QString, ServerNote> colleagueNotes;
        int inPush = 0, inPull = 0, elsewhere = 0, finished = 0;
        QElapsedTimer timer;
        timer.start();

        for (int i = 0; i < iterations; ++i) {
            // Local edits, on a replica unlocked afresh after the last kill, as the app would be.
            auto session = m_replica->session();
            QVERIFY2(session.ok(), qPrintable(QStringLiteral("round %1: the replica does not unlock after a kill: %2")
                                                  .arg(i)
                                                  .arg(session.ok() ? QString() : session.error().message)));
            const int edits = 1 + int(m_random.bounded(3));
            for (int e = 0; e < edits; ++e) {
                const QString patient = m_patients.at(int(m_random.bounded(m_patients.size())));
                const quint32 kind = m_random.bounded(10);
                Result<LocalEdit> made = Error(ErrorCode::Internal, QString());
                if (kind < 4 || myNotes.isEmpty())
                    made = LocalEdits::createNote(session.value(), patient, QStringLiteral("Note of round %1.").arg(i));
                else if (kind < 7)
                    made = LocalEdits::updateNote(session.value(),
                                                  expected.value(myNotes.at(int(m_random.bounded(myNotes.size())))),
                                                  QStringLiteral("Revised in round %1.").arg(i));
                else
                    made = LocalEdits::createObservation(session.value(), patient, double(i % 12));
                NM_VERIFY_OK(made);
                if (made->entity == QLatin1String("clinical_note") && !expected.contains(made->id))
                    myNotes << made->id;
                expected.insert(made->id, made.value());
                ++mutations[made->id];
            }
            if (i % 10 == 5) {
                const QString patient = m_patients.at(int(m_random.bounded(m_patients.size())));
                auto signedPhq9 = LocalEdits::signPhq9(session.value(), patient, {1, 2, 1, 0, 1, 2, 0, 1, 0});
                NM_VERIFY_OK(signedPhq9);
                expected.insert(signedPhq9->id, signedPhq9.value());
                ++mutations[signedPhq9->id];
            }
            m_replica->close();

            // The colleague's work on the server, so that every pull has something to apply.
            const int changes = 1 + int(m_random.bounded(3));
            for (int c = 0; c < changes; ++c) {
                if (colleagueNotes.isEmpty() || m_random.bounded(2) == 0)
                    NM_VERIFY_OK(colleagueCreatesNote(colleagueNotes, i));
                else
                    NM_VERIFY_OK(colleagueUpdatesNote(colleagueNotes, i));
            }

            const KillPlan plan = static_cast<KillPlan>(i % 3);
            const KillOutcome outcome = syncAndKill(plan);
            if (!outcome.killed) {
                ++finished;
                QVERIFY2(!outcome.run.crashed && outcome.run.exitCode == 0,
                         qPrintable(QStringLiteral("round %1: a sync that was not killed failed: %2")
                                        .arg(i)
                                        .arg(outcome.run.describe())));
            } else if (outcome.lastPhase == QLatin1String("pushing")) {
                ++inPush;
            } else if (outcome.lastPhase == QLatin1String("pulling")) {
                ++inPull;
            } else {
                ++elsewhere;
            }
        }
        const double seconds = double(timer.elapsed()) / 1000.0;
        std::printf("crash harness: %d rounds in %.1f s (%.2f s each): killed while pushing %d, while pulling %d, "
                    "elsewhere %d; finished before the kill %d\n",
                    iterations, seconds, seconds / std::max(1, iterations), inPush, inPull, elsewhere, finished);
        std::fflush(stdout);
        if (iterations >= 30) {
            // The harness proves nothing unless kills land in both phases.
            QVERIFY2(inPush > 0, "no kill landed while pushing");
            QVERIFY2(inPull > 0, "no kill landed while pulling");
        }

        // One uninterrupted sync finishes what every killed run left.
        const CtlSyncRun last = CtlSync::run(m_replica->syncArgs(m_fixture.env().serverUrl));
        QVERIFY2(last.exitCode == 0 && !last.crashed, qPrintable(last.describe()));
        const QJsonObject summary = last.summary();
        QCOMPARE(summary.value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(summary.value(QLatin1String("quarantined")).toInt(-1), 0);
        QCOMPARE(summary.value(QLatin1String("conflicts")).toInt(-1), 0);

        // The replica is intact: every page readable, the audit chain whole.
        NM_VERIFY_OK(m_replica->open());
        auto integrity = m_replica->db().integrityCheck();
        NM_VERIFY_OK(integrity);
        QVERIFY2(integrity->isEmpty(), qPrintable(integrity->join(u'\n')));
        auto audit = AuditLog::verify(m_replica->db());
        NM_VERIFY_OK(audit);
        QVERIFY2(
            audit->ok,
            qPrintable(QStringLiteral("audit chain broken at %1: %2").arg(audit->firstBadSeq).arg(audit->problem)));
        auto pending = Outbox::pendingCount(m_replica->db());
        NM_VERIFY_OK(pending);
        QCOMPARE(pending.value(), 0);
        auto quarantined = Outbox::quarantined(m_replica->db());
        NM_VERIFY_OK(quarantined);
        QCOMPARE(int(quarantined->size()), 0);
        auto session = m_replica->session();
        NM_VERIFY_OK(session);
        auto conflicts = Conflicts::count(session.value());
        NM_VERIFY_OK(conflicts);
        QCOMPARE(conflicts.value(), 0);

        // The replica equals what the server lets A see.
        auto tokenA = m_fixture.signIn(m_a);
        NM_VERIFY_OK(tokenA);
        auto server = ScopeView::fromServer(m_fixture.feed(), tokenA.value());
        NM_VERIFY_OK(server);
        auto replica = ScopeView::fromReplica(m_replica->db());
        NM_VERIFY_OK(replica);
        const QString difference = ScopeView::firstDifference(server.value(), replica.value());
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QCOMPARE(replica->checksum(), server->checksum());
        QSet<QString> replicaIds;
        for (const ScopeEntry &e : replica->entries())
            replicaIds.insert(e.id);
        QCOMPARE(int(replicaIds.size()), replica->size());

        // Every edit reached the server once, with its last data: one version per outbox entry, no more.
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const ScopeEntry *held = server->find(it->entity, it->id);
            QVERIFY2(held, qPrintable(QStringLiteral("%1/%2 never reached the server").arg(it->entity, it->id)));
            QVERIFY2(
                held->canonical == QJsonDocument(it->data).toJson(QJsonDocument::Compact),
                qPrintable(
                    QStringLiteral("%1/%2: the server holds other data than the last edit").arg(it->entity, it->id)));
            QVERIFY2(held->version == mutations.value(it.key()),
                     qPrintable(QStringLiteral("%1/%2: server v%3 after %4 edits")
                                    .arg(it->entity, it->id)
                                    .arg(held->version)
                                    .arg(mutations.value(it.key()))));
        }
        for (auto it = colleagueNotes.cbegin(); it != colleagueNotes.cend(); ++it) {
            const ScopeEntry *held = replica->find(QStringLiteral("clinical_note"), it.key());
            QVERIFY2(held && held->version == it->version,
                     qPrintable(QStringLiteral("the colleague's note %1 v%2 is not in the replica")
                                    .arg(it.key())
                                    .arg(it->version)));
        }

        // No duplicates on the server: one document per id, and one create (plus its updates) per id in the log.
        auto owner = m_fixture.ownerConnection();
        NM_VERIFY_OK(owner);
        const QByteArray ids = pgTextArray(expected.keys());
        auto documents =
            owner.value()->exec("SELECT count(*), count(DISTINCT id) FROM document WHERE id = ANY($1::text[])", {ids});
        NM_VERIFY_OK(documents);
        QCOMPARE(documents->int64(0, 0), qint64(expected.size()));
        QCOMPARE(documents->int64(0, 1), qint64(expected.size()));
        auto creates = owner.value()->exec("SELECT count(*), count(DISTINCT id) FROM change_log"
                                           " WHERE id = ANY($1::text[]) AND op = 'create'",
                                           {ids});
        NM_VERIFY_OK(creates);
        QCOMPARE(creates->int64(0, 0), qint64(expected.size()));
        QCOMPARE(creates->int64(0, 1), qint64(expected.size()));
        qint64 made = 0;
        for (const int n : mutations)
            made += n;
        auto writes = owner.value()->exec("SELECT count(*) FROM change_log WHERE id = ANY($1::text[])"
                                          " AND op IN ('create', 'update') AND user_id = $2",
                                          {ids, pgParam(m_a.id)});
        NM_VERIFY_OK(writes);
        QCOMPARE(writes->int64(0, 0), made);
    }

    void cleanupTestCase() { m_replica.reset(); }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "test_sync_crash.moc"
