// SyncCommand: `novamindctl sync` — the replica, the server credentials and the transport put together for SyncEngine.
#include "SyncCommand.h"

#include "CtlOptionNames.h"
#include "SyncTarget.h"
#include "config/SettingsCatalog.h"
#include "models/cli/ExitCode.h"
#include "storage/Replica.h"
#include "storage/SecureBytes.h"
#include "storage/lifecycle/CacheEviction.h"
#include "storage/lifecycle/LifecyclePolicy.h"
#include "sync/CppRestTransport.h"
#include "sync/SyncClient.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <atomic>
#include <chrono>
#include <csignal>
#include <limits>
#include <optional>

namespace novamind {

namespace {

using namespace ctlopt;
const QString kPushBatch = QStringLiteral("push-batch");
const QString kInterval = QStringLiteral("interval");
const QString kAllowMassPurge = QStringLiteral("allow-mass-purge");
const QString kReturnEvicted = QStringLiteral("return-evicted");

// Set from the signal handler: a lock-free atomic store is async-signal-safe.
std::atomic<bool> g_stopRequested{false};
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void requestStop(int)
{
    g_stopRequested.store(true);
}

// SIGTERM and SIGINT end an --interval loop after the run in progress, instead of killing it mid-page.
class StopSignals
{
public:
    StopSignals()
    {
        g_stopRequested.store(false);
        struct sigaction action
        {};
        action.sa_handler = requestStop;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGTERM, &action, &m_oldTerm);
        ::sigaction(SIGINT, &action, &m_oldInt);
    }
    ~StopSignals()
    {
        ::sigaction(SIGTERM, &m_oldTerm, nullptr);
        ::sigaction(SIGINT, &m_oldInt, nullptr);
    }
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

private:
    struct sigaction m_oldTerm
    {};
    struct sigaction m_oldInt
    {};
};

} // namespace

QSet<QString> SyncCommand::valueOptions()
{
    return {kServer, kServerPasswordFile, kServerUser, kCaFile, kPin, kPageLimit, kPushBatch, kInterval};
}

QSet<QString> SyncCommand::flags()
{
    return {kAllowMassPurge, kReturnEvicted};
}

QStringList SyncCommand::required()
{
    // --server may come from the managed policy or the user's settings (SyncTarget).
    return {kServerPasswordFile};
}

