// What a syncing client relies on, against the running server: signing in and its throttle, paging the change
// feed, push outcomes (applied, duplicate, conflict, rejected), the twin state a signed PHQ-9 derives, access that
// ends or starts, and audit chain ingestion.
#include "ServerFixture.h"
#include "TestDocuments.h"
#include "models/audit/AuditBatch.h"
#include "models/audit/AuditChain.h"
#include "models/codecs/JsonCodec.h"
#include "server/twin/TwinDerivation.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>
#include <algorithm>
#include <cmath>

using namespace novamind;
using namespace novamind::test;
using novamind::server::pgParam;

namespace {

QString keyOf(const QJsonObject &change)
{
    return change.value(QLatin1String("entity")).toString() + QLatin1Char('/') +
           change.value(QLatin1String("id")).toString();
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// The patient a document belongs to: its own id for a patient, its patient_id otherwise, "" for none.
QString patientOf(const QJsonObject &change)
{
    const QJsonObject data = change.value(QLatin1String("data")).toObject();
    if (text(change, "entity") == QLatin1String("patient"))
        return text(change, "id");
    return text(data, "patient_id");
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

} // namespace

class TestServerSync : public QObject
{
    Q_OBJECT

private:
    QString newKey() { return m_fixture.uniqueName(QStringLiteral("k%1").arg(++m_keys)); }

    // entity/id of what A may see: the organisation's documents without a patient, and those of A's patients.
    QSet<QString> visibleTo(const QString &organization, const QStringList &patients)
    {
        QSet<QString> out;
        auto owner = m_fixture.ownerConnection();
        if (!owner.ok())
            return out;
        auto rows = owner.value()->exec("SELECT entity || '/' || id FROM document WHERE organization_id = $1"
                                        " AND (patient_id IS NULL OR patient_id = ANY($2::text[]))",
                                        {pgParam(organization), '{' + patients.join(QLatin1Char(',')).toUtf8() + '}'});
        for (int r = 0; rows.ok() && r < rows->rows(); ++r)
            out.insert(rows->text(r, 0));
        return out;
    }

    qint64 highWater()
    {
        auto owner = m_fixture.ownerConnection();
        if (!owner.ok())
            return -1;
        auto rows = owner.value()->exec("SELECT greatest(coalesce((SELECT max(seq) FROM document), 0),"
                                        " coalesce((SELECT max(seq) FROM revocation), 0))");
        return rows.ok() ? rows->int64(0, 0) : -1;
    }

    Result<QJsonObject> pushOne(const QJsonObject &mutation)
    {
        return TestDocuments::pushOne(m_fixture.http(), m_tokenA, mutation);
    }

    // A's changes since m_cursorA (which moves on).
    Result<Feed> newChangesOfA()
    {
        auto feed = m_fixture.feed().drain(m_tokenA, m_cursorA);
        if (feed.ok())
            m_cursorA = feed->cursor;
        return feed;
    }

private Q_SLOTS:
    void initTestCase();
    void tokenFlow();
    void failedSignInsAreIndistinguishable();
    void signInThrottle();
    void changesPaging_data();
    void changesPaging();
    void noOpRequestKeepsTheCursor();
    void unknownCursorIsGone_data();
    void unknownCursorIsGone();
    void pushAppliedAndDuplicate();
    void pushConflict();
    void pushRejectsWrongScore_data();
    void pushRejectsWrongScore();
    void signedAssessmentIsImmutable();
    void signedPhq9DerivesTwinState();
    void addedRelationshipSendsThePatient();
    void endedRelationshipRevokes();
    void timeEndsAndStartsRelationships();
    void auditChainIngest();
    void auditChainBreaks_data();
    void auditChainBreaks();
    void serverIdIsStable();
    void cleanupTestCase();

private:
    ServerFixture m_fixture;
    QString m_org;
    TestUser m_a, m_c, m_wrong, m_throttled;
    QByteArray m_tokenA;
    std::vector<PatientBundle> m_patients; // in A's care: [0] for pushes and the ended relationship, [1] for the twin
    QString m_serverId;
    QString m_cursorA; // A's feed position for tests that look at what their pushes produced
    int m_keys = 0;
    QString m_device;
    std::vector<AuditEntry> m_chain; // the device's entries the server has accepted
};

void TestServerSync::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    NM_VERIFY_OK(m_fixture.init(QStringLiteral("sync")));
    m_org = m_fixture.uniqueName(QStringLiteral("org"));
    auto a = m_fixture.addUser(QStringLiteral("a"), QStringLiteral("psychiatrist"), m_org);
    NM_VERIFY_OK(a);
    m_a = a.value();
    auto c = m_fixture.addUser(QStringLiteral("c"), QStringLiteral("clinician"), m_org);
    NM_VERIFY_OK(c);
    m_c = c.value();
    auto wrong = m_fixture.addUser(QStringLiteral("w"), QStringLiteral("clinician"), m_org);
    NM_VERIFY_OK(wrong);
    m_wrong = wrong.value();
    auto throttled = m_fixture.addUser(QStringLiteral("t"), QStringLiteral("clinician"), m_org);
    NM_VERIFY_OK(throttled);
    m_throttled = throttled.value();
    auto patients = m_fixture.seedPatients(m_a, 2, 5);
    NM_VERIFY_OK(patients);
    m_patients = std::move(patients).value();
    auto token = m_fixture.signIn(m_a);
    NM_VERIFY_OK(token);
    m_tokenA = token.value();
    const HttpResponse health = m_fixture.http().get("/v1/health");
    QCOMPARE(health.status, 200);
    m_serverId = text(health.json(), "server_id");
    QVERIFY(!QUuid::fromString(m_serverId).isNull());
    m_device = m_fixture.uniqueName(QStringLiteral("device"));
}

void TestServerSync::tokenFlow()
{
    const HttpResponse r =
        m_fixture.http().postForm("/v1/auth/token", {{QStringLiteral("grant_type"), QStringLiteral("password")},
                                                     {QStringLiteral("username"), m_a.id},
                                                     {QStringLiteral("password"), QString::fromUtf8(m_a.password)}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
    const QJsonObject body = r.json();
    const QStringList keys = body.keys();
    QCOMPARE(
        QSet<QString>(keys.cbegin(), keys.cend()),
        (QSet<QString>{QStringLiteral("access_token"), QStringLiteral("token_type"), QStringLiteral("expires_in")}));
    const QString token = text(body, "access_token");
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(token).hasMatch(), qPrintable(token));
    QCOMPARE(text(body, "token_type"), QStringLiteral("Bearer"));
    QCOMPARE(body.value(QLatin1String("expires_in")).toInt(), 3600);
    QVERIFY(token.toLatin1() != m_tokenA); // every sign-in its own token

    // The token works until it is revoked (RFC 7009), and revoking it again is still fine.
    QCOMPARE(m_fixture.http().get("/v1/changes?limit=1", token.toLatin1()).status, 200);
    const HttpResponse revoked = m_fixture.http().postForm("/v1/auth/revoke", {{QStringLiteral("token"), token}});
    QCOMPARE(revoked.status, 200);
    QCOMPARE(revoked.json(), QJsonObject());
    const HttpResponse after = m_fixture.http().get("/v1/changes?limit=1", token.toLatin1());
    QCOMPARE(after.status, 401);
    QCOMPARE(after.errorCode(), QStringLiteral("invalid_token"));
    QCOMPARE(m_fixture.http().postForm("/v1/auth/revoke", {{QStringLiteral("token"), token}}).status, 200);
    // Another token of the same user is unaffected.
    QCOMPARE(m_fixture.http().get("/v1/changes?limit=1", m_tokenA).status, 200);
}

void TestServerSync::failedSignInsAreIndistinguishable()
{
    const auto attempt = [this](const QString &user) {
        return m_fixture.http().postForm("/v1/auth/token", {{QStringLiteral("grant_type"), QStringLiteral("password")},
                                                            {QStringLiteral("username"), user},
                                                            {QStringLiteral("password"), QStringLiteral("not-it")}});
    };
    const HttpResponse wrongPassword = attempt(m_wrong.id);
    const HttpResponse unknownUser = attempt(m_fixture.uniqueName(QStringLiteral("nobody")));
    QCOMPARE(wrongPassword.status, 400);
    QCOMPARE(wrongPassword.errorCode(), QStringLiteral("invalid_grant"));
    QVERIFY(wrongPassword.hasErrorShape());
    // The same answer, byte for byte, so the endpoint does not tell which user names exist.
    QCOMPARE(unknownUser.status, wrongPassword.status);
    QCOMPARE(unknownUser.body, wrongPassword.body);
    QCOMPARE(unknownUser.header("WWW-Authenticate"), wrongPassword.header("WWW-Authenticate"));
    // ... and about the same time: an unknown user still costs a password hash (scrypt takes well over 100 ms).
    QVERIFY2(unknownUser.elapsedMs * 4 >= wrongPassword.elapsedMs || unknownUser.elapsedMs >= 150,
             qPrintable(QStringLiteral("unknown user answered in %1 ms, wrong password in %2 ms")
                            .arg(unknownUser.elapsedMs)
                            .arg(wrongPassword.elapsedMs)));
}

void TestServerSync::signInThrottle()
{
    const auto attempt = [this](const QByteArray &password) {
        return m_fixture.http().postForm("/v1/auth/token", {{QStringLiteral("grant_type"), QStringLiteral("password")},
                                                            {QStringLiteral("username"), m_throttled.id},
                                                            {QStringLiteral("password"), QString::fromUtf8(password)}});
    };
    for (int i = 1; i <= 5; ++i) {
        const HttpResponse r = attempt("wrong-" + QByteArray::number(i));
        QVERIFY2(r.status == 400 && r.errorCode() == QLatin1String("invalid_grant"),
                 qPrintable(QStringLiteral("failure %1: %2").arg(i).arg(r.describe())));
    }
    // After five failures even the right password is refused: a throttled account must not confirm guesses.
    for (const QByteArray &password : {QByteArray("wrong-6"), m_throttled.password}) {
        const HttpResponse r = attempt(password);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.errorCode(), QStringLiteral("slow_down"));
        QVERIFY(r.hasErrorShape());
        bool ok = false;
        const int retryAfter = r.header("Retry-After").toInt(&ok);
        QVERIFY2(ok && retryAfter >= 1 && retryAfter <= 15 * 60, r.header("Retry-After").constData());
        QVERIFY(!r.json().contains(QLatin1String("access_token")));
    }
    // Per user name: another user signs in as usual.
    NM_VERIFY_OK(m_fixture.signIn(m_c));
}

void TestServerSync::changesPaging_data()
{
    QTest::addColumn<int>("limit");
    for (int limit : {1, 2, 3, 7, 16, 1000, 5000, 999999999})
        QTest::newRow(qPrintable(QStringLiteral("limit %1").arg(limit))) << limit;
    QTest::newRow("default limit") << 0;
}

void TestServerSync::changesPaging()
{
    QFETCH(int, limit);
    QStringList patients;
    for (const PatientBundle &b : m_patients)
        patients << b.patient.id;
    const QSet<QString> expected = visibleTo(m_org, patients);
    QVERIFY(expected.size() > 20);

    QList<QJsonObject> all;
    QString cursor; // absent on the first request, as a new client sends it
    qint64 lastSeq = 0;
    qint64 lastCursor = 0;
    int pages = 0;
    for (;;) {
        auto page = m_fixture.feed().page(m_tokenA, cursor, limit);
        NM_VERIFY_OK(page);
        ++pages;
        QVERIFY2(pages <= expected.size() + 2, "the feed does not end");
        QCOMPARE(page->serverId, m_serverId);
        QVERIFY(page->revocations.isEmpty());
        const int cap = limit == 0 ? 1000 : std::min(limit, 5000);
        QVERIFY(page->changes.size() <= cap);
        if (page->hasMore)
            QVERIFY2(!page->changes.isEmpty(), "has_more with an empty page");
        for (const QJsonObject &change : page->changes) {
            const qint64 seq = change.value(QLatin1String("seq")).toInteger();
            QVERIFY2(seq > lastSeq, "seq does not increase along the feed");
            QVERIFY2(seq > lastCursor, "a change at or below the cursor it was asked after");
            lastSeq = seq;
            QCOMPARE(text(change, "op"), QStringLiteral("upsert"));
            QCOMPARE(text(change.value(QLatin1String("data")).toObject(), "id"), text(change, "id"));
            all << change;
        }
        const qint64 next = page->cursor.toLongLong();
        QVERIFY2(next >= lastCursor, "the cursor went backwards");
        QVERIFY2(next >= lastSeq, "the cursor is behind the changes it delivered");
        lastCursor = next;
        cursor = page->cursor;
        if (!page->hasMore)
            break;
    }
    QSet<QString> seen;
    for (const QJsonObject &change : std::as_const(all)) {
        QVERIFY2(!seen.contains(keyOf(change)), qPrintable(QStringLiteral("delivered twice: ") + keyOf(change)));
        seen.insert(keyOf(change));
    }
    QVERIFY2(seen == expected, qPrintable(QStringLiteral("%1 delivered, %2 visible (extra %3, missing %4)")
                                              .arg(seen.size())
                                              .arg(expected.size())
                                              .arg((seen - expected).size())
                                              .arg((expected - seen).size())));
    if (limit > 0 && limit < expected.size())
        QVERIFY(pages >= (expected.size() + limit - 1) / limit);
    if (m_cursorA.isEmpty())
        m_cursorA = cursor;
}

void TestServerSync::noOpRequestKeepsTheCursor()
{
    auto start = m_fixture.feed().drain(m_tokenA, QString());
    NM_VERIFY_OK(start);
    QString cursor = start->cursor;
    bool strictChecked = false;
    // Other tests share the server and move its high-water mark; the cursor may follow it, but only while nothing
    // else was written may the request be checked for handing back the very same cursor.
    for (int attempt = 0; attempt < 20 && !strictChecked; ++attempt) {
        const qint64 before = highWater();
        auto page = m_fixture.feed().page(m_tokenA, cursor);
        const qint64 after = highWater();
        NM_VERIFY_OK(page);
        QVERIFY2(page->changes.isEmpty(), "a no-op request returned changes");
        QVERIFY(page->revocations.isEmpty());
        QVERIFY(!page->hasMore);
        const qint64 next = page->cursor.toLongLong();
        QVERIFY(next >= cursor.toLongLong() && next <= after);
        if (before == after && before == cursor.toLongLong()) {
            QCOMPARE(page->cursor, cursor);
            strictChecked = true;
        }
        cursor = page->cursor;
    }
    if (!strictChecked)
        qWarning("the server never stood still: the same-cursor check was not made");
}

void TestServerSync::unknownCursorIsGone_data()
{
    QTest::addColumn<QByteArray>("since");
    const qint64 head = highWater();
    QTest::newRow("beyond the high-water mark") << QByteArray::number(head + 1000000);
    QTest::newRow("far beyond") << QByteArray("999999999999999999");
    QTest::newRow("too many digits") << QByteArray("99999999999999999999");
    QTest::newRow("negative") << QByteArray("-1");
    QTest::newRow("not a number") << QByteArray("abc");
    QTest::newRow("fraction") << QByteArray("1.5");
}

void TestServerSync::unknownCursorIsGone()
{
    QFETCH(QByteArray, since);
    const HttpResponse r =
        m_fixture.http().get("/v1/changes?since=" + QUrl::toPercentEncoding(QString::fromLatin1(since)), m_tokenA);
    QCOMPARE(r.status, 410);
    QCOMPARE(r.errorCode(), QStringLiteral("unknown_cursor"));
    QVERIFY(r.hasErrorShape());
    // Control: the server's own cursor is accepted.
    QCOMPARE(m_fixture.http().get("/v1/changes?since=" + m_cursorA.toLatin1(), m_tokenA).status, 200);
}

void TestServerSync::pushAppliedAndDuplicate()
{
    const QString patient = m_patients.at(0).patient.id;
    const ClinicalNote note = TestDocuments::note(patient, m_a.id, QStringLiteral("Sleep improving; plan unchanged."));
    const QJsonObject data = codec::toJson(note);
    const QJsonObject create =
        TestDocuments::mutation(newKey(), QStringLiteral("clinical_note"), note.id, 0, QStringLiteral("create"), data);
    auto applied = pushOne(create);
    NM_VERIFY_OK(applied);
    const QJsonObject expectedApplied{
        {QStringLiteral("idempotency_key"), create.value(QLatin1String("idempotency_key"))},
        {QStringLiteral("status"), QStringLiteral("applied")},
        {QStringLiteral("version"), 1}};
    QCOMPARE(applied.value(), expectedApplied);

    const HttpResponse record = m_fixture.http().get("/v1/records/clinical_note/" + note.id.toLatin1(), m_tokenA);
    QCOMPARE(record.status, 200);
    QCOMPARE(text(record.json(), "entity"), QStringLiteral("clinical_note"));
    QCOMPARE(text(record.json(), "id"), note.id);
    QCOMPARE(record.json().value(QLatin1String("version")).toInt(), 1);
    QCOMPARE(record.json().value(QLatin1String("data")).toObject(), data);

    auto feed = newChangesOfA();
    NM_VERIFY_OK(feed);
    QCOMPARE(feed->changes.size(), 1);
    QCOMPARE(keyOf(feed->changes.at(0)), QStringLiteral("clinical_note/") + note.id);
    QCOMPARE(feed->changes.at(0).value(QLatin1String("version")).toInt(), 1);
    QCOMPARE(feed->changes.at(0).value(QLatin1String("data")).toObject(), data);

    // The client lost the answer and sends the batch again: the first result, and nothing changes.
    auto replay = pushOne(create);
    NM_VERIFY_OK(replay);
    QCOMPARE(text(replay.value(), "status"), QStringLiteral("duplicate"));
    QCOMPARE(replay->value(QLatin1String("original")).toObject(), expectedApplied);
    // A replay inside a batch with a new mutation: only the new one applies.
    const ClinicalNote second = TestDocuments::note(patient, m_a.id, QStringLiteral("Second note."));
    const QJsonObject create2 = TestDocuments::mutation(newKey(), QStringLiteral("clinical_note"), second.id, 0,
                                                        QStringLiteral("create"), codec::toJson(second));
    const HttpResponse batch = TestDocuments::push(m_fixture.http(), m_tokenA, QJsonArray{create, create2});
    QCOMPARE(batch.status, 200);
    const QJsonArray results = batch.json().value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(text(results.at(0).toObject(), "status"), QStringLiteral("duplicate"));
    QCOMPARE(text(results.at(1).toObject(), "status"), QStringLiteral("applied"));
    const HttpResponse again = m_fixture.http().get("/v1/records/clinical_note/" + note.id.toLatin1(), m_tokenA);
    QCOMPARE(again.json().value(QLatin1String("version")).toInt(), 1);
    auto after = newChangesOfA();
    NM_VERIFY_OK(after);
    QCOMPARE(after->changes.size(), 1);
    QCOMPARE(keyOf(after->changes.at(0)), QStringLiteral("clinical_note/") + second.id);

    // The same key for a different mutation is not a replay: it must not apply.
    const ClinicalNote third = TestDocuments::note(patient, m_a.id, QStringLiteral("Third note."));
    QJsonObject reused = TestDocuments::mutation(create.value(QLatin1String("idempotency_key")).toString(),
                                                 QStringLiteral("clinical_note"), third.id, 0, QStringLiteral("create"),
                                                 codec::toJson(third));
    auto reusedResult = pushOne(reused);
    NM_VERIFY_OK(reusedResult);
    QVERIFY(text(reusedResult.value(), "status") != QLatin1String("applied"));
    QCOMPARE(m_fixture.http().get("/v1/records/clinical_note/" + third.id.toLatin1(), m_tokenA).status, 404);
}

void TestServerSync::pushConflict()
{
    const QString patient = m_patients.at(0).patient.id;
    ClinicalNote note = TestDocuments::note(patient, m_a.id, QStringLiteral("Version one."));
    auto created = pushOne(TestDocuments::mutation(newKey(), QStringLiteral("clinical_note"), note.id, 0,
                                                   QStringLiteral("create"), codec::toJson(note)));
    NM_VERIFY_OK(created);
    QCOMPARE(text(created.value(), "status"), QStringLiteral("applied"));
    note.body = QStringLiteral("Version two.");
    const QJsonObject v2 = codec::toJson(note);
    auto updated = pushOne(
        TestDocuments::mutation(newKey(), QStringLiteral("clinical_note"), note.id, 1, QStringLiteral("update"), v2));
    NM_VERIFY_OK(updated);
    QCOMPARE(text(updated.value(), "status"), QStringLiteral("applied"));
    QCOMPARE(updated->value(QLatin1String("version")).toInt(), 2);

    // Another device edited version 1 offline: it gets the server's version and data back, and nothing changes.
    ClinicalNote offline = note;
    offline.body = QStringLiteral("Offline edit of version one.");
    auto conflict = pushOne(TestDocuments::mutation(newKey(), QStringLiteral("clinical_note"), note.id, 1,
                                                    QStringLiteral("update"), codec::toJson(offline)));
    NM_VERIFY_OK(conflict);
    QCOMPARE(text(conflict.value(), "status"), QStringLiteral("conflict"));
    QCOMPARE(conflict->value(QLatin1String("server_version")).toInt(), 2);
    QCOMPARE(conflict->value(QLatin1String("server_data")).toObject(), v2);
    // A create of an id that exists is a conflict too, never an overwrite.
    auto recreate = pushOne(TestDocuments::mutation(newKey(), QStringLiteral("clinical_note"), note.id, 0,
                                                    QStringLiteral("create"), codec::toJson(offline)));
    NM_VERIFY_OK(recreate);
    QCOMPARE(text(recreate.value(), "status"), QStringLiteral("conflict"));
    QCOMPARE(recreate->value(QLatin1String("server_data")).toObject(), v2);
    // A stale delete as well.
    auto staleDelete = pushOne(
        TestDocuments::mutation(newKey(), QStringLiteral("clinical_note"), note.id, 1, QStringLiteral("delete")));
    NM_VERIFY_OK(staleDelete);
    QCOMPARE(text(staleDelete.value(), "status"), QStringLiteral("conflict"));
    const HttpResponse record = m_fixture.http().get("/v1/records/clinical_note/" + note.id.toLatin1(), m_tokenA);
    QCOMPARE(record.json().value(QLatin1String("version")).toInt(), 2);
    QCOMPARE(record.json().value(QLatin1String("data")).toObject(), v2);

    // The current version deletes; the feed says delete (without data) and the record is gone.
    auto deleted = pushOne(
        TestDocuments::mutation(newKey(), QStringLiteral("clinical_note"), note.id, 2, QStringLiteral("delete")));
    NM_VERIFY_OK(deleted);
    QCOMPARE(text(deleted.value(), "status"), QStringLiteral("applied"));
    QCOMPARE(deleted->value(QLatin1String("version")).toInt(), 3);
    QCOMPARE(m_fixture.http().get("/v1/records/clinical_note/" + note.id.toLatin1(), m_tokenA).status, 404);
    auto feed = newChangesOfA();
    NM_VERIFY_OK(feed);
    const auto last = std::find_if(feed->changes.crbegin(), feed->changes.crend(),
                                   [&note](const QJsonObject &c) { return text(c, "id") == note.id; });
    QVERIFY(last != feed->changes.crend());
    QCOMPARE(text(*last, "op"), QStringLiteral("delete"));
    QCOMPARE(last->value(QLatin1String("version")).toInt(), 3);
    QVERIFY(!last->contains(QLatin1String("data")));
}

void TestServerSync::pushRejectsWrongScore_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    // Answers 1,1,1,1,1,1,1,1,0: total 8, "mild", no flag.
    QTest::newRow("total") << QStringLiteral("total") << QJsonValue(9);
    QTest::newRow("band") << QStringLiteral("band") << QJsonValue(QStringLiteral("moderate"));
    QTest::newRow("flags") << QStringLiteral("flags") << QJsonValue(QJsonArray{QStringLiteral("suicide_risk")});
}

