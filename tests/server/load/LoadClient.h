#pragma once
// LoadClient: one simulated sync client of the concurrency test. It signs in with its own token, then pushes
// (creates, edits of shared records, replays) and pulls change pages until a deadline, keeping a ClientView and
// recording every answer so that the test can check the server's database against what each client was told.
// Create, use and destroy it on one thread: its HttpClient (QNetworkAccessManager) belongs to that thread.

#include "ClientView.h"
#include "HttpClient.h"
#include "MutationFactory.h"
#include "ServerEnv.h"

#include <QByteArray>
#include <QJsonArray>
#include <QSet>
#include <QString>
#include <QStringList>
#include <chrono>
#include <memory>
#include <vector>

namespace novamind::test {

struct LoadClientSetup
{
    ServerEnv env;
    QString user;
    QByteArray password;
    QStringList patients;       // the patients this user is in care of
    QStringList sharedPatients; // those of them other clients also see: their records are edited concurrently
    quint64 seed = 1;
};

// A mutation the server answered `applied`, with the version it gave.
struct AppliedMutation
{
    PushMutation mutation;
    qint64 version = 0;
};

struct LoadClientReport
{
    QString user;
    qint64 requests = 0;
    qint64 pushes = 0;    // POST /v1/push requests with fresh mutations
    qint64 mutations = 0; // fresh mutations sent (replays not counted)
    qint64 conflicts = 0;
    qint64 rereads = 0;      // GET /v1/records after a conflict
    qint64 retriedEdits = 0; // edits sent again on the re-read version
    qint64 replays = 0;      // batches sent a second time with the same keys
    qint64 pages = 0;        // change pages pulled
    std::vector<AppliedMutation> applied;
    QSet<QString> keys;         // every idempotency key this client sent
    QStringList problems;       // answers the contract does not allow (the test fails on any)
    QStringList serverFailures; // 5xx or no answer at all
    ClientView view;
};

class LoadClient
{
public:
    explicit LoadClient(LoadClientSetup setup);

    // Signs in and pulls everything visible; false (with a problem recorded) when that fails.
    bool prepare();
    // Pushes and pulls until `deadline`.
    void work(std::chrono::steady_clock::time_point deadline);
    // Pulls change pages until has_more is false.
    void finish();

    LoadClientReport takeReport();

private:
    void pushFresh();
    void send(const std::vector<PushMutation> &batch, bool retryConflicts);
    void replayLast();
    void pullPage(int limit);
    bool pullToEnd();
    void reread(const PushMutation &m, qint64 conflictVersion, bool retry);
    std::optional<PushMutation> pickEdit(const QSet<QString> &taken);
    void problem(const QString &what);

    LoadClientSetup m_setup;
    std::unique_ptr<HttpClient> m_http;
    MutationFactory m_factory;
    QByteArray m_token;
    LoadClientReport m_report;
    std::vector<PushMutation> m_lastBatch;
    QJsonArray m_lastResults; // the first answer to m_lastBatch
};

} // namespace novamind::test
