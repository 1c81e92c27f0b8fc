#include "ui/timeline/TimelineView.h"

#include "models/timeline/Lttb.h"
#include "models/timeline/TwinStateModel.h"
#include "storage/ClinicalRepository.h"
#include "storage/Session.h"
#include "storage/UnitOfWork.h"
#include "ui/ClinicalStyle.h"
#include "ui/timeline/TimelineChartView.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QDateTimeEdit>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScatterSeries>
#include <QSplitter>
#include <QTimer>
#include <QToolTip>
#include <QTreeView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>

namespace novamind {

namespace {

constexpr double kDayMs = 86400000.0;
constexpr int kBaseMargin = 4;

// Okabe–Ito: distinguishable with the common colour-vision deficiencies; lifted a little on dark backgrounds.
QColor seriesColour(size_t index, const QPalette &palette)
{
    static const QRgb kColours[] = {0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9};
    const QColor c = QColor::fromRgb(kColours[index % std::size(kColours)]);
    return style::isDark(palette) ? c.lighter(135) : c;
}

const char *chartName(TimelinePanel panel)
{
    switch (panel) {
    case TimelinePanel::Symptom:
        return "symptomChart";
    case TimelinePanel::Neurotransmitter:
        return "neuroChart";
    case TimelinePanel::Function:
        return "functionChart";
    case TimelinePanel::Risk:
        return "riskChart";
    }
    return "";
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *m : chart->legend()->markers(series))
        m->setVisible(false);
}

// The point of `points` (sorted by x) nearest to x.
qsizetype nearest(const QList<QPointF> &points, double x)
{
    if (points.isEmpty())
        return -1;
    const auto it =
        std::lower_bound(points.cbegin(), points.cend(), x, [](const QPointF &p, double v) { return p.x() < v; });
    qsizetype i = it - points.cbegin();
    if (i == points.size())
        return i - 1;
    if (i > 0 && std::abs(points[i - 1].x() - x) < std::abs(points[i].x() - x))
        return i - 1;
    return i;
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , m_stateModel(new TwinStateModel(this))
    , m_relayout(new QTimer(this))
{
    setObjectName(QStringLiteral("timelineView"));
    setAccessibleName(tr("Twin timeline"));

    m_resetZoom = new QPushButton(tr("Reset zoom"), this);
    m_resetZoom->setObjectName(QStringLiteral("resetZoomButton"));
    m_resetZoom->setAccessibleName(tr("Reset zoom"));
    m_resetZoom->setToolTip(tr("Show the whole timeline (Home)"));
    connect(m_resetZoom, &QPushButton::clicked, this, &TimelineView::resetZoom);

    m_asOfEdit = new QDateTimeEdit(this);
    m_asOfEdit->setObjectName(QStringLiteral("asOfEdit"));
    m_asOfEdit->setAccessibleName(tr("Show the twin state as of"));
    m_asOfEdit->setCalendarPopup(true);
    m_asOfEdit->setKeyboardTracking(false); // one audited read per chosen instant, not per keystroke
    auto *asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOfEdit);
    connect(m_asOfEdit, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &at) {
        updateCursor();
        loadAsOf(at);
    });

