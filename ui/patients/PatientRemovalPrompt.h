#pragma once
// PatientRemovalPrompt: the confirmation before a patient is removed from this device for good, naming what is lost.

#include <QCoreApplication>
#include <functional>

class QMessageBox;
class QWidget;

namespace novamind {

class PatientRemovalPrompt
{
    Q_DECLARE_TR_FUNCTIONS(PatientRemovalPrompt)
public:
    // Opens a window-modal box on `parent` (open(), not exec(), so a lock can close it and tests can drive it; it
    // deletes itself when closed). `unsentChanges` > 0 asks for a second, explicit yes. `onConfirmed` runs only when
    // the user chose removal, with whether unsent changes may be discarded.
    static QMessageBox *open(QWidget *parent, qint64 unsentChanges,
                             std::function<void(bool discardUnsent)> onConfirmed);
};

} // namespace novamind
