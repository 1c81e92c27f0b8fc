#pragma once
// AssessmentHistoryView: a patient's signed assessments of one instrument, as a table and a chart of totals with the
// instrument's severity bands shaded behind the line.

#include "models/Result.h"
#include "models/domain/Assessment.h"

#include <QWidget>
#include <vector>

class QAreaSeries;
class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QTableView;
class QValueAxis;

namespace novamind {

class AssessmentHistoryModel;
struct Session;

class AssessmentHistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit AssessmentHistoryView(QWidget *parent = nullptr);

    // Loads every signed assessment of the patient (one audited read) and shows `instrumentId`, or the instrument
    // of the newest assessment when it is empty or the patient has none of it.
    Status load(const Session &session, const QString &patientId, const QString &instrumentId = {});
    // The patient's sex, for instruments whose bands differ by sex (AUDIT-C) when an assessment does not say.
    void setPatientSex(const QString &sex);
    void selectInstrument(const QString &instrumentId);
    QString currentInstrument() const;

    AssessmentHistoryModel *model() const { return m_model; }
    QChart *chart() const;
    // The tooltip of point `index` of the totals line (date, total, band), oldest first.
    QString pointToolTip(int index) const;

    // Drops every assessment, row, series and label (on lock).
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildChart();

    std::vector<Assessment> m_all;   // every signed assessment of the patient
    std::vector<Assessment> m_shown; // those of the current instrument, oldest first (chart order)
    QString m_patientSex;
    QComboBox *m_instrument;
    QTableView *m_table;
    AssessmentHistoryModel *m_model;
    QChartView *m_chartView;
    QLabel *m_empty;
};

} // namespace novamind
