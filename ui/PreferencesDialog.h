#pragma once
// PreferencesDialog: language, appearance and the inactivity lock.

#include "ui/Preferences.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace novamind {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &current, QWidget *parent = nullptr);
    Preferences preferences() const;

private:
    QComboBox *m_language = nullptr;
    QComboBox *m_appearance = nullptr;
    QSpinBox *m_lockMinutes = nullptr;
};

} // namespace novamind
