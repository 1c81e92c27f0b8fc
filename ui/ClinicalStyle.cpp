#include "ui/ClinicalStyle.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QWidget>
#include <algorithm>
#include <cmath>

namespace novamind::style {

namespace {

const char *const kContext = "ClinicalStyle";

double linear(double channel)
{
    return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Darkens (light palettes) or lightens (dark ones) until the colour reads as text on both the window and the
// base colour: WCAG AA, 4.5:1, whatever palette the system supplies.
QColor readable(QColor c, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    const bool dark = isDark(palette);
    for (int step = 0; step < 40; ++step) {
        if (contrast(c, window) >= 4.6 && contrast(c, base) >= 4.6)
            break;
        c = dark ? QColor::fromHsv(c.hsvHue(), std::max(0, c.hsvSaturation() - 6), std::min(255, c.value() + 8))
                 : QColor::fromHsv(c.hsvHue(), c.hsvSaturation(), std::max(0, c.value() - 8));
    }
    return c;
}

// Hues run green → amber → red → deep red, then made readable on the palette.
QColor scaleColor(double position, const QPalette &palette)
{
    const double t = std::clamp(position, 0.0, 1.0);
    const int hue = static_cast<int>(120.0 * (1.0 - t)); // 120 = green, 0 = red
    const bool dark = isDark(palette);
    return readable(QColor::fromHsv(hue, dark ? 170 : 220, dark ? 235 : 190), palette);
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor riskColor(const QString &riskLevel, const QPalette &palette)
{
    if (riskLevel == QLatin1String("low"))
        return scaleColor(0.0, palette);
    if (riskLevel == QLatin1String("moderate"))
        return scaleColor(0.45, palette);
    if (riskLevel == QLatin1String("high"))
        return scaleColor(0.8, palette);
    if (riskLevel == QLatin1String("imminent")) {
        // Deeper than "high" in both palettes: a magenta-red a reader tells apart from plain red.
        return readable(QColor::fromHsv(340, isDark(palette) ? 150 : 230, isDark(palette) ? 255 : 150), palette);
    }
    return palette.color(QPalette::PlaceholderText);
}

void useAlertText(QWidget *widget)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, riskColor(QStringLiteral("imminent"), palette));
    widget->setPalette(palette);
}

QLabel *makeErrorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(QCoreApplication::translate("ClinicalStyle", "Error"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    useAlertText(label);
    label->hide();
    return label;
}

QString riskLabel(const QString &riskLevel)
{
    if (riskLevel == QLatin1String("low"))
        return QCoreApplication::translate("ClinicalStyle", "Low", "risk level");
    if (riskLevel == QLatin1String("moderate"))
        return QCoreApplication::translate("ClinicalStyle", "Moderate", "risk level");
    if (riskLevel == QLatin1String("high"))
        return QCoreApplication::translate("ClinicalStyle", "High", "risk level");
    if (riskLevel == QLatin1String("imminent"))
        return QCoreApplication::translate("ClinicalStyle", "Imminent", "risk level");
    return QStringLiteral("—");
}

QColor severityColor(int index, int count, const QPalette &palette)
{
    const double position = count <= 1 ? 0.0 : static_cast<double>(index) / (count - 1);
    return scaleColor(position, palette);
}

QColor severityShade(int index, int count, const QPalette &palette)
{
    const double position = count <= 1 ? 0.0 : static_cast<double>(index) / (count - 1);
    QColor c = QColor::fromHsv(static_cast<int>(120.0 * (1.0 - position)), 200, 230);
    c.setAlpha(isDark(palette) ? 60 : 45);
    return c;
}

QString formatDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QStringLiteral("—");
}

QString formatDateTime(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
}

QString bandLabel(const QString &bandName)
{
    // Every band and flag name the instrument definitions use; anything else is shown as written.
    static const struct
    {
        const char *name;
        const char *label;
    } kLabels[] = {
        {"below_cutoff", QT_TRANSLATE_NOOP("ClinicalStyle", "Below cut-off")},
        {"dependence_symptoms", QT_TRANSLATE_NOOP("ClinicalStyle", "Dependence symptoms")},
        {"harmful", QT_TRANSLATE_NOOP("ClinicalStyle", "Harmful")},
        {"harmful_use", QT_TRANSLATE_NOOP("ClinicalStyle", "Harmful use")},
        {"hazardous", QT_TRANSLATE_NOOP("ClinicalStyle", "Hazardous")},
        {"hazardous_use", QT_TRANSLATE_NOOP("ClinicalStyle", "Hazardous use")},
        {"low_risk", QT_TRANSLATE_NOOP("ClinicalStyle", "Low risk")},
        {"mild", QT_TRANSLATE_NOOP("ClinicalStyle", "Mild")},
        {"minimal", QT_TRANSLATE_NOOP("ClinicalStyle", "Minimal")},
        {"moderate", QT_TRANSLATE_NOOP("ClinicalStyle", "Moderate")},
        {"moderately_severe", QT_TRANSLATE_NOOP("ClinicalStyle", "Moderately severe")},
        {"negative", QT_TRANSLATE_NOOP("ClinicalStyle", "Negative")},
        {"positive", QT_TRANSLATE_NOOP("ClinicalStyle", "Positive")},
        {"possible_dependence", QT_TRANSLATE_NOOP("ClinicalStyle", "Possible dependence")},
        {"probable_ptsd", QT_TRANSLATE_NOOP("ClinicalStyle", "Probable PTSD")},
        {"provisional_ptsd", QT_TRANSLATE_NOOP("ClinicalStyle", "Provisional PTSD")},
        {"severe", QT_TRANSLATE_NOOP("ClinicalStyle", "Severe")},
        {"suicide_item_unanswered", QT_TRANSLATE_NOOP("ClinicalStyle", "Suicide item unanswered")},
        {"suicide_risk", QT_TRANSLATE_NOOP("ClinicalStyle", "Suicide risk")},
    };
    if (bandName.isEmpty())
        return QStringLiteral("—");
    for (const auto &entry : kLabels) {
        if (bandName == QLatin1String(entry.name))
            return QCoreApplication::translate(kContext, entry.label);
    }
    QString text = bandName;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    text[0] = text[0].toUpper();
    return text;
}

} // namespace novamind::style
