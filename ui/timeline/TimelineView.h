#pragma once
// TimelineView: the twin timeline screen: four stacked charts on one x range, markers, predictions and "as of".

#include "models/Result.h"
#include "models/domain/Clinical.h"
#include "models/timeline/TimelineData.h"

#include <QWidget>
#include <array>
#include <vector>

class QChart;
class QDateTimeAxis;
class QDateTimeEdit;
class QLabel;
class QLineSeries;
class QPushButton;
class QScatterSeries;
class QTimer;
class QTreeView;
class QValueAxis;
class QXYSeries;

namespace novamind {

struct Session;
class TimelineChartView;
class TwinStateModel;

class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    // Loads the patient's whole timeline, predictions and assessments (audited by the repository) and draws them.
    Status showPatient(const Session &session, const QString &patientId);
    // Drops all PHI: series, markers, the as-of state and the session.
    void clear();
    // Medication starts and stops, from the patient record the overview loaded; drawn on every panel.
    void setMedications(const std::vector<Medication> &medications);

    // Loading and drawing are separate so they can be timed apart: repository → TimelineData ...
    static Result<TimelineData> load(const Session &session, const QString &patientId);
    // ... and TimelineData → charts (whole range, decimated to the plot width).
    void setData(TimelineData data);
    const TimelineData &data() const { return m_data; }

    // The x range every panel shows, in ms since the epoch; clamped to the data (predictions included).
    void setVisibleRange(double fromMs, double toMs);
    std::pair<double, double> visibleRange() const { return {m_viewFrom, m_viewTo}; }
    void resetZoom();
    void zoomAround(double centreMs, double factor);
    void panBy(double deltaMs);

    // Moves the as-of cursor and shows the whole twin state in force at `at` (an audited read).
    void setAsOf(const QDateTime &at);
    QDateTime asOf() const;

    QChart *chart(TimelinePanel panel) const;
    TimelineChartView *chartView(TimelinePanel panel) const;
    // The line above a panel's plot: its title and every series drawn on it, in the series' colours.
    QLabel *panelHeader(TimelinePanel panel) const;
    TwinStateModel *stateModel() const { return m_stateModel; }
    // Points per series handed to QtCharts: about 2 × the plot width in pixels.
    int decimationTarget() const;
    // The tooltip of an assessment marker: date, instrument, total and the translated severity band.
    static QString assessmentTooltip(const TimelineMarker &marker);

Q_SIGNALS:
    void visibleRangeChanged(double fromMs, double toMs);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct LineBinding
    {
        size_t seriesIndex = 0;
        QLineSeries *line = nullptr;
    };
    struct Panel
    {
        TimelinePanel id = TimelinePanel::Symptom;
        TimelineChartView *view = nullptr;
        QLabel *header = nullptr; // the panel's title and the key to its lines, one or two rows above the plot
        QChart *chart = nullptr;
        QDateTimeAxis *x = nullptr;
        QValueAxis *y = nullptr;
        QLineSeries *cursor = nullptr;
        std::vector<LineBinding> lines;
        std::vector<std::pair<QScatterSeries *, QList<QPointF>>> riskMarkers; // every change; drawn thinned
        QScatterSeries *assessments = nullptr; // symptom panel: each at its total / the instrument's maximum
        QList<QPointF> assessmentPoints;       // all of them; drawn thinned
        std::vector<QString> assessmentTips;   // parallel to assessmentPoints
        int extraLeft = 0;                     // margin added so every plot area starts at the same x
        int extraRight = 0;
    };

    void buildPanel(Panel &panel);
    void rebuildSeries();
    void clearSeries();
    void addMarkerSeries(Panel &panel, const QString &name, const std::vector<const TimelineMarker *> &markers,
                         const QColor &colour, double y, bool verticalLines);
    void applyPalette();
    void updateHeader(Panel &panel);
    void applyRange();
    void updateTimeAxes();
    bool fitValueTicks(Panel &panel);
    void addAssessmentSeries(Panel &panel, const QColor &colour);
    void redecimate();
    void alignPlotAreas();
    void updateCursor();
    void loadAsOf(const QDateTime &at);
    void showBanner(const QString &text);
    void attachTooltip(QXYSeries *series);
    void attachMarkerTooltip(QXYSeries *series, std::vector<QString> labels);
    std::pair<double, double> yRange(TimelinePanel panel) const;
    QList<QPointF> decimated(const QList<QPointF> &points) const;

    const Session *m_session = nullptr;
    QString m_patientId;
    TimelineData m_data;
    std::vector<TimelineMarker> m_medicationMarkers;
    std::array<Panel, 4> m_panels;
    double m_fullFrom = 0;
    double m_fullTo = 0;
    double m_viewFrom = 0;
    double m_viewTo = 0;
    bool m_aligning = false;
    bool m_remeasureAxes = true;
    int m_lastTarget = 0;

    QLabel *m_banner = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_resetZoom = nullptr;
    QDateTimeEdit *m_asOfEdit = nullptr;
    QTreeView *m_asOfView = nullptr;
    TwinStateModel *m_stateModel = nullptr;
    QTimer *m_relayout = nullptr;
};

} // namespace novamind
