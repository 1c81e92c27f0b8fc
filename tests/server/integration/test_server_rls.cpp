// The PostgreSQL row-level security policies by themselves: connected directly as novamind_app, with no server in
// between, a session sees and writes only what the policies allow for the user in novamind.user_id.
#include "ServerFixture.h"
#include "server/db/PgConnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace novamind;
using namespace novamind::test;
using novamind::server::PgConnection;
using novamind::server::pgParam;
using novamind::server::PgParams;
using novamind::server::PgResult;
using novamind::server::sqlState;

namespace {

// "{a,b}" for a text[] parameter; the ids here are UUIDs, which need no quoting inside an array literal.
QByteArray textArray(const QStringList &values)
{
    return '{' + values.join(QLatin1Char(',')).toUtf8() + '}';
}

QSet<QString> column(const PgResult &result, int col = 0)
{
    QSet<QString> out;
    for (int r = 0; r < result.rows(); ++r)
        out.insert(result.text(r, col));
    return out;
}

// "entity/id" of every row of a two-column result.
QSet<QString> documentKeys(const PgResult &result)
{
    QSet<QString> out;
    for (int r = 0; r < result.rows(); ++r)
        out.insert(result.text(r, 0) + QLatin1Char('/') + result.text(r, 1));
    return out;
}

} // namespace

class TestServerRls : public QObject
{
    Q_OBJECT

private:
    // Runs `sql` in a transaction whose novamind.user_id is `user` ("" = not set), then rolls it back, so that
    // nothing a test writes stays behind.
    Result<PgResult> as(const QString &user, const char *sql, const PgParams &params = {})
    {
        PgConnection &db = *m_app;
        auto tx = server::PgTransaction::begin(db);
        if (!tx.ok())
            return tx.error();
        if (!user.isEmpty()) {
            if (Status s = db.run("SELECT set_config('novamind.user_id', $1, true)", {pgParam(user)}); !s.ok())
                return s.error();
        }
        return db.exec(sql, params); // the transaction rolls back when `tx` goes
    }

    // The SQLSTATE of running `sql` as `user`; "" when it succeeded.
    QByteArray stateOf(const QString &user, const char *sql, const PgParams &params = {})
    {
        auto result = as(user, sql, params);
        return result.ok() ? QByteArray() : sqlState(result.error());
    }

    // What the owner (no row-level security) holds: entity/id of the organisation's documents without a patient
    // and of every document of `patients`.
    QSet<QString> expectedDocuments(const QString &organization, const QStringList &patients)
    {
        auto rows = m_owner->exec("SELECT entity, id FROM document WHERE organization_id = $1"
                                  " AND (patient_id IS NULL OR patient_id = ANY($2::text[]))",
                                  {pgParam(organization), textArray(patients)});
        if (!rows.ok())
            qFatal("owner query failed");
        return documentKeys(rows.value());
    }

    qint64 ownerCount(const char *sql, const PgParams &params)
    {
        auto rows = m_owner->exec(sql, params);
        return rows.ok() && rows->rows() == 1 ? rows->int64(0, 0) : -1;
    }

    // An INSERT of a diagnosis-like document for `patient` in `organization`, as `user`.
    QByteArray insertState(const QString &user, const QString &organization, const QString &patient)
    {
        return stateOf(user,
                       "INSERT INTO document (entity, id, organization_id, patient_id, version, seq, doc)"
                       " VALUES ('clinical_note', $1, $2, nullif($3, ''), 1, nextval('change_seq'), '{}'::jsonb)",
                       {pgParam(ServerFixture::newId()), pgParam(organization), pgParam(patient)});
    }

private Q_SLOTS:
    void initTestCase();
    void withoutUserNothingIsVisible();
    void userSettingIsLocalToItsTransaction();
    void clinicianSeesOnlyTheirPatients();
    void writesOutsideCareFail_data();
    void writesOutsideCareFail();
    void updatesOutsideCareTouchNothing();
    void relationshipWindowDecides();
    void adminSeesOnlyPatientRows();
    void disabledUserSeesNothing();
    void revocationsAndIdempotencyArePerUser();
    void policiesCannotBeBypassed_data();
    void policiesCannotBeBypassed();

private:
    ServerFixture m_fixture;
    std::unique_ptr<PgConnection> m_app;
    std::unique_ptr<PgConnection> m_owner;
    QString m_org;
    QString m_otherOrg;
    TestUser m_a, m_b, m_admin, m_c, m_d;
    QStringList m_patientsA; // in A's care, the last one ended
    QStringList m_patientsB; // in B's care; A gets a past and a future relationship with them
    QStringList m_patientsC; // another organisation
};