void TestServerSync::pushRejectsWrongScore()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    const QString patient = m_patients.at(0).patient.id;
    const Assessment a =
        TestDocuments::phq9(patient, m_a.id, {1, 1, 1, 1, 1, 1, 1, 1, 0}, TestDocuments::now().addSecs(-60));
    QJsonObject data = codec::toJson(a);
    QCOMPARE(data.value(QLatin1String("total")).toInt(), 8);
    data.insert(field, value);
    auto result = pushOne(
        TestDocuments::mutation(newKey(), QStringLiteral("assessment"), a.id, 0, QStringLiteral("create"), data));
    NM_VERIFY_OK(result);
    QCOMPARE(text(result.value(), "status"), QStringLiteral("rejected"));
    QCOMPARE(text(result.value(), "error"), QStringLiteral("invalid_score"));
    QCOMPARE(result->value(QLatin1String("http_status")).toInt(), 422);
    QVERIFY(!text(result.value(), "message").isEmpty());
    QCOMPARE(m_fixture.http().get("/v1/records/assessment/" + a.id.toLatin1(), m_tokenA).status, 404);
    // Nothing stored, nothing derived: the feed has nothing new for A.
    auto feed = newChangesOfA();
    NM_VERIFY_OK(feed);
    QCOMPARE(feed->changes.size(), 0);
}

