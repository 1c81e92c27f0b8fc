#pragma once
// Appearance: light and dark palettes (Fusion), or the platform's own look.

#include "ui/Preferences.h"

class QApplication;

namespace novamind {

// Applies the appearance to the whole application. Call once after QApplication exists (it remembers the
// platform's style and palette then, so "System" can return to them later).
void applyAppearance(QApplication &app, Preferences::Appearance appearance);

} // namespace novamind
