#include "ui/assessments/AssessmentHistoryView.h"

#include "models/assessment/AssessmentHistoryModel.h"
#include "models/instruments/InstrumentLibrary.h"
#include "storage/ClinicalRepository.h"
#include "storage/Session.h"
#include "storage/UnitOfWork.h"
#include "ui/ClinicalStyle.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace novamind {

AssessmentHistoryView::AssessmentHistoryView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("assessmentHistory"));

    auto *selectorLabel = new QLabel(tr("&Instrument:"), this);
    m_instrument = new QComboBox(this);
    m_instrument->setObjectName(QStringLiteral("historyInstrument"));
    m_instrument->setAccessibleName(tr("Instrument shown in the history"));
    selectorLabel->setBuddy(m_instrument);
    connect(m_instrument, &QComboBox::currentIndexChanged, this, [this] { selectInstrument(currentInstrument()); });

    m_model = new AssessmentHistoryModel(this);
    m_model->setLabeler([](const QString &name) { return style::bandLabel(name); });
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Signed assessments, newest first"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    m_chartView = new QChartView(chart, this);
    m_chartView->setObjectName(QStringLiteral("historyChart"));
    m_chartView->setAccessibleName(tr("Chart of totals over time with severity bands"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(300);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("historyEmpty"));
    m_empty->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(selectorLabel);
    top->addWidget(m_instrument, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chartView);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(splitter, 1);
    clear();
}

QChart *AssessmentHistoryView::chart() const
{
    return m_chartView->chart();
}

Status AssessmentHistoryView::load(const Session &session, const QString &patientId, const QString &instrumentId)
{
    auto history = UnitOfWork::perform(
        session, [&](UnitOfWork &uow) { return ClinicalRepository::assessmentHistory(uow, patientId, QString()); });
    if (!history.ok()) {
        clear();
        return history.error();
    }
    m_all = std::move(history.value());

    // Instruments the patient has assessments for, newest first; every instrument when there are none.
    std::vector<const Assessment *> newestFirst;
    for (const Assessment &a : m_all)
        newestFirst.push_back(&a);
    std::stable_sort(newestFirst.begin(), newestFirst.end(), [](const Assessment *x, const Assessment *y) {
        return AssessmentHistoryModel::takenAt(*x) > AssessmentHistoryModel::takenAt(*y);
    });
    QStringList ids;
    for (const Assessment *a : newestFirst) {
        if (!ids.contains(a->instrument))
            ids << a->instrument;
    }
    if (ids.isEmpty())
        ids = InstrumentLibrary::builtin().ids();

    const QSignalBlocker block(m_instrument);
    m_instrument->clear();
    for (const QString &id : std::as_const(ids)) {
        const Instrument *instrument = InstrumentLibrary::builtin().find(id);
        m_instrument->addItem(instrument ? instrument->shortName : id, id);
    }
    const int wanted = m_instrument->findData(instrumentId);
    m_instrument->setCurrentIndex(wanted >= 0 ? wanted : 0);
    selectInstrument(currentInstrument());
    return {};
}

void AssessmentHistoryView::setPatientSex(const QString &sex)
{
    m_patientSex = sex;
    rebuildChart();
}

QString AssessmentHistoryView::currentInstrument() const
{
    return m_instrument->currentData().toString();
}

void AssessmentHistoryView::selectInstrument(const QString &instrumentId)
{
    const int index = m_instrument->findData(instrumentId);
    if (index >= 0 && index != m_instrument->currentIndex()) {
        m_instrument->setCurrentIndex(index); // re-enters through currentIndexChanged
        return;
    }
    m_shown.clear();
    for (const Assessment &a : m_all) {
        if (a.instrument == instrumentId && a.isCompleted())
            m_shown.push_back(a);
    }
    std::stable_sort(m_shown.begin(), m_shown.end(), [](const Assessment &x, const Assessment &y) {
        return AssessmentHistoryModel::takenAt(x) < AssessmentHistoryModel::takenAt(y);
    });
    m_model->setAssessments(m_shown);
    m_table->resizeColumnsToContents();
    const Instrument *instrument = InstrumentLibrary::builtin().find(instrumentId);
    if (m_shown.empty() && instrument)
        m_empty->setText(tr("No signed %1 assessments for this patient yet.").arg(instrument->shortName));
    m_empty->setVisible(m_shown.empty() && instrument);
    rebuildChart();
}

QString AssessmentHistoryView::pointToolTip(int index) const
{
    if (index < 0 || index >= static_cast<int>(m_shown.size()))
        return {};
    const Assessment &a = m_shown[static_cast<std::size_t>(index)];
    const QString total = a.total ? (AssessmentHistoryModel::isProrated(a) ? tr("%1 (prorated)").arg(*a.total)
                                                                           : QString::number(*a.total))
                                  : QStringLiteral("—");
    return tr("%1\nTotal: %2\nSeverity: %3")
        .arg(style::formatDateTime(AssessmentHistoryModel::takenAt(a)), total, style::bandLabel(a.band));
}

