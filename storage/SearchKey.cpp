#include "storage/SearchKey.h"

namespace novamind::SearchKey {

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue;
        out += c.toCaseFolded();
    }
    return out.simplified();
}

QString prefixEnd(const QString &prefix)
{
    // Keys compare as UTF-8 bytes; U+10FFFF sorts after every character a key can hold.
    return prefix + QString::fromUcs4(U"\U0010FFFF");
}

} // namespace novamind::SearchKey