void TestServerSync::signedAssessmentIsImmutable()
{
    const QString patient = m_patients.at(0).patient.id;
    const Assessment a =
        TestDocuments::phq9(patient, m_a.id, {0, 1, 0, 1, 0, 1, 0, 1, 0}, TestDocuments::now().addSecs(-30));
    const QJsonObject data = codec::toJson(a);
    auto created = pushOne(
        TestDocuments::mutation(newKey(), QStringLiteral("assessment"), a.id, 0, QStringLiteral("create"), data));
    NM_VERIFY_OK(created);
    QCOMPARE(text(created.value(), "status"), QStringLiteral("applied"));
    auto feed = newChangesOfA();
    NM_VERIFY_OK(feed);

    Assessment edited = a;
    edited.notes = QStringLiteral("changed after signing");
    for (const QString &op : {QStringLiteral("update"), QStringLiteral("delete")}) {
        auto result =
            pushOne(TestDocuments::mutation(newKey(), QStringLiteral("assessment"), a.id, 1, op,
                                            op == QLatin1String("update") ? codec::toJson(edited) : QJsonObject()));
        NM_VERIFY_OK(result);
        QCOMPARE(text(result.value(), "status"), QStringLiteral("rejected"));
        QCOMPARE(text(result.value(), "error"), QStringLiteral("immutable"));
        QCOMPARE(result->value(QLatin1String("http_status")).toInt(), 409);
    }
    const HttpResponse record = m_fixture.http().get("/v1/records/assessment/" + a.id.toLatin1(), m_tokenA);
    QCOMPARE(record.status, 200);
    QCOMPARE(record.json().value(QLatin1String("version")).toInt(), 1);
    QCOMPARE(record.json().value(QLatin1String("data")).toObject(), data);
    auto after = newChangesOfA();
    NM_VERIFY_OK(after);
    QCOMPARE(after->changes.size(), 0);
}