void TestServerRls::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const Status ready = m_fixture.init(QStringLiteral("rls"));
    QVERIFY2(ready.ok(), qPrintable(ready.ok() ? QString() : ready.error().message));
    m_org = m_fixture.uniqueName(QStringLiteral("org"));
    m_otherOrg = m_fixture.uniqueName(QStringLiteral("org2"));
    const auto user = [this](const QString &stem, const QString &role, const QString &org, TestUser &out) {
        auto made = m_fixture.addUser(stem, role, org);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
        out = made.value();
    };
    user(QStringLiteral("a"), QStringLiteral("psychiatrist"), m_org, m_a);
    user(QStringLiteral("b"), QStringLiteral("clinician"), m_org, m_b);
    user(QStringLiteral("adm"), QStringLiteral("admin"), m_org, m_admin);
    user(QStringLiteral("c"), QStringLiteral("psychiatrist"), m_otherOrg, m_c);
    user(QStringLiteral("d"), QStringLiteral("clinician"), m_org, m_d);
    const auto seed = [this](const TestUser &who, int n, QStringList &out) {
        auto bundles = m_fixture.seedPatients(who, n, 3);
        QVERIFY2(bundles.ok(), qPrintable(bundles.ok() ? QString() : bundles.error().message));
        for (const PatientBundle &b : bundles.value())
            out << b.patient.id;
    };
    seed(m_a, 3, m_patientsA);
    seed(m_b, 2, m_patientsB);
    seed(m_c, 1, m_patientsC);

    const Status ended = m_fixture.admin().endRelationship(m_a.id, m_patientsA.at(2));
    QVERIFY2(ended.ok(), qPrintable(ended.ok() ? QString() : ended.error().message));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Status past = m_fixture.admin().addRelationship(m_a.id, m_patientsB.at(0), now.addDays(-10), now.addDays(-1));
    QVERIFY2(past.ok(), qPrintable(past.ok() ? QString() : past.error().message));
    const Status future = m_fixture.admin().addRelationship(m_a.id, m_patientsB.at(1), now.addDays(1));
    QVERIFY2(future.ok(), qPrintable(future.ok() ? QString() : future.error().message));
    const Status forD = m_fixture.admin().addRelationship(m_d.id, m_patientsB.at(0));
    QVERIFY2(forD.ok(), qPrintable(forD.ok() ? QString() : forD.error().message));

    auto app = m_fixture.appConnection();
    QVERIFY2(app.ok(), qPrintable(app.ok() ? QString() : app.error().message));
    m_app = std::move(app).value();
    auto owner = m_fixture.ownerConnection();
    QVERIFY2(owner.ok(), qPrintable(owner.ok() ? QString() : owner.error().message));
    m_owner = std::move(owner).value();

    // The application role must be what the policies assume: no superuser, no BYPASSRLS, owner of nothing.
    auto role = m_app->exec("SELECT current_user, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user");
    QVERIFY(role.ok() && role->rows() == 1);
    QCOMPARE(role->text(0, 0), QStringLiteral("novamind_app"));
    QVERIFY2(!role->boolean(0, 1), "novamind_app is a superuser");
    QVERIFY2(!role->boolean(0, 2), "novamind_app has BYPASSRLS");
}

void TestServerRls::withoutUserNothingIsVisible()
{
    // Not vacuous: the owner sees this organisation's documents.
    QVERIFY(ownerCount("SELECT count(*) FROM document WHERE organization_id = $1", {pgParam(m_org)}) > 10);
    const char *tables[] = {"document",     "care_relationship", "revocation", "idempotency",
                            "audit_device", "audit_event",       "change_log", "access_log"};
    for (const QString &user : QStringList{QString(), QStringLiteral("nobody-") + m_fixture.runId()}) {
        for (const char *table : tables) {
            const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
            auto rows = as(user, sql.constData());
            QVERIFY2(rows.ok(), table);
            QVERIFY2(rows->int64(0, 0) == 0,
                     qPrintable(QStringLiteral("%1 rows of %2 visible with novamind.user_id = '%3'")
                                    .arg(rows->int64(0, 0))
                                    .arg(QLatin1String(table), user)));
        }
    }
    // An empty setting is "no user", not a user called "".
    QVERIFY(m_app->run("SELECT set_config('novamind.user_id', '', false)").ok());
    auto empty = m_app->exec("SELECT count(*) FROM document");
    QVERIFY(m_app->run("RESET novamind.user_id").ok());
    QVERIFY(empty.ok());
    QCOMPARE(empty->int64(0, 0), qint64(0));
}

