#include "ui/reports/ReportRenderer.h"

#include "models/instruments/InstrumentLibrary.h"
#include "models/timeline/Lttb.h"
#include "models/timeline/TimelineData.h"
#include "storage/AtomicFile.h"
#include "ui/ClinicalStyle.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

namespace novamind {

namespace {

// Paper is white whatever the screen's theme: fixed colours, dark enough for a monochrome laser printer.
const QColor kInk(0x20, 0x20, 0x20);
const QColor kMuted(0x60, 0x60, 0x60);
const QColor kRule(0xb0, 0xb0, 0xb0);
const QColor kAlert(0xb0, 0x00, 0x20);
const QColor kSeriesColours[] = {QColor(0x1f, 0x4e, 0x9a), QColor(0xc2, 0x5b, 0x00), QColor(0x2a, 0x7f, 0x3a),
                                 QColor(0x8a, 0x2b, 0x8f), QColor(0x00, 0x7f, 0x86), QColor(0x9a, 0x6a, 0x00)};

// One piece of the flow: a height and how to paint it at a given top-left. Pagination moves pieces, never splits.
struct Block
{
    double height = 0;
    bool keepWithNext = false; // headings: never alone at the bottom of a page
    int repeatHeader = -1;     // table rows: the header block painted again above them on a new page
    std::function<void(QPainter &, double top)> paint;
};

struct Fonts
{
    QFont body;
    QFont bold;
    QFont small;
    QFont heading;
    QFont title;
};

QFont reportFont(double points, bool bold, QPaintDevice *device)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    // No ligatures: with them "Confidential" holds an "ﬁ" glyph, and neither a PDF viewer's search nor pdftotext
    // finds the word any more.
    f.setStyleStrategy(QFont::PreferNoShaping);
    // Metrics of the device, not of the screen: the layout must match what is painted.
    return QFont(f, device);
}

QString percent(double fraction)
{
    return QString::number(qRound(fraction * 100)) + QLatin1Char('%');
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString instrumentName(const QString &id)
{
    if (const Instrument *instrument = InstrumentLibrary::builtin().find(id))
        return instrument->shortName.isEmpty() ? instrument->name : instrument->shortName;
    return id;
}

int instrumentMax(const QString &id)
{
    if (const Instrument *instrument = InstrumentLibrary::builtin().find(id))
        return instrument->maxTotal();
    return 0;
}

class Layout
{
    // The report's sentences belong to ReportRenderer's context, whichever helper paints them.
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)
public:
    Layout(const ReportData &data, QPagedPaintDevice &device)
        : m_data(data)
        , m_device(device)
        , m_pt(device.logicalDpiY() / 72.0)
        , m_width(device.width())
        , m_height(device.height())
    {
        m_fonts.body = reportFont(9, false, &device);
        m_fonts.bold = reportFont(9, true, &device);
        m_fonts.small = reportFont(7.5, false, &device);
        m_fonts.heading = reportFont(12, true, &device);
        m_fonts.title = reportFont(16, true, &device);
        m_line = QFontMetricsF(m_fonts.body, &device).lineSpacing();
        m_smallLine = QFontMetricsF(m_fonts.small, &device).lineSpacing();
        m_headerHeight = 2 * m_line + 6 * m_pt;
        m_footerHeight = m_smallLine + 6 * m_pt;
    }

    int paint();

private:
    double bodyTop() const { return m_headerHeight + 8 * m_pt; }
    double bodyBottom() const { return m_height - m_footerHeight - 4 * m_pt; }

    void build();
    void addHeading(const QString &text);
    void addText(const QString &text, const QFont &font, const QColor &colour = kInk);
    // A table of `columns` (fractions of the width that add up to 1); the header row repeats on every page.
    void addTable(const QStringList &header, const std::vector<double> &columns, const std::vector<QStringList> &rows,
                  const std::vector<QColor> &rowColours = {});
    void addIdentity();
    void addCurrentState();
    void addLatestAssessments();
    void addCharts();
    void addChart(TimelinePanel panel, const TimelineData &timeline, const std::vector<TimelineMarker> &medications);
    void paintFrame(QPainter &painter, int page, int pages) const;
    void paintRow(QPainter &painter, double top, const QStringList &cells, const std::vector<double> &columns,
                  const QFont &font, const QColor &colour) const;

    const ReportData &m_data;
    QPagedPaintDevice &m_device;
    Fonts m_fonts;
    double m_pt;
    double m_width;
    double m_height;
    double m_line = 0;
    double m_smallLine = 0;
    double m_headerHeight = 0;
    double m_footerHeight = 0;
    std::vector<Block> m_blocks;
};

void Layout::addHeading(const QString &text)
{
    const double h = QFontMetricsF(m_fonts.heading, &m_device).lineSpacing();
    m_blocks.push_back({h + 12 * m_pt, true, -1, [this, text, h](QPainter &p, double top) {
                            p.setFont(m_fonts.heading);
                            p.setPen(kInk);
                            p.drawText(QRectF(0, top + 6 * m_pt, m_width, h), Qt::AlignLeft | Qt::AlignVCenter, text);
                            p.setPen(QPen(kRule, 0.5 * m_pt));
                            p.drawLine(QPointF(0, top + h + 8 * m_pt), QPointF(m_width, top + h + 8 * m_pt));
                        }});
}

void Layout::addText(const QString &text, const QFont &font, const QColor &colour)
{
    const QRectF bounds =
        QFontMetricsF(font, &m_device).boundingRect(QRectF(0, 0, m_width, 1e6), Qt::TextWordWrap | Qt::AlignLeft, text);
    const double h = bounds.height() + 2 * m_pt;
    m_blocks.push_back({h, false, -1, [this, text, font, colour, h](QPainter &p, double top) {
                            p.setFont(font);
                            p.setPen(colour);
                            p.drawText(QRectF(0, top, m_width, h), Qt::TextWordWrap | Qt::AlignLeft, text);
                        }});
}

void Layout::paintRow(QPainter &painter, double top, const QStringList &cells, const std::vector<double> &columns,
                      const QFont &font, const QColor &colour) const
{
    painter.setFont(font);
    painter.setPen(colour);
    const QFontMetricsF fm(font, &m_device);
    double x = 0;
    for (qsizetype c = 0; c < cells.size() && size_t(c) < columns.size(); ++c) {
        const double w = columns[size_t(c)] * m_width;
        const QRectF cell(x, top, w - 4 * m_pt, m_line);
        painter.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(cells[c], Qt::ElideRight, cell.width()));
        x += w;
    }
}

