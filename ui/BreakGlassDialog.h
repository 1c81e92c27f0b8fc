#pragma once
// BreakGlassDialog: emergency access to a patient outside one's care relationships — MRN, reason, time limit.

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace novamind {

struct Session;

class BreakGlassDialog : public QDialog
{
    Q_OBJECT
public:
    // `session` must outlive the dialog.
    explicit BreakGlassDialog(const Session &session, QWidget *parent = nullptr);

    void setMrn(const QString &mrn);
    // The patient access was granted for; empty until accepted.
    QString patientId() const { return m_patientId; }

public Q_SLOTS:
    void accept() override;

private Q_SLOTS:
    void updateState();

private:
    void showError(const QString &message);

    const Session &m_session;
    QString m_patientId;
    QLineEdit *m_mrnEdit = nullptr;
    QPlainTextEdit *m_reasonEdit = nullptr;
    QLabel *m_reasonHint = nullptr;
    QComboBox *m_durationCombo = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_grantButton = nullptr;
};

} // namespace novamind
