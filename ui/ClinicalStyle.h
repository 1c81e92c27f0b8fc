#pragma once
// ClinicalStyle: the colours and date formats every screen uses for risk, severity and time, in one place.

#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QPalette>
#include <QString>

class QLabel;
class QWidget;

namespace novamind::style {

// True when the palette's window background is dark (a dark system theme or our dark palette).
bool isDark(const QPalette &palette);

// Risk levels of the twin (low | moderate | high | imminent), readable on the palette's base colour.
// Unknown or empty levels get the palette's placeholder colour.
QColor riskColor(const QString &riskLevel, const QPalette &palette);
// The translated name of a risk level ("" → "—").
QString riskLabel(const QString &riskLevel);

// Gives a label (or any widget's text) the alert colour: the "imminent" risk colour, readable on its palette.
// Errors and emergency-access notices use it.
void useAlertText(QWidget *widget);
// The hidden error line of a dialog: plain text (never rich text from a message), word-wrapped, in the alert colour,
// named "Error" for screen readers; the dialog sets its text and shows it.
QLabel *makeErrorLabel(QWidget *parent, const QString &objectName);

// Severity band `index` of `count` (0 = least severe), for text and markers.
QColor severityColor(int index, int count, const QPalette &palette);
// The same hue, translucent, for shading bands behind a chart.
QColor severityShade(int index, int count, const QPalette &palette);

// Dates and instants as the clinician's locale writes them; invalid values become "—".
QString formatDate(const QDate &date);
QString formatDateTime(const QDateTime &when); // shown in local time, short format
// Published band names are lower snake case ("moderately_severe"); this gives "Moderately severe".
QString bandLabel(const QString &bandName); // also flag names ("suicide_risk" → "Suicide risk")

} // namespace novamind::style
