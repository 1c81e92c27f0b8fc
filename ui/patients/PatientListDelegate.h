#pragma once
// PatientListDelegate: paints the patient list's risk level in its colour and the suicide-risk flag unmissably.

#include <QStyledItemDelegate>

namespace novamind {

class PatientListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Public so tests can see what a cell will look like without grabbing pixels.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace novamind
