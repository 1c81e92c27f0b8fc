// Bad input and access control at every endpoint of the running server: malformed bodies, wrong types in every
// field, bodies over the cap, missing or bad credentials, other clinicians' and organisations' records by id, and
// SQL metacharacters in every string a client pushes. Every answer is a 4xx with a JSON error body (or the data
// back verbatim), never a 5xx, and never a record the caller may not see.
#include "ServerFixture.h"
#include "TestDocuments.h"
#include "models/audit/AuditBatch.h"
#include "models/audit/AuditChain.h"
#include "models/codecs/JsonCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>
#include <functional>

using namespace novamind;
using namespace novamind::test;
using novamind::server::pgParam;

namespace {

constexpr qint64 kBodyCap = 4 * 1024 * 1024; // the fixture's --max-body (the default)

// The first entry of a new device's chain: one read of `patientId` by `userId`.
AuditEntry firstAuditEntry(const QString &userId, const QString &patientId)
{
    AuditEntry e;
    e.seq = 1;
    e.ts = codec::formatTimestamp(TestDocuments::now());
    e.userId = userId;
    e.action = QStringLiteral("read");
    e.entity = QStringLiteral("patient");
    e.entityId = patientId;
    e.purpose = QStringLiteral("treatment");
    e.prevHash = AuditChain::genesisHash();
    e.hash = AuditChain::computeHash(e.prevHash, e);
    return e;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray pushBody(const QJsonArray &mutations)
{
    return compact(QJsonObject{{QStringLiteral("mutations"), mutations}});
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// "" when `r` is the expected error (or success) answer, otherwise what is wrong with it.
QString answerProblem(const HttpResponse &r, int status, const QString &code)
{
    if (r.status == 0 || r.status >= 500)
        return QStringLiteral("server failure: ") + r.describe();
    if (r.status != status)
        return QStringLiteral("expected %1 %2, got %3").arg(status).arg(code, r.describe());
    if (r.header("Cache-Control") != "no-store")
        return QStringLiteral("no Cache-Control: no-store");
    if (status >= 400) {
        if (!r.hasErrorShape())
            return QStringLiteral("not an {\"error\", \"message\"} body: ") + r.describe();
        if (!code.isEmpty() && r.errorCode() != code)
            return QStringLiteral("expected error %1, got %2").arg(code, r.describe());
    }
    return {};
}

// "" when `result` is the expected rejection of a pushed mutation.
QString rejectionProblem(const QJsonObject &result, int httpStatus, const QString &code, const QString &field)
{
    const QString describe = QString::fromUtf8(compact(result));
    if (text(result, "status") != QLatin1String("rejected"))
        return QStringLiteral("not rejected: ") + describe;
    if (result.value(QLatin1String("http_status")).toInt() != httpStatus || text(result, "error") != code)
        return QStringLiteral("expected %1 %2: %3").arg(httpStatus).arg(code, describe);
    const QString message = text(result, "message");
    if (message.isEmpty())
        return QStringLiteral("no message: ") + describe;
    if (!field.isEmpty() && !message.contains(field))
        return QStringLiteral("the message does not name the field %1: %2").arg(field, describe);
    if (result.contains(QLatin1String("server_data")) || result.contains(QLatin1String("server_version")))
        return QStringLiteral("a rejection carries a server document: ") + describe;
    return {};
}

// Values of the wrong JSON type for a field whose valid value is `valid`.
QList<QPair<QString, QJsonValue>> wrongTypes(const QJsonValue &valid)
{
    switch (valid.type()) {
    case QJsonValue::String:
        return {{QStringLiteral("number"), 7},
                {QStringLiteral("bool"), true},
                {QStringLiteral("array"), QJsonArray{}},
                {QStringLiteral("object"), QJsonObject{}}};
    case QJsonValue::Double:
        return {{QStringLiteral("string"), QStringLiteral("1")},
                {QStringLiteral("bool"), true},
                {QStringLiteral("array"), QJsonArray{1}},
                {QStringLiteral("object"), QJsonObject{}}};
    case QJsonValue::Array:
        return {{QStringLiteral("string"), QStringLiteral("x")},
                {QStringLiteral("number"), 7},
                {QStringLiteral("object"), QJsonObject{}}};
    case QJsonValue::Object:
        return {{QStringLiteral("string"), QStringLiteral("x")},
                {QStringLiteral("number"), 7},
                {QStringLiteral("array"), QJsonArray{}}};
    default:
        return {};
    }
}

// Whether the shared codec refuses `data` as `entity` (so the server must too).
bool codecRefuses(const QString &entity, const QJsonObject &data)
{
    if (entity == QLatin1String("clinical_note"))
        return !codec::fromJson<ClinicalNote>(data).ok();
    if (entity == QLatin1String("clinical_observation"))
        return !codec::fromJson<ClinicalObservation>(data).ok();
    if (entity == QLatin1String("assessment"))
        return !codec::fromJson<Assessment>(data).ok();
    if (entity == QLatin1String("diagnosis"))
        return !codec::fromJson<Diagnosis>(data).ok();
    if (entity == QLatin1String("medication"))
        return !codec::fromJson<Medication>(data).ok();
    if (entity == QLatin1String("treatment"))
        return !codec::fromJson<Treatment>(data).ok();
    return false;
}

} // namespace

class TestServerBadInput : public QObject
{
    Q_OBJECT

private:
    QByteArray tokenFor(const QString &who) const
    {
        if (who == QLatin1String("a"))
            return m_tokenA;
        if (who == QLatin1String("admin"))
            return m_tokenAdmin;
        return {};
    }

    QString newKey() { return m_fixture.uniqueName(QStringLiteral("k%1").arg(++m_keys)); }

    // Text with a NUL can be neither stored nor looked up (libpq passes C strings and PgConnection refuses it), so
    // look for what a cut-short value would have become: the part before the NUL.
    static QString beforeNul(const QString &text) { return text.left(text.indexOf(QChar(0))); }

    qint64 storedCount(const QString &entity, const QString &id)
    {
        auto owner = m_fixture.ownerConnection();
        if (!owner.ok())
            return -1;
        auto rows = owner.value()->exec("SELECT count(*) FROM document WHERE entity = $1 AND id = $2",
                                        {pgParam(beforeNul(entity)), pgParam(beforeNul(id))});
        return rows.ok() ? rows->int64(0, 0) : -1;
    }

    qint64 storedVersion(const QString &entity, const QString &id)
    {
        auto owner = m_fixture.ownerConnection();
        if (!owner.ok())
            return -1;
        auto rows = owner.value()->exec("SELECT version FROM document WHERE entity = $1 AND id = $2",
                                        {pgParam(entity), pgParam(id)});
        return rows.ok() && rows->rows() == 1 ? rows->int64(0, 0) : -1;
    }

    // A valid document of `entity` for A's patient, as the client encodes it.
    QJsonObject validDocument(const QString &entity)
    {
        const QString patient = m_patientA.patient.id;
        if (entity == QLatin1String("clinical_note"))
            return codec::toJson(TestDocuments::note(patient, m_a.id, QStringLiteral("Mood stable.")));
        if (entity == QLatin1String("clinical_observation"))
            return codec::toJson(TestDocuments::observation(patient, m_a.id));
        if (entity == QLatin1String("diagnosis"))
            return codec::toJson(TestDocuments::diagnosis(patient, m_a.id));
        if (entity == QLatin1String("medication"))
            return codec::toJson(TestDocuments::medication(patient, m_a.id));
        if (entity == QLatin1String("treatment"))
            return codec::toJson(TestDocuments::treatment(patient, m_a.id));
        Assessment a =
            TestDocuments::phq9(patient, m_a.id, {1, 0, 1, 0, 1, 0, 1, 0, 0}, TestDocuments::now().addSecs(-120));
        a.sex = QStringLiteral("female");
        a.notes = QStringLiteral("routine review");
        a.amends = QUuid::createUuid().toString(QUuid::WithoutBraces);
        return codec::toJson(a);
    }

    // Strings that identify B's patient and nobody else (the MRN is unique, and the e-mail address carries it);
    // none may ever reach A. Names and note texts of the demo cohort can repeat across patients.
    QList<QByteArray> secretsOfB() const
    {
        return {m_patientB.patient.mrn.toUtf8(), m_patientB.patient.contact.email.toUtf8(),
                m_patientB.patient.id.toUtf8()};
    }

    QString leakIn(const QByteArray &body) const
    {
        for (const QByteArray &secret : secretsOfB()) {
            if (!secret.isEmpty() && body.contains(secret))
                return QString::fromUtf8(secret);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase();

    void requestErrors_data();
    void requestErrors();
    void pushEnvelope_data();
    void pushEnvelope();
    void pushBatchLimits();
    void auditShape_data();
    void auditShape();
    void mutationRejected_data();
    void mutationRejected();
    void bodyOverTheCap_data();
    void bodyOverTheCap();
    void bodyAtTheCap();
    void credentials_data();
    void credentials();

    void otherCliniciansRecords_data();
    void otherCliniciansRecords();
    void otherCliniciansPatientsInPush_data();
    void otherCliniciansPatientsInPush();
    void otherOrganisationsAuditDevice();
    void feedHoldsOnlyVisibleRecords();

    void sqlMetacharacters_data();
    void sqlMetacharacters();
    void extremeValues_data();
    void extremeValues();
    void databaseIsIntact();
    void cleanupTestCase();

private:
    ServerFixture m_fixture;
    QString m_org, m_otherOrg;
    TestUser m_a, m_b, m_admin, m_c;
    QByteArray m_tokenA, m_tokenB, m_tokenAdmin, m_tokenC;
    QByteArray m_expiredToken, m_revokedToken, m_mintedToken;
    PatientBundle m_patientA, m_patientB, m_patientC;
    QString m_deviceC;
    QString m_cursorA;
    qint64 m_documentsAtStart = 0;
    int m_keys = 0;
};

void TestServerBadInput::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    NM_VERIFY_OK(m_fixture.init(QStringLiteral("badinput")));
    m_org = m_fixture.uniqueName(QStringLiteral("org"));
    m_otherOrg = m_fixture.uniqueName(QStringLiteral("org2"));
    const auto user = [this](const QString &stem, const QString &role, const QString &org, TestUser &out,
                             QByteArray &token) {
        auto made = m_fixture.addUser(stem, role, org);
        NM_VERIFY_OK(made);
        out = made.value();
        auto signedIn = m_fixture.signIn(out);
        NM_VERIFY_OK(signedIn);
        token = signedIn.value();
    };
    user(QStringLiteral("a"), QStringLiteral("psychiatrist"), m_org, m_a, m_tokenA);
    user(QStringLiteral("b"), QStringLiteral("psychiatrist"), m_org, m_b, m_tokenB);
    user(QStringLiteral("adm"), QStringLiteral("admin"), m_org, m_admin, m_tokenAdmin);
    user(QStringLiteral("c"), QStringLiteral("psychiatrist"), m_otherOrg, m_c, m_tokenC);
    const auto seed = [this](const TestUser &who, PatientBundle &out) {
        auto bundles = m_fixture.seedPatients(who, 1, 3);
        NM_VERIFY_OK(bundles);
        out = bundles->front();
    };
    seed(m_a, m_patientA);
    seed(m_b, m_patientB);
    seed(m_c, m_patientC);

    auto expired = m_fixture.mintToken(m_a, -60);
    NM_VERIFY_OK(expired);
    m_expiredToken = expired.value();
    auto minted = m_fixture.mintToken(m_a, 3600);
    NM_VERIFY_OK(minted);
    m_mintedToken = minted.value();
    auto revoked = m_fixture.signIn(m_a);
    NM_VERIFY_OK(revoked);
    m_revokedToken = revoked.value();
    QCOMPARE(m_fixture.http().get("/v1/changes?limit=1", m_revokedToken).status, 200);
    QCOMPARE(m_fixture.http()
                 .postForm("/v1/auth/revoke", {{QStringLiteral("token"), QString::fromLatin1(m_revokedToken)}})
                 .status,
             200);

    // C's organisation has an audit device with one entry.
    m_deviceC = m_fixture.uniqueName(QStringLiteral("device-c"));
    const AuditEntry e = firstAuditEntry(m_c.id, m_patientC.patient.id);
    AuditBatch batch;
    batch.deviceId = m_deviceC;
    batch.entries = {e};
    QCOMPARE(m_fixture.http().postJson("/v1/audit", compact(batch.toJson()), m_tokenC).status, 200);

    auto head = m_fixture.feed().drain(m_tokenA, QString());
    NM_VERIFY_OK(head);
    m_cursorA = head->cursor;
    auto owner = m_fixture.ownerConnection();
    NM_VERIFY_OK(owner);
    auto count = owner.value()->exec("SELECT count(*) FROM document");
    NM_VERIFY_OK(count);
    m_documentsAtStart = count->int64(0, 0);
}

// ---- malformed requests, endpoint by endpoint

void TestServerBadInput::requestErrors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("who"); // whose token: "a", "admin" or "" for none
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    const QByteArray json = "application/json";
    const QByteArray form = "application/x-www-form-urlencoded";
    const QString a = QStringLiteral("a");
    const auto row = [](const char *name, const QByteArray &method, const QByteArray &target, const QByteArray &type,
                        const QByteArray &body, const QString &who, int status, const char *error) {
        QTest::newRow(name) << method << target << type << body << who << status << QString::fromLatin1(error);
    };

    // POST /v1/push and /v1/audit: bodies that are not a JSON object.
    for (const QByteArray &path : {QByteArray("/v1/push"), QByteArray("/v1/audit")}) {
        const QByteArray p = path.mid(4);
        const QByteArray deep = "{\"mutations\":" + QByteArray(100000, '[') + QByteArray(100000, ']') + '}';
        const QList<QPair<QByteArray, QByteArray>> bodies{
            {"truncated", "{\"mutations\":"},
            {"empty", ""},
            {"array", "[]"},
            {"string", "\"mutations\""},
            {"number", "42"},
            {"null", "null"},
            {"trailing garbage", "{} x"},
            {"single quotes", "{'mutations': []}"},
            {"invalid UTF-8", QByteArray("{\"device_id\":\"") + char(0xff) + char(0xfe) + "\"}"},
            {"deeply nested", deep},
            {"NUL byte", QByteArray("{\"mutations\":[]}\0", 17)},
        };
        for (const auto &[label, body] : bodies)
            row(qPrintable(QString::fromLatin1(p + ": " + label)), "POST", path, json, body, a, 400, "invalid_json");
        row(qPrintable(QString::fromLatin1(p + ": text/plain")), "POST", path, "text/plain", "{}", a, 415,
            "unsupported_media_type");
        row(qPrintable(QString::fromLatin1(p + ": form-encoded")), "POST", path, form, "a=b", a, 415,
            "unsupported_media_type");
    }
    row("push: media type with charset", "POST", "/v1/push", "application/json; charset=utf-8", "{\"mutations\":[]}", a,
        200, "");
    row("push: media type in capitals", "POST", "/v1/push", "Application/JSON", "{\"mutations\":[]}", a, 200, "");

    // GET /v1/changes: cursors the server never issued are gone (410); limits that are not positive are malformed.
    for (const QByteArray &since :
         {QByteArray("abc"), QByteArray("-1"), QByteArray("1.5"), QByteArray(""), QByteArray("%00"), QByteArray("1e3"),
          QByteArray("0x10"), QByteArray("%27%3B"), QByteArray("99999999999999999999999")})
        row(qPrintable(QStringLiteral("changes: since=") + QString::fromLatin1(since)), "GET",
            "/v1/changes?since=" + since, {}, {}, a, 410, "unknown_cursor");
    for (const QByteArray &limit :
         {QByteArray("0"), QByteArray("000"), QByteArray("-1"), QByteArray("abc"), QByteArray("1.5"), QByteArray(""),
          QByteArray("1e3"), QByteArray("%00"), QByteArray("5%20OR%201=1")})
        row(qPrintable(QStringLiteral("changes: limit=") + QString::fromLatin1(limit)), "GET",
            "/v1/changes?limit=" + limit, {}, {}, a, 400, "invalid_request");
    // Larger than the maximum is clamped, however large (the contract: only a non-positive or non-integer is bad).
    row("changes: limit=5001", "GET", "/v1/changes?limit=5001", {}, {}, a, 200, "");
    row("changes: limit=10000000000", "GET", "/v1/changes?limit=10000000000", {}, {}, a, 200, "");

    // GET /v1/records/{entity}/{id}
    const QByteArray patientA = m_patientA.patient.id.toLatin1();
    row("records: unknown entity", "GET", "/v1/records/bogus/" + patientA, {}, {}, a, 400, "unknown_entity");
    row("records: entity in capitals", "GET", "/v1/records/Patient/" + patientA, {}, {}, a, 400, "unknown_entity");
    row("records: entity with SQL", "GET", "/v1/records/patient%27%3B--/" + patientA, {}, {}, a, 400, "unknown_entity");
    row("records: absent id", "GET", "/v1/records/patient/" + ServerFixture::newId().toLatin1(), {}, {}, a, 404,
        "not_found");
    row("records: id with SQL", "GET", "/v1/records/patient/x%27%20OR%20%271%27=%271", {}, {}, a, 404, "not_found");
    row("records: id with wildcard", "GET", "/v1/records/patient/%25", {}, {}, a, 404, "not_found");
    row("records: NUL id", "GET", "/v1/records/patient/%00", {}, {}, a, 404, "not_found");
    // An id that only starts like a visible one is another id: the rest must not be cut off.
    row("records: visible id + NUL + suffix", "GET", "/v1/records/patient/" + patientA + "%00x", {}, {}, a, 404,
        "not_found");
    row("records: visible id + suffix", "GET", "/v1/records/patient/" + patientA + "x", {}, {}, a, 404, "not_found");
    row("records: visible id + encoded slash", "GET", "/v1/records/patient/" + patientA + "%2Fx", {}, {}, a, 404,
        "not_found");
    row("records: control (visible)", "GET", "/v1/records/patient/" + patientA, {}, {}, a, 200, "");

    // POST /v1/auth/token: none of these is a sign-in attempt, so none may count against the throttle.
    const QByteArray user = QUrl::toPercentEncoding(m_a.id);
    row("token: JSON body", "POST", "/v1/auth/token", json,
        "{\"grant_type\":\"password\",\"username\":\"" + m_a.id.toUtf8() + "\",\"password\":\"x\"}", {}, 400,
        "invalid_request");
    row("token: no content type match", "POST", "/v1/auth/token", "text/plain", "grant_type=password", {}, 400,
        "invalid_request");
    row("token: empty", "POST", "/v1/auth/token", form, "", {}, 400, "invalid_request");
    row("token: no grant_type", "POST", "/v1/auth/token", form, "username=" + user + "&password=x", {}, 400,
        "invalid_request");
    row("token: other grant", "POST", "/v1/auth/token", form,
        "grant_type=client_credentials&username=" + user + "&password=x", {}, 400, "unsupported_grant_type");
    row("token: no password", "POST", "/v1/auth/token", form, "grant_type=password&username=" + user, {}, 400,
        "invalid_request");
    row("token: empty password", "POST", "/v1/auth/token", form,
        "grant_type=password&username=" + user + "&password=", {}, 400, "invalid_request");
    row("token: no username", "POST", "/v1/auth/token", form, "grant_type=password&password=x", {}, 400,
        "invalid_request");
    row("token: repeated parameter", "POST", "/v1/auth/token", form,
        "grant_type=password&username=" + user + "&username=" + user + "&password=x", {}, 400, "invalid_request");
    row("token: broken escape", "POST", "/v1/auth/token", form, "grant_type=password&username=%zz&password=x", {}, 400,
        "invalid_request");
    row("token: invalid UTF-8", "POST", "/v1/auth/token", form, "grant_type=password&username=%ff%fe&password=x", {},
        400, "invalid_request");
    row("token: NUL in username", "POST", "/v1/auth/token", form,
        "grant_type=password&username=" + user + "%00&password=x", {}, 400, "invalid_request");
    row("token: control character", "POST", "/v1/auth/token", form, "grant_type=password&username=a\x01&password=x", {},
        400, "invalid_request");
    row("token: username too long", "POST", "/v1/auth/token", form,
        "grant_type=password&username=" + QByteArray(129, 'u') + "&password=x", {}, 400, "invalid_request");

    // POST /v1/auth/revoke
    row("revoke: no token", "POST", "/v1/auth/revoke", form, "token_type_hint=access_token", {}, 400,
        "invalid_request");
    row("revoke: JSON body", "POST", "/v1/auth/revoke", json, "{\"token\":\"x\"}", {}, 400, "invalid_request");
    row("revoke: broken escape", "POST", "/v1/auth/revoke", form, "token=%z", {}, 400, "invalid_request");
    row("revoke: unknown token", "POST", "/v1/auth/revoke", form, "token=%27%3B%20DROP%20TABLE%20access_token", {}, 200,
        "");

    // Routing.
    row("unknown path", "GET", "/v1/nothing", {}, {}, a, 404, "not_found");
    row("root", "GET", "/", {}, {}, a, 404, "not_found");
    row("records without id", "GET", "/v1/records/patient", {}, {}, a, 404, "not_found");
    row("records with extra segment", "GET", "/v1/records/patient/x/y", {}, {}, a, 404, "not_found");
    row("push: GET", "GET", "/v1/push", {}, {}, a, 405, "method_not_allowed");
    row("changes: DELETE", "DELETE", "/v1/changes", {}, {}, a, 405, "method_not_allowed");
    row("health: POST", "POST", "/v1/health", json, "{}", {}, 405, "method_not_allowed");
    row("records: PUT", "PUT", "/v1/records/patient/" + patientA, json, "{}", a, 405, "method_not_allowed");
    row("token: GET", "GET", "/v1/auth/token?grant_type=password", {}, {}, {}, 405, "method_not_allowed");
    row("health", "GET", "/v1/health", {}, {}, {}, 200, "");
}

void TestServerBadInput::requestErrors()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, who);
    QFETCH(int, status);
    QFETCH(QString, error);
    HttpHeaders headers = HttpClient::bearer(tokenFor(who));
    if (!contentType.isEmpty())
        headers.append(qMakePair(QByteArray("Content-Type"), contentType));
    const HttpResponse r = m_fixture.http().request(method, target, body, headers);
    const QString problem = answerProblem(r, status, error);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    if (status == 405)
        QVERIFY2(!r.header("Allow").isEmpty(), "405 without Allow");
}

