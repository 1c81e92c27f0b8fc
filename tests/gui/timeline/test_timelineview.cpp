// TimelineView: series on the right charts, markers at their dates, predictions, one shared x range through zooms,
// "as of" showing the whole state, decimation of long series, and clear() dropping everything.
#include "TestSupport.h"
#include "TimelineFixture.h"
#include "models/timeline/TwinStateModel.h"
#include "ui/timeline/TimelineChartView.h"
#include "ui/timeline/TimelineView.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QDateTimeEdit>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <functional>

using namespace novamind;

namespace {

const char *const kCharts[] = {"symptomChart", "neuroChart", "functionChart", "riskChart"};

QAbstractSeries *seriesNamed(QChart *chart, const QString &name)
{
    for (QAbstractSeries *s : chart->series())
        if (s->name() == name)
            return s;
    return nullptr;
}

QStringList names(QChart *chart)
{
    QStringList out;
    for (QAbstractSeries *s : chart->series())
        out << s->name();
    return out;
}

QDateTimeAxis *xAxis(QChart *chart)
{
    return qobject_cast<QDateTimeAxis *>(chart->axes(Qt::Horizontal).value(0));
}

double ms(const QDateTime &t)
{
    return static_cast<double>(t.toMSecsSinceEpoch());
}

// Stands in for a German catalogue: proves that a text went through the translator.
class FakeGerman : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char * = nullptr, int = -1) const override
    {
        if (qstrcmp(context, "ClinicalStyle") == 0 && qstrcmp(source, "Mild") == 0)
            return QStringLiteral("Leicht");
        return {};
    }
    bool isEmpty() const override { return false; }
};

