#include "ui/timeline/TimelineChartView.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QRubberBand>
#include <QWheelEvent>
#include <cmath>

namespace novamind {

namespace {
constexpr int kClickSlop = 4; // pixels a press may move and still count as a click
constexpr double kKeyPanFraction = 0.1;
constexpr double kZoomStep = 0.8;
} // namespace

TimelineChartView::TimelineChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
    , m_band(new QRubberBand(QRubberBand::Rectangle, viewport()))
{
    setRubberBand(QChartView::NoRubberBand); // ours zooms x on every panel and leaves clicks alone
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    m_band->hide();
}

std::pair<double, double> TimelineChartView::xRange() const
{
    const auto axes = chart()->axes(Qt::Horizontal);
    if (axes.isEmpty())
        return {0, 0};
    const auto *axis = qobject_cast<const QDateTimeAxis *>(axes.front());
    if (!axis)
        return {0, 0};
    return {static_cast<double>(axis->min().toMSecsSinceEpoch()), static_cast<double>(axis->max().toMSecsSinceEpoch())};
}

double TimelineChartView::msPerPixel() const
{
    const QRectF plot = chart()->plotArea();
    const auto [from, to] = xRange();
    return plot.width() > 0 ? (to - from) / plot.width() : 0;
}

double TimelineChartView::xAt(const QPointF &viewportPos) const
{
    const QRectF plot = chart()->plotArea();
    const QPointF inChart = chart()->mapFromScene(mapToScene(viewportPos.toPoint()));
    const auto [from, to] = xRange();
    if (plot.width() <= 0)
        return from;
    const double t = std::clamp((inChart.x() - plot.left()) / plot.width(), 0.0, 1.0);
    return from + t * (to - from);
}

void TimelineChartView::mousePressEvent(QMouseEvent *event)
{
    m_origin = m_last = event->position().toPoint();
    const bool pan = event->button() == Qt::RightButton || event->button() == Qt::MiddleButton ||
                     (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier));
    if (pan) {
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
    } else if (event->button() == Qt::LeftButton) {
        m_drag = Drag::Zoom;
    }
    event->accept();
}

void TimelineChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::Zoom && std::abs(pos.x() - m_origin.x()) > kClickSlop) {
        const QRectF plot = chart()->mapToScene(chart()->plotArea()).boundingRect();
        const QRect plotInView = mapFromScene(plot).boundingRect();
        m_band->setGeometry(QRect(QPoint(std::min(pos.x(), m_origin.x()), plotInView.top()),
                                  QPoint(std::max(pos.x(), m_origin.x()), plotInView.bottom())));
        m_band->show();
    } else if (m_drag == Drag::Pan) {
        const double delta = -(pos.x() - m_last.x()) * msPerPixel();
        m_last = pos;
        if (delta != 0)
            Q_EMIT panRequested(delta);
    }
    QChartView::mouseMoveEvent(event); // hover for the series tooltips
}

void TimelineChartView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::Zoom) {
        m_band->hide();
        if (std::abs(pos.x() - m_origin.x()) > kClickSlop) {
            const double a = xAt(m_origin);
            const double b = xAt(pos);
            Q_EMIT zoomToRequested(std::min(a, b), std::max(a, b));
        } else {
            Q_EMIT clicked(xAt(pos));
        }
    }
    m_drag = Drag::None;
    unsetCursor();
    event->accept();
}

void TimelineChartView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps != 0)
        Q_EMIT zoomAroundRequested(xAt(event->position()), std::pow(kZoomStep, steps));
    event->accept();
}

void TimelineChartView::keyPressEvent(QKeyEvent *event)
{
    const auto [from, to] = xRange();
    switch (event->key()) {
    case Qt::Key_Left:
        Q_EMIT panRequested(-(to - from) * kKeyPanFraction);
        break;
    case Qt::Key_Right:
        Q_EMIT panRequested((to - from) * kKeyPanFraction);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        Q_EMIT zoomAroundRequested((from + to) / 2, kZoomStep);
        break;
    case Qt::Key_Minus:
        Q_EMIT zoomAroundRequested((from + to) / 2, 1 / kZoomStep);
        break;
    case Qt::Key_Home:
        Q_EMIT resetRequested();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace novamind