// ---- POST /v1/push: the envelope, where any malformed mutation fails the whole request

void TestServerBadInput::pushEnvelope_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("noteId"); // must not be stored
    QTest::addColumn<QString>("field");  // named in the message

    const auto valid = [this](QString *noteId) {
        const ClinicalNote note = TestDocuments::note(m_patientA.patient.id, m_a.id, QStringLiteral("Envelope."));
        *noteId = note.id;
        return TestDocuments::mutation(newKey(), QStringLiteral("clinical_note"), note.id, 0, QStringLiteral("create"),
                                       codec::toJson(note));
    };
    for (const auto &[label, value] :
         QList<QPair<QString, QJsonValue>>{{QStringLiteral("missing"), QJsonValue(QJsonValue::Undefined)},
                                           {QStringLiteral("null"), QJsonValue(QJsonValue::Null)},
                                           {QStringLiteral("object"), QJsonObject{}},
                                           {QStringLiteral("string"), QStringLiteral("[]")},
                                           {QStringLiteral("number"), 1}}) {
        QJsonObject body;
        if (!value.isUndefined())
            body.insert(QStringLiteral("mutations"), value);
        QTest::newRow(qPrintable(QStringLiteral("mutations ") + label))
            << compact(body) << QString() << QStringLiteral("mutations");
    }
    QString id;
    QTest::newRow("mutation is a number") << pushBody(QJsonArray{1}) << QString() << QStringLiteral("mutations[0]");
    const QJsonObject first = valid(&id);
    QTest::newRow("second mutation is a string")
        << pushBody(QJsonArray{first, QStringLiteral("x")}) << id << QStringLiteral("mutations[1]");

    const QJsonValue missing(QJsonValue::Undefined);
    const QJsonValue null(QJsonValue::Null);
    const QList<QPair<QString, QList<QJsonValue>>> fields{
        {QStringLiteral("idempotency_key"),
         {missing, null, 7, true, QJsonArray{}, QJsonObject{}, QString(), QString(129, QLatin1Char('k')),
          // Stored keys are text: a NUL would cut the key short and make two different keys one.
          QString(newKey() + QChar(0) + QStringLiteral("x"))}},
        {QStringLiteral("entity"),
         {missing, null, 7, true, QJsonArray{}, QJsonObject{}, QString(QStringLiteral("clinical_note") + QChar(0))}},
        {QStringLiteral("id"),
         {missing, null, 7, true, QJsonArray{}, QJsonObject{}, QString(), QString(129, QLatin1Char('i')),
          QStringLiteral("a\u0001b"), QStringLiteral("a\nb"), QString(QChar(0))}},
        {QStringLiteral("base_version"),
         {missing, null, QStringLiteral("0"), true, QJsonArray{}, QJsonObject{}, -1, 1.5, 1e300}},
        {QStringLiteral("op"),
         {missing, null, 7, QStringLiteral("upsert"), QStringLiteral("CREATE"), QString(), QJsonArray{}}},
        {QStringLiteral("data"), {missing, null, 7, QStringLiteral("x"), QJsonArray{}, true}},
    };
    for (const auto &[field, values] : fields) {
        for (const QJsonValue &value : values) {
            QJsonObject m = valid(&id);
            QString label;
            if (value.isUndefined()) {
                m.remove(field);
                label = QStringLiteral("missing");
            } else {
                m.insert(field, value);
                label = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).left(24);
            }
            // When the id itself is bad, the note under its original id must not appear either.
            QTest::newRow(qPrintable(field + QLatin1Char(' ') + label)) << pushBody({m}) << id << field;
        }
    }
}

