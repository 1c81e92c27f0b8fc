#pragma once
// TimelineChartView: one timeline panel; turns mouse and keys into x-range requests the TimelineView applies to all.

#include <QChartView>
#include <QPoint>

class QRubberBand;

namespace novamind {

class TimelineChartView : public QChartView
{
    Q_OBJECT

public:
    explicit TimelineChartView(QChart *chart, QWidget *parent = nullptr);

    // The x value (ms since the epoch) under a viewport position, from the chart's plot area and x axis.
    double xAt(const QPointF &viewportPos) const;

Q_SIGNALS:
    void zoomToRequested(double fromMs, double toMs);         // rubber band on x
    void zoomAroundRequested(double centreMs, double factor); // wheel, + and - keys; factor < 1 zooms in
    void panRequested(double deltaMs);                        // drag or arrow keys
    void resetRequested();                                    // Home key
    void clicked(double atMs);                                // a click without a drag

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Drag
    {
        None,
        Zoom,
        Pan,
    };
    double msPerPixel() const;
    std::pair<double, double> xRange() const;

    QRubberBand *m_band = nullptr;
    Drag m_drag = Drag::None;
    QPoint m_origin;
    QPoint m_last;
};

} // namespace novamind
