// SyncWorker: one SyncEngine run at a time on a QThread, with its own replica connection.
#include "sync/SyncWorker.h"

#include "storage/Replica.h"
#include "storage/lifecycle/LifecyclePolicy.h"

#include <QDateTime>
#include <QMetaType>
#include <condition_variable>
#include <mutex>
#include <optional>

namespace novamind {

struct SyncWorker::Impl
{
    explicit Impl(Replica &r)
        : replica(r)
    {}

    Replica &replica;
    TransportFactory transportFactory;
    std::unique_ptr<QThread> thread;
    std::atomic<bool> running{false};

    // Guards everything below: the GUI thread cancels and answers while the worker thread runs.
    std::mutex mutex;
    std::condition_variable answered;
    std::optional<bool> purgeAnswer;
    bool cancelled = false;
    SyncEngine *engine = nullptr;
};

SyncWorker::SyncWorker(Replica &replica, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Impl>(replica))
{
    qRegisterMetaType<novamind::SyncProgress>();
    qRegisterMetaType<novamind::PurgePlan>();
    qRegisterMetaType<novamind::SyncSummary>();
    qRegisterMetaType<novamind::Error>();
}

SyncWorker::~SyncWorker()
{
    cancel();
    if (d->thread)
        d->thread->wait();
}

bool SyncWorker::isRunning() const
{
    return d->running.load();
}

void SyncWorker::setTransportFactory(TransportFactory factory)
{
    d->transportFactory = std::move(factory);
}

void SyncWorker::cancel()
{
    std::lock_guard lock(d->mutex);
    d->cancelled = true;
    if (d->engine)
        d->engine->cancel();
    d->answered.notify_all();
}

void SyncWorker::answerPurge(bool proceed)
{
    std::lock_guard lock(d->mutex);
    d->purgeAnswer = proceed;
    d->answered.notify_all();
}

void SyncWorker::start(SyncRequest request)
{
    if (d->running.load())
        return;
    if (d->thread) {
        // The previous run has reported; its thread is only unwinding.
        d->thread->wait();
        d->thread.reset();
    }
    {
        std::lock_guard lock(d->mutex);
        d->cancelled = false;
        d->purgeAnswer.reset();
    }
    d->running.store(true);
    // Shared, because the thread's callable is copied around and SecureBytes is move-only.
    auto shared = std::make_shared<SyncRequest>(std::move(request));
    d->thread.reset(QThread::create([this, shared] {
        Result<SyncSummary> outcome = Error{ErrorCode::Internal, QString()};
        [&] {
            auto db = d->replica.openConnection();
            if (!db.ok()) {
                outcome = db.error();
                return;
            }
            Result<std::unique_ptr<Transport>> transport = d->transportFactory
                                                               ? d->transportFactory(shared->transport)
                                                               : [&]() -> Result<std::unique_ptr<Transport>> {
                auto made = CppRestTransport::create(shared->transport);
                if (!made.ok())
                    return made.error();
                return std::unique_ptr<Transport>(std::move(made.value()));
            }();
            if (!transport.ok()) {
                outcome = transport.error();
                return;
            }
            SyncClient client(*transport.value(),
                              SyncCredentials{shared->serverUser, std::move(shared->serverPassword)});
            SyncEngine engine(db.value(), client, shared->engine);
            {
                std::lock_guard lock(d->mutex);
                if (d->cancelled)
                    engine.cancel();
                d->engine = &engine;
            }
            SyncEngine::Callbacks callbacks;
            callbacks.progress = [this](const SyncProgress &p) { Q_EMIT progress(p); };
            callbacks.confirmPurge = [this](const PurgePlan &plan) {
                {
                    std::lock_guard lock(d->mutex);
                    d->purgeAnswer.reset();
                }
                Q_EMIT purgeConfirmationNeeded(plan);
                std::unique_lock lock(d->mutex);
                d->answered.wait(lock, [this] { return d->purgeAnswer.has_value() || d->cancelled; });
                return !d->cancelled && d->purgeAnswer.value_or(false);
            };
            outcome = engine.run(callbacks);
            {
                std::lock_guard lock(d->mutex);
                d->engine = nullptr;
            }
            if (!outcome.ok())
                return;
            auto upkeep = LifecyclePolicy::runAfterSync(db.value(), shared->engine.userId, shared->upkeep,
                                                        QDateTime::currentDateTimeUtc());
            if (upkeep.ok())
                Q_EMIT upkeepDone(upkeep->evicted.patients, upkeep->auditPruned);
            else
                Q_EMIT upkeepFailed(upkeep.error());
        }();
        d->running.store(false);
        if (outcome.ok())
            Q_EMIT finished(outcome.value());
        else
            Q_EMIT failed(outcome.error());
    }));
    d->thread->setObjectName(QStringLiteral("novamind-sync"));
    d->thread->start();
}

} // namespace novamind