void TestServerRls::userSettingIsLocalToItsTransaction()
{
    // The service sets the user with set_config(..., true) inside each request's transaction; a pooled connection
    // must not carry it into the next request.
    QVERIFY(m_app->run("BEGIN").ok());
    QVERIFY(m_app->run("SELECT set_config('novamind.user_id', $1, true)", {pgParam(m_a.id)}).ok());
    auto inside = m_app->exec("SELECT count(*) FROM document");
    QVERIFY(inside.ok());
    QVERIFY(inside->int64(0, 0) > 0);
    QVERIFY(m_app->run("COMMIT").ok());
    auto after = m_app->exec("SELECT count(*) FROM document");
    QVERIFY(after.ok());
    QCOMPARE(after->int64(0, 0), qint64(0));
}

void TestServerRls::clinicianSeesOnlyTheirPatients()
{
    const QStringList activeA = m_patientsA.mid(0, 2);
    auto visible = as(m_a.id, "SELECT entity, id FROM document");
    QVERIFY(visible.ok());
    const QSet<QString> seen = documentKeys(visible.value());
    const QSet<QString> expected = expectedDocuments(m_org, activeA);
    QVERIFY(expected.size() > 20);
    QVERIFY2(seen == expected, qPrintable(QStringLiteral("A sees %1 documents, expected %2 (extra %3, missing %4)")
                                              .arg(seen.size())
                                              .arg(expected.size())
                                              .arg((seen - expected).size())
                                              .arg((expected - seen).size())));
    auto patientsSeen = as(m_a.id, "SELECT DISTINCT patient_id FROM document WHERE patient_id IS NOT NULL");
    QVERIFY(patientsSeen.ok());
    QCOMPARE(column(patientsSeen.value()), QSet<QString>(activeA.cbegin(), activeA.cend()));
    auto mine = as(m_a.id, "SELECT * FROM nm_my_patients()");
    QVERIFY(mine.ok());
    QCOMPARE(column(mine.value()), QSet<QString>(activeA.cbegin(), activeA.cend()));

    auto visibleB = as(m_b.id, "SELECT entity, id FROM document");
    QVERIFY(visibleB.ok());
    QCOMPARE(documentKeys(visibleB.value()), expectedDocuments(m_org, m_patientsB));

    // Another organisation sees none of this one, not even its organisation-wide documents.
    auto visibleC = as(m_c.id, "SELECT count(*) FROM document WHERE organization_id = $1", {pgParam(m_org)});
    QVERIFY(visibleC.ok());
    QCOMPARE(visibleC->int64(0, 0), qint64(0));
    auto ownC = as(m_c.id, "SELECT entity, id FROM document");
    QVERIFY(ownC.ok());
    QCOMPARE(documentKeys(ownC.value()), expectedDocuments(m_otherOrg, m_patientsC));
}

void TestServerRls::writesOutsideCareFail_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QString>("patient");
    QTest::addColumn<QByteArray>("state");
    // The control row: without it, a policy that refuses everything would pass every other row.
    QTest::newRow("own patient (allowed)") << m_a.id << m_org << m_patientsA.at(0) << QByteArray();
    QTest::newRow("colleague's patient") << m_a.id << m_org << m_patientsB.at(0) << QByteArray("42501");
    QTest::newRow("ended relationship") << m_a.id << m_org << m_patientsA.at(2) << QByteArray("42501");
    QTest::newRow("future relationship") << m_a.id << m_org << m_patientsB.at(1) << QByteArray("42501");
    QTest::newRow("other organisation's patient") << m_a.id << m_otherOrg << m_patientsC.at(0) << QByteArray("42501");
    QTest::newRow("own patient filed under another organisation")
        << m_a.id << m_otherOrg << m_patientsA.at(0) << QByteArray("42501");
    QTest::newRow("organisation-wide document") << m_a.id << m_org << QString() << QByteArray("42501");
    QTest::newRow("admin, organisation's patient") << m_admin.id << m_org << m_patientsA.at(0) << QByteArray("42501");
    QTest::newRow("no user") << QString() << m_org << m_patientsA.at(0) << QByteArray("42501");
}

void TestServerRls::writesOutsideCareFail()
{
    QFETCH(QString, user);
    QFETCH(QString, organization);
    QFETCH(QString, patient);
    QFETCH(QByteArray, state);
    QCOMPARE(insertState(user, organization, patient), state);
}

