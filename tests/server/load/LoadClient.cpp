#include "LoadClient.h"

#include "FeedReader.h"

#include <QJsonDocument>
#include <QUrl>

namespace novamind::test {

namespace {

const QString kApplied = QStringLiteral("applied");
const QString kConflict = QStringLiteral("conflict");
const QString kDuplicate = QStringLiteral("duplicate");

QString statusOf(const QJsonObject &result)
{
    return result.value(QLatin1String("status")).toString();
}

} // namespace

LoadClient::LoadClient(LoadClientSetup setup)
    : m_setup(std::move(setup))
    , m_http(std::make_unique<HttpClient>(m_setup.env.serverUrl, m_setup.env.caFile))
    , m_factory(m_setup.user, QStringLiteral("load-") + m_setup.user, m_setup.seed)
{
    m_report.user = m_setup.user;
}

void LoadClient::problem(const QString &what)
{
    // The first few are enough to diagnose; thousands of copies of one fault would drown the log.
    if (m_report.problems.size() < 20)
        m_report.problems << m_setup.user + QStringLiteral(": ") + what;
}

bool LoadClient::prepare()
{
    ++m_report.requests;
    const HttpResponse r =
        m_http->postForm("/v1/auth/token", {{QStringLiteral("grant_type"), QStringLiteral("password")},
                                            {QStringLiteral("username"), m_setup.user},
                                            {QStringLiteral("password"), QString::fromUtf8(m_setup.password)}});
    m_token = r.json().value(QLatin1String("access_token")).toString().toUtf8();
    if (r.status != 200 || m_token.isEmpty()) {
        problem(QStringLiteral("sign-in failed: ") + r.describe());
        return false;
    }
    return pullToEnd();
}

void LoadClient::work(std::chrono::steady_clock::time_point deadline)
{
    QRandomGenerator &random = m_factory.random();
    while (std::chrono::steady_clock::now() < deadline) {
        const int dice = random.bounded(100);
        if (dice < 55)
            pushFresh();
        else if (dice < 88)
            pullPage(random.bounded(20, 400));
        else
            replayLast();
    }
}

void LoadClient::finish()
{
    pullToEnd();
}

LoadClientReport LoadClient::takeReport()
{
    m_report.serverFailures = m_http->serverFailures();
    return std::move(m_report);
}

std::optional<PushMutation> LoadClient::pickEdit(const QSet<QString> &taken)
{
    QRandomGenerator &random = m_factory.random();
    // Mostly diagnoses: a small, fixed set that every client sharing a patient edits, so edits collide often.
    const QStringList entities = random.bounded(10) < 7 ? QStringList{QStringLiteral("diagnosis")}
                                                        : QStringList{QStringLiteral("clinical_note")};
    const QStringList keys = m_report.view.keysOf(entities, m_setup.sharedPatients);
    if (keys.isEmpty())
        return std::nullopt;
    const QString key = keys.at(random.bounded(int(keys.size())));
    if (taken.contains(key))
        return std::nullopt;
    const QString entity = key.section(QLatin1Char('/'), 0, 0);
    const ViewDocument &doc = m_report.view.documents()[key];
    return m_factory.edit(entity, doc.data, doc.version);
}

void LoadClient::pushFresh()
{
    QRandomGenerator &random = m_factory.random();
    const int size = random.bounded(1, 9);
    std::vector<PushMutation> batch;
    QSet<QString> taken; // one mutation per record and batch: a second one would conflict with the first
    for (int i = 0; i < size; ++i) {
        if (random.bounded(100) < 35) {
            if (std::optional<PushMutation> edit = pickEdit(taken)) {
                taken.insert(ClientView::keyOf(edit->entity, edit->id));
                batch.push_back(*edit);
                continue;
            }
        }
        const QString patient = m_setup.patients.at(random.bounded(int(m_setup.patients.size())));
        const int kind = random.bounded(10);
        batch.push_back(kind < 4   ? m_factory.note(patient)
                        : kind < 7 ? m_factory.observation(patient)
                                   : m_factory.signedAssessment(patient));
    }
    send(batch, true);
}

void LoadClient::send(const std::vector<PushMutation> &batch, bool retryConflicts)
{
    ++m_report.requests;
    ++m_report.pushes;
    m_report.mutations += qint64(batch.size());
    for (const PushMutation &m : batch)
        m_report.keys.insert(m.key);
    const HttpResponse r = m_http->postJson("/v1/push", MutationFactory::pushBody(batch), m_token);
    if (r.status != 200) {
        problem(QStringLiteral("push answered ") + r.describe());
        return;
    }
    const QJsonArray results = r.json().value(QLatin1String("results")).toArray();
    if (results.size() != qsizetype(batch.size())) {
        problem(QStringLiteral("push of %1 mutations answered %2 results").arg(batch.size()).arg(results.size()));
        return;
    }
    m_lastBatch = batch;
    m_lastResults = results;

    std::vector<std::pair<PushMutation, qint64>> conflicts;
    for (size_t i = 0; i < batch.size(); ++i) {
        const PushMutation &m = batch[i];
        const QJsonObject result = results.at(qsizetype(i)).toObject();
        if (result.value(QLatin1String("idempotency_key")).toString() != m.key) {
            problem(QStringLiteral("result %1 carries another idempotency key").arg(i));
            continue;
        }
        const QString status = statusOf(result);
        if (status == kApplied) {
            const qint64 version = result.value(QLatin1String("version")).toInteger();
            // An update accepted on base N must become N + 1; anything else overwrote a write the client never saw.
            const qint64 expected = m.op == QLatin1String("create") ? 1 : m.baseVersion + 1;
            if (version != expected)
                problem(QStringLiteral("%1 %2 on base %3 applied as version %4")
                            .arg(m.entity, m.op)
                            .arg(m.baseVersion)
                            .arg(version));
            m_report.applied.push_back({m, version});
            m_report.view.learn(m.entity, m.id, version, m.data);
        } else if (status == kConflict && m.op == QLatin1String("update")) {
            ++m_report.conflicts;
            const qint64 serverVersion = result.value(QLatin1String("server_version")).toInteger();
            if (serverVersion <= m.baseVersion)
                problem(QStringLiteral("conflict on base %1 names the older server version %2")
                            .arg(m.baseVersion)
                            .arg(serverVersion));
            conflicts.emplace_back(m, serverVersion);
        } else {
            problem(QStringLiteral("%1 %2 answered %3")
                        .arg(m.entity, m.op, QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact))));
        }
    }
    for (const auto &[m, serverVersion] : conflicts)
        reread(m, serverVersion, retryConflicts && m_factory.random().bounded(2) == 0);
}