    auto *hint = new QLabel(tr("Drag or scroll to zoom, right-drag to pan, click for the state then."), this);
    hint->setObjectName(QStringLiteral("timelineHint"));
    hint->setToolTip(tr("Drag across a chart or scroll to zoom; right-drag or the arrow keys pan; Home shows "
                        "everything; a click shows the whole twin state at that time."));
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_resetZoom);
    bar->addSpacing(12);
    bar->addWidget(asOfLabel);
    bar->addWidget(m_asOfEdit);
    bar->addSpacing(12);
    bar->addWidget(hint, 1);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("timelineBanner"));
    m_banner->setWordWrap(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::AlternateBase);
    m_banner->hide();

    m_empty = new QLabel(tr("No twin states are recorded for this patient."), this);
    m_empty->setObjectName(QStringLiteral("timelineEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();

    auto *charts = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(charts);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(2);
    chartLayout->addWidget(m_empty);
    const TimelinePanel ids[] = {TimelinePanel::Symptom, TimelinePanel::Neurotransmitter, TimelinePanel::Function,
                                 TimelinePanel::Risk};
    for (size_t i = 0; i < m_panels.size(); ++i) {
        m_panels[i].id = ids[i];
        buildPanel(m_panels[i]);
        chartLayout->addWidget(m_panels[i].header);
        chartLayout->addWidget(m_panels[i].view, 1);
    }

    auto *key = new QLabel(tr("▲ medication started  ■ stopped  ○ assessment (score)  "
                              "- - predicted, shaded: interval  │ as of"),
                           charts);
    key->setObjectName(QStringLiteral("timelineKey"));
    chartLayout->addWidget(key);

    m_asOfView = new QTreeView(this);
    m_asOfView->setObjectName(QStringLiteral("asOfView"));
    m_asOfView->setAccessibleName(tr("Twin state as of the chosen time"));
    m_asOfView->setModel(m_stateModel);
    m_asOfView->setUniformRowHeights(true);
    m_asOfView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Names take what they need; the value column gets the rest (and never less than its contents).
    m_asOfView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_asOfView->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_asOfView->header()->setStretchLastSection(true);
    connect(m_stateModel, &QAbstractItemModel::modelReset, m_asOfView, &QTreeView::expandAll);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(charts);
    splitter->addWidget(m_asOfView);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({900, 380});
    // Small enough that the whole window still fits a 1280×800 laptop screen beside the patient list.
    m_asOfView->setMinimumWidth(200);

    auto *root = new QVBoxLayout(this);
    root->addLayout(bar);
    root->addWidget(m_banner);
    root->addWidget(splitter, 1);

    // Plot areas change after layout passes; align them and re-decimate for the new width once per burst.
    m_relayout->setSingleShot(true);
    m_relayout->setInterval(0);
    connect(m_relayout, &QTimer::timeout, this, [this] {
        alignPlotAreas();
        if (!m_data.isEmpty())
            updateTimeAxes();
        // A pixel or two of layout jitter is not worth another pass over every series (100k points: ~25 ms).
        if (!m_data.isEmpty() && std::abs(decimationTarget() - m_lastTarget) > m_lastTarget / 50)
            redecimate();
    });
    applyPalette();
}

TimelineView::~TimelineView() = default;

void TimelineView::buildPanel(Panel &panel)
{
    panel.chart = new QChart;
    panel.chart->setObjectName(QString::fromLatin1(chartName(panel.id)));

    panel.chart->setAnimationOptions(QChart::NoAnimation);
    panel.chart->setBackgroundRoundness(0);
    panel.chart->setMargins(QMargins(kBaseMargin, kBaseMargin, kBaseMargin, kBaseMargin));
    // Title and legend live in one compact label above the plot (updateHeader): a legend at the side took ~200 px of
    // every plot's width, and QtCharts' own title and top legend took two padded rows of its height.
    panel.chart->legend()->hide();
    panel.chart->layout()->setContentsMargins(0, 0, 0, 0);

    panel.header = new QLabel(this);
    panel.header->setObjectName(QString::fromLatin1(chartName(panel.id)) + QStringLiteral("Header"));
    panel.header->setTextFormat(Qt::RichText);
    panel.header->setWordWrap(true);
    panel.header->setContentsMargins(6, 2, 6, 0);
    panel.header->setAutoFillBackground(true);
    panel.header->setBackgroundRole(QPalette::Base);
    panel.header->setForegroundRole(QPalette::Text);
    panel.header->setAccessibleName(TimelineMapping::panelTitle(panel.id));

    panel.x = new QDateTimeAxis;
    panel.x->setTickCount(7);
    panel.x->setFormat(QStringLiteral("MMM yyyy"));
    panel.chart->addAxis(panel.x, Qt::AlignBottom);
    panel.y = new QValueAxis;
    panel.y->setTickCount(5);
    panel.y->setLabelFormat(panel.id == TimelinePanel::Function ? QStringLiteral("%.0f") : QStringLiteral("%.2f"));
    panel.chart->addAxis(panel.y, Qt::AlignLeft);

    panel.view = new TimelineChartView(panel.chart, this);
    panel.view->setObjectName(QString::fromLatin1(chartName(panel.id)));
    panel.view->setAccessibleName(TimelineMapping::panelTitle(panel.id));
    panel.view->setRenderHint(QPainter::Antialiasing);
    panel.view->setFrameShape(QFrame::NoFrame);
    panel.view->setMinimumHeight(96); // four panels and the controls fit in 800 px

    connect(panel.view, &TimelineChartView::zoomToRequested, this, &TimelineView::setVisibleRange);
    connect(panel.view, &TimelineChartView::zoomAroundRequested, this, &TimelineView::zoomAround);
    connect(panel.view, &TimelineChartView::panRequested, this, &TimelineView::panBy);
    connect(panel.view, &TimelineChartView::resetRequested, this, &TimelineView::resetZoom);
    connect(panel.view, &TimelineChartView::clicked, this, [this](double atMs) {
        if (!m_data.isEmpty())
            setAsOf(fromMs(static_cast<qint64>(atMs)));
    });
    connect(panel.chart, &QChart::plotAreaChanged, m_relayout, qOverload<>(&QTimer::start));
    updateHeader(panel);
}

QChart *TimelineView::chart(TimelinePanel panel) const
{
    for (const Panel &p : m_panels)
        if (p.id == panel)
            return p.chart;
    return nullptr;
}

TimelineChartView *TimelineView::chartView(TimelinePanel panel) const
{
    for (const Panel &p : m_panels)
        if (p.id == panel)
            return p.view;
    return nullptr;
}

QLabel *TimelineView::panelHeader(TimelinePanel panel) const
{
    for (const Panel &p : m_panels)
        if (p.id == panel)
            return p.header;
    return nullptr;
}

void TimelineView::updateHeader(Panel &panel)
{
    // Measured lines as a coloured stroke, risk levels as a coloured dot. Predictions share their dimension's colour
    // and markers share every panel: the key under the charts explains both once.
    QString html =
        QStringLiteral("<b>") + TimelineMapping::panelTitle(panel.id).toHtmlEscaped() + QStringLiteral("</b>");
    const auto entry = [&html](const QColor &colour, const QString &symbol, const QString &name) {
        html += QStringLiteral("&nbsp;&nbsp; <span style=\"white-space:nowrap\"><span style=\"color:") + colour.name() +
                QStringLiteral("\">") + symbol + QStringLiteral("</span>&nbsp;") + name.toHtmlEscaped() +
                QStringLiteral("</span>");
    };
    for (const LineBinding &b : panel.lines)
        entry(b.line->pen().color(), QStringLiteral("&#9473;&#9473;"), b.line->name());
    for (const auto &[scatter, points] : panel.riskMarkers)
        entry(scatter->color(), QStringLiteral("&#9679;"), scatter->name());
    panel.header->setText(html);
}

Result<TimelineData> TimelineView::load(const Session &session, const QString &patientId)
{
    return UnitOfWork::perform(session, [&](UnitOfWork &uow) -> Result<TimelineData> {
        auto states = ClinicalRepository::timelineSeries(uow, patientId);
        if (!states.ok())
            return states.error();
        auto predictions = ClinicalRepository::predictions(uow, patientId);
        if (!predictions.ok())
            return predictions.error();
        auto assessments = ClinicalRepository::assessmentHistory(uow, patientId, QString());
        if (!assessments.ok())
            return assessments.error();
        return TimelineMapping::build(states.value(), predictions.value(), assessments.value());
    });
}

Status TimelineView::showPatient(const Session &session, const QString &patientId)
{
    m_banner->hide();
    auto loaded = load(session, patientId);
    if (!loaded.ok()) {
        m_session = nullptr;
        m_patientId.clear();
        m_data = {};
        clearSeries();
        m_stateModel->clear();
        showBanner(loaded.error().message);
        return loaded.error();
    }
    m_session = &session;
    m_patientId = patientId;
    setData(std::move(loaded.value()));
    return {};
}

void TimelineView::clear()
{
    m_session = nullptr;
    m_patientId.clear();
    m_data = {};
    m_medicationMarkers.clear();
    clearSeries();
    m_stateModel->clear();
    m_banner->clear();
    m_banner->hide();
    m_empty->hide();
    QToolTip::hideText();
    const QSignalBlocker block(m_asOfEdit);
    m_asOfEdit->setDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
}

void TimelineView::setMedications(const std::vector<Medication> &medications)
{
    m_medicationMarkers = TimelineMapping::medicationMarkers(medications);
    if (m_data.isEmpty())
        return;
    const auto range = visibleRange();
    rebuildSeries();
    setVisibleRange(range.first, range.second);
}

void TimelineView::setData(TimelineData data)
{
    m_data = std::move(data);
    m_banner->hide();
    rebuildSeries();
    if (m_data.isEmpty())
        return;
    {
        const QSignalBlocker block(m_asOfEdit);
        m_asOfEdit->setDateTimeRange(m_data.first.toLocalTime(), m_data.last.toLocalTime());
        m_asOfEdit->setDateTime(m_data.last.toLocalTime());
    }
    updateCursor();
    loadAsOf(m_data.last);
}

void TimelineView::clearSeries()
{
    for (Panel &p : m_panels) {
        p.chart->removeAllSeries();
        p.lines.clear();
        p.riskMarkers.clear();
        p.assessments = nullptr;
        p.assessmentPoints.clear();
        p.assessmentTips.clear();
        p.cursor = nullptr;
        updateHeader(p);
    }
    m_lastTarget = 0;
}

std::pair<double, double> TimelineView::yRange(TimelinePanel panel) const
{
    switch (panel) {
    case TimelinePanel::Symptom:
    case TimelinePanel::Risk:
        return {0, 1};
    case TimelinePanel::Function:
        return {0, 100};
    case TimelinePanel::Neurotransmitter:
        break;
    }
    double lo = 1;
    double hi = 1; // the baseline stays in view
    const auto extend = [&](const QList<QPointF> &points) {
        for (const QPointF &p : points) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    };
    for (const TimelineSeries &s : m_data.series)
        if (s.panel == panel)
            extend(s.points);
    for (const TimelinePrediction &p : m_data.predictions)
        if (p.panel == panel) {
            extend(p.lower);
            extend(p.upper);
        }
    const double pad = std::max(0.05, (hi - lo) * 0.1);
    return {std::max(0.0, std::floor((lo - pad) * 10) / 10), std::ceil((hi + pad) * 10) / 10};
}

void TimelineView::rebuildSeries()
{
    const bool empty = m_data.isEmpty();
    m_empty->setVisible(empty && m_session);
    if (empty) {
        clearSeries();
        return;
    }
    // The measured lines are the same dimensions for every patient: keep them (and their legend entries, so the
    // charts need no new layout) and replace only predictions, markers and the cursor.
    for (Panel &panel : m_panels) {
        panel.riskMarkers.clear();
        panel.assessments = nullptr;
        panel.assessmentPoints.clear();
        panel.assessmentTips.clear();
        for (QAbstractSeries *s : panel.chart->series()) {
            const bool kept =
                std::any_of(panel.lines.begin(), panel.lines.end(), [s](const LineBinding &b) { return b.line == s; });
            if (!kept) {
                panel.chart->removeSeries(s);
                delete s;
            }
        }
        panel.cursor = nullptr;
    }
    m_fullFrom = static_cast<double>(m_data.first.toMSecsSinceEpoch());
    m_fullTo =
        static_cast<double>(std::max(m_data.last, m_data.predictedUntil.isValid() ? m_data.predictedUntil : m_data.last)
                                .toMSecsSinceEpoch());
    if (m_fullTo - m_fullFrom < kDayMs) {
        m_fullFrom -= kDayMs / 2;
        m_fullTo += kDayMs / 2;
    }
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);

    for (Panel &panel : m_panels) {
        panel.y->setRange(yRange(panel.id).first, yRange(panel.id).second);
        if (panel.id == TimelinePanel::Neurotransmitter) { // ticks on round values around the baseline
            panel.y->setTickType(QValueAxis::TicksDynamic);
            panel.y->setTickAnchor(1);
        }
        fitValueTicks(panel);
        const double lo = panel.y->min();
        const double hi = panel.y->max();
        const bool reuse = !panel.lines.empty();
        size_t colour = 0;
        size_t next = 0;
        std::vector<std::pair<QString, QColor>> colours;
        for (size_t i = 0; i < m_data.series.size(); ++i) {
            const TimelineSeries &s = m_data.series[i];
            if (s.panel != panel.id)
                continue;
            QLineSeries *line = reuse && next < panel.lines.size() ? panel.lines[next].line : new QLineSeries;
            QPen pen(seriesColour(colour++, pal));
            pen.setWidthF(1.5);
            line->setPen(pen);
            colours.emplace_back(s.key, pen.color());
            if (reuse) {
                Q_ASSERT(line->objectName() == s.key); // the mapping always yields the same dimensions, in order
                panel.lines[next++].seriesIndex = i;
                continue;
            }
            line->setObjectName(s.key);
            line->setName(s.name);
            line->setUseOpenGL(false);
            panel.chart->addSeries(line);
            line->attachAxis(panel.x);
            line->attachAxis(panel.y);
            attachTooltip(line);
            panel.lines.push_back(LineBinding{i, line});
        }
        for (const TimelinePrediction &p : m_data.predictions) {
            if (p.panel != panel.id)
                continue;
            QColor c = text;
            for (const auto &[key, col] : colours)
                if (key == p.key)
                    c = col;
            auto *area = new QAreaSeries;
            auto *upper = new QLineSeries(area);
            auto *lower = new QLineSeries(area);
            upper->replace(p.upper);
            lower->replace(p.lower);
            area->setUpperSeries(upper);
            area->setLowerSeries(lower);
            area->setObjectName(p.key + QStringLiteral(".interval"));
            area->setName(tr("%1 interval").arg(p.name));
            QColor shade = c;
            shade.setAlpha(style::isDark(pal) ? 70 : 50);
            area->setBrush(shade);
            area->setPen(Qt::NoPen);
            panel.chart->addSeries(area);
            area->attachAxis(panel.x);
            area->attachAxis(panel.y);
            hideFromLegend(panel.chart, area);

            auto *line = new QLineSeries;
            line->setObjectName(p.key + QStringLiteral(".predicted"));
            line->setName(p.name);
            line->setUseOpenGL(false);
            QPen pen(c);
            pen.setWidthF(1.5);
            pen.setStyle(Qt::DashLine);
            line->setPen(pen);
            line->replace(p.values);
            panel.chart->addSeries(line);
            line->attachAxis(panel.x);
            line->attachAxis(panel.y);
            attachTooltip(line);
        }

        // Markers: medication starts and stops on every panel, near the top, with a vertical line each.
        const double top = hi - (hi - lo) * 0.05;
        std::vector<const TimelineMarker *> starts;
        std::vector<const TimelineMarker *> stops;
        for (const TimelineMarker &m : m_medicationMarkers)
            (m.kind == TimelineMarker::Kind::MedicationStart ? starts : stops).push_back(&m);
        addMarkerSeries(panel, tr("Medication started"), starts, text, top, true);
        addMarkerSeries(panel, tr("Medication stopped"), stops, text, top, true);
        if (panel.id == TimelinePanel::Symptom)
            addAssessmentSeries(panel, pal.color(QPalette::Link));
        if (panel.id == TimelinePanel::Risk) {
            const TimelineSeries *risk = m_data.find(QStringLiteral("risk.suicide_risk"));
            for (const char *level : {"low", "moderate", "high", "imminent"}) {
                const QString code = QString::fromLatin1(level);
                std::vector<const TimelineMarker *> changes;
                for (const TimelineMarker &m : m_data.markers)
                    if (m.kind == TimelineMarker::Kind::RiskLevel && m.code == code)
                        changes.push_back(&m);
                if (changes.empty())
                    continue;
                auto *scatter = new QScatterSeries;
                scatter->setObjectName(QStringLiteral("risk.level.") + code);
                scatter->setName(tr("Risk level: %1").arg(style::riskLabel(code)));
                scatter->setColor(style::riskColor(code, pal));
                scatter->setBorderColor(text);
                scatter->setMarkerSize(9);
                QList<QPointF> points;
                points.reserve(static_cast<qsizetype>(changes.size()));
                for (const TimelineMarker *m : changes) {
                    const double x = static_cast<double>(m->at.toMSecsSinceEpoch());
                    const qsizetype i = risk ? nearest(risk->points, x) : -1;
                    points.append(QPointF(x, i >= 0 ? risk->points[i].y() : lo));
                }
                panel.chart->addSeries(scatter);
                scatter->attachAxis(panel.x);
                scatter->attachAxis(panel.y);
                panel.riskMarkers.emplace_back(scatter,
                                               std::move(points)); // thinned to the visible range in redecimate()
                connect(scatter, &QXYSeries::hovered, this, [this, scatter, code](const QPointF &at, bool entered) {
                    if (!entered) {
                        QToolTip::hideText();
                        return;
                    }
                    const QList<QPointF> pts = scatter->points();
                    const qsizetype i = nearest(pts, at.x());
                    if (i >= 0)
                        QToolTip::showText(QCursor::pos(),
                                           tr("Risk level %1 from %2")
                                               .arg(style::riskLabel(code),
                                                    style::formatDateTime(fromMs(static_cast<qint64>(pts[i].x())))),
                                           this);
                });
            }
        }

        panel.cursor = new QLineSeries;
        panel.cursor->setObjectName(QStringLiteral("asOfCursor"));
        panel.cursor->setName(tr("As of"));
        QPen cursorPen(pal.color(QPalette::Highlight));
        cursorPen.setWidthF(2);
        panel.cursor->setPen(cursorPen);
        panel.chart->addSeries(panel.cursor);
        panel.cursor->attachAxis(panel.x);
        panel.cursor->attachAxis(panel.y);
        hideFromLegend(panel.chart, panel.cursor);
        updateHeader(panel);
    }
    m_viewFrom = m_fullFrom;
    m_viewTo = m_fullTo;
    m_remeasureAxes = true;
    applyRange();
}

