// Crash safety of POST /v1/push: a novamind-syncd of the test's own, on the fixture's database, is SIGKILLed at
// random moments while it handles a batch, restarted, and sent the same batch with the same idempotency keys until
// it answers. Each mutation must then have been applied exactly once, with exactly one derived twin state per
// signed assessment, whether the kill came before, during or after the commit.
#include "MutationFactory.h"
#include "ServerFixture.h"
#include "SyncdProcess.h"
#include "server/twin/TwinDerivation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace novamind;
using namespace novamind::test;

namespace {

constexpr int kPatients = 6;
constexpr int kStatesPerPatient = 5;
constexpr int kKillsInFlight = 20; // kills that must land while a push is unanswered
constexpr int kMaxIterations = 80;

QString statusOf(const QJsonValue &result)
{
    return result.toObject().value(QLatin1String("status")).toString();
}

} // namespace

class TestServerKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedPushesApplyExactlyOnce();
    void cleanupTestCase();

private:
    std::vector<PushMutation> makeBatch();
    bool restart();
    HttpResponse push(const QByteArray &body);
    void checkDatabase();

    ServerFixture m_fixture;
    TestUser m_user;
    QStringList m_patients;
    QByteArray m_token;
    std::unique_ptr<SyncdProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<MutationFactory> m_factory;
    std::vector<PushMutation> m_pushed; // every mutation of every batch
    QStringList m_failures;             // 5xx answers (a dead server is expected, a failing one is not)
};

void TestServerKill::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const Status ready = m_fixture.init(QStringLiteral("kill"));
    QVERIFY2(ready.ok(), qPrintable(ready.ok() ? QString() : ready.error().message));
    auto user = m_fixture.addUser(QStringLiteral("clinician"), QStringLiteral("clinician"),
                                  m_fixture.uniqueName(QStringLiteral("org")));
    QVERIFY2(user.ok(), qPrintable(user.ok() ? QString() : user.error().message));
    m_user = user.value();
    auto bundles = m_fixture.seedPatients(m_user, kPatients, kStatesPerPatient);
    QVERIFY2(bundles.ok(), qPrintable(bundles.ok() ? QString() : bundles.error().message));
    for (const PatientBundle &b : bundles.value())
        m_patients << b.patient.id;
    // Signed in through the fixture's server: tokens live in the shared database, so ours accepts it too.
    auto token = m_fixture.signIn(m_user);
    QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().message));
    m_token = token.value();
    m_factory = std::make_unique<MutationFactory>(m_user.id, m_user.id, ServerFixture::uniqueSeed());

    const QString log = QDir::current().filePath(QStringLiteral("test_server_kill-syncd.log"));
    QFile::remove(log);
    m_server = std::make_unique<SyncdProcess>(m_fixture.env().syncd, m_fixture.env().dbUrl, log);
    QVERIFY(restart());
}

void TestServerKill::cleanupTestCase()
{
    // After all the kills, the last server still drains and exits cleanly on SIGTERM.
    if (m_server) {
        const Status stopped = m_server->stop();
        QVERIFY2(stopped.ok(), qPrintable(stopped.ok() ? QString() : stopped.error().message));
    }
}

bool TestServerKill::restart()
{
    m_server->kill();
    const Result<QByteArray> url = m_server->start();
    if (!url.ok()) {
        qWarning("%s", qPrintable(url.error().message));
        return false;
    }
    // A new client too: the old one's kept-alive connection died with the old process.
    m_http = std::make_unique<HttpClient>(url.value(), QString(), 60000);
    return true;
}

HttpResponse TestServerKill::push(const QByteArray &body)
{
    HttpResponse r = m_http->postJson("/v1/push", body, m_token);
    if (r.status >= 500)
        m_failures << r.describe();
    return r;
}

std::vector<PushMutation> TestServerKill::makeBatch()
{
    // Signed assessments make the transaction longest (scoring, twin derivation); notes and observations fill it.
    std::vector<PushMutation> batch;
    QRandomGenerator &random = m_factory->random();
    for (int i = 0; i < 40; ++i) {
        const QString patient = m_patients.at(random.bounded(int(m_patients.size())));
        batch.push_back(i % 4 == 0   ? m_factory->signedAssessment(patient)
                        : i % 4 == 1 ? m_factory->observation(patient)
                                     : m_factory->note(patient));
    }
    m_pushed.insert(m_pushed.end(), batch.begin(), batch.end());
    return batch;
}