void TestServerRls::updatesOutsideCareTouchNothing()
{
    const QString theirs = m_patientsB.at(0);
    const qint64 versionsBefore =
        ownerCount("SELECT sum(version) FROM document WHERE patient_id = $1", {pgParam(theirs)});
    QVERIFY(versionsBefore > 0);
    // Hidden rows are not there for UPDATE: no error, nothing touched.
    auto updated = as(m_a.id, "UPDATE document SET version = version + 1 WHERE patient_id = $1", {pgParam(theirs)});
    QVERIFY(updated.ok());
    QCOMPARE(updated->affected(), 0);
    // Moving an own record to someone else's patient fails the policy's check.
    auto moved = as(m_a.id, "UPDATE document SET patient_id = $2 WHERE patient_id = $1 AND entity = 'clinical_note'",
                    {pgParam(m_patientsA.at(0)), pgParam(theirs)});
    QVERIFY(!moved.ok());
    QCOMPARE(sqlState(moved.error()), QByteArray("42501"));
    // Control: the same statement on an own record within care works.
    auto own =
        as(m_a.id, "UPDATE document SET version = version + 1 WHERE patient_id = $1", {pgParam(m_patientsA.at(0))});
    QVERIFY(own.ok());
    QVERIFY(own->affected() > 0);
    // The admin can neither read nor change patient rows.
    auto byAdmin =
        as(m_admin.id, "UPDATE document SET version = version + 1 WHERE patient_id = $1", {pgParam(m_patientsA.at(0))});
    QVERIFY(byAdmin.ok());
    QCOMPARE(byAdmin->affected(), 0);
    QCOMPARE(ownerCount("SELECT sum(version) FROM document WHERE patient_id = $1", {pgParam(theirs)}), versionsBefore);
}

void TestServerRls::relationshipWindowDecides()
{
    const auto countFor = [this](const QString &user, const QString &patient) {
        auto rows = as(user, "SELECT count(*) FROM document WHERE patient_id = $1", {pgParam(patient)});
        return rows.ok() ? rows->int64(0, 0) : -1;
    };
    for (const QString &patient : QStringList{m_patientsA.at(2), m_patientsB.at(0), m_patientsB.at(1)})
        QVERIFY(ownerCount("SELECT count(*) FROM document WHERE patient_id = $1", {pgParam(patient)}) > 0);
    QVERIFY(countFor(m_a.id, m_patientsA.at(0)) > 0);
    QCOMPARE(countFor(m_a.id, m_patientsA.at(2)), qint64(0)); // ended by end-relationship
    QCOMPARE(countFor(m_a.id, m_patientsB.at(0)), qint64(0)); // valid_to in the past
    QCOMPARE(countFor(m_a.id, m_patientsB.at(1)), qint64(0)); // valid_from in the future
    QVERIFY(countFor(m_d.id, m_patientsB.at(0)) > 0);         // D's relationship with the same patient is open
    // The relationships themselves: each clinician reads only their own.
    auto relationships = as(m_a.id, "SELECT DISTINCT clinician_id FROM care_relationship");
    QVERIFY(relationships.ok());
    QCOMPARE(column(relationships.value()), QSet<QString>{m_a.id});
}

void TestServerRls::adminSeesOnlyPatientRows()
{
    // No patient-scoped row at all through the table...
    auto rows = as(m_admin.id, "SELECT count(*) FROM document WHERE patient_id IS NOT NULL");
    QVERIFY(rows.ok());
    QCOMPARE(rows->int64(0, 0), qint64(0));
    // ...only the id/MRN projection of every patient of the organisation, none of another.
    auto patients = as(m_admin.id, "SELECT id, doc FROM nm_admin_patients(0, 100000)");
    QVERIFY(patients.ok());
    QSet<QString> expected(m_patientsA.cbegin(), m_patientsA.cend());
    expected.unite(QSet<QString>(m_patientsB.cbegin(), m_patientsB.cend()));
    QCOMPARE(column(patients.value()), expected);
    for (int r = 0; r < patients->rows(); ++r) {
        const QStringList keys = QJsonDocument::fromJson(patients->bytes(r, 1)).object().keys();
        QCOMPARE(keys, (QStringList{QStringLiteral("id"), QStringLiteral("mrn"), QStringLiteral("organization_id")}));
    }
    // A clinician gets nothing from the administrators' function, not even their own patients.
    auto asClinician = as(m_a.id, "SELECT count(*) FROM nm_admin_patients(0, 100000)");
    QVERIFY(asClinician.ok());
    QCOMPARE(asClinician->int64(0, 0), qint64(0));
    auto mine = as(m_admin.id, "SELECT count(*) FROM nm_my_patients()");
    QVERIFY(mine.ok());
    QCOMPARE(mine->int64(0, 0), qint64(0));
}

