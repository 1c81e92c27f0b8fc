#pragma once
// UnlockDialog: asks for a user id and passphrase and opens the replica off the GUI thread.

#include "models/Result.h"
#include "storage/Replica.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>
#include <chrono>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace novamind {

class UnlockDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UnlockDialog(const QString &databasePath, QWidget *parent = nullptr);
    ~UnlockDialog() override;

    void setUserId(const QString &userId);
    QString userId() const;
    // The replica opened by a successful unlock; empty before that, and after the first call.
    std::unique_ptr<Replica> takeReplica();
    bool isBusy() const;

    // Repeated wrong passphrases make the next attempt wait: none for the first two, then 1, 2, 4 … 30 units
    // (a unit is one second; tests shorten it). Counted per process, so re-locking does not reset it.
    static std::chrono::milliseconds retryDelayAfter(int consecutiveFailures);
    static void setRetryDelayUnit(std::chrono::milliseconds unit);
    static int consecutiveFailures();
    bool isWaitingToRetry() const { return m_retryTimer.isActive(); }

public Q_SLOTS:
    void reject() override;

private Q_SLOTS:
    void unlock();
    void onUnlockFinished();
    void updateUnlockButton();
    void updateRetryCountdown();

private:
    using OpenResult = Result<std::unique_ptr<Replica>>;

    void setBusy(bool busy);
    void showError(const QString &message);
    void startRetryDelay(std::chrono::milliseconds delay);
    void growToFit();

    QString m_databasePath;
    QLineEdit *m_userEdit = nullptr;
    QLineEdit *m_passphraseEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QFutureWatcher<OpenResult> *m_watcher = nullptr;
    std::unique_ptr<Replica> m_replica;
    QString m_lastError;
    bool m_busy = false;
    QTimer m_retryTimer;     // single shot: the attempt allowed again
    QTimer m_countdownTimer; // ticks the visible countdown
};

} // namespace novamind
