#include "ui/patients/PatientListPanel.h"

#include "models/PatientListModel.h"
#include "storage/Session.h"
#include "storage/UnitOfWork.h"
#include "ui/ClinicalStyle.h"
#include "ui/patients/PatientListDelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace novamind {

PatientListPanel::PatientListPanel(QWidget *parent)
    : QWidget(parent)
{
    m_model = new PatientListModel(this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("patientSearch"));
    m_search->setAccessibleName(tr("Search patients"));
    m_search->setPlaceholderText(tr("Search name or MRN"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_diagnosis = new QLineEdit(this);
    m_diagnosis->setObjectName(QStringLiteral("diagnosisFilter"));
    m_diagnosis->setAccessibleName(tr("Diagnosis filter"));
    m_diagnosis->setPlaceholderText(tr("ICD-10, e.g. F32"));
    m_diagnosis->setToolTip(tr("Patients with a diagnosis whose ICD-10 code starts with this"));
    m_diagnosis->setClearButtonEnabled(true);
    m_diagnosis->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);

    m_risk = new QComboBox(this);
    m_risk->setObjectName(QStringLiteral("riskFilter"));
    m_risk->setAccessibleName(tr("Risk level filter"));
    m_risk->addItem(tr("Any risk"), QString());
    m_risk->addItem(tr("Low"), QStringLiteral("low"));
    m_risk->addItem(tr("Moderate"), QStringLiteral("moderate"));
    m_risk->addItem(tr("High"), QStringLiteral("high"));
    m_risk->addItem(tr("Imminent"), QStringLiteral("imminent"));

    m_overdue = new QCheckBox(tr("No assessment for"), this);
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_overdue->setAccessibleName(tr("Only patients overdue for an assessment"));
    m_overdueDays = new QSpinBox(this);
    m_overdueDays->setObjectName(QStringLiteral("overdueDays"));
    m_overdueDays->setAccessibleName(tr("Days without an assessment"));
    m_overdueDays->setRange(1, 3650);
    m_overdueDays->setValue(30);
    m_overdueDays->setSuffix(tr(" days"));
    m_overdueDays->setEnabled(false);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("patientTable"));
    m_table->setAccessibleName(tr("Patients"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new PatientListDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(PatientListModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(40);
    // Fixed columns sized for their widest value in this font, so the name gets every remaining pixel
    // (ResizeToContents would measure rows on every page load).
    {
        const QFontMetrics fm = m_table->fontMetrics();
        const int pad = 2 * fm.averageCharWidth() + 8;
        const QString longDate = style::formatDate(QDate(2000, 12, 28));
        const auto fit = [&](int column, const QStringList &samples) {
            int width = fm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
            for (const QString &sample : samples)
                width = std::max(width, fm.horizontalAdvance(sample));
            m_table->setColumnWidth(column, width + pad);
        };
        fit(PatientListModel::Mrn, {QStringLiteral("MRN0000000")});
        fit(PatientListModel::BirthDate, {longDate});
        fit(PatientListModel::Risk,
            {style::riskLabel(QStringLiteral("moderate")), style::riskLabel(QStringLiteral("imminent"))});
        fit(PatientListModel::LastAssessment, {longDate});
        QFont bold = m_table->font();
        bold.setBold(true);
        m_table->setColumnWidth(PatientListModel::SuicideFlag,
                                QFontMetrics(bold).horizontalAdvance(style::bandLabel(QStringLiteral("suicide_risk"))) +
                                    fm.height() + pad + 4); // icon, text, padding
    }
    // What must never scroll out of sight comes first: who (name, date of birth), then risk and the suicide flag;
    // MRN and the last assessment follow. Only the visual order changes, so sorting and tests see model columns.
    {
        QHeaderView *header = m_table->horizontalHeader();
        const int order[] = {PatientListModel::Name, PatientListModel::BirthDate,
                             PatientListModel::Risk, PatientListModel::SuicideFlag,
                             PatientListModel::Mrn,  PatientListModel::LastAssessment};
        for (int visual = 0; visual < int(std::size(order)); ++visual)
            header->moveSection(header->visualIndex(order[visual]), visual);
    }
    m_table->horizontalHeader()->setSortIndicator(PatientListModel::Name, Qt::AscendingOrder);
    m_table->setSortingEnabled(true); // the model re-queries in that order: sorting never looks at loaded rows only

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("patientPlaceholder"));
    m_placeholder->setAccessibleName(tr("No patients"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_placeholder);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("patientCount"));
    m_count->setAccessibleName(tr("Number of patients"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("patientListError"));
    m_error->setAccessibleName(tr("Patient list error"));
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setBackgroundRole(QPalette::Dark);
    m_error->setAutoFillBackground(true);
    m_error->setMargin(6);
    m_error->hide();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_diagnosis);
    filters->addWidget(m_risk);
    filters->addWidget(m_overdue);
    filters->addWidget(m_overdueDays);
    filters->addStretch();
    filters->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);

    connect(m_search, &QLineEdit::textChanged, this, &PatientListPanel::reload);
    connect(m_diagnosis, &QLineEdit::textChanged, this, &PatientListPanel::reload);
    connect(m_risk, &QComboBox::currentIndexChanged, this, &PatientListPanel::reload);
    connect(m_overdue, &QCheckBox::toggled, this, [this](bool on) {
        m_overdueDays->setEnabled(on);
        reload();
    });
    connect(m_overdueDays, &QSpinBox::valueChanged, this, [this] {
        if (m_overdue->isChecked())
            reload();
    });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(PatientListModel::IdRole).toString();
        if (!id.isEmpty())
            Q_EMIT patientActivated(id);
    });
    connect(m_model, &PatientListModel::loadFailed, this, &PatientListPanel::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PatientListPanel::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PatientListPanel::updateState);

    setSession(nullptr);
}

