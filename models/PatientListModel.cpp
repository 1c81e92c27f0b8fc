#include "models/PatientListModel.h"

#include <QLocale>
#include <algorithm>

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

int PatientListModel::riskRank(const QString &riskLevel)
{
    static const QStringList levels{QStringLiteral("low"), QStringLiteral("moderate"), QStringLiteral("high"),
                                    QStringLiteral("imminent")};
    return static_cast<int>(levels.indexOf(riskLevel)) + 1;
}

QVariant PatientListModel::sortValue(const PatientSummary &p, int column)
{
    switch (column) {
    case Mrn:
        return p.mrn;
    case Name:
        return p.displayName;
    case BirthDate:
        return p.birthDate;
    case Risk:
        return riskRank(p.riskLevel);
    case SuicideFlag:
        return p.suicideRisk ? 1 : 0;
    case LastAssessment:
        return p.lastAssessmentAt ? p.lastAssessmentAt->toMSecsSinceEpoch() : qint64(-1);
    default:
        return {};
    }
}

namespace {

QString riskText(const QString &level)
{
    if (level == QLatin1String("low"))
        return PatientListModel::tr("Low");
    if (level == QLatin1String("moderate"))
        return PatientListModel::tr("Moderate");
    if (level == QLatin1String("high"))
        return PatientListModel::tr("High");
    if (level == QLatin1String("imminent"))
        return PatientListModel::tr("Imminent");
    return {};
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

QVariant PatientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PatientSummary &p = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Mrn:
            return p.mrn;
        case Name:
            return p.displayName.isEmpty() ? tr("Hidden for your role") : p.displayName;
        case BirthDate:
            return dateText(p.birthDate);
        case Risk:
            return riskText(p.riskLevel);
        case SuicideFlag:
            return p.suicideRisk ? tr("Suicide risk") : QString();
        case LastAssessment:
            return p.lastAssessmentAt ? dateText(p.lastAssessmentAt->toLocalTime().date()) : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == SuicideFlag && p.suicideRisk)
            return tr("The latest PHQ-9 raised the suicide-risk flag.");
        return {};
    case IdRole:
        return p.id;
    case RiskLevelRole:
        return p.riskLevel;
    case FlagRole:
        return p.suicideRisk;
    case NameHiddenRole:
        return p.displayName.isEmpty();
    case SortRole:
        return sortValue(p, index.column());
    default:
        return {};
    }
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
    case Risk:
        return tr("Risk");
    case SuicideFlag:
        return tr("Flag");
    case LastAssessment:
        return tr("Last assessment");
    default:
        return {};
    }
}

Result<std::vector<PatientSummary>> PatientListModel::loadPage(int offset) const
{
    return m_loader(offset, kPageSize, m_sortColumn, m_sortOrder);
}

bool PatientListModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while rows change: views (and QAbstractItemModelTester) ask again from inside our own signals.
    return !parent.isValid() && m_loader && m_hasMore && !m_changing;
}

void PatientListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = loadPage(rowCount());
    if (!page.ok()) {
        m_hasMore = false; // do not hammer a failing source on every scroll
        Q_EMIT loadFailed(page.error().message);
        return;
    }
    std::vector<PatientSummary> &rows = page.value();
    m_hasMore = static_cast<int>(rows.size()) == kPageSize;
    if (rows.empty())
        return;
    const int first = rowCount();
    m_changing = true;
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    endInsertRows();
    m_changing = false;
}

void PatientListModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_loader) {
        reload();
        return;
    }
    if (column < 0)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<QString> beforeIds;
    beforeIds.reserve(static_cast<size_t>(before.size()));
    for (const QModelIndex &i : before)
        beforeIds.push_back(m_rows[static_cast<size_t>(i.row())].id);
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const PatientSummary &a, const PatientSummary &b) {
        const QVariant va = sortValue(a, column);
        const QVariant vb = sortValue(b, column);
        const auto c = QVariant::compare(va, vb);
        if (c == QPartialOrdering::Equivalent)
            return a.id < b.id;
        return order == Qt::AscendingOrder ? c == QPartialOrdering::Less : c == QPartialOrdering::Greater;
    });
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const PatientSummary &p) {
            return p.id == beforeIds[static_cast<size_t>(i)];
        });
        after << index(static_cast<int>(it - m_rows.begin()), before[i].column());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PatientListModel::setLoader(PageLoader loader)
{
    m_loader = std::move(loader);
    reload();
}

void PatientListModel::reload()
{
    std::vector<PatientSummary> rows;
    bool more = false;
    QString failure;
    if (m_loader) {
        auto page = loadPage(0);
        if (page.ok()) {
            rows = std::move(page.value());
            more = static_cast<int>(rows.size()) == kPageSize;
        } else {
            failure = page.error().message;
        }
    }
    m_changing = true;
    beginResetModel();
    m_rows = std::move(rows);
    m_hasMore = more;
    endResetModel();
    m_changing = false;
    if (!failure.isEmpty())
        Q_EMIT loadFailed(failure);
}

void PatientListModel::setPatients(std::vector<PatientSummary> patients)
{
    beginResetModel();
    m_loader = {};
    m_hasMore = false;
    m_rows = std::move(patients);
    endResetModel();
}

void PatientListModel::clear()
{
    setPatients({});
}

const PatientSummary *PatientListModel::patientAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[static_cast<size_t>(row)];
}

} // namespace novamind