void TestServerSync::signedPhq9DerivesTwinState()
{
    const PatientBundle &bundle = m_patients.at(1);
    const QString patient = bundle.patient.id;
    // The state the rule starts from: the latest seeded state at or before the completion (now, after them all).
    QVERIFY(!bundle.states.empty());
    const DigitalTwinState previous = *std::max_element(
        bundle.states.cbegin(), bundle.states.cend(),
        [](const DigitalTwinState &x, const DigitalTwinState &y) { return x.timestamp < y.timestamp; });

    const QList<int> answers{2, 1, 3, 0, 1, 2, 1, 0, 1}; // total 11, item 1 = 2, item 3 = 3, item 9 = 1
    const Assessment a = TestDocuments::phq9(patient, m_a.id, answers, TestDocuments::now().addSecs(-5));
    QCOMPARE(a.total.value_or(-1), 11);
    const QJsonObject mutation = TestDocuments::mutation(newKey(), QStringLiteral("assessment"), a.id, 0,
                                                         QStringLiteral("create"), codec::toJson(a));
    auto applied = pushOne(mutation);
    NM_VERIFY_OK(applied);
    QCOMPARE(text(applied.value(), "status"), QStringLiteral("applied"));

    auto feed = newChangesOfA();
    NM_VERIFY_OK(feed);
    QList<QJsonObject> states;
    bool assessmentSeen = false;
    for (const QJsonObject &change : std::as_const(feed->changes)) {
        if (text(change, "entity") == QLatin1String("twin_state"))
            states << change.value(QLatin1String("data")).toObject();
        assessmentSeen = assessmentSeen || keyOf(change) == QStringLiteral("assessment/") + a.id;
    }
    QVERIFY(assessmentSeen);
    QCOMPARE(states.size(), 1);
    const QJsonObject state = states.at(0);
    QCOMPARE(text(state, "patient_id"), patient);
    QCOMPARE(text(state, "twin_id"), previous.twinId);
    QCOMPARE(text(state, "id"), server::TwinDerivation::stateIdFor(a.id));
    QCOMPARE(text(state, "timestamp"), codec::formatTimestamp(*a.completedAt));

    // The documented rule (novamind-twin-1): PHQ-9 moves depression (total / 27), anhedonia (item 1 / 3), insomnia
    // (item 3 / 3) and risk (item 9); anxiety, behaviour and function carry over.
    const QJsonObject symptom = state.value(QLatin1String("symptom")).toObject();
    const double depression = 11.0 / 27.0;
    QVERIFY2(near(symptom.value(QLatin1String("depression")).toDouble(), depression), "depression");
    QVERIFY2(near(symptom.value(QLatin1String("anhedonia")).toDouble(), 2.0 / 3.0), "anhedonia");
    QVERIFY2(near(symptom.value(QLatin1String("insomnia")).toDouble(), 1.0), "insomnia");
    QVERIFY2(near(symptom.value(QLatin1String("anxiety")).toDouble(), previous.symptom.anxiety), "anxiety");
    const QJsonObject risk = state.value(QLatin1String("risk")).toObject();
    QVERIFY2(near(risk.value(QLatin1String("suicide_risk")).toDouble(), 0.3 + 0.05 * depression), "suicide_risk");
    QCOMPARE(text(risk, "level"), QStringLiteral("moderate"));
    QVERIFY2(near(state.value(QLatin1String("confidence")).toDouble(), 0.9), "confidence");
    QCOMPARE(state.value(QLatin1String("behavioral")).toObject(), codec::toJson(previous.behavioral));
    QCOMPARE(state.value(QLatin1String("functional")).toObject(), codec::toJson(previous.functional));
    const QJsonObject transmitters = state.value(QLatin1String("neurotransmitter")).toObject();
    for (const QString &key : transmitters.keys()) {
        const double v = transmitters.value(key).toDouble();
        QVERIFY2(v >= 0.5 && v <= 1.3, qPrintable(key));
    }
    const QJsonArray sources = state.value(QLatin1String("source_events")).toArray();
    QVERIFY(!sources.isEmpty());
    QCOMPARE(sources.last().toObject(),
             (QJsonObject{{QStringLiteral("type"), QStringLiteral("assessment")}, {QStringLiteral("id"), a.id}}));
    const HttpResponse stored =
        m_fixture.http().get("/v1/records/twin_state/" + text(state, "id").toLatin1(), m_tokenA);
    QCOMPARE(stored.status, 200);
    QCOMPARE(stored.json().value(QLatin1String("data")).toObject(), state);

    // The replay, and the same assessment under a new key: neither derives anything.
    auto replay = pushOne(mutation);
    NM_VERIFY_OK(replay);
    QCOMPARE(text(replay.value(), "status"), QStringLiteral("duplicate"));
    QJsonObject again = mutation;
    again.insert(QStringLiteral("idempotency_key"), newKey());
    auto resent = pushOne(again);
    NM_VERIFY_OK(resent);
    QCOMPARE(text(resent.value(), "status"), QStringLiteral("conflict"));
    auto after = newChangesOfA();
    NM_VERIFY_OK(after);
    QCOMPARE(after->changes.size(), 0);
}