void TimelineView::addMarkerSeries(Panel &panel, const QString &name,
                                   const std::vector<const TimelineMarker *> &markers, const QColor &colour, double y,
                                   bool verticalLines)
{
    if (markers.empty())
        return;
    const bool stop = !markers.empty() && markers.front()->kind == TimelineMarker::Kind::MedicationStop;
    QList<QPointF> points;
    std::vector<QString> labels;
    for (const TimelineMarker *m : markers) {
        const double x = static_cast<double>(m->at.toMSecsSinceEpoch());
        points.append(QPointF(x, y));
        labels.push_back(m->label);
        if (verticalLines) {
            auto *line = new QLineSeries;
            line->setObjectName(QStringLiteral("markerLine"));
            line->setName(m->label);
            QPen pen(colour);
            pen.setWidthF(1);
            pen.setStyle(stop ? Qt::DotLine : Qt::DashLine);
            line->setPen(pen);
            line->replace({QPointF(x, panel.y->min()), QPointF(x, panel.y->max())});
            panel.chart->addSeries(line);
            line->attachAxis(panel.x);
            line->attachAxis(panel.y);
            hideFromLegend(panel.chart, line);
            attachMarkerTooltip(line, {m->label, m->label});
        }
    }
    auto *scatter = new QScatterSeries;
    scatter->setObjectName(name);
    scatter->setName(name);
    scatter->setMarkerShape(
        stop ? QScatterSeries::MarkerShapeRectangle
             : (verticalLines ? QScatterSeries::MarkerShapeTriangle : QScatterSeries::MarkerShapeCircle));
    scatter->setMarkerSize(10);
    scatter->setColor(colour);
    scatter->setBorderColor(colour);
    scatter->replace(points);
    panel.chart->addSeries(scatter);
    scatter->attachAxis(panel.x);
    scatter->attachAxis(panel.y);
    hideFromLegend(panel.chart, scatter); // explained once, in the key under the charts
    attachMarkerTooltip(scatter, std::move(labels));
}