void TestServerBadInput::pushEnvelope()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, noteId);
    QFETCH(QString, field);
    const HttpResponse r = m_fixture.http().postJson("/v1/push", body, m_tokenA);
    const QString problem = answerProblem(r, 422, QStringLiteral("invalid_request"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(r.errorCode() == QLatin1String("invalid_request") && text(r.json(), "message").contains(field),
             qPrintable(QStringLiteral("the message does not name %1: %2").arg(field, r.describe())));
    if (!noteId.isEmpty())
        QCOMPARE(storedCount(QStringLiteral("clinical_note"), noteId), qint64(0));
}

void TestServerBadInput::pushBatchLimits()
{
    // 500 mutations are a batch; 501 are too many (413), whatever they are.
    QJsonArray mutations;
    for (int i = 0; i < 501; ++i)
        mutations.append(TestDocuments::mutation(newKey(), QStringLiteral("bogus"), ServerFixture::newId(), 0,
                                                 QStringLiteral("create"), QJsonObject{{QStringLiteral("x"), i}}));
    const HttpResponse tooMany = m_fixture.http().postJson("/v1/push", pushBody(mutations), m_tokenA);
    QString problem = answerProblem(tooMany, 413, QStringLiteral("payload_too_large"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    mutations.removeLast();
    const HttpResponse full = m_fixture.http().postJson("/v1/push", pushBody(mutations), m_tokenA);
    problem = answerProblem(full, 200, QString());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QJsonArray results = full.json().value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), 500);
    for (qsizetype i = 0; i < results.size(); ++i) {
        QCOMPARE(results.at(i).toObject().value(QLatin1String("idempotency_key")),
                 mutations.at(i).toObject().value(QLatin1String("idempotency_key")));
        problem = rejectionProblem(results.at(i).toObject(), 422, QStringLiteral("unknown_entity"), QString());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

// ---- POST /v1/audit: the batch's shape

void TestServerBadInput::auditShape_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("field"); // named in the message; "" = not checked

    const auto entries = [this](int count) {
        std::vector<AuditEntry> out;
        QString prev = AuditChain::genesisHash();
        for (int i = 1; i <= count; ++i) {
            AuditEntry e;
            e.seq = i;
            e.ts = codec::formatTimestamp(TestDocuments::now());
            e.userId = m_a.id;
            e.action = QStringLiteral("read");
            e.entity = QStringLiteral("patient");
            e.entityId = m_patientA.patient.id;
            e.purpose = QStringLiteral("treatment");
            e.prevHash = prev;
            e.hash = AuditChain::computeHash(prev, e);
            prev = e.hash;
            out.push_back(e);
        }
        return out;
    };
    const auto batchJson = [this, &entries](int count) {
        AuditBatch batch;
        batch.deviceId = m_fixture.uniqueName(QStringLiteral("device-%1").arg(++m_keys));
        batch.entries = entries(count);
        return batch.toJson();
    };
    const QJsonValue missing(QJsonValue::Undefined);
    const QJsonValue null(QJsonValue::Null);
    const auto withTop = [&batchJson](const QString &key, const QJsonValue &value) {
        QJsonObject o = batchJson(1);
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return compact(o);
    };
    const auto label = [](const QJsonValue &value) {
        return value.isUndefined()
                   ? QStringLiteral("missing")
                   : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).left(24);
    };
    QTest::newRow("empty object") << QByteArray("{}") << 422 << QStringLiteral("invalid_request")
                                  << QStringLiteral("device_id");
    for (const QJsonValue &v : {missing, null, QJsonValue(7), QJsonValue(QString()), QJsonValue(QJsonArray{}),
                                QJsonValue(QString(129, QLatin1Char('d'))), QJsonValue(QStringLiteral("dev\u0000"))})
        QTest::newRow(qPrintable(QStringLiteral("device_id ") + label(v)))
            << withTop(QStringLiteral("device_id"), v) << 422 << QStringLiteral("invalid_request")
            << QStringLiteral("device_id");
    for (const QJsonValue &v :
         {missing, null, QJsonValue(7), QJsonValue(QStringLiteral("x")), QJsonValue(QJsonObject{})})
        QTest::newRow(qPrintable(QStringLiteral("entries ") + label(v)))
            << withTop(QStringLiteral("entries"), v) << 422 << QStringLiteral("invalid_request")
            << QStringLiteral("entries");
    QTest::newRow("entry is a number") << withTop(QStringLiteral("entries"), QJsonArray{1}) << 422
                                       << QStringLiteral("invalid_request") << QStringLiteral("entries[0]");

    const QString upperHash = AuditChain::genesisHash().toUpper().replace(QLatin1Char('0'), QLatin1Char('A'));
    const QList<QPair<QString, QList<QJsonValue>>> fields{
        {QStringLiteral("seq"), {missing, null, QStringLiteral("1"), 0, -1, 1.5, QJsonArray{}}},
        {QStringLiteral("ts"), {missing, null, 7, QJsonObject{}}},
        {QStringLiteral("user_id"), {missing, null, 7, QStringLiteral("u\u0000")}},
        {QStringLiteral("action"), {missing, 7, true}},
        {QStringLiteral("entity"), {missing, null, QJsonArray{}}},
        {QStringLiteral("entity_id"), {missing, 7}},
        {QStringLiteral("purpose"), {missing, QJsonArray{}, QStringLiteral("treat\u0000ment")}},
        {QStringLiteral("prev_hash"),
         {missing, 7, QStringLiteral("xyz"), QString(63, QLatin1Char('0')), QString(65, QLatin1Char('0')), upperHash,
          QString(64, QLatin1Char('g'))}},
        {QStringLiteral("hash"), {missing, null, 7, QString(63, QLatin1Char('a')), upperHash}},
    };
    for (const auto &[field, values] : fields) {
        for (const QJsonValue &value : values) {
            QJsonObject body = batchJson(2);
            QJsonArray list = body.value(QLatin1String("entries")).toArray();
            QJsonObject second = list.at(1).toObject();
            if (value.isUndefined())
                second.remove(field);
            else
                second.insert(field, value);
            list[1] = second;
            body.insert(QStringLiteral("entries"), list);
            QTest::newRow(qPrintable(QStringLiteral("entries[1].") + field + QLatin1Char(' ') + label(value)))
                << compact(body) << 422 << QStringLiteral("invalid_request") << (QStringLiteral("entries[1].") + field);
        }
    }
    QJsonObject descending = batchJson(2);
    QJsonArray list = descending.value(QLatin1String("entries")).toArray();
    descending.insert(QStringLiteral("entries"), QJsonArray{list.at(1), list.at(0)});
    QTest::newRow("entries out of order")
        << compact(descending) << 422 << QStringLiteral("invalid_request") << QStringLiteral("seq");
    QTest::newRow("5001 entries") << compact(batchJson(5001)) << 413 << QStringLiteral("payload_too_large")
                                  << QString();
    QTest::newRow("control: 3 entries") << compact(batchJson(3)) << 200 << QString() << QString();
}

void TestServerBadInput::auditShape()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QString, field);
    const HttpResponse r = m_fixture.http().postJson("/v1/audit", body, m_tokenA);
    const QString problem = answerProblem(r, status, error);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    if (!field.isEmpty())
        QVERIFY2(text(r.json(), "message").contains(field),
                 qPrintable(QStringLiteral("the message does not name %1: %2").arg(field, r.describe())));
    const QString device = QJsonDocument::fromJson(body).object().value(QLatin1String("device_id")).toString();
    if (status != 200 && !device.isEmpty()) {
        auto owner = m_fixture.ownerConnection();
        NM_VERIFY_OK(owner);
        auto rows =
            owner.value()->exec("SELECT count(*) FROM audit_event WHERE device_id = $1", {pgParam(beforeNul(device))});
        NM_VERIFY_OK(rows);
        QCOMPARE(rows->int64(0, 0), qint64(0));
    }
}

