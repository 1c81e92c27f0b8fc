#pragma once
// SyncWorker: runs SyncEngine on its own thread with its own replica connection, for the GUI.

#include "models/Result.h"
#include "storage/SecureBytes.h"
#include "storage/lifecycle/LifecyclePolicy.h"
#include "sync/CppRestTransport.h"
#include "sync/SyncEngine.h"

#include <QObject>
#include <QThread>
#include <functional>
#include <memory>

namespace novamind {

class Replica;

struct SyncRequest
{
    TransportOptions transport;
    QString serverUser;
    SecureBytes serverPassword;
    SyncEngineOptions engine;
    // Upkeep after a successful sync (storage/lifecycle/LifecyclePolicy); all off by default.
    LifecycleSchedule upkeep;
};

class SyncWorker : public QObject
{
    Q_OBJECT
public:
    // replica: the GUI's open replica; the worker opens its own connection (Replica::openConnection) per run.
    explicit SyncWorker(Replica &replica, QObject *parent = nullptr);
    ~SyncWorker() override; // cancels and joins

    bool isRunning() const;
    // Starts one sync in the background; ignored while one is running.
    void start(SyncRequest request);
    void cancel();
    // The answer to purgeConfirmationNeeded (from the GUI thread).
    void answerPurge(bool proceed);

    // Test hook: how the worker makes its transport (CppRestTransport::create by default).
    using TransportFactory = std::function<Result<std::unique_ptr<Transport>>(const TransportOptions &)>;
    void setTransportFactory(TransportFactory factory);

Q_SIGNALS:
    void progress(const novamind::SyncProgress &progress);
    // The engine waits for answerPurge().
    void purgeConfirmationNeeded(const novamind::PurgePlan &plan);
    // After a successful sync and before finished(): what the upkeep removed, or why it failed (the sync still
    // finishes as a success).
    void upkeepDone(int evictedPatients, qint64 auditPruned);
    void upkeepFailed(const novamind::Error &error);
    void finished(const novamind::SyncSummary &summary);
    void failed(const novamind::Error &error);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace novamind

Q_DECLARE_METATYPE(novamind::SyncProgress)
Q_DECLARE_METATYPE(novamind::PurgePlan)
Q_DECLARE_METATYPE(novamind::SyncSummary)
Q_DECLARE_METATYPE(novamind::Error)
