#pragma once
// PatientListModel: the patients the signed-in clinician may see, loaded page by page as the view scrolls.

#include "models/Result.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <functional>
#include <optional>
#include <vector>

namespace novamind {

struct PatientSummary
{
    QString id;
    QString mrn;
    QString displayName; // "Family, Given"; empty when the role may not see names
    QDate birthDate;
    QString riskLevel;        // latest twin state: low | moderate | high | imminent; "" when unknown
    bool suicideRisk = false; // the latest PHQ-9 raised the suicide_risk flag
    std::optional<QDateTime> lastAssessmentAt;
};

class PatientListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Mrn,
        Name,
        BirthDate,
        Risk,
        SuicideFlag,
        LastAssessment,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole, // the patient id (every column)
        RiskLevelRole,         // raw risk level: low | moderate | high | imminent | ""
        FlagRole,              // bool: the suicide-risk flag is raised
        NameHiddenRole,        // bool: the role may not see this patient's name
        SortRole,              // the value a column sorts by (QDate, rank, bool, ms or -1)
    };

    static constexpr int kPageSize = 200;

    // Loads rows [offset, offset + limit) in the given order; sortColumn -1 is the source's default order.
    using PageLoader =
        std::function<Result<std::vector<PatientSummary>>(int offset, int limit, int sortColumn, Qt::SortOrder order)>;

    explicit PatientListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // With a loader: re-queries page 1 in that order. Without: sorts the rows held.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Resets to the loader's first page; later pages come through fetchMore(). An empty loader clears.
    void setLoader(PageLoader loader);
    // Re-queries the first page with the current loader and sort.
    void reload();
    // Static rows, no paging (sort() then sorts them in memory).
    void setPatients(std::vector<PatientSummary> patients);
    // Drops every row and the loader, e.g. when the session locks: no PHI stays in memory behind a view.
    void clear();

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    const PatientSummary *patientAt(int row) const;

    // The value a column sorts by, shared by sort() and SortRole (so a proxy sorts the same way).
    static QVariant sortValue(const PatientSummary &patient, int column);
    // low 1, moderate 2, high 3, imminent 4, unknown 0.
    static int riskRank(const QString &riskLevel);

Q_SIGNALS:
    // A page failed to load; the rows already shown stay.
    void loadFailed(const QString &message);

private:
    Result<std::vector<PatientSummary>> loadPage(int offset) const;

    std::vector<PatientSummary> m_rows;
    PageLoader m_loader;
    bool m_hasMore = false;
    bool m_changing = false; // inside a reset or insertion
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace novamind
