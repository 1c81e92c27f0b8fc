#include "ui/SyncStatusWidget.h"

#include "storage/ReplicaStatus.h"
#include "ui/ClinicalStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

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

// Flat until hovered, so the counts read like the labels beside them but still say they can be clicked.
QToolButton *makeCountButton(QWidget *parent, const QString &objectName, const QString &accessibleName,
                             const QString &toolTip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    button->setCursor(Qt::PointingHandCursor);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("syncStatus"));
    m_lastSync = makeLabel(this, QStringLiteral("lastSyncLabel"), tr("Last sync"));
    m_outbox = makeLabel(this, QStringLiteral("outboxLabel"), tr("Waiting to be sent"));
    m_refused = makeCountButton(this, QStringLiteral("refusedButton"), tr("Refused by the server"),
                                tr("Show the changes the server refused"));
    m_conflicts =
        makeCountButton(this, QStringLiteral("conflictsButton"), tr("Conflicts"), tr("Show and resolve the conflicts"));
    connect(m_refused, &QToolButton::clicked, this, &SyncStatusWidget::refusedRequested);
    connect(m_conflicts, &QToolButton::clicked, this, &SyncStatusWidget::conflictsRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_outbox);
    layout->addWidget(m_refused);
    layout->addWidget(m_conflicts);
    m_refused->hide();
    m_conflicts->hide();
}

void SyncStatusWidget::refresh(Database *db)
{
    if (!db) {
        m_lastSync->clear();
        m_outbox->clear();
        m_refused->hide();
        m_conflicts->hide();
        return;
    }
    auto status = ReplicaStatus::read(*db);
    if (!status.ok()) {
        m_lastSync->setText(tr("Sync state unavailable"));
        m_outbox->clear();
        m_refused->hide();
        m_conflicts->hide();
        return;
    }
    const ReplicaSyncStatus &s = status.value();
    m_lastSync->setText(s.lastSync ? tr("Last sync: %1").arg(style::formatDateTime(*s.lastSync)) : tr("Never synced"));
    m_outbox->setText(tr("%n change(s) waiting to be sent", nullptr, s.pendingOutbox));
    m_refusedCount = s.quarantinedOutbox;
    m_conflictCount = s.conflicts;
    m_refused->setText(tr("%n refused by the server", nullptr, s.quarantinedOutbox));
    m_refused->setVisible(s.quarantinedOutbox > 0);
    m_conflicts->setText(tr("%n conflict(s)", nullptr, s.conflicts));
    m_conflicts->setVisible(true);
    colourCounts();
}

void SyncStatusWidget::colourCounts()
{
    // Conflicts and refusals wait for a person: coloured like high risk so they are noticed, else plain text.
    const QColor alert = style::riskColor(QStringLiteral("high"), palette());
    for (auto [button, count] : {std::pair{m_conflicts, m_conflictCount}, std::pair{m_refused, m_refusedCount}}) {
        QPalette p = palette();
        if (count > 0) {
            p.setColor(QPalette::ButtonText, alert);
            p.setColor(QPalette::WindowText, alert);
        }
        button->setPalette(p);
    }
}

void SyncStatusWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        colourCounts();
}

} // namespace novamind
