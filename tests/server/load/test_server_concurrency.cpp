// Eight sync clients push and pull at once against the `syncd` fixture for a minute (NOVAMIND_LOAD_SECONDS
// overrides), then the server's database must hold exactly what the clients were told: no lost update, no record
// or key applied twice, and every client's final view equal to the database's view of that client's scope.
#include "LoadClient.h"
#include "ServerFixture.h"
#include "server/twin/TwinDerivation.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <latch>
#include <map>

using namespace novamind;
using namespace novamind::test;

namespace {

constexpr int kClients = 8;
constexpr int kPatients = 16;
constexpr int kPatientsPerOtherClient = 6;

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

class TestServerConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void concurrentClientsLoseNothing();

private:
    std::vector<LoadClientReport> runClients(int seconds);
    void checkChangeLog(server::PgConnection &db, const std::vector<LoadClientReport> &reports);
    void checkDocuments(server::PgConnection &db, const std::vector<LoadClientReport> &reports);
    void checkViews(server::PgConnection &db, const std::vector<LoadClientReport> &reports);

    ServerFixture m_fixture;
    QString m_organization;
    std::vector<TestUser> m_users;
    QStringList m_patients;
    QHash<QString, QStringList> m_scope; // user -> patients in their care
};

void TestServerConcurrency::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const Status ready = m_fixture.init(QStringLiteral("load"));
    QVERIFY2(ready.ok(), qPrintable(ready.ok() ? QString() : ready.error().message));
    m_organization = m_fixture.uniqueName(QStringLiteral("org"));
    for (int i = 0; i < kClients; ++i) {
        auto user =
            m_fixture.addUser(QStringLiteral("c%1").arg(i),
                              i % 2 ? QStringLiteral("clinician") : QStringLiteral("psychiatrist"), m_organization);
        QVERIFY2(user.ok(), qPrintable(user.ok() ? QString() : user.error().message));
        m_users.push_back(user.value());
    }
    // The first user is in care of every patient; each other user of an overlapping window of six, so that every
    // patient is shared by three or four clients whose edits of the same records collide.
    auto bundles = m_fixture.seedPatients(m_users.front(), kPatients, 10);
    QVERIFY2(bundles.ok(), qPrintable(bundles.ok() ? QString() : bundles.error().message));
    for (const PatientBundle &b : bundles.value())
        m_patients << b.patient.id;
    m_scope.insert(m_users.front().id, m_patients);
    for (int k = 1; k < kClients; ++k) {
        QStringList mine;
        for (int j = 0; j < kPatientsPerOtherClient; ++j) {
            const QString patient = m_patients.at((2 * k + j) % kPatients);
            const Status added = m_fixture.admin().addRelationship(m_users[size_t(k)].id, patient);
            QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
            mine << patient;
        }
        m_scope.insert(m_users[size_t(k)].id, mine);
    }
}

std::vector<LoadClientReport> TestServerConcurrency::runClients(int seconds)
{
    QHash<QString, int> carers;
    for (const QStringList &patients : std::as_const(m_scope)) {
        for (const QString &p : patients)
            ++carers[p];
    }
    std::vector<LoadClientReport> reports(kClients);
    std::latch signedIn(kClients);
    std::latch go(1);
    std::latch stopped(kClients);
    std::chrono::steady_clock::time_point deadline;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < kClients; ++i) {
        LoadClientSetup setup;
        setup.env = m_fixture.env();
        setup.user = m_users[size_t(i)].id;
        setup.password = m_users[size_t(i)].password;
        setup.patients = m_scope.value(setup.user);
        for (const QString &p : std::as_const(setup.patients)) {
            if (carers.value(p) > 1)
                setup.sharedPatients << p;
        }
        setup.seed = ServerFixture::uniqueSeed();
        // Each client lives entirely on its thread: its QNetworkAccessManager must never cross threads.
        threads.push_back(std::unique_ptr<QThread>(QThread::create([&, i, setup] {
            LoadClient client(setup);
            const bool prepared = client.prepare();
            signedIn.count_down();
            go.wait();
            if (prepared)
                client.work(deadline);
            // Nobody pulls to the end before everybody has stopped writing.
            stopped.arrive_and_wait();
            if (prepared)
                client.finish();
            reports[size_t(i)] = client.takeReport();
        })));
        threads.back()->start();
    }
    signedIn.wait();
    deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    go.count_down();
    for (auto &t : threads)
        t->wait();
    return reports;
}