bool elided(const QString &label)
{
    return label.contains(QStringLiteral("...")) || label.contains(QChar(0x2026));
}

} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::TimelineReplica m_fx;
    std::unique_ptr<TimelineView> m_view;

    QChart *chart(const char *name) const
    {
        auto *view = m_view->findChild<QChartView *>(QString::fromLatin1(name));
        return view ? view->chart() : nullptr;
    }

    qint64 audits(const char *entity)
    {
        return m_fx.replica->database()
            .queryInt(std::string("SELECT count(*) FROM audit_log WHERE entity = '") + entity + "'")
            .value();
    }

    QStringList axisLabels(const char *name) const
    {
        QStringList out;
        const auto *view = m_view->findChild<QChartView *>(QString::fromLatin1(name));
        for (QGraphicsItem *item : view->scene()->items())
            if (const auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
                out << text->toPlainText();
        return out;
    }

    void verifySharedRange()
    {
        const QDateTimeAxis *first = xAxis(chart(kCharts[0]));
        QVERIFY(first);
        for (const char *name : kCharts) {
            const QDateTimeAxis *x = xAxis(chart(name));
            QVERIFY2(x, name);
            QCOMPARE(x->min(), first->min());
            QCOMPARE(x->max(), first->max());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto fx = test::makeTimelineReplica(m_dir.filePath(QStringLiteral("r.db")), 400, test::cheapOptions());
        QVERIFY2(fx.ok(), fx.ok() ? "" : qPrintable(fx.error().message));
        m_fx = std::move(fx.value());
    }

    void init()
    {
        m_view = std::make_unique<TimelineView>();
        m_view->resize(1280, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        const qint64 before = audits("twin_state");
        QVERIFY(m_view->showPatient(m_fx.session, m_fx.patientId).ok());
        m_view->setMedications(m_fx.medications);
        // Loading the timeline and the initial as-of state are audited reads.
        QCOMPARE(audits("twin_state"), before + 2);
        QTRY_VERIFY(chart("symptomChart")->plotArea().width() > 200);
    }

    void cleanup() { m_view.reset(); }

    void showsTheSeriesOnTheirCharts()
    {
        QCOMPARE(m_view->objectName(), QStringLiteral("timelineView"));
        for (const char *name : kCharts)
            QVERIFY2(chart(name), name);
        const QStringList symptom = names(chart("symptomChart"));
        for (const char *n : {"Depression", "Anxiety", "Anhedonia", "Insomnia"})
            QVERIFY2(symptom.contains(QString::fromLatin1(n)), n);
        QVERIFY(!symptom.contains(QStringLiteral("Serotonin")));
        const QStringList neuro = names(chart("neuroChart"));
        for (const char *n : {"Serotonin", "Dopamine", "Norepinephrine", "GABA", "Glutamate", "Acetylcholine"})
            QVERIFY2(neuro.contains(QString::fromLatin1(n)), n);
        const QStringList function = names(chart("functionChart"));
        for (const char *n : {"Global functioning", "Activity (%)", "Social engagement (%)", "Adherence (%)"})
            QVERIFY2(function.contains(QString::fromLatin1(n)), n);
        QVERIFY(names(chart("riskChart")).contains(QStringLiteral("Suicide risk")));

        // The drawn line holds the states' values (400 points fit the plot width undecimated).
        auto *depression =
            qobject_cast<QLineSeries *>(seriesNamed(chart("symptomChart"), QStringLiteral("Depression")));
        QVERIFY(depression);
        QCOMPARE(depression->count(), 400);
        const DigitalTwinState day123 = test::timelineState(m_fx.start, 123, m_fx.days);
        QCOMPARE(depression->at(123), QPointF(ms(day123.timestamp), day123.symptom.depression));
        // Risk level changes are marked in the risk level's colour.
        QVERIFY(seriesNamed(chart("riskChart"), QStringLiteral("Risk level: High")));
        // Every chart labels its time axis (Qt 6.4 can elide labels away after the first layout) ...
        for (const char *name : kCharts) {
            QTRY_VERIFY2(axisLabels(name).contains(QStringLiteral("Jan 2020")),
                         qPrintable(axisLabels(name).join(u',')));
            // ... and its value axis: 1.00 is on every 0..1 and baseline scale, 100 on the function scale.
            QTRY_VERIFY2(axisLabels(name).contains(QStringLiteral("1.00")) ||
                             axisLabels(name).contains(QStringLiteral("100")),
                         qPrintable(axisLabels(name).join(u',')));
        }
        if (qEnvironmentVariableIsSet("NOVAMIND_TIMELINE_SHOT")) { // a picture for review
            QTest::qWait(200);
            m_view->grab().save(qEnvironmentVariable("NOVAMIND_TIMELINE_SHOT"));
            QPalette dark;
            dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
            dark.setColor(QPalette::Base, QColor(0x17, 0x19, 0x1c));
            dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
            for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
                dark.setColor(role, QColor(0xe6, 0xe6, 0xe6));
            dark.setColor(QPalette::Button, QColor(0x30, 0x32, 0x36));
            dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
            dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
            m_view->setPalette(dark);
            QTest::qWait(200);
            m_view->grab().save(qEnvironmentVariable("NOVAMIND_TIMELINE_SHOT")
                                    .replace(QStringLiteral(".png"), QStringLiteral("-dark.png")));
        }
    }

    void markersSitAtTheirDates()
    {
        const double started1 = ms(m_fx.medications[0].startDate.startOfDay(Qt::UTC));
        const double switched = ms(m_fx.medications[1].startDate.startOfDay(Qt::UTC));
        for (const char *name : kCharts) {
            auto *starts =
                qobject_cast<QScatterSeries *>(seriesNamed(chart(name), QStringLiteral("Medication started")));
            auto *stops =
                qobject_cast<QScatterSeries *>(seriesNamed(chart(name), QStringLiteral("Medication stopped")));
            QVERIFY2(starts && stops, name);
            QCOMPARE(starts->count(), 2);
            QCOMPARE(starts->at(0).x(), started1);
            QCOMPARE(starts->at(1).x(), switched);
            QCOMPARE(stops->count(), 1);
            QCOMPARE(stops->at(0).x(), switched);
            // Each has a vertical line through the whole panel.
            int lines = 0;
            for (QAbstractSeries *s : chart(name)->series())
                if (s->objectName() == QStringLiteral("markerLine"))
                    ++lines;
            QCOMPARE(lines, 3);
        }
        auto *assessments =
            qobject_cast<QScatterSeries *>(seriesNamed(chart("symptomChart"), QStringLiteral("Assessments")));
        QVERIFY(assessments);
        QCOMPARE(assessments->count(), int(m_fx.assessments.size()));
        for (int i = 0; i < assessments->count(); ++i) {
            QCOMPARE(assessments->at(i).x(), ms(*m_fx.assessments[size_t(i)].completedAt));
            // At the score on the panel's own scale (PHQ-9 total 8 of 27), not on a bar along the axis.
            QCOMPARE(assessments->at(i).y(), 8.0 / 27.0);
        }
        // Hollow, so the lines under them stay visible.
        QCOMPARE(assessments->color().alpha(), 0);
        QVERIFY(assessments->markerSize() <= 8);
    }

    void assessmentTooltipsNameTheTranslatedBand()
    {
        const auto &markers = m_view->data().markers;
        const auto it = std::find_if(markers.begin(), markers.end(), [](const TimelineMarker &m) {
            return m.kind == TimelineMarker::Kind::Assessment;
        });
        QVERIFY(it != markers.end());
        FakeGerman german;
        QVERIFY(QCoreApplication::installTranslator(&german));
        const QString tip = TimelineView::assessmentTooltip(*it);
        QCoreApplication::removeTranslator(&german);
        QVERIFY2(tip.contains(QStringLiteral("PHQ-9")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("8")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Leicht")), qPrintable(tip));
        QVERIFY2(!tip.contains(QStringLiteral("mild"), Qt::CaseInsensitive), qPrintable(tip));
    }

    void denseAssessmentsAreThinnedNotStacked()
    {
        // An assessment every day of the 400: at ~2 px a day, drawn all they would merge into a bar.
        TimelineData data = m_view->data();
        for (int day = 0; day < m_fx.days; ++day) {
            TimelineMarker m;
            m.kind = TimelineMarker::Kind::Assessment;
            m.at = m_fx.dayAt(day);
            m.code = QStringLiteral("phq9");
            m.fraction = 0.4;
            m.label = QStringLiteral("PHQ-9");
            data.markers.push_back(m);
        }
        m_view->setData(data);
        QTest::qWait(50);
        auto *assessments =
            qobject_cast<QScatterSeries *>(seriesNamed(chart("symptomChart"), QStringLiteral("Assessments")));
        QVERIFY(assessments);
        const QRectF plot = chart("symptomChart")->plotArea();
        const auto [from, to] = m_view->visibleRange();
        const double pxPerMs = plot.width() / (to - from);
        QVERIFY2(assessments->count() < 100, qPrintable(QString::number(assessments->count())));
        QVERIFY(assessments->count() > 20); // thinned, not dropped
        for (int i = 1; i < assessments->count(); ++i)
            if (assessments->at(i).y() == assessments->at(i - 1).y())
                QVERIFY((assessments->at(i).x() - assessments->at(i - 1).x()) * pxPerMs >= 10);
        // Zoomed to ten days, every one of them is there.
        m_view->setVisibleRange(ms(m_fx.dayAt(100)), ms(m_fx.dayAt(110)));
        int inView = 0;
        for (const QPointF &p : assessments->points())
            inView += p.x() >= ms(m_fx.dayAt(100)) && p.x() <= ms(m_fx.dayAt(110));
        QCOMPARE(inView, 11);
    }

    void legendsSitAboveThePlotsAndGiveThemTheWidth()
    {
        for (const char *name : kCharts) {
            auto *view = m_view->findChild<QChartView *>(QString::fromLatin1(name));
            auto *header = m_view->findChild<QLabel *>(QString::fromLatin1(name) + QStringLiteral("Header"));
            QVERIFY2(header, name);
            QVERIFY(header->isVisible());
            QVERIFY(header->geometry().bottom() <= view->geometry().top());
            QVERIFY(header->height() < 60); // one or two rows
            // Every measured line is named in its colour.
            for (QAbstractSeries *series : chart(name)->series()) {
                auto *line = qobject_cast<QLineSeries *>(series);
                if (!line || series->objectName().contains(QLatin1Char('.')) == false)
                    continue;
                if (series->objectName().endsWith(QStringLiteral(".predicted")))
                    continue;
                QVERIFY2(header->text().contains(line->name()), qPrintable(line->name()));
                QVERIFY2(header->text().contains(line->pen().color().name()), qPrintable(line->name()));
            }
            QVERIFY(!chart(name)->legend()->isVisible());
            QVERIFY2(chart(name)->plotArea().width() > 0.85 * view->width(),
                     qPrintable(QStringLiteral("%1 of %2").arg(chart(name)->plotArea().width()).arg(view->width())));
        }
        QVERIFY(
            m_view->findChild<QLabel *>(QStringLiteral("riskChartHeader"))->text().contains(QStringLiteral("High")));
    }

    void axisLabelsAreNeverElided_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("days"); // visible span; 0 = everything
        QTest::newRow("1280x800, all") << QSize(1280, 800) << 0;
        QTest::newRow("1280x800, 2 months") << QSize(1280, 800) << 60;
        QTest::newRow("1280x800, 2 days") << QSize(1280, 800) << 2;
        QTest::newRow("1000x640, all") << QSize(1000, 640) << 0;
        QTest::newRow("1000x640, 3 days") << QSize(1000, 640) << 3;
    }

    void axisLabelsAreNeverElided()
    {
        QFETCH(QSize, size);
        QFETCH(int, days);
        m_view->resize(size);
        if (days > 0)
            m_view->setVisibleRange(ms(m_fx.dayAt(200)), ms(m_fx.dayAt(200 + days)));
        QTest::qWait(100);
        const QString expectedPart = days == 0  ? QStringLiteral("2020")
                                     : days > 4 ? QStringLiteral("Jul")
                                                : QStringLiteral(":");
        for (const char *name : kCharts) {
            const auto readable = [&] {
                const QStringList labels = axisLabels(name);
                return std::none_of(labels.cbegin(), labels.cend(), elided) && labels.join(u',').contains(expectedPart);
            };
            QTRY_VERIFY2(readable(),
                         qPrintable(QString::fromLatin1(name) + QLatin1Char(':') + axisLabels(name).join(u',')));
            // About one time label per 90 px: enough to read the range, few enough to fit.
            const QDateTimeAxis *x = xAxis(chart(name));
            const double perLabel = chart(name)->plotArea().width() / x->tickCount();
            QVERIFY2(perLabel >= 70 && perLabel <= 200, qPrintable(QString::number(perLabel)));
        }
    }

    void asOfColumnsAndBarTextsFit()
    {
        auto *tree = m_view->findChild<QTreeView *>(QStringLiteral("asOfView"));
        QVERIFY(tree);
        QTest::qWait(50);
        // The widest text of each column (names indented by depth) fits where the column is drawn.
        const QAbstractItemModel *model = tree->model();
        const QFontMetrics fm = tree->fontMetrics();
        int nameWidth = 0;
        int valueWidth = 0;
        const std::function<void(const QModelIndex &, int)> walk = [&](const QModelIndex &parent, int depth) {
            for (int r = 0; r < model->rowCount(parent); ++r) {
                const QModelIndex name = model->index(r, 0, parent);
                nameWidth = std::max(nameWidth,
                                     (depth + 1) * tree->indentation() + fm.horizontalAdvance(name.data().toString()));
                valueWidth = std::max(valueWidth, fm.horizontalAdvance(model->index(r, 1, parent).data().toString()));
                walk(name, depth + 1);
            }
        };
        walk(QModelIndex(), 0);
        QVERIFY(valueWidth > 0);
        QVERIFY2(tree->columnWidth(0) >= nameWidth,
                 qPrintable(QStringLiteral("%1 < %2").arg(tree->columnWidth(0)).arg(nameWidth)));
        QVERIFY2(tree->header()->sectionViewportPosition(1) + valueWidth <= tree->viewport()->width(),
                 qPrintable(QStringLiteral("value column from %1, needs %2, viewport %3")
                                .arg(tree->header()->sectionViewportPosition(1))
                                .arg(valueWidth)
                                .arg(tree->viewport()->width())));
        for (const char *name : {"timelineHint", "timelineKey"}) {
            auto *label = m_view->findChild<QLabel *>(QString::fromLatin1(name));
            QVERIFY2(label, name);
            QVERIFY(!label->wordWrap());
            QVERIFY2(label->sizeHint().width() <= label->width() + 1, name); // one line, not cut
        }
    }

    void predictionsHaveABandBeyondTheLastState()
    {
        const double lastState = ms(m_fx.dayAt(m_fx.days - 1));
        auto *predicted =
            qobject_cast<QLineSeries *>(seriesNamed(chart("symptomChart"), QStringLiteral("Depression (predicted)")));
        QVERIFY(predicted);
        QCOMPARE(predicted->pen().style(), Qt::DashLine);
        QCOMPARE(predicted->count(), 4); // joins the last state, then 7, 30 and 90 days ahead
        QCOMPARE(predicted->at(0).x(), lastState);
        QCOMPARE(predicted->at(3).x(), ms(m_fx.dayAt(m_fx.days - 1).addDays(90)));
        QAreaSeries *band = nullptr;
        for (QAbstractSeries *s : chart("symptomChart")->series())
            if (auto *a = qobject_cast<QAreaSeries *>(s))
                band = a;
        QVERIFY(band);
        QCOMPARE(band->upperSeries()->count(), 4);
        for (int i = 1; i < 4; ++i) {
            QVERIFY(band->upperSeries()->at(i).x() > lastState);
            QVERIFY(band->upperSeries()->at(i).y() > predicted->at(i).y());
            QVERIFY(band->lowerSeries()->at(i).y() < predicted->at(i).y());
        }
        QVERIFY(seriesNamed(chart("riskChart"), QStringLiteral("Suicide risk (predicted)")));
        // The x range runs to the last prediction.
        QCOMPARE(xAxis(chart("riskChart"))->max(), m_fx.dayAt(m_fx.days - 1).addDays(90));
    }

    void chartsShareOneXRangeThroughZoomAndPan()
    {
        verifySharedRange();
        const QDateTime fullMin = xAxis(chart("symptomChart"))->min();
        const QDateTime fullMax = xAxis(chart("symptomChart"))->max();
        QCOMPARE(fullMin, m_fx.dayAt(0));

        // Rubber band on the neurotransmitter chart, dragged across the middle third of its plot.
        auto *view = m_view->findChild<TimelineChartView *>(QStringLiteral("neuroChart"));
        const QRectF plot = view->chart()->plotArea();
        const QPoint a(int(plot.left() + plot.width() / 3), int(plot.center().y()));
        const QPoint b(int(plot.left() + 2 * plot.width() / 3), int(plot.center().y()));
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, a);
        QTest::mouseMove(view->viewport(), QPoint((a.x() + b.x()) / 2, a.y()));
        QTest::mouseMove(view->viewport(), b);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, b);
        const QDateTime zoomMin = xAxis(chart("symptomChart"))->min();
        const QDateTime zoomMax = xAxis(chart("symptomChart"))->max();
        QVERIFY(zoomMin > fullMin);
        QVERIFY(zoomMax < fullMax);
        const double third = (ms(fullMax) - ms(fullMin)) / 3;
        QVERIFY(std::abs(ms(zoomMax) - ms(zoomMin) - third) < third * 0.05);
        verifySharedRange();

        // Arrow keys pan every panel together.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Right);
        QVERIFY(xAxis(chart("symptomChart"))->min() > zoomMin);
        verifySharedRange();
        // The wheel zooms in further.
        m_view->zoomAround(ms(zoomMin) + third / 2, 0.5);
        QVERIFY(ms(xAxis(chart("riskChart"))->max()) - ms(xAxis(chart("riskChart"))->min()) < third * 0.6);
        verifySharedRange();

        auto *reset = m_view->findChild<QPushButton *>(QStringLiteral("resetZoomButton"));
        QVERIFY(reset);
        QTest::mouseClick(reset, Qt::LeftButton);
        QCOMPARE(xAxis(chart("functionChart"))->min(), fullMin);
        QCOMPARE(xAxis(chart("functionChart"))->max(), fullMax);
        verifySharedRange();
    }

    void plotAreasLineUp()
    {
        QTRY_VERIFY(std::abs(chart("symptomChart")->plotArea().left() - chart("neuroChart")->plotArea().left()) < 1.5);
        for (const char *name : kCharts) {
            QTRY_VERIFY2(std::abs(chart(name)->plotArea().left() - chart("symptomChart")->plotArea().left()) < 1.5,
                         name);
            QTRY_VERIFY2(std::abs(chart(name)->plotArea().right() - chart("symptomChart")->plotArea().right()) < 1.5,
                         name);
        }
    }

    void asOfShowsTheWholeStateOfThatDay()
    {
        auto *edit = m_view->findChild<QDateTimeEdit *>(QStringLiteral("asOfEdit"));
        auto *tree = m_view->findChild<QTreeView *>(QStringLiteral("asOfView"));
        QVERIFY(edit && tree);
        auto *model = qobject_cast<TwinStateModel *>(tree->model());
        QVERIFY(model);
        const qint64 before = audits("twin_state");
        // Noon on day 123: the state recorded that morning is in force.
        edit->setDateTime(m_fx.dayAt(123).addSecs(4 * 3600).toLocalTime());
        QCOMPARE(audits("twin_state"), before + 1);
        const DigitalTwinState expected = test::timelineState(m_fx.start, 123, m_fx.days);
        QCOMPARE(model->indexOfKey(QStringLiteral("timestamp")).data(TwinStateModel::RawValueRole).toDateTime(),
                 expected.timestamp);
        QCOMPARE(model->indexOfKey(QStringLiteral("symptom.depression")).data().toString(),
                 QLocale().toString(expected.symptom.depression, 'f', 2));
        QCOMPARE(model->indexOfKey(QStringLiteral("functional.global_functioning")).data().toString(),
                 QLocale().toString(expected.functional.globalFunctioning, 'f', 0));
        QCOMPARE(model->indexOfKey(QStringLiteral("neurotransmitter.glutamate"))
                     .data(TwinStateModel::RawValueRole)
                     .toDouble(),
                 expected.neurotransmitter.glutamate);
        QVERIFY(model->rowCount() >= 6);
        QVERIFY(tree->isExpanded(model->index(1, 0)));
        // The cursor line marks the instant on every chart.
        for (const char *name : kCharts) {
            auto *cursor = qobject_cast<QLineSeries *>(chart(name)->findChild<QLineSeries *>());
            Q_UNUSED(cursor);
            QLineSeries *line = nullptr;
            for (QAbstractSeries *s : chart(name)->series())
                if (s->objectName() == QStringLiteral("asOfCursor"))
                    line = qobject_cast<QLineSeries *>(s);
            QVERIFY2(line && line->count() == 2, name);
            QCOMPARE(line->at(0).x(), ms(m_fx.dayAt(123).addSecs(4 * 3600)));
        }

        // Clicking a chart sets the instant: the middle of the symptom plot is about the middle of the range.
        auto *view = m_view->findChild<TimelineChartView *>(QStringLiteral("symptomChart"));
        const QRectF plot = view->chart()->plotArea();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, plot.center().toPoint());
        const auto [from, to] = m_view->visibleRange();
        QVERIFY(std::abs(ms(edit->dateTime()) - (from + to) / 2) < (to - from) * 0.02);
        QCOMPARE(audits("twin_state"), before + 2);
        QCOMPARE(model->indexOfKey(QStringLiteral("timestamp")).data(TwinStateModel::RawValueRole).toDateTime().date(),
                 edit->dateTime().toUTC().addSecs(-8 * 3600).date());
    }

    void longSeriesAreDecimatedAndZoomShowsDetail()
    {
        // 100,000 states (one every 5 minutes) handed straight to the drawing half.
        std::vector<DigitalTwinState> states;
        states.reserve(100000);
        for (int i = 0; i < 100000; ++i) {
            DigitalTwinState s = test::timelineState(m_fx.start, i, 100000);
            s.timestamp = m_fx.start.addSecs(qint64(i) * 300);
            states.push_back(std::move(s));
        }
        m_view->setData(TimelineMapping::build(states, {}, {}));
        auto *depression =
            qobject_cast<QLineSeries *>(seriesNamed(chart("symptomChart"), QStringLiteral("Depression")));
        QVERIFY(depression);
        // Once the layout settles, each series holds about 2 points per pixel of plot width.
        const auto width = [&] { return chart("symptomChart")->plotArea().width(); };
        QTRY_VERIFY2(depression->count() <= int(2.04 * width()) + 2,
                     qPrintable(QStringLiteral("%1 points for %2 px").arg(depression->count()).arg(width())));
        QVERIFY(depression->count() >= int(1.96 * width()) - 2); // decimated, not thinned out to nothing
        QCOMPARE(depression->at(0).x(), ms(states.front().timestamp));
        QCOMPARE(depression->at(depression->count() - 1).x(), ms(states.back().timestamp));

        // Zoomed to about 1,000 samples, every sample in view is drawn.
        const double from = ms(states[50000].timestamp);
        const double to = ms(states[51000].timestamp);
        const auto countIn = [&] {
            int n = 0;
            for (const QPointF &p : depression->points())
                n += p.x() >= from && p.x() <= to;
            return n;
        };
        const int before = countIn();
        m_view->setVisibleRange(from, to);
        QVERIFY(before < 100);
        QCOMPARE(countIn(), 1001);
        QCOMPARE(depression->count(), 1003); // plus one neighbour each side
    }

    void clearDropsEverything()
    {
        auto *tree = m_view->findChild<QTreeView *>(QStringLiteral("asOfView"));
        QVERIFY(tree->model()->rowCount() > 0);
        m_view->clear();
        for (const char *name : kCharts)
            QVERIFY2(chart(name)->series().isEmpty(), name);
        QCOMPARE(tree->model()->rowCount(), 0);
        QVERIFY(m_view->data().isEmpty());
        // Nothing of the patient comes back with later calls that need no session.
        m_view->setMedications({});
        m_view->resetZoom();
        for (const char *name : kCharts)
            QVERIFY(chart(name)->series().isEmpty());
    }
};

QTEST_MAIN(TestTimelineView)
#include "test_timelineview.moc"
