#include "ui/sync/SyncController.h"

#include "storage/Replica.h"
#include "storage/Session.h"
#include "storage/lifecycle/CacheEviction.h"
#include "sync/CppRestTransport.h"
#include "ui/sync/ConflictDialog.h"
#include "ui/sync/ServerPasswordDialog.h"
#include "ui/sync/SyncProgressWidget.h"

#include <QAction>
#include <QKeySequence>
#include <QMessageBox>
#include <QNetworkInformation>
#include <QPushButton>
#include <QTimer>
#include <algorithm>
#include <climits>

namespace novamind {

namespace {

constexpr int kMessageTimeoutMs = 15000;
constexpr std::chrono::minutes kMaxBackoff{30};

} // namespace

SyncController::SyncController(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("syncController"));

    m_syncAction = new QAction(tr("&Sync now"), this);
    m_syncAction->setObjectName(QStringLiteral("syncNowAction"));
    m_syncAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncAction->setStatusTip(tr("Send this device's changes to the server and fetch everyone else's"));
    m_syncAction->setToolTip(tr("Sync with the server (F5)"));
    connect(m_syncAction, &QAction::triggered, this, &SyncController::syncNow);

    m_cancelAction = new QAction(tr("&Cancel sync"), this);
    m_cancelAction->setObjectName(QStringLiteral("cancelSyncAction"));
    connect(m_cancelAction, &QAction::triggered, this, &SyncController::cancel);

    m_reviewAction = new QAction(tr("Conflicts and &refused changes…"), this);
    m_reviewAction->setObjectName(QStringLiteral("reviewSyncAction"));
    m_reviewAction->setStatusTip(tr("Resolve records changed both here and on the server, and retry refused changes"));
    connect(m_reviewAction, &QAction::triggered, this, &SyncController::showReview);

    m_returnEvictedAction = new QAction(tr("&Bring back cleared patients"), this);
    m_returnEvictedAction->setObjectName(QStringLiteral("returnEvictedAction"));
    m_returnEvictedAction->setStatusTip(tr("Patients not opened for a while were cleared from this device to save "
                                           "space; the next sync fetches them again from the server"));
    connect(m_returnEvictedAction, &QAction::triggered, this, &SyncController::returnEvicted);

    m_progress = new SyncProgressWidget(window);
    connect(m_progress, &SyncProgressWidget::cancelRequested, this, &SyncController::cancel);

    m_intervalTimer = new QTimer(this);
    m_intervalTimer->setObjectName(QStringLiteral("syncIntervalTimer"));
    connect(m_intervalTimer, &QTimer::timeout, this, [this] { start(false); });
    m_retryTimer = new QTimer(this);
    m_retryTimer->setObjectName(QStringLiteral("syncRetryTimer"));
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, [this] { start(false); });

    setUpNetworkInformation();
    updateActions();
}

SyncController::~SyncController()
{
    sessionClosed();
}

void SyncController::setUpNetworkInformation()
{
    // Reachability needs a backend (NetworkManager, …); without one, or when it cannot tell, failed syncs back off.
    if (!QNetworkInformation::instance() && !QNetworkInformation::loadDefaultBackend())
        return;
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info || !info->supports(QNetworkInformation::Feature::Reachability) ||
        info->reachability() == QNetworkInformation::Reachability::Unknown)
        return;
    m_networkInformation = true;
    m_wasOnline = info->reachability() == QNetworkInformation::Reachability::Online;
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                const bool online = reachability == QNetworkInformation::Reachability::Online;
                if (online && !m_wasOnline)
                    onlineAgain();
                m_wasOnline = online;
            });
}

void SyncController::onlineAgain()
{
    if (m_session && !m_running && hasPassword())
        start(false);
}

void SyncController::setSettings(const SyncSettings &settings)
{
    const bool serverChanged = settings.serverUrl != m_settings.serverUrl ||
                               settings.effectiveUser(QString()) != m_settings.effectiveUser(QString());
    m_settings = settings;
    // A password typed for one server or user is not sent to another.
    if (serverChanged)
        m_password.wipe();
    restartIntervalTimer();
    updateActions();
}

void SyncController::setUpkeep(const LifecycleSchedule &days)
{
    m_upkeep = days;
}