void TestServerConcurrency::concurrentClientsLoseNothing()
{
    const int seconds =
        qEnvironmentVariableIsSet("NOVAMIND_LOAD_SECONDS") ? qEnvironmentVariableIntValue("NOVAMIND_LOAD_SECONDS") : 60;
    const std::vector<LoadClientReport> reports = runClients(seconds);

    qint64 requests = 0, mutations = 0, applied = 0, conflicts = 0, rereads = 0, retried = 0, replays = 0, pages = 0;
    QStringList problems, failures;
    for (const LoadClientReport &r : reports) {
        requests += r.requests;
        mutations += r.mutations;
        applied += qint64(r.applied.size());
        conflicts += r.conflicts;
        rereads += r.rereads;
        retried += r.retriedEdits;
        replays += r.replays;
        pages += r.pages;
        problems += r.problems;
        failures += r.serverFailures;
    }
    std::printf("concurrency: %d clients for %d s: %lld requests, %lld mutations (%lld applied, %lld conflicts, "
                "%lld re-reads, %lld edits retried), %lld batches replayed, %lld change pages\n",
                kClients, seconds, requests, mutations, applied, conflicts, rereads, retried, replays, pages);
    std::fflush(stdout);

    QVERIFY2(failures.isEmpty(),
             qPrintable(QStringLiteral("5xx or missing answers:\n") + failures.mid(0, 10).join(u'\n')));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    // The run must have exercised what it claims to: concurrent edits that collided, and many of each.
    QVERIFY(applied > 100);
    QVERIFY2(conflicts > 0, "no edit ever collided: the test did not exercise concurrent updates");

    auto db = m_fixture.ownerConnection();
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    checkChangeLog(*db.value(), reports);
    if (QTest::currentTestFailed())
        return;
    checkDocuments(*db.value(), reports);
    if (QTest::currentTestFailed())
        return;
    checkViews(*db.value(), reports);
}

// Every write the server made to this test's records, from the append-only change log.
void TestServerConcurrency::checkChangeLog(server::PgConnection &db, const std::vector<LoadClientReport> &reports)
{
    auto rows = db.exec("SELECT entity, id, version, op, user_id FROM change_log"
                        " WHERE patient_id = ANY($1::text[]) ORDER BY entity, id, version",
                        {pgTextArray(m_patients)});
    QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().detail));

    struct Write
    {
        QString op;
        QString user;
    };
    std::map<std::pair<QString, qint64>, QList<Write>> writes; // (entity/id, version) -> writes
    QHash<QString, qint64> creates;                            // entity/id -> create entries
    QHash<QString, qint64> writesByUser;                       // client writes (derived states excluded)
    QHash<QString, QList<qint64>> versions;
    for (int r = 0; r < rows->rows(); ++r) {
        const QString key = rows->text(r, 0) + QLatin1Char('/') + rows->text(r, 1);
        const qint64 version = rows->int64(r, 2);
        const QString op = rows->text(r, 3);
        writes[{key, version}].append({op, rows->text(r, 4)});
        versions[key].append(version);
        if (op == QLatin1String("create"))
            ++creates[key];
        if (op != QLatin1String("derive"))
            ++writesByUser[rows->text(r, 4)];
    }
    // Each record's history is 1, 2, ..., n: a version written twice is an update that overwrote another unseen.
    for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i)
            QVERIFY2(it->at(i) == i + 1, qPrintable(QStringLiteral("%1 has versions %2").arg(it.key()).arg([&] {
                         QStringList s;
                         for (qint64 v : *it)
                             s << QString::number(v);
                         return s.join(u',');
                     }())));
    }
    for (auto it = creates.cbegin(); it != creates.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("%1 was created %2 times").arg(it.key()).arg(it.value())));
    auto duplicates = db.exec("SELECT count(*) FROM (SELECT entity, id FROM change_log WHERE op = 'create'"
                              " AND patient_id = ANY($1::text[]) GROUP BY entity, id HAVING count(*) > 1) twice",
                              {pgTextArray(m_patients)});
    QVERIFY(duplicates.ok());
    QCOMPARE(duplicates->int64(0, 0), qint64(0));

    for (const LoadClientReport &report : reports) {
        QStringList assessments;
        for (const AppliedMutation &a : report.applied) {
            const QString key = ClientView::keyOf(a.mutation.entity, a.mutation.id);
            const auto found = writes.find({key, a.version});
            QVERIFY2(found != writes.end() && found->second.size() == 1 && found->second.front().user == report.user &&
                         found->second.front().op == a.mutation.op,
                     qPrintable(QStringLiteral("%1 %2 applied as version %3 for %4 is not in the change log once, as "
                                               "that user's write")
                                    .arg(a.mutation.entity, a.mutation.op)
                                    .arg(a.version)
                                    .arg(report.user)));
            if (a.mutation.entity == QLatin1String("assessment"))
                assessments << server::TwinDerivation::stateIdFor(a.mutation.id);
        }
        // As many writes by the user as answers `applied`: no key was applied twice, nothing was applied unseen.
        QCOMPARE(writesByUser.value(report.user), qint64(report.applied.size()));
        // Each accepted assessment derived exactly one twin state, in the same transaction.
        for (const QString &state : std::as_const(assessments)) {
            const auto derived = writes.find({ClientView::keyOf(QStringLiteral("twin_state"), state), 1});
            QVERIFY2(derived != writes.end() && derived->second.size() == 1 &&
                         derived->second.front().op == QLatin1String("derive"),
                     "an accepted assessment has no derived twin state, or more than one");
        }
        // The server stored one result per key, however often a batch was replayed.
        auto stored = db.exec("SELECT count(*) FROM idempotency WHERE user_id = $1", {server::pgParam(report.user)});
        QVERIFY(stored.ok());
        QCOMPARE(stored->int64(0, 0), qint64(report.keys.size()));
    }
}

