#include "models/PatientListModel.h"

#include <QLocale>

namespace novamind {

PatientListModel::PatientListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int PatientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PatientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PatientSummary &p = m_rows[static_cast<size_t>(index.row())];
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Mrn:
            return p.mrn;
        case Name:
            return p.displayName;
        case BirthDate:
            return QLocale().toString(p.birthDate, QLocale::ShortFormat);
        default:
            return {};
        }
    }
    if (role == Qt::UserRole)
        return p.id;
    return {};
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Mrn:
        return tr("MRN");
    case Name:
        return tr("Name");
    case BirthDate:
        return tr("Date of birth");
    default:
        return {};
    }
}

void PatientListModel::setPatients(std::vector<PatientSummary> patients)
{
    beginResetModel();
    m_rows = std::move(patients);
    endResetModel();
}

void PatientListModel::clear()
{
    setPatients({});
}

} // namespace novamind