PatientListPanel::~PatientListPanel() = default;

PatientSort PatientListPanel::sortFor(int column)
{
    switch (column) {
    case PatientListModel::Mrn:
        return PatientSort::Mrn;
    case PatientListModel::Name:
        return PatientSort::Name;
    case PatientListModel::BirthDate:
        return PatientSort::BirthDate;
    case PatientListModel::Risk:
        return PatientSort::RiskLevel;
    case PatientListModel::SuicideFlag:
        return PatientSort::SuicideRisk;
    case PatientListModel::LastAssessment:
        return PatientSort::LastAssessment;
    default:
        return PatientSort::Default;
    }
}

void PatientListPanel::setSession(const Session *session)
{
    m_session = session;
    if (!session) {
        // The search text may be a patient's name: it goes with the rows.
        const QSignalBlocker b1(m_search), b2(m_diagnosis), b3(m_risk), b4(m_overdue), b5(m_overdueDays);
        m_search->clear();
        m_diagnosis->clear();
        m_risk->setCurrentIndex(0);
        m_overdue->setChecked(false);
        m_overdueDays->setEnabled(false);
        m_model->clear();
        m_total = -1;
        m_error->clear();
        m_error->hide();
        updateState();
        return;
    }
    // Clinical filters mean nothing to a role that sees no clinical content (the repository ignores them).
    const bool clinical = session->role != Role::Admin;
    m_diagnosis->setEnabled(clinical);
    m_risk->setEnabled(clinical);
    m_overdue->setEnabled(clinical);
    reload();
}

PatientQuery PatientListPanel::currentQuery() const
{
    PatientQuery query;
    query.text = m_search->text();
    query.diagnosisPrefix = m_diagnosis->text().trimmed();
    query.riskLevel = m_risk->currentData().toString();
    if (m_overdue->isChecked() && m_session)
        query.noAssessmentSince = m_session->now().addDays(-m_overdueDays->value());
    return query;
}

bool PatientListPanel::filtersActive() const
{
    return !m_search->text().trimmed().isEmpty() || !m_diagnosis->text().trimmed().isEmpty() ||
           m_risk->currentIndex() > 0 || m_overdue->isChecked();
}

void PatientListPanel::reload()
{
    if (!m_session) {
        m_model->clear();
        return;
    }
    m_error->hide();
    const PatientQuery query = currentQuery();
    const Session *session = m_session;
    auto total = UnitOfWork::perform(*session, [&](UnitOfWork &uow) { return PatientRepository::count(uow, query); });
    m_total = total.ok() ? total.value() : -1;
    m_model->setLoader([session, query](int offset, int limit, int sortColumn, Qt::SortOrder order) {
        PatientQuery page = query;
        page.offset = offset;
        page.limit = limit;
        page.sort = sortFor(sortColumn);
        page.descending = order == Qt::DescendingOrder;
        return UnitOfWork::perform(*session, [&](UnitOfWork &uow) { return PatientRepository::search(uow, page); });
    });
    if (!total.ok())
        showError(total.error().message);
    updateState();
}

void PatientListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PatientListPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    Q_EMIT errorOccurred(message);
}

void PatientListPanel::updateState()
{
    const int rows = m_model->rowCount();
    if (!m_session)
        m_placeholder->setText(tr("Unlock a replica to see your patients."));
    else if (filtersActive())
        m_placeholder->setText(tr("No patients match your search or filters."));
    else
        m_placeholder->setText(tr("No patients are available to you in this replica."));
    m_stack->setCurrentWidget(rows > 0 ? static_cast<QWidget *>(m_table) : m_placeholder);

    if (!m_session)
        m_count->clear();
    else if (m_total < 0)
        m_count->setText(m_model->canFetchMore({}) ? tr("%1+ patients").arg(QLocale().toString(rows))
                                                   : tr("%1 patients").arg(QLocale().toString(rows)));
    else if (m_total >= kCountCap)
        m_count->setText(tr("%1+ patients").arg(QLocale().toString(m_total)));
    else if (m_total == 1)
        m_count->setText(tr("1 patient"));
    else
        m_count->setText(tr("%1 patients").arg(QLocale().toString(m_total)));
}

bool PatientListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) &&
            m_model->rowCount() > 0) {
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->currentIndex().isValid() || !m_table->selectionModel()->hasSelection())
                m_table->setCurrentIndex(m_model->index(0, PatientListModel::Name));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace novamind
