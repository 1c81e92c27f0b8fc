// Two clinicians, two replicas, one patient: edits of the same note made offline from the same version end as a
// conflict on the second replica to sync, with nothing lost on either side until that clinician decides; signed
// assessments from both are never a conflict.
#include "CtlSync.h"
#include "LocalEdits.h"
#include "ScopeView.h"
#include "ServerFixture.h"
#include "TestReplica.h"
#include "storage/sync/Conflicts.h"
#include "storage/sync/EntityTables.h"
#include "storage/sync/Outbox.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace novamind;
using namespace novamind::test;
using novamind::server::pgParam;

namespace {
const QString kNote = QStringLiteral("clinical_note");
}

class TestSyncConflict : public QObject
{
    Q_OBJECT

    ServerFixture m_fixture;
    QTemporaryDir m_dir;
    TestUser m_a, m_b;
    QString m_patient;
    std::unique_ptr<TestReplica> m_ra, m_rb;

    // One `novamindctl sync` of `replica` that must succeed; its summary.
    QJsonObject sync(TestReplica &replica)
    {
        replica.close();
        const CtlSyncRun run = CtlSync::run(replica.syncArgs(m_fixture.env().serverUrl));
        if (run.exitCode != 0 || run.crashed) {
            QTest::qFail(qPrintable(QStringLiteral("sync of %1: %2").arg(replica.user().id, run.describe())), __FILE__,
                         __LINE__);
            return {};
        }
        return run.summary();
    }

    // The server's current version and document of (entity, id), read as the owner; version 0 when absent.
    std::pair<qint64, QJsonObject> onServer(const QString &entity, const QString &id)
    {
        auto owner = m_fixture.ownerConnection();
        if (!owner.ok())
            return {0, {}};
        auto rows = owner.value()->exec("SELECT version, doc::text FROM document WHERE entity = $1 AND id = $2",
                                        {pgParam(entity), pgParam(id)});
        if (!rows.ok() || rows->rows() != 1)
            return {0, {}};
        return {rows->int64(0, 0), QJsonDocument::fromJson(rows->bytes(0, 1)).object()};
    }