void TestServerSync::addedRelationshipSendsThePatient()
{
    auto token = m_fixture.signIn(m_c);
    NM_VERIFY_OK(token);
    auto head = m_fixture.feed().drain(token.value(), QString());
    NM_VERIFY_OK(head);
    for (const QJsonObject &change : std::as_const(head->changes))
        QVERIFY2(patientOf(change).isEmpty(), "a clinician without patients received patient data");
    const QString patient = m_patients.at(1).patient.id;
    QCOMPARE(m_fixture.http().get("/v1/records/patient/" + patient.toLatin1(), token.value()).status, 404);

    NM_VERIFY_OK(m_fixture.admin().addRelationship(m_c.id, patient));
    // Everything of the patient arrives after the cursor C already holds, although it was written long before.
    auto next = m_fixture.feed().drain(token.value(), head->cursor);
    NM_VERIFY_OK(next);
    QSet<QString> received;
    for (const QJsonObject &change : std::as_const(next->changes)) {
        const QString owner = patientOf(change);
        QVERIFY2(owner.isEmpty() || owner == patient, "another patient's document arrived");
        received.insert(keyOf(change));
    }
    auto ownerDb = m_fixture.ownerConnection();
    NM_VERIFY_OK(ownerDb);
    auto rows = ownerDb.value()->exec("SELECT entity || '/' || id FROM document WHERE patient_id = $1 AND NOT deleted",
                                      {pgParam(patient)});
    NM_VERIFY_OK(rows);
    QVERIFY(rows->rows() > 10);
    for (int r = 0; r < rows->rows(); ++r)
        QVERIFY2(received.contains(rows->text(r, 0)), qPrintable(QStringLiteral("missing ") + rows->text(r, 0)));
    QCOMPARE(m_fixture.http().get("/v1/records/patient/" + patient.toLatin1(), token.value()).status, 200);
}