void TestServerRls::disabledUserSeesNothing()
{
    const auto visible = [this] {
        auto rows = as(m_d.id, "SELECT count(*) FROM document");
        return rows.ok() ? rows->int64(0, 0) : -1;
    };
    QVERIFY(visible() > 0);
    QVERIFY(m_owner->run("UPDATE app_user SET disabled = TRUE WHERE id = $1", {pgParam(m_d.id)}).ok());
    const qint64 afterDisabling = visible();
    const QByteArray insertWhileDisabled = insertState(m_d.id, m_org, m_patientsB.at(0));
    QVERIFY(m_owner->run("UPDATE app_user SET disabled = FALSE WHERE id = $1", {pgParam(m_d.id)}).ok());
    QCOMPARE(afterDisabling, qint64(0));
    QCOMPARE(insertWhileDisabled, QByteArray("42501"));
    QCOMPARE(insertState(m_d.id, m_org, m_patientsB.at(0)), QByteArray()); // and back once enabled
}

void TestServerRls::revocationsAndIdempotencyArePerUser()
{
    // end-relationship left a revocation for A; only A reads it.
    auto forA = as(m_a.id, "SELECT patient_id FROM revocation");
    QVERIFY(forA.ok());
    QVERIFY(column(forA.value()).contains(m_patientsA.at(2)));
    auto forB = as(m_b.id, "SELECT count(*) FROM revocation WHERE patient_id = $1", {pgParam(m_patientsA.at(2))});
    QVERIFY(forB.ok());
    QCOMPARE(forB->int64(0, 0), qint64(0));

    // Idempotency results: written and read per user only.
    QCOMPARE(
        stateOf(m_a.id, "INSERT INTO idempotency (user_id, key, result) VALUES ($1, 'k', '{}')", {pgParam(m_b.id)}),
        QByteArray("42501"));
    PgConnection &db = *m_app;
    QVERIFY(db.run("BEGIN").ok());
    QVERIFY(db.run("SELECT set_config('novamind.user_id', $1, true)", {pgParam(m_a.id)}).ok());
    QVERIFY(
        db.run("INSERT INTO idempotency (user_id, key, result) VALUES ($1, 'rls-k', '{}')", {pgParam(m_a.id)}).ok());
    QVERIFY(db.run("SELECT set_config('novamind.user_id', $1, true)", {pgParam(m_b.id)}).ok());
    auto seenByB = db.exec("SELECT count(*) FROM idempotency WHERE key = 'rls-k'");
    QVERIFY(db.run("ROLLBACK").ok());
    QVERIFY(seenByB.ok());
    QCOMPARE(seenByB->int64(0, 0), qint64(0));
}

void TestServerRls::policiesCannotBeBypassed_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::newRow("row_security off") << QByteArray("SET LOCAL row_security = off; SELECT count(*) FROM document");
    QTest::newRow("disable RLS") << QByteArray("ALTER TABLE document DISABLE ROW LEVEL SECURITY");
    QTest::newRow("drop policy") << QByteArray("DROP POLICY document_read ON document");
    QTest::newRow("become owner") << QByteArray("SET ROLE novamind_owner");
    QTest::newRow("resequence") << QByteArray("SELECT nm_resequence_patient('x')");
    QTest::newRow("delete documents") << QByteArray("DELETE FROM document");
    QTest::newRow("grant relationship") << QByteArray(
        "INSERT INTO care_relationship (id, clinician_id, patient_id, organization_id, valid_from)"
        " VALUES ('x', 'x', 'x', 'x', now())");
    QTest::newRow("rewrite history") << QByteArray("UPDATE change_log SET user_id = 'x'");
    QTest::newRow("make a user") << QByteArray(
        "INSERT INTO app_user (id, role, organization_id, password_hash) VALUES ('x', 'admin', 'x', 'x')");
}

void TestServerRls::policiesCannotBeBypassed()
{
    QFETCH(QByteArray, sql);
    PgConnection &db = *m_app;
    QVERIFY(db.run("BEGIN").ok());
    QVERIFY(db.run("SELECT set_config('novamind.user_id', $1, true)", {pgParam(m_a.id)}).ok());
    const Status result = db.runScript(sql);
    QVERIFY(db.runScript("ROLLBACK").ok());
    QVERIFY2(!result.ok(), sql.constData());
    QCOMPARE(sqlState(result.error()), QByteArray("42501"));
}

QTEST_GUILESS_MAIN(TestServerRls)
#include "test_server_rls.moc"
