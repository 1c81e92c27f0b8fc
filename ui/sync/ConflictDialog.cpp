#include "ui/sync/ConflictDialog.h"

#include "models/codecs/JsonCodec.h"
#include "storage/Session.h"
#include "ui/ClinicalStyle.h"
#include "ui/sync/ConflictComparisonModel.h"
#include "ui/sync/SyncLabels.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStackedLayout>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace novamind {

namespace {

QString whenText(const QString &iso)
{
    const auto when = codec::parseTimestamp(iso);
    return when ? style::formatDateTime(*when) : QStringLiteral("—");
}

QString whatHappened(const Conflict &c)
{
    if (c.localDeleted)
        return ConflictDialog::tr("Deleted on this device, changed on the server");
    if (c.serverDeleted)
        return ConflictDialog::tr("Changed on this device, deleted on the server");
    return ConflictDialog::tr("Changed on this device and on the server");
}

} // namespace

ConflictDialog::ConflictDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Sync conflicts and refused changes"));
    setAccessibleName(windowTitle());

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_tabs->addTab(buildConflictsPage(), QString());
    m_tabs->addTab(buildRefusedPage(), QString());

    m_error = style::makeErrorLabel(this, QStringLiteral("conflictError"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(980, 600);

    const Status loaded = reload();
    if (!loaded.ok())
        showError(loaded.error().message);
}

ConflictDialog::~ConflictDialog() = default;

QWidget *ConflictDialog::buildConflictsPage()
{
    auto *page = new QWidget(this);

    m_conflictList = new QListWidget(page);
    m_conflictList->setObjectName(QStringLiteral("conflictList"));
    m_conflictList->setAccessibleName(tr("Conflicts"));
    m_conflictList->setWordWrap(true);
    m_conflictList->setSpacing(2);
    m_conflictList->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    connect(m_conflictList, &QListWidget::currentRowChanged, this, &ConflictDialog::showConflict);

    m_heading = new QLabel(page);
    m_heading->setObjectName(QStringLiteral("conflictHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_model = new ConflictComparisonModel(this);
    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setAccessibleName(tr("Both versions, field by field"));
    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::StrongFocus);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ConflictComparisonModel::FieldColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ConflictComparisonModel::LocalColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ConflictComparisonModel::ServerColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ConflictDialog::updateButtons);

    m_mergeHint = new QLabel(page);
    m_mergeHint->setObjectName(QStringLiteral("conflictMergeHint"));
    m_mergeHint->setWordWrap(true);
    m_mergeHint->setForegroundRole(QPalette::PlaceholderText);

    m_keepMine = new QPushButton(tr("&Keep mine"), page);
    m_keepMine->setObjectName(QStringLiteral("keepMineButton"));
    m_keepMine->setToolTip(tr("Send this device's version to the server, replacing the server's"));
    connect(m_keepMine, &QPushButton::clicked, this, &ConflictDialog::keepMine);
    m_takeServer = new QPushButton(tr("&Take server's"), page);
    m_takeServer->setObjectName(QStringLiteral("takeServerButton"));
    m_takeServer->setToolTip(tr("Use the server's version and discard this device's change"));
    connect(m_takeServer, &QPushButton::clicked, this, &ConflictDialog::takeServer);
    m_merge = new QPushButton(tr("&Merge"), page);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setToolTip(tr("Send a version made of the field values ticked in the table"));
    connect(m_merge, &QPushButton::clicked, this, &ConflictDialog::merge);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_keepMine);
    actions->addWidget(m_takeServer);
    actions->addStretch(1);
    actions->addWidget(m_merge);

    auto *detail = new QWidget(page);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_heading);
    detailLayout->addWidget(m_table, 1);
    detailLayout->addWidget(m_mergeHint);
    detailLayout->addLayout(actions);

    m_noConflicts = new QLabel(tr("No conflicts: every change made here agrees with the server."), page);
    m_noConflicts->setObjectName(QStringLiteral("noConflictsLabel"));
    m_noConflicts->setAlignment(Qt::AlignCenter);
    m_noConflicts->setWordWrap(true);
    m_noConflicts->setForegroundRole(QPalette::PlaceholderText);

    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->addWidget(m_conflictList);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({260, 700});

    // The empty state replaces the whole page, so no dead buttons are shown.
    m_conflictStack = new QStackedLayout(page);
    m_conflictStack->addWidget(splitter);
    m_conflictStack->addWidget(m_noConflicts);
    return page;
}