void SyncController::restartIntervalTimer()
{
    m_intervalTimer->stop();
    if (m_session && m_settings.interval.count() > 0) {
        m_intervalTimer->setInterval(std::chrono::duration_cast<std::chrono::milliseconds>(m_settings.interval));
        m_intervalTimer->start();
    }
}

void SyncController::sessionOpened(Replica &replica, const Session &session)
{
    sessionClosed();
    m_replica = &replica;
    m_session = &session;
    m_worker = std::make_unique<SyncWorker>(replica);
    connect(m_worker.get(), &SyncWorker::progress, this, &SyncController::onProgress);
    connect(m_worker.get(), &SyncWorker::purgeConfirmationNeeded, this, &SyncController::askPurge);
    connect(m_worker.get(), &SyncWorker::finished, this, &SyncController::onFinished);
    connect(m_worker.get(), &SyncWorker::failed, this, &SyncController::onFailed);
    connect(m_worker.get(), &SyncWorker::upkeepDone, this, &SyncController::onUpkeepDone);
    connect(m_worker.get(), &SyncWorker::upkeepFailed, this, &SyncController::onUpkeepFailed);
    m_failures = 0;
    restartIntervalTimer();
    updateActions();
}

void SyncController::sessionClosed()
{
    m_intervalTimer->stop();
    m_retryTimer->stop();
    if (m_purgeBox) {
        // Closing the question says "no": nothing is purged behind a locked screen.
        m_purgeBox->disconnect(this);
        m_purgeBox->reject();
        answerPurge(false);
    }
    if (m_passwordDialog)
        m_passwordDialog->reject();
    if (m_review)
        m_review->reject();
    if (m_worker) {
        m_worker->disconnect(this);
        m_worker->cancel();
        m_worker.reset(); // joins: the replica may close only after the sync's connection is gone
    }
    m_password.wipe();
    m_running = false;
    m_cancelRequested = false;
    m_failures = 0;
    m_evictedBefore.reset();
    m_replica = nullptr;
    m_session = nullptr;
    m_progress->reset();
    updateActions();
}

std::optional<std::chrono::milliseconds> SyncController::scheduledRetry() const
{
    if (!m_retryTimer->isActive())
        return std::nullopt;
    return std::chrono::milliseconds(m_retryTimer->interval());
}

std::chrono::minutes SyncController::backoffDelay(int failures)
{
    if (failures <= 1)
        return std::chrono::minutes(1);
    // 2^(failures-1), stopping before the shift could overflow.
    const int exponent = std::min(failures - 1, 10);
    return std::min(std::chrono::minutes(1LL << exponent), kMaxBackoff);
}

void SyncController::syncNow()
{
    if (!m_session || m_running)
        return;
    if (!m_settings.isConfigured()) {
        Q_EMIT message(tr("Sync is not set up: enter the server's address under File › Preferences."),
                       kMessageTimeoutMs);
        return;
    }
    if (hasPassword()) {
        start(true);
        return;
    }
    if (m_passwordDialog) {
        m_passwordDialog->raise();
        m_passwordDialog->activateWindow();
        return;
    }
    const QString user = m_settings.effectiveUser(m_replica->identity().userId);
    // Window-modal and asynchronous, like the other session dialogs, so a lock can close it.
    auto *dialog = new ServerPasswordDialog(m_settings.serverUrl, user, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_passwordDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_password = dialog->takePassword();
        if (m_session && hasPassword())
            start(true);
    });
    dialog->open();
}

void SyncController::start(bool manual)
{
    if (!m_session || !m_worker || m_running || !m_settings.isConfigured())
        return;
    if (!hasPassword())
        return; // only a person asks for the password; timers and the network wait for the first manual sync
    m_retryTimer->stop();

    SyncRequest request;
    request.transport.baseUrl = m_settings.serverUrl;
    request.transport.caFile = m_settings.caFile;
    if (!m_settings.pinSha256.isEmpty()) {
        auto pin = parsePinSha256(m_settings.pinSha256);
        if (!pin.ok()) {
            if (manual)
                Q_EMIT message(pin.error().message, kMessageTimeoutMs);
            return;
        }
        request.transport.pinSha256 = pin.value();
    }
    const ReplicaIdentity &identity = m_replica->identity();
    request.serverUser = m_settings.effectiveUser(identity.userId);
    request.serverPassword = SecureBytes(m_password.chars(), m_password.size());
    request.engine.userId = identity.userId;
    request.engine.deviceId = identity.replicaId;
    request.upkeep = m_upkeep;

    m_evictedPatients = 0;
    m_upkeepError.reset();
    m_running = true;
    m_cancelRequested = false;
    m_progress->setStarting();
    updateActions();
    Q_EMIT syncStarted();
    m_worker->start(std::move(request));
}

