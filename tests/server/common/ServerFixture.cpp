#include "ServerFixture.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUuid>

namespace novamind::test {

namespace {

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, '\0');
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}

} // namespace

Status ServerFixture::init(const QString &testName)
{
    auto env = ServerEnv::load();
    if (!env.ok())
        return env.error();
    m_env = env.value();
    if (m_env.syncd.isEmpty())
        return Error(ErrorCode::Usage, QStringLiteral("No novamind-syncd binary: set NOVAMIND_SYNCD."));
    m_testName = testName;
    m_runId = QString::fromLatin1(randomBytes(4).toHex());
    m_http = std::make_unique<HttpClient>(m_env.serverUrl, m_env.caFile);
    m_feed = std::make_unique<FeedReader>(*m_http);
    m_admin = std::make_unique<SyncdAdmin>(m_env);
    const HttpResponse health = m_http->get("/v1/health");
    if (health.status != 200)
        return Error(ErrorCode::Network, QStringLiteral("The server at %1 is not healthy: %2")
                                             .arg(QString::fromUtf8(m_env.serverUrl), health.describe()));
    return {};
}

QString ServerFixture::uniqueName(const QString &stem) const
{
    return m_testName + QLatin1Char('-') + stem + QLatin1Char('-') + m_runId;
}

quint64 ServerFixture::uniqueSeed()
{
    // Below 2^53, so the seed survives any JSON or double round trip a tool might put it through.
    return QRandomGenerator::system()->generate64() >> 11;
}

QString ServerFixture::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<TestUser> ServerFixture::addUser(const QString &stem, const QString &role, const QString &organization)
{
    TestUser user;
    user.id = uniqueName(stem);
    user.role = role;
    user.organization = organization;
    user.password = randomBytes(18).toBase64();
    NM_TRY(m_admin->addUser(user.id, role, organization, user.password));
    return user;
}

Result<QByteArray> ServerFixture::signIn(const TestUser &user)
{
    const HttpResponse r =
        m_http->postForm("/v1/auth/token", {{QStringLiteral("grant_type"), QStringLiteral("password")},
                                            {QStringLiteral("username"), user.id},
                                            {QStringLiteral("password"), QString::fromUtf8(user.password)}});
    const QString token = r.json().value(QLatin1String("access_token")).toString();
    if (r.status != 200 || token.isEmpty())
        return Error(ErrorCode::Authentication, QStringLiteral("Sign-in of %1 failed: %2").arg(user.id, r.describe()));
    return token.toLatin1();
}

Result<std::vector<PatientBundle>> ServerFixture::seedPatients(const TestUser &assignee, int patients,
                                                               int statesPerPatient)
{
    const quint64 seed = uniqueSeed();
    NM_TRY(m_admin->seedDemo(patients, statesPerPatient, seed, assignee.id));
    // The same parameters the seeder uses for --assign-to, so the same cohort comes out.
    CohortParameters params;
    params.patients = patients;
    params.statesPerPatient = statesPerPatient;
    params.seed = seed;
    params.organizationId = assignee.organization;
    params.clinicianId = assignee.id;
    const DemoCohort cohort(params);
    std::vector<PatientBundle> bundles;
    auto owner = ownerConnection();
    if (!owner.ok())
        return owner.error();
    for (int i = 0; i < patients; ++i) {
        PatientBundle bundle = cohort.generate(i);
        auto found =
            owner.value()->exec("SELECT 1 FROM document WHERE entity = 'patient' AND id = $1 AND organization_id = $2",
                                {server::pgParam(bundle.patient.id), server::pgParam(assignee.organization)});
        if (!found.ok())
            return found.error();
        if (found->rows() != 1)
            return Error(ErrorCode::Corrupt, QStringLiteral("seed-demo did not create the patients the demo cohort "
                                                            "generates for the same parameters."));
        bundles.push_back(std::move(bundle));
    }
    return bundles;
}

Result<QByteArray> ServerFixture::mintToken(const TestUser &user, qint64 expiresInSeconds)
{
    // The server's token format and storage: base64url of 32 random bytes, stored as the SHA-256 hex.
    const QByteArray token = randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray hash = QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
    auto owner = ownerConnection();
    if (!owner.ok())
        return owner.error();
    const Status inserted =
        owner.value()->run("INSERT INTO access_token (token_hash, user_id, issued_at, expires_at)"
                           " VALUES ($1, $2, now() - interval '1 day', now() + make_interval(secs => $3))",
                           {hash, server::pgParam(user.id), server::pgParam(expiresInSeconds)});
    if (!inserted.ok())
        return inserted.error();
    return token;
}

Result<std::unique_ptr<server::PgConnection>> ServerFixture::ownerConnection() const
{
    return server::PgConnection::open(m_env.adminDbUrl);
}

Result<std::unique_ptr<server::PgConnection>> ServerFixture::appConnection() const
{
    return server::PgConnection::open(m_env.dbUrl);
}

QByteArray pgTextArray(const QStringList &values)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += ',';
        QByteArray value = values.at(i).toUtf8();
        value.replace('\\', "\\\\").replace('"', "\\\"");
        out += '"' + value + '"';
    }
    return out + '}';
}

} // namespace novamind::test
