#include "ui/patients/DeletePatientDialog.h"

#include "storage/Session.h"
#include "storage/UnitOfWork.h"
#include "storage/lifecycle/PatientDeletion.h"
#include "ui/ClinicalStyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace novamind {

DeletePatientDialog::DeletePatientDialog(const Session &session, const QString &patientId, int purgeAfterDays,
                                         QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_patientId(patientId)
{
    setObjectName(QStringLiteral("deletePatientDialog"));
    // No name in the title: it shows in task bars and window lists.
    setWindowTitle(tr("Delete patient"));
    setAccessibleName(tr("Delete patient"));
    setWindowModality(Qt::WindowModal);

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    auto *question = new QLabel(tr("Delete this patient?"), this);
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);

    const QString purge =
        purgeAfterDays > 0
            ? tr("After %n day(s) the patient is removed from this device for good.", nullptr, purgeAfterDays)
            : tr("The patient stays on this device until someone removes it for good.");
    const QStringList consequences{
        tr("The patient disappears from the patient list and from search on this device, for everyone in their "
           "care."),
        tr("The records stay on this device and on the server; changes not yet sent are still sent at the next "
           "sync."),
        tr("You can restore the patient from Patient ▸ Deleted patients…"),
        purge,
        tr("The deletion is recorded in the audit trail."),
    };
    QString list;
    for (const QString &line : consequences)
        list += QStringLiteral("<li>") % line.toHtmlEscaped() % QStringLiteral("</li>");
    auto *explanation =
        new QLabel(QStringLiteral("<ul style=\"margin-left: -20px\">") % list % QStringLiteral("</ul>"), this);
    explanation->setObjectName(QStringLiteral("deletePatientExplanation"));
    explanation->setTextFormat(Qt::RichText);
    explanation->setWordWrap(true);

    auto *text = new QVBoxLayout;
    text->addWidget(question);
    text->addWidget(explanation);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);

    m_reasonEdit = new QPlainTextEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("deleteReasonEdit"));
    m_reasonEdit->setAccessibleName(tr("Reason for deleting the patient"));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setPlaceholderText(tr("Why is this patient being deleted? (for example: registered twice)"));
    m_reasonEdit->setFixedHeight(m_reasonEdit->fontMetrics().lineSpacing() * 4 + 12);

    m_reasonHint = new QLabel(this);
    m_reasonHint->setObjectName(QStringLiteral("deleteReasonHint"));
    m_reasonHint->setForegroundRole(QPalette::PlaceholderText);

    // The hint belongs to the field: right under it, not a form row away.
    auto *reasonColumn = new QVBoxLayout;
    reasonColumn->setSpacing(2);
    reasonColumn->addWidget(m_reasonEdit);
    reasonColumn->addWidget(m_reasonHint);
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reasonEdit);
    auto *form = new QFormLayout;
    form->addRow(reasonLabel, reasonColumn);

    m_errorLabel = style::makeErrorLabel(this, QStringLiteral("deletePatientError"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_deleteButton = buttons->addButton(tr("&Delete patient"), QDialogButtonBox::DestructiveRole);
    m_deleteButton->setObjectName(QStringLiteral("deletePatientButton"));
    m_deleteButton->setAutoDefault(false);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("deletePatientCancel"));
    cancel->setDefault(true);
    connect(m_deleteButton, &QPushButton::clicked, this, &DeletePatientDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this, &DeletePatientDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_reasonEdit->setFocus();
    updateState();
}

QString DeletePatientDialog::reason() const
{
    return m_reasonEdit->toPlainText().simplified();
}

void DeletePatientDialog::updateState()
{
    const auto length = reason().size();
    const bool tooLong = length > PatientDeletion::kMaxReasonLength;
    m_reasonHint->setText(tooLong
                              ? tr("%1 characters; at most %2").arg(length).arg(PatientDeletion::kMaxReasonLength)
                              : tr("%1 of at least %2 characters").arg(length).arg(PatientDeletion::kMinReasonLength));
    m_deleteButton->setEnabled(length >= PatientDeletion::kMinReasonLength && !tooLong);
}

void DeletePatientDialog::accept()
{
    if (!m_deleteButton->isEnabled())
        return;
    const QString why = reason();
    const Status deleted =
        UnitOfWork::run(m_session, [&](UnitOfWork &uow) { return PatientDeletion::softDelete(uow, m_patientId, why); });
    if (!deleted.ok()) {
        m_errorLabel->setText(deleted.error().message);
        m_errorLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace novamind
