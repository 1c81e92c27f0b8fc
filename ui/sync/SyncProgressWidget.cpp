#include "ui/sync/SyncProgressWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>
#include <algorithm>
#include <climits>

namespace novamind {

namespace {

QString records(qint64 n)
{
    return SyncProgressWidget::tr("%Ln record(s)", nullptr, static_cast<int>(std::min<qint64>(n, INT_MAX)));
}

QString megabytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace

SyncProgressWidget::SyncProgressWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("syncProgress"));
    setAccessibleName(tr("Sync progress"));

    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("syncProgressBar"));
    m_bar->setAccessibleName(tr("Sync progress"));
    m_bar->setTextVisible(false);
    // Wide enough to see movement, narrow enough to leave the status bar its other fields on a laptop.
    m_bar->setFixedWidth(fontMetrics().averageCharWidth() * 10);
    m_bar->setMaximumHeight(fontMetrics().height());

    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("syncProgressLabel"));
    m_label->setTextFormat(Qt::PlainText);

    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("syncCancelButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop this sync; what has been sent or received so far is kept"));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, &SyncProgressWidget::cancelRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_bar);
    layout->addWidget(m_label);
    layout->addWidget(m_cancel);
    hide();
}

QString SyncProgressWidget::describe(const SyncProgress &p)
{
    switch (p.phase) {
    case SyncPhase::SigningIn:
        return tr("Signing in to the sync server…");
    case SyncPhase::Pushing:
        if (p.total >= 0)
            return tr("Sending changes: %1 of %2").arg(QLocale().toString(p.records), QLocale().toString(p.total));
        return tr("Sending changes: %1").arg(records(p.records));
    case SyncPhase::Pulling:
        return tr("Pulling changes: %1, %2").arg(records(p.records), megabytes(p.bytes));
    case SyncPhase::Resyncing:
        return tr("Downloading everything again: %1, %2").arg(records(p.records), megabytes(p.bytes));
    case SyncPhase::ShippingAudit:
        return tr("Sending the audit trail: %1").arg(records(p.records));
    case SyncPhase::Done:
        return tr("Finishing: %1").arg(megabytes(p.bytes));
    }
    return {};
}

void SyncProgressWidget::setProgress(const SyncProgress &progress)
{
    const bool determinate = progress.phase == SyncPhase::Pushing && progress.total > 0;
    if (determinate) {
        // QProgressBar holds ints; scale rather than overflow on very long outboxes.
        const qint64 total = progress.total;
        const int maximum = static_cast<int>(std::min<qint64>(total, 1'000'000));
        m_bar->setRange(0, maximum);
        m_bar->setValue(static_cast<int>(std::min(progress.records, total) * maximum / total));
    } else {
        m_bar->setRange(0, 0); // busy indicator
    }
    m_label->setText(describe(progress));
    // Grows with the figures but never shrinks during a run, so the status bar does not twitch at every page.
    m_label->setMinimumWidth(std::max(m_label->minimumWidth(), m_label->sizeHint().width()));
    m_cancel->setEnabled(true);
    show();
}

void SyncProgressWidget::setStarting()
{
    m_bar->setRange(0, 0);
    m_label->setText(tr("Connecting to the sync server…"));
    m_cancel->setEnabled(true);
    show();
}

void SyncProgressWidget::setCancelling()
{
    m_label->setText(tr("Stopping the sync…"));
    m_cancel->setEnabled(false);
}

void SyncProgressWidget::reset()
{
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_label->clear();
    m_label->setMinimumWidth(0);
    hide();
}

} // namespace novamind