QWidget *ConflictDialog::buildRefusedPage()
{
    auto *page = new QWidget(this);
    auto *intro = new QLabel(tr("The server refused these changes. They stay on this device until you send them "
                                "again; correct the record first if the server's answer asks you to."),
                             page);
    intro->setWordWrap(true);

    m_refusedTable = new QTableWidget(0, 3, page);
    m_refusedTable->setObjectName(QStringLiteral("refusedTable"));
    m_refusedTable->setAccessibleName(tr("Changes refused by the server"));
    m_refusedTable->setHorizontalHeaderLabels({tr("Change"), tr("Made"), tr("The server's answer")});
    m_refusedTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_refusedTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_refusedTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_refusedTable->setWordWrap(true);
    m_refusedTable->verticalHeader()->hide();
    m_refusedTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_refusedTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_refusedTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_refusedTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_refusedTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_refusedTable, &QTableWidget::itemSelectionChanged, this, &ConflictDialog::updateButtons);

    m_retry = new QPushButton(tr("&Retry"), page);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setToolTip(tr("Send the selected change again at the next sync"));
    connect(m_retry, &QPushButton::clicked, this, &ConflictDialog::retrySelected);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_retry);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(m_refusedTable, 1);
    layout->addLayout(row);
    return page;
}

Status ConflictDialog::reload()
{
    const int previousConflict = currentConflictRow();
    const int previousRefused = m_refusedTable->currentRow();

    auto conflicts = Conflicts::list(m_session);
    if (!conflicts.ok())
        return conflicts.error();
    if (!m_session.db)
        return Error(ErrorCode::Internal, tr("The replica is not open."), QStringLiteral("session without database"));
    auto refused = Outbox::quarantined(*m_session.db);
    if (!refused.ok())
        return refused.error();
    m_conflicts = std::move(conflicts).value();
    m_refused = std::move(refused).value();

    {
        const QSignalBlocker blocker(m_conflictList);
        m_conflictList->clear();
        for (const Conflict &c : m_conflicts) {
            auto *item = new QListWidgetItem(syncui::entityLabel(c.entity) % QLatin1Char('\n') % whatHappened(c) %
                                                 QLatin1Char('\n') % tr("Found %1").arg(whenText(c.detectedAt)),
                                             m_conflictList);
            item->setToolTip(whatHappened(c));
        }
    }
    m_conflictStack->setCurrentIndex(m_conflicts.empty() ? 1 : 0);
    if (m_conflicts.empty()) {
        showConflict(-1);
    } else {
        const int row = std::clamp(previousConflict, 0, conflictCount() - 1);
        m_conflictList->setCurrentRow(row);
        showConflict(row);
    }

    m_refusedTable->setRowCount(0);
    m_refusedTable->setRowCount(refusedCount());
    for (int i = 0; i < refusedCount(); ++i) {
        const OutboxEntry &e = m_refused[static_cast<std::size_t>(i)];
        // What and when only: the record's content is not shown here, so this list needs no patient access.
        m_refusedTable->setItem(
            i, 0, new QTableWidgetItem(tr("%1 · %2").arg(syncui::entityLabel(e.entity), syncui::operationLabel(e.op))));
        m_refusedTable->setItem(i, 1, new QTableWidgetItem(whenText(e.createdAt)));
        m_refusedTable->setItem(i, 2,
                                new QTableWidgetItem(e.lastError.isEmpty() ? tr("No reason given") : e.lastError));
    }
    if (refusedCount() > 0)
        m_refusedTable->selectRow(std::clamp(previousRefused, 0, refusedCount() - 1));
    updateTabTitles();
    updateButtons();
    return {};
}