void TestServerSync::endedRelationshipRevokes()
{
    const PatientBundle &bundle = m_patients.at(0);
    const QString patient = bundle.patient.id;
    QVERIFY(!bundle.diagnoses.empty());
    const QByteArray diagnosis = "/v1/records/diagnosis/" + bundle.diagnoses.front().id.toLatin1();
    QCOMPARE(m_fixture.http().get("/v1/records/patient/" + patient.toLatin1(), m_tokenA).status, 200);
    QCOMPARE(m_fixture.http().get(diagnosis, m_tokenA).status, 200);
    auto before = newChangesOfA();
    NM_VERIFY_OK(before);

    NM_VERIFY_OK(m_fixture.admin().endRelationship(m_a.id, patient));
    auto feed = newChangesOfA();
    NM_VERIFY_OK(feed);
    QCOMPARE(feed->revocations, QStringList{patient});
    for (const QJsonObject &change : std::as_const(feed->changes))
        QVERIFY2(patientOf(change) != patient, "a document of the revoked patient was sent with the revocation");

    for (const QByteArray &path : QByteArrayList{"/v1/records/patient/" + patient.toLatin1(), diagnosis}) {
        const HttpResponse r = m_fixture.http().get(path, m_tokenA);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
        QVERIFY(!r.body.contains(bundle.patient.mrn.toUtf8()));
    }
    const ClinicalNote note = TestDocuments::note(patient, m_a.id, QStringLiteral("After the end of care."));
    auto pushed = pushOne(TestDocuments::mutation(newKey(), QStringLiteral("clinical_note"), note.id, 0,
                                                  QStringLiteral("create"), codec::toJson(note)));
    NM_VERIFY_OK(pushed);
    QCOMPARE(text(pushed.value(), "status"), QStringLiteral("rejected"));
    QCOMPARE(pushed->value(QLatin1String("http_status")).toInt(), 404);
    // Said once: the next page does not repeat the revocation.
    auto later = newChangesOfA();
    NM_VERIFY_OK(later);
    QVERIFY(later->revocations.isEmpty());
    // The other patient is untouched.
    QCOMPARE(m_fixture.http().get("/v1/records/patient/" + m_patients.at(1).patient.id.toLatin1(), m_tokenA).status,
             200);
}

