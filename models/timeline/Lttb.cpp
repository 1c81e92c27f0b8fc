#include "models/timeline/Lttb.h"

#include <algorithm>
#include <cmath>

namespace novamind::lttb {

QList<QPointF> decimate(const QPointF *data, qsizetype count, qsizetype threshold)
{
    if (count <= 0)
        return {};
    if (threshold <= 0 || count <= threshold)
        return QList<QPointF>(data, data + count);
    if (threshold == 1)
        return {data[0]};
    if (threshold == 2)
        return {data[0], data[count - 1]};

    QList<QPointF> out;
    out.reserve(threshold);
    out.append(data[0]);
    // The points between the first and the last fall into threshold - 2 buckets of (almost) equal size.
    const double every = static_cast<double>(count - 2) / static_cast<double>(threshold - 2);
    const auto bucketStart = [&](qsizetype bucket) {
        return std::min(count - 1, static_cast<qsizetype>(std::floor(static_cast<double>(bucket) * every)) + 1);
    };
    qsizetype a = 0;
    for (qsizetype bucket = 0; bucket < threshold - 2; ++bucket) {
        // Average of the next bucket (the last point for the last bucket): the third corner of the triangle.
        qsizetype avgFrom = bucketStart(bucket + 1);
        qsizetype avgTo = bucket + 2 <= threshold - 2 ? bucketStart(bucket + 2) : count;
        avgTo = std::max(avgTo, avgFrom + 1);
        double avgX = 0;
        double avgY = 0;
        for (qsizetype i = avgFrom; i < avgTo; ++i) {
            avgX += data[i].x();
            avgY += data[i].y();
        }
        const double n = static_cast<double>(avgTo - avgFrom);
        avgX /= n;
        avgY /= n;

        const qsizetype from = bucketStart(bucket);
        const qsizetype to = std::max(from + 1, std::min(bucketStart(bucket + 1), count - 1));
        const double ax = data[a].x();
        const double ay = data[a].y();
        double maxArea = -1;
        qsizetype chosen = from;
        for (qsizetype i = from; i < to; ++i) {
            // Twice the triangle's area; the factor does not change which point wins.
            const double area = std::abs((ax - avgX) * (data[i].y() - ay) - (ax - data[i].x()) * (avgY - ay));
            if (area > maxArea) {
                maxArea = area;
                chosen = i;
            }
        }
        out.append(data[chosen]);
        a = chosen;
    }
    out.append(data[count - 1]);
    return out;
}

QList<QPointF> decimate(const QList<QPointF> &data, qsizetype threshold)
{
    if (threshold <= 0 || data.size() <= threshold)
        return data; // implicitly shared: no copy
    return decimate(data.constData(), data.size(), threshold);
}

std::pair<qsizetype, qsizetype> visibleRange(const QList<QPointF> &data, double from, double to)
{
    const auto byX = [](const QPointF &p, double x) { return p.x() < x; };
    const auto begin = std::lower_bound(data.cbegin(), data.cend(), from, byX);
    const auto end =
        std::upper_bound(data.cbegin(), data.cend(), to, [](double x, const QPointF &p) { return x < p.x(); });
    qsizetype first = begin - data.cbegin();
    qsizetype last = end - data.cbegin();
    if (first > 0)
        --first;
    if (last < data.size())
        ++last;
    return {first, std::max(first, last)};
}

} // namespace novamind::lttb
