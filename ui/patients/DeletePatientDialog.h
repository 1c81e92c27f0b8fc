#pragma once
// DeletePatientDialog: asks for a reason, says what a soft deletion does, then deletes the patient (PatientDeletion).

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace novamind {

struct Session;

class DeletePatientDialog : public QDialog
{
    Q_OBJECT
public:
    // `session` must outlive the dialog. `purgeAfterDays` is the grace period before the patient leaves this device
    // for good (0: only by hand).
    DeletePatientDialog(const Session &session, const QString &patientId, int purgeAfterDays,
                        QWidget *parent = nullptr);

    QString reason() const;

public Q_SLOTS:
    // Deletes the patient; on an error the dialog stays open and says why.
    void accept() override;

private Q_SLOTS:
    void updateState();

private:
    const Session &m_session;
    const QString m_patientId;
    QPlainTextEdit *m_reasonEdit = nullptr;
    QLabel *m_reasonHint = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_deleteButton = nullptr;
};

} // namespace novamind
