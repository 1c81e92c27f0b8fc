#include "models/assessment/AssessmentHistoryModel.h"

#include <QLocale>
#include <algorithm>

namespace novamind {

AssessmentHistoryModel::AssessmentHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int AssessmentHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AssessmentHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDateTime AssessmentHistoryModel::takenAt(const Assessment &a)
{
    return a.completedAt.value_or(a.startedAt);
}

bool AssessmentHistoryModel::isProrated(const Assessment &a)
{
    return a.total.has_value() &&
           std::any_of(a.answers.begin(), a.answers.end(), [](const auto &answer) { return !answer.has_value(); });
}

QString AssessmentHistoryModel::label(const QString &name) const
{
    if (m_labeler)
        return m_labeler(name);
    if (name.isEmpty())
        return QStringLiteral("—");
    QString text = name;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    text[0] = text[0].toUpper();
    return text;
}

QVariant AssessmentHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Assessment &a = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date: {
            const QDateTime when = takenAt(a);
            return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
        }
        case Total:
            if (!a.total)
                return QStringLiteral("—");
            return isProrated(a) ? tr("%1 (prorated)").arg(*a.total) : QString::number(*a.total);
        case Band:
            return label(a.band);
        case Flags: {
            QStringList labels;
            for (const QString &flag : a.flags)
                labels << label(flag);
            return labels.join(QStringLiteral(", "));
        }
        case Clinician:
            return a.clinicianId;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Total)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case AssessmentIdRole:
        return a.id;
    case InstrumentRole:
        return a.instrument;
    case SignedAtRole:
        return takenAt(a);
    case TotalRole:
        return a.total ? QVariant(*a.total) : QVariant();
    case BandNameRole:
        return a.band;
    case FlagNamesRole:
        return a.flags;
    case ProratedRole:
        return isProrated(a);
    default:
        return {};
    }
}

QVariant AssessmentHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Signed");
    case Total:
        return tr("Total");
    case Band:
        return tr("Severity");
    case Flags:
        return tr("Flags");
    case Clinician:
        return tr("Clinician");
    default:
        return {};
    }
}

void AssessmentHistoryModel::setLabeler(Labeler labeler)
{
    m_labeler = std::move(labeler);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

void AssessmentHistoryModel::setAssessments(std::vector<Assessment> assessments)
{
    std::stable_sort(assessments.begin(), assessments.end(),
                     [](const Assessment &a, const Assessment &b) { return takenAt(a) > takenAt(b); });
    beginResetModel();
    m_rows = std::move(assessments);
    endResetModel();
}

void AssessmentHistoryModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    endResetModel();
}

} // namespace novamind