void LoadClient::reread(const PushMutation &m, qint64 conflictVersion, bool retry)
{
    ++m_report.requests;
    ++m_report.rereads;
    const HttpResponse r =
        m_http->get("/v1/records/" + m.entity.toUtf8() + '/' + QUrl::toPercentEncoding(m.id), m_token);
    if (r.status != 200) {
        problem(QStringLiteral("re-reading a %1 after a conflict answered ").arg(m.entity) + r.describe());
        return;
    }
    const QJsonObject body = r.json();
    const qint64 version = body.value(QLatin1String("version")).toInteger();
    // Versions only grow: a later read cannot show less than the conflict did.
    if (version < conflictVersion)
        problem(QStringLiteral("re-read version %1 is older than the conflict's %2").arg(version).arg(conflictVersion));
    const QJsonObject data = body.value(QLatin1String("data")).toObject();
    m_report.view.learn(m.entity, m.id, version, data);
    if (!retry)
        return;
    if (std::optional<PushMutation> again = m_factory.edit(m.entity, data, version)) {
        ++m_report.retriedEdits;
        send({*again}, false);
    }
}

void LoadClient::replayLast()
{
    if (m_lastBatch.empty())
        return;
    ++m_report.requests;
    ++m_report.replays;
    const HttpResponse r = m_http->postJson("/v1/push", MutationFactory::pushBody(m_lastBatch), m_token);
    if (r.status != 200) {
        problem(QStringLiteral("replay answered ") + r.describe());
        return;
    }
    const QJsonArray results = r.json().value(QLatin1String("results")).toArray();
    if (results.size() != m_lastResults.size()) {
        problem(QStringLiteral("replay answered %1 results for %2").arg(results.size()).arg(m_lastResults.size()));
        return;
    }
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        // A replay changes nothing and answers what the first attempt answered, conflicts included.
        if (statusOf(result) != kDuplicate ||
            result.value(QLatin1String("original")).toObject() != m_lastResults.at(i).toObject())
            problem(QStringLiteral("replayed mutation %1 answered %2")
                        .arg(i)
                        .arg(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact))));
    }
}

void LoadClient::pullPage(int limit)
{
    FeedReader feed(*m_http);
    ++m_report.requests;
    Result<FeedPage> page = feed.page(m_token, m_report.view.cursor(), limit);
    if (!page.ok()) {
        problem(page.error().message);
        return;
    }
    ++m_report.pages;
    m_report.view.applyPage(page->changes, page->revocations, page->cursor);
}

bool LoadClient::pullToEnd()
{
    FeedReader feed(*m_http);
    for (;;) {
        ++m_report.requests;
        Result<FeedPage> page = feed.page(m_token, m_report.view.cursor(), 1000);
        if (!page.ok()) {
            problem(page.error().message);
            return false;
        }
        ++m_report.pages;
        m_report.view.applyPage(page->changes, page->revocations, page->cursor);
        if (!page->hasMore)
            return true;
    }
}

} // namespace novamind::test