QString TimelineView::assessmentTooltip(const TimelineMarker &marker)
{
    if (marker.band.isEmpty())
        return marker.label;
    return tr("%1\nSeverity: %2").arg(marker.label, style::bandLabel(marker.band));
}

void TimelineView::addAssessmentSeries(Panel &panel, const QColor &colour)
{
    // Small hollow circles at the score (total / the instrument's maximum, the panel's own scale), so they sit among
    // the symptom lines without covering them or reading as another line. Without a total there is no place.
    std::vector<const TimelineMarker *> shown;
    for (const TimelineMarker &m : m_data.markers)
        if (m.kind == TimelineMarker::Kind::Assessment && m.fraction >= 0)
            shown.push_back(&m);
    // Thinning and tooltips search by time.
    std::stable_sort(shown.begin(), shown.end(),
                     [](const TimelineMarker *a, const TimelineMarker *b) { return a->at < b->at; });
    for (const TimelineMarker *m : shown) {
        panel.assessmentPoints.append(QPointF(static_cast<double>(m->at.toMSecsSinceEpoch()), m->fraction));
        panel.assessmentTips.push_back(assessmentTooltip(*m));
    }
    if (panel.assessmentPoints.isEmpty())
        return;
    auto *scatter = new QScatterSeries;
    scatter->setObjectName(QStringLiteral("assessments"));
    scatter->setName(tr("Assessments"));
    scatter->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    scatter->setMarkerSize(7);
    scatter->setColor(Qt::transparent);
    QPen border(colour);
    border.setWidthF(1.5);
    scatter->setPen(border);
    scatter->setBorderColor(colour);
    panel.chart->addSeries(scatter);
    scatter->attachAxis(panel.x);
    scatter->attachAxis(panel.y);
    hideFromLegend(panel.chart, scatter); // explained once, in the key under the charts
    panel.assessments = scatter;
    const Panel *owner = &panel;
    connect(scatter, &QXYSeries::hovered, this, [this, owner](const QPointF &at, bool entered) {
        if (!entered) {
            QToolTip::hideText();
            return;
        }
        const qsizetype i = nearest(owner->assessmentPoints, at.x());
        if (i >= 0 && static_cast<size_t>(i) < owner->assessmentTips.size())
            QToolTip::showText(QCursor::pos(), owner->assessmentTips[static_cast<size_t>(i)], this);
    });
}