void ConflictDialog::updateTabTitles()
{
    m_tabs->setTabText(ConflictsTab, tr("&Conflicts (%1)").arg(conflictCount()));
    m_tabs->setTabText(RefusedTab, tr("Re&fused by the server (%1)").arg(refusedCount()));
}

void ConflictDialog::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void ConflictDialog::selectConflict(int row)
{
    m_conflictList->setCurrentRow(row);
}

void ConflictDialog::selectRefused(int row)
{
    m_refusedTable->selectRow(row);
}

int ConflictDialog::currentConflictRow() const
{
    return m_conflictList->currentRow();
}

void ConflictDialog::showConflict(int row)
{
    if (row < 0 || row >= conflictCount()) {
        m_model->clear();
        m_heading->clear();
        m_mergeHint->clear();
        updateButtons();
        return;
    }
    const Conflict &c = m_conflicts[static_cast<std::size_t>(row)];
    m_model->setConflict(c);
    m_heading->setText(tr("%1: %2").arg(syncui::entityLabel(c.entity), whatHappened(c)));
    if (m_model->isMergeable()) {
        m_mergeHint->setText(tr("%n highlighted field(s) differ. To merge, tick the value to keep in each row.",
                                nullptr, m_model->differingCount()));
    } else {
        m_mergeHint->setText(tr("One side deleted the record, so the versions cannot be merged: keep yours or take "
                                "the server's."));
    }
    m_table->resizeRowsToContents();
    m_error->hide();
    updateButtons();
}

void ConflictDialog::updateButtons()
{
    const bool hasConflict = currentConflictRow() >= 0 && currentConflictRow() < conflictCount();
    m_keepMine->setEnabled(hasConflict);
    m_takeServer->setEnabled(hasConflict);
    bool anyServerChoice = false;
    for (int r = 0; r < m_model->rowCount(); ++r)
        anyServerChoice = anyServerChoice || m_model->choosesServer(r);
    // A merge that takes nothing from the server is just "Keep mine"; say so by leaving it off until a tick moves.
    m_merge->setEnabled(hasConflict && m_model->isMergeable() && anyServerChoice);
    m_retry->setEnabled(m_refusedTable->currentRow() >= 0 && !m_refusedTable->selectedItems().isEmpty());
}

void ConflictDialog::keepMine()
{
    resolve(Conflicts::Choice::KeepMine);
}

void ConflictDialog::takeServer()
{
    resolve(Conflicts::Choice::TakeServer);
}

void ConflictDialog::merge()
{
    if (!m_model->isMergeable())
        return;
    resolve(Conflicts::Choice::Merged, m_model->merged());
}

void ConflictDialog::resolve(Conflicts::Choice choice, const std::optional<QJsonObject> &merged)
{
    const int row = currentConflictRow();
    if (row < 0 || row >= conflictCount())
        return;
    const Status resolved =
        Conflicts::resolve(m_session, m_conflicts[static_cast<std::size_t>(row)].id, choice, merged);
    if (!resolved.ok()) {
        showError(resolved.error().message);
        return;
    }
    Q_EMIT changed();
    const Status loaded = reload();
    if (!loaded.ok())
        showError(loaded.error().message);
}

void ConflictDialog::retrySelected()
{
    const int row = m_refusedTable->currentRow();
    if (row < 0 || row >= refusedCount())
        return;
    const Status retried = Outbox::retry(m_session, m_refused[static_cast<std::size_t>(row)].seq);
    if (!retried.ok()) {
        showError(retried.error().message);
        return;
    }
    Q_EMIT changed();
    const Status loaded = reload();
    if (!loaded.ok())
        showError(loaded.error().message);
}

void ConflictDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace novamind