// The current documents hold the last applied write of each record, with its data.
void TestServerConcurrency::checkDocuments(server::PgConnection &db, const std::vector<LoadClientReport> &reports)
{
    std::map<std::pair<QString, qint64>, const AppliedMutation *> byVersion;
    for (const LoadClientReport &report : reports) {
        for (const AppliedMutation &a : report.applied)
            byVersion[{ClientView::keyOf(a.mutation.entity, a.mutation.id), a.version}] = &a;
    }
    auto rows = db.exec("SELECT entity, id, version, deleted, coalesce(doc::text, '') FROM document"
                        " WHERE patient_id = ANY($1::text[])",
                        {pgTextArray(m_patients)});
    QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().detail));
    QHash<QString, qint64> current;
    qint64 checked = 0;
    for (int r = 0; r < rows->rows(); ++r) {
        const QString key = rows->text(r, 0) + QLatin1Char('/') + rows->text(r, 1);
        const qint64 version = rows->int64(r, 2);
        current.insert(key, version);
        const auto last = byVersion.find({key, version});
        if (last == byVersion.end())
            continue;
        QVERIFY2(!rows->boolean(r, 3), qPrintable(key + QStringLiteral(" is deleted")));
        const QJsonObject stored = QJsonDocument::fromJson(rows->bytes(r, 4)).object();
        QVERIFY2(stored == last->second->mutation.data,
                 qPrintable(QStringLiteral("%1 at version %2 holds %3, not the applied %4")
                                .arg(key)
                                .arg(version)
                                .arg(compact(stored), compact(last->second->mutation.data))));
        ++checked;
    }
    for (const auto &[at, applied] : byVersion) {
        QVERIFY2(current.contains(at.first), qPrintable(at.first + QStringLiteral(" was applied but is not stored")));
        QVERIFY2(current.value(at.first) >= at.second,
                 qPrintable(at.first + QStringLiteral(" is stored at an older version than one applied")));
    }
    QVERIFY(checked > 0);
}

// Each client's final view equals its scope in the database, by the rule of the row-level security policy.
void TestServerConcurrency::checkViews(server::PgConnection &db, const std::vector<LoadClientReport> &reports)
{
    for (const LoadClientReport &report : reports) {
        auto rows = db.exec("SELECT entity, id, version, doc::text FROM document"
                            " WHERE organization_id = $1 AND NOT deleted AND (patient_id IS NULL OR patient_id IN ("
                            "   SELECT patient_id FROM care_relationship WHERE clinician_id = $2"
                            "   AND valid_from <= now() AND (valid_to IS NULL OR now() < valid_to)))",
                            {server::pgParam(m_organization), server::pgParam(report.user)});
        QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().detail));
        const QHash<QString, ViewDocument> &view = report.view.documents();
        int mismatches = 0;
        QStringList examples;
        for (int r = 0; r < rows->rows(); ++r) {
            const QString key = rows->text(r, 0) + QLatin1Char('/') + rows->text(r, 1);
            const auto held = view.constFind(key);
            if (held == view.constEnd()) {
                ++mismatches;
                examples << key + QStringLiteral(" missing from the client");
            } else if (held->version != rows->int64(r, 2) ||
                       held->data != QJsonDocument::fromJson(rows->bytes(r, 3)).object()) {
                ++mismatches;
                examples << key + QStringLiteral(" at version %1 in the client, %2 in the database")
                                      .arg(held->version)
                                      .arg(rows->int64(r, 2));
            }
        }
        if (view.size() != rows->rows()) {
            ++mismatches;
            examples
                << QStringLiteral("the client holds %1 documents, its scope %2").arg(view.size()).arg(rows->rows());
        }
        QVERIFY2(mismatches == 0, qPrintable(report.user + QStringLiteral(": ") + examples.mid(0, 5).join(u'\n')));
    }
}

QTEST_GUILESS_MAIN(TestServerConcurrency)
#include "test_server_concurrency.moc"