void TestServerKill::killedPushesApplyExactlyOnce()
{
    // An undisturbed push first: how long one takes, which the kill delays then spread over.
    {
        const std::vector<PushMutation> batch = makeBatch();
        const HttpResponse r = push(MutationFactory::pushBody(batch));
        QCOMPARE(r.status, 200);
        for (const QJsonValue &result : r.json().value(QLatin1String("results")).toArray())
            QCOMPARE(statusOf(result), QStringLiteral("applied"));
    }
    double pushMs = 0;
    for (int i = 0; i < 3; ++i) {
        const HttpResponse r = push(MutationFactory::pushBody(makeBatch()));
        QCOMPARE(r.status, 200);
        pushMs += double(r.elapsedMs) / 3;
    }

    QRandomGenerator &random = m_factory->random();
    int iterations = 0, unanswered = 0, answered = 0, rolledBack = 0, committedUnanswered = 0;
    QList<int> delays;
    while (unanswered < kKillsInFlight && iterations < kMaxIterations) {
        ++iterations;
        const std::vector<PushMutation> batch = makeBatch();
        const QByteArray body = MutationFactory::pushBody(batch);
        // Every other kill anywhere from "as the request leaves" to the usual answer; the others
        // close to the answer, where the commit is, to catch a batch committed whose answer never left.
        const double from = iterations % 2 ? 0.0 : pushMs * 0.7;
        const int delay = int(from + random.bounded(std::max(2.0, pushMs - from)));
        delays << delay;
        bool killed = false;
        QTimer killer;
        killer.setSingleShot(true);
        killer.setTimerType(Qt::PreciseTimer);
        connect(&killer, &QTimer::timeout, this, [&] {
            m_server->kill();
            killed = true;
        });
        killer.start(delay);
        // Blocks in a local event loop, in which the timer fires.
        const HttpResponse first = push(body);
        killer.stop();
        if (!killed)
            m_server->kill(); // the answer won the race: kill anyway, so every iteration restarts the server
        const bool lost = killed && first.status == 0;
        if (lost) {
            ++unanswered;
        } else {
            ++answered;
            // Follow what a push on a freshly started server takes now, so that the kills keep landing inside it.
            if (first.status == 200)
                pushMs = (pushMs * 2 + double(first.elapsedMs)) / 3;
        }

        QVERIFY(restart());
        HttpResponse retry;
        for (int attempt = 0; attempt < 5; ++attempt) {
            retry = push(body);
            if (retry.status != 0)
                break;
            QVERIFY(restart());
        }
        QVERIFY2(retry.status == 200, qPrintable(retry.describe()));
        const QJsonArray results = retry.json().value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), qsizetype(batch.size()));

        // One transaction per batch: after a kill either all of it was committed or none of it.
        const QString firstStatus = statusOf(results.at(0));
        const QJsonArray firstResults =
            first.status == 200 ? first.json().value(QLatin1String("results")).toArray() : QJsonArray();
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QJsonObject result = results.at(i).toObject();
            QCOMPARE(result.value(QLatin1String("idempotency_key")).toString(), batch[size_t(i)].key);
            QVERIFY2(statusOf(result) == firstStatus,
                     qPrintable(QStringLiteral("iteration %1 (kill after %2 ms): results mix %3 and %4")
                                    .arg(iterations)
                                    .arg(delay)
                                    .arg(firstStatus, statusOf(result))));
            const QJsonObject applied =
                firstStatus == QLatin1String("duplicate") ? result.value(QLatin1String("original")).toObject() : result;
            QVERIFY2(statusOf(applied) == QLatin1String("applied") &&
                         applied.value(QLatin1String("version")).toInteger() == 1,
                     qPrintable(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact))));
            // An answer the client did get before the kill is what a replay answers too.
            if (!firstResults.isEmpty())
                QCOMPARE(applied, firstResults.at(i).toObject());
        }
        if (firstStatus == QLatin1String("applied")) {
            QVERIFY2(firstResults.isEmpty(), "a batch answered before the kill was applied again on retry");
            ++rolledBack;
        } else {
            QCOMPARE(firstStatus, QStringLiteral("duplicate"));
            if (lost)
                ++committedUnanswered;
        }
    }
    std::sort(delays.begin(), delays.end());
    std::printf("kill: %d iterations, %d server starts, %zu mutations; %d kills left the push unanswered (%d of them "
                "rolled back, %d committed: the retry answered duplicate), %d came after the answer; kill delays "
                "%d..%d ms, median %d ms; undisturbed push ~%.0f ms\n",
                iterations, m_server->starts(), m_pushed.size(), unanswered, rolledBack, committedUnanswered, answered,
                delays.front(), delays.back(), delays.at(delays.size() / 2), pushMs);
    std::fflush(stdout);
    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.mid(0, 5).join(u'\n')));
    QVERIFY2(
        unanswered >= kKillsInFlight,
        qPrintable(
            QStringLiteral("only %1 of %2 kills landed while a push was unanswered").arg(unanswered).arg(iterations)));
    checkDatabase();
}