void SyncController::cancel()
{
    if (!m_running || !m_worker)
        return;
    m_cancelRequested = true;
    m_progress->setCancelling();
    m_cancelAction->setEnabled(false);
    if (m_purgeBox) {
        m_purgeBox->disconnect(this);
        m_purgeBox->reject();
        answerPurge(false);
    }
    m_worker->cancel();
}

bool SyncController::fromCurrentRun() const
{
    // Reports of a run that a lock cancelled may still be queued; they are not this session's.
    return m_running && m_worker && sender() == m_worker.get();
}

void SyncController::onProgress(const SyncProgress &progress)
{
    if (!fromCurrentRun() || m_cancelRequested)
        return;
    m_progress->setProgress(progress);
}

void SyncController::onFinished(const SyncSummary &summary)
{
    if (!fromCurrentRun())
        return;
    m_running = false;
    m_cancelRequested = false;
    m_failures = 0;
    m_retryTimer->stop();
    m_progress->reset();
    updateActions();
    QString text = summaryMessage(summary);
    if (m_evictedBefore && m_replica) {
        auto returned = CacheEviction::returnedSince(m_replica->database(), *m_evictedBefore);
        if (returned.ok() && returned.value() > 0)
            text +=
                QLatin1Char(' ') + tr("%n cleared patient(s) are back on this device.", nullptr, int(returned.value()));
        m_evictedBefore.reset();
    }
    if (m_evictedPatients > 0)
        text += QLatin1Char(' ') +
                tr("%n patient(s) not opened for a while were cleared from this device; Sync › Bring back cleared "
                   "patients fetches them again.",
                   nullptr, m_evictedPatients);
    // The sync succeeded all the same: the upkeep is tried again after the next one.
    if (m_upkeepError)
        text += QLatin1Char(' ') + m_upkeepError->message;
    Q_EMIT message(text, kMessageTimeoutMs);
    Q_EMIT statusChanged();
    if (m_review)
        (void)m_review->reload();
    Q_EMIT syncEnded(true);
}

void SyncController::onFailed(const Error &error)
{
    if (!fromCurrentRun())
        return;
    const bool cancelled = m_cancelRequested;
    m_running = false;
    m_cancelRequested = false;
    m_progress->reset();
    updateActions();
    if (cancelled) {
        Q_EMIT message(tr("Sync cancelled. What was sent or received before stays; the next sync continues."),
                       kMessageTimeoutMs);
    } else {
        Q_EMIT message(error.message, kMessageTimeoutMs);
        if (error.code == ErrorCode::Authentication) {
            // The server refused the password: forget it, and ask again only when the user next syncs.
            m_password.wipe();
        } else if (error.code == ErrorCode::Network || error.code == ErrorCode::Server) {
            ++m_failures;
            if (!m_networkInformation)
                scheduleRetry();
        }
    }
    // Part of the run may have been committed (pushed batches, applied pages) before it failed.
    Q_EMIT statusChanged();
    if (m_review)
        (void)m_review->reload();
    Q_EMIT syncEnded(false);
}

void SyncController::onUpkeepDone(int evictedPatients, qint64)
{
    if (fromCurrentRun())
        m_evictedPatients = evictedPatients;
}

void SyncController::onUpkeepFailed(const Error &error)
{
    if (fromCurrentRun())
        m_upkeepError = error;
}

void SyncController::scheduleRetry()
{
    m_retryTimer->setInterval(std::chrono::duration_cast<std::chrono::milliseconds>(backoffDelay(m_failures)));
    m_retryTimer->start();
}