void TimelineView::attachTooltip(QXYSeries *series)
{
    connect(series, &QXYSeries::hovered, this, [this, series](const QPointF &at, bool entered) {
        if (!entered) {
            QToolTip::hideText();
            return;
        }
        const QList<QPointF> points = series->points();
        const qsizetype i = nearest(points, at.x());
        if (i < 0)
            return;
        const QPointF p = points[i];
        QToolTip::showText(QCursor::pos(),
                           tr("%1\n%2: %3")
                               .arg(series->name(), style::formatDateTime(fromMs(static_cast<qint64>(p.x()))),
                                    QLocale().toString(p.y(), 'f', 2)),
                           this);
    });
}

void TimelineView::attachMarkerTooltip(QXYSeries *series, std::vector<QString> labels)
{
    connect(series, &QXYSeries::hovered, this,
            [this, series, labels = std::move(labels)](const QPointF &at, bool entered) {
                if (!entered) {
                    QToolTip::hideText();
                    return;
                }
                const qsizetype i = nearest(series->points(), at.x());
                if (i >= 0 && static_cast<size_t>(i) < labels.size())
                    QToolTip::showText(QCursor::pos(), labels[static_cast<size_t>(i)], this);
            });
}

int TimelineView::decimationTarget() const
{
    double width = 0;
    for (const Panel &p : m_panels)
        width = std::max(width, p.chart->plotArea().width());
    if (width < 50) // not laid out yet: assume most of the view
        width = std::max(600.0, width * 0.8);
    return std::max(3, static_cast<int>(std::ceil(2 * width)));
}