// ---- POST /v1/push: problems of one mutation reject that mutation only (200, "rejected")

void TestServerBadInput::mutationRejected_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QJsonObject>("mutation");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("field"); // named in the message; "" = not checked

    const QString a = QStringLiteral("a");
    const QString invalid = QStringLiteral("invalid_content");
    const auto create = [this](const QString &entity, const QJsonObject &data, const QString &id = {}) {
        return TestDocuments::mutation(newKey(), entity, id.isEmpty() ? data.value(QLatin1String("id")).toString() : id,
                                       0, QStringLiteral("create"), data);
    };
    const QStringList entities{QStringLiteral("clinical_note"), QStringLiteral("clinical_observation"),
                               QStringLiteral("assessment"),    QStringLiteral("diagnosis"),
                               QStringLiteral("medication"),    QStringLiteral("treatment")};
    // Wrong JSON types in every field of every pushable document, and every required field missing.
    for (const QString &entity : entities) {
        const QStringList keys = validDocument(entity).keys();
        for (const QString &key : keys) {
            const QJsonObject valid = validDocument(entity);
            for (const auto &[label, value] : wrongTypes(valid.value(key))) {
                QJsonObject data = valid;
                data.insert(key, value);
                QTest::newRow(qPrintable(entity + QLatin1Char('.') + key + QLatin1Char(' ') + label))
                    << a << create(entity, data, valid.value(QLatin1String("id")).toString()) << 422 << invalid << key;
            }
            QJsonObject without = valid;
            without.remove(key);
            if (codecRefuses(entity, without))
                QTest::newRow(qPrintable(entity + QLatin1Char('.') + key + QStringLiteral(" missing")))
                    << a << create(entity, without, valid.value(QLatin1String("id")).toString()) << 422 << invalid
                    << key;
        }
    }
    // Values of the right type that the codec refuses.
    const auto changed = [this, &create](const QString &entity, const QString &key, const QJsonValue &value) {
        QJsonObject data = validDocument(entity);
        data.insert(key, value);
        return create(entity, data);
    };
    QTest::newRow("note: unknown kind") << a
                                        << changed(QStringLiteral("clinical_note"), QStringLiteral("kind"),
                                                   QStringLiteral("gossip"))
                                        << 422 << invalid << QStringLiteral("kind");
    QTest::newRow("note: created_at not a time")
        << a << changed(QStringLiteral("clinical_note"), QStringLiteral("created_at"), QStringLiteral("yesterday"))
        << 422 << invalid << QStringLiteral("created_at");
    QTest::newRow("note: created_at without zone")
        << a
        << changed(QStringLiteral("clinical_note"), QStringLiteral("created_at"), QStringLiteral("2026-01-02T03:04:05"))
        << 422 << invalid << QStringLiteral("created_at");
    QTest::newRow("observation: reliability 2")
        << a << changed(QStringLiteral("clinical_observation"), QStringLiteral("reliability"), 2) << 422 << invalid
        << QStringLiteral("reliability");
    QTest::newRow("medication: negative dose") << a << changed(QStringLiteral("medication"), QStringLiteral("dose"), -5)
                                               << 422 << invalid << QStringLiteral("dose");
    QTest::newRow("medication: impossible date")
        << a << changed(QStringLiteral("medication"), QStringLiteral("start_date"), QStringLiteral("2026-13-45")) << 422
        << invalid << QStringLiteral("start_date");
    QTest::newRow("assessment: answer out of range")
        << a << changed(QStringLiteral("assessment"), QStringLiteral("answers"), QJsonArray{5, 0, 0, 0, 0, 0, 0, 0, 0})
        << 422 << invalid << QStringLiteral("answers");
    QTest::newRow("assessment: answer not a number") << a
                                                     << changed(QStringLiteral("assessment"), QStringLiteral("answers"),
                                                                QJsonArray{QStringLiteral("x"), 0, 0, 0, 0, 0, 0, 0, 0})
                                                     << 422 << invalid << QStringLiteral("answers");
    QTest::newRow("assessment: negative total")
        << a << changed(QStringLiteral("assessment"), QStringLiteral("total"), -1) << 422 << invalid
        << QStringLiteral("total");
    QTest::newRow("assessment: unknown instrument")
        << a << changed(QStringLiteral("assessment"), QStringLiteral("instrument"), QStringLiteral("phq10")) << 422
        << invalid << QStringLiteral("instrument");
    QTest::newRow("assessment: too few answers")
        << a << changed(QStringLiteral("assessment"), QStringLiteral("answers"), QJsonArray{1, 1}) << 422 << invalid
        << QString();
    QTest::newRow("assessment: completed before started")
        << a
        << changed(QStringLiteral("assessment"), QStringLiteral("completed_at"),
                   codec::formatTimestamp(TestDocuments::now().addDays(-2)))
        << 422 << invalid << QStringLiteral("completed_at");
    QTest::newRow("assessment: draft") << a
                                       << changed(QStringLiteral("assessment"), QStringLiteral("status"),
                                                  QStringLiteral("draft"))
                                       << 422 << invalid << QString();
    QTest::newRow("assessment: signed by someone else")
        << a << changed(QStringLiteral("assessment"), QStringLiteral("clinician_id"), m_b.id) << 403
        << QStringLiteral("forbidden") << QString();

    // Mutation-level problems.
    const QJsonObject note = validDocument(QStringLiteral("clinical_note"));
    QTest::newRow("unknown entity") << a << create(QStringLiteral("bogus"), note) << 422
                                    << QStringLiteral("unknown_entity") << QString();
    QTest::newRow("entity in capitals") << a << create(QStringLiteral("Clinical_Note"), note) << 422
                                        << QStringLiteral("unknown_entity") << QString();
    QTest::newRow("entity with SQL") << a << create(QStringLiteral("document'; --"), note) << 422
                                     << QStringLiteral("unknown_entity") << QString();
    for (const char *entity :
         {"twin_state", "twin_prediction", "digital_twin", "organization", "clinician", "clinical_relationship"})
        QTest::newRow(qPrintable(QStringLiteral("read-only ") + QLatin1String(entity)))
            << a << create(QLatin1String(entity), note) << 403 << QStringLiteral("read_only") << QString();
    QTest::newRow("id differs from data") << a << create(QStringLiteral("clinical_note"), note, ServerFixture::newId())
                                          << 422 << invalid << QStringLiteral("id");
    QTest::newRow("patient unknown") << a
                                     << changed(QStringLiteral("clinical_note"), QStringLiteral("patient_id"),
                                                ServerFixture::newId())
                                     << 404 << QStringLiteral("not_found") << QString();
    QTest::newRow("update of an absent note")
        << a
        << TestDocuments::mutation(newKey(), QStringLiteral("clinical_note"),
                                   note.value(QLatin1String("id")).toString(), 1, QStringLiteral("update"), note)
        << 404 << QStringLiteral("not_found") << QString();
    QTest::newRow("delete of an absent note")
        << a
        << TestDocuments::mutation(newKey(), QStringLiteral("clinical_note"), ServerFixture::newId(), 1,
                                   QStringLiteral("delete"))
        << 404 << QStringLiteral("not_found") << QString();
    const QJsonObject patient = codec::toJson(m_patientA.patient);
    QTest::newRow("patient create") << a
                                    << TestDocuments::mutation(newKey(), QStringLiteral("patient"),
                                                               ServerFixture::newId(), 0, QStringLiteral("create"),
                                                               [patient] {
                                                                   QJsonObject p = patient;
                                                                   p.insert(QStringLiteral("id"),
                                                                            ServerFixture::newId());
                                                                   return p;
                                                               }())
                                    << 403 << QStringLiteral("forbidden") << QString();
    QTest::newRow("patient delete") << a
                                    << TestDocuments::mutation(newKey(), QStringLiteral("patient"),
                                                               m_patientA.patient.id, 1, QStringLiteral("delete"))
                                    << 403 << QStringLiteral("forbidden") << QString();
    QJsonObject moved = patient;
    moved.insert(QStringLiteral("organization_id"), m_otherOrg);
    QTest::newRow("patient moved to another organisation")
        << a
        << TestDocuments::mutation(newKey(), QStringLiteral("patient"), m_patientA.patient.id, 1,
                                   QStringLiteral("update"), moved)
        << 422 << invalid << QString();
    QTest::newRow("admin pushes a note") << QStringLiteral("admin") << create(QStringLiteral("clinical_note"), note)
                                         << 403 << QStringLiteral("forbidden") << QString();
}

