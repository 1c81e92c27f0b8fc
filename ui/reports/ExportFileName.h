#pragma once
// ExportFileName: the file the patient exports ask for, and the name their save dialogs suggest.

#include <QString>

class QWidget;

namespace novamind {

// In the user's Documents folder: `stem`-YYYY-MM-DD.`suffix`. It says what and when, never who: file names end up
// in recent-file lists and backups.
QString suggestedExportPath(const QString &stem, const QString &suffix);

// The save dialog of an export, suggesting suggestedExportPath(stem, suffix); empty when the user cancels.
QString askExportPath(QWidget *parent, const QString &title, const QString &stem, const QString &suffix,
                      const QString &filter);

} // namespace novamind