int SyncCommand::run(const ParsedArgs &args)
{
    const auto fail = [this](const Error &error) { return reportError(m_err, error); };
    const auto usage = [this](const Error &error) {
        m_err << error.message << Qt::endl;
        return ExitCode::Usage;
    };

    auto pageLimit = args.integer(kPageLimit, 5000, 1, 5000);
    auto pushBatch = args.integer(kPushBatch, 100, 1, 500);
    auto interval = args.integer(kInterval, 0, 1, 7 * 24 * 3600);
    for (const auto *r : {&pageLimit, &pushBatch, &interval})
        if (!r->ok())
            return usage(r->error());

    const config::EffectiveSettings settings = config::EffectiveSettings::load();
    auto target = SyncTarget::resolve(args, settings);
    if (!target.ok())
        return usage(target.error());
    auto transport = CppRestTransport::create(target->transportOptions());
    if (!transport.ok())
        return fail(transport.error());

    // Both secrets are read before anything slow happens, in option order, so that two "-" read two lines.
    auto passphrase = SecretReader::read(args.value(kPassphraseFile), kPassphraseFile);
    if (!passphrase.ok())
        return fail(passphrase.error());
    auto password = SecretReader::read(args.value(kServerPasswordFile), kServerPasswordFile);
    if (!password.ok()) {
        secureWipe(passphrase.value());
        return fail(password.error());
    }
    SyncCredentials credentials;
    credentials.user = target->serverUser();
    credentials.password = SecureBytes(password->constData(), std::size_t(password->size()));
    secureWipe(password.value());

    auto replica = Replica::open(args.value(kDb), args.value(kUser), passphrase.value(), Replica::Options{});
    secureWipe(passphrase.value());
    if (!replica.ok())
        return fail(replica.error());

    SyncEngineOptions engineOptions;
    engineOptions.userId = replica.value()->identity().userId;
    engineOptions.deviceId = replica.value()->identity().replicaId;
    engineOptions.pageLimit = int(pageLimit.value());
    engineOptions.pushBatch = int(pushBatch.value());

    // Read once: an --interval loop keeps the settings it started with, as it keeps its server.
    const LifecycleSchedule upkeepDays = settings.lifecycleSchedule();

    SyncClient client(*transport.value(), std::move(credentials));
    const bool allowPurge = args.has(kAllowMassPurge);
    // Patients cleared by eviction come back through a full resync; asked once, before the first run.
    std::optional<qsizetype> evictedBefore;
    if (args.has(kReturnEvicted)) {
        auto away = CacheEviction::requestReturn(replica.value()->database());
        if (!away.ok())
            return fail(away.error());
        evictedBefore = away.value();
    }
    SyncEngine::Callbacks callbacks;
    callbacks.progress = [this](const SyncProgress &p) {
        m_err << QStringLiteral("sync: %1 %2 records %3 bytes").arg(syncPhaseName(p.phase)).arg(p.records).arg(p.bytes)
              << Qt::endl;
    };
    // Nobody to ask on a command line: the flag is the answer given in advance.
    callbacks.confirmPurge = [allowPurge](const PurgePlan &) { return allowPurge; };

    // One run: its summary on stdout, or its error on stderr; returns the exit code.
    const auto runOnce = [&]() -> int {
        SyncEngine engine(replica.value()->database(), client, engineOptions);
        auto summary = engine.run(callbacks);
        if (!summary.ok()) {
            const Error &e = summary.error();
            if (e.detail == QLatin1String("purge_refused")) {
                // One line, as every error: the engine's sentence and how to go ahead.
                m_err << e.message << QLatin1Char(' ')
                      << tr("Run the sync again with --allow-mass-purge to remove them.") << Qt::endl;
                return ExitCode::Failed;
            }
            return fail(e);
        }
        QJsonObject json = summary->toJson();
        if (evictedBefore) {
            // Counted before the upkeep below, which may clear other patients. Told once, by the run that did it.
            auto returned = CacheEviction::returnedSince(replica.value()->database(), *evictedBefore);
            json.insert(QStringLiteral("returned"), returned.ok() ? qint64(returned.value()) : qint64(0));
            evictedBefore.reset();
        }
        // Upkeep after each successful sync; a failure there is told on stderr but the sync stays a success.
        auto upkeep = LifecyclePolicy::runAfterSync(replica.value()->database(), engineOptions.userId, upkeepDays,
                                                    QDateTime::currentDateTimeUtc());
        json.insert(QStringLiteral("evicted"), upkeep.ok() ? upkeep->evicted.patients : 0);
        json.insert(QStringLiteral("deleted_purged"), upkeep.ok() ? upkeep->deletedPurged.patients : 0);
        json.insert(QStringLiteral("audit_pruned"), upkeep.ok() ? upkeep->auditPruned : qint64(0));
        if (!upkeep.ok()) {
            json.insert(QStringLiteral("upkeep_failed"), true);
            m_err << upkeep.error().message << QLatin1Char(' ')
                  << tr("The sync itself succeeded; old data is cleared again after the next sync.") << Qt::endl;
        }
        m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << Qt::endl;
        return ExitCode::Ok;
    };

    if (!args.has(kInterval))
        return runOnce();

    const StopSignals signalGuard;
    for (;;) {
        const int code = runOnce();
        // Outages are expected in a long-running loop; credentials refused, a refused purge or a damaged replica
        // will not heal by waiting.
        if (code != ExitCode::Ok && code != ExitCode::Network)
            return code;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(interval.value());
        while (!g_stopRequested.load() && std::chrono::steady_clock::now() < deadline)
            QThread::msleep(100);
        if (g_stopRequested.load())
            return ExitCode::Ok;
    }
}

} // namespace novamind