// Relationships also end and start by the clock, with no admin command: the next changes request turns a lapsed
// relationship into a revocation, and one whose start has come into the patient's documents.
void TestServerSync::timeEndsAndStartsRelationships()
{
    auto clinician = m_fixture.addUser(QStringLiteral("clock"), QStringLiteral("psychiatrist"),
                                       m_fixture.uniqueName(QStringLiteral("org-clock")));
    NM_VERIFY_OK(clinician);
    auto seeded = m_fixture.seedPatients(clinician.value(), 1, 3);
    NM_VERIFY_OK(seeded);
    const QString patient = seeded->front().patient.id;
    auto token = m_fixture.signIn(clinician.value());
    NM_VERIFY_OK(token);
    auto head = m_fixture.feed().drain(token.value(), QString());
    NM_VERIFY_OK(head);

    // The relationship lapses (as if its valid_to had been reached while nobody was looking).
    auto owner = m_fixture.ownerConnection();
    NM_VERIFY_OK(owner);
    NM_VERIFY_OK(owner.value()->run("UPDATE care_relationship SET valid_to = now() - interval '1 second'"
                                    " WHERE clinician_id = $1 AND patient_id = $2",
                                    {pgParam(clinician->id), pgParam(patient)}));
    auto lapsed = m_fixture.feed().drain(token.value(), head->cursor);
    NM_VERIFY_OK(lapsed);
    QCOMPARE(lapsed->revocations, QStringList{patient});
    QCOMPARE(m_fixture.http().get("/v1/records/patient/" + patient.toLatin1(), token.value()).status, 404);
    auto again = m_fixture.feed().drain(token.value(), lapsed->cursor);
    NM_VERIFY_OK(again);
    QVERIFY(again->revocations.isEmpty()); // said once

    // A new relationship that starts in two seconds: nothing before then, everything after.
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(2);
    NM_VERIFY_OK(m_fixture.admin().addRelationship(clinician->id, patient, start));
    auto early = m_fixture.feed().drain(token.value(), again->cursor);
    NM_VERIFY_OK(early);
    for (const QJsonObject &change : std::as_const(early->changes))
        QVERIFY2(patientOf(change).isEmpty(), "a document arrived before the relationship started");
    QTest::qWait(int(QDateTime::currentDateTimeUtc().msecsTo(start)) + 500);
    auto started = m_fixture.feed().drain(token.value(), early->cursor);
    NM_VERIFY_OK(started);
    QSet<QString> received;
    for (const QJsonObject &change : std::as_const(started->changes)) {
        if (patientOf(change) == patient)
            received.insert(keyOf(change));
    }
    auto rows =
        owner.value()->exec("SELECT count(*) FROM document WHERE patient_id = $1 AND NOT deleted", {pgParam(patient)});
    NM_VERIFY_OK(rows);
    QCOMPARE(qint64(received.size()), rows->int64(0, 0));
    QCOMPARE(m_fixture.http().get("/v1/records/patient/" + patient.toLatin1(), token.value()).status, 200);
}

void TestServerSync::auditChainIngest()
{
    const auto entry = [this](qint64 seq) {
        AuditEntry e;
        e.seq = seq;
        e.ts = codec::formatTimestamp(TestDocuments::now());
        e.userId = m_a.id;
        e.action = QStringLiteral("read");
        e.entity = QStringLiteral("patient");
        e.entityId = m_patients.at(1).patient.id;
        e.purpose = QStringLiteral("treatment");
        e.prevHash = seq == 1 ? AuditChain::genesisHash() : m_chain.back().hash;
        e.hash = AuditChain::computeHash(e.prevHash, e);
        return e;
    };
    const auto send = [this](const std::vector<AuditEntry> &entries) {
        AuditBatch batch;
        batch.deviceId = m_device;
        batch.entries = entries;
        return m_fixture.http().postJson("/v1/audit", QJsonDocument(batch.toJson()).toJson(QJsonDocument::Compact),
                                         m_tokenA);
    };
    const auto checkpoint = [](qint64 seq, const QString &hash) {
        return QJsonObject{{QStringLiteral("seq"), seq}, {QStringLiteral("hash"), hash}};
    };
    for (qint64 seq = 1; seq <= 5; ++seq)
        m_chain.push_back(entry(seq));
    const HttpResponse first = send(m_chain);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json(), (QJsonObject{{QStringLiteral("accepted"), 5},
                                        {QStringLiteral("checkpoint"), checkpoint(5, m_chain.back().hash)}}));
    // Resending accepted entries (an answer that got lost) is harmless and answers the same checkpoint.
    const HttpResponse resent = send(m_chain);
    QCOMPARE(resent.status, 200);
    QCOMPARE(resent.json(), (QJsonObject{{QStringLiteral("accepted"), 0},
                                         {QStringLiteral("checkpoint"), checkpoint(5, m_chain.back().hash)}}));
    // An overlapping batch stores only what is new.
    m_chain.push_back(entry(6));
    m_chain.push_back(entry(7));
    const HttpResponse overlap = send(std::vector<AuditEntry>(m_chain.begin() + 3, m_chain.end()));
    QCOMPARE(overlap.status, 200);
    QCOMPARE(overlap.json(), (QJsonObject{{QStringLiteral("accepted"), 2},
                                          {QStringLiteral("checkpoint"), checkpoint(7, m_chain.back().hash)}}));
    auto owner = m_fixture.ownerConnection();
    NM_VERIFY_OK(owner);
    auto stored =
        owner.value()->exec("SELECT count(*), max(seq) FROM audit_event WHERE device_id = $1", {pgParam(m_device)});
    NM_VERIFY_OK(stored);
    QCOMPARE(stored->int64(0, 0), qint64(7));
    QCOMPARE(stored->int64(0, 1), qint64(7));
}

