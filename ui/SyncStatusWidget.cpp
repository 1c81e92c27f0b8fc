#include "ui/SyncStatusWidget.h"

#include "storage/ReplicaStatus.h"
#include "ui/ClinicalStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace novamind {

namespace {

QLabel *makeLabel(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("syncStatus"));
    m_lastSync = makeLabel(this, QStringLiteral("lastSyncLabel"), tr("Last sync"));
    m_outbox = makeLabel(this, QStringLiteral("outboxLabel"), tr("Waiting to be sent"));
    m_conflicts = makeLabel(this, QStringLiteral("conflictsLabel"), tr("Conflicts"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_outbox);
    layout->addWidget(m_conflicts);
}

void SyncStatusWidget::refresh(Database *db)
{
    if (!db) {
        for (QLabel *label : {m_lastSync, m_outbox, m_conflicts})
            label->clear();
        return;
    }
    auto status = ReplicaStatus::read(*db);
    if (!status.ok()) {
        m_lastSync->setText(tr("Sync state unavailable"));
        m_outbox->clear();
        m_conflicts->clear();
        return;
    }
    const ReplicaSyncStatus &s = status.value();
    m_lastSync->setText(s.lastSync ? tr("Last sync: %1").arg(style::formatDateTime(*s.lastSync)) : tr("Never synced"));
    QString outbox = tr("%n change(s) waiting to be sent", nullptr, s.pendingOutbox);
    if (s.quarantinedOutbox > 0)
        outbox += QStringLiteral(" · ") + tr("%n refused by the server", nullptr, s.quarantinedOutbox);
    m_outbox->setText(outbox);
    m_conflicts->setText(tr("%n conflict(s)", nullptr, s.conflicts));
    m_conflictCount = s.conflicts;
    colourConflicts();
}

void SyncStatusWidget::colourConflicts()
{
    // Conflicts wait for a person to resolve them: coloured like high risk so they are noticed, else plain text.
    QPalette palette = this->palette();
    if (m_conflictCount > 0)
        palette.setColor(QPalette::WindowText, style::riskColor(QStringLiteral("high"), palette));
    m_conflicts->setPalette(palette);
}

void SyncStatusWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        colourConflicts();
}

} // namespace novamind