void TestServerBadInput::mutationRejected()
{
    QFETCH(QString, who);
    QFETCH(QJsonObject, mutation);
    QFETCH(int, httpStatus);
    QFETCH(QString, error);
    QFETCH(QString, field);
    const QString entity = text(mutation, "entity");
    const QString id = text(mutation, "id");
    const qint64 versionBefore = storedVersion(entity, id);
    auto result = TestDocuments::pushOne(m_fixture.http(), tokenFor(who), mutation);
    NM_VERIFY_OK(result);
    const QString problem = rejectionProblem(result.value(), httpStatus, error, field);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(storedVersion(entity, id), versionBefore); // -1 (absent) stays absent; a stored record is untouched
}

// ---- bodies over the cap

void TestServerBadInput::bodyOverTheCap_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("who");
    const QByteArray json = "application/json";
    const QByteArray form = "application/x-www-form-urlencoded";
    QTest::newRow("token") << QByteArray("POST") << QByteArray("/v1/auth/token") << form << QString();
    QTest::newRow("revoke") << QByteArray("POST") << QByteArray("/v1/auth/revoke") << form << QString();
    QTest::newRow("push") << QByteArray("POST") << QByteArray("/v1/push") << json << QStringLiteral("a");
    QTest::newRow("audit") << QByteArray("POST") << QByteArray("/v1/audit") << json << QStringLiteral("a");
    QTest::newRow("push without a token") << QByteArray("POST") << QByteArray("/v1/push") << json << QString();
    QTest::newRow("changes with a body") << QByteArray("GET") << QByteArray("/v1/changes") << json
                                         << QStringLiteral("a");
}

