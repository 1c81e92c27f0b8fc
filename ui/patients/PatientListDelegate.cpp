#include "ui/patients/PatientListDelegate.h"

#include "models/PatientListModel.h"
#include "ui/ClinicalStyle.h"

#include <QApplication>
#include <QStyle>

namespace novamind {

void PatientListDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QPalette &palette = option->palette;
    switch (index.column()) {
    case PatientListModel::Name:
        if (index.data(PatientListModel::NameHiddenRole).toBool()) {
            option->palette.setColor(QPalette::Text, palette.color(QPalette::PlaceholderText));
            option->font.setItalic(true);
        }
        break;
    case PatientListModel::Risk: {
        const QString level = index.data(PatientListModel::RiskLevelRole).toString();
        option->palette.setColor(QPalette::Text, style::riskColor(level, palette));
        if (PatientListModel::riskRank(level) >= PatientListModel::riskRank(QStringLiteral("high")))
            option->font.setBold(true);
        break;
    }
    case PatientListModel::SuicideFlag:
        if (index.data(PatientListModel::FlagRole).toBool()) {
            const QStyle *s = option->widget ? option->widget->style() : QApplication::style();
            option->icon = s->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, option->widget);
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->font.setBold(true);
            option->palette.setColor(QPalette::Text, style::riskColor(QStringLiteral("imminent"), palette));
        }
        break;
    default:
        break;
    }
}

} // namespace novamind