QList<QPointF> TimelineView::decimated(const QList<QPointF> &points) const
{
    const auto [first, last] = lttb::visibleRange(points, m_viewFrom, m_viewTo);
    return lttb::decimate(points.constData() + first, last - first, m_lastTarget);
}

void TimelineView::redecimate()
{
    m_lastTarget = decimationTarget();
    // Risk-level changes can number thousands over a long timeline, and QtCharts makes an item per scatter point:
    // draw those in view, at most one per marker width (10 px; m_lastTarget is 2 points per pixel) and level. Closer
    // ones would overlap anyway, and each costs layout and paint time.
    const double minGap = 20 * (m_viewTo - m_viewFrom) / std::max(1, m_lastTarget);
    for (Panel &panel : m_panels) {
        for (const LineBinding &b : panel.lines)
            b.line->replace(decimated(m_data.series[b.seriesIndex].points));
        for (const auto &[scatter, all] : panel.riskMarkers) {
            const auto [first, last] = lttb::visibleRange(all, m_viewFrom, m_viewTo);
            QList<QPointF> shown;
            double lastX = -std::numeric_limits<double>::infinity();
            for (qsizetype i = first; i < last; ++i) {
                if (all[i].x() - lastX >= minGap) {
                    shown.append(all[i]);
                    lastX = all[i].x();
                }
            }
            scatter->replace(shown);
        }
        if (panel.assessments) {
            // Markers closer than about their own size would merge into a bar: keep one of each such cluster
            // unless their scores differ visibly.
            const double plotWidth = std::max(50.0, panel.chart->plotArea().width());
            const double gap = 14 * (m_viewTo - m_viewFrom) / plotWidth;
            const auto [first, last] = lttb::visibleRange(panel.assessmentPoints, m_viewFrom, m_viewTo);
            QList<QPointF> shown;
            for (qsizetype i = first; i < last; ++i) {
                const QPointF &p = panel.assessmentPoints[i];
                if (shown.isEmpty() || p.x() - shown.back().x() >= gap || std::abs(p.y() - shown.back().y()) > 0.15)
                    shown.append(p);
            }
            panel.assessments->replace(shown);
        }
    }
}

