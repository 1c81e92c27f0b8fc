// LTTB decimation: size, end points, spikes, order, degenerate inputs, visible ranges.
#include "models/timeline/Lttb.h"

#include <QStandardPaths>
#include <QTest>
#include <cmath>

using namespace novamind;

namespace {

QList<QPointF> sine(int n)
{
    QList<QPointF> out;
    for (int i = 0; i < n; ++i)
        out.append(QPointF(i * 1000.0, std::sin(i / 50.0) + 0.1 * std::sin(i * 1.7)));
    return out;
}

bool isSubsequence(const QList<QPointF> &part, const QList<QPointF> &whole)
{
    qsizetype j = 0;
    for (const QPointF &p : part) {
        while (j < whole.size() && whole[j] != p)
            ++j;
        if (j == whole.size())
            return false;
        ++j;
    }
    return true;
}

} // namespace

class TestLttb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void unchangedWhenAtOrBelowThreshold()
    {
        const QList<QPointF> data = sine(100);
        QCOMPARE(lttb::decimate(data, 100), data);
        QCOMPARE(lttb::decimate(data, 500), data);
        QCOMPARE(lttb::decimate(data, 0), data); // no limit
    }

    void sizeEndsAndOrder_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("threshold");
        QTest::newRow("3650 to 2000") << 3650 << 2000;
        QTest::newRow("100k to 2400") << 100000 << 2400;
        QTest::newRow("101 to 100") << 101 << 100;
        QTest::newRow("1000 to 3") << 1000 << 3;
        QTest::newRow("7 to 5") << 7 << 5;
    }
    void sizeEndsAndOrder()
    {
        QFETCH(int, count);
        QFETCH(int, threshold);
        const QList<QPointF> data = sine(count);
        const QList<QPointF> out = lttb::decimate(data, threshold);
        QCOMPARE(out.size(), qsizetype(threshold));
        QCOMPARE(out.front(), data.front());
        QCOMPARE(out.back(), data.back());
        for (qsizetype i = 1; i < out.size(); ++i)
            QVERIFY2(out[i].x() > out[i - 1].x(), qPrintable(QStringLiteral("x not increasing at %1").arg(i)));
        QVERIFY(isSubsequence(out, data));
    }

    void keepsAnIsolatedSpike()
    {
        QList<QPointF> data;
        for (int i = 0; i < 10000; ++i)
            data.append(QPointF(i, 1.0));
        data[6789].setY(50.0); // one aberrant day in a flat series
        data[1234].setY(-20.0);
        const QList<QPointF> out = lttb::decimate(data, 200);
        QVERIFY(out.contains(QPointF(6789, 50.0)));
        QVERIFY(out.contains(QPointF(1234, -20.0)));
    }

    void keepsTheShapeBetterThanEveryNth()
    {
        // A narrow peak that striding would step over.
        QList<QPointF> data;
        for (int i = 0; i < 5000; ++i)
            data.append(QPointF(i, (i >= 2501 && i <= 2503) ? 10.0 : 0.0));
        const QList<QPointF> out = lttb::decimate(data, 100);
        double maxY = 0;
        for (const QPointF &p : out)
            maxY = std::max(maxY, p.y());
        QCOMPARE(maxY, 10.0);
    }

    void degenerateInputs()
    {
        QVERIFY(lttb::decimate(QList<QPointF>{}, 10).isEmpty());
        QVERIFY(lttb::decimate(nullptr, 0, 10).isEmpty());
        const QList<QPointF> data = sine(50);
        QCOMPARE(lttb::decimate(data, 1), QList<QPointF>{data.front()});
        QCOMPARE(lttb::decimate(data, 2), (QList<QPointF>{data.front(), data.back()}));
        QCOMPARE(lttb::decimate(data, -5), data);
        const QList<QPointF> one{QPointF(1, 2)};
        QCOMPARE(lttb::decimate(one, 1), one);
        QCOMPARE(lttb::decimate(one, 3), one);
    }

    void equalXValues()
    {
        // Several samples at one instant (e.g. a re-run of the model) must not break the buckets or produce NaN.
        QList<QPointF> data;
        for (int i = 0; i < 1000; ++i)
            data.append(QPointF(i / 10, i % 7));
        const QList<QPointF> out = lttb::decimate(data, 50);
        QCOMPARE(out.size(), qsizetype(50));
        for (qsizetype i = 1; i < out.size(); ++i)
            QVERIFY(out[i].x() >= out[i - 1].x());
        QVERIFY(isSubsequence(out, data));

        QList<QPointF> allSame;
        for (int i = 0; i < 300; ++i)
            allSame.append(QPointF(42, i));
        const QList<QPointF> same = lttb::decimate(allSame, 10);
        QCOMPARE(same.size(), qsizetype(10));
        for (const QPointF &p : same)
            QVERIFY(!std::isnan(p.x()) && !std::isnan(p.y()));
        QVERIFY(isSubsequence(same, allSame));
    }

    void visibleRangeIncludesOneNeighbourEachSide()
    {
        const QList<QPointF> data = sine(100); // x = 0, 1000, ..., 99000
        auto [first, last] = lttb::visibleRange(data, 10500, 20500);
        QCOMPARE(first, qsizetype(10)); // 10000: the neighbour left of 11000
        QCOMPARE(last, qsizetype(22));  // up to 21000 inclusive
        auto all = lttb::visibleRange(data, -1e9, 1e9);
        QCOMPARE(all.first, qsizetype(0));
        QCOMPARE(all.second, qsizetype(100));
        auto none = lttb::visibleRange(QList<QPointF>{}, 0, 1);
        QCOMPARE(none.first, none.second);
    }
};

QTEST_GUILESS_MAIN(TestLttb)
#include "test_lttb.moc"
