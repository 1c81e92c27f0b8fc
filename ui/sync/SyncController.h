#pragma once
// SyncController: when and how the GUI syncs its open replica — on demand (F5), on a timer and when the network
// returns — with the server password asked once per session, progress in the status bar and the purge question.

#include "storage/SecureBytes.h"
#include "sync/SyncWorker.h"
#include "ui/sync/SyncSettings.h"

#include <QObject>
#include <QPointer>
#include <chrono>
#include <memory>
#include <optional>

class QAction;
class QMessageBox;
class QTimer;

namespace novamind {

class ConflictDialog;
class ServerPasswordDialog;
class SyncProgressWidget;
struct Session;

class SyncController : public QObject
{
    Q_OBJECT
public:
    // `window` parents the dialogs and the progress widget (the caller places it in its status bar).
    explicit SyncController(QWidget *window);
    ~SyncController() override;

    void setSettings(const SyncSettings &settings);
    const SyncSettings &settings() const { return m_settings; }
    // Upkeep after each successful sync (Preferences::upkeep); each step is off at 0 days.
    void setUpkeep(const LifecycleSchedule &days);

    // A session opened: both must stay valid until sessionClosed().
    void sessionOpened(Replica &replica, const Session &session);
    // Before the replica closes (lock, quit): cancels and joins a running sync, forgets the server password,
    // stops the timers and closes the purge question (answered "no").
    void sessionClosed();

    bool isRunning() const { return m_running; }
    bool hasPassword() const { return !m_password.isEmpty(); }
    // True when QNetworkInformation reports reachability here; otherwise failed syncs are retried with backoff.
    bool usesNetworkInformation() const { return m_networkInformation; }
    // The automatic retry after a failed sync, if one is scheduled.
    std::optional<std::chrono::milliseconds> scheduledRetry() const;

    QAction *syncAction() const { return m_syncAction; }
    QAction *cancelAction() const { return m_cancelAction; }
    QAction *reviewAction() const { return m_reviewAction; }
    // Enabled while patients cleared by eviction are away from this device.
    QAction *returnEvictedAction() const { return m_returnEvictedAction; }
    SyncProgressWidget *progressWidget() const { return m_progress; }

    // The purge question's text: how many patients leave, of how many, and what unsent work would be lost.
    static QString purgeQuestion(const PurgePlan &plan);
    // One status-bar sentence about a completed sync.
    static QString summaryMessage(const SyncSummary &summary);
    // The wait before retrying after `failures` consecutive failed syncs: 1, 2, 4 … minutes, at most 30.
    static std::chrono::minutes backoffDelay(int failures);

public Q_SLOTS:
    // Asked by the user: asks for the server password first when this session has none.
    void syncNow();
    void cancel();
    // Conflicts and refused changes.
    void showReview();
    // Asks the next sync to fetch the patients eviction cleared (a full resync), then starts it.
    void returnEvicted();
    // Shows the window-modal purge question; the answer goes to the running sync.
    void askPurge(const novamind::PurgePlan &plan);

Q_SIGNALS:
    // The replica's sync state changed (a sync ended, a conflict was resolved): refresh the status widget.
    void statusChanged();
    void message(const QString &text, int timeoutMs);
    void purgeAnswered(bool proceed);
    void syncStarted();
    void syncEnded(bool succeeded);

private:
    void start(bool manual);
    bool fromCurrentRun() const;
    void onProgress(const SyncProgress &progress);
    void onFinished(const SyncSummary &summary);
    void onFailed(const Error &error);
    void onUpkeepDone(int evictedPatients, qint64 auditPruned);
    void onUpkeepFailed(const Error &error);
    void answerPurge(bool proceed);
    void scheduleRetry();
    void setUpNetworkInformation();
    void onlineAgain();
    void updateActions();
    void restartIntervalTimer();

    QWidget *m_window = nullptr;
    Replica *m_replica = nullptr;
    const Session *m_session = nullptr;
    SyncSettings m_settings;
    std::unique_ptr<SyncWorker> m_worker;
    SecureBytes m_password; // the server's, for this session only
    bool m_running = false;
    bool m_cancelRequested = false;
    bool m_networkInformation = false;
    bool m_wasOnline = true;
    int m_failures = 0;
    LifecycleSchedule m_upkeep;
    // The current run's upkeep, told with its summary.
    int m_evictedPatients = 0;
    std::optional<Error> m_upkeepError;
    // Cleared patients when their return was asked for; told with the summary of the sync that brought them.
    std::optional<qsizetype> m_evictedBefore;

    QTimer *m_intervalTimer = nullptr;
    QTimer *m_retryTimer = nullptr;
    SyncProgressWidget *m_progress = nullptr;
    QPointer<QMessageBox> m_purgeBox;
    QPointer<ServerPasswordDialog> m_passwordDialog;
    QPointer<ConflictDialog> m_review;

    QAction *m_syncAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_reviewAction = nullptr;
    QAction *m_returnEvictedAction = nullptr;
};

} // namespace novamind
