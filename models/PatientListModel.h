#pragma once
// PatientListModel: the table of patients the signed-in clinician may see (MRN, name, date of birth).

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
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
        ColumnCount
    };

    explicit PatientListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPatients(std::vector<PatientSummary> patients);
    // Drops every row, e.g. when the session locks: no PHI stays in memory behind a view.
    void clear();

private:
    std::vector<PatientSummary> m_rows;
};

} // namespace novamind
