#pragma once
// AssessmentHistoryModel: signed assessments of one patient as a table (date, total, band, flags, clinician),
// newest first.

#include "models/domain/Assessment.h"

#include <QAbstractTableModel>
#include <functional>
#include <vector>

namespace novamind {

class AssessmentHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Date,
        Total,
        Band,
        Flags,
        Clinician,
        ColumnCount
    };
    enum Role
    {
        AssessmentIdRole = Qt::UserRole + 1,
        InstrumentRole, // instrument id
        SignedAtRole,   // QDateTime (UTC) the assessment was signed
        TotalRole,      // int, or an invalid QVariant when there is no total
        BandNameRole,   // published band name, e.g. "moderately_severe"
        FlagNamesRole,  // QStringList of flag names
        ProratedRole,   // bool: the total was prorated over unanswered items
    };

    // Turns a published band or flag name into the text shown (the GUI passes style::bandLabel).
    using Labeler = std::function<QString(const QString &)>;

    explicit AssessmentHistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLabeler(Labeler labeler);
    // Replaces the rows; they are shown newest first whatever their order here.
    void setAssessments(std::vector<Assessment> assessments);
    const Assessment &assessmentAt(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }
    // Drops every row (on lock): no PHI stays behind a view.
    void clear();

    // When an assessment counts as taken: signed time, or start time for records without one.
    static QDateTime takenAt(const Assessment &a);
    static bool isProrated(const Assessment &a);

private:
    QString label(const QString &name) const;

    std::vector<Assessment> m_rows;
    Labeler m_labeler;
};

} // namespace novamind
