#pragma once
// DeletedPatientsDialog: the patients deleted on this device, to restore one or remove it for good.

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace novamind {

struct Session;

class DeletedPatientsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        MrnColumn,
        DeletedColumn,
        DeletedByColumn,
        ReasonColumn,
        ColumnCount
    };

    // `session` must outlive the dialog. Loads the list at once.
    explicit DeletedPatientsDialog(const Session &session, QWidget *parent = nullptr);

public Q_SLOTS:
    void reload();
    void restoreSelected();
    // Asks (PatientRemovalPrompt), then removes the selected patient from this device for good.
    void removeSelected();

Q_SIGNALS:
    // A patient came back or left the replica: lists elsewhere are out of date.
    void patientsChanged();

private Q_SLOTS:
    void updateButtons();

private:
    QString selectedPatientId() const;
    void showError(const QString &message);
    void finishChange(const QString &error);

    const Session &m_session;
    QTableWidget *m_table = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace novamind