void TestServerBadInput::bodyOverTheCap()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, who);
    // Well-formed up to the cap, so only the size can be the reason.
    QByteArray body = contentType == "application/json" ? QByteArray("{\"mutations\":[],\"pad\":\"")
                                                        : QByteArray("grant_type=password&username=x&password=");
    body += QByteArray(kBodyCap + 1 - body.size() - 2, 'a');
    if (contentType == "application/json")
        body += "\"}";
    else
        body += "aa";
    QCOMPARE(body.size(), kBodyCap + 1);
    HttpHeaders headers = HttpClient::bearer(tokenFor(who));
    headers.append(qMakePair(QByteArray("Content-Type"), contentType));
    const HttpResponse r = m_fixture.http().request(method, target, body, headers);
    const QString problem = answerProblem(r, 413, QStringLiteral("payload_too_large"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestServerBadInput::bodyAtTheCap()
{
    // Exactly the cap is allowed: a push of no mutations padded with whitespace to the byte.
    QByteArray body = "{\"mutations\":[]";
    body += QByteArray(kBodyCap - body.size() - 1, ' ');
    body += '}';
    QCOMPARE(body.size(), kBodyCap);
    const HttpResponse r = m_fixture.http().postJson("/v1/push", body, m_tokenA);
    const QString problem = answerProblem(r, 200, QString());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(r.json().value(QLatin1String("results")).toArray().size(), 0);
}

// ---- credentials on every endpoint that needs them

void TestServerBadInput::credentials_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("authorization"); // "" = no header
    QTest::addColumn<QByteArray>("challenge");     // the WWW-Authenticate expected; "" = authorised

    const ClinicalNote note = TestDocuments::note(m_patientA.patient.id, m_a.id, QStringLiteral("Credentials."));
    const QByteArray push = pushBody({TestDocuments::mutation(newKey(), QStringLiteral("clinical_note"), note.id, 0,
                                                              QStringLiteral("create"), codec::toJson(note))});
    AuditBatch batch;
    batch.deviceId = m_fixture.uniqueName(QStringLiteral("device-credentials"));
    const QByteArray audit = compact(batch.toJson()); // no entries: registers nothing
    const QList<std::tuple<const char *, QByteArray, QByteArray, QByteArray>> endpoints{
        {"changes", "GET", "/v1/changes?limit=5", {}},
        {"records", "GET", "/v1/records/patient/" + m_patientA.patient.id.toLatin1(), {}},
        {"push", "POST", "/v1/push", push},
        {"audit", "POST", "/v1/audit", audit},
    };
    const QByteArray bare = R"(Bearer realm="novamind")";
    const QByteArray bad = R"(Bearer realm="novamind", error="invalid_token")";
    const QByteArray random =
        QByteArray(32, 'x').toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QList<std::tuple<const char *, QByteArray, QByteArray>> credentials{
        {"no token", {}, bare},
        {"basic auth", "Basic dXNlcjpwYXNz", bare},
        {"bearer without token", "Bearer", bad},
        {"garbage token", "Bearer '; DROP TABLE access_token; --", bad},
        {"unknown well-formed token", "Bearer " + random, bad},
        {"expired token", "Bearer " + m_expiredToken, bad},
        {"expired token, lower-case scheme", "bearer " + m_expiredToken, bad},
        {"revoked token", "Bearer " + m_revokedToken, bad},
        {"token with a character more", "Bearer " + m_mintedToken + 'x', bad},
        {"token cut short", "Bearer " + m_mintedToken.left(42), bad},
        {"control: valid token", "Bearer " + m_mintedToken, {}},
    };
    for (const auto &[endpoint, method, target, body] : endpoints) {
        for (const auto &[credential, authorization, challenge] : credentials)
            QTest::newRow(qPrintable(QLatin1String(endpoint) + QStringLiteral(": ") + QLatin1String(credential)))
                << method << target << body << authorization << challenge;
    }
}

void TestServerBadInput::credentials()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, challenge);
    HttpHeaders headers;
    if (!authorization.isEmpty())
        headers.append(qMakePair(QByteArray("Authorization"), authorization));
    if (method == "POST")
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    const HttpResponse r = m_fixture.http().request(method, target, body, headers);
    if (challenge.isEmpty()) {
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        return;
    }
    const QString problem = answerProblem(r, 401, QStringLiteral("invalid_token"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(r.header("WWW-Authenticate"), challenge);
    QVERIFY2(!r.body.contains(m_patientA.patient.mrn.toUtf8()), "a 401 carries the record");
    const QJsonArray mutations = QJsonDocument::fromJson(body).object().value(QLatin1String("mutations")).toArray();
    if (!mutations.isEmpty())
        QCOMPARE(storedCount(QStringLiteral("clinical_note"), text(mutations.at(0).toObject(), "id")), qint64(0));
}

// ---- other clinicians' and organisations' records, by id

void TestServerBadInput::otherCliniciansRecords_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("id");
    const auto add = [](const QString &who, const PatientBundle &b) {
        QList<QPair<QString, QString>> docs{{QStringLiteral("patient"), b.patient.id},
                                            {QStringLiteral("clinical_relationship"), b.relationship.id},
                                            {QStringLiteral("digital_twin"), b.twin.id}};
        for (const auto &x : b.diagnoses)
            docs.append({QStringLiteral("diagnosis"), x.id});
        for (const auto &x : b.medications)
            docs.append({QStringLiteral("medication"), x.id});
        for (const auto &x : b.treatments)
            docs.append({QStringLiteral("treatment"), x.id});
        for (const auto &x : b.notes)
            docs.append({QStringLiteral("clinical_note"), x.id});
        for (const auto &x : b.assessments)
            docs.append({QStringLiteral("assessment"), x.id});
        for (const auto &x : b.states)
            docs.append({QStringLiteral("twin_state"), x.id});
        for (const auto &x : b.predictions)
            docs.append({QStringLiteral("twin_prediction"), x.id});
        for (const auto &[entity, id] : docs)
            QTest::newRow(qPrintable(who + QStringLiteral(" reads ") + entity + QLatin1Char(' ') + id.left(8)))
                << who << entity << id;
    };
    add(QStringLiteral("a"), m_patientB);     // a colleague's patient
    add(QStringLiteral("a"), m_patientC);     // another organisation's patient
    add(QStringLiteral("admin"), m_patientA); // an administrator: never clinical content, not even the patient
}

