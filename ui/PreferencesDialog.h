#pragma once
// PreferencesDialog: language, appearance, the inactivity lock and the sync server.

#include "ui/Preferences.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace novamind {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &current, QWidget *parent = nullptr);
    Preferences preferences() const;

public Q_SLOTS:
    // Refuses (with a sentence under the fields) a malformed server address or pin.
    void accept() override;

private:
    void chooseCaFile();

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
