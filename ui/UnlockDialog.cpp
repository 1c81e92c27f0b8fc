#include "ui/UnlockDialog.h"

#include "storage/SecureBytes.h"
#include "ui/ClinicalStyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace novamind {

namespace {

int g_consecutiveFailures = 0;
std::chrono::milliseconds g_retryUnit{1000};

} // namespace

std::chrono::milliseconds UnlockDialog::retryDelayAfter(int consecutiveFailures)
{
    if (consecutiveFailures < 3)
        return std::chrono::milliseconds(0);
    const int doublings = std::min(consecutiveFailures - 3, 5); // 1, 2, 4, 8, 16, then 30
    return std::min(g_retryUnit * (1 << doublings), g_retryUnit * 30);
}

void UnlockDialog::setRetryDelayUnit(std::chrono::milliseconds unit)
{
    g_retryUnit = unit;
}

int UnlockDialog::consecutiveFailures()
{
    return g_consecutiveFailures;
}

UnlockDialog::UnlockDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
{
    setWindowTitle(tr("Unlock Novamind Clinician"));
    setAccessibleName(tr("Unlock the replica"));

    auto *intro = new QLabel(tr("Enter your user id and passphrase to unlock this device's patient replica."), this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    intro->setAccessibleName(tr("Instructions"));

    auto *pathLabel = new QLabel(tr("Replica: %1").arg(databasePath), this);
    pathLabel->setObjectName(QStringLiteral("replicaPathLabel"));
    pathLabel->setWordWrap(true);
    pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pathLabel->setForegroundRole(QPalette::PlaceholderText);
    pathLabel->setAccessibleName(tr("Replica file"));

    m_userEdit = new QLineEdit(this);
    m_userEdit->setObjectName(QStringLiteral("userEdit"));
    m_userEdit->setAccessibleName(tr("User"));
    m_userEdit->setAccessibleDescription(tr("Your user id on this replica"));
    m_userEdit->setPlaceholderText(tr("e.g. dr.ada"));

    m_passphraseEdit = new QLineEdit(this);
    m_passphraseEdit->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    m_passphraseEdit->setAccessibleName(tr("Passphrase"));
    m_passphraseEdit->setAccessibleDescription(tr("The passphrase that unlocks your key to this replica"));

    auto *form = new QFormLayout;
    form->addRow(tr("&User:"), m_userEdit);
    form->addRow(tr("&Passphrase:"), m_passphraseEdit);

    m_errorLabel = style::makeErrorLabel(this, QStringLiteral("errorLabel"));

    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setMaximumHeight(6);
    m_busyIndicator->setAccessibleName(tr("Unlocking"));
    m_busyIndicator->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_unlockButton = m_buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setAccessibleName(tr("Unlock"));
    m_unlockButton->setDefault(true);
    QPushButton *cancelButton = m_buttons->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    cancelButton->setAccessibleName(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addWidget(pathLabel);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_busyIndicator);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);

    m_watcher = new QFutureWatcher<OpenResult>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &UnlockDialog::onUnlockFinished);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::unlock);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
    connect(m_userEdit, &QLineEdit::textChanged, this, &UnlockDialog::updateUnlockButton);
    connect(m_passphraseEdit, &QLineEdit::textChanged, this, &UnlockDialog::updateUnlockButton);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        m_countdownTimer.stop();
        showError(m_lastError);
        updateUnlockButton();
    });
    m_countdownTimer.setInterval(250);
    connect(&m_countdownTimer, &QTimer::timeout, this, &UnlockDialog::updateRetryCountdown);
    // After several failures in this process the dialog opens already waiting.
    startRetryDelay(retryDelayAfter(g_consecutiveFailures));
    updateUnlockButton();
    m_userEdit->setFocus();
}

UnlockDialog::~UnlockDialog()
{
    // A replica still opening is released, and so closed, when its future is dropped.
    m_passphraseEdit->clear();
}

void UnlockDialog::setUserId(const QString &userId)
{
    m_userEdit->setText(userId);
    if (!userId.isEmpty())
        m_passphraseEdit->setFocus();
}

QString UnlockDialog::userId() const
{
    return m_userEdit->text().trimmed();
}

std::unique_ptr<Replica> UnlockDialog::takeReplica()
{
    return std::move(m_replica);
}

bool UnlockDialog::isBusy() const
{
    // Busy until the result has been handled, not merely computed: the watcher's finished signal is queued.
    return m_busy;
}

void UnlockDialog::reject()
{
    // The key derivation cannot be interrupted; closing now would leave an open replica behind.
    if (isBusy())
        return;
    QDialog::reject();
}

void UnlockDialog::unlock()
{
    if (isBusy() || !m_unlockButton->isEnabled())
        return;

    const QString user = userId();
    QString typed = m_passphraseEdit->text();
    QByteArray passphrase = typed.toUtf8();
    // Once the field is cleared our copy is the only one left, so it can be overwritten in place.
    m_passphraseEdit->clear();
    std::fill(typed.begin(), typed.end(), QChar(u'\0'));
    typed.clear();

    m_errorLabel->hide();
    m_errorLabel->clear();
    setBusy(true);

    m_watcher->setFuture(QtConcurrent::run([path = m_databasePath, user, passphrase = std::move(passphrase)]() mutable {
        const auto wipe = qScopeGuard([&passphrase] { secureWipe(passphrase); });
        return Replica::open(path, user, passphrase, Replica::Options{});
    }));
}

void UnlockDialog::onUnlockFinished()
{
    setBusy(false);
    QFuture<OpenResult> future = m_watcher->future();
    if (future.resultCount() == 0) {
        showError(tr("Unlocking stopped unexpectedly. Please try again."));
        return;
    }
    OpenResult result = future.takeResult();
    if (!result.ok()) {
        const Error &error = result.error();
        m_lastError = error.message;
        showError(error.message);
        if (error.code == ErrorCode::Authentication) {
            ++g_consecutiveFailures;
            startRetryDelay(retryDelayAfter(g_consecutiveFailures));
            m_passphraseEdit->setFocus();
        } else {
            m_userEdit->setFocus();
        }
        return;
    }
    g_consecutiveFailures = 0;
    m_replica = std::move(result).value();
    accept();
}

void UnlockDialog::updateUnlockButton()
{
    m_unlockButton->setEnabled(!isBusy() && !isWaitingToRetry() && !userId().isEmpty() &&
                               !m_passphraseEdit->text().isEmpty());
}

void UnlockDialog::startRetryDelay(std::chrono::milliseconds delay)
{
    if (delay.count() <= 0)
        return;
    m_retryTimer.start(delay);
    m_countdownTimer.start();
    updateRetryCountdown();
    updateUnlockButton();
}

void UnlockDialog::updateRetryCountdown()
{
    const int seconds = (m_retryTimer.remainingTime() + 999) / 1000;
    const QString wait = tr("Too many failed attempts: you can try again in %n second(s).", nullptr, seconds);
    showError(m_lastError.isEmpty() ? wait : m_lastError + QLatin1Char('\n') + wait);
}

void UnlockDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_userEdit->setEnabled(!busy);
    m_passphraseEdit->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    m_busyIndicator->setVisible(busy);
    growToFit();
    updateUnlockButton();
    if (busy)
        m_unlockButton->setEnabled(false);
}

void UnlockDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
    growToFit();
}

void UnlockDialog::growToFit()
{
    // Grow when the error or the busy bar appears instead of squeezing the fields; never shrink under the user.
    layout()->activate();
    const int needed = hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

} // namespace novamind