void TestServerBadInput::otherCliniciansRecords()
{
    QFETCH(QString, who);
    QFETCH(QString, entity);
    QFETCH(QString, id);
    QVERIFY(storedCount(entity, id) == 1); // it exists: the 404 below is a refusal, not an absence
    const QByteArray token = tokenFor(who);
    const HttpResponse hidden = m_fixture.http().get("/v1/records/" + entity.toLatin1() + '/' + id.toLatin1(), token);
    const HttpResponse absent =
        m_fixture.http().get("/v1/records/" + entity.toLatin1() + '/' + ServerFixture::newId().toLatin1(), token);
    const QString problem = answerProblem(hidden, 404, QStringLiteral("not_found"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Hidden and absent answer alike, so the answer does not even confirm that the record exists.
    QCOMPARE(hidden.body, absent.body);
    QVERIFY(!hidden.body.contains(id.toUtf8()));
    const QString leak = leakIn(hidden.body);
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
}

void TestServerBadInput::otherCliniciansPatientsInPush_data()
{
    QTest::addColumn<QJsonObject>("mutation");
    QTest::addColumn<QString>("untouchedEntity"); // a record of B's that must keep version 1 ("" = none)
    QTest::addColumn<QString>("untouchedId");

    const QString patientB = m_patientB.patient.id;
    const QString patientC = m_patientC.patient.id;
    const auto create = [this](const QString &entity, const QJsonObject &data) {
        return TestDocuments::mutation(newKey(), entity, data.value(QLatin1String("id")).toString(), 0,
                                       QStringLiteral("create"), data);
    };
    QTest::newRow("note for B's patient")
        << create(QStringLiteral("clinical_note"),
                  codec::toJson(TestDocuments::note(patientB, m_a.id, QStringLiteral("Not mine."))))
        << QString() << QString();
    QTest::newRow("observation for B's patient")
        << create(QStringLiteral("clinical_observation"), codec::toJson(TestDocuments::observation(patientB, m_a.id)))
        << QString() << QString();
    QTest::newRow("PHQ-9 for B's patient")
        << create(QStringLiteral("assessment"),
                  codec::toJson(TestDocuments::phq9(patientB, m_a.id, {0, 0, 0, 0, 0, 0, 0, 0, 0},
                                                    TestDocuments::now().addSecs(-60))))
        << QString() << QString();
    QTest::newRow("note for another organisation's patient")
        << create(QStringLiteral("clinical_note"),
                  codec::toJson(TestDocuments::note(patientC, m_a.id, QStringLiteral("Not ours."))))
        << QString() << QString();

    Diagnosis theirs = m_patientB.diagnoses.front();
    const QString theirsId = theirs.id;
    theirs.notes = QStringLiteral("overwritten by A");
    QTest::newRow("update of B's diagnosis")
        << TestDocuments::mutation(newKey(), QStringLiteral("diagnosis"), theirsId, 1, QStringLiteral("update"),
                                   codec::toJson(theirs))
        << QStringLiteral("diagnosis") << theirsId;
    Diagnosis claimed = theirs;
    claimed.patientId = m_patientA.patient.id;
    QTest::newRow("update of B's diagnosis, claiming A's patient")
        << TestDocuments::mutation(newKey(), QStringLiteral("diagnosis"), theirsId, 1, QStringLiteral("update"),
                                   codec::toJson(claimed))
        << QStringLiteral("diagnosis") << theirsId;
    QTest::newRow("create over B's diagnosis id, for A's patient")
        << TestDocuments::mutation(newKey(), QStringLiteral("diagnosis"), theirsId, 0, QStringLiteral("create"),
                                   codec::toJson(claimed))
        << QStringLiteral("diagnosis") << theirsId;
    QTest::newRow("delete of B's note") << TestDocuments::mutation(newKey(), QStringLiteral("clinical_note"),
                                                                   m_patientB.notes.front().id, 1,
                                                                   QStringLiteral("delete"))
                                        << QStringLiteral("clinical_note") << m_patientB.notes.front().id;
    Patient patient = m_patientB.patient;
    patient.familyName = QStringLiteral("Renamed");
    QTest::newRow("update of B's patient")
        << TestDocuments::mutation(newKey(), QStringLiteral("patient"), patient.id, 1, QStringLiteral("update"),
                                   codec::toJson(patient))
        << QStringLiteral("patient") << patient.id;
    QTest::newRow("update of B's assessment")
        << TestDocuments::mutation(newKey(), QStringLiteral("assessment"), m_patientB.assessments.front().id, 1,
                                   QStringLiteral("update"), codec::toJson(m_patientB.assessments.front()))
        << QStringLiteral("assessment") << m_patientB.assessments.front().id;
}

void TestServerBadInput::otherCliniciansPatientsInPush()
{
    QFETCH(QJsonObject, mutation);
    QFETCH(QString, untouchedEntity);
    QFETCH(QString, untouchedId);
    const QString entity = text(mutation, "entity");
    const QString id = text(mutation, "id");
    const bool existed = !untouchedEntity.isEmpty();
    if (existed)
        QCOMPARE(storedVersion(untouchedEntity, untouchedId), qint64(1));
    const HttpResponse r = TestDocuments::push(m_fixture.http(), m_tokenA, QJsonArray{mutation});
    QVERIFY2(r.status == 200, qPrintable(r.describe()));
    const QJsonObject result = r.json().value(QLatin1String("results")).toArray().at(0).toObject();
    // Absent and hidden read the same: 404, never a conflict that would hand over B's version of the record.
    const QString problem = rejectionProblem(result, 404, QStringLiteral("not_found"), QString());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString leak = leakIn(r.body);
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
    if (existed)
        QCOMPARE(storedVersion(untouchedEntity, untouchedId), qint64(1));
    else
        QCOMPARE(storedCount(entity, id), qint64(0));
    // B still reads their record as it was.
    if (existed && untouchedEntity == QLatin1String("diagnosis")) {
        const HttpResponse mine = m_fixture.http().get("/v1/records/diagnosis/" + untouchedId.toLatin1(), m_tokenB);
        QCOMPARE(mine.status, 200);
        QCOMPARE(mine.json().value(QLatin1String("data")).toObject(), codec::toJson(m_patientB.diagnoses.front()));
    }
}

void TestServerBadInput::otherOrganisationsAuditDevice()
{
    const AuditEntry e = firstAuditEntry(m_a.id, m_patientA.patient.id);
    AuditBatch batch;
    batch.deviceId = m_deviceC;
    batch.entries = {e};
    const HttpResponse r = m_fixture.http().postJson("/v1/audit", compact(batch.toJson()), m_tokenA);
    const QString problem = answerProblem(r, 403, QStringLiteral("forbidden"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(!r.json().contains(QLatin1String("checkpoint")), "the other organisation's chain head was disclosed");
    auto owner = m_fixture.ownerConnection();
    NM_VERIFY_OK(owner);
    auto rows = owner.value()->exec("SELECT count(*), max(received_by) FROM audit_event WHERE device_id = $1",
                                    {pgParam(m_deviceC)});
    NM_VERIFY_OK(rows);
    QCOMPARE(rows->int64(0, 0), qint64(1));
    QCOMPARE(rows->text(0, 1), m_c.id);
}

void TestServerBadInput::feedHoldsOnlyVisibleRecords()
{
    auto feed = m_fixture.feed().drain(m_tokenA, QString());
    NM_VERIFY_OK(feed);
    QVERIFY(!feed->changes.isEmpty());
    const QSet<QString> hidden{m_patientB.patient.id, m_patientC.patient.id};
    for (const QJsonObject &change : std::as_const(feed->changes)) {
        const QJsonObject data = change.value(QLatin1String("data")).toObject();
        QVERIFY(!hidden.contains(text(change, "id")));
        QVERIFY(!hidden.contains(text(data, "patient_id")));
        if (data.contains(QLatin1String("organization_id")))
            QCOMPARE(text(data, "organization_id"), m_org);
    }
    for (const QJsonObject &change : std::as_const(feed->changes)) {
        const QString leak = leakIn(compact(change));
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
    }

    // The administrator: patients of the organisation as {id, mrn, organization_id}, and nothing clinical.
    auto adminFeed = m_fixture.feed().drain(m_tokenAdmin, QString());
    NM_VERIFY_OK(adminFeed);
    QSet<QString> patients;
    for (const QJsonObject &change : std::as_const(adminFeed->changes)) {
        const QString entity = text(change, "entity");
        QVERIFY2(entity == QLatin1String("patient") || entity == QLatin1String("organization") ||
                     entity == QLatin1String("clinician"),
                 qPrintable(QStringLiteral("an administrator received a ") + entity));
        if (entity != QLatin1String("patient"))
            continue;
        const QJsonObject data = change.value(QLatin1String("data")).toObject();
        const QStringList keys = data.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
                 (QSet<QString>{QStringLiteral("id"), QStringLiteral("mrn"), QStringLiteral("organization_id")}));
        patients.insert(text(change, "id"));
    }
    QCOMPARE(patients, (QSet<QString>{m_patientA.patient.id, m_patientB.patient.id}));
}

// ---- SQL metacharacters in every string field of pushed notes, observations and assessments

void TestServerBadInput::sqlMetacharacters_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("field"); // "flags[]" and "subscales{}" put the value into a list or a map key
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("mustStore"); // free text a clinician types: refusing a quote or a % would be a defect

    const QSet<QString> freeText{
        QStringLiteral("clinical_note.title"),       QStringLiteral("clinical_note.body"),
        QStringLiteral("clinical_observation.type"), QStringLiteral("clinical_observation.text_value"),
        QStringLiteral("clinical_observation.unit"), QStringLiteral("clinical_observation.notes"),
        QStringLiteral("assessment.notes"),          QStringLiteral("assessment.amends")};
    const QList<QPair<QString, QString>> values{
        {QStringLiteral("drop table"), QStringLiteral("'; DROP TABLE document; --")},
        {QStringLiteral("or 1=1"), QStringLiteral("\" OR 1=1 --")},
        {QStringLiteral("quote or quote"), QStringLiteral("' OR ''='")},
        {QStringLiteral("backslash"), QStringLiteral("\\")},
        {QStringLiteral("percent"), QStringLiteral("%")},
        {QStringLiteral("underscore"), QStringLiteral("_")},
        {QStringLiteral("escapes as text"), QStringLiteral("\\x00 \\u0000 $1 $$ E'\\\\' ::jsonb")},
        {QStringLiteral("unicode"), QStringLiteral("Zoë Ångström 日本語 🧠 \u202Eevil\u202C ﷽")},
        {QStringLiteral("NUL"), QStringLiteral("before") + QChar(0) + QStringLiteral("after")},
    };
    const QList<QPair<QString, QStringList>> fields{
        {QStringLiteral("clinical_note"),
         {QStringLiteral("id"), QStringLiteral("patient_id"), QStringLiteral("author_id"), QStringLiteral("created_at"),
          QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("body")}},
        {QStringLiteral("clinical_observation"),
         {QStringLiteral("id"), QStringLiteral("patient_id"), QStringLiteral("clinician_id"),
          QStringLiteral("observed_at"), QStringLiteral("type"), QStringLiteral("text_value"), QStringLiteral("unit"),
          QStringLiteral("source"), QStringLiteral("notes")}},
        {QStringLiteral("assessment"),
         {QStringLiteral("id"), QStringLiteral("patient_id"), QStringLiteral("clinician_id"),
          QStringLiteral("instrument"), QStringLiteral("status"), QStringLiteral("started_at"),
          QStringLiteral("completed_at"), QStringLiteral("sex"), QStringLiteral("band"), QStringLiteral("amends"),
          QStringLiteral("notes"), QStringLiteral("flags[]"), QStringLiteral("subscales{}")}},
    };
    for (const auto &[entity, names] : fields) {
        for (const QString &field : names) {
            for (const auto &[label, value] : values)
                QTest::newRow(qPrintable(entity + QLatin1Char('.') + field + QStringLiteral(": ") + label))
                    << entity << field << value
                    << (freeText.contains(entity + QLatin1Char('.') + field) && !value.contains(QChar(0)));
        }
    }
}

void TestServerBadInput::sqlMetacharacters()
{
    QFETCH(QString, entity);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, mustStore);
    QJsonObject data = validDocument(entity);
    if (field == QLatin1String("flags[]")) {
        data.insert(QStringLiteral("flags"), QJsonArray{value});
    } else if (field == QLatin1String("subscales{}")) {
        data.insert(QStringLiteral("subscales"), QJsonObject{{value, 3}});
    } else if (field == QLatin1String("id")) {
        // Ids are unique for good: the run id keeps a second run against the same server apart from this one.
        data.insert(field, QString(value + QLatin1Char('-') + m_fixture.runId()));
    } else {
        data.insert(field, value);
    }
    const QString id = text(data, "id");
    const QJsonObject mutation = TestDocuments::mutation(newKey(), entity, id, 0, QStringLiteral("create"), data);
    const HttpResponse r = TestDocuments::push(m_fixture.http(), m_tokenA, QJsonArray{mutation});
    QVERIFY2(r.status > 0 && r.status < 500, qPrintable(r.describe()));
    const bool hasNul = value.contains(QChar(0));
    QVERIFY2(!mustStore || r.status == 200, qPrintable(r.describe()));
    if (r.status != 200) {
        // Refused as a whole (e.g. an id with a NUL): a client error, and nothing stored.
        QVERIFY2(r.status >= 400 && r.hasErrorShape(), qPrintable(r.describe()));
        QCOMPARE(storedCount(entity, id), qint64(0));
        return;
    }
    const QJsonObject result = r.json().value(QLatin1String("results")).toArray().at(0).toObject();
    const QString status = text(result, "status");
    if (status == QLatin1String("rejected")) {
        QVERIFY2(!mustStore, qPrintable(QStringLiteral("free text refused: ") + QString::fromUtf8(compact(result))));
        const int http = result.value(QLatin1String("http_status")).toInt();
        QVERIFY2(http >= 400 && http < 500, qPrintable(QString::fromUtf8(compact(result))));
        QCOMPARE(storedCount(entity, id), qint64(0));
        return;
    }
    QVERIFY2(!hasNul, "a NUL character was accepted");
    QCOMPARE(status, QStringLiteral("applied"));

    // Stored verbatim: the record and the feed give back exactly the bytes that were sent.
    const auto valueIn = [&field](const QJsonObject &doc) -> QString {
        if (field == QLatin1String("flags[]"))
            return doc.value(QLatin1String("flags")).toArray().at(0).toString();
        if (field == QLatin1String("id"))
            return doc.value(field).toString().chopped(9); // without "-<run id>"
        if (field == QLatin1String("subscales{}")) {
            const QStringList keys = doc.value(QLatin1String("subscales")).toObject().keys();
            return keys.size() == 1 ? keys.first() : QString();
        }
        return doc.value(field).toString();
    };
    const HttpResponse record =
        m_fixture.http().get("/v1/records/" + entity.toLatin1() + '/' + QUrl::toPercentEncoding(id), m_tokenA);
    QVERIFY2(record.status == 200, qPrintable(record.describe()));
    QCOMPARE(text(record.json(), "id"), id);
    const QJsonObject stored = record.json().value(QLatin1String("data")).toObject();
    QCOMPARE(valueIn(stored).toUtf8(), value.toUtf8());
    QCOMPARE(stored, data);
    auto feed = m_fixture.feed().drain(m_tokenA, m_cursorA);
    NM_VERIFY_OK(feed);
    m_cursorA = feed->cursor;
    const auto change = std::find_if(feed->changes.cbegin(), feed->changes.cend(), [&](const QJsonObject &c) {
        return text(c, "entity") == entity && text(c, "id") == id;
    });
    QVERIFY2(change != feed->changes.cend(), "the pushed record is not in the feed");
    QCOMPARE(valueIn(change->value(QLatin1String("data")).toObject()).toUtf8(), value.toUtf8());
}

// ---- values at the edges of their types: stored exactly as sent, or refused with a 4xx, never a 5xx

void TestServerBadInput::extremeValues_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QJsonObject>("changes"); // fields replaced in a valid document

    const auto row = [](const char *name, const char *entity, const QJsonObject &changes) {
        QTest::newRow(name) << QString::fromLatin1(entity) << changes;
    };
    const QString longText(1024 * 1024, QLatin1Char('x'));
    const QString emojiId = QString(QStringLiteral("🧠")).repeated(64); // 128 UTF-16 units, 256 UTF-8 bytes
    row("note: 1 MiB body", "clinical_note", {{QStringLiteral("body"), longText}});
    row("note: 128-unit emoji id", "clinical_note", {{QStringLiteral("id"), emojiId}});
    row("note: year 1", "clinical_note", {{QStringLiteral("created_at"), QStringLiteral("0001-01-01T00:00:00.000Z")}});
    row("note: year 9999", "clinical_note",
        {{QStringLiteral("created_at"), QStringLiteral("9999-12-31T23:59:59.999Z")}});
    row("note: offset time", "clinical_note",
        {{QStringLiteral("created_at"), QStringLiteral("2026-06-01T12:00:00.000+14:00")}});
    row("observation: huge value", "clinical_observation", {{QStringLiteral("numeric_value"), 1e308}});
    row("observation: tiny negative value", "clinical_observation", {{QStringLiteral("numeric_value"), -4.9e-324}});
    row("observation: year 1", "clinical_observation",
        {{QStringLiteral("observed_at"), QStringLiteral("0001-01-01T00:00:00.000Z")}});
    row("medication: huge dose", "medication", {{QStringLiteral("dose"), 1.7976931348623157e308}});
    row("medication: start in year 1", "medication", {{QStringLiteral("start_date"), QStringLiteral("0001-01-01")}});
    row("assessment: 10000 answers", "assessment",
        {{QStringLiteral("answers"), QJsonArray::fromVariantList(QVariantList(10000, 0))}});
    row("assessment: signed in year 9999", "assessment",
        {{QStringLiteral("started_at"), QStringLiteral("9999-12-31T23:00:00.000Z")},
         {QStringLiteral("completed_at"), QStringLiteral("9999-12-31T23:59:59.999Z")}});
    row("assessment: signed in year 1", "assessment",
        {{QStringLiteral("started_at"), QStringLiteral("0001-01-01T00:00:00.000Z")},
         {QStringLiteral("completed_at"), QStringLiteral("0001-01-01T00:10:00.000Z")}});
    row("assessment: huge total", "assessment", {{QStringLiteral("total"), 2147483647}});
    row("assessment: total beyond int", "assessment", {{QStringLiteral("total"), 1e19}});
}