    static int pushed(const QJsonObject &summary, const char *what)
    {
        return summary.value(QLatin1String("pushed")).toObject().value(QLatin1String(what)).toInt(-1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        NM_VERIFY_OK(m_fixture.init(QStringLiteral("sync-conflict")));
        const QString org = m_fixture.uniqueName(QStringLiteral("org"));
        auto a = m_fixture.addUser(QStringLiteral("a"), QStringLiteral("psychiatrist"), org);
        NM_VERIFY_OK(a);
        m_a = a.value();
        auto b = m_fixture.addUser(QStringLiteral("b"), QStringLiteral("clinician"), org);
        NM_VERIFY_OK(b);
        m_b = b.value();
        auto bundles = m_fixture.seedPatients(m_a, 2, 5);
        NM_VERIFY_OK(bundles);
        m_patient = bundles->front().patient.id;
        NM_VERIFY_OK(m_fixture.admin().addRelationship(m_b.id, m_patient));

        auto ra = TestReplica::create(m_dir.path(), QStringLiteral("a"), m_a);
        NM_VERIFY_OK(ra);
        m_ra = std::move(ra).value();
        auto rb = TestReplica::create(m_dir.path(), QStringLiteral("b"), m_b);
        NM_VERIFY_OK(rb);
        m_rb = std::move(rb).value();
        sync(*m_ra);
        sync(*m_rb);
    }

    void sameNoteEditedOnBothSides()
    {
        // A writes the note; both replicas hold it at version 1.
        auto sessionA = m_ra->session();
        NM_VERIFY_OK(sessionA);
        auto note = LocalEdits::createNote(sessionA.value(), m_patient, QStringLiteral("First version."));
        NM_VERIFY_OK(note);
        sync(*m_ra);
        sync(*m_rb);
        QCOMPARE(onServer(kNote, note->id).first, qint64(1));

        // Both offline, both from version 1.
        sessionA = m_ra->session();
        NM_VERIFY_OK(sessionA);
        auto mine = LocalEdits::updateNote(sessionA.value(), note.value(), QStringLiteral("A's revision."));
        NM_VERIFY_OK(mine);
        auto sessionB = m_rb->session();
        NM_VERIFY_OK(sessionB);
        auto theirs = LocalEdits::updateNote(sessionB.value(), note.value(), QStringLiteral("B's revision."));
        NM_VERIFY_OK(theirs);

        const QJsonObject first = sync(*m_ra);
        QCOMPARE(pushed(first, "applied"), 1);
        const QJsonObject second = sync(*m_rb);
        QCOMPARE(pushed(second, "conflicts"), 1);
        QCOMPARE(pushed(second, "applied"), 0);
        QCOMPARE(second.value(QLatin1String("conflicts")).toInt(-1), 1);

        // B sees both versions; the server kept A's.
        sessionB = m_rb->session();
        NM_VERIFY_OK(sessionB);
        auto conflicts = Conflicts::list(sessionB.value());
        NM_VERIFY_OK(conflicts);
        QCOMPARE(int(conflicts->size()), 1);
        const Conflict &c = conflicts->front();
        QCOMPARE(c.entity, kNote);
        QCOMPARE(c.entityId, note->id);
        QCOMPARE(c.patientId, m_patient);
        QVERIFY(!c.localDeleted && !c.serverDeleted);
        QCOMPARE(c.localData, theirs->data);
        QCOMPARE(c.serverData, mine->data);
        QCOMPARE(c.serverVersion, qint64(2));
        auto row = EntityTables::load(m_rb->db(), kNote, note->id);
        NM_VERIFY_OK(row);
        QVERIFY(row->has_value());
        QCOMPARE(row->value().data, theirs->data); // B's words are still on B's screen
        QCOMPARE(row->value().localState, 2);
        auto server = onServer(kNote, note->id);
        QCOMPARE(server.first, qint64(2));
        QCOMPARE(server.second, mine->data);

        // B keeps theirs: it goes to the server as the next version, and A gets it.
        NM_VERIFY_OK(Conflicts::resolve(sessionB.value(), c.id, Conflicts::Choice::KeepMine));
        const QJsonObject resolved = sync(*m_rb);
        QCOMPARE(pushed(resolved, "applied"), 1);
        QCOMPARE(resolved.value(QLatin1String("conflicts")).toInt(-1), 0);
        server = onServer(kNote, note->id);
        QCOMPARE(server.first, qint64(3));
        QCOMPARE(server.second, theirs->data);
        NM_VERIFY_OK(m_rb->open());
        row = EntityTables::load(m_rb->db(), kNote, note->id);
        NM_VERIFY_OK(row);
        QVERIFY(row->has_value());
        QCOMPARE(row->value().serverVersion, qint64(3));
        QCOMPARE(row->value().localState, 0);
        auto pending = Outbox::pendingCount(m_rb->db());
        NM_VERIFY_OK(pending);
        QCOMPARE(pending.value(), 0);

        sync(*m_ra);
        NM_VERIFY_OK(m_ra->open());
        row = EntityTables::load(m_ra->db(), kNote, note->id);
        NM_VERIFY_OK(row);
        QVERIFY(row->has_value());
        QCOMPARE(row->value().serverVersion, qint64(3));
        QCOMPARE(row->value().data, theirs->data);
        QCOMPARE(row->value().localState, 0);
    }

    void signedAssessmentsNeverConflict()
    {
        auto sessionA = m_ra->session();
        NM_VERIFY_OK(sessionA);
        auto fromA = LocalEdits::signPhq9(sessionA.value(), m_patient, {1, 1, 1, 1, 1, 1, 1, 1, 0});
        NM_VERIFY_OK(fromA);
        auto sessionB = m_rb->session();
        NM_VERIFY_OK(sessionB);
        auto fromB = LocalEdits::signPhq9(sessionB.value(), m_patient, {2, 2, 2, 2, 2, 2, 2, 2, 0});
        NM_VERIFY_OK(fromB);

        const QJsonObject a = sync(*m_ra);
        QCOMPARE(pushed(a, "applied"), 1);
        const QJsonObject b = sync(*m_rb);
        QCOMPARE(pushed(b, "applied"), 1);
        QCOMPARE(pushed(b, "conflicts"), 0);
        QCOMPARE(b.value(QLatin1String("conflicts")).toInt(-1), 0);
        sync(*m_ra);

        QCOMPARE(onServer(QStringLiteral("assessment"), fromA->id).second, fromA->data);
        QCOMPARE(onServer(QStringLiteral("assessment"), fromB->id).second, fromB->data);
        for (TestReplica *replica : {m_ra.get(), m_rb.get()}) {
            NM_VERIFY_OK(replica->open());
            auto view = ScopeView::fromReplica(replica->db());
            NM_VERIFY_OK(view);
            for (const LocalEdit *made : {&fromA.value(), &fromB.value()}) {
                const ScopeEntry *held = view->find(made->entity, made->id);
                QVERIFY2(held, qPrintable(QStringLiteral("%1 lacks an assessment").arg(replica->user().id)));
                QCOMPARE(held->data, made->data);
            }
            auto session = replica->session();
            NM_VERIFY_OK(session);
            auto count = Conflicts::count(session.value());
            NM_VERIFY_OK(count);
            QCOMPARE(count.value(), 0);
        }
    }

    void cleanupTestCase()
    {
        m_ra.reset();
        m_rb.reset();
    }
};

QTEST_GUILESS_MAIN(TestSyncConflict)
#include "test_sync_conflict.moc"
