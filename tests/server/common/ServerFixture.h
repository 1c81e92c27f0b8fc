#pragma once
// ServerFixture: what a test of a running novamind-syncd starts from: the fixture's env, an HTTP client, the admin
// commands, names unique to this run (tests share one server and may run in parallel), users, demo patients,
// tokens, and SQL connections as the owner or the application role.

#include "FeedReader.h"
#include "HttpClient.h"
#include "ServerEnv.h"
#include "SyncdAdmin.h"
#include "models/cohort/DemoCohort.h"
#include "server/db/PgConnection.h"

#include <QTest>
#include <memory>
#include <vector>

// QVERIFY for a Result or Status, failing with the error's message.
#define NM_VERIFY_OK(result)                                                                                           \
    do {                                                                                                               \
        const auto &nm_verify_result_ = (result);                                                                      \
        QVERIFY2(nm_verify_result_.ok(),                                                                               \
                 qPrintable(nm_verify_result_.ok() ? QString() : nm_verify_result_.error().message));                  \
    } while (false)

namespace novamind::test {

// A PostgreSQL text[] literal of `values` (each quoted), for `= ANY($1::text[])` in test queries.
QByteArray pgTextArray(const QStringList &values);

struct TestUser
{
    QString id;
    QString role; // psychiatrist | clinician | admin
    QString organization;
    QByteArray password;
};

class ServerFixture
{
public:
    ServerFixture() = default;
    ServerFixture(const ServerFixture &) = delete;
    ServerFixture &operator=(const ServerFixture &) = delete;

    // Reads the env file ($NOVAMIND_SERVER_ENV) and checks that the server answers GET /v1/health. `testName`
    // starts every name this fixture makes, followed by a random run id.
    Status init(const QString &testName);

    const ServerEnv &env() const { return m_env; }
    HttpClient &http() { return *m_http; }
    FeedReader &feed() { return *m_feed; }
    const SyncdAdmin &admin() const { return *m_admin; }

    const QString &runId() const { return m_runId; }
    // "<test>-<stem>-<run id>": a user, organisation or device id no other test or run uses.
    QString uniqueName(const QString &stem) const;
    // A random demo-cohort seed: patient ids derive from it, so another test's patients never collide with ours.
    static quint64 uniqueSeed();
    // A fresh UUID string, for document ids.
    static QString newId();

    // `novamind-syncd admin add-user` with a random password; the user's id is uniqueName(stem).
    Result<TestUser> addUser(const QString &stem, const QString &role, const QString &organization);
    // POST /v1/auth/token; the access token.
    Result<QByteArray> signIn(const TestUser &user);
    // `admin seed-demo --assign-to` with a fresh seed: `patients` patients in the assignee's organisation and care.
    // Returns what was seeded, regenerated with the same parameters (the cohort is deterministic), after checking
    // that every patient exists on the server.
    Result<std::vector<PatientBundle>> seedPatients(const TestUser &assignee, int patients, int statesPerPatient);
    // A token inserted directly as the owner, expiring `expiresInSeconds` from now (negative: already expired).
    Result<QByteArray> mintToken(const TestUser &user, qint64 expiresInSeconds);

    Result<std::unique_ptr<server::PgConnection>> ownerConnection() const;
    Result<std::unique_ptr<server::PgConnection>> appConnection() const;

private:
    ServerEnv m_env;
    QString m_testName;
    QString m_runId;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<FeedReader> m_feed;
    std::unique_ptr<SyncdAdmin> m_admin;
};

} // namespace novamind::test
