#include "ui/patients/PatientRemovalPrompt.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>

namespace novamind {

Status PatientRemovalPrompt::open(QWidget *parent, Database &db, const QString &patientId,
                                  std::function<void(const PatientRemoval::Options &)> onConfirmed)
{
    auto unsent = PatientRemoval::unsentChanges(db, patientId);
    if (!unsent.ok())
        return unsent.error();
    const qint64 unsentChanges = unsent.value();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove patient from this device"),
                                tr("Remove this patient from this device?"), QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("removePatientBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QString consequences =
        tr("All of the patient's records on this device (details, notes, medications, assessments, twin data) are "
           "deleted and wiped from the disk. The server keeps them: they come back with a later sync while you are "
           "still in this patient's care. The removal is recorded in the audit trail.");
    const bool discardUnsent = unsentChanges > 0;
    if (discardUnsent)
        consequences += QStringLiteral("\n\n") +
                        tr("%n change(s) to this patient not yet sent to the server will be lost for good.", nullptr,
                           int(unsentChanges));
    box->setInformativeText(consequences);
    QPushButton *remove = box->addButton(tr("Remove from this device"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("removePatientButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    if (discardUnsent) {
        // Losing unsent work needs a second, explicit yes.
        auto *confirm = new QCheckBox(tr("I understand that the unsent changes will be lost"), box);
        confirm->setObjectName(QStringLiteral("loseUnsentCheck"));
        box->setCheckBox(confirm);
        remove->setEnabled(false);
        QObject::connect(confirm, &QCheckBox::toggled, remove, &QPushButton::setEnabled);
    }
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [box, remove, discardUnsent, confirmed = std::move(onConfirmed)](QAbstractButton *clicked) {
                         if (clicked != remove)
                             return;
                         if (discardUnsent && !(box->checkBox() && box->checkBox()->isChecked()))
                             return;
                         if (confirmed)
                             confirmed(PatientRemoval::Options{discardUnsent});
                     });
    box->open();
    return {};
}

} // namespace novamind
