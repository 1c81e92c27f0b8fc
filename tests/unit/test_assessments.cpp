// AssessmentRepository: drafts, signing (immutable, outbox, audit), and the suicide-risk acknowledgement.
#include "DemoReplica.h"
#include "TestSupport.h"
#include "models/codecs/JsonCodec.h"
#include "storage/AssessmentRepository.h"
#include "storage/ClinicalRepository.h"
#include "storage/PatientRepository.h"
#include "storage/RecordMapping.h"
#include "storage/UnitOfWork.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace novamind;

class TestAssessments : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
    Session m_session;
    const QString m_patient = QStringLiteral("patient-1");

    qint64 count(const char *sql) { return m_replica->database().queryInt(sql).value(); }

    Result<Assessment> draft(const std::vector<std::optional<int>> &answers,
                             const QString &instrument = QStringLiteral("phq9"))
    {
        Assessment a;
        a.patientId = m_patient;
        a.instrument = instrument;
        a.answers = answers;
        auto uow = UnitOfWork::begin(m_session);
        auto saved = AssessmentRepository::saveDraft(uow.value(), a);
        if (saved.ok() && !uow->commit().ok())
            return Error{};
        return saved;
    }

    Result<Assessment> sign(const QString &id, bool ack)
    {
        auto uow = UnitOfWork::begin(m_session);
        auto signedA = AssessmentRepository::sign(uow.value(), id, ack);
        if (signedA.ok() && !uow->commit().ok())
            return Error{};
        return signedA;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto r = Replica::create(m_dir.filePath(QStringLiteral("r.db")), QStringLiteral("dr.ada"), "ada passphrase",
                                 Role::Psychiatrist, test::cheapOptions());
        QVERIFY(r.ok());
        m_replica = std::move(r.value());
        QVERIFY(test::seedPatientInCare(*m_replica, QStringLiteral("dr.ada"), m_patient, QStringLiteral("MRN1")).ok());
        auto s = Session::forReplica(*m_replica);
        QVERIFY(s.ok());
        m_session = s.value();
    }

    void signingFreezesQueuesAndAudits()
    {
        auto d = draft({1, 2, 1, 0, 1, 2, 1, 0, 0});
        QVERIFY(d.ok());
        QCOMPARE(d->status, QStringLiteral("draft"));
        QCOMPARE(d->total, std::optional<int>(8));
        QCOMPARE(count("SELECT count(*) FROM outbox"), qint64(0)); // drafts stay on the device
        auto s = sign(d->id, false);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QCOMPARE(s->status, QStringLiteral("completed"));
        QCOMPARE(s->band, QStringLiteral("mild"));
        QVERIFY(s->completedAt.has_value());
        // The outbox row was written with the edit and carries the signed record in its wire form.
        auto stmt = m_replica->database().prepare("SELECT entity, entity_id, op, data FROM outbox");
        QVERIFY(stmt->step().value());
        QCOMPARE(stmt->columnText(0), QStringLiteral("assessment"));
        QCOMPARE(stmt->columnText(1), d->id);
        QCOMPARE(stmt->columnText(2), QStringLiteral("create"));
        auto decoded = codec::fromJson<Assessment>(QJsonDocument::fromJson(stmt->columnText(3).toUtf8()).object());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->total, std::optional<int>(8));
        QCOMPARE(decoded->status, QStringLiteral("completed"));
        // Signed means immutable: neither the repository nor SQL can change it.
        Assessment again = s.value();
        again.answers[0] = 3;
        auto uow = UnitOfWork::begin(m_session);
        QVERIFY(!AssessmentRepository::saveDraft(uow.value(), again).ok());
        QVERIFY(!AssessmentRepository::sign(uow.value(), d->id, false).ok());
        uow->rollback();
        QVERIFY(!m_replica->database().exec("UPDATE assessment SET total = 27 WHERE status = 'completed'").ok());
        // It shows in the history, and the audit trail has the signature.
        auto uow2 = UnitOfWork::begin(m_session);
        auto history = ClinicalRepository::assessmentHistory(uow2.value(), m_patient, QStringLiteral("phq9"));
        QVERIFY(history.ok());
        QCOMPARE(history->size(), std::size_t(1));
        QVERIFY(uow2->commit().ok());
        QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'sign'"), qint64(1));
    }

    void suicideRiskNeedsAcknowledgement()
    {
        auto d = draft({0, 0, 0, 0, 0, 0, 0, 0, 1});
        QVERIFY(d.ok());
        QVERIFY(d->flags.contains(QStringLiteral("suicide_risk")));
        const qint64 outboxBefore = count("SELECT count(*) FROM outbox");
        auto refused = sign(d->id, false);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("acknowledge")));
        QCOMPARE(count("SELECT count(*) FROM outbox"), outboxBefore);
        auto s = sign(d->id, true);
        QVERIFY(s.ok());
        QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'acknowledge_risk'"), qint64(1));
    }

    void patientListSummarisesTheLatestRecords()
    {
        auto summary = [&] {
            auto uow = UnitOfWork::begin(m_session);
            auto found = PatientRepository::search(uow.value(), {});
            (void)uow->commit();
            return found.value().at(0);
        };
        // Signed PHQ-9s with item 9 above 0 came before (suicideRiskNeedsAcknowledgement); a later one without clears
        // it.
        QVERIFY(summary().suicideRisk);
        auto d = draft({0, 0, 0, 0, 0, 0, 0, 0, 0});
        QVERIFY(d.ok());
        QVERIFY(summary().suicideRisk); // a draft changes nothing
        auto s = sign(d->id, false);
        QVERIFY(s.ok());
        QVERIFY(!summary().suicideRisk);
        QCOMPARE(summary().lastAssessmentAt, s->completedAt);

        RecordMapping::Writer w(m_replica->database());
        auto state = [&](int day, const char *level) {
            DigitalTwinState t;
            t.id = QStringLiteral("state-%1").arg(day);
            t.twinId = QStringLiteral("twin");
            t.patientId = m_patient;
            t.timestamp = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addDays(day);
            t.risk.level = QLatin1String(level);
            return t;
        };
        QVERIFY(w.insert(state(10, "high")).ok());
        QVERIFY(w.refreshSummaries().ok());
        QCOMPARE(summary().riskLevel, QStringLiteral("high"));
        QVERIFY(w.insert(state(5, "low")).ok()); // an older state arriving late does not win
        QVERIFY(w.refreshSummaries().ok());
        QCOMPARE(summary().riskLevel, QStringLiteral("high"));
        QVERIFY(w.insert(state(11, "moderate")).ok());
        QVERIFY(w.refreshSummaries().ok());
        QCOMPARE(summary().riskLevel, QStringLiteral("moderate"));
    }

    void blankSuicideItemNeedsAcknowledgement()
    {
        auto d = draft({1, 1, 1, 1, 1, 1, 1, 1, std::nullopt}); // prorated total, item 9 not asked
        QVERIFY(d.ok());
        QVERIFY(d->flags.contains(QStringLiteral("suicide_item_unanswered")));
        auto refused = sign(d->id, false);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Usage);
        QVERIFY(sign(d->id, true).ok());
    }

    void onlyUnsignedDraftsCanBeDeleted()
    {
        auto d = draft({1, 1, 1, 1, 1, 1, 1, 1, 0});
        QVERIFY(d.ok());
        auto del = [&](const QString &id) {
            return UnitOfWork::run(m_session,
                                   [&](UnitOfWork &uow) { return AssessmentRepository::deleteDraft(uow, id); });
        };
        QVERIFY(del(d->id).ok());
        // Gone from the replica, and the deletion is in the audit trail.
        QCOMPARE(count("SELECT count(*) FROM assessment WHERE id IN (SELECT entity_id FROM audit_log WHERE action = "
                       "'delete' AND entity = 'assessment')"),
                 qint64(0));
        QVERIFY(count("SELECT count(*) FROM audit_log WHERE action = 'delete' AND entity = 'assessment'") >= 1);
        QCOMPARE(del(d->id).error().code, ErrorCode::NotFound); // already gone

        auto s = draft({1, 1, 1, 1, 1, 1, 1, 1, 0});
        QVERIFY(s.ok());
        QVERIFY(sign(s->id, false).ok());
        const Status refused = del(s->id);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Usage);
        QVERIFY(count("SELECT count(*) FROM assessment WHERE status = 'completed'") > 0); // still there
    }

    void incompleteAnswersCannotBeSigned()
    {
        auto d = draft({1, 1, std::nullopt, 1, 1, 1, 1}, QStringLiteral("gad7"));
        QVERIFY(d.ok());
        QVERIFY(!d->total.has_value());
        auto s = sign(d->id, true);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Usage);
    }

    void outOfRangeAnswersAreRefused()
    {
        auto d = draft({4, 0, 0, 0, 0, 0, 0, 0, 0});
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, ErrorCode::Usage);
    }
};

QTEST_GUILESS_MAIN(TestAssessments)
#include "test_assessments.moc"