void TestServerBadInput::extremeValues()
{
    QFETCH(QString, entity);
    QFETCH(QJsonObject, changes);
    QJsonObject data = validDocument(entity);
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        data.insert(it.key(), it.value());
    const QString id = text(data, "id");
    const HttpResponse r = TestDocuments::push(
        m_fixture.http(), m_tokenA,
        QJsonArray{TestDocuments::mutation(newKey(), entity, id, 0, QStringLiteral("create"), data)});
    QVERIFY2(r.status == 200, qPrintable(r.describe()));
    const QJsonObject result = r.json().value(QLatin1String("results")).toArray().at(0).toObject();
    if (text(result, "status") == QLatin1String("rejected")) {
        const int http = result.value(QLatin1String("http_status")).toInt();
        QVERIFY2(http >= 400 && http < 500, qPrintable(QString::fromUtf8(compact(result))));
        QCOMPARE(storedCount(entity, id), qint64(0));
        return;
    }
    QCOMPARE(text(result, "status"), QStringLiteral("applied"));
    const HttpResponse record =
        m_fixture.http().get("/v1/records/" + entity.toLatin1() + '/' + QUrl::toPercentEncoding(id), m_tokenA);
    QVERIFY2(record.status == 200, qPrintable(record.describe()));
    // The codec's canonical form of what was sent (an offset time is stored in UTC, as the codec writes it).
    QJsonObject expected = data;
    if (entity == QLatin1String("clinical_note")) {
        auto decoded = codec::fromJson<ClinicalNote>(data);
        NM_VERIFY_OK(decoded);
        expected = codec::toJson(decoded.value());
    }
    QCOMPARE(record.json().value(QLatin1String("data")).toObject(), expected);
}

void TestServerBadInput::databaseIsIntact()
{
    auto owner = m_fixture.ownerConnection();
    NM_VERIFY_OK(owner);
    for (const char *table :
         {"server_info", "app_user", "access_token", "login_failure", "document", "change_log", "care_relationship",
          "revocation", "idempotency", "audit_device", "audit_event", "access_log"}) {
        auto exists = owner.value()->exec("SELECT to_regclass($1) IS NOT NULL", {pgParam(QLatin1String(table))});
        NM_VERIFY_OK(exists);
        QVERIFY2(exists->boolean(0, 0), table);
    }
    auto count = owner.value()->exec("SELECT count(*) FROM document");
    NM_VERIFY_OK(count);
    QVERIFY(count->int64(0, 0) >= m_documentsAtStart);
    QCOMPARE(m_fixture.http().get("/v1/health").status, 200);
    QCOMPARE(m_fixture.http().get("/v1/records/patient/" + m_patientA.patient.id.toLatin1(), m_tokenA).status, 200);
    NM_VERIFY_OK(m_fixture.signIn(m_b));
}

void TestServerBadInput::cleanupTestCase()
{
    const QStringList failures = m_fixture.http().serverFailures();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestServerBadInput)
#include "test_server_badinput.moc"