void Layout::addTable(const QStringList &header, const std::vector<double> &columns,
                      const std::vector<QStringList> &rows, const std::vector<QColor> &rowColours)
{
    const double rowHeight = m_line + 2 * m_pt;
    const int headerIndex = int(m_blocks.size());
    m_blocks.push_back({rowHeight, true, -1, [this, header, columns, rowHeight](QPainter &p, double top) {
                            paintRow(p, top, header, columns, m_fonts.bold, kMuted);
                            p.setPen(QPen(kRule, 0.5 * m_pt));
                            p.drawLine(QPointF(0, top + rowHeight), QPointF(m_width, top + rowHeight));
                        }});
    for (size_t r = 0; r < rows.size(); ++r) {
        const QColor colour = r < rowColours.size() && rowColours[r].isValid() ? rowColours[r] : kInk;
        Block row{rowHeight, false, headerIndex, [this, cells = rows[r], columns, colour](QPainter &p, double top) {
                      paintRow(p, top + m_pt, cells, columns, m_fonts.body, colour);
                  }};
        m_blocks.push_back(std::move(row));
    }
}

void Layout::addIdentity()
{
    const Patient &p = m_data.patient;
    const double titleHeight = QFontMetricsF(m_fonts.title, &m_device).lineSpacing();
    const QString name = p.familyName.isEmpty() ? p.mrn : p.displayName();
    QStringList facts;
    facts << tr("MRN %1").arg(p.mrn);
    if (p.birthDate.isValid())
        facts << tr("Born %1").arg(p.birthDate.toString(Qt::ISODate));
    if (!p.sex.isEmpty())
        facts << tr("Sex at birth: %1").arg(p.sex);
    const QString line = facts.join(QStringLiteral("   ·   "));
    m_blocks.push_back(
        {titleHeight + m_line + 6 * m_pt, false, -1, [this, name, line, titleHeight](QPainter &pt, double top) {
             pt.setPen(kInk);
             pt.setFont(m_fonts.title);
             pt.drawText(QRectF(0, top, m_width, titleHeight), Qt::AlignLeft | Qt::AlignVCenter, name);
             pt.setFont(m_fonts.body);
             pt.drawText(QRectF(0, top + titleHeight, m_width, m_line), Qt::AlignLeft | Qt::AlignVCenter, line);
         }});
}