void TestServerSync::auditChainBreaks_data()
{
    QTest::addColumn<QString>("device"); // "" = the device of auditChainIngest, at seq 7
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("headSeq");
    QTest::addColumn<QString>("headHash");

    QVERIFY(m_chain.size() == 7);
    const AuditEntry &head = m_chain.back();
    const auto next = [&head](qint64 seq, const QString &prev) {
        AuditEntry e = head;
        e.seq = seq;
        e.action = QStringLiteral("search");
        e.prevHash = prev;
        e.hash = AuditChain::computeHash(prev, e);
        return e;
    };
    const auto body = [](const QString &device, const std::vector<AuditEntry> &entries) {
        AuditBatch batch;
        batch.deviceId = device;
        batch.entries = entries;
        return QJsonDocument(batch.toJson()).toJson(QJsonDocument::Compact);
    };
    const AuditEntry eighth = next(8, head.hash);

    AuditEntry tampered = eighth;
    tampered.hash[63] = tampered.hash.at(63) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    QTest::newRow("tampered hash") << QString() << body(m_device, {tampered}) << qint64(7) << head.hash;
    AuditEntry altered = eighth;
    altered.purpose = QStringLiteral("export"); // contents changed after hashing
    QTest::newRow("altered entry") << QString() << body(m_device, {altered}) << qint64(7) << head.hash;
    QTest::newRow("gap") << QString() << body(m_device, {next(9, eighth.hash)}) << qint64(7) << head.hash;
    QTest::newRow("wrong previous hash") << QString() << body(m_device, {next(8, m_chain.at(5).hash)}) << qint64(7)
                                         << head.hash;
    // A different entry 3 with a consistent chain of its own: the stored history cannot be rewritten.
    AuditEntry rewritten = m_chain.at(2);
    rewritten.purpose = QStringLiteral("break_glass:rewritten");
    rewritten.hash = AuditChain::computeHash(rewritten.prevHash, rewritten);
    QTest::newRow("rewritten stored entry") << QString() << body(m_device, {rewritten}) << qint64(7) << head.hash;
    const AuditEntry ninth = next(9, eighth.hash);
    AuditEntry brokenInside = ninth;
    brokenInside.prevHash = head.hash;
    brokenInside.hash = AuditChain::computeHash(head.hash, brokenInside);
    QTest::newRow("broken inside the batch")
        << QString() << body(m_device, {eighth, brokenInside}) << qint64(7) << head.hash;

    const QString fresh = m_fixture.uniqueName(QStringLiteral("device-new"));
    QTest::newRow("new device, not from genesis")
        << fresh << body(fresh, {next(1, head.hash)}) << qint64(0) << AuditChain::genesisHash();
    QTest::newRow("new device, not from seq 1")
        << fresh << body(fresh, {next(2, AuditChain::genesisHash())}) << qint64(0) << AuditChain::genesisHash();
}

void TestServerSync::auditChainBreaks()
{
    QFETCH(QString, device);
    QFETCH(QByteArray, body);
    QFETCH(qint64, headSeq);
    QFETCH(QString, headHash);
    const HttpResponse r = m_fixture.http().postJson("/v1/audit", body, m_tokenA);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("chain_broken"));
    QVERIFY(r.hasErrorShape());
    QCOMPARE(r.json().value(QLatin1String("checkpoint")).toObject(),
             (QJsonObject{{QStringLiteral("seq"), headSeq}, {QStringLiteral("hash"), headHash}}));
    // Refused as a whole: nothing of it was stored, and the chain continues from where it was.
    auto owner = m_fixture.ownerConnection();
    NM_VERIFY_OK(owner);
    auto stored = owner.value()->exec("SELECT count(*) FROM audit_event WHERE device_id = $1",
                                      {pgParam(device.isEmpty() ? m_device : device)});
    NM_VERIFY_OK(stored);
    QCOMPARE(stored->int64(0, 0), headSeq);
}

void TestServerSync::serverIdIsStable()
{
    // After everything above (pushes, revocations, resequencing), the server is still the same server.
    const HttpResponse health = m_fixture.http().get("/v1/health");
    QCOMPARE(text(health.json(), "server_id"), m_serverId);
    auto page = m_fixture.feed().page(m_tokenA, m_cursorA);
    NM_VERIFY_OK(page);
    QCOMPARE(page->serverId, m_serverId);
    // And the audit chain still continues from its head after the refused batches.
    AuditEntry e = m_chain.back();
    e.seq = 8;
    e.prevHash = m_chain.back().hash;
    e.hash = AuditChain::computeHash(e.prevHash, e);
    AuditBatch batch;
    batch.deviceId = m_device;
    batch.entries = {e};
    const HttpResponse r =
        m_fixture.http().postJson("/v1/audit", QJsonDocument(batch.toJson()).toJson(QJsonDocument::Compact), m_tokenA);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1String("accepted")).toInt(), 1);
}

void TestServerSync::cleanupTestCase()
{
    const QStringList failures = m_fixture.http().serverFailures();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestServerSync)
#include "test_server_sync.moc"
