// Outbox: what the server answered to each pushed edit lands on the entry and its row.
#include "SyncStorageSupport.h"
#include "storage/sync/Outbox.h"
#include "storage/sync/RecordEditor.h"

using namespace novamind;
using namespace novamind::test;

namespace {

sync::PushResult applied(const OutboxEntry &e, qint64 version, bool duplicate = false)
{
    sync::PushResult r;
    r.idempotencyKey = e.idempotencyKey;
    r.status = sync::PushStatus::Applied;
    r.version = version;
    r.duplicate = duplicate;
    return r;
}

sync::PushResult conflicted(const OutboxEntry &e, qint64 serverVersion, const QJsonObject &serverData,
                            bool duplicate = false)
{
    sync::PushResult r;
    r.idempotencyKey = e.idempotencyKey;
    r.status = sync::PushStatus::Conflict;
    r.serverVersion = serverVersion;
    r.serverData = serverData;
    r.duplicate = duplicate;
    return r;
}

sync::PushResult rejected(const OutboxEntry &e, const QString &message, bool duplicate = false)
{
    sync::PushResult r;
    r.idempotencyKey = e.idempotencyKey;
    r.status = sync::PushStatus::Rejected;
    r.error = QStringLiteral("invalid_content");
    r.httpStatus = 422;
    r.message = message;
    r.duplicate = duplicate;
    return r;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Replica> m_replica;

    Database &db() { return m_replica->database(); }

    // Three new notes n1..n3 of p1, waiting for the server in that order.
    std::vector<OutboxEntry> threeNotes()
    {
        const Session session = sessionOf(*m_replica);
        for (int i = 1; i <= 3; ++i) {
            const QString id = QStringLiteral("n%1").arg(i);
            [[maybe_unused]] const Status s = RecordEditor::create(
                session, QStringLiteral("clinical_note"), noteJson(id, QStringLiteral("p1"), QStringLiteral("text")));
            Q_ASSERT(s.ok());
        }
        return Outbox::pending(db(), 10).value();
    }
    QString rowColumn(const char *column, const QString &id)
    {
        return columnOf(db(), std::string("SELECT ") + column + " FROM clinical_note WHERE id = ?", id);
    }

private Q_SLOTS:
    void initTestCase() { initSyncTest(); }
    void init() { m_replica = syncReplica(m_dir, QStringLiteral("o%1.db").arg(++m_n)); }
    void cleanup() { m_replica.reset(); }

    void pendingIsInOrderWithThePatient()
    {
        const auto entries = threeNotes();
        QCOMPARE(entries.size(), std::size_t(3));
        QCOMPARE(entries[0].entityId, QStringLiteral("n1"));
        QCOMPARE(entries[2].entityId, QStringLiteral("n3"));
        QCOMPARE(entries[0].patientId, QStringLiteral("p1"));
        QCOMPARE(entries[0].op, QStringLiteral("create"));
        QCOMPARE(entries[0].baseVersion, qint64(0));
        QCOMPARE(Outbox::pending(db(), 2)->size(), std::size_t(2));
        QCOMPARE(Outbox::pendingCount(db()).value(), 3);
    }

    void appliedLeavesTheOutboxAndCleansTheRow()
    {
        const auto e = threeNotes();
        auto tally = Outbox::recordResults(db(), {e[0], e[1]}, {applied(e[0], 1), applied(e[1], 1, true)});
        QVERIFY(tally.ok());
        QCOMPARE(tally->applied, 1);
        QCOMPARE(tally->duplicates, 1);
        QCOMPARE(Outbox::pendingCount(db()).value(), 1);
        for (const QString &id : {QStringLiteral("n1"), QStringLiteral("n2")}) {
            QCOMPARE(rowColumn("server_version", id), QStringLiteral("1"));
            QCOMPARE(rowColumn("local_state", id), QStringLiteral("0"));
        }
        QCOMPARE(rowColumn("local_state", QStringLiteral("n3")), QStringLiteral("1"));
    }

    void aChainOfOfflineEditsStaysPendingUntilTheLastIsApplied()
    {
        const Session session = sessionOf(*m_replica);
        QVERIFY(RecordEditor::create(session, QStringLiteral("clinical_note"),
                                     noteJson(QStringLiteral("n1"), QStringLiteral("p1"), QStringLiteral("one")))
                    .ok());
        QVERIFY(RecordEditor::update(session, QStringLiteral("clinical_note"),
                                     noteJson(QStringLiteral("n1"), QStringLiteral("p1"), QStringLiteral("two")))
                    .ok());
        const auto e = Outbox::pending(db(), 10).value();
        QCOMPARE(e.size(), std::size_t(2));
        QCOMPARE(e[1].baseVersion, qint64(1)); // the version the create will have made
        QVERIFY(Outbox::recordResults(db(), {e[0]}, {applied(e[0], 1)}).ok());
        QCOMPARE(rowColumn("local_state", QStringLiteral("n1")), QStringLiteral("1"));
        QVERIFY(Outbox::recordResults(db(), {e[1]}, {applied(e[1], 2)}).ok());
        QCOMPARE(rowColumn("local_state", QStringLiteral("n1")), QStringLiteral("0"));
        QCOMPARE(rowColumn("server_version", QStringLiteral("n1")), QStringLiteral("2"));
    }

    void conflictMovesTheEntryIntoAConflict_data()
    {
        QTest::addColumn<bool>("duplicate");
        QTest::newRow("conflict") << false;
        QTest::newRow("duplicate of a conflict") << true;
    }

    void conflictMovesTheEntryIntoAConflict()
    {
        QFETCH(bool, duplicate);
        const auto e = threeNotes();
        const QJsonObject theirs = noteJson(QStringLiteral("n1"), QStringLiteral("p1"), QStringLiteral("theirs"));
        auto tally = Outbox::recordResults(db(), {e[0]}, {conflicted(e[0], 4, theirs, duplicate)});
        QVERIFY(tally.ok());
        QCOMPARE(tally->conflicts, duplicate ? 0 : 1);
        QCOMPARE(tally->duplicates, duplicate ? 1 : 0);
        QCOMPARE(count(db(), "SELECT count(*) FROM outbox WHERE entity_id = 'n1'"), qint64(0));
        QCOMPARE(count(db(), "SELECT count(*) FROM sync_conflict WHERE entity_id = 'n1' AND server_version = 4"
                             " AND patient_id = 'p1' AND server_data LIKE '%theirs%' AND local_data LIKE '%text%'"),
                 qint64(1));
        QCOMPARE(rowColumn("local_state", QStringLiteral("n1")), QStringLiteral("2"));
        QCOMPARE(rowColumn("body", QStringLiteral("n1")), QStringLiteral("text"));
    }

    void rejectedIsQuarantinedAndNeverBlocksTheNextOnes_data()
    {
        QTest::addColumn<bool>("duplicate");
        QTest::newRow("rejected") << false;
        QTest::newRow("duplicate of a rejection") << true;
    }

    void rejectedIsQuarantinedAndNeverBlocksTheNextOnes()
    {
        QFETCH(bool, duplicate);
        const auto e = threeNotes();
        const QString sentence = QStringLiteral("Field \"body\" is too long.");
        auto tally = Outbox::recordResults(db(), {e[0], e[1]}, {rejected(e[0], sentence, duplicate), applied(e[1], 1)});
        QVERIFY(tally.ok());
        QCOMPARE(tally->rejected, duplicate ? 0 : 1);
        QCOMPARE(tally->applied, 1);
        const auto quarantined = Outbox::quarantined(db()).value();
        QCOMPARE(quarantined.size(), std::size_t(1));
        QCOMPARE(quarantined[0].entityId, QStringLiteral("n1"));
        QCOMPARE(quarantined[0].lastError, sentence);
        QCOMPARE(quarantined[0].attempts, 1);
        const auto next = Outbox::pending(db(), 10).value();
        QCOMPARE(next.size(), std::size_t(1));
        QCOMPARE(next[0].entityId, QStringLiteral("n3"));
        QCOMPARE(rowColumn("local_state", QStringLiteral("n1")), QStringLiteral("1")); // still unsent here
    }

    void retryGivesANewKeyAndIsAudited()
    {
        const auto e = threeNotes();
        QVERIFY(Outbox::recordResults(db(), {e[0]}, {rejected(e[0], QStringLiteral("No."))}).ok());
        const qint64 audits = count(db(), "SELECT count(*) FROM audit_log");
        QVERIFY(Outbox::retry(sessionOf(*m_replica), e[0].seq).ok());
        const auto again = Outbox::pending(db(), 10).value();
        QCOMPARE(again.size(), std::size_t(3));
        QCOMPARE(again[0].seq, e[0].seq);
        QVERIFY(again[0].idempotencyKey != e[0].idempotencyKey);
        QVERIFY(again[0].lastError.isEmpty());
        QCOMPARE(count(db(), "SELECT count(*) FROM audit_log"), audits + 1);
        QCOMPARE(count(db(), "SELECT count(*) FROM audit_log WHERE action = 'retry_sync' AND entity_id = 'n1'"),
                 qint64(1));
        // Only quarantined entries can be retried.
        QCOMPARE(Outbox::retry(sessionOf(*m_replica), e[1].seq).error().code, ErrorCode::NotFound);
    }

    void answersThatDoNotMatchChangeNothing()
    {
        const auto e = threeNotes();
        QVERIFY(!Outbox::recordResults(db(), {e[0], e[1]}, {applied(e[0], 1)}).ok());
        QVERIFY(!Outbox::recordResults(db(), {e[0]}, {applied(e[1], 1)}).ok());
        QCOMPARE(Outbox::pendingCount(db()).value(), 3);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "test_outbox.moc"