void Layout::addCurrentState()
{
    addHeading(tr("Current twin state"));
    if (!m_data.currentState) {
        addText(tr("No twin state recorded."), m_fonts.body, kMuted);
        return;
    }
    const DigitalTwinState &s = *m_data.currentState;
    addText(tr("As of %1 (model confidence %2)")
                .arg(s.timestamp.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")), percent(s.confidence)),
            m_fonts.small, kMuted);
    const std::vector<double> cols{0.25, 0.25, 0.25, 0.25};
    std::vector<QStringList> rows;
    rows.push_back(
        {tr("Depression"), percent(s.symptom.depression), tr("Serotonin"), number(s.neurotransmitter.serotonin, 2)});
    rows.push_back({tr("Anxiety"), percent(s.symptom.anxiety), tr("Dopamine"), number(s.neurotransmitter.dopamine, 2)});
    rows.push_back({tr("Anhedonia"), percent(s.symptom.anhedonia), tr("Norepinephrine"),
                    number(s.neurotransmitter.norepinephrine, 2)});
    rows.push_back({tr("Insomnia"), percent(s.symptom.insomnia), tr("GABA"), number(s.neurotransmitter.gaba, 2)});
    rows.push_back({tr("Sleep"), tr("%1 h").arg(number(s.behavioral.sleepHours, 1)), tr("Glutamate"),
                    number(s.neurotransmitter.glutamate, 2)});
    rows.push_back({tr("Activity"), percent(s.behavioral.activityLevel), tr("Acetylcholine"),
                    number(s.neurotransmitter.acetylcholine, 2)});
    rows.push_back({tr("Social engagement"), percent(s.behavioral.socialEngagement), tr("Global functioning"),
                    number(s.functional.globalFunctioning, 0)});
    rows.push_back({tr("Medication adherence"), percent(s.functional.adherence), tr("Suicide risk"),
                    tr("%1 (%2)").arg(style::riskLabel(s.risk.level), percent(s.risk.suicideRisk))});
    std::vector<QColor> colours(rows.size());
    if (s.risk.level == QLatin1String("high") || s.risk.level == QLatin1String("imminent"))
        colours.back() = kAlert;
    addTable({tr("Symptom / behaviour"), tr("Value"), tr("Neurotransmitter / risk"), tr("Value")}, cols, rows, colours);
}

void Layout::addLatestAssessments()
{
    addHeading(tr("Latest assessments"));
    // The latest completed administration of each instrument, in the order instruments were first used.
    std::vector<QString> order;
    std::map<QString, const Assessment *> latest;
    for (const Assessment &a : m_data.assessments) {
        if (!latest.count(a.instrument))
            order.push_back(a.instrument);
        latest[a.instrument] = &a;
    }
    if (order.empty()) {
        addText(tr("No completed assessments."), m_fonts.body, kMuted);
        return;
    }
    const std::vector<double> cols{0.14, 0.2, 0.12, 0.2, 0.34};
    std::vector<QStringList> rows;
    std::vector<QColor> colours;
    for (const QString &id : order) {
        const Assessment &a = *latest[id];
        const int max = instrumentMax(id);
        QString total = a.total ? QString::number(*a.total) : QStringLiteral("—");
        if (a.total && max > 0)
            total += QStringLiteral(" / ") + QString::number(max);
        QStringList flags;
        for (const QString &flag : a.flags)
            flags << style::bandLabel(flag);
        rows.push_back({instrumentName(id), a.completedAt ? style::formatDate(a.completedAt->date()) : QString(), total,
                        style::bandLabel(a.band),
                        flags.isEmpty() ? QStringLiteral("—") : flags.join(QStringLiteral(", "))});
        colours.push_back(a.flags.isEmpty() ? QColor() : kAlert);
    }
    addTable({tr("Instrument"), tr("Completed"), tr("Total"), tr("Severity"), tr("Flags")}, cols, rows, colours);
}

void Layout::addChart(TimelinePanel panel, const TimelineData &timeline, const std::vector<TimelineMarker> &medications)
{
    std::vector<const TimelineSeries *> series;
    for (const TimelineSeries &s : timeline.series)
        if (s.panel == panel && !s.points.isEmpty())
            series.push_back(&s);
    if (series.empty())
        return;
    const double x0 = timeline.first.toMSecsSinceEpoch();
    const double x1 = std::max(x0 + 1, double(timeline.last.toMSecsSinceEpoch()));
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    for (const TimelineSeries *s : series)
        for (const QPointF &pnt : s->points) {
            lo = std::min(lo, pnt.y());
            hi = std::max(hi, pnt.y());
        }
    // Symptom values are fractions of the maximum, so assessment totals as fractions share the axis.
    QList<QPointF> assessments;
    if (panel == TimelinePanel::Symptom)
        for (const TimelineMarker &m : timeline.markers)
            if (m.kind == TimelineMarker::Kind::Assessment && m.fraction >= 0) {
                const double at = m.at.toMSecsSinceEpoch();
                if (at < x0 || at > x1)
                    continue;
                assessments.append(QPointF(at, m.fraction));
                lo = std::min(lo, m.fraction);
                hi = std::max(hi, m.fraction);
            }
    std::vector<double> starts;
    for (const TimelineMarker &m : medications)
        if (m.kind == TimelineMarker::Kind::MedicationStart && m.at.toMSecsSinceEpoch() >= x0 &&
            m.at.toMSecsSinceEpoch() <= x1)
            starts.push_back(m.at.toMSecsSinceEpoch());
    if (hi - lo < 1e-9) {
        lo -= 0.5;
        hi += 0.5;
    }
    // Round ticks (1, 2 or 5 × 10^k apart) that enclose the data, so a reader can take values off the grid.
    const double rough = (hi - lo) / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    const double ratio = rough / magnitude;
    const double step = magnitude * (ratio <= 1 ? 1 : ratio <= 2 ? 2 : ratio <= 5 ? 5 : 10);
    lo = std::floor(lo / step) * step;
    hi = std::ceil(hi / step) * step;
    const int ticks = std::max(1, int(std::lround((hi - lo) / step)));
    const int decimals = std::max(0, int(-std::floor(std::log10(step) + 1e-9)));
    const double titleHeight = m_line;
    const double legendHeight = m_smallLine;
    const double plotHeight = 120 * m_pt;
    const double axisHeight = m_smallLine + 2 * m_pt;
    const double total = titleHeight + legendHeight + m_smallLine / 2 + plotHeight + axisHeight + 12 * m_pt;
    const QString title = TimelineMapping::panelTitle(panel);
    // About two points per printed point of width is all a line can show; LTTB keeps peaks and troughs.
    const qsizetype target = qsizetype(m_width / m_pt * 2);
    std::vector<std::pair<QString, QList<QPointF>>> lines;
    for (const TimelineSeries *s : series)
        lines.emplace_back(s->name, lttb::decimate(s->points, target));
    const QString assessmentLegend = tr("Assessment total (fraction of maximum)");
    const QString medicationLegend = tr("Medication started");

    m_blocks.push_back(
        {total, false, -1, [=, this](QPainter &p, double top) {
             p.setPen(kInk);
             p.setFont(m_fonts.bold);
             p.drawText(QRectF(0, top, m_width, titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
             // Legend: a swatch and the name of each line, left to right.
             p.setFont(m_fonts.small);
             const QFontMetricsF fm(m_fonts.small, &m_device);
             double lx = 0;
             const double ly = top + titleHeight;
             for (size_t i = 0; i < lines.size(); ++i) {
                 const QColor c = kSeriesColours[i % std::size(kSeriesColours)];
                 p.setPen(QPen(c, 1.5 * m_pt));
                 p.drawLine(QPointF(lx, ly + legendHeight / 2), QPointF(lx + 12 * m_pt, ly + legendHeight / 2));
                 p.setPen(kInk);
                 p.drawText(QRectF(lx + 15 * m_pt, ly, m_width, legendHeight), Qt::AlignLeft | Qt::AlignVCenter,
                            lines[i].first);
                 lx += 15 * m_pt + fm.horizontalAdvance(lines[i].first) + 12 * m_pt;
             }
             if (!assessments.isEmpty()) {
                 p.setPen(QPen(kInk, 0.75 * m_pt));
                 p.setBrush(Qt::white);
                 p.drawEllipse(QPointF(lx + 6 * m_pt, ly + legendHeight / 2), 2.2 * m_pt, 2.2 * m_pt);
                 p.setBrush(Qt::NoBrush);
                 p.setPen(kInk);
                 p.drawText(QRectF(lx + 15 * m_pt, ly, m_width, legendHeight), Qt::AlignLeft | Qt::AlignVCenter,
                            assessmentLegend);
                 lx += 15 * m_pt + fm.horizontalAdvance(assessmentLegend) + 12 * m_pt;
             }
             if (!starts.empty()) {
                 p.setPen(QPen(kMuted, 0.75 * m_pt, Qt::DashLine));
                 p.drawLine(QPointF(lx + 6 * m_pt, ly + 1 * m_pt), QPointF(lx + 6 * m_pt, ly + legendHeight - m_pt));
                 p.setPen(kInk);
                 p.drawText(QRectF(lx + 15 * m_pt, ly, m_width, legendHeight), Qt::AlignLeft | Qt::AlignVCenter,
                            medicationLegend);
             }

             const double axisWidth = fm.horizontalAdvance(QStringLiteral("00000")) + 4 * m_pt;
             const QRectF plot(axisWidth, ly + legendHeight + m_smallLine / 2 + 2 * m_pt, m_width - axisWidth,
                               plotHeight);
             const auto map = [&](const QPointF &v) {
                 return QPointF(plot.left() + (v.x() - x0) / (x1 - x0) * plot.width(),
                                plot.bottom() - (v.y() - lo) / (hi - lo) * plot.height());
             };
             // Grid and y labels, one per tick.
             p.setFont(m_fonts.small);
             for (int i = 0; i <= ticks; ++i) {
                 const double v = lo + step * i;
                 const double y = plot.bottom() - plot.height() * i / ticks;
                 p.setPen(QPen(kRule, 0.3 * m_pt));
                 p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
                 p.setPen(kMuted);
                 p.drawText(QRectF(0, y - m_smallLine / 2, axisWidth - 3 * m_pt, m_smallLine),
                            Qt::AlignRight | Qt::AlignVCenter, number(v, decimals));
             }
             // x labels: the first, last and three dates between.
             for (int i = 0; i <= 4; ++i) {
                 const double ms = x0 + (x1 - x0) * i / 4;
                 const QString label = QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC).date().toString(Qt::ISODate);
                 const double x = plot.left() + plot.width() * i / 4;
                 const double w = fm.horizontalAdvance(label);
                 const double left = std::clamp(x - w / 2, plot.left(), plot.right() - w);
                 p.drawText(QRectF(left, plot.bottom() + 2 * m_pt, w + m_pt, m_smallLine),
                            Qt::AlignLeft | Qt::AlignVCenter, label);
             }
             p.setPen(QPen(kMuted, 0.5 * m_pt));
             p.setBrush(Qt::NoBrush);
             p.drawRect(plot);
             p.save();
             p.setClipRect(plot);
             p.setRenderHint(QPainter::Antialiasing);
             for (size_t i = 0; i < lines.size(); ++i) {
                 QPainterPath path;
                 const QList<QPointF> &pts = lines[i].second;
                 for (qsizetype k = 0; k < pts.size(); ++k) {
                     if (k == 0)
                         path.moveTo(map(pts[k]));
                     else
                         path.lineTo(map(pts[k]));
                 }
                 QPen pen(kSeriesColours[i % std::size(kSeriesColours)], 1.0 * m_pt);
                 pen.setJoinStyle(Qt::RoundJoin);
                 p.setPen(pen);
                 p.drawPath(path);
             }
             p.setPen(QPen(kMuted, 0.75 * m_pt, Qt::DashLine));
             for (double at : starts)
                 p.drawLine(map(QPointF(at, lo)), map(QPointF(at, hi)));
             p.setPen(QPen(kInk, 0.75 * m_pt));
             p.setBrush(Qt::white);
             for (const QPointF &a : assessments)
                 p.drawEllipse(map(a), 2.2 * m_pt, 2.2 * m_pt);
             p.setBrush(Qt::NoBrush);
             p.restore();
         }});
}

void Layout::addCharts()
{
    addHeading(tr("Timeline"));
    if (m_data.timeline.empty()) {
        addText(tr("No twin states recorded."), m_fonts.body, kMuted);
        return;
    }
    TimelineData timeline = TimelineMapping::fromColumns(m_data.timeline);
    TimelineMapping::addAssessments(timeline, m_data.assessments);
    const std::vector<TimelineMarker> medications = TimelineMapping::medicationMarkers(m_data.medications);
    addText(tr("%n state(s) from %1 to %2.", nullptr, int(m_data.timeline.size()))
                .arg(timeline.first.date().toString(Qt::ISODate), timeline.last.date().toString(Qt::ISODate)),
            m_fonts.small, kMuted);
    for (TimelinePanel panel :
         {TimelinePanel::Symptom, TimelinePanel::Neurotransmitter, TimelinePanel::Function, TimelinePanel::Risk})
        addChart(panel, timeline, medications);
}

void Layout::build()
{
    addIdentity();
    if (!m_data.diagnoses.empty()) {
        QStringList diagnoses;
        for (const Diagnosis &d : m_data.diagnoses)
            diagnoses << d.code + QLatin1Char(' ') + d.display;
        addText(tr("Active diagnoses: %1").arg(diagnoses.join(QStringLiteral("; "))), m_fonts.body);
    }
    addCurrentState();

    addHeading(tr("Active medications"));
    if (m_data.medications.empty()) {
        addText(tr("No active medications."), m_fonts.body, kMuted);
    } else {
        std::vector<QStringList> rows;
        for (const Medication &m : m_data.medications)
            rows.push_back({m.name,
                            m.dose > 0
                                ? number(m.dose, m.dose == std::floor(m.dose) ? 0 : 1) + QLatin1Char(' ') + m.doseUnit
                                : QString(),
                            m.frequency, m.route, style::formatDate(m.startDate)});
        addTable({tr("Medication"), tr("Dose"), tr("Frequency"), tr("Route"), tr("Since")},
                 {0.3, 0.15, 0.25, 0.12, 0.18}, rows);
    }

    addLatestAssessments();
    addCharts();

    addHeading(tr("Assessment history"));
    if (m_data.assessments.empty()) {
        addText(tr("No completed assessments."), m_fonts.body, kMuted);
    } else {
        std::vector<QStringList> rows;
        std::vector<QColor> colours;
        // Newest first, as a clinician reads a history.
        for (auto it = m_data.assessments.rbegin(); it != m_data.assessments.rend(); ++it) {
            QStringList flags;
            for (const QString &flag : it->flags)
                flags << style::bandLabel(flag);
            rows.push_back({it->completedAt ? style::formatDate(it->completedAt->date()) : QString(),
                            instrumentName(it->instrument),
                            it->total ? QString::number(*it->total) : QStringLiteral("—"), style::bandLabel(it->band),
                            flags.join(QStringLiteral(", ")), it->clinicianId});
            colours.push_back(it->flags.isEmpty() ? QColor() : kAlert);
        }
        addTable({tr("Completed"), tr("Instrument"), tr("Total"), tr("Severity"), tr("Flags"), tr("Clinician")},
                 {0.15, 0.13, 0.08, 0.2, 0.26, 0.18}, rows, colours);
    }
}

void Layout::paintFrame(QPainter &p, int page, int pages) const
{
    const Patient &patient = m_data.patient;
    QStringList identity;
    identity << (patient.familyName.isEmpty() ? patient.mrn : patient.displayName());
    identity << tr("MRN %1").arg(patient.mrn);
    if (patient.birthDate.isValid())
        identity << tr("DOB %1").arg(patient.birthDate.toString(Qt::ISODate));
    p.setPen(kInk);
    p.setFont(m_fonts.bold);
    p.drawText(QRectF(0, 0, m_width, m_line), Qt::AlignLeft | Qt::AlignVCenter, identity.join(QStringLiteral("  ·  ")));
    p.setFont(m_fonts.body);
    p.drawText(QRectF(0, 0, m_width, m_line), Qt::AlignRight | Qt::AlignVCenter, tr("Patient report"));
    p.setPen(kMuted);
    p.drawText(QRectF(0, m_line, m_width, m_line), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Printed by %1 on %2")
                   .arg(m_data.clinician, m_data.printedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
    p.setPen(QPen(kInk, 0.75 * m_pt));
    p.drawLine(QPointF(0, m_headerHeight - 2 * m_pt), QPointF(m_width, m_headerHeight - 2 * m_pt));

    const double footerTop = m_height - m_footerHeight;
    p.setPen(QPen(kRule, 0.5 * m_pt));
    p.drawLine(QPointF(0, footerTop), QPointF(m_width, footerTop));
    p.setFont(m_fonts.small);
    p.setPen(kAlert);
    p.drawText(QRectF(0, footerTop + 4 * m_pt, m_width, m_smallLine), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Confidential — contains PHI"));
    p.setPen(kMuted);
    p.drawText(QRectF(0, footerTop + 4 * m_pt, m_width, m_smallLine), Qt::AlignRight | Qt::AlignVCenter,
               tr("Page %1 of %2").arg(page).arg(pages));
}

int Layout::paint()
{
    build();
    // Pass 1: place blocks on pages, so that "of M" is known before the first page is painted.
    struct Placed
    {
        size_t block;
        double top;
    };
    std::vector<std::vector<Placed>> pages(1);
    double y = bodyTop();
    const double bottom = bodyBottom();
    for (size_t i = 0; i < m_blocks.size(); ++i) {
        const Block &b = m_blocks[i];
        double needed = b.height;
        if (b.keepWithNext && i + 1 < m_blocks.size())
            needed += m_blocks[i + 1].height;
        if (y + needed > bottom && !pages.back().empty()) {
            pages.emplace_back();
            y = bodyTop();
            if (b.repeatHeader >= 0) {
                pages.back().push_back({size_t(b.repeatHeader), y});
                y += m_blocks[size_t(b.repeatHeader)].height;
            }
        }
        pages.back().push_back({i, y});
        y += b.height;
    }

    // Pass 2: paint.
    QPainter painter(&m_device);
    const int count = int(pages.size());
    for (int n = 0; n < count; ++n) {
        if (n > 0)
            m_device.newPage();
        paintFrame(painter, n + 1, count);
        for (const Placed &placed : pages[size_t(n)])
            m_blocks[placed.block].paint(painter, placed.top);
    }
    painter.end();
    return count;
}

} // namespace

Result<int> ReportRenderer::render(QPagedPaintDevice &device) const
{
    if (device.width() <= 0 || device.height() <= 0)
        return Error(ErrorCode::Usage, tr("The page size leaves no room to print on; choose another paper size."),
                     QStringLiteral("paged device without a paint area"));
    Layout layout(m_data, device);
    return layout.paint();
}

Result<QByteArray> ReportRenderer::pdf(int *pages) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Novamind Clinician"));
        // Metadata travels with the file where the footer cannot be seen: no name, no MRN.
        writer.setTitle(tr("Patient report"));
        auto rendered = render(writer);
        if (!rendered.ok())
            return rendered.error();
        if (pages)
            *pages = rendered.value();
    }
    buffer.close();
    if (bytes.isEmpty())
        return Error(ErrorCode::Internal, tr("The report could not be rendered."), QStringLiteral("empty PDF"));
    return bytes;
}

Result<int> ReportRenderer::writePdf(const QString &path) const
{
    int pages = 0;
    auto bytes = pdf(&pages);
    if (!bytes.ok())
        return bytes.error();
    NM_TRY(AtomicFile::write(path, bytes.value()));
    return pages;
}

} // namespace novamind
