#pragma once
// Localization: installs the application's and Qt's own translations for the chosen or the system language.

#include <QString>

class QCoreApplication;

namespace novamind {

// `language` "" follows the system locale. Returns the language actually used ("en" when nothing matched).
// The translators live as children of the application object.
QString installTranslations(QCoreApplication &app, const QString &language);

} // namespace novamind