void SyncController::askPurge(const PurgePlan &plan)
{
    if (!m_session || m_cancelRequested) {
        answerPurge(false);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove patients from this device?"), purgeQuestion(plan),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("purgeQuestion"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *remove = box->addButton(tr("&Remove them"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("purgeRemoveButton"));
    QPushButton *keep = box->addButton(tr("&Not now"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("purgeKeepButton"));
    // Removing is the one that cannot be undone, so it is never the default.
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    m_purgeBox = box;
    connect(box, &QMessageBox::finished, this, [this, box, remove] { answerPurge(box->clickedButton() == remove); });
    box->open();
}

void SyncController::answerPurge(bool proceed)
{
    m_purgeBox.clear();
    if (m_worker)
        m_worker->answerPurge(proceed);
    Q_EMIT purgeAnswered(proceed);
}

QString SyncController::purgeQuestion(const PurgePlan &plan)
{
    const int leaving = static_cast<int>(plan.patientIds.size());
    QStringList sentences;
    sentences << tr("The server says you no longer have access to %n patient(s) on this device.", nullptr, leaving);
    if (leaving >= plan.patientsInReplica && plan.patientsInReplica > 0)
        sentences << tr("That is every patient here: %1 of %2.").arg(leaving).arg(plan.patientsInReplica);
    else
        sentences << tr("That is %1 of the %2 patients here.").arg(leaving).arg(plan.patientsInReplica);
    if (plan.losesUnsentWork()) {
        sentences << tr("Removing them loses work not yet sent to the server:");
        QStringList lost;
        if (plan.unsentChanges > 0)
            lost << tr("%n unsent change(s)", nullptr, plan.unsentChanges);
        if (plan.drafts > 0)
            lost << tr("%n draft assessment(s)", nullptr, plan.drafts);
        sentences.last() += QLatin1Char(' ') + lost.join(tr(" and ")) + QLatin1Char('.');
    }
    sentences << tr("Remove them now? If you are not sure, choose Not now and ask your administrator; the sync "
                    "stops and nothing is removed.");
    return sentences.join(QLatin1Char(' '));
}

QString SyncController::summaryMessage(const SyncSummary &summary)
{
    const int sent = summary.pushed.applied + summary.pushed.duplicates;
    QString text = tr("Sync complete: %n change(s) sent", nullptr, sent) % QStringLiteral(", ") %
                   tr("%n received", nullptr, static_cast<int>(std::min<qint64>(summary.pulled, INT_MAX))) %
                   QLatin1Char('.');
    if (summary.conflicts > 0)
        text += QLatin1Char(' ') + tr("%n conflict(s) to resolve.", nullptr, summary.conflicts);
    if (summary.quarantined > 0)
        text += QLatin1Char(' ') + tr("%n change(s) refused by the server.", nullptr, summary.quarantined);
    if (summary.purgedPatients > 0)
        text += QLatin1Char(' ') + tr("%n patient(s) removed from this device.", nullptr, summary.purgedPatients);
    return text;
}

void SyncController::showReview()
{
    if (!m_session)
        return;
    if (m_review) {
        (void)m_review->reload();
        m_review->raise();
        m_review->activateWindow();
        return;
    }
    auto *dialog = new ConflictDialog(*m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Not modal: the clinician may want the patient's chart beside it while deciding.
    dialog->setWindowModality(Qt::NonModal);
    connect(dialog, &ConflictDialog::changed, this, &SyncController::statusChanged);
    if (dialog->conflictCount() == 0 && dialog->refusedCount() > 0)
        dialog->showTab(ConflictDialog::RefusedTab);
    m_review = dialog;
    dialog->show();
}

void SyncController::returnEvicted()
{
    if (!m_session || !m_replica || m_running)
        return;
    auto away = CacheEviction::requestReturn(m_replica->database());
    if (!away.ok()) {
        Q_EMIT message(away.error().message, kMessageTimeoutMs);
        return;
    }
    if (away.value() == 0) {
        updateActions();
        return;
    }
    m_evictedBefore = away.value();
    syncNow();
}

void SyncController::updateActions()
{
    const bool open = m_session != nullptr;
    m_syncAction->setEnabled(open && !m_running);
    m_cancelAction->setEnabled(open && m_running && !m_cancelRequested);
    m_reviewAction->setEnabled(open);
    bool cleared = false;
    if (open && !m_running && m_replica) {
        auto evicted = CacheEviction::evicted(m_replica->database());
        cleared = evicted.ok() && !evicted->isEmpty();
    }
    m_returnEvictedAction->setEnabled(cleared);
}

} // namespace novamind