void TestServerKill::checkDatabase()
{
    auto db = m_fixture.ownerConnection();
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QStringList ids, states;
    for (const PushMutation &m : m_pushed) {
        ids << m.id;
        if (m.entity == QLatin1String("assessment"))
            states << server::TwinDerivation::stateIdFor(m.id);
    }

    // Exactly one change-log entry per pushed id, a create at version 1, and the document stored once.
    auto log = db.value()->exec("SELECT id, count(*), min(op), min(version), max(version) FROM change_log"
                                " WHERE id = ANY($1::text[]) GROUP BY id",
                                {pgTextArray(ids)});
    QVERIFY2(log.ok(), qPrintable(log.ok() ? QString() : log.error().detail));
    QCOMPARE(log->rows(), int(ids.size()));
    for (int r = 0; r < log->rows(); ++r) {
        QVERIFY2(log->int64(r, 1) == 1 && log->text(r, 2) == QLatin1String("create") && log->int64(r, 4) == 1,
                 qPrintable(QStringLiteral("a pushed record has %1 change-log entries").arg(log->int64(r, 1))));
    }
    auto docs = db.value()->exec("SELECT count(*) FROM document WHERE id = ANY($1::text[]) AND version = 1"
                                 " AND NOT deleted",
                                 {pgTextArray(ids)});
    QVERIFY(docs.ok());
    QCOMPARE(docs->int64(0, 0), qint64(ids.size()));

    // One derived twin state per signed assessment, and none besides them and the seeded ones.
    auto derived = db.value()->exec("SELECT id, count(*), min(op) FROM change_log WHERE entity = 'twin_state'"
                                    " AND id = ANY($1::text[]) GROUP BY id",
                                    {pgTextArray(states)});
    QVERIFY(derived.ok());
    QCOMPARE(derived->rows(), int(states.size()));
    for (int r = 0; r < derived->rows(); ++r)
        QVERIFY2(derived->int64(r, 1) == 1 && derived->text(r, 2) == QLatin1String("derive"),
                 "an assessment derived more than one twin state");
    auto allStates = db.value()->exec("SELECT count(*) FROM document WHERE entity = 'twin_state'"
                                      " AND patient_id = ANY($1::text[])",
                                      {pgTextArray(m_patients)});
    QVERIFY(allStates.ok());
    QCOMPARE(allStates->int64(0, 0), qint64(kPatients * kStatesPerPatient + states.size()));

    // One stored result per idempotency key, however many times its batch was sent.
    auto keys = db.value()->exec("SELECT count(*) FROM idempotency WHERE user_id = $1", {server::pgParam(m_user.id)});
    QVERIFY(keys.ok());
    QCOMPARE(keys->int64(0, 0), qint64(m_pushed.size()));
}

QTEST_GUILESS_MAIN(TestServerKill)
#include "test_server_kill.moc"