void TimelineView::applyRange()
{
    for (Panel &panel : m_panels)
        panel.x->setRange(fromMs(static_cast<qint64>(m_viewFrom)), fromMs(static_cast<qint64>(m_viewTo)));
    updateTimeAxes();
    for (Panel &panel : m_panels) {
        if (m_remeasureAxes) { // a new patient: the y range (and so its labels) may have changed too
            panel.y->setLabelsVisible(false);
            panel.y->setLabelsVisible(true);
        }
    }
    m_remeasureAxes = false;
    redecimate();
    updateCursor();
    Q_EMIT visibleRangeChanged(m_viewFrom, m_viewTo);
}

bool TimelineView::fitValueTicks(Panel &panel)
{
    // About one value label per 24 px of plot height (at most 5): closer labels overlap and QtCharts elides them all
    // to "...". Returns whether the ticks changed.
    const double height = panel.chart->plotArea().height();
    const int intervals = std::clamp(static_cast<int>(height / 24), 1, 4);
    if (panel.y->tickType() == QValueAxis::TicksDynamic) {
        double step = 1;
        for (double candidate : {0.05, 0.1, 0.2, 0.25, 0.5, 1.0, 2.0}) {
            if ((panel.y->max() - panel.y->min()) / candidate <= intervals) {
                step = candidate;
                break;
            }
        }
        if (qFuzzyCompare(panel.y->tickInterval(), step))
            return false;
        panel.y->setTickInterval(step);
        return true;
    }
    if (panel.y->tickCount() == intervals + 1)
        return false;
    panel.y->setTickCount(intervals + 1);
    return true;
}

void TimelineView::updateTimeAxes()
{
    // The label format follows the visible span, and the tick count the plot width: about one label per 90 px (110
    // with a time of day), so QtCharts never has to elide them.
    const double span = m_viewTo - m_viewFrom;
    const QString format = span > 300 * kDayMs ? QStringLiteral("MMM yyyy")
                           : span > 4 * kDayMs ? QStringLiteral("d MMM")
                                               : QStringLiteral("d MMM HH:mm");
    double width = 0;
    for (const Panel &p : m_panels)
        width = std::max(width, p.chart->plotArea().width());
    if (width < 50)
        width = 600;
    const double perLabel = format.contains(QLatin1Char('H')) ? 110 : 90;
    const int ticks = std::clamp(static_cast<int>(width / perLabel), 2, 12);
    for (Panel &panel : m_panels) {
        if (fitValueTicks(panel)) {
            panel.y->setLabelsVisible(false);
            panel.y->setLabelsVisible(true);
        }
        const bool remeasure = panel.x->format() != format || panel.x->tickCount() != ticks || m_remeasureAxes;
        if (!remeasure)
            continue;
        panel.x->setFormat(format);
        panel.x->setTickCount(ticks);
        // Qt 6.4 keeps the axis' old size hint when its labels change after the first layout, and then elides the
        // new labels to nothing; toggling their visibility makes it measure them again (at the cost of a relayout,
        // so only when the labels' shape changes).
        panel.x->setLabelsVisible(false);
        panel.x->setLabelsVisible(true);
    }
}