void AssessmentHistoryView::rebuildChart()
{
    QChart *c = chart();
    c->removeAllSeries();
    const QList<QAbstractAxis *> axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }
    const Instrument *instrument = InstrumentLibrary::builtin().find(currentInstrument());
    if (!instrument || m_shown.empty()) {
        c->setTitle(QString());
        return;
    }
    c->setTitle(tr("%1 totals").arg(instrument->shortName));
    const QPalette pal = palette();
    c->setBackgroundBrush(pal.color(QPalette::Base));
    c->setTitleBrush(pal.color(QPalette::Text));
    c->legend()->setLabelColor(pal.color(QPalette::Text));

    // Time range: the assessments, with a margin so the first and last points are not on the frame.
    QDateTime first = AssessmentHistoryModel::takenAt(m_shown.front());
    QDateTime last = AssessmentHistoryModel::takenAt(m_shown.back());
    const qint64 spanMs = std::max<qint64>(first.msecsTo(last), qint64(14) * 24 * 3600 * 1000);
    first = first.addMSecs(-spanMs / 20 - 1);
    last = last.addMSecs(spanMs / 20 + 1);
    if (first.secsTo(last) < 14 * 24 * 3600) {
        first = first.addDays(-7);
        last = last.addDays(7);
    }

    auto *x = new QDateTimeAxis;
    x->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    x->setRange(first, last);
    x->setTitleText(tr("Date signed"));
    x->setLabelsColor(pal.color(QPalette::Text));
    x->setTitleBrush(pal.color(QPalette::Text));
    auto *y = new QValueAxis;
    y->setRange(instrument->minTotal(), instrument->maxTotal());
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Total"));
    y->setLabelsColor(pal.color(QPalette::Text));
    y->setTitleBrush(pal.color(QPalette::Text));
    // Whole-number ticks from the bottom of the scale: 1, 2, 5 or 10 apart.
    const int range = instrument->maxTotal() - instrument->minTotal();
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(instrument->minTotal());
    y->setTickInterval(range <= 10 ? 1 : range <= 20 ? 2 : range <= 50 ? 5 : 10);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);

    // Bands that apply to this patient: by the sex the assessments were scored with, else the patient record's.
    QString sex;
    if (instrument->hasSexSpecificBands()) {
        sex = m_shown.back().sex.isEmpty() ? m_patientSex : m_shown.back().sex;
    }
    std::vector<const SeverityBand *> bands;
    for (const SeverityBand &band : instrument->bands) {
        if (instrument->hasSexSpecificBands() ? band.sex == sex : band.sex.isEmpty())
            bands.push_back(&band);
    }
    const qreal x0 = static_cast<qreal>(first.toMSecsSinceEpoch());
    const qreal x1 = static_cast<qreal>(last.toMSecsSinceEpoch());
    const int count = static_cast<int>(bands.size());
    for (int i = 0; i < count; ++i) {
        // Contiguous shading: each band reaches up to where the next one starts.
        const qreal low = i == 0 ? instrument->minTotal() : bands[static_cast<std::size_t>(i)]->min;
        const qreal high = i + 1 < count ? bands[static_cast<std::size_t>(i) + 1]->min : instrument->maxTotal();
        auto *upper = new QLineSeries;
        upper->append(x0, high);
        upper->append(x1, high);
        auto *lower = new QLineSeries;
        lower->append(x0, low);
        lower->append(x1, low);
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setName(style::bandLabel(bands[static_cast<std::size_t>(i)]->name));
        area->setBrush(style::severityShade(i, count, pal));
        area->setPen(Qt::NoPen);
        c->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
    }

    auto *line = new QLineSeries;
    line->setName(tr("Total"));
    line->setPointsVisible(true);
    QPen pen(pal.color(QPalette::Text));
    pen.setWidthF(2.0);
    line->setPen(pen);
    for (const Assessment &a : m_shown) {
        if (a.total)
            line->append(static_cast<qreal>(AssessmentHistoryModel::takenAt(a).toMSecsSinceEpoch()), *a.total);
    }
    c->addSeries(line);
    line->attachAxis(x);
    line->attachAxis(y);
    connect(line, &QLineSeries::hovered, this, [this, line](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        // The nearest assessment in time to the hovered point.
        int best = -1;
        qreal bestDistance = 0;
        for (int i = 0; i < static_cast<int>(m_shown.size()); ++i) {
            const qreal d = std::abs(
                static_cast<qreal>(
                    AssessmentHistoryModel::takenAt(m_shown[static_cast<std::size_t>(i)]).toMSecsSinceEpoch()) -
                point.x());
            if (best < 0 || d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        const QPoint at = m_chartView->mapToGlobal(
            m_chartView->mapFromScene(chart()->mapToScene(chart()->mapToPosition(point, line))));
        QToolTip::showText(at, pointToolTip(best), m_chartView);
    });
}

void AssessmentHistoryView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuildChart();
}

void AssessmentHistoryView::clear()
{
    m_all.clear();
    m_shown.clear();
    m_patientSex.clear();
    m_model->clear();
    {
        const QSignalBlocker block(m_instrument);
        m_instrument->clear();
    }
    m_empty->clear();
    m_empty->hide();
    rebuildChart();
}

} // namespace novamind
