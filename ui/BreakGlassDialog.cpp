#include "ui/BreakGlassDialog.h"

#include "storage/AccessPolicy.h"
#include "storage/EmergencyAccess.h"
#include "storage/Session.h"
#include "ui/ClinicalStyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace novamind {

BreakGlassDialog::BreakGlassDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("breakGlassDialog"));
    setWindowTitle(tr("Emergency access"));
    setAccessibleName(tr("Emergency access"));

    auto *warning = new QLabel(tr("Use emergency access only when a patient you do not care for needs you now. "
                                  "Your reason and every record you open are logged and reviewed."),
                               this);
    warning->setObjectName(QStringLiteral("breakGlassWarning"));
    warning->setWordWrap(true);
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(warning, 1);

    m_mrnEdit = new QLineEdit(this);
    m_mrnEdit->setObjectName(QStringLiteral("breakGlassMrn"));
    m_mrnEdit->setAccessibleName(tr("Medical record number"));

    m_reasonEdit = new QPlainTextEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("breakGlassReason"));
    m_reasonEdit->setAccessibleName(tr("Reason for emergency access"));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setPlaceholderText(tr("e.g. Patient brought to the emergency department, treating clinician "
                                        "unavailable"));
    m_reasonEdit->setFixedHeight(m_reasonEdit->fontMetrics().lineSpacing() * 4 + 12);

    m_reasonHint = new QLabel(this);
    m_reasonHint->setObjectName(QStringLiteral("breakGlassReasonHint"));
    m_reasonHint->setForegroundRole(QPalette::PlaceholderText);

    m_durationCombo = new QComboBox(this);
    m_durationCombo->setObjectName(QStringLiteral("breakGlassDuration"));
    m_durationCombo->setAccessibleName(tr("Access lasts"));
    m_durationCombo->addItem(tr("30 minutes"), 30);
    m_durationCombo->addItem(tr("1 hour"), 60);
    m_durationCombo->addItem(tr("4 hours"), 4 * 60);
    m_durationCombo->addItem(tr("12 hours"), static_cast<int>(AccessPolicy::kMaxBreakGlass.count()));
    m_durationCombo->setCurrentIndex(1);

    auto *form = new QFormLayout;
    form->addRow(tr("&MRN:"), m_mrnEdit);
    form->addRow(tr("&Reason:"), m_reasonEdit);
    form->addRow(QString(), m_reasonHint);
    form->addRow(tr("Access &lasts:"), m_durationCombo);

    m_errorLabel = style::makeErrorLabel(this, QStringLiteral("breakGlassError"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_grantButton = m_buttons->addButton(tr("&Grant emergency access"), QDialogButtonBox::AcceptRole);
    m_grantButton->setObjectName(QStringLiteral("breakGlassGrant"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("breakGlassCancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BreakGlassDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this, &BreakGlassDialog::updateState);
    connect(m_mrnEdit, &QLineEdit::textChanged, this, &BreakGlassDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
    updateState();
}

void BreakGlassDialog::setMrn(const QString &mrn)
{
    m_mrnEdit->setText(mrn);
    m_reasonEdit->setFocus();
}

void BreakGlassDialog::updateState()
{
    const int length = static_cast<int>(m_reasonEdit->toPlainText().simplified().size());
    m_reasonHint->setText(tr("%1 of at least %2 characters").arg(length).arg(AccessPolicy::kMinReasonLength));
}

void BreakGlassDialog::accept()
{
    // The button stays enabled so a short reason gets an explanation, not a silent grey button.
    auto patient = EmergencyAccess::findByMrn(m_session, m_mrnEdit->text());
    if (!patient.ok()) {
        showError(patient.error().message);
        m_mrnEdit->setFocus();
        return;
    }
    const std::chrono::minutes duration(m_durationCombo->currentData().toInt());
    const Status granted = EmergencyAccess::grant(m_session, patient.value(), m_reasonEdit->toPlainText(), duration);
    if (!granted.ok()) {
        showError(granted.error().message);
        m_reasonEdit->setFocus();
        return;
    }
    m_patientId = patient.value();
    QDialog::accept();
}

void BreakGlassDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

} // namespace novamind