void TimelineView::setVisibleRange(double fromMs, double toMs)
{
    if (m_data.isEmpty())
        return;
    if (fromMs > toMs)
        std::swap(fromMs, toMs);
    const double full = m_fullTo - m_fullFrom;
    const double span = std::clamp(toMs - fromMs, std::min(kDayMs, full), full);
    double a = std::max(fromMs, m_fullFrom);
    double b = a + span;
    if (b > m_fullTo) {
        b = m_fullTo;
        a = b - span;
    }
    m_viewFrom = a;
    m_viewTo = b;
    applyRange();
}

void TimelineView::resetZoom()
{
    setVisibleRange(m_fullFrom, m_fullTo);
}

void TimelineView::zoomAround(double centreMs, double factor)
{
    if (factor <= 0)
        return;
    setVisibleRange(centreMs - (centreMs - m_viewFrom) * factor, centreMs + (m_viewTo - centreMs) * factor);
}

void TimelineView::panBy(double deltaMs)
{
    setVisibleRange(m_viewFrom + deltaMs, m_viewTo + deltaMs);
}

void TimelineView::alignPlotAreas()
{
    if (m_aligning)
        return;
    m_aligning = true;
    double left = 0;
    double right = 0;
    std::array<std::pair<double, double>, 4> natural{};
    for (size_t i = 0; i < m_panels.size(); ++i) {
        const Panel &p = m_panels[i];
        const QRectF plot = p.chart->plotArea();
        natural[i] = {plot.left() - p.extraLeft, p.chart->size().width() - plot.right() - p.extraRight};
        left = std::max(left, natural[i].first);
        right = std::max(right, natural[i].second);
    }
    for (size_t i = 0; i < m_panels.size(); ++i) {
        Panel &p = m_panels[i];
        const int extraLeft = static_cast<int>(std::lround(left - natural[i].first));
        const int extraRight = static_cast<int>(std::lround(right - natural[i].second));
        if (extraLeft != p.extraLeft || extraRight != p.extraRight) {
            p.extraLeft = extraLeft;
            p.extraRight = extraRight;
            p.chart->setMargins(QMargins(kBaseMargin + extraLeft, kBaseMargin, kBaseMargin + extraRight, kBaseMargin));
        }
    }
    m_aligning = false;
}

void TimelineView::updateCursor()
{
    const QDateTime at = asOf();
    for (Panel &p : m_panels) {
        if (!p.cursor)
            continue;
        if (m_data.isEmpty() || !at.isValid()) {
            p.cursor->clear();
            continue;
        }
        const double x = static_cast<double>(at.toMSecsSinceEpoch());
        p.cursor->replace({QPointF(x, p.y->min()), QPointF(x, p.y->max())});
    }
}

void TimelineView::setAsOf(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    if (m_asOfEdit->dateTime() == local) {
        updateCursor();
        loadAsOf(local);
        return;
    }
    m_asOfEdit->setDateTime(local); // emits dateTimeChanged → cursor and audited read
}

QDateTime TimelineView::asOf() const
{
    return m_asOfEdit->dateTime();
}

void TimelineView::loadAsOf(const QDateTime &at)
{
    if (!m_session || m_patientId.isEmpty())
        return;
    auto state = UnitOfWork::perform(
        *m_session, [&](UnitOfWork &uow) { return ClinicalRepository::stateAsOf(uow, m_patientId, at.toUTC()); });
    if (!state.ok()) {
        m_stateModel->clear();
        showBanner(state.error().message);
        return;
    }
    m_stateModel->setState(state.value());
}

void TimelineView::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void TimelineView::applyPalette()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(110);
    for (Panel &p : m_panels) {
        p.chart->setBackgroundBrush(pal.color(QPalette::Base));
        p.chart->setTitleBrush(text);
        p.chart->legend()->setLabelColor(text);
        for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(p.x), static_cast<QAbstractAxis *>(p.y)}) {
            axis->setLabelsColor(text);
            axis->setTitleBrush(text);
            axis->setGridLineColor(grid);
            axis->setLinePenColor(pal.color(QPalette::Mid));
        }
    }
}

void TimelineView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        if (!m_data.isEmpty()) {
            const auto range = visibleRange();
            rebuildSeries();
            setVisibleRange(range.first, range.second);
        }
    }
}

} // namespace novamind
