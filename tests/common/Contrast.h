#pragma once
// Contrast: the WCAG 2 contrast ratio, written independently of ui/ClinicalStyle so tests check its colours
// against the definition rather than against itself.

#include <QColor>
#include <algorithm>
#include <cmath>

namespace novamind::test {

inline double relativeLuminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

inline double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace novamind::test
