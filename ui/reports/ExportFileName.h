#pragma once
// ExportFileName: the file name the save dialogs of the patient exports suggest.

#include <QString>

namespace novamind {

// In the user's Documents folder: `stem`-YYYY-MM-DD.`suffix`. It says what and when, never who: file names end up
// in recent-file lists and backups.
QString suggestedExportPath(const QString &stem, const QString &suffix);

} // namespace novamind
