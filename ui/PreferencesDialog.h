#pragma once
// PreferencesDialog: language, appearance, the inactivity lock and the sync server; settings the organisation's
// policy manages are shown with its value, disabled and marked with a lock.

#include "ui/Preferences.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace novamind {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &current, QWidget *parent = nullptr);
    // The user's choices; the policy's values for every key it locks, whatever the widgets hold.
    Preferences preferences() const;

public Q_SLOTS:
    // Refuses (with a sentence under the fields) a malformed server address or pin.
    void accept() override;

private:
    void chooseCaFile();
    // A form row: the label, the field and its companions (e.g. a Browse button), and when the policy manages `key`
    // a lock marker, with all of them disabled.
    void addSettingRow(QFormLayout *form, const QString &labelText, const QString &key,
                       const QList<QWidget *> &widgets);

    Preferences m_current;
    QComboBox *m_language = nullptr;
    QComboBox *m_appearance = nullptr;
    QSpinBox *m_lockMinutes = nullptr;
    QLineEdit *m_serverUrl = nullptr;
    QLineEdit *m_serverUser = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_pin = nullptr;
    QSpinBox *m_syncInterval = nullptr;
    QLabel *m_syncError = nullptr;
};

} // namespace novamind
