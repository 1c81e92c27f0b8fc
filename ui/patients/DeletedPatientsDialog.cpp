#include "ui/patients/DeletedPatientsDialog.h"

#include "storage/Session.h"
#include "storage/UnitOfWork.h"
#include "storage/lifecycle/PatientDeletion.h"
#include "storage/lifecycle/PatientRemoval.h"
#include "ui/ClinicalStyle.h"
#include "ui/patients/PatientRemovalPrompt.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace novamind {

DeletedPatientsDialog::DeletedPatientsDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("deletedPatientsDialog"));
    setWindowTitle(tr("Deleted patients"));
    setAccessibleName(tr("Deleted patients"));
    setWindowModality(Qt::WindowModal);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("deletedPatientsTable"));
    m_table->setAccessibleName(tr("Deleted patients"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("MRN"), tr("Deleted"), tr("Deleted by"), tr("Reason")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    // An administrator sees who and when, never names or the clinical reason.
    const bool clinical = AccessPolicy(m_session).seesClinicalContent();
    m_table->setColumnHidden(NameColumn, !clinical);
    m_table->setColumnHidden(ReasonColumn, !clinical);
    if (!clinical)
        m_table->horizontalHeader()->setSectionResizeMode(DeletedByColumn, QHeaderView::Stretch);

    m_emptyLabel = new QLabel(tr("No patients have been deleted on this device."), this);
    m_emptyLabel->setObjectName(QStringLiteral("deletedPatientsEmpty"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setMinimumHeight(120);

    m_errorLabel = style::makeErrorLabel(this, QStringLiteral("deletedPatientsError"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restoreButton = buttons->addButton(tr("&Restore"), QDialogButtonBox::ActionRole);
    m_restoreButton->setObjectName(QStringLiteral("restorePatientButton"));
    m_restoreButton->setToolTip(tr("Show the patient in the patient list and search again"));
    m_removeButton = buttons->addButton(tr("Remove for &good…"), QDialogButtonBox::DestructiveRole);
    m_removeButton->setObjectName(QStringLiteral("purgeDeletedButton"));
    m_removeButton->setToolTip(tr("Remove the patient's records from this device and wipe them from its disk"));
    for (QPushButton *button : {m_restoreButton, m_removeButton})
        button->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("deletedPatientsClose"));
    connect(m_restoreButton, &QPushButton::clicked, this, &DeletedPatientsDialog::restoreSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &DeletedPatientsDialog::removeSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DeletedPatientsDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_emptyLabel, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    resize(760, 360);
    reload();
}

void DeletedPatientsDialog::reload()
{
    auto listed = UnitOfWork::perform(m_session, [](UnitOfWork &uow) { return PatientDeletion::list(uow); });
    m_table->clearContents();
    m_table->setRowCount(0);
    std::vector<DeletedPatient> patients;
    if (listed.ok())
        patients = std::move(listed).value();
    else
        showError(listed.error().message);
    m_table->setRowCount(int(patients.size()));
    int row = 0;
    for (const DeletedPatient &p : patients) {
        const QStringList cells{p.displayName, p.mrn, style::formatDateTime(p.deletedAt), p.deletedBy,
                                p.reason.simplified()};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, p.patientId);
            m_table->setItem(row, column, item);
        }
        m_table->item(row, ReasonColumn)->setToolTip(p.reason);
        ++row;
    }
    const bool empty = patients.empty();
    m_table->setVisible(!empty);
    m_emptyLabel->setVisible(empty);
    updateButtons();
}

QString DeletedPatientsDialog::selectedPatientId() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->data(Qt::UserRole).toString();
}

void DeletedPatientsDialog::updateButtons()
{
    const bool selected = !selectedPatientId().isEmpty();
    m_restoreButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
}

void DeletedPatientsDialog::restoreSelected()
{
    const QString patientId = selectedPatientId();
    if (patientId.isEmpty())
        return;
    const Status restored =
        UnitOfWork::run(m_session, [&](UnitOfWork &uow) { return PatientDeletion::restore(uow, patientId); });
    finishChange(restored.ok() ? QString() : restored.error().message);
}

void DeletedPatientsDialog::removeSelected()
{
    const QString patientId = selectedPatientId();
    if (patientId.isEmpty())
        return;
    // The box is this dialog's child: a lock rejects and deletes both before the session goes.
    QPointer<DeletedPatientsDialog> self(this);
    const Status asked = PatientRemovalPrompt::open(
        this, *m_session.db, patientId, [self, patientId](const PatientRemoval::Options &options) {
            if (!self || !self->isVisible())
                return;
            auto removed = PatientRemoval::remove(self->m_session, patientId, options);
            self->finishChange(removed.ok() ? QString() : removed.error().message);
        });
    if (!asked.ok())
        showError(asked.error().message);
}

void DeletedPatientsDialog::finishChange(const QString &error)
{
    m_errorLabel->hide();
    reload();
    if (!error.isEmpty())
        showError(error);
    Q_EMIT patientsChanged();
}

void DeletedPatientsDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

} // namespace novamind
